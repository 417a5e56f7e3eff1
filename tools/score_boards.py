"""Score the reader on the blind corpus (tests/fixtures/blind/): `make score-boards`.

Each board folder holds real-looking papers of a board none of us designed, the truth a
secretary reads off each one (TRUTH.yaml) and the secretary's coversheet.toml; the format is in
tests/fixtures/blind/README.md. Every paper is read twice, as a user would run coversheet:

- `init`: under the profile `coversheet profile init blank.docx` proposes, used unedited;
- `secretary`: under the board's own coversheet.toml.

Only the command line is used (`extract -f json`, `check -f json`, `profile show -f json`), run
in this process as the console script runs it, so the score says what a user would see.

    python tools/score_boards.py                 # the table
    python tools/score_boards.py -v              # and every point missed, with what was read
    python tools/score_boards.py --board NAME    # one board
    python tools/score_boards.py --record        # write the figures to SCORES.json
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

BLIND = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "blind"
SCORES = BLIND / "SCORES.json"
MODES = ("init", "secretary")


# --- running coversheet as its user does -----------------------------------------------------


def coversheet(*args: str | Path) -> tuple[int, str, str]:
    """`coversheet ARGS` in this process: exit code, stdout, stderr."""
    from coversheet.cli import main

    saved = sys.argv
    out, err = io.StringIO(), io.StringIO()
    sys.argv = ["coversheet", *map(str, args)]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved
    return code, out.getvalue(), err.getvalue()


# --- comparing as a secretary would ----------------------------------------------------------

_MARKS = re.compile(r"[\s:*¹²³⁴⁵⁶⁷⁸⁹⁰†‡.?]+$")


_NOTHING = re.compile(r"(?:none|nil|n/a|not applicable)\.?")


def norm(text) -> str:
    """Case, spacing, dashes, a section's number and a trailing colon, asterisk or footnote mark do not count."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = re.sub(r"[‐-―−]", "-", text)
    text = re.sub(r"[‘’]", "'", text)
    text = re.sub(r"[“”]", '"', text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^\d{1,2}(\.\d{1,2})*\.?\s+(?=\D)", "", text)  # "2. ASSESSMENT": the label, not its number
    return _MARKS.sub("", text).strip()


def _date(value) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def _people(value) -> list[dict]:
    if value is None:
        return []
    if isinstance(value, dict):
        return [value]
    if isinstance(value, str):
        return [{"name": value, "role": None}]
    return [p if isinstance(p, dict) else {"name": p, "role": None} for p in value]


# "Dr Kate Hardy" and "Kate Hardy", "Councillor Barbara Brownridge" and "Barbara Brownridge": one
# person to a secretary (the truths' writers differ on whether a title is part of the name)
_TITLE = re.compile(r"^(?:dr|prof(?:essor)?|cllr|councillor|mr|mrs|ms|miss|mx|sir|dame)\.?\s+")


def _same_person(truth: dict, read: dict) -> bool:
    if _TITLE.sub("", norm(truth.get("name"))) != _TITLE.sub("", norm(read.get("name"))):
        return False
    return truth.get("role") is None or norm(truth.get("role")) == norm(read.get("role"))


# What joins a list's items into one sentence ("consider the report; and"): kept by some
# truths and not others, as the trailing full stop is; it does not count.
_JOINER = re.compile(r"\s*(?:[;,]\s*(?:and|or)|;)$")


def _texts(value) -> list[str]:
    if value is None:
        return []
    lines = [line for line in value.splitlines() if line.strip()] if isinstance(value, str) else value
    return [norm(_JOINER.sub("", norm(line))) for line in lines]


# The answer's own word at the head of its note ("None.", "Not applicable – report for
# assurance only"): some truths keep it in the note and some do not; it says nothing more.
_ANSWER_WORD = re.compile(r"^(yes|no|none|nil|n/a|not applicable)(?:\s*[-–—:,;.]\s*|$)")
_HEAD_WORDS = {"none": "no", "nil": "no", "not applicable": "n/a"}


def _note(value) -> str:
    return _ANSWER_WORD.sub("", norm(value)).strip()


def _yes_no(value) -> str | None:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        value = value.get("answer")
    return None if value is None else norm(value)


# The five purposes of a paper, as boards word them ("Decision/Approval", "Information/Noting").
_CATEGORY_WORDS = {
    "approval": ("approv", "decision", "decide", "ratif"),
    "endorsement": ("endors", "support"),
    "discussion": ("discuss", "review", "consider"),
    "assurance": ("assur",),
    "information": ("inform", "note", "noting"),
}


def _category(word: str) -> str:
    folded = norm(word)
    for category, stems in _CATEGORY_WORDS.items():
        if any(stem in folded for stem in stems):
            return category
    return folded


def same(kind: str, truth, read, purposes: dict[str, str]) -> bool:
    """Whether what was read is what the secretary reads, for a question of `kind`."""
    if truth is None and kind == "purpose" and isinstance(read, dict):
        return not read.get("categories")  # (no word ticked: the purpose's sentence is another question's answer)
    if truth is None:
        return read in (None, "", [], {}) or (isinstance(read, dict) and not any(read.values()))
    if read is None:
        return truth == []  # (nothing ticked, no entries: the truth's empty list and the reader's nothing agree)
    if kind in ("list", "text") and (read == [] or truth == []):
        # "None." written under a list's label: nothing to list, whether the truth writes it as the
        # word (a text question) or as an empty list, and whether the reader gives the word or []
        return all(value in ([], "") or (isinstance(value, str) and _NOTHING.fullmatch(norm(value))) for value in (truth, read))
    if kind == "date":
        return _date(truth) == _date(read)
    if kind == "person":
        people = _people(read)
        return len(people) == 1 and _same_person(truth, people[0])
    if kind == "people":
        truths, reads = _people(truth), _people(read)
        return len(truths) == len(reads) and all(map(_same_person, truths, reads))
    if kind == "list":
        return " ".join(_texts(truth)) == " ".join(_texts(read))
    if kind == "yes_no":
        return _yes_no(truth) == _yes_no(read)
    if kind == "yes_no_na":
        if not isinstance(read, dict) or _yes_no(truth) != _yes_no(read):
            return False
        return truth.get("note") is None or _note(truth.get("note")) == _note(read.get("note"))
    if kind == "choice":
        return norm(truth) == norm(read[0] if isinstance(read, list) and len(read) == 1 else read)
    if kind == "choices":
        return sorted(map(norm, truth)) == sorted(map(norm, read if isinstance(read, list) else [read]))
    if kind == "purpose":
        read_categories = read.get("categories") if isinstance(read, dict) else read
        wanted = sorted({purposes.get(norm(word)) or _category(word) for word in truth})
        return wanted == sorted({norm(c) for c in read_categories or []})
    if isinstance(read, dict) and kind == "text" and "answer" in read:
        # "Yes – quality indicators reviewed", "None." written as the truth's text, read as a
        # yes / no / n/a answer with its explanation: the same when the word and the rest agree
        head = _ANSWER_WORD.match(norm(truth))
        word = _HEAD_WORDS.get(head.group(1), head.group(1)) if head else None
        return (word is None or word == _yes_no(read)) and _note(truth) == _note(read.get("note"))
    if kind == "text" and isinstance(read, list) and read and all(isinstance(r, dict) and "id" in r for r in read):
        # "BAF 2 – Urgent and emergency care" written as the truth's text, read as references:
        # the same when their words are, in order
        said = " ".join(f"{r['id']} {r.get('description') or ''}" for r in read)
        return re.findall(r"[a-z0-9]+", norm(truth)) == re.findall(r"[a-z0-9]+", norm(said))
    if isinstance(read, dict) and kind == "references" and "references" in read:
        read = read.get("references")  # the standard risks question's references
    if isinstance(read, dict) and kind in ("text", "list"):
        # A question read with its own parts: the purpose's text, an answer's explanation
        # ("No negative impact identified" kept whole as the note).
        read = read.get("text") if "text" in read else read.get("note")
    if kind == "references":
        # (a list of lines, as a profile init's own list question gives them, is no references)
        reads = [r for r in read if isinstance(r, dict)] if isinstance(read, list) else []
        if len(reads) != len(truth):
            return False
        return all(norm(t.get("id")) == norm(r.get("id")) and
                   (t.get("description") is None or norm(t["description"]) == norm(r.get("description")))
                   for t, r in zip(truth, reads))
    if kind == "governance":
        reads = [r for r in read if isinstance(r, dict)] if isinstance(read, list) else []
        if len(reads) != len(truth):
            return False
        return all(norm(t.get("forum")) == norm(r.get("forum")) and _date(t.get("date")) == _date(r.get("date"))
                   and (t.get("outcome") is None or norm(t["outcome"]) == norm(r.get("outcome")))
                   for t, r in zip(truth, reads))
    return norm(truth) == norm(read if not isinstance(read, list) else "\n".join(map(str, read)))


# --- one board under one configuration --------------------------------------------------------


@dataclass
class Profile:
    """The questions in effect: printed label -> draft path, and the purpose words."""

    fields: dict[str, str]
    purposes: dict[str, str]

    def path_for(self, label: str, fallback: str | None, shared: bool = False) -> str | None:
        """Where the draft holds the answer to `label`: the question the profile gives that
        label; for a label the profile prints otherwise, or one the truth reads as two standard
        questions (`shared`), the standard question the truth names (`fallback`); else the
        question whose label begins alike."""
        wanted = norm(label)
        if shared and fallback and not fallback.startswith("questions."):
            return fallback  # one printed label, two standard questions ("Agenda Item and title")
        if wanted in self.fields:
            path = self.fields[wanted]
            # the truth names a part of the profile's question (risks.references of risks)
            return fallback if fallback and fallback.startswith(path + ".") else path
        if fallback and not fallback.startswith("questions."):
            return fallback  # ("Date of meeting" is the meeting's date, not the own "Date" question)
        # A label printed with more words than the profile's ("Report title and number").
        for known, path in sorted(self.fields.items(), key=lambda item: -len(item[0])):
            if known and (wanted.startswith(known) or known.startswith(wanted)):
                return path
        return fallback


def profile_in(config: Path) -> Profile:
    code, out, err = coversheet("profile", "show", config.parent, "--format", "json")
    if code != 0:
        raise RuntimeError(err.strip() or out.strip())
    shown = json.loads(out)
    fields: dict[str, str] = {}
    for question in shown.get("questions", []):
        for label in question.get("labels") or [question.get("label")]:
            fields.setdefault(norm(label), question["field"])
    purposes = {norm(word): norm(category) for word, category in (shown.get("purposes") or {}).items()}
    return Profile(fields, purposes)


def value_at(draft: dict, path: str):
    value = draft
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


@dataclass
class Score:
    met: int = 0
    possible: int = 0
    misses: list[str] = field(default_factory=list)

    def point(self, ok: bool, why: str) -> None:
        self.possible += 1
        self.met += ok
        if not ok:
            self.misses.append(why)

    @property
    def share(self) -> float:
        return self.met / self.possible if self.possible else 0.0


def score_paper(paper: Path, truth: dict, config: Path, profile: Profile, score: Score) -> None:
    name = paper.name
    code, out, err = coversheet("extract", paper, "-f", "json", "--config", config)
    draft = json.loads(out) if code == 0 and out.strip() else {}
    if not draft:
        score.misses.append(f"{name}: extract failed: {err.strip()[:200]}")
    code, out, err = coversheet("check", paper, "-f", "json", "--config", config, "-j", "1")
    try:
        result = json.loads(out)["files"][0]
    except (ValueError, KeyError, IndexError):
        result = {"status": "error", "findings": [{"severity": "error", "field": None, "message": err.strip()}]}
    errors = [f for f in result.get("findings", []) if f.get("severity") == "error"]
    findings = result.get("findings", [])

    def about(path: str | None, label: str, among: list[dict]) -> bool:
        for finding in among:
            where = finding.get("field") or ""
            if path and (where == path or where.startswith(path + ".")):
                return True
            if norm(label) and norm(label) in norm(finding.get("message")):
                return True
        return False

    printed = Counter(norm(answer["label"]) for answer in truth.get("answers", []))
    for answer in truth.get("answers", []):
        label = answer["label"]
        path = profile.path_for(label, answer.get("field"), shared=printed[norm(label)] > 1)
        if answer.get("ambiguous"):
            score.point(about(path, label, findings), f"{name}: '{label}' is ambiguous: nothing said ({path})")
            continue
        read = value_at(draft, path) if path else None
        score.point(same(answer.get("kind", "text"), answer.get("value"), read, profile.purposes),
                    f"{name}: '{label}' ({path}): wanted {answer.get('value')!r}, read {read!r}")
    for defect in truth.get("defects", []):
        label = defect.get("label", "")
        path = profile.path_for(label, defect.get("field")) if label else defect.get("field")
        score.point(about(path, label, errors), f"{name}: defect not reported: '{label}' {defect.get('problem')}")
    if truth.get("complete"):
        score.point(not errors, f"{name}: complete paper fails: " +
                    "; ".join(f"{f.get('code')} {f.get('message')}" for f in errors)[:400])


def config_for_mode(board: Path, mode: str, scratch: Path) -> Path | None:
    if mode == "secretary":
        return board / "coversheet.toml"
    folder = scratch / board.name
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "coversheet.toml"
    code, _, err = coversheet("profile", "init", board / "blank.docx", "-o", config, "--force")
    return config if code == 0 and config.exists() else None


def score_board(board: Path, mode: str, scratch: Path) -> Score:
    truth = YAML(typ="safe").load((board / "TRUTH.yaml").read_text(encoding="utf-8"))
    papers = truth.get("papers") or {}
    score = Score()
    config = config_for_mode(board, mode, scratch)
    profile = None
    if config is not None:
        try:
            profile = profile_in(config)
        except RuntimeError as exc:
            score.misses.append(f"the configuration does not load: {exc}")
    else:
        score.misses.append("profile init wrote no profile")
    for name, paper_truth in papers.items():
        paper = board / "papers" / name
        if profile is None or config is None:
            points = len(paper_truth.get("answers", [])) + len(paper_truth.get("defects", [])) + bool(paper_truth.get("complete"))
            score.possible += points
            continue
        score_paper(paper, paper_truth, config, profile, score)
    return score


def boards(only: str | None = None) -> list[Path]:
    found = sorted(p.parent for p in BLIND.glob("*/TRUTH.yaml"))
    return [b for b in found if only is None or b.name == only]


def score_all(only: str | None = None) -> tuple[dict[str, dict[str, Score]], dict[str, str]]:
    """Every board's scores, and the boards whose reading raised (with what it raised).

    One board that breaks the reader must not hide the others' figures, nor pass unnoticed."""
    results: dict[str, dict[str, Score]] = {}
    broken: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="coversheet-score-") as scratch:
        for board in boards(only):
            try:
                results[board.name] = {mode: score_board(board, mode, Path(scratch)) for mode in MODES}
            except Exception as exc:  # noqa: BLE001 - reported by name, the run goes on
                broken[board.name] = f"{type(exc).__name__}: {exc}"
    return results, broken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--board", help="score one board's folder only")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every point missed")
    parser.add_argument("--record", action="store_true", help="write the figures to SCORES.json")
    args = parser.parse_args()
    os.environ.setdefault("NO_COLOR", "1")
    results, broken = score_all(args.board)
    width = max([len(name) for name in results] + [5])
    print(f"{'board':<{width}}  {'profile init':>14}  {'secretary':>14}")
    for name, modes in results.items():
        cells = [f"{s.share:7.1%} {s.met:>3}/{s.possible:<3}" for s in (modes['init'], modes['secretary'])]
        print(f"{name:<{width}}  {cells[0]:>14}  {cells[1]:>14}")
        if args.verbose:
            for mode in MODES:
                for miss in modes[mode].misses:
                    print(f"    [{mode}] {miss}")
    if args.record and broken:
        print("Not recorded: some boards could not be scored.", file=sys.stderr)
    elif args.record:
        # --board BOARD --record updates that board's figures and keeps every other board's.
        recorded = json.loads(SCORES.read_text(encoding="utf-8")) if args.board and SCORES.exists() else {}
        recorded.update({name: {mode: round(s.share, 3) for mode, s in modes.items()} for name, modes in results.items()})
        SCORES.write_text(json.dumps(recorded, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"Wrote {SCORES}")
    for name, why in broken.items():
        print(f"{name}: reading raised {why}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
