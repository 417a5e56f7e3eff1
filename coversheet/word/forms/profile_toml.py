"""`profile init`'s proposal written out: the commented TOML profile (or coversheet.toml's
`[profile]` table) the secretary reviews, read back before it is kept, and the label ->
question -> kind table printed beside it.
"""

from __future__ import annotations

from pathlib import Path

from coversheet.config.toml_text import toml_comment, toml_string
from coversheet.errors import ConfigError
from coversheet.findings import escape_unprintable
from coversheet.resources import tomllib
from coversheet.word.forms.proposals import Proposal, Template


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
    from coversheet.config.profile import STANDARD_REQUIRED

    asked = [proposal.field for proposal in template.questions if proposal.field]
    required = [field for field in (*STANDARD_REQUIRED, *_ALSO_REQUIRED) if field in asked]
    if any(field in asked for field in _ALSO_REQUIRED):
        lines.append(f"required = {_array(required)}" + _check("the questions every paper must answer"))
    claimed: dict[str, str] = {}  # a label (folded) -> the question that has it
    for proposal in template.questions:
        own_labels = _labels_of(proposal, claimed)
        if proposal.name and not own_labels:
            continue  # every label it had is another question's: nothing left to find it by
        lines.append("")
        lines.append(f"[[{table}questions]]")
        if proposal.field:
            lines.append(f"field = {toml_string(proposal.field)}" + _check(proposal.unsure))
            if proposal.field == "governance" and proposal.parts:
                lines.append(f"parts = {_array(proposal.parts)}" + _check("the parts of each entry the form asks"))
            if not proposal.named:
                lines.append("named = false" + _check("the form asks for a post: one with no name is a full answer"))
            if proposal.field == "purpose" and not proposal.multiple:
                lines.append("multiple = false  # one purpose only, as the form says")
        else:
            lines.append(f"name = {toml_string(proposal.name)}" + _check("the key in drafts, from the label"))
        if own_labels and not proposal.standard_words:
            lines.append(f"labels = {_array(own_labels)}")
        if proposal.name:
            lines.append(f"kind = {toml_string(proposal.kind)}" + _check(proposal.unsure))
            if proposal.kind in ("yes_no_na", "choice", "text", "person", "list", "references") and proposal.required:
                lines.append("required = true" + _check("must every paper answer it?"))
            elif proposal.kind in ("yes_no_na", "choice", "text", "person", "list", "references"):
                lines.append("required = false" + _check("a paper may have nothing to give here, as the label says"))
            if proposal.kind == "choice":
                lines.append("multiple = true" if proposal.multiple else "multiple = false  # one option only")
            if proposal.kind == "choice":
                lines.append(f"options = {_array(proposal.options)}")
        if proposal.details:
            lines.append(f"details = {_array(proposal.details)}" + _check("the row below that holds the answer's explanation"))
        if proposal.help:
            lines.append(f"help = {toml_string(proposal.help)}")
        if proposal.section:
            lines.append(f"section = {toml_string(proposal.section)}")
        if proposal.line:
            lines.append(f"line = {proposal.line}" + _check("the header line it is printed on, counted from the top"))
    if template.purposes:
        lines += ["", f"[{table}purposes]" + _check("each word on the form -> approval, endorsement, discussion, assurance or information")]
        lines += [f"{toml_string(word)} = {toml_string(category)}" for word, category in template.purposes.items()]
    if template.confidentiality:
        lines += ["", f"[{table}confidentiality]"]
        lines += [f"{key} = {toml_string(template.confidentiality[key])}"
                  for key in ("public", "private", "reason_label") if template.confidentiality.get(key)]
    if "purpose" in asked and not template.purposes:
        # "Purpose of Report:" with room for a sentence and no words to tick: a paper that does
        # not name approval, discussion, ... has answered what the form asks, so that is said,
        # not sent back
        lines += ["", "[profile.settings.rules]" if inline else "[settings.rules]",
                  'severity = { purpose-category-missing = "warning" }'
                  + _check("the form asks the purpose in words, with no purpose words to tick")]
    return "\n".join(lines) + "\n"


# Asked on a form, these are answered on every paper as much as the 2020 sheet's required ones.
_ALSO_REQUIRED = ("sponsor",)


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
    for label in [proposal.label, *proposal.also]:
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


__all__ = ["check_loads", "profile_toml", "table"]
