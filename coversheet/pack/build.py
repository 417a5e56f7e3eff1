"""Build a board pack: check the papers, compose one Word document, export it once, finish the PDF.

Nothing is written unless the whole pack is built: the Word document and LibreOffice's PDF
live in a temporary folder, and the finished PDF reaches its place atomically.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.config import BoardConfig
from coversheet.config.files import CONFIG_NAME, nearest_config_file
from coversheet.config.meeting_plan import MeetingPlan, load_plan_file
from coversheet.pack.items import PackContents, gather
from coversheet.run.configuration import config_for
from coversheet.run.one_file import CheckOptions

DEFAULT_TIMEOUT = 300.0  # seconds LibreOffice may take for the whole pack


class PackRefused(Exception):
    """The pack cannot be built as asked: each problem names the paper."""

    def __init__(self, headline: str, problems: list[str]):
        super().__init__(headline)
        self.headline, self.problems = headline, problems


@dataclass
class PackOptions:
    folder: Path
    out: Path
    private: bool = False
    allow_failing: bool = False
    duplex: bool = False
    force: bool = False
    timeout: float = DEFAULT_TIMEOUT
    plan: Path | None = None  # a meeting plan file instead of coversheet.toml's [pack]
    config: BoardConfig | None = None  # --config; None: the coversheet.toml above the folder
    meeting: dt.date | None = None


@dataclass
class PackResult:
    contents: PackContents
    pages: int
    title: str
    warnings: list[str] = field(default_factory=list)


def meeting_plan(folder: Path, config: BoardConfig | None, plan_file: Path | None) -> tuple[BoardConfig, MeetingPlan]:
    """The board configuration and the meeting plan that apply; raises `ConfigError`."""
    board = config or config_for(Path(folder) / CONFIG_NAME)
    if plan_file is not None:
        return board, load_plan_file(plan_file)
    if board.pack.plan:

        base = nearest_config_file(Path(folder).resolve()) if config is None else None
        where = base.parent if base is not None else Path(folder)
        return board, load_plan_file(where / board.pack.plan)
    return board, board.pack


def gather_pack(options: PackOptions) -> tuple[PackContents, MeetingPlan]:
    """Check the papers and lay out the agenda; raises `PackRefused` when it must not be built."""
    board, plan = meeting_plan(options.folder, options.config, options.plan)
    contents = gather(options.folder, plan, CheckOptions(config=options.config), private=options.private,
                      allow_failing=options.allow_failing, meeting=options.meeting, board=board.board)
    if contents.problems:
        raise PackRefused("the pack was not built", contents.problems)
    if contents.failing and not options.allow_failing:
        raise PackRefused(f"{len(contents.failing)} paper(s) fail their checks and are not packed (use --allow-failing to pack them with a note for the chair)",
                          contents.failing)
    return contents, plan


def build_pack(options: PackOptions, progress=lambda step: None) -> PackResult:
    """Build the pack at `options.out`. Raises `PackRefused`, `ConfigError`, `LibreOfficeMissing`,
    `ConversionFailed` or `OutputExists`; nothing is written then."""
    from coversheet.outputs import OutputExists, write_atomic
    from coversheet.pack import libreoffice, pdf
    from coversheet.pack.compose import compose

    if options.out.exists() and not options.force:
        raise OutputExists(options.out)
    libreoffice.find_soffice()
    contents, plan = gather_pack(options)
    progress("checked")
    counts = {}
    for paper in contents.papers:
        for appendix in paper.appendices:
            try:
                counts[appendix] = pdf.appendix_page_count(appendix)
            except ValueError as exc:
                raise PackRefused("the pack was not built", [str(exc)]) from None
    composed = compose(contents, plan, appendix_pages=counts, duplex=options.duplex)
    progress("composed")
    with tempfile.TemporaryDirectory(prefix="coversheet-pack-") as work:
        source = Path(work) / "pack.docx"
        composed.document.save(str(source))
        try:
            exported = libreoffice.to_pdf(source, Path(work), timeout=options.timeout)
        except libreoffice.ConversionFailed as exc:
            culprits = [] if exc.timed_out else _culprits(contents, Path(work), options.timeout)
            raise PackRefused(f"LibreOffice could not make the pack: {exc}", culprits) from None
        progress("exported")
        result = {}
        write_atomic(options.out, lambda path: result.setdefault("pages", pdf.finish(exported, composed, path)), force=options.force)
    return PackResult(contents, result["pages"], composed.title, contents.warnings)


def _culprits(contents: PackContents, work: Path, timeout: float) -> list[str]:
    """Which papers LibreOffice cannot convert on their own: each named with the reason."""
    from coversheet.pack import libreoffice

    named = []
    for paper in contents.papers:
        for document in [paper.path, paper.body]:
            if document is None or document.suffix.lower() != ".docx":
                continue
            folder = Path(tempfile.mkdtemp(dir=work))
            try:
                libreoffice.to_pdf(document, folder, timeout=timeout)
            except libreoffice.ConversionFailed as exc:
                named.append(f"{document}: {exc}")
    return named or ["no single paper fails on its own: try again, or with a longer --timeout"]
