"""The fillable Word form (`coversheet new PATH.docx --docx`), for authors who never touch YAML.

The form is the standard sheet with a content control for every field, tagged like the
rendered sheet (`coversheet.word.readers.tagged`): plain-text controls showing a prompt, date
pickers, check boxes for purpose categories and for every answer (and a "None" box for lists
that may be empty), and repeating sections for people, recommendations, governance entries
and risk references. A prompt still showing reads back as "not answered", so an unfilled form
fails `check` on its required fields instead of passing with the prompts as answers.

The board's profile fills in the board's name and adds a row for each implication the board
asks for beyond the standard four.
"""

from __future__ import annotations

from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined

from coversheet.config import DEFAULT_CONFIG, BoardConfig
from coversheet.outputs import write_atomic
from coversheet.resources import data_path
from coversheet.word.writing.binding import number_controls
from coversheet.word.ns import qn
from coversheet.word.properties import describe
from coversheet.word.saved import docx_bytes
from coversheet.word.tags import tag_text

_SDT_PR, _SDT_CONTENT = qn("w:sdtPr"), qn("w:sdtContent")


def form_template() -> Path:
    return data_path("templates", "form.docx")


def write_form(out: Path, *, board_config: BoardConfig | None = None, force: bool = False) -> Path:
    """Write the fillable cover-sheet form to `out` (atomically; never over a file without `force`)."""
    config = board_config or DEFAULT_CONFIG

    def write(path: Path) -> None:
        document = DocxTemplate(str(form_template()))
        extras = [(name, f"{name.replace('_', ' ').capitalize()} Impact Assessment Completed")
                  for name in config.implications]
        document.render({"extra_implications": extras},
                        jinja_env=Environment(autoescape=True, undefined=StrictUndefined))
        body = document.docx.element.body
        if config.board:
            _prefill(body, "board", config.board)
        number_controls(body)
        describe(document.docx.core_properties, title=f"{config.board or 'Board'} cover sheet form",
                 subject="Cover sheet of a paper to the board: form to fill in")
        path.write_bytes(docx_bytes(document))

    return write_atomic(Path(out), write, force=force)


def _prefill(body, tag: str, text: str) -> None:
    """Answer a control in advance: its prompt replaced by `text`."""
    for sdt in body.iter(qn("w:sdt")):
        if tag_text(sdt) != tag:
            continue
        properties = sdt.find(_SDT_PR)
        shown = properties.find(qn("w:showingPlcHdr"))
        if shown is not None:
            properties.remove(shown)
        runs = sdt.findall(f"{_SDT_CONTENT}//{qn('w:r')}")
        for run in runs[1:]:
            run.getparent().remove(run)
        if runs:
            style = runs[0].find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
            if style is not None:
                style.getparent().remove(style)
            runs[0].find(qn("w:t")).text = text
