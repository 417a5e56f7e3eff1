"""The agenda rows of a pack: the checked papers and the meeting plan, in agenda order.

Each row is an item of the meeting. An attached paper brings its cover sheet (item, title,
presenter, purpose, confidentiality); the plan brings what has no paper. What would make
the pack wrong is collected as problems for the command to name: two papers with one item,
a paper with no item, a paper that fails its checks (unless the board allows it), a body
or appendix the plan names that is not there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.config.meeting_plan import ItemFormat, MeetingPlan, PlanItem, documents_named, plan_document
from coversheet.config.naming import STANDARD_NAMES, Names
from coversheet.dates.uk import long_date
from coversheet.desk.agenda import action_for, owner_for
from coversheet.findings import FileResult, Severity, Status
from coversheet.model import CoverSheet
from coversheet.model.agenda_items import agenda_key, sorted_by_agenda_item
from coversheet.report.saved import is_saved_report
from coversheet.run.confidentiality import Answer, Decision, body_answer, decide, own_answer
from coversheet.run.discovery import find_files
from coversheet.run.many import iter_check
from coversheet.run.one_file import CheckOptions

PRIVATE_FORMAT = "Private"


@dataclass
class Paper:
    """An attached paper: its file, its cover sheet, and what is packed behind the sheet."""

    path: Path
    label: str  # the file as the secretary knows it: its path inside the folder
    sheet: CoverSheet | None  # None: a paper the plan names with no cover sheet (minutes, slides), packed as it is
    result: FileResult | None
    body: Path | None = None  # for a draft: the Word file of the paper itself
    appendices: list[Path] = field(default_factory=list)
    body_answer: Answer | None = None  # what the cover sheet at the start of the body says, if it has one

    @property
    def pdfs(self) -> list[Path]:
        """The PDFs put into the pack after the export: a paper that is a PDF itself, then its appendices."""
        itself = [self.path] if self.sheet is None and self.path.suffix.lower() == ".pdf" else []
        return itself + self.appendices

    def decision(self, profile=None) -> Decision:
        """May the public pack take it? Only on a clear public word from every sheet of it."""
        answers = [own_answer(self.result, self.sheet, self.path, "its cover sheet")]
        if self.body_answer is not None:
            answers.append(self.body_answer)
        return decide(answers, profile)


@dataclass
class Row:
    """One row of the agenda; `paper` is None for verbal items, items to follow and private ones."""

    item: str
    title: str
    owner: str = ""
    action: str = ""
    format: str = ItemFormat.ATTACHED.value
    paper: Paper | None = None
    private: bool = False  # taken in the private session: in the public pack, a row and nothing of the paper
    in_private: bool = False  # taken in the private session (either pack): the plan's exclusion resolution goes before the first
    description: str | None = None  # the plan's line under the title ("To receive a report on ...")
    section: str | None = None  # a section heading printed before this row
    note: str | None = None  # the exemption relied on; in the private pack, a failing paper's findings for the chair
    pages: tuple[int, int] | None = None  # the pack's own page numbers, once laid out

    @property
    def item_label(self) -> str:
        return f"{self.item}." if self.item.isdigit() else self.item

    @property
    def anchor(self) -> str:
        """The Word bookmark (and PDF destination) at the item's first page.

        Letters and digits only: LibreOffice escapes anything else in destination names.
        """
        return "item" + "".join(c if c.isalnum() else f"x{ord(c):x}x" for c in self.item)

    @property
    def page_text(self) -> str:
        if self.pages is None:
            return ""
        first, last = self.pages
        return f"{first}" if first == last else f"{first} - {last}"


@dataclass
class PackContents:
    board: str
    meeting: dt.date | None
    rows: list[Row] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # refuse the pack (exit 1)
    failing: list[str] = field(default_factory=list)  # papers whose cover sheets fail, with the first problem
    unreadable: list[str] = field(default_factory=list)  # files whose cover sheets cannot be read (their item unknown)
    warnings: list[str] = field(default_factory=list)  # packed anyway; said on stderr
    private: bool = False
    supplement: bool = False  # the papers added since a main pack
    profile: object = None  # the board's profile (coversheet.config.profile.Profile); None: the standard sheet
    plan: MeetingPlan | None = None  # what the front page and the agenda print besides the rows (the index's too)

    @property
    def papers(self) -> list[Paper]:
        return [row.paper for row in self.rows if row.paper is not None]


def gather(folder: Path, plan: MeetingPlan, options: CheckOptions, *, private: bool, allow_failing: bool,
           meeting: dt.date | None = None, board: str | None = None, profile=None, skip_broken: bool = False,
           private_only: bool = False) -> PackContents:
    """Check the papers in `folder` and lay out the agenda rows of the (public or private) pack.

    `profile` (a board's `Profile`; None for the standard sheet) gives the board's words for
    an item taken in private and for the exemption relied on. A file whose cover sheet cannot
    be read refuses the pack, or with `skip_broken` is left out with a warning (its item is
    not known, so it cannot be shown to follow)."""
    folder = Path(folder)
    bodies = documents_named(plan, folder, appendices=False)
    files = [f for f in find_files([folder], is_saved_report) if f.resolve() not in bodies]
    # The folder is what check would be given: its plan's bodies are compared with the drafts (CS012).
    options = dataclasses.replace(options, keep_sheets=True, roots=options.roots or (folder.resolve(),))
    contents = PackContents(board=board or "Board", meeting=meeting, private=private, plan=plan)

    papers: list[Paper] = []
    for result in iter_check(files, options):
        label = _label(result.path, folder)
        if result.status is Status.ERROR:
            if skip_broken:
                contents.warnings.append(f"{label} is left out: its cover sheet cannot be read ({result.first_error()}), so its agenda item is not known")
            else:
                contents.unreadable.append(label)
                contents.problems.append(f"{label}: cannot be read ({result.first_error()})")
            continue
        papers.append(Paper(result.path, label, result.sheet, result))
    if not papers and not plan.items:
        contents.problems.append(f"no papers (.yaml, .yml, .json drafts or .docx cover sheets) found in {folder}")
        return contents

    # The front page's meeting and board, where not given, are the papers' own: in a public pack
    # only the papers whose sheets say public have a say, so a private paper's words never print.
    voters = papers if private else [p for p in papers if p.decision(profile).public]
    contents.meeting = meeting or _most_common(p.sheet.meeting_date for p in voters)
    contents.board = board or _most_common(p.sheet.board for p in voters if p.sheet.board) or contents.board
    chosen = []
    for paper in papers:
        date = paper.sheet.meeting_date
        if contents.meeting and date and date != contents.meeting:
            contents.warnings.append(f"{paper.label} is for the meeting on {long_date(date)}, not {long_date(contents.meeting)}: not packed")
        else:
            chosen.append(paper)

    _item_problems(chosen, contents)
    for paper in chosen:
        if paper.result.status is Status.FAIL:
            contents.failing.append(f"{paper.label}: {paper.result.first_error()}")
        _attach(paper, plan.item(paper.sheet.agenda_item), folder, contents)
        if paper.body is not None:
            paper.body_answer = body_answer(paper.body, f"its body {_label(paper.body, folder)}", options.config, budget=options.time_budget)

    rows = [_paper_row(p, private, allow_failing, profile, contents, plan) for p in chosen]
    numbered = {r.item.casefold() for r in rows}
    for planned in plan.items:
        if planned.item.casefold() not in numbered:
            if planned.paper:
                rows.append(_bare_row(planned, folder, contents, private, options, profile))
            else:
                rows.append(_plan_row(planned, contents))
    if private and private_only:  # the private session's items alone: what the public pack would not take
        taken = {(p.sheet.agenda_item or "").strip().casefold() for p in chosen if not p.decision(profile).public}
        taken |= {i.item.casefold() for i in plan.items if i.confidential is True}
        rows = [row for row in rows if row.item.casefold() in taken]
    contents.rows = sorted_by_agenda_item(rows, lambda r: r.item, lambda r: r.title)
    _place_sections(contents.rows, plan)
    return contents


def _paper_row(paper: Paper, private: bool, allow_failing: bool, profile, contents: PackContents, plan: MeetingPlan | None = None) -> Row:
    sheet = paper.sheet
    categories = sheet.purpose.categories if sheet.purpose else None
    item = (sheet.agenda_item or "").strip()
    if not private:
        decision = paper.decision(profile)
        if not decision.public:
            if decision.why:
                contents.warnings.append(f"item {item} ({paper.label}) is taken in the private session, not in the public pack: {decision.why}")
            return _private_row(item, sheet if sheet.confidential is True and decision.why is None else None, profile)
    # The plan's title for the item, when it has one, is the agenda's (a short title for a long
    # paper): the secretary's words for the agenda, the footer and the bookmarks.
    planned = plan.item(item) if plan is not None else None
    title = planned.title if planned is not None else " ".join((sheet.title or f"Paper for item {item}").split())
    row = Row(item=item, title=title, owner=owner_for(sheet), description=planned.description if planned is not None else None,
              in_private=private and not paper.decision(profile).public,
              action=action_for(categories, Names(profile) if profile is not None else STANDARD_NAMES), paper=paper)
    if paper.result.status is Status.FAIL and allow_failing and private:
        # Notes for the chair, in the private pack only: a published pack never shows rule codes.
        errors = [f for f in paper.result.findings if f.severity is Severity.ERROR]
        row.note = "Received; its cover sheet fails the checks: " + "; ".join(f"{f.code} {f.message.rstrip('.')}" for f in errors) + "."
    return row


def _private_row(item: str, sheet: CoverSheet | None, profile=None, *, reason: str | None = None) -> Row:
    """The public pack's row of an item taken in private: the board's word for private and,
    for a paper plainly marked confidential (`sheet`, or the plan's `confidential = true` with
    its `reason`), the exemption it relies on; nothing else of the paper."""
    words = profile.confidentiality if profile is not None else None
    note = None
    if sheet is not None or reason is not None:
        reason = " ".join(((sheet.confidential_reason if sheet is not None else reason) or "not stated").split())
        note = f"{words.reason_label if words else 'Exemption relied on'}: {reason}"
    return Row(item=item, title="Item taken in the private session", format=words.private if words else PRIVATE_FORMAT,
               note=note, private=True, in_private=True)


def _plan_row(planned: PlanItem, contents: PackContents) -> Row:
    """The row of a planned item with no paper in the folder. One the plan gives as attached
    (or names a body or appendices for) is a paper that has not come: shown "To follow", as
    a paper that cannot be packed is, and said, so that the secretary chases it (and a
    supplement packs it when it comes)."""
    row = Row(item=planned.item, title=planned.title, owner=planned.owner, action=planned.action, format=planned.format.value,
              description=planned.description, in_private=planned.confidential is True)
    if planned.format is ItemFormat.ATTACHED or planned.paper or planned.appendices:
        row.format = ItemFormat.TO_FOLLOW.value
        contents.warnings.append(f"item {planned.item} ({planned.title}) is shown to follow: the meeting plan has it attached, "
                                 "but no cover sheet for it is in the folder")
    return row


def _bare_row(planned: PlanItem, folder: Path, contents: PackContents, private: bool, options: CheckOptions, profile=None) -> Row:
    """The row of a planned item whose paper the plan names but that has no cover sheet
    (minutes, an action log, slides, a deputation, a chair's report): the paper packed as it
    is, with the pack's footer, bookmark and agenda row.

    The public pack takes it only on the plan's `confidential = false` (the secretary's word,
    as a cover sheet's would be) and, for a Word paper holding a cover sheet of its own, that
    sheet's public answer too. Without the key it may be the body of a draft whose cover
    sheet has not come, which may be confidential: shown "To follow", and said how to publish
    it as it is. `confidential = true` is a row taken in private with its exemption."""
    title = planned.title
    shown = planned.format if planned.format is ItemFormat.PRESENTATION else ItemFormat.ATTACHED
    row = Row(item=planned.item, title=title, owner=planned.owner, action=planned.action, format=shown.value,
              description=planned.description, in_private=planned.confidential is True)
    path = _planned_document(planned, "paper", planned.paper, folder, contents, bare=True)
    if path is None:
        return row
    paper = Paper(path, _label(path, folder), None, None)
    _attach(paper, planned, folder, contents, bare=True)
    if not private:
        if planned.confidential is True:
            return _private_row(planned.item, None, profile, reason=planned.confidential_reason or "not stated")
        if planned.confidential is None:
            row.format = ItemFormat.TO_FOLLOW.value
            contents.warnings.append(f"item {planned.item} ({title}) is shown to follow: the meeting plan names its paper but no "
                                     "cover sheet for it is in the folder; to publish the paper as it is (minutes, slides), "
                                     "say confidential = false in its plan item")
            return row
        answer = body_answer(path, paper.label, options.config, budget=options.time_budget) if path.suffix.lower() == ".docx" else None
        if answer is not None and not decide([answer], profile).public:
            why = decide([answer], profile).why or f"{answer.source} does not say it is public"
            contents.warnings.append(f"item {planned.item} ({title}) is taken in the private session, not in the public pack: {why}")
            return _private_row(planned.item, None, profile)
    row.paper = paper
    return row


def _attach(paper: Paper, planned: PlanItem | None, folder: Path, contents: PackContents, *, bare: bool = False) -> None:
    """The body (for a draft) and appendices the plan names for the paper's item."""
    if planned is None:
        return
    if planned.paper and not bare:
        if paper.path.suffix.lower() == ".docx":
            contents.problems.append(f"item {planned.item}: the plan names a paper ({planned.paper}) but {paper.label} is a Word document with its own body")
        else:
            paper.body = _planned_document(planned, "paper", planned.paper, folder, contents)
    for name in planned.appendices:
        appendix = _planned_document(planned, "appendices entry", name, folder, contents)
        if appendix is not None:
            paper.appendices.append(appendix)


_KINDS = {"paper": (".docx", "is not a Word document (.docx)"), "appendices entry": (".pdf", "is not a PDF")}


def _planned_document(planned: PlanItem, key: str, name: str, folder: Path, contents: PackContents, *,
                      bare: bool = False) -> Path | None:
    """The body or appendix the plan names, or None with the problem said, naming the plan's key:
    outside the folder, missing, not a file, or not of its kind (a body is .docx, an appendix
    .pdf; a paper with no cover sheet either)."""
    suffix, not_kind = _KINDS[key]
    try:
        path = plan_document(folder, name)
    except ValueError as exc:
        contents.problems.append(f"item {planned.item}: the meeting plan's {key} {name!r} {exc}")
        return None
    if bare and path.suffix.lower() in (".docx", ".pdf"):
        return path
    if path.suffix.lower() != suffix:
        if bare:
            not_kind = "is neither a Word document (.docx) nor a PDF"
        contents.problems.append(f"item {planned.item}: the meeting plan's {key} {name!r} {not_kind} ({path})")
        return None
    return path


def _item_problems(papers: list[Paper], contents: PackContents) -> None:
    by_item: dict[str, list[Paper]] = defaultdict(list)
    for paper in papers:
        item = (paper.sheet.agenda_item or "").strip()
        if not item:
            contents.problems.append(f"{paper.label}: the cover sheet gives no agenda item")
        else:
            by_item[item.casefold()].append(paper)
    for same in by_item.values():
        if len(same) > 1:
            names = ", ".join(p.label for p in same)
            contents.problems.append(f"{len(same)} papers have agenda item {same[0].sheet.agenda_item}: {names}")


def _place_sections(rows: list[Row], plan: MeetingPlan) -> None:
    """Put each section heading on the first row at or after the item it starts from."""
    for section in plan.sections:
        start = agenda_key(section.start)
        for row in rows:
            if agenda_key(row.item) >= start:
                if row.section is None:
                    row.section = section.title
                break


def _most_common(values):
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts.items(), key=lambda pair: (-pair[1], str(pair[0])))[0]


def _label(path: Path, folder: Path) -> str:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return path.as_posix()

