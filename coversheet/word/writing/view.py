"""The Jinja context of a sheet: its values as the template shows them (UK dates, blanks for
the unanswered, text escaped with its newlines kept)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from markupsafe import Markup, escape

from coversheet.dates.uk import uk_date
from coversheet.model import CoverSheet


def render_context(sheet: CoverSheet) -> dict[str, Any]:
    """What the template's Jinja tags see: `sheet` (the draft, texts escaped, dates in UK style),
    each of its fields by name as well (`{{ title }}` as `{{ sheet.title }}`, for a board's own
    template), and `extra_implications` (the board's own implications present in the draft)."""
    view = _view(sheet.model_dump(mode="python"), "")
    extras = []
    if sheet.implications is not None:
        for name, implication in (sheet.implications.model_extra or {}).items():
            label = f"{name.replace('_', ' ').capitalize()} Impact Assessment Completed"
            extras.append((name, label, (view.get("implications") or {}).get(name)))
    return {**view, "sheet": view, "extra_implications": extras}


def _view(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        return {key: _view(item, f"{path}.{key}" if path else key) for key, item in value.items()}
    if isinstance(value, list):
        return [_view(item, path) for item in value]
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return uk_date(value)
    if hasattr(value, "value"):  # Answer, PurposeCategory
        return value.value
    if isinstance(value, str):
        if path == "governance.date":  # only a month is known: "2020-11"
            return uk_date(value)
        return Markup(str(escape(value)).replace("{", "&#123;").replace("}", "&#125;"))
    return value


def blank_for_none(value: Any) -> Any:
    return "" if value is None else value
