"""The meeting's agenda, built from its papers' cover sheets.

A secretary builds the agenda by copying item, title, presenter and purpose from each cover
sheet into a table; doing it from the sheets themselves keeps the two in step, and is the
moment to notice what does not add up: two papers claiming one item, a paper for another
meeting, a cover sheet that fails, a paper with no owner or action. Those become the
agenda's notes, not silent omissions or blank cells. The table has the columns of the real Lancashire and South
Cumbria ICS Board agenda: Item, Description, Owner, Action, Format.

The meeting plan (`[pack]` in coversheet.toml) adds what the board pack prints: the papers
that have no cover sheet (minutes, the action log, slides), each item's description, the
front page's facts and membership, and the resolution to exclude the press and public.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.config.meeting_plan import MeetingPlan, PlanItem, plan_document, plan_in_effect
from coversheet.config.naming import STANDARD_NAMES, Names, names_for
from coversheet.dates.uk import long_date
from coversheet.findings import FileResult, Status, shown_path
from coversheet.model import CoverSheet
from coversheet.model.agenda_items import sorted_by_agenda_item
from coversheet.model.answers import PurposeCategory
from coversheet.report.saved import is_saved_report
from coversheet.run.configuration import ignored_config_files
from coversheet.run.many import iter_check, plan
from coversheet.run.one_file import CheckOptions

# The board's verb for each purpose, strongest ask first (a paper for approval and
# information is "Approve/Note").
COLUMNS = ("Item", "Description", "Owner", "Action", "Format")
MISSING = "—"  # a cell the cover sheet does not fill; the notes under the table say which and why
ATTACHED = "Attached"  # every paper found in the folder is, by definition, attached
TO_FOLLOW = "To follow"  # a paper the plan names that is not in the folder
EXCLUSION = "Exclusion of the press and public"


@dataclass(frozen=True)
class AgendaEntry:
    """One row of the agenda: one paper."""

    item: str | None
    title: str
    owner: str
    action: str
    format: str
    path: Path | None  # None: a paper the plan names that is not there
    description: str = ""  # the plan's line under the title ("To receive a report on ...")
    private: bool = False  # taken in the private session: its cover sheet or the plan says confidential

    @property
    def item_label(self) -> str:
        """ "5." for a plain number, as agendas print it; "9.1" and "12b" as they are."""
        if not self.item:
            return MISSING
        return f"{self.item}." if self.item.isdigit() else self.item

    def cells(self) -> tuple[str, str, str, str, str]:
        return (self.item_label, self.title, self.owner or MISSING, self.action or MISSING, self.format)


@dataclass
class Agenda:
    board: str
    meeting: dt.date | None
    entries: list[AgendaEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files_found: int = 0  # drafts and Word files in the folder, read or not
    # From the meeting plan, as the board pack's front page and agenda print them.
    facts: list[tuple[str, str]] = field(default_factory=list)  # ("Time", "10:00"), ("Webcast", ...)
    membership: list[str] = field(default_factory=list)
    exclusion: str | None = None  # the resolution, printed before the first item taken in private

    def rows(self) -> list[tuple[AgendaEntry | None, tuple[str, str, str, str, str]]]:
        """The table's rows in order: each entry and its cells, and (entry None) the exclusion
        resolution before the first item taken in private, as the board pack prints it."""
        rows: list[tuple[AgendaEntry | None, tuple[str, str, str, str, str]]] = []
        excluded = False
        for entry in self.entries:
            if self.exclusion and entry.private and not excluded:
                excluded = True
                rows.append((None, ("", f"{EXCLUSION}: {self.exclusion}", "", "", "")))
            rows.append((entry, entry.cells()))
        return rows

    @property
    def heading(self) -> str:
        return f"{self.board} Agenda"

    @property
    def meeting_line(self) -> str:
        return long_date(self.meeting) if self.meeting else "Meeting date not known"


@dataclass(frozen=True)
class _Paper:
    result: FileResult
    sheet: CoverSheet
    label: str  # the file as the secretary knows it: its path inside the folder


def build_agenda(folder: Path, meeting: dt.date | None = None, options: CheckOptions | None = None) -> Agenda:
    """The agenda for `meeting` (default: the meeting most papers in `folder` are for).

    Raises `ConfigError` for a broken coversheet.toml, like `check`.
    """
    options = dataclasses.replace(options or CheckOptions(), keep_sheets=True)
    files, options = plan([folder], options, is_saved_report)
    warnings: list[str] = []
    if options.config is None:
        for ignored in ignored_config_files(files, options.roots):
            warnings.append(f"{_label(ignored, folder)} is ignored: only the folder's own coversheet.toml (or one above it) applies.")
    papers: list[_Paper] = []
    for result in iter_check(files, options):
        label = _label(result.path, folder)
        if result.status is Status.ERROR:
            warnings.append(f"{label} could not be read ({result.first_error()}): it is not on the agenda.")
            continue
        papers.append(_Paper(result, result.sheet, label))

    chosen, choice_note = _choose_meeting(papers, meeting)
    if choice_note:
        warnings.append(choice_note)
    on_agenda: list[_Paper] = []
    for paper in papers:
        date = paper.sheet.meeting_date
        if chosen and date and date != chosen:
            warnings.append(
                f"{_describe(paper)} is for the meeting on {long_date(date)}, not {long_date(chosen)}: it is not on the agenda."
            )
            continue
        if date is None:
            warnings.append(f"{_describe(paper)} has no readable meeting date: it is on the agenda, but check that it is for this meeting.")
        on_agenda.append(paper)

    ordered = sorted_by_agenda_item(on_agenda, lambda p: p.sheet.agenda_item, lambda p: p.result.path.as_posix())
    warnings.extend(_item_warnings(ordered))
    warnings.extend(f"{_describe(p)}: the cover sheet fails its checks ({p.result.first_error()})." for p in ordered if p.result.status is Status.FAIL)
    named = [(p, names_for(options.config or options.configurations.for_file(p.result.path, options.roots))) for p in ordered]
    for p, names in named:
        if not owner_for(p.sheet):
            warnings.append(f"{_describe(p)} names no {_owner_words(names)}: its Owner shows {MISSING}.")
        if not action_for(p.sheet.purpose.categories if p.sheet.purpose else None) and names.asks("purpose"):
            warnings.append(f"{_describe(p)} states no {_purpose_words(names)}: its Action shows {MISSING}.")
    config = options.config or options.configurations.for_file(folder / "coversheet.toml")
    meeting_plan = plan_in_effect(config, folder, chosen_config=options.config is not None)
    planned = {item.item.casefold(): item for item in meeting_plan.items}
    entries = [_entry(p, names, planned.get((p.sheet.agenda_item or "").strip().casefold())) for p, names in named]
    entries = _with_planned_papers(entries, meeting_plan, folder, warnings)
    return Agenda(
        board=_board_name(papers, folder, options),
        meeting=chosen,
        entries=entries,
        warnings=warnings,
        files_found=len(files) + sum(1 for item in meeting_plan.items if item.paper),
        facts=[(name, value) for name, value in (("Time", meeting_plan.time), ("Place", meeting_plan.place)) if value]
        + meeting_plan.published_facts(),
        membership=list(meeting_plan.membership),
        exclusion=meeting_plan.exclusion,
    )


def _with_planned_papers(entries: list[AgendaEntry], meeting_plan: MeetingPlan, folder: Path,
                         warnings: list[str]) -> list[AgendaEntry]:
    """`entries` with a row for each paper the plan names that has no cover sheet (the
    minutes, the action log, slides), in agenda-item order, as the board pack packs them."""
    sheeted = {(entry.item or "").strip().casefold() for entry in entries}
    added = [_planned_entry(item, folder, warnings) for item in meeting_plan.items
             if item.paper and item.item.casefold() not in sheeted]
    if not added:
        return entries
    return sorted_by_agenda_item(entries + added, lambda e: e.item, lambda e: e.path.as_posix() if e.path else "")


def _planned_entry(planned: PlanItem, folder: Path, warnings: list[str]) -> AgendaEntry:
    try:
        path: Path | None = plan_document(folder, planned.paper)
    except ValueError as exc:
        path = None
        warnings.append(f"Item {planned.item}: the meeting plan's paper {planned.paper!r} {exc}: it shows {TO_FOLLOW}.")
    return AgendaEntry(
        item=planned.item,
        title=planned.title,
        owner=planned.owner,
        action=planned.action,
        format=ATTACHED if path is not None else TO_FOLLOW,
        path=path,
        description=planned.description or "",
        private=planned.confidential is True,
    )


def action_for(categories: Iterable[PurposeCategory] | None, names: Names = STANDARD_NAMES) -> str:
    """ "Approve", "Endorse/Discuss", ...: the board's Action words for the paper's purposes."""
    chosen = set(categories or ())
    return "/".join(names.action(category) for category in PurposeCategory if category in chosen)


def owner_for(sheet: CoverSheet) -> str:
    """Who presents the paper, "Gary Raphael/Emily Kruger" style; the sponsor if no presenter."""
    names = [p.name for p in sheet.presented_by or [] if p.name]
    if not names and sheet.sponsor and sheet.sponsor.name:
        names = [sheet.sponsor.name]
    return "/".join(dict.fromkeys(names))


def _entry(paper: _Paper, names: Names, planned: PlanItem | None = None) -> AgendaEntry:
    sheet = paper.sheet
    categories = sheet.purpose.categories if sheet.purpose else None
    return AgendaEntry(
        item=sheet.agenda_item,
        title=" ".join((sheet.title or paper.result.path.stem).split()),
        owner=owner_for(sheet),
        action=action_for(categories, names),
        format=ATTACHED,
        path=paper.result.path,
        description=(planned.description or "") if planned is not None else "",
        private=sheet.confidential is True,
    )


def _choose_meeting(papers: list[_Paper], meeting: dt.date | None) -> tuple[dt.date | None, str | None]:
    if meeting is not None:
        return meeting, None
    counts = Counter(p.sheet.meeting_date for p in papers if p.sheet.meeting_date)
    if not counts:
        return None, None
    # Most papers first; on a tie, the earlier meeting (the one being prepared now).
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    chosen = ranked[0][0]
    if len(ranked) == 1:
        return chosen, None
    spread = "; ".join(f"{long_date(d)}: {n} paper{'s' if n != 1 else ''}" for d, n in ranked)
    return chosen, f"The papers are for {len(ranked)} different meetings ({spread}): this agenda is for {long_date(chosen)}, the one most papers are for (use --meeting to choose)."


def _item_warnings(papers: list[_Paper]) -> list[str]:
    by_item: dict[str, list[_Paper]] = defaultdict(list)
    warnings = []
    for paper in papers:
        item = (paper.sheet.agenda_item or "").strip()
        if item:
            by_item[item.casefold()].append(paper)
        else:
            warnings.append(f"{paper.label} has no agenda item: it is listed at the end.")
    for same in by_item.values():
        if len(same) > 1:
            names = ", ".join(p.label for p in same)
            warnings.append(f"{len(same)} papers have agenda item {same[0].sheet.agenda_item}: {names}.")
    return warnings


def _board_name(papers: list[_Paper], folder: Path, options: CheckOptions) -> str:
    named = Counter(p.sheet.board.strip() for p in papers if p.sheet.board and p.sheet.board.strip())
    if named:
        return named.most_common(1)[0][0]
    config = options.config or options.configurations.for_file(folder / "coversheet.toml")
    return config.board or "Board"


def _owner_words(names: Names) -> str:
    """ "presenter or executive sponsor", or the board's labels for those it asks."""
    if not names.board_words:
        return "presenter or executive sponsor"
    asked = [names.called(path, "") for path in ("presented_by", "sponsor") if names.asks(path)]
    return " or ".join(asked) or "presenter or sponsor"


def _purpose_words(names: Names) -> str:
    """ "purpose (approval, ... or information)", or the board's label and words for purposes."""
    words = names.purposes()
    if not names.board_words or not words:
        return "purpose (approval, endorsement, discussion, assurance or information)"
    listed = f"{', '.join(words[:-1])} or {words[-1]}" if len(words) > 1 else words[0]
    return f"{names.called('purpose', 'purpose')} ({listed})"


def _describe(paper: _Paper) -> str:
    item = paper.sheet.agenda_item
    return f"Item {item} ({paper.label})" if item else paper.label


def _label(path: Path, folder: Path) -> str:
    try:
        return shown_path(path.relative_to(folder))
    except ValueError:
        return shown_path(path)

