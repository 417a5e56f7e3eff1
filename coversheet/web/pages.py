"""The page templates (Jinja2, everything escaped: the text on them comes from authors)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
STATIC = HERE / "static"


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def page(name: str, **context) -> str:
    context.setdefault("service", "Submit a board paper's cover sheet")
    context.setdefault("secretary", False)
    return environment().get_template(name).render(**context)


def refusal_page(title: str, message: str, status_line: str | None = None) -> str:
    """A short page that says what was refused and why (too large, too slow, forbidden...)."""
    return page("refused.html", title=title, message=message)
