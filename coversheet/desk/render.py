"""Rendering drafts (what `coversheet render` does): check each, then write its Word sheet.

A draft with error-level findings is refused with them; the sheet that is rendered is the
one the check read, so what is written is exactly what was checked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from coversheet.findings import FileResult, Status
from coversheet.outputs import OutputExists
from coversheet.run.one_file import CheckOptions, check_file, check_safely
from coversheet.word.writing.sheet_document import write_sheet_document
from coversheet.word.writing.template import SheetTemplate


@dataclass
class RenderOutcome:
    """What became of one draft: written, refused for its findings, or a problem with the output."""

    draft: Path
    out: Path
    refused: FileResult | None = None  # the check result when error-level findings stop it
    problem: str | None = None  # e.g. the output exists and --force was not given


def plan_outputs(drafts: list[Path], output: Path) -> list[tuple[Path, Path]]:
    """Each draft with the .docx it renders to: `output` itself for one draft, else a file in it."""
    # A name with no extension ("out/", which the shell hands over as "out") is a folder, made
    # if need be, as it is for several drafts.
    as_folder = len(drafts) > 1 or output.is_dir() or str(output).endswith(("/", os.sep)) or not output.suffix
    if not as_folder:
        if output.suffix.lower() != ".docx":
            raise ValueError(f"{output}: the output of one draft is a .docx file, or a folder to render into")
        return [(drafts[0], output)]
    if output.exists() and not output.is_dir():
        raise ValueError(f"{output} is a file: several drafts render into a folder")
    jobs = [(draft, output / f"{draft.stem}.docx") for draft in drafts]
    seen: dict[Path, Path] = {}
    for draft, out in jobs:
        if out in seen:
            raise ValueError(f"{seen[out]} and {draft} would both render to {out}")
        seen[out] = draft
    return jobs


def render_draft(draft: Path, out: Path, options=None, *, template: Path | SheetTemplate | None = None,
                 paper: Path | None = None, force: bool = False) -> RenderOutcome:
    """Check `draft`; when nothing is at error level, render it to `out` (the sheet check read).

    The check runs as `check` runs it, under the options' time budget: a draft or a board
    pattern that would take too long is refused as not checked, as `check` reports it.
    """
    options = replace(options or CheckOptions(), keep_sheets=True)
    result = check_safely(check_file, draft, options)
    sheet, result.sheet = result.sheet, None
    if result.status is not Status.PASS:
        return RenderOutcome(draft, out, refused=result)
    config = options.config or options.configurations.for_file(draft)
    try:
        # The board's own sheet, drawn from its profile (an organisation's template wins).
        write_sheet_document(sheet, out, profile=config.custom_profile, template=template, board=config.board,
                             paper=paper, force=force)
    except OutputExists as exc:
        return RenderOutcome(draft, out, problem=str(exc))
    except OSError as exc:
        reason = exc.args[0] if isinstance(exc, NotADirectoryError) and not exc.strerror else (exc.strerror or exc)
        return RenderOutcome(draft, out, problem=f"cannot write {out}: {reason}")
    return RenderOutcome(draft, out)
