"""The draft model of a board's profile: the standard sheet plus the board's own questions.

Built with `pydantic.create_model` once per profile and process (cached by the profile's
content, so a configuration read again or sent to a worker process reuses it). The board's
own answers sit under one top-level mapping, `questions:`, keyed by each question's name, so
a draft of the default profile is exactly the draft it always was.

The kinds map onto types the standard sheet already uses: text and dates as everywhere, a
person as `Person`, yes / no / n/a with a note as `Implication`, a list as a list of texts,
references as `risks.references` has them (`{id, description}`; "BAF 2.1 – Elective recovery"
typed as one line is split by the board's pattern), a choice as one of the board's options (or
a list of them).
"""

from __future__ import annotations

import copy
import re
from functools import partial
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field, create_model

from coversheet.config.profile import OWN_QUESTIONS_KEY, Kind, Profile, Question
from coversheet.config.references import as_references
from coversheet.model import CoverSheet, Implication, Person
from coversheet.model.sheet import RiskReference
from coversheet.model.types import OptionalDate, OptionalText, Text

# id(profile) -> (profile, model): the profile is kept so that its id is never reused.
_MODELS: dict[int, tuple[Profile, type[CoverSheet]]] = {}
_BY_CONTENT: dict[str, type[CoverSheet]] = {}


def sheet_model(profile: Profile | None) -> type[CoverSheet]:
    """The draft model for `profile` (the standard `CoverSheet` when it has no own questions)."""
    if profile is None or not profile.own_questions:
        return CoverSheet
    known = _MODELS.get(id(profile))
    if known is not None and known[0] is profile:
        return known[1]
    key = profile.model_dump_json(include={"name", "questions"})  # the same profile read again (its name is in the model's descriptions)
    model = _BY_CONTENT.get(key)
    if model is None:
        model = _BY_CONTENT[key] = _build(profile)
    _MODELS[id(profile)] = (profile, model)
    return model


def _build(profile: Profile) -> type[CoverSheet]:
    fields = {
        question.name: (
            _type_of(question),
            Field(None, title=question.label, description=_describe(question)),
        )
        for question in profile.own_questions
    }
    questions = create_model(
        "BoardQuestions",
        __config__=ConfigDict(extra="forbid", validate_default=True),
        __doc__=f"The board's own questions ({profile.name}), keyed by name.",
        **fields,
    )
    return create_model(
        "CoverSheet",
        __base__=CoverSheet,
        __doc__=CoverSheet.__doc__,
        **{
            OWN_QUESTIONS_KEY: (
                questions | None,
                Field(None, description=f"Answers to the board's own questions ({profile.name}), keyed by name."),
            )
        },
    )


def _describe(question: Question) -> str:
    text = question.label if not question.help else f"{question.label}: {question.help}"
    if question.kind is Kind.REFERENCES and question.pattern:
        text += f" Each reference is an id matching {question.pattern} and a description."
    return text


def _lines(value: Any) -> Any:
    """A list read back from one Word control is one item a line."""
    if isinstance(value, str):
        items = [line.strip() for line in value.splitlines() if line.strip()]
        return items or None
    return value


def _option_parser(options: list[str]):
    folded = {_fold(option): option for option in options}

    def parse(value: Any) -> Any:
        if isinstance(value, str):
            return folded.get(_fold(value), value.strip())
        return value

    return parse


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _type_of(question: Question) -> Any:
    kind = question.kind
    if kind is Kind.TEXT:
        return OptionalText
    if kind is Kind.DATE:
        return OptionalDate
    if kind is Kind.PERSON:
        return Person | None
    if kind is Kind.YES_NO_NA:
        return Implication | None
    if kind is Kind.LIST:
        return Annotated[list[Text] | None, BeforeValidator(_lines)]
    if kind is Kind.REFERENCES:  # as risks.references: {id, description}, a line split by the board's pattern
        return Annotated[list[RiskReference] | None, BeforeValidator(partial(as_references, pattern=question.pattern))]
    option = Annotated[Literal[tuple(question.options)], BeforeValidator(_option_parser(question.options))]
    if question.multiple:
        return Annotated[list[option] | None, BeforeValidator(_lines)]
    return option | None


def profile_schema(profile: Profile | None) -> dict[str, Any]:
    """The JSON Schema of a draft for `profile`: the board's questions, labels and help."""
    from coversheet.model import schema

    if profile is None:
        return schema()
    document = copy.deepcopy(sheet_model(profile).model_json_schema())
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["$id"] = f"https://coversheet.invalid/schemas/{profile.name}.schema.json"
    document["description"] = f"A cover-sheet draft for {profile.description or profile.name}."
    properties = document["properties"]
    implications = document.get("$defs", {}).get("Implications", {}).get("properties", {})
    for name in profile.unasked:
        head, _, rest = name.partition(".")
        if rest:
            implications.pop(rest, None)
        else:
            properties.pop(name, None)
    if not any(name.startswith("implications.") for name in profile.asked):
        properties.pop("implications", None)
    if "confidential" not in profile.asked:
        properties.pop("confidential_reason", None)
    for question in profile.questions:
        if question.own:
            continue
        head, _, rest = question.field.partition(".")
        target = implications.get(rest) if rest else properties.get(head)
        if target is not None:
            words = " / ".join(question.all_labels)
            target["title"] = question.label
            target["description"] = f"{words}: {question.help}" if question.help else f"{words}. {target.get('description', '')}".strip()
    _accept_board_purposes(document, profile)
    return document


def _accept_board_purposes(document: dict[str, Any], profile: Profile) -> None:
    """The board's words for purposes ("To approve") accepted in `purpose.categories`, as the
    check reads them (`read.validate`), so that an editor does not mark them as mistakes."""
    categories = document.get("$defs", {}).get("Purpose", {}).get("properties", {}).get("categories", {})
    for branch in categories.get("anyOf", []):
        items = branch.get("items") if isinstance(branch, dict) else None
        if isinstance(items, dict) and "anyOf" in items:
            described = ", ".join(f"{word} ({category.value})" for word, category in profile.purposes.items())
            words = "|".join(_any_case(word) for word in profile.purposes)
            items["anyOf"].append({"pattern": f"^\\s*(?:{words})\\s*$", "description": f"The board's words, in any case: {described}."})


def _any_case(word: str) -> str:
    """A JSON Schema pattern (which has no flags) for `word` in any case and spacing."""
    parts = []
    for char in " ".join(word.split()):
        if char == " ":
            parts.append("\\s+")
        elif char.lower() != char.upper():
            parts.append(f"[{char.upper()}{char.lower()}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)
