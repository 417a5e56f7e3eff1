"""Render a cover sheet into Word: the standard template filled from the model with docxtpl.

Rendering has two steps. docxtpl fills the template's Jinja tags with the sheet's text (loops
make one row or line per list item). Then `bind` sets what Jinja cannot express inside a valid
Word document: each check box's ticked state and glyph, each date picker's stored date, and
the list containers of lists that were not answered. Both steps go by the content-control
tags (the scheme is in `coversheet.word.tags`), so an organisation's own template works as
long as it keeps the tags; the document reads back exactly with `tagged.read_tagged`.

The template is read, patched and compiled once (`word.template.SheetTemplate`, cached while
its file is unchanged), so rendering many drafts in one process pays for it once; the Jinja
context is `word.view`, the binding `word.binding`.

Text reaches the document escaped (`&`, `<`, quotes) with its newlines as line breaks
(docxtpl turns "\\n" in a value into `w:br`); braces are written as character references so
docxtpl's own `{_{` escapes never alter a value.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from coversheet.model import CoverSheet
from coversheet.word.writing.template import (
    SheetTemplate,
    default_template,
    load_template,
    vet_docx,
)

__all__ = ["SheetTemplate", "default_template", "fill_template", "load_template", "render_sheet", "vet_docx"]


def render_sheet(
    sheet: CoverSheet,
    out: Path,
    *,
    template: Path | SheetTemplate | None = None,
    paper: Path | None = None,
    force: bool = False,
) -> Path:
    """Write `sheet` as a Word cover sheet to `out` (atomically), followed by `paper`'s body if given.

    `template` is a path (loaded once and kept while the file is unchanged) or a loaded
    `SheetTemplate`. Raises `coversheet.outputs.OutputExists` when `out` exists and `force` is false.
    (A board's own sheet under its profile: `sheet_document.write_sheet_document`.)
    """
    from coversheet.word.writing.sheet_document import write_sheet_document

    return write_sheet_document(sheet, out, profile=None, template=template, paper=paper, force=force)


def fill_template(sheet: CoverSheet, template: Path | SheetTemplate):
    """The python-docx document of `template` filled with `sheet` (not saved)."""
    loaded = template if isinstance(template, SheetTemplate) else load_template(template)
    return Document(io.BytesIO(loaded.render(sheet)))
