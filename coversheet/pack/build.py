"""Build a board pack: check the papers, compose one Word document, export it once, finish the PDF.

Nothing is written unless the whole pack is built: the Word document and LibreOffice's PDF
live in a temporary folder (removed however the run ends), and the finished PDF and its HTML
index reach their places together, or neither does.
"""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coversheet.config import BoardConfig
from coversheet.config.files import CONFIG_NAME
from coversheet.config.meeting_plan import (
    ItemFormat,
    MeetingPlan,
    SupplementPages,
    load_plan_file,
    plan_in_effect,
)
from coversheet.pack.compose import Numbering
from coversheet.pack.items import PackContents, Row, gather
from coversheet.pack.record import Record, read_record, record_for, supplement
from coversheet.pack.scratch import scratch, told_when_full
from coversheet.run.configuration import Configurations
from coversheet.run.one_file import CheckOptions

if TYPE_CHECKING:
    from coversheet.pack.libreoffice import Search, TimeLimit

DEFAULT_TIMEOUT = 300.0  # seconds LibreOffice may take for the whole pack, all its runs together


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
    index: bool = True  # the HTML index beside the PDF
    skip_broken: bool = False  # a paper LibreOffice cannot convert is shown "to follow" instead
    supplement: Path | None = None  # the main pack: build the supplement of papers added since
    supplement_pages: SupplementPages | None = None  # None: as the meeting plan says
    revised: bool = False  # a supplement packs again the papers changed since the main pack
    private_only: bool = False  # with private: only the items taken in the private session


@dataclass
class PackResult:
    contents: PackContents
    pages: int
    title: str
    warnings: list[str] = field(default_factory=list)
    index: Path | None = None
    first_page: int = 1


def meeting_plan(folder: Path, config: BoardConfig | None, plan_file: Path | None,
                 configurations: Configurations | None = None) -> tuple[BoardConfig, MeetingPlan]:
    """The board configuration and the meeting plan that apply; raises `ConfigError`."""
    board = config or (configurations or Configurations()).for_file(Path(folder) / CONFIG_NAME)
    if plan_file is not None:
        return board, load_plan_file(plan_file)
    return board, plan_in_effect(board, Path(folder), chosen_config=config is not None)


def gather_pack(options: PackOptions) -> tuple[PackContents, MeetingPlan, Record | None]:
    """Check the papers and lay out the agenda; raises `PackRefused` when it must not be built
    (and `NotAPack` when the main pack of a supplement holds no record)."""
    configurations = Configurations()  # the run's: the board's coversheet.toml is read once for the plan and the checks
    board, plan = meeting_plan(options.folder, options.config, options.plan, configurations)
    previous = read_record(options.supplement) if options.supplement else None
    check_options = CheckOptions(config=options.config, configurations=configurations)
    contents = gather(options.folder, plan, check_options, private=options.private,
                      allow_failing=options.allow_failing, meeting=options.meeting or (previous.meeting if previous else None),
                      board=board.board, profile=board.custom_profile, skip_broken=options.skip_broken,
                      private_only=options.private_only)
    if contents.problems:
        hint = " (use --skip-broken to pack the rest, leaving out the files that cannot be read)" if contents.unreadable else ""
        raise PackRefused("the pack was not built" + hint, contents.problems)
    if contents.failing and not options.allow_failing:
        raise PackRefused(f"{len(contents.failing)} paper(s) fail their checks and are not packed (use --allow-failing to pack them with a note for the chair)",
                          contents.failing)
    if previous is not None:
        problems = supplement(contents, previous, options.supplement, revised=options.revised)
        if problems:
            raise PackRefused("the supplement was not built", problems)
    contents.profile = board.custom_profile
    return contents, plan, previous


def _quiet(step: str, *, total: int | None = None) -> None:
    pass


def build_pack(options: PackOptions, progress=_quiet) -> PackResult:
    """Build the pack at `options.out` (and its HTML index beside it). Raises `PackRefused`,
    `ConfigError`, `NotAPack`, `LibreOfficeMissing`, `TempFolderFull` or `OutputExists`;
    nothing is written then.

    `progress(step, total=None)` is told each step as it starts (the one before is then done);
    `total` (how many steps in all, now that the papers are known) comes with the first
    composing step, and again if a broken paper makes the pack start over.
    """
    from coversheet.outputs import OutputExists, write_together
    from coversheet.pack import libreoffice, pdf
    from coversheet.pack.index import index_path

    index = index_path(options.out) if options.index else None
    for output in [options.out, index]:
        if output is not None and output.exists() and not options.force:
            raise OutputExists(output)
    libreoffice.find_soffice()
    progress("Checking the papers")
    contents, plan, previous = gather_pack(options)
    counts = {}
    for row in contents.rows:
        for appendix in row.paper.pdfs if row.paper is not None else []:
            try:
                counts[appendix] = pdf.appendix_page_count(appendix)
            except ValueError as exc:
                raise PackRefused("the pack was not built", [str(exc)]) from None
            # Said on stderr and in the private pack's notes (a file's name only there).
            contents.warnings += pdf.appendix_warnings(appendix, row.item, "the paper" if appendix == row.paper.path else "an appendix")
    numbering = Numbering()
    if previous is not None and (options.supplement_pages or plan.supplement_pages) is SupplementPages.CONTINUE:
        numbering = Numbering(first_page=previous.last_page + 1, of_total=False)
    with scratch("coversheet-pack-") as work:
        composed, exported = _compose_and_export(contents, plan, counts, numbering, options, work, progress)
        progress("Adding the appendices, bookmarks and page labels")
        record = record_for(contents, previous)
        pages: dict[str, int] = {}

        def write_pack(path: Path) -> None:
            pages["pack"] = pdf.finish(exported, composed, path, duplex=options.duplex, record=record, warnings=contents.warnings)

        def write_index(path: Path) -> None:
            from coversheet.pack.index import render_index

            path.write_text(render_index(contents, title=composed.title, pdf_name=options.out.name, pages=pages["pack"],
                                         meeting_title=plan.title_for(contents.private), time=plan.time, place=plan.place,
                                         profile=contents.profile, first_page=numbering.first_page), encoding="utf-8")

        # The pack and its index reach their places together or not at all: an index beside
        # no pack (or a pack beside last week's index) would link into the wrong pages.
        write_together({options.out: write_pack, **({index: write_index} if index is not None else {})}, force=options.force)
    return PackResult(contents, pages["pack"], composed.title, contents.warnings, index, numbering.first_page)


def _compose_and_export(contents: PackContents, plan: MeetingPlan, counts: dict, numbering: Numbering,
                        options: PackOptions, work: Path, progress):
    """The composed pack and LibreOffice's PDF of it. A paper that cannot be opened or
    converted refuses the pack, or with --skip-broken is shown "to follow" and the rest packed."""
    from coversheet.pack import libreoffice, pdf, ranges
    from coversheet.pack.compose import BrokenPaper, compose

    limit = libreoffice.TimeLimit(options.timeout)  # for every LibreOffice run of this pack together
    attempt, searched = 0, False
    while True:
        attempt += 1
        # a step for each paper composed, LibreOffice's export, then the finishing in pdf.py
        progress("Composing the front page and agenda", total=len(contents.papers) + 3)
        try:
            composed = compose(contents, plan, appendix_pages=counts, duplex=options.duplex, numbering=numbering,
                               on_paper=lambda row: progress(f"Composing item {row.item_label} {row.title}"))
        except BrokenPaper as exc:
            if not options.skip_broken:
                raise PackRefused("the pack was not built (use --skip-broken to pack the rest, with this item to follow)",
                                  [f"item {exc.row.item}: {exc.path}: {exc.reason}"]) from None
            _to_follow(contents, exc.row, f"{exc.path}: {exc.reason}")
            continue
        progress("Exporting the pack with LibreOffice (one run for the whole pack)")
        source = work / f"pack{attempt}.docx"
        with told_when_full():
            composed.document.save(str(source))
        # Saved: the Word tree (tens of MB for a 500-page pack) is not needed again, and
        # LibreOffice's own memory comes on top of this process's while it runs. The papers'
        # documents opened to compose it are held in reference cycles (python-docx's document,
        # part and package): collected now, not whenever the collector next runs.
        composed.document = None
        gc.collect()
        try:
            exported = libreoffice.to_pdf(source, work, limit=limit)
            cut, add = pdf.ranges_to_mend(exported, composed, counts)
            if cut or add:
                # A paper's length differed from what its agenda row was laid out for (a Word
                # paper on one page, a cover sheet over two): the row mended, exported once
                # more, within the step already shown (the progress bar's count stays true).
                again = work / f"pack{attempt}-pages.docx"
                ranges.mend(source, again, cut=cut, add=add)
                exported = libreoffice.to_pdf(again, work, limit=limit)
            return composed, exported
        except libreoffice.ConversionFailed as exc:
            failure = exc
        if failure.timed_out:
            left_undone = "export the pack again without the papers shown to follow" if searched else "find which paper holds it up"
            raise PackRefused(f"{_past(limit)}: the pack was not built",
                              [f"no time was left to {left_undone}: try again with a longer --timeout"])
        progress("Finding which paper LibreOffice cannot convert")
        searched = True
        owners = _word_documents(contents)
        search = libreoffice.unconvertible(list(owners), work, limit=limit)
        if not search.finished:
            raise PackRefused(f"{_past(limit)} while finding which paper it cannot convert: the pack was not built "
                              "(try again with a longer --timeout)", _search_report(search, owners))
        broken = [(owners[path], path, reason) for path, reason in search.broken.items()]
        if not broken or not options.skip_broken:
            named = [f"item {row.item}: {path}: {reason}" for row, path, reason in broken]
            hint = " (use --skip-broken to pack the rest, with these items to follow)" if broken else ""
            raise PackRefused(f"LibreOffice could not make the pack: {failure}{hint}",
                              named or ["no single paper fails on its own: try again, or with a longer --timeout"])
        for row, path, reason in broken:
            _to_follow(contents, row, f"{path}: {reason}")


def _past(limit: TimeLimit) -> str:
    return f"LibreOffice ran past --timeout ({limit.seconds:g} seconds) and was stopped"


def _search_report(search: Search, owners: dict[Path, Row]) -> list[str]:
    """Each Word paper, in agenda order, with what the search found of it before time ran out:
    converted on its own, not, or not known (none is blamed for the time)."""
    said = {path: "converts on its own" for path in search.cleared}
    said |= search.broken
    if search.stuck is not None:
        said[search.stuck] = "not known: LibreOffice was still converting it when the time ran out"
    said |= {path: "not known: not reached before the time ran out" for path in search.untried}
    return [f"item {row.item}: {path}: {said[path]}" for path, row in owners.items()]


def _to_follow(contents: PackContents, row: Row, reason: str) -> None:
    """Show a paper that cannot be packed as "to follow" on the agenda, and say why on stderr."""
    row.paper, row.format, row.note = None, ItemFormat.TO_FOLLOW.value, None
    contents.warnings.append(f"item {row.item} is shown to follow: {reason}")


def _word_documents(contents: PackContents) -> dict[Path, Row]:
    """The Word documents LibreOffice converts for the pack, in agenda order, each with its row."""
    owners = {}
    for row in contents.rows:
        if row.paper is not None:
            for document in [row.paper.path, row.paper.body]:
                if document is not None and document.suffix.lower() == ".docx":
                    owners[document] = row
    return owners
