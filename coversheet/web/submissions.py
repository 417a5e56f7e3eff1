"""A passing cover sheet written into the meeting folder, never over anything already there.

The file's name is made here from the time and a random token (`web-20201124-093012-3f9a1c.docx`);
a visit that submits again writes `...-v2.docx` beside the first. Nothing the author typed is
part of the name. The sheet is first written to a hidden temporary file in the folder (which
`check` and `watch` pass over), checked there as `check FOLDER` would check it (the folder's
coversheet.toml, its deadline rules, the file's own date where the board takes it from the
drive), and only when it passes linked to its name, which fails rather than replaces.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from coversheet.api import CheckOptions, check_file
from coversheet.config import BoardConfig
from coversheet.findings import FileResult, Status
from coversheet.run.one_file import check_safely

MAX_VERSIONS = 1000


@dataclass
class Written:
    result: FileResult
    name: str | None  # the file's name in the folder; None when nothing was written


def stem_for(now: dt.datetime) -> str:
    return f"web-{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def submit(folder: Path, stem: str, write_sheet, config: BoardConfig, *, today: dt.date,
           budget: float | None) -> Written:
    """Write the sheet (`write_sheet(path)` draws it) into `folder` as `stem[-vN].docx`,
    only when `check` passes it there. Nothing is left behind otherwise."""
    temporary = folder / f".{stem}-{secrets.token_hex(4)}.tmp.docx"
    try:
        write_sheet(temporary)
        options = CheckOptions(config=config, today=today, jobs=1, time_budget=budget, roots=(folder.resolve(),))
        result = check_safely(check_file, temporary, options)
        if result.status is not Status.PASS:
            return Written(result, None)
        for version in range(1, MAX_VERSIONS + 1):
            name = f"{stem}.docx" if version == 1 else f"{stem}-v{version}.docx"
            try:
                _place(temporary, folder / name)
            except FileExistsError:
                continue
            return Written(result, name)
        raise OSError("too many versions of this paper in the folder")
    finally:
        temporary.unlink(missing_ok=True)


def _place(temporary: Path, final: Path) -> None:
    """Give `temporary` the name `final`; `FileExistsError` when the name is taken."""
    try:
        os.link(temporary, final)  # atomic, and fails rather than replaces
    except FileExistsError:
        raise
    except OSError:  # a share that has no hard links: create the name exclusively, then fill it
        with open(final, "xb") as out:
            out.write(temporary.read_bytes())
