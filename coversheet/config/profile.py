"""A board profile: the board's own cover sheet, described as data.

A profile says which of the standard questions the board asks (in the board's order and
words), the board's own questions (each with a name, labels, help, whether it is required and
its kind), the board's words for purposes and for confidentiality, and settings (limits and
rules) that `coversheet.toml` may override. Three profiles ship with coversheet
(`coversheet/data/profiles/*.toml`); `ics-board-2020` is the default and changes nothing.

A profile is chosen in `coversheet.toml` with `profile = "nhs-icb"` (a shipped profile), or
`profile = "our-board.toml"` (a file beside coversheet.toml), or written inline as a
`[profile]` table. A profile may `extends` another: it then adds questions to it (a question
of the same name or field replaces the inherited one), `drop`s some, and relabels others with
`labels`. Everything the rest of coversheet needs from a profile is on `Profile`.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from coversheet.config.kinds import OWN_QUESTIONS_KEY, Kind
from coversheet.config.patterns import checked_pattern
from coversheet.config.reading import read_toml
from coversheet.errors import ConfigError
from coversheet.model.answers import PurposeCategory
from coversheet.resources import data_path

DEFAULT_PROFILE_NAME = "ics-board-2020"
_KEY = re.compile(r"[a-z][a-z0-9_]*")


# The standard questions a profile may ask: the draft path each answers, its kind (as in
# `coversheet profile show`) and the words of the 2020 ICS Board sheet.
STANDARD_QUESTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "board": ("text", ("Board",)),
    "organisation": ("text", ("Organisation",)),
    "meeting_date": ("date", ("Date of Meeting",)),
    "title": ("text", ("Title of Paper",)),
    "presented_by": ("people", ("Presented By",)),
    "authors": ("people", ("Author",)),
    "contributors": ("people", ("Contributor/s",)),
    "sponsor": ("person", ("Executive sponsor",)),
    "agenda_item": ("text", ("Agenda Item",)),
    "submitted_on": ("date", ("Submitted on",)),
    "confidential": ("yes_no", ("Confidential",)),
    "purpose": ("purpose", ("Purpose of the Paper",)),
    "executive_summary": ("text", ("Executive summary",)),
    "recommendations": ("list", ("Recommendations",)),
    "governance": ("governance", ("Governance and Reporting",)),
    "conflicts_of_interest": ("text", ("Conflicts of Interest Identified",)),
    "implications.quality": ("yes_no_na", ("Quality Impact Assessment Completed",)),
    "implications.equality": ("yes_no_na", ("Equality Impact Assessment Completed",)),
    "implications.privacy": ("yes_no_na", ("Privacy Impact Assessment Completed",)),
    "implications.financial": ("yes_no_na", ("Financial Impact Assessment Completed",)),
    "risks": ("risks", ("Associated Risks",)),
}
# What CS101 requires when the profile does not say (the 2020 sheet's required questions).
STANDARD_REQUIRED = (
    "title",
    "meeting_date",
    "agenda_item",
    "presented_by",
    "authors",
    "purpose",
    "executive_summary",
    "recommendations",
)


HISTORY_PARTS = ("forum", "date", "outcome")
_DATE_WORDS = re.compile(r"\b(dates?|when)\b", re.I)
_OUTCOME_WORDS = re.compile(r"\b(outcome|result|decision|recommendation|view|comments?|feedback|said|supported|agreed)", re.I)


def history_parts_named(printed: str) -> tuple[str, ...] | None:
    """The parts of a history entry that a form's words for the history name: the forum, with
    the date and the outcome when named; None when they name neither (a bare "History")."""
    date, outcome = bool(_DATE_WORDS.search(printed)), bool(_OUTCOME_WORDS.search(printed))
    if not date and not outcome:
        return None
    return ("forum",) + (("date",) if date else ()) + (("outcome",) if outcome else ())


_PEOPLE_FIELDS = ("presented_by", "authors", "contributors", "sponsor")  # whose `named` may be false


class Question(BaseModel):
    """One question on the board's sheet: a standard one (`field`) or the board's own (`name`)."""

    model_config = ConfigDict(extra="forbid")

    field: str | None = Field(
        None, description="A standard question this entry asks (e.g. title, implications.equality); omit for the board's own."
    )
    name: str | None = Field(
        None, description="The board's own question: its key in the draft, lower_snake_case (e.g. strategic_objectives)."
    )
    labels: list[str] = Field(
        default_factory=list,
        description="The board's wording of the question, first the one printed; the others are read too.",
    )
    help: str | None = Field(None, description="What to write, as the form and the draft explain it.")
    required: bool = Field(False, description="Must every paper answer it? (the board's own questions)")
    kind: Kind | None = Field(
        None, description="The board's own question's kind: text, list, yes_no_na, choice, references, date or person."
    )
    options: list[str] | None = Field(None, description="For kind choice: the board's options.")
    multiple: bool | None = Field(
        None, description="For kind choice and for the purpose: may several options be chosen? A choice takes one "
        "unless this is true; the purpose takes several unless this is false (\"tick one box only\"). Where one is "
        "asked and two are ticked, the answer is reported as not clear (CS004).")
    pattern: str | None = Field(None, description="For kind references: a regular expression each reference must match, e.g. ^BAF \\d+\\.\\d+$.")
    section: str | None = Field(None, description="The heading the question is printed under on the board's sheet.")
    line: int | None = Field(
        None, ge=1, le=10, description="Answered by an unlabelled line at the top of the sheet, counted from 1 (a council "
        "report's committee, meeting date and title printed as lines without labels); its labels are still read elsewhere.")
    details: list[str] | None = Field(
        None, description='For a Yes / No / N/A question: the labels of the row below it that holds the answer\'s '
        'explanation, e.g. ["Details/Findings"] (rows labelled Details, Findings or Comments are read so anyway).')
    named: bool = Field(
        True, description="For the people a paper names (presented_by, authors, contributors, sponsor): false when "
        "the form asks for a post, not a person (\"Report of the Director of Public Health\"), so a post with no "
        "name is a full answer (by default a post alone is reported: CS101).")
    parts: list[Literal["forum", "date", "outcome"]] | None = Field(
        None, description='For the governance history (field = "governance"): the parts of each entry the form asks, '
        'e.g. ["forum", "date"] for a form that asks no outcome (default: the parts its labels and help name, '
        '"with dates" asking forum and date; forum, date and outcome when they name none).')

    @property
    def asked_parts(self) -> tuple[str, ...]:
        """The parts of a history entry the board's form asks: `parts` when the profile gives
        them; else those its printed words name ("List the committees ... with dates": forum
        and date), so a paper is not sent back for an outcome the form never asked; else all three."""
        if self.parts:
            return tuple(self.parts)
        return history_parts_named(" ".join([*self.labels, self.help or ""])) or HISTORY_PARTS

    @field_validator("labels")
    @classmethod
    def _labels(cls, value: list[str]) -> list[str]:
        labels = [" ".join(label.split()) for label in value]
        if any(not label for label in labels):
            raise ValueError("a label is empty")
        return labels

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        return checked_pattern(value)

    @model_validator(mode="after")
    def _complete(self) -> Question:
        if (self.field is None) == (self.name is None):
            raise ValueError("give either `field` (a standard question) or `name` (the board's own question)")
        if self.field is not None:
            if self.field not in STANDARD_QUESTIONS:
                raise _at(("field",), f"'{self.field}' is not a standard question ({', '.join(STANDARD_QUESTIONS)})")
            if self.parts is not None and self.field != "governance":
                raise _at(("parts",), "parts are for the governance history (field = \"governance\")")
            if self.kind is not None or self.options is not None or self.pattern is not None:
                raise _at(("kind",), f"the standard question '{self.field}' has its own kind; kind, options and pattern are for the board's own questions")
            if not self.named and self.field not in _PEOPLE_FIELDS:
                raise _at(("named",), f"named is for the people a paper names ({', '.join(_PEOPLE_FIELDS)}), not '{self.field}'")
            if self.multiple is not None and self.field != "purpose":
                raise _at(("multiple",), f"multiple is for the purpose and the board's own choices, not '{self.field}'")
            return self
        if self.parts is not None:
            raise _at(("parts",), "parts are for the governance history (field = \"governance\")")
        if not self.named:
            raise _at(("named",), f"named is for the people a paper names ({', '.join(_PEOPLE_FIELDS)}), not the board's own questions")
        if not _KEY.fullmatch(self.name):
            raise _at(("name",), f"'{self.name}' is not a key name (lower_snake_case, e.g. strategic_objectives)")
        if self.name in STANDARD_QUESTIONS:
            # Under `extends` a question replaces the inherited one of the same key, so an own
            # question named `risks` would silently take the place of the standard risks
            # question (two blind builders' profiles did): say so instead.
            raise _at(("name",), f"'{self.name}' is a standard question: write field = \"{self.name}\" to ask it in "
                      f"the board's words, or give the board's own question another name (e.g. board_{self.name})")
        if not self.labels:
            raise _at(("labels",), f"the question '{self.name}' needs at least one label")
        if self.kind is None:
            raise _at(("kind",), f"the question '{self.name}' needs a kind ({', '.join(k.value for k in Kind)})")
        if self.kind is Kind.CHOICE:
            if not self.options:
                raise _at(("options",), f"the choice '{self.name}' needs a non-empty list of options")
        elif self.options is not None or self.multiple:
            raise _at(("options",), f"options and multiple are for kind choice, not {self.kind.value}")
        if self.pattern is not None and self.kind is not Kind.REFERENCES:
            raise _at(("pattern",), f"pattern is for kind references, not {self.kind.value}")
        return self

    @property
    def key(self) -> str:
        """The standard field, or the board's own question's name."""
        return self.field or self.name

    @property
    def path(self) -> str:
        """The question's dotted path in a draft (`title`, `questions.strategic_objectives`)."""
        return self.field or f"{OWN_QUESTIONS_KEY}.{self.name}"

    @property
    def own(self) -> bool:
        return self.name is not None

    @property
    def label(self) -> str:
        """The label printed on the board's sheet."""
        if self.labels:
            return self.labels[0]
        return STANDARD_QUESTIONS[self.field][1][0]

    @property
    def all_labels(self) -> list[str]:
        return self.labels or list(STANDARD_QUESTIONS[self.field][1])

    @property
    def kind_name(self) -> str:
        if self.kind is not None:
            return f"{self.kind.value} (multiple)" if self.multiple else self.kind.value
        return STANDARD_QUESTIONS[self.field][0]


class Confidentiality(BaseModel):
    """The board's words for a paper in public and in private."""

    model_config = ConfigDict(extra="forbid")

    public: str = Field("Public", description='The word for a paper in public, e.g. "Public" or "Part I".')
    private: str = Field("Private", description='The word for a confidential paper, e.g. "Private" or "Part II".')
    reason_label: str = Field(
        "Reason for confidentiality", description='The label of the row where a private paper\'s exemption is written, '
        'e.g. "Exempt by virtue of paragraph" (not the public/private question\'s own label).'
    )

    @field_validator("reason_label")
    @classmethod
    def _a_label(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a label is empty")
        return value


_DEFAULT_PURPOSES = {
    "Approval": PurposeCategory.APPROVAL,
    "Endorsement": PurposeCategory.ENDORSEMENT,
    "Discussion": PurposeCategory.DISCUSSION,
    "Assurance": PurposeCategory.ASSURANCE,
    "Information": PurposeCategory.INFORMATION,
}

# The Action column's verbs on the 2020 agenda (Lancashire & South Cumbria ICS Board,
# 2 December 2020): "Approve", "Endorse/Discuss", "Note".
STANDARD_ACTIONS = {
    PurposeCategory.APPROVAL: "Approve",
    PurposeCategory.ENDORSEMENT: "Endorse",
    PurposeCategory.DISCUSSION: "Discuss",
    PurposeCategory.ASSURANCE: "Assure",
    PurposeCategory.INFORMATION: "Note",
}


class Profile(BaseModel):
    """A board's cover sheet: its questions, its words, and its settings."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="The profile's name, e.g. nhs-icb.")
    description: str | None = Field(None, description="Which board's sheet this is.")
    extends: str | None = Field(
        None, description="A profile this one builds on: a shipped name (nhs-icb) or a file beside this one."
    )
    questions: list[Question] = Field(
        default_factory=list,
        description="The board's questions in the board's order (with `extends`: added to the inherited ones, or replacing one of the same name or field).",
    )
    drop: list[str] = Field(default_factory=list, description="With `extends`: inherited questions (field or name) the board does not ask.")
    labels: dict[str, list[str]] = Field(
        default_factory=dict, description="With `extends`: new wording for inherited questions, by field or name."
    )
    required: list[str] | None = Field(
        None,
        description="The standard questions every paper must answer (default: those of the 2020 sheet that the board asks).",
    )
    purposes: dict[str, PurposeCategory] = Field(
        default_factory=lambda: dict(_DEFAULT_PURPOSES),
        description="The board's words for purposes, each mapped onto approval, endorsement, discussion, assurance or information.",
    )
    actions: dict[PurposeCategory, str] = Field(
        default_factory=lambda: dict(STANDARD_ACTIONS),
        description="The agenda's Action word for each purpose (approval = \"Decision\"); a purpose not named keeps the 2020 agenda's verb (Approve, Endorse, Discuss, Assure, Note).",
    )
    confidentiality: Confidentiality = Field(default_factory=Confidentiality)
    settings: dict[str, Any] = Field(
        default_factory=dict,
        description="Limits and rule settings as in coversheet.toml (summary_word_limit, rules, ...); coversheet.toml wins.",
    )

    _source: str = PrivateAttr("")
    _draft_model: Any = PrivateAttr(None)

    @field_validator("labels")
    @classmethod
    def _relabelled(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        folded = {name: [" ".join(label.split()) for label in labels] for name, labels in value.items()}
        for name, labels in folded.items():
            if any(not label for label in labels):
                raise _at((name,), "a label is empty")
        return folded

    @model_validator(mode="after")
    def _consistent(self) -> Profile:
        seen_keys: dict[str, int] = {}
        seen_labels: dict[str, str] = {}
        for index, question in enumerate(self.questions):
            if question.key in seen_keys:
                raise _at(("questions", index), f"'{question.key}' is asked twice (also questions.{seen_keys[question.key]})")
            seen_keys[question.key] = index
            for label in question.all_labels:
                folded = label.casefold()
                if folded in seen_labels and seen_labels[folded] != question.key:
                    raise _at(("questions", index, "labels"), f"the label '{label}' is claimed by both '{seen_labels[folded]}' and '{question.key}'")
                seen_labels[folded] = question.key
        if self.extends is None:
            if self.drop or self.labels:
                raise _at(("drop" if self.drop else "labels",), "drop and labels change an inherited profile: set `extends` too")
            if self.required is not None:
                for name in self.required:
                    if name not in seen_keys:
                        raise _at(("required",), f"'{name}' is required but the board does not ask it")
        return self

    @property
    def default(self) -> bool:
        return self.name == DEFAULT_PROFILE_NAME

    @cached_property
    def asked(self) -> set[str]:
        return {q.key for q in self.questions}

    @cached_property
    def own_questions(self) -> list[Question]:
        return [q for q in self.questions if q.own]

    @cached_property
    def unasked(self) -> list[str]:
        """Standard questions the board does not ask (the rules stay silent on them)."""
        return [name for name in STANDARD_QUESTIONS if name not in self.asked]

    @cached_property
    def required_standard(self) -> list[str]:
        if self.required is not None:
            return list(self.required)
        return [name for name in STANDARD_REQUIRED if name in self.asked]

    @property
    def source(self) -> str:
        """Where the profile was read from (a file, or coversheet.toml's [profile] table)."""
        return self._source or self.name

    def question(self, key: str) -> Question | None:
        for question in self.questions:
            if question.key == key or question.path == key:
                return question
        return None

    def label_for(self, path: str | None) -> str | None:
        """The board's label for a draft path (`questions.bap_risks.0` -> "BAF risk"), if any."""
        if not path:
            return None
        parts = path.split(".")
        for length in range(len(parts), 0, -1):
            question = self.question(".".join(parts[:length]))
            if question is not None:
                return question.label
        return None

    def asks(self, path: str) -> bool:
        """Does the board ask the question at `path` (or the question it belongs to)?"""
        if path.startswith(OWN_QUESTIONS_KEY + "."):
            return True
        for name in self.unasked:
            if path == name or path.startswith(name + "."):
                return False
        if path == "implications":  # the section as a whole: asked when any of it is
            return any(name.startswith("implications.") for name in self.asked)
        if path == "confidential_reason":
            return "confidential" in self.asked
        return True


def _at(loc: tuple, message: str) -> ValueError:
    """A validation error at `loc` inside the profile (raised from a model validator)."""
    return ValueError(f"@{'.'.join(map(str, loc))}@ {message}")


# --- finding and reading profiles --------------------------------------------------------


def shipped_profiles() -> list[str]:
    """The names of the profiles shipped with coversheet."""
    return sorted(path.stem for path in data_path("profiles").glob("*.toml"))


# How many profiles deep `extends` may go: a shipped profile, the board's, a committee's
# variant of it, with room to spare; a longer chain is a mistake (or a file made to hurt).
MAX_EXTENDS_DEPTH = 16


def load_profile(spec: str | dict[str, Any], *, base: Path | None = None, origin: str | None = None) -> Profile:
    """The profile `spec` names (a shipped name or a file, relative to `base`) or holds (a table).

    Raises `ConfigError` naming the file, the key and the reason.
    """
    return _load(spec, base=base, origin=origin, chain=())


def _load(spec: str | dict[str, Any], *, base: Path | None, origin: str | None, chain: tuple[Path, ...],
          named_by: str = "profile") -> Profile:
    if isinstance(spec, dict):
        data, where, folder, key = dict(spec), origin or "profile", base, "profile."
        data.setdefault("name", "board-profile")
        identity = Path(where).resolve() if origin else None
    else:
        path = _profile_file(spec, base, origin, named_by)
        data, where, folder, key = _read(path), str(path), path.parent, ""
        data.setdefault("name", path.stem)
        identity = path.resolve()  # `x/../a.toml` and `a.toml` are one file: compared resolved
    if identity is not None and identity in chain:
        circle = [*chain[chain.index(identity):], identity]
        raise ConfigError(f"{origin}: {named_by} cycle: {_chain_in_words(circle)} (profiles may not extend each other in a circle)")
    if len(chain) >= MAX_EXTENDS_DEPTH:
        raise ConfigError(f"{origin}: {named_by}: more than {MAX_EXTENDS_DEPTH} profiles deep (the chain from "
                          f"{_chain_in_words(chain[:1])}); at most {MAX_EXTENDS_DEPTH} may extend one another")
    profile = _validate(data, where, key)
    if profile.extends is not None:
        parent = _load(profile.extends, base=folder, origin=where, chain=(*chain, identity or Path(where)),
                       named_by=f"{key}extends")
        profile = _merged(parent, profile, where, key)
    profile._source = where
    return profile


def _chain_in_words(files: list[Path] | tuple[Path, ...]) -> str:
    """`a.toml -> b.toml -> a.toml`: each file named from the folder of the first (a shipped
    profile by its name)."""
    shipped = data_path("profiles").resolve()
    start = files[0].parent

    def named(file: Path) -> str:
        if file.parent == shipped:
            return file.stem
        try:
            return file.relative_to(start).as_posix()
        except ValueError:
            return str(file)

    return " -> ".join(named(file) for file in files)


def _profile_file(spec: str, base: Path | None, origin: str | None, named_by: str) -> Path:
    """The file of the profile `spec`, which the key `named_by` of `origin` names
    (`profile` in coversheet.toml, `extends` in a profile)."""
    if spec in shipped_profiles():
        return data_path("profiles", f"{spec}.toml")
    if not spec.endswith(".toml"):
        known = ", ".join(shipped_profiles())
        raise ConfigError(f"{origin or 'profile'}: {named_by}: unknown profile '{spec}' (shipped: {known}; or a .toml file)")
    path = Path(spec).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    if not path.exists():  # a folder, FIFO or device is refused by name as it is read
        raise ConfigError(f"{origin or 'profile'}: {named_by}: no such profile file {path}")
    return path


def _read(path: Path) -> dict[str, Any]:
    return read_toml(path, "profile")


def _validate(data: dict[str, Any], where: str, key_prefix: str) -> Profile:
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {describe_error(exc.errors()[0], key_prefix)}") from None


def describe_error(error: dict, key_prefix: str = "") -> str:
    """One validation error as `key: reason`, in a profile's or coversheet.toml's terms."""
    loc = [str(part) for part in error["loc"] if part != "[key]"]  # a bad key is named by the key itself
    message = str(error.get("ctx", {}).get("error", "")) or error["msg"]
    found = re.match(r"^@([^@]*)@ (.*)$", message, re.S)
    if found:  # a model validator named the key itself
        loc, message = [*loc, *found[1].split(".")], found[2]
    elif error["type"] == "value_error":
        message = message.removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    elif error["type"] == "enum":
        message = f"'{error['input']}' is not one of {error['ctx']['expected'].replace(chr(39), '')}"
    where = key_prefix + ".".join(loc) if loc else (key_prefix.rstrip(".") or "(top level)")
    return f"{where}: {message}"


def _merged(parent: Profile, child: Profile, where: str, key_prefix: str) -> Profile:
    """`child` applied to the inherited `parent`."""
    questions = [q for q in parent.questions]
    keys = [q.key for q in questions]
    for name in child.drop:
        if name not in keys:
            raise ConfigError(f"{where}: {key_prefix}drop: '{name}' is not a question of '{parent.name}'")
        index = keys.index(name)
        del questions[index], keys[index]
    written: dict[str, str] = {}  # question key -> where the child's file sets it
    for name, labels in child.labels.items():
        if name not in keys:
            raise ConfigError(f"{where}: {key_prefix}labels.{name}: not a question of '{parent.name}'")
        index = keys.index(name)
        questions[index] = questions[index].model_copy(update={"labels": labels})  # folded and checked by Profile
        written[name] = f"labels.{name}"
    for number, question in enumerate(child.questions):
        if question.key in keys:
            questions[keys.index(question.key)] = question
        else:
            questions.append(question)
            keys.append(question.key)
        written[question.key] = f"questions.{number}"
    data = {
        **parent.model_dump(exclude={"questions", "extends", "drop", "labels"}, exclude_unset=False),
        **child.model_dump(exclude={"questions", "extends", "drop", "labels"}, exclude_unset=True),
        "questions": [q.model_dump(exclude_defaults=True) for q in questions],
        "settings": {**parent.settings, **child.settings},
        "actions": {**parent.actions, **child.actions} if "actions" in child.model_fields_set else parent.actions,
        "name": child.name,
    }
    if child.required is None:
        data["required"] = [name for name in parent.required_standard if name in keys]
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        problem = _in_childs_terms(describe_error(exc.errors()[0]), keys, written)
        raise ConfigError(f"{where}: {key_prefix}{problem}") from None


def _in_childs_terms(problem: str, keys: list[str], written: dict[str, str]) -> str:
    """A problem of the merged profile (`questions.24.labels: ...`) at the key of the file
    that extends (`questions.0.labels`, `labels.executive_summary`): the index of the merged
    list is nowhere in the user's file. The inherited profile was valid on its own, so a
    problem at an inherited question is one with a question the file sets, named in it."""
    found = re.match(r"^questions\.(\d+)((?:\.[^:\s]+)?): (.*)$", problem, re.S)
    if not found:
        return problem
    index, rest, message = int(found[1]), found[2], found[3]
    key = keys[index] if index < len(keys) else None
    if key not in written:
        key = next((other for other in written if f"'{other}'" in message), None)
        rest = ".labels" if key is not None and "label" in message else rest
    if key is None:
        return problem
    place = written[key]
    return f"{place}{rest if place.startswith('questions.') else ''}: {message}"


_SHIPPED: dict[str, Profile] = {}


def shipped_profile(name: str) -> Profile:
    """A shipped profile by name, read once per process."""
    if name not in _SHIPPED:
        _SHIPPED[name] = load_profile(name)
    return _SHIPPED[name]


def default_profile() -> Profile:
    return shipped_profile(DEFAULT_PROFILE_NAME)
