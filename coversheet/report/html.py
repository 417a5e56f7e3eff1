"""The HTML report: one self-contained page a board secretary opens from the shared drive.

Self-contained because it is opened from a file share, often on a locked-down PC with no
internet: the styles are inline and nothing is fetched. A row per paper in agenda-item order
(the order the secretary thinks in), status in words as well as colour (colour alone fails
colour-blind readers and black-and-white printers), every finding with what to do about it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coversheet.findings import CheckRun, FileResult, Severity, Status
from coversheet.model.agenda_items import results_in_agenda_order

# Status words: what the secretary does next, not just the machine status.
STATUS_WORDS = {
    Status.PASS: ("Pass", "ready for the board"),
    Status.FAIL: ("Fail", "send back to the author"),
    Status.ERROR: ("Error", "could not be read"),
}
SEVERITY_WORDS = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"}


@dataclass(frozen=True)
class PaperRow:
    """What one row of the page shows."""

    result: FileResult
    status_word: str
    status_meaning: str

    @property
    def findings(self):
        return [(SEVERITY_WORDS[f.severity], f) for f in self.result.findings]


def rows(run: CheckRun) -> list[PaperRow]:
    ordered = results_in_agenda_order(run.results)
    return [PaperRow(r, *STATUS_WORDS[r.status]) for r in ordered]


def html_template(name: str):
    """One of the shipped HTML templates (the report, the pack's index), everything escaped:
    titles, messages and summaries come from authors' files."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    from coversheet.resources import data_path

    environment = Environment(
        loader=FileSystemLoader(str(data_path("templates"))),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template(name)


def render(run: CheckRun, *, generated: dt.datetime | None = None, title: str = "Cover sheet check", **_options) -> str:
    summary = run.summary()
    return html_template("report.html.j2").render(
        title=title,
        generated=_when(generated or dt.datetime.now()),
        rows=rows(run),
        summary=summary,
        errors=sum(r.count(Severity.ERROR) for r in run.results),
        warnings=sum(r.count(Severity.WARNING) for r in run.results),
    )


def _when(moment: dt.datetime) -> str:
    return f"{moment.day} {moment:%B %Y} at {moment:%H:%M}"  # "2 December 2020 at 09:30", on Windows too
