"""The Word cover sheet of a draft under a board's profile: the one place that chooses it.

A board with a profile has its own sheet, drawn from the profile (`profile_sheet`), unless an
organisation's template is given, which wins; a board without one has the template, or the
standard one shipped with coversheet (`render`). `render`, the pack and the web page all
take the sheet from here, so they never disagree about which sheet a draft gets.
"""

from __future__ import annotations

from pathlib import Path

from coversheet.config.profile import Profile
from coversheet.model import CoverSheet
from coversheet.outputs import write_atomic
from coversheet.word.saved import followed_by
from coversheet.word.writing.template import SheetTemplate, default_template, load_template, vet_docx


def sheet_document(sheet: CoverSheet, *, profile: Profile | None, template: Path | SheetTemplate | None = None,
                   board: str | None = None, page_break: bool = False) -> bytes:
    """`sheet` as a Word document (.docx bytes): the board's own sheet from `profile` unless
    `template` (a path or a loaded template) is given, else that template or the standard one.

    `board` heads a profile's sheet when the draft names none; `page_break` ends the sheet
    with one, for a paper's body to follow.
    """
    if profile is not None and template is None:
        from coversheet.word.writing.profile_sheet import profile_sheet_bytes

        return profile_sheet_bytes(profile, sheet.model_dump(mode="json"), board=board, page_break=page_break)
    return _loaded(template).render(sheet, page_break=page_break)


def write_sheet_document(sheet: CoverSheet, out: Path, *, profile: Profile | None,
                         template: Path | SheetTemplate | None = None, board: str | None = None,
                         paper: Path | None = None, force: bool = False) -> Path:
    """Write `sheet_document` to `out` (atomically), followed by `paper`'s body if given.

    Raises `coversheet.outputs.OutputExists` when `out` exists and `force` is false, and
    `coversheet.errors.UnreadableFile` for a template or paper that is not a safe Word document.
    """
    if not (profile is not None and template is None):
        template = _loaded(template)  # read (and refused) before anything is written
    if paper is not None:
        vet_docx(paper, "paper")

    def write(path: Path) -> None:
        content = sheet_document(sheet, profile=profile, template=template, board=board, page_break=paper is not None)
        path.write_bytes(content if paper is None else followed_by(content, paper))

    return write_atomic(Path(out), write, force=force)


def _loaded(template: Path | SheetTemplate | None) -> SheetTemplate:
    return template if isinstance(template, SheetTemplate) else load_template(template or default_template())
