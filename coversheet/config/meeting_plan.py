"""The meeting plan: what the agenda holds besides the papers.

Cover sheets give the attached papers; the board's plan adds what has no paper: section
headings ("Routine Items of Business"), routine items (Welcome, Declarations of Interest,
Minutes), verbal items, presentations and papers "to follow", and the meeting's time and
place for the front page. It lives in `coversheet.toml` under `[pack]`, or in a TOML file
that `[pack] plan = "..."` names (relative to the coversheet.toml), or in the file given with
`coversheet pack --plan`:

    [pack]
    time = "10:00 - 12:30"
    place = "Preston Business Centre, Watling Street Road, Preston"
    supplement_pages = "continue"   # a supplement numbers on from the main pack; or "own"

    [[pack.sections]]
    title = "Routine Items of Business"
    from = "1"                      # the section starts at this agenda item

    [[pack.items]]
    item = "1"
    title = "Welcome, Introductions and Apologies"
    owner = "Chair"
    action = "Note"
    format = "Verbal"
"""

from __future__ import annotations

import os
import re
from enum import Enum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator


class ItemFormat(str, Enum):
    """How an item comes to the meeting, as the agenda's Format column says it."""

    ATTACHED = "Attached"
    VERBAL = "Verbal"
    PRESENTATION = "Presentation"
    TO_FOLLOW = "To follow"


class SupplementPages(str, Enum):
    """How a supplementary pack (papers added after the main pack) numbers its pages."""

    CONTINUE = "continue"
    OWN = "own"


class PlanItem(BaseModel):
    """An agenda item with no paper in the folder (or extra facts about one that has)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    item: str = Field(description='The agenda item, as a string: "1", "9.1", "12b".')
    title: str = Field(description="What the agenda says, e.g. Declarations of Interest.")
    owner: str = Field("", description="Who leads the item, e.g. Chair.")
    action: str = Field("", description="What the board does: Note, Approve, Discuss, ...")
    format: ItemFormat = Field(ItemFormat.VERBAL, description="Attached, Verbal, Presentation or To follow.")
    paper: str | None = Field(
        None,
        description="For a draft: the Word file (.docx) of the paper's body, relative to the papers folder. "
        "For an item with no cover sheet (minutes, an action log, slides, a deputation): the paper itself, "
        ".docx or .pdf, packed as it is.",
    )
    appendices: list[str] = Field(
        default_factory=list, description="PDF appendices packed after the paper, relative to the papers folder."
    )
    description: str | None = Field(
        None, description='One line under the title on the agenda, e.g. "To receive a report on the month 7 position".'
    )
    confidential: bool | None = Field(
        None,
        description="For a paper with no cover sheet: false puts it in the public pack, true keeps it to the private "
        "session's; not given, it is kept out of the public pack (the pack fails closed).",
    )
    confidential_reason: str | None = Field(
        None, description="For a confidential paper with no cover sheet: the exemption relied on, as its agenda row says it."
    )

    @field_validator("item", "title")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("must not be blank")
        return value


class PlanSection(BaseModel):
    """A section heading row of the agenda, starting at an agenda item."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    title: str = Field(description="The heading, e.g. Routine Items of Business.")
    start: str = Field(alias="from", description="The first agenda item of the section.")


class MeetingPlan(BaseModel):
    """The board's plan for one meeting: front-page details, sections and items without papers."""

    model_config = ConfigDict(extra="forbid")

    plan: str | None = Field(None, description="A TOML file (relative to coversheet.toml) holding this plan instead.")
    title: str | None = Field(None, description='The meeting, e.g. "Meeting in Public" (default: "Meeting").')
    private_title: str | None = Field(
        None,
        description='The private session, as its pack is titled, e.g. "Meeting in Private" '
        '(default: the title, with "in Public" made "in Private").',
    )
    time: str | None = Field(None, description="When the meeting starts (and ends), as the front page shows it.")
    place: str | None = Field(None, description="Where the meeting is held.")
    published: str | None = Field(None, description='When the pack is published, as its front page says it, e.g. "25 November 2020".')
    webcast: str | None = Field(None, description="Where the meeting can be watched (a web address), for the front page.")
    membership: list[str] = Field(default_factory=list, description="The members, one a line, for the front page.")
    quorum: str | None = Field(None, description='What makes the meeting quorate, e.g. "Four members, including two non-executives".')
    contact: str | None = Field(None, description="The clerk or board secretary to ask about the meeting: name, email, telephone.")
    next_meeting: str | None = Field(None, description='The next meeting\'s date, time and place, e.g. "Wednesday 3 February 2021, 10:00, Preston".')
    exclusion: str | None = Field(
        None,
        description="The resolution to exclude the press and public, printed on the agenda before the first item taken in "
        "private, with the exemption paragraph it relies on.",
    )
    supplement_pages: SupplementPages = Field(
        SupplementPages.CONTINUE,
        description='A supplementary pack\'s page numbers: "continue" from where the main pack ended, or "own" (from 1).',
    )
    sections: list[PlanSection] = Field(default_factory=list, description="Section heading rows of the agenda.")
    items: list[PlanItem] = Field(default_factory=list, description="Routine, verbal and to-follow items, and bodies of drafts.")

    def title_for(self, private: bool) -> str:
        """The meeting as a pack titles it: a private session's pack never says "in Public"."""
        title = self.title or "Meeting"
        if private:
            return self.private_title or re.sub(r"\bin public\b", "in Private", title, flags=re.IGNORECASE)
        return title

    def published_facts(self) -> list[tuple[str, str]]:
        """What published packs print on their front page after the date, time and place, as given."""
        facts = [("Webcast", self.webcast), ("Published", self.published), ("Quorum", self.quorum),
                 ("Contact", self.contact), ("Next meeting", self.next_meeting)]
        return [(name, value) for name, value in facts if value]

    def item(self, number: str | None) -> PlanItem | None:
        key = (number or "").strip().casefold()
        return next((i for i in self.items if i.item.casefold() == key), None)


def load_plan_file(path: Path) -> MeetingPlan:
    """A meeting plan from its own TOML file (the keys of `[pack]`, at the top level or under it).

    Raises `ConfigError` naming the file and the problem.
    """
    from pydantic import ValidationError

    from coversheet.config.reading import read_toml
    from coversheet.errors import ConfigError

    data = read_toml(path, "meeting plan")
    data = data.get("pack", data)
    try:
        plan = MeetingPlan.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "(top)"
        raise ConfigError(f"{path}: {where}: {error['msg']}") from None
    if plan.plan:
        raise ConfigError(f"{path}: a meeting plan file cannot name another plan")
    return plan


def plan_in_effect(board, folder: Path, *, chosen_config: bool = False) -> MeetingPlan:
    """The meeting plan `board` (a `BoardConfig`) gives the papers in `folder`: its `[pack]`,
    or the file its `plan` names, relative to the coversheet.toml that applies (to `folder`
    when the configuration was chosen with --config). Raises `ConfigError`."""
    from coversheet.config.locate import nearest_config_file

    plan = board.meeting_plan
    if not plan.plan:
        return plan
    base = None if chosen_config else nearest_config_file(Path(folder).resolve())
    where = base.parent if base is not None else Path(folder)
    return load_plan_file(where / plan.plan)


def documents_named(plan: MeetingPlan, folder: Path, *, appendices: bool = True) -> set[Path]:
    """The bodies and (unless not `appendices`) appendices the plan names, as resolved paths
    under `folder`: parts of papers, not papers, so a check of the folder passes over them as
    the pack does."""
    named = set()
    for item in plan.items:
        for name in ([item.paper] if item.paper else []) + (item.appendices if appendices else []):
            resolved = _resolved(Path(folder) / name)
            if resolved is not None:
                named.add(resolved)
    return named


def plan_document(folder: Path, name: str) -> Path:
    """The file a plan's `paper` or `appendices` entry names: `folder / name`.

    Raises `ValueError` saying, after the name, why it cannot be packed: it lies outside the
    folder once resolved (an absolute path, `../`, a link pointing out: what `check` refuses
    in a folder, the pack refuses in a plan), does not exist, or is a folder, a device or a
    FIFO (which would block the pack) rather than a file.
    """
    import stat

    from coversheet.outputs import file_kind

    path = Path(folder) / name
    target, root = _resolved(path), _resolved(Path(folder))
    if target is None or root is None:
        raise ValueError(f"cannot be a file name ({path!r})")
    if target != root and root not in target.parents:
        raise ValueError(f"is outside the meeting's folder {root} (it leads to {target}): put the file itself in the folder")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        raise ValueError(f"does not exist ({path})") from None
    except OSError as exc:
        raise ValueError(f"cannot be read ({path}: {exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        raise ValueError(f"is {file_kind(mode)}, not a file ({path})")
    return path


def _resolved(path: Path) -> Path | None:
    """`path` made absolute with every link followed; None for a name no file can have (a NUL in it)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return None
