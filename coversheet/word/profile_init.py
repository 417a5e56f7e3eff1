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

from coversheet.errors import UnreadableFile
from coversheet.model.answers import answer_named, parse_category
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


def profile_toml(template: Template, source: str, name: str) -> str:
    """The proposed profile as commented TOML."""
    lines = [
        f"# The board profile proposed by `coversheet profile init` from {source}.",
        "# Review it: each line marked `check:` is a guess. Then name it in coversheet.toml",
        '# (profile = "this-file.toml") and run `coversheet profile show`.',
        f'name = "{name}"',
    ]
    if template.board:
        lines.append(f"description = {_quote(template.board)}")
    for proposal in template.questions:
        lines.append("")
        lines.append("[[questions]]")
        if proposal.field:
            lines.append(f'field = "{proposal.field}"' + (f"  # check: {proposal.unsure}" if proposal.unsure else ""))
        else:
            lines.append(f'name = "{proposal.name}"  # check: the key in drafts, from the label')
        all_labels = [label for label in [proposal.label, *getattr(proposal, "also", [])] if label]
        if all_labels and not proposal.standard_words:
            lines.append("labels = [" + ", ".join(_quote(label) for label in all_labels) + "]")
        if proposal.name:
            lines.append(f'kind = "{proposal.kind}"' + (f"  # check: {proposal.unsure}" if proposal.unsure else ""))
            if proposal.kind == "yes_no_na":
                lines.append("required = true  # check: must every paper answer it?")
            if proposal.kind == "choice" and proposal.multiple:
                lines.append("multiple = true")
            if proposal.kind == "choice":
                lines.append("options = [" + ", ".join(_quote(option) for option in proposal.options) + "]")
        if proposal.section:
            lines.append(f"section = {_quote(proposal.section)}")
    if template.purposes:
        lines += ["", "[purposes]  # check: each word on the form -> approval, endorsement, discussion, assurance or information"]
        lines += [f"{_quote(word)} = \"{category}\"" for word, category in template.purposes.items()]
    if template.confidentiality:
        lines += ["", "[confidentiality]",
                  f"public = {_quote(template.confidentiality['public'])}",
                  f"private = {_quote(template.confidentiality['private'])}"]
        if template.confidentiality.get("reason_label"):
            lines.append(f"reason_label = {_quote(template.confidentiality['reason_label'])}")
    return "\n".join(lines) + "\n"


def table(template: Template) -> str:
    """label -> question -> kind, one a line, unsure guesses marked with "?"."""
    width = max((len(p.label or p.key) for p in template.questions), default=10)  # (a paragraph has no label)
    rows = [f"{'label':<{width}}  {'question':<36} kind"]
    for proposal in template.questions:
        mark = f"   ? {proposal.unsure}" if proposal.unsure else ""
        rows.append(f"{proposal.label or proposal.key:<{width}}  {proposal.key:<36} {proposal.kind}{mark}")
    return "\n".join(rows)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


__all__ = ["Proposal", "Template", "UnreadableFile", "profile_toml", "read_template", "table", "own_name"]
