"""The board's settings (`coversheet.toml`), as Pydantic models: what a board can set.

Unknown keys are refused so that a typo never silently falls back to a default. Finding and
reading the file is `coversheet.config.files`; rule names are checked against the rule
registry where configuration is loaded for a check (`coversheet.run.configuration`, the one
factory every command builds a configuration with).

A `BoardConfig` is never changed once built (it is frozen): its profile, resolved where the
configuration was read (relative files, `extends`), is one of its fields.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from coversheet.config.patterns import checked_pattern
from coversheet.config.profile import Profile, default_profile, load_profile
from coversheet.findings import Severity


class RuleSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    select: list[str] | None = Field(
        None, description="Only these rules (codes or names); all rules when absent."
    )
    ignore: list[str] = Field(default_factory=list, description="Rules to switch off (codes or names).")
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="Severity overrides, e.g. {CS103 = \"error\"}."
    )


# As boards write them: "NHS", "L&SC", and in mixed case "EqIA", "LeDeR", "CoSRR", "ReSPECT".
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&]{1,7}")


class AskVerbs(BaseModel):
    """Verbs that state an ask, by purpose category, added to those shipped with coversheet."""

    model_config = ConfigDict(extra="forbid")

    approval: list[str] = Field(default_factory=list, description="Verbs asking for approval, e.g. ratify.")
    endorsement: list[str] = Field(default_factory=list, description="Verbs asking for endorsement, e.g. support.")
    discussion: list[str] = Field(default_factory=list, description="Verbs asking for discussion, e.g. consider.")
    assurance: list[str] = Field(default_factory=list, description="Verbs asking the board to take assurance.")
    information: list[str] = Field(default_factory=list, description="Verbs asking the board to note, e.g. receive.")
    other: list[str] = Field(default_factory=list, description="Verbs stating an ask of no one purpose, e.g. appoint.")

    @field_validator("*")
    @classmethod
    def _plain_words(cls, value: list[str]) -> list[str]:
        words = [" ".join(verb.lower().split()) for verb in value]
        for verb in words:
            if not re.fullmatch(r"[a-z][a-z' -]*", verb):
                raise ValueError(f"'{verb}' is not a verb in plain words (e.g. approve, sign off)")
        return words


class BoardConfig(BaseModel):
    """Everything a board can set about its cover sheet and its checks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    board: str | None = Field(None, description="The board's name, e.g. ICS Board.")
    # The profile in effect, always: the default one (ics-board-2020) when none is named.
    # coversheet.toml names it (a shipped name, a file beside it) or holds it (a table); the
    # factory (`coversheet.config.files`) resolves that into this Profile.
    profile: Profile = Field(
        default_factory=default_profile,
        description=(
            "The board's cover sheet: a shipped profile (ics-board-2020, the default; nhs-icb; "
            "council-scrutiny), a profile file beside coversheet.toml (our-board.toml), or the "
            "profile itself as a [profile] table."
        ),
    )
    implications: list[str] = Field(
        default_factory=list,
        description="Impact assessments the board asks for beyond quality, equality, privacy, financial.",
    )
    deadline_working_days: int = Field(
        5, ge=0, le=60, description="Papers are due this many working days before the meeting."
    )
    summary_word_limit: int = Field(250, ge=1, description="Most words in the executive summary.")
    max_recommendations: int = Field(5, ge=1, description="Most recommendations before a warning.")
    title_max_chars: int = Field(150, ge=1, description="Longest title before a warning.")
    risk_reference_pattern: str | None = Field(
        None, description="Regular expression every risk register reference must match, e.g. ^[A-Z]{2,4}-\\d{2,3}$."
    )
    meetings: list[dt.date] = Field(default_factory=list, description="The board's meeting dates.")
    submitted_from: Literal["none", "mtime"] = Field(
        "none", description="Where a Word paper's submission time comes from when it has no submitted_on."
    )
    glossary: dict[str, str] = Field(
        default_factory=dict,
        description=(
            "The board's own acronyms and their expansions, added to the NHS and local-government "
            'glossary shipped with coversheet, e.g. {SLE = "System Leadership Executive"}.'
        ),
    )
    max_sentence_words: int = Field(40, ge=1, description="Longest sentence in the executive summary, in words.")
    min_reading_ease: float = Field(
        30,
        description=(
            "Flesch reading ease (100 easy, 30 and below very difficult) under which the executive "
            "summary is reported as hard to read."
        ),
    )
    ask_verbs: AskVerbs = Field(
        default_factory=AskVerbs,
        description="Verbs that state an ask, by purpose category, added to the shipped ones.",
    )
    rules: RuleSettings = Field(default_factory=RuleSettings)
    # The `[pack]` table as written; `meeting_plan` is it validated. Kept raw here so that a
    # check, which never packs, does not build the meeting plan's models (see BENCHMARKS.md,
    # start-up); `read_config_file` validates it as it reads the file, so a mistake in it is
    # still reported when the configuration is read. The JSON Schema documents it in full.
    pack: dict[str, Any] = Field(
        default_factory=dict, description="The meeting plan for `coversheet pack`: time, place, sections, items without papers."
    )

    _plan: Any = PrivateAttr(None)  # the meeting plan validated, once (derived, never changed)

    @property
    def meeting_plan(self):
        """`[pack]` as a `MeetingPlan` (raises pydantic's `ValidationError` when it is wrong)."""
        if self._plan is None:
            from coversheet.config.meeting_plan import MeetingPlan

            self._plan = MeetingPlan.model_validate(self.pack)
        return self._plan

    @property
    def custom_profile(self) -> Profile | None:
        """The board's own form: its profile, or None on the default sheet (ics-board-2020),
        which is read by the legacy reader, drawn from the template and named in the standard
        words, exactly as before profiles existed."""
        return None if self.profile.default else self.profile

    @field_validator("profile", mode="before")
    @classmethod
    def _a_profile(cls, value: Any) -> Any:
        # Built in Python (`BoardConfig(profile="nhs-icb")`): a name, a file relative to the
        # working folder, or a table. Files beside a coversheet.toml are resolved by the factory.
        if value is None:
            return default_profile()
        if isinstance(value, (str, dict)):
            return load_profile(value)
        return value

    @field_validator("glossary")
    @classmethod
    def _acronyms(cls, value: dict[str, str]) -> dict[str, str]:
        for acronym in value:
            if not _ACRONYM.fullmatch(acronym):
                raise ValueError(
                    f"'{acronym}' is not an acronym the checks look for "
                    "(2-8 letters, digits or &, starting with a capital and with at least two capitals: "
                    "NHS, L&SC, EqIA, LeDeR)"
                )
        return value

    @field_validator("risk_reference_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        return checked_pattern(value)

    @field_validator("implications")
    @classmethod
    def _snake_case(cls, value: list[str]) -> list[str]:
        for name in value:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                raise ValueError(f"'{name}' is not a key name (lower_snake_case)")
        return value


DEFAULT_CONFIG = BoardConfig()
