"""The cover sheet that fronts a paper to the board, as Pydantic models.

Every field is optional because an absent or null key means "not answered": that is a
finding for the rules to report, not a reason to refuse the draft. An empty list, or text
such as "None identified", is an answer ("nothing to report"). Types and closed
vocabularies are enforced here; completeness and governance rules live in `coversheet.rules`.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from coversheet.model.answers import CategoryField, OptionalAnswer
from coversheet.model.spellings import AlsoAccepts, BlankRows, any_case
from coversheet.model.types import OptionalDate, OptionalDateOrMonth, OptionalText, Text


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


_TRUE_WORDS = ("yes", "y", "true")
_FALSE_WORDS = ("no", "n", "false")
# Pydantic's own reading of a bool takes these too, exactly as written (no spaces around).
_PYDANTIC_BOOL_WORDS = ("on", "off", "t", "f", "1", "0")


def _yes_no_flag(value: Any) -> Any:
    """`confidential: yes` is a string in YAML 1.2; read it as the flag it means."""
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        if not word:
            return None
    return value


_FLAG_ALTERNATIVES = AlsoAccepts((
    {
        "type": "string",
        "pattern": "^(?:\\s*(?:{})?\\s*|{})$".format(
            "|".join(any_case(w) for w in _TRUE_WORDS + _FALSE_WORDS),
            "|".join(any_case(w) for w in _PYDANTIC_BOOL_WORDS),
        ),
        "description": "Also accepted, in any case: yes / no, y / n, on / off, t / f, 1 / 0; blank is not answered.",
    },
    {"enum": [0, 1], "description": "1 is true, 0 is false."},
))
Flag = Annotated[bool | None, BeforeValidator(_yes_no_flag), _FLAG_ALTERNATIVES]
# A list whose blank rows (`- ` with nothing filled in) are dropped, not refused.
Rows = BlankRows()


class Person(_Strict):
    """Someone named on the sheet: a presenter, an author, a contributor or the sponsor."""

    name: OptionalText = Field(None, description="The person's name as the board knows them.")
    role: OptionalText = Field(None, description="Job title or role; null when not given.")


class Purpose(_Strict):
    """What the board is asked to do with the paper."""

    categories: list[CategoryField] | None = Field(
        None,
        description=(
            "Any of approval, endorsement, discussion, assurance, information. "
            '"For noting" is information; "for decision" is approval.'
        ),
    )
    text: OptionalText = Field(None, description="The purpose in the author's words.")


class GovernanceEntry(_Strict):
    """Another forum that discussed the paper before it came to the board."""

    forum: OptionalText = Field(None, description="The committee or group, e.g. Finance Advisory Committee.")
    date: OptionalDateOrMonth = Field(
        None, description="When it met (YYYY-MM-DD; YYYY-MM when only the month is known)."
    )
    outcome: OptionalText = Field(None, description="What that forum decided or advised.")


class Implication(_Strict):
    """One impact assessment: was it completed (yes / no / n/a), and why not or where."""

    answer: OptionalAnswer = Field(None, description="yes, no or n/a.")
    note: OptionalText = Field(
        None, description="Where the assessment is (for yes) or why there is none (for no / n/a)."
    )


class Implications(BaseModel):
    """The impact assessments the board expects. A board may configure more (extra keys)."""

    model_config = ConfigDict(extra="allow", validate_default=True)
    # Board-configured implications (health_inequalities, sustainability, ...) are extra keys
    # of the same shape; `coversheet.run.one_file` reports keys the board has not configured.
    __pydantic_extra__: dict[str, Implication | None] = Field(init=False)

    quality: Implication | None = Field(None, description="Quality impact assessment.")
    equality: Implication | None = Field(
        None, description="Equality impact assessment (public sector equality duty)."
    )
    privacy: Implication | None = Field(None, description="Privacy / data protection impact assessment.")
    financial: Implication | None = Field(None, description="Financial impact assessment.")

    def items(self) -> list[tuple[str, Implication | None]]:
        """Every implication, standard ones first, then the board's own."""
        standard = [(name, getattr(self, name)) for name in type(self).model_fields]
        return standard + list((self.model_extra or {}).items())


class RiskReference(_Strict):
    """A risk on the register that the paper bears on."""

    id: OptionalText = Field(None, description="The risk register reference, e.g. FIN-07.")
    description: OptionalText = Field(None, description="The risk in one line.")


class Risks(_Strict):
    """Risks associated with the paper and whether they are on the risk register."""

    associated: OptionalAnswer = Field(None, description="Are there risks associated with this paper? yes, no or n/a.")
    on_register: OptionalAnswer = Field(None, description="Are they on the risk register? yes, no or n/a.")
    references: Annotated[list[RiskReference] | None, Rows] = Field(
        None, description="Each associated risk with its register reference; required when associated is yes."
    )
    note: OptionalText = Field(None, description="Anything else said about risks that is not a reference.")


class CoverSheet(_Strict):
    """The cover sheet of one paper to the board."""

    board: OptionalText = Field(None, description="The board or committee the paper goes to, e.g. ICS Board.")
    organisation: OptionalText = Field(None, description="The organisation the board belongs to.")
    meeting_date: OptionalDate = Field(None, description='Date of the meeting (YYYY-MM-DD); "December 2020" is not a date.')
    agenda_item: OptionalText = Field(None, description='The agenda item, as a string: "7", "9.1", "12b".')
    title: OptionalText = Field(None, description="Title of the paper.")
    presented_by: Annotated[list[Person] | None, Rows] = Field(None, description="Who presents the paper to the board.")
    authors: Annotated[list[Person] | None, Rows] = Field(None, description="Who wrote the paper.")
    contributors: Annotated[list[Person] | None, Rows] = Field(None, description="Others who contributed; [] for none.")
    sponsor: Person | None = Field(None, description="Executive sponsor / lead director who signed the paper off.")
    submitted_on: OptionalDate = Field(None, description="When the paper reached the board secretary (YYYY-MM-DD).")
    confidential: Flag = Field(None, description="Is the paper confidential (not for publication)?")
    confidential_reason: OptionalText = Field(
        None, description="The exemption relied on; required when confidential is true."
    )
    purpose: Purpose | None = Field(None, description="What the board is asked to do with the paper.")
    executive_summary: OptionalText = Field(None, description="The paper in a few sentences.")
    recommendations: Annotated[list[Text] | None, Rows] = Field(None, description='What the board is asked to do, one ask per item ("The Board is asked to ...").')
    governance: Annotated[list[GovernanceEntry] | None, Rows] = Field(
        None, description="Other forums that discussed this paper (forum, date, outcome); [] for none."
    )
    conflicts_of_interest: OptionalText = Field(
        None, description='Conflicts of interest identified; "None identified" is an answer.'
    )
    implications: Implications | None = Field(None, description="Impact assessments: yes / no / n/a each.")
    risks: Risks | None = Field(None, description="Associated risks and their register references.")

    @model_validator(mode="before")
    @classmethod
    def _drop_blank_entries(cls, data: Any) -> Any:
        """Blank rows left from a template are no entries.

        A list whose entries are all blank (`- name:` with nothing filled in) was not
        answered, so it becomes null; blank entries beside real ones are dropped. An empty
        list `[]` stays the answer "none".
        """
        if not isinstance(data, dict):
            return data
        cleaned = dict(data)
        for key in ("presented_by", "authors", "contributors", "recommendations", "governance"):
            cleaned[key] = _without_blanks(cleaned.get(key))
        risks = cleaned.get("risks")
        if isinstance(risks, dict) and "references" in risks:
            cleaned["risks"] = {**risks, "references": _without_blanks(risks["references"])}
        return {k: v for k, v in cleaned.items() if k in data or v is not None}


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, dict):
        return all(_blank(v) for v in value.values())
    return False


def _without_blanks(value: Any) -> Any:
    if not isinstance(value, list) or not value:
        return value
    kept = [item for item in value if not _blank(item)]
    return kept or None


def schema() -> dict[str, Any]:
    """The JSON Schema of a draft, as `coversheet schema` prints it."""
    document = CoverSheet.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["$id"] = "https://coversheet.invalid/schemas/coversheet.schema.json"
    return document


__all__ = [
    "CoverSheet",
    "GovernanceEntry",
    "Implication",
    "Implications",
    "Person",
    "Purpose",
    "RiskReference",
    "Risks",
    "schema",
]
