"""`coversheet profile init TEMPLATE.docx`: propose a board's profile from its blank form.

Each label on the form is matched to a standard question by meaning (`meaning`); a label no
standard question claims becomes one of the board's own questions, named from its label,
with its kind from the layout beside it: boxes under or beside Yes / No / N/A -> yes_no_na,
option words each with a box -> choice (its options), a label about dates -> date, one about
references -> references, otherwise text. Guesses made by key terms or by layout are marked
unsure, for the secretary to review.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from coversheet.config.toml_text import toml_comment, toml_string
from coversheet.errors import ConfigError, UnreadableFile
from coversheet.findings import escape_unprintable
from coversheet.model.answers import answer_named, parse_category
from coversheet.resources import tomllib
from coversheet.word import labels
from coversheet.word.board import Section, walk_sheet
from coversheet.word.meaning import standard_matcher
from coversheet.word.options import boxed_options, tokens
from coversheet.word.package import open_package
from coversheet.word.profile_form import tagged_questions
from coversheet.word.proposals import Proposal, Template, profile_kind
from coversheet.word.ticks import Tick

_FORM_BLOCKS = 400  # a cover sheet is read within the document's first blocks
_NAME_FILLER = {"the", "of", "a", "an", "is", "are", "this", "to", "on", "for", "and", "by", "did", "how", "was", "were", "has", "have"}






def read_template(path) -> Template:
    """The questions a board's blank (or filled) form asks; `UnreadableFile` when the file
    holds no recognisable cover sheet."""
    matcher = standard_matcher()
    with open_package(path) as package:
        blocks = package.body()
        try:
            opening = list(itertools.islice(blocks, _FORM_BLOCKS))
        finally:
            blocks.close()
    ours = tagged_questions(opening)  # a form coversheet drew: names and kinds from its tags
    if ours is not None:
        return ours
    read = walk_sheet(opening, matcher)
    proposals: list[Proposal] = []
    purposes: dict[str, str] = {}
    confidentiality: dict[str, str] = {}
    risks_done = False
    for section in read.order:
        if section.key:
            field_name = section.key
            if field_name.startswith("risks."):
                if risks_done:
                    continue
                field_name, risks_done = "risks", True
            elif field_name == "confidential_reason":
                continue
            how = matcher.match(section.label).how
            unsure = "matched by key terms" if how == "terms" else ""
            proposals.append(Proposal(section.label.rstrip(":").strip(), field=field_name, kind=profile_kind(field_name), unsure=unsure))
            options = _options(section)
            if field_name == "purpose":
                for word, _ in options:
                    purposes[word] = purpose_of(word)
            if field_name == "confidential" and len(options) == 2 and not all(answer_named(w) for w, _ in options):
                confidentiality = {"public": options[0][0], "private": options[1][0]}
            continue
        proposal = _own(section, id(section) in read.tick_sections)
        if proposal is not None:
            proposals.append(proposal)
    board = next((text for text, _ in read.preamble if re.search(r"\b(board|committee|commission|partnership|council|trust)\b", text, re.I)), None)
    return Template(board, _unique(proposals), purposes, confidentiality)


_PURPOSE_WORDS = {"agree": "approval", "approve": "approval", "decision": "approval", "decide": "approval",
                  "ratify": "approval", "endorse": "endorsement", "support": "endorsement", "recommend": "endorsement",
                  "discuss": "discussion", "consider": "discussion", "debate": "discussion", "assure": "assurance",
                  "note": "information", "inform": "information", "noting": "information"}


def purpose_of(word: str) -> str:
    """The purpose category a board's word means ("Agree" -> approval), discussion if unknown."""
    category = getattr(parse_category(word), "value", None)
    if isinstance(category, str) and category in ("approval", "endorsement", "discussion", "assurance", "information"):
        return category
    first = (re.findall(r"[a-z]+", word.lower()) or [""])[0]
    for stem, value in _PURPOSE_WORDS.items():
        if first.startswith(stem[:5]):
            return value
    return "discussion"


def _options(section: Section) -> list[tuple[str, Tick]]:
    items = tokens([cell.element for row in section.rows for cell in row])
    return [(w, t) for w, t in (boxed_options(items) or []) if t is not Tick.EMPTY]


def _own(section: Section, under_tick_columns: bool) -> Proposal | None:
    label = section.label.rstrip(":").strip()
    if not section.rows and not under_tick_columns:
        return None  # a heading over the questions below it
    name = own_name(label)
    if not name:
        return None
    options = _options(section)
    words = [w for w, _ in options]
    if under_tick_columns or (words and all(answer_named(w) for w in words)):
        return Proposal(label, name=name, kind="yes_no_na", unsure="" if under_tick_columns or len(words) >= 2 else "kind from layout")
    if len(words) >= 2:
        return Proposal(label, name=name, kind="choice", options=words, unsure="one option or several? (multiple = true assumed)")
    folded = labels.normalise(label)
    if re.search(r"\bdate\b|\bby\b|\bdeadline\b|\bwhen\b", folded):
        return Proposal(label, name=name, kind="date", unsure="kind from the label")
    if re.search(r"\b(reference|baf|risk)\b", folded):
        return Proposal(label, name=name, kind="references", unsure="kind from the label: add its pattern")
    if re.search(r"\b(measure|action|step|invited|attendee|list)\b", folded):
        return Proposal(label, name=name, kind="list", unsure="kind from the label")
    return Proposal(label, name=name, kind="text", unsure="kind: text assumed")


def own_name(label: str) -> str:
    """"How did residents shape this?" -> "residents_shape"; "OUTLINE" -> "outline"."""
    words = [w for w in re.findall(r"[a-z0-9]+", label.lower()) if w not in _NAME_FILLER]
    name = "_".join(words[:3])
    if name and name[0].isdigit():
        name = "q_" + name
    return name




def _unique(proposals: list[Proposal]) -> list[Proposal]:
    seen: dict[str, Proposal] = {}
    for proposal in proposals:
        if proposal.key in seen:  # a second label for the same question ("Officer support")
            seen[proposal.key].label = seen[proposal.key].label
            seen[proposal.key].options = seen[proposal.key].options
            setattr(seen[proposal.key], "also", [*getattr(seen[proposal.key], "also", []), proposal.label])
            continue
        seen[proposal.key] = proposal
    return list(seen.values())


def profile_toml(template: Template, source: str, name: str, *, inline: bool = False) -> str:
    """The proposed profile as commented TOML: a profile file, or with `inline` coversheet.toml
    holding it as its `[profile]` table.

    Every text read from the form (or the file's name) is written as an escaped TOML string,
    the name of the form inside the comment too: a form's words are never settings.
    """
    table = "profile." if inline else ""
    lines = [f"# The board profile proposed by `coversheet profile init` from {toml_comment(source)}."]
    if inline:
        lines += ["# Review it: each line marked `check:` is a guess. Then run `coversheet profile show`.", "[profile]"]
    else:
        lines += ["# Review it: each line marked `check:` is a guess. Then name it in coversheet.toml",
                  '# (profile = "this-file.toml") and run `coversheet profile show`.']
    lines.append(f"name = {toml_string(name)}")
    if template.board:
        lines.append(f"description = {toml_string(template.board)}")
    claimed: dict[str, str] = {}  # a label (folded) -> the question that has it
    for proposal in template.questions:
        own_labels = _labels_of(proposal, claimed)
        if proposal.name and not own_labels:
            continue  # every label it had is another question's: nothing left to find it by
        lines.append("")
        lines.append(f"[[{table}questions]]")
        if proposal.field:
            lines.append(f"field = {toml_string(proposal.field)}" + _check(proposal.unsure))
        else:
            lines.append(f"name = {toml_string(proposal.name)}" + _check("the key in drafts, from the label"))
        if own_labels and not proposal.standard_words:
            lines.append(f"labels = {_array(own_labels)}")
        if proposal.name:
            lines.append(f"kind = {toml_string(proposal.kind)}" + _check(proposal.unsure))
            if proposal.kind == "yes_no_na":
                lines.append("required = true" + _check("must every paper answer it?"))
            if proposal.kind == "choice" and proposal.multiple:
                lines.append("multiple = true")
            if proposal.kind == "choice":
                lines.append(f"options = {_array(proposal.options)}")
        if proposal.section:
            lines.append(f"section = {toml_string(proposal.section)}")
    if template.purposes:
        lines += ["", f"[{table}purposes]" + _check("each word on the form -> approval, endorsement, discussion, assurance or information")]
        lines += [f"{toml_string(word)} = {toml_string(category)}" for word, category in template.purposes.items()]
    if template.confidentiality:
        lines += ["", f"[{table}confidentiality]"]
        lines += [f"{key} = {toml_string(template.confidentiality[key])}"
                  for key in ("public", "private", "reason_label") if template.confidentiality.get(key)]
    return "\n".join(lines) + "\n"


def check_loads(path: Path, shown_as: Path, *, inline: bool) -> None:
    """Read the file written at `path` back as the profile it proposes (`shown_as` is where it
    is going); raise `ConfigError` naming `shown_as` and the problem unless it loads."""
    from coversheet.config.profile import load_profile

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeError) as exc:
        raise ConfigError(f"{shown_as}: invalid TOML: {exc}") from None
    load_profile(data["profile"] if inline else data, base=shown_as.parent, origin=str(shown_as))


def _labels_of(proposal: Proposal, claimed: dict[str, str]) -> list[str]:
    """The proposal's labels as a profile holds them (spaces and line breaks folded, none
    blank), leaving out any an earlier question has: a profile gives a label to one question."""
    kept: list[str] = []
    for label in [proposal.label, *getattr(proposal, "also", [])]:
        folded = " ".join((label or "").split())
        owner = claimed.setdefault(folded.casefold(), proposal.key)
        if folded and owner == proposal.key and folded not in kept:
            kept.append(folded)
    return kept


def _array(texts: list[str]) -> str:
    return "[" + ", ".join(toml_string(text) for text in texts) + "]"


def _check(guess: str) -> str:
    """A `# check:` comment for a guess (our words, never the form's), or nothing."""
    return f"  # check: {guess}" if guess else ""


def _shown(label: str) -> str:
    """A label on one line of the terminal: its line breaks folded, a control character (a
    terminal's escape code) shown as `\\x1b`, not obeyed."""
    return escape_unprintable(" ".join(label.split()))


def table(template: Template) -> str:
    """label -> question -> kind, one a line, unsure guesses marked with "?"."""
    shown = [_shown(p.label) or p.key for p in template.questions]  # (a paragraph has no label)
    width = max(map(len, shown), default=10)
    rows = [f"{'label':<{width}}  {'question':<36} kind"]
    for proposal, label in zip(template.questions, shown):
        mark = f"   ? {proposal.unsure}" if proposal.unsure else ""
        rows.append(f"{label:<{width}}  {proposal.key:<36} {proposal.kind}{mark}")
    return "\n".join(rows)


__all__ = ["Proposal", "Template", "UnreadableFile", "check_loads", "profile_toml", "read_template", "table", "own_name"]
