"""Read one file into the model: the one read -> validate path.

`check`, `extract`, `render`, `notice`, `agenda`, the confidentiality cross-check and the
Python API all read a file through `read_sheet`, so the same file gives the same findings
whatever command reads it. The rules are `coversheet.run.one_file`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coversheet.config import BoardConfig
from coversheet.config.naming import names_for
from coversheet.errors import UnreadableFile
from coversheet.findings import Finding
from coversheet.model import CoverSheet
from coversheet.model.raw import RawDraft
from coversheet.read.readers import read_file
from coversheet.read.validate import validate
from coversheet.rules.reading import finding_for, unreadable_finding


@dataclass
class Reading:
    """A file read and validated: the sheet the model accepts and what reading it found.

    `sheet` is None when the file could not be read at all; `findings` then holds the one
    finding that says why (`unreadable` is true).
    """

    sheet: CoverSheet | None
    findings: list[Finding]
    raw: RawDraft | None = None

    @property
    def unreadable(self) -> bool:
        return self.sheet is None


def read_sheet(path: Path, config: BoardConfig) -> Reading:
    """Read `path` with the reader for its kind and validate it: the one read path."""
    try:
        raw = read_file(path, config.custom_profile)
    except UnreadableFile as exc:
        return Reading(None, [unreadable_finding(exc)])
    sheet, findings = validate_raw(raw, config)
    return Reading(sheet, findings, raw)


def validate_raw(raw: RawDraft, config: BoardConfig) -> tuple[CoverSheet, list[Finding]]:
    """The sheet the model accepts, and what the reader and the validator found, as findings."""
    sheet, refused = validate(raw, config)
    names = names_for(config)
    return sheet, [finding_for(noticed, names) for noticed in [*raw.noticed, *refused]]
