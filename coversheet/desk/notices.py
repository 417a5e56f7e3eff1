"""Return notices: a short, courteous note to the author of a paper that cannot go as it is.

The secretary's most repeated task after checking is writing the same email: which paper,
which meeting, what to change, by when. The wording lives in a Jinja template
(`coversheet/data/templates/notice.md.j2`) because every board words it its own way: a board
replaces it with `--template FILE` without touching code.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from coversheet.config import BoardConfig
from coversheet.dates.uk import long_date
from coversheet.dates.working_days import deadline_for
from coversheet.errors import ConfigError
from coversheet.findings import FileResult, Finding, Severity, Status, shown_path

DEFAULT_TEMPLATE = ("templates", "notice.md.j2")


class NoticeTemplateError(ConfigError):
    """The board's notice template cannot be read or rendered (a usage error, exit 2)."""


def needs_notice(result: FileResult) -> bool:
    """A paper goes back to its author when it fails or cannot be read."""
    return result.status is not Status.PASS


def notice_text(result: FileResult, config: BoardConfig, template: Path | None = None, today: dt.date | None = None) -> str:
    """The Markdown note for `result`'s paper, from `template` (default: the shipped one)."""
    from jinja2 import TemplateError

    loaded = _load(template)
    try:
        text = loaded.render(**_context(result, config, today or dt.date.today()))
    except TemplateError as exc:
        raise NoticeTemplateError(f"{template or 'notice template'}: {exc}") from None
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def notice_names(results: Iterable[FileResult]) -> dict[Path, str]:
    """A distinct `<paper-stem>.md` for each paper, even when two papers share a stem.

    `item-10.yaml` and `item-10.docx`, or two `finance.docx` in different folders, must
    not overwrite each other's notice: the later one gets its extension, then a number.
    """
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for result in results:
        path = result.path
        stem = _safe_stem(path.stem)
        candidates = [stem, f"{stem}-{path.suffix.lstrip('.')}"]
        candidates += [f"{stem}-{n}" for n in range(2, 10_000)]
        name = next(c for c in candidates if c.casefold() not in taken)
        taken.add(name.casefold())
        names[path] = name + ".md"
    return names


def _safe_stem(stem: str) -> str:
    """The paper's name as a notice's: control and invisible format characters (a terminal
    escape, a right-to-left override) become "_", and the name is cut well short of the
    255 bytes a file name may take, leaving room for "-docx.md"."""
    safe = "".join("_" if unicodedata.category(char) in ("Cc", "Cf") else char for char in stem)
    while len(safe.encode("utf-8", "surrogateescape")) > 200:
        safe = safe[:-1]
    return safe or "paper"


def write_notices(
    results: Iterable[FileResult],
    folder: Path,
    config_of: Callable[[Path], BoardConfig],
    *,
    template: Path | None = None,
    force: bool = False,
    today: dt.date | None = None,
) -> list[Path]:
    """Write one notice per paper that needs one into `folder`; return the files written.

    Every notice is rendered and every target checked before the first is written, so a
    broken template or an existing file (without `force`) leaves the folder as it was.
    """
    from coversheet.outputs import OutputExists, write_atomic

    failing = [r for r in results if needs_notice(r)]
    names = notice_names(failing)
    texts = {folder / names[r.path]: notice_text(r, config_of(r.path), template, today) for r in failing}
    if not force:
        for target in texts:
            if target.exists():
                raise OutputExists(target)
    return [write_atomic(target, text, force=force) for target, text in texts.items()]


def _load(template: Path | None):
    from jinja2 import Environment, StrictUndefined, TemplateError

    from coversheet.desk.markdown import finalize
    from coversheet.resources import data_path

    # `finalize`: every value a template prints (titles, messages quoting author text) is
    # escaped for Markdown, whoever wrote the template, so no HTML or link gets through.
    environment = Environment(
        autoescape=False, finalize=finalize, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    source_path = template or data_path(*DEFAULT_TEMPLATE)
    try:
        source = Path(source_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NoticeTemplateError(f"{source_path}: cannot read the notice template: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        return environment.from_string(source)
    except TemplateError as exc:
        raise NoticeTemplateError(f"{source_path}: not a valid Jinja template: {exc}") from None


def _context(result: FileResult, config: BoardConfig, today: dt.date) -> dict:
    meeting = _date_or_none(result.meeting_date)
    deadline = deadline_for(meeting, config.deadline_working_days) if meeting else None
    errors = [_problem(f) for f in result.findings if f.severity is Severity.ERROR]
    return {
        "paper": {
            "title": result.title,
            "agenda_item": result.agenda_item,
            "file": shown_path(result.path.name),
            "path": result.shown,
        },
        "board": config.board or "board",
        "status": result.status.value,
        "meeting": {"date": meeting, "text": long_date(meeting) if meeting else None},
        "deadline": {
            "date": deadline,
            "text": long_date(deadline) if deadline else None,
            "working_days": config.deadline_working_days,
            "passed": bool(deadline and today > deadline),
        },
        "problems": errors,
        "warnings": [_problem(f) for f in result.findings if f.severity is Severity.WARNING],
    }


def _problem(finding: Finding) -> dict:
    return {
        "severity": finding.severity.value,
        "code": finding.code,
        "message": finding.message,
        "hint": finding.hint,
        "field": finding.field,
        "label": finding.label,  # the board's words for the field under a profile, else None
        "line": finding.line,  # the line of a draft; None for a Word paper
    }


def _date_or_none(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
