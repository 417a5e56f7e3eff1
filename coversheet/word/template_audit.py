"""Checking an organisation's own template: which tags are not fields, which fields it never shows."""

from __future__ import annotations

from pathlib import Path

from coversheet.word.ns import qn
from coversheet.word.tagged import (
    model_paths,
    parse_tag,
    tag_text,
)


def audit_template(template: Path) -> tuple[list[str], list[str]]:
    """(tags in `template` that are not fields of the model, model fields it never shows).

    Raises `UnreadableFile` for a file that is not a safe, readable .docx.
    A tag holding a Jinja expression (`implications.{{ name }}=yes`, a row repeated for each
    board-configured implication) stands for any name at that place.
    """
    from docx import Document as open_document

    from coversheet.word.template import vet_docx

    vet_docx(template, "template")  # the one safe way in: bounded, no DOCTYPE, well-formed
    body = open_document(str(template)).element.body
    known = model_paths()
    shown: set[str] = set()
    unknown: list[str] = []
    for sdt in body.iter(qn("w:sdt")):
        text = tag_text(sdt)
        if not text:
            continue
        field = _field_shown(parse_tag(text.replace("{{", "").replace("}}", "").replace(" ", "")), known)
        if field is None and "{{" not in text:
            unknown.append(text)
        elif field:
            shown.add(field)
    unshown = [path for path in known if path not in shown]
    return list(dict.fromkeys(unknown)), unshown


def _field_shown(tag, known: dict[str, str]) -> str | None:
    """The model field a tag shows ("" for the end marker), or None if it is none of them."""
    if tag is None:
        return None
    if tag.kind == "end":
        return ""
    if tag.kind == "item-value":
        path = f"{tag.path}[*].{tag.field}"
    elif tag.kind in ("list", "item") or (tag.kind == "choice" and tag.value == "none"):
        if tag.path in known:  # recommendations, purpose.categories
            return tag.path if tag.kind != "choice" else ""
        return "" if any(p.startswith(f"{tag.path}[*].") for p in known) else None
    else:
        path = tag.path
    return path if path in known else None
