"""The board's own questions, for the rules that apply to them too (profiles, `config.profile`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from coversheet.config.kinds import OWN_QUESTIONS_KEY, Kind

if TYPE_CHECKING:
    from coversheet.config.profile import Question


def own_answers(sheet, ctx, kind: Kind | None = None) -> Iterator[tuple["Question", Any]]:
    """Each of the board's own questions (of `kind`, if given) with the sheet's answer (None: not answered)."""
    answers = getattr(sheet, OWN_QUESTIONS_KEY, None)
    for question in ctx.config.profile.own_questions:  # none on the default sheet
        if kind is None or question.kind is kind:
            yield question, getattr(answers, question.name, None) if answers is not None else None


def label(ctx, path: str, fallback: str) -> str:
    """The board's words for the question at `path`, or `fallback` on the default sheet."""
    return ctx.names.called(path, fallback)
