"""Checking an organisation's own template: which tags are not fields, which fields it never shows.

A template names fields two ways: content controls tagged with a draft path (`title`,
`governance[*].date`, `implications.quality=yes`), and the Jinja tags docxtpl fills in
(`{{ sheet.title }}`, `{% for r in sheet.recommendations %}{{ r }}`, or the same without
`sheet.`). Both are read here. Under a board profile the fields are the board's: its own
questions (`{{ questions.strategic_objectives }}`) are fields, a standard field the board
does not ask is reported as such, and "never shows" lists the board's questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coversheet.config.kinds import OWN_QUESTIONS_KEY, Kind
from coversheet.word.ns import qn
from coversheet.word.tags import model_paths, parse_tag, tag_text

if TYPE_CHECKING:
    from coversheet.config.profile import Profile

_UNANSWERED_TAG = "coversheet.unanswered"
# Names the render context and Jinja give a template besides the sheet's own fields.
_CONTEXT_NAMES = {"sheet", "extra_implications", "loop", "range", "dict", "lipsum", "cycler", "joiner", "namespace"}


@dataclass
class TemplateAudit:
    """What a template shows, measured against the cover sheet's (or the board's) fields."""

    unknown: list[str] = field(default_factory=list)  # tags that are no field of any cover sheet
    not_asked: list[str] = field(default_factory=list)  # standard questions shown that the board does not ask
    unshown: list[str] = field(default_factory=list)  # the sheet's fields the template never shows
    # Fields a tagged template prints with Jinja but in no control tagged for them: rendered,
    # but `check` and `extract` cannot read them back from the sheet.
    untagged: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.unknown or self.not_asked or self.unshown or self.untagged)


def audit_template(template: Path, extra_implications: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """(tags in `template` that are not fields of the model, model fields it never shows).

    Raises `UnreadableFile` for a file that is not a safe, readable .docx.
    A tag holding a Jinja expression (`implications.{{ name }}=yes`, a row repeated for each
    board-configured implication) stands for any name at that place.
    """
    found = audit(template, extra_implications=extra_implications)
    missing = set(found.unshown) | set(found.untagged)
    return found.unknown, [path for path in model_paths(extra_implications) if path in missing]


def audit(template: Path, profile: Profile | None = None, extra_implications: Iterable[str] = ()) -> TemplateAudit:
    """`template` measured against the standard sheet, or the board's sheet under `profile`."""
    from docx import Document as open_document

    from coversheet.word.writing.template import vet_docx

    vet_docx(template, "template")  # the one safe way in: bounded, no DOCTYPE, well-formed
    every = model_paths(extra_implications)
    if profile is not None:
        own = _own_paths(profile)
        every = {**every, **own}
        fields = {path: kind for path, kind in every.items() if path in own or profile.asks(_question_of(path))}
    else:
        fields = every
    result = TemplateAudit()
    tagged: set[str] = set()
    printed: set[str] = set()
    has_tags = False

    def place(reference: str, written: str, *, wider: bool, shown: set[str] | None) -> None:
        if reference == "":
            return
        matched = _matches(reference, fields, wider=wider)
        if matched:
            if shown is not None:
                shown.update(matched)
        elif _matches(reference, every, wider=wider):
            result.not_asked.extend(sorted({_question_of(path) for path in _matches(reference, every, wider=wider)}))
        else:
            result.unknown.append(written)

    for sdt in open_document(str(template)).element.body.iter(qn("w:sdt")):
        text = tag_text(sdt)
        if not text:
            continue
        if "{{" in text or text == _UNANSWERED_TAG:
            # `implications.{{ name }}=yes`: a row repeated for each name, any name; and the
            # mark the board's sheet puts on a list left unanswered (word.profile_sheet).
            continue
        reference = _tag_reference(parse_tag(text), every)
        if reference is None:
            result.unknown.append(text)
        else:
            has_tags = True
            place(reference, text, wider=False, shown=tagged)
    for reference, written, prints in _jinja_references(template):
        place(reference, "{{ " + written + " }}", wider=True, shown=printed if prints else None)
    result.unknown = list(dict.fromkeys(result.unknown))
    result.not_asked = list(dict.fromkeys(result.not_asked))
    # A template that tags its fields is read back by tag: there a field counts as shown when
    # a control is tagged for it. A Jinja-only template is read by its labels, like a hand-made
    # sheet: there printing a field shows it.
    shown = tagged if has_tags else printed
    result.unshown = [path for path in fields if path not in shown and path not in printed]
    result.untagged = [path for path in fields if path not in shown and path in printed]
    return result


# --- the board's fields ----------------------------------------------------------------------


def _own_paths(profile: Profile) -> dict[str, str]:
    """The draft paths of the board's own questions, with their kinds as `model_paths` gives them."""
    paths: dict[str, str] = {}
    for question in profile.own_questions:
        path = f"{OWN_QUESTIONS_KEY}.{question.name}"
        if question.kind is Kind.PERSON:
            paths[f"{path}.name"] = paths[f"{path}.role"] = "text"
        elif question.kind is Kind.YES_NO_NA:
            paths[path], paths[f"{path}.note"] = "choice", "text"
        elif question.kind in (Kind.LIST, Kind.REFERENCES):
            paths[path] = "list"
        elif question.kind is Kind.CHOICE:
            paths[path] = "choice"
        else:
            paths[path] = question.kind.value
    return paths


def _question_of(path: str) -> str:
    """The standard question a shown path belongs to (`governance[*].date` -> governance)."""
    if path == "confidential_reason":
        return "confidential"
    head = path.split("[", 1)[0]
    parts = head.split(".")
    return ".".join(parts[:2]) if parts[0] == "implications" and len(parts) > 1 else parts[0]


def _matches(reference: str, fields: dict[str, str], *, wider: bool) -> set[str]:
    """The fields `reference` shows: itself; the field it lies inside (`implications.quality.answer`
    is the answer `implications.quality`); with `wider`, every field inside it (`{{ sheet.sponsor }}`)."""
    if reference in fields:
        return {reference}
    inside = [f for f in fields if reference.startswith(f + ".") or reference.startswith(f + "[")]
    if inside:
        return {max(inside, key=len)}
    if wider:
        return {f for f in fields if f.startswith(reference + ".") or f.startswith(reference + "[")}
    return set()


# --- content-control tags ----------------------------------------------------------------------


def _tag_reference(tag, every: dict[str, str]) -> str | None:
    """The path a tag names ("" for a marker that names no field), or None for no tag of ours."""
    if tag is None:
        return None
    if tag.kind == "end":
        return ""
    if tag.kind == "item-value":
        return f"{tag.path}[*].{tag.field}"
    if tag.kind in ("list", "item") or (tag.kind == "choice" and tag.value == "none"):
        if tag.path in every:  # recommendations, purpose.categories, questions.baf_risks
            return tag.path if tag.kind != "choice" else ""
        if any(p.startswith(f"{tag.path}[*].") for p in every):
            return ""  # the container of a list of entries: its fields are tagged inside it
        return None
    return tag.path


# --- Jinja tags -----------------------------------------------------------------------------


def _jinja_sources(template: Path) -> Iterator[str]:
    """The template's body, headers and footers as docxtpl hands them to Jinja."""
    from docxtpl import DocxTemplate

    document = DocxTemplate(str(template))
    document.init_docx()
    yield document.patch_xml(document.get_xml())
    for uri in (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI):
        for _, part in document.get_headers_footers(uri):
            yield document.patch_xml(document.get_part_xml(part))


def _jinja_references(template: Path) -> Iterator[tuple[str, str, bool]]:
    """(draft path, as written, printed?) for each field a Jinja tag of `template` names: printed
    by `{{ }}`, or only tested or looped over (`{% if %}`, `{% for %}`), which shows nothing."""
    from jinja2 import Environment

    environment = Environment()
    for source in _jinja_sources(template):
        if "{{" not in source and "{%" not in source:
            continue
        yield from _Walk().template(environment.parse(source))


class _Walk:
    """Walks a template's syntax tree: the paths it prints, with loop variables followed."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str, bool]] = []

    def template(self, tree) -> list[tuple[str, str, bool]]:
        self.nodes(tree.body, {})
        return self.found

    def nodes(self, body, scope: dict[str, str | None]) -> None:
        for node in body:
            self.node(node, scope)

    def node(self, node, scope: dict[str, str | None]) -> None:
        from jinja2 import nodes

        if isinstance(node, nodes.Output):
            for child in node.nodes:
                if not isinstance(child, nodes.TemplateData):
                    self.expression(child, scope)
        elif isinstance(node, nodes.For):
            inner = dict(scope)
            self.expression(node.iter, scope, shows=False)
            items = self.iterable(node.iter, scope)
            if isinstance(node.target, nodes.Name):
                inner[node.target.name] = f"{items}[*]" if items is not None else None
            else:
                for name in node.target.find_all(nodes.Name):
                    inner[name.name] = None
            self.nodes(node.body, inner)
            self.nodes(node.else_, scope)
        elif isinstance(node, nodes.If):
            self.expression(node.test, scope, shows=False)
            self.nodes(node.body, scope)
            for branch in node.elif_:
                self.node(branch, scope)
            self.nodes(node.else_, scope)
        elif isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            for name in node.target.find_all(nodes.Name):
                scope[name.name] = None
            if isinstance(node, nodes.AssignBlock):
                self.nodes(node.body, scope)
        elif isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = dict(scope)
            for argument in getattr(node, "args", []):
                inner[argument.name] = None
            self.nodes(node.body, inner)
        else:
            for child in node.iter_child_nodes():
                if isinstance(child, nodes.Stmt):
                    self.node(child, scope)

    def iterable(self, expression, scope) -> str | None:
        """The draft path a loop runs over (`sheet.governance or []` -> governance)."""
        from jinja2 import nodes

        while isinstance(expression, (nodes.Or, nodes.Filter, nodes.CondExpr)):
            expression = expression.left if isinstance(expression, nodes.Or) else (
                expression.node if isinstance(expression, nodes.Filter) else expression.expr1)
        chain = self.chain(expression, scope)
        return chain[0] if chain else None

    def expression(self, expression, scope, *, shows: bool = True) -> None:
        """Every field path named in `expression` (filters, `or`, conditions looked into)."""
        from jinja2 import nodes

        chain = self.chain(expression, scope)
        if chain is not None:
            if chain[0] is not None:
                self.found.append((*chain, shows))
            return
        for child in expression.iter_child_nodes():
            if isinstance(expression, nodes.Call) and child is expression.node:
                continue  # the function called, not a field
            self.expression(child, scope, shows=shows)

    def chain(self, expression, scope) -> tuple[str | None, str] | None:
        """(path, as written) of `a.b.c` / `a["b"]`; path None for a name that is no field;
        None when `expression` is not such a chain."""
        from jinja2 import nodes

        if isinstance(expression, nodes.Name):
            name = expression.name
            if name in scope:
                return scope[name], name
            if name == "sheet":
                return "", name
            return (None if name in _CONTEXT_NAMES else name), name
        if isinstance(expression, nodes.Getattr):
            key = expression.attr
        elif isinstance(expression, nodes.Getitem) and isinstance(expression.arg, nodes.Const):
            key = expression.arg.value
        else:
            return None
        base = self.chain(expression.node, scope)
        if base is None:
            return None
        path, written = base
        if isinstance(key, int):
            return (None if path is None else f"{path}[*]"), f"{written}[{key}]"
        if path is None:
            return None, f"{written}.{key}"
        return (f"{path}.{key}" if path else str(key)), f"{written}.{key}"
