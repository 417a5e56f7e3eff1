"""`coversheet render DRAFT... -o OUT`: the standard Word cover sheet for each draft.

A draft with error-level findings is refused (its findings listed, no file written), so a
rendered sheet never carries a gap or a contradiction `check` would have caught.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import DEFAULT_TIME_BUDGET, TimeBudget, error, load_config_option, progress, usage_error, within_time_budget
from coversheet.exitcodes import EXIT_ERROR, EXIT_FAIL, EXIT_SUCCESS


def render(
    drafts: Annotated[list[Path], typer.Argument(metavar="DRAFT...", help="Drafts to render (.yaml, .yml, .json).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The .docx to write for one draft; a folder for several.")],
    template: Annotated[Optional[Path], typer.Option("--template", "-t", help="Your organisation's template (.docx) instead of the standard one.")] = None,
    paper: Annotated[Optional[Path], typer.Option("--paper", help="A paper (.docx) whose body follows the cover sheet in one document.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite outputs that exist.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Board configuration (default: the nearest coversheet.toml above each draft).")] = None,
    time_budget: TimeBudget = DEFAULT_TIME_BUDGET,
) -> None:
    """Render drafts as Word cover sheets.

    Examples: coversheet render paper.yaml -o paper.docx; coversheet render drafts/*.yaml -o out/
    """
    from coversheet.desk.render import plan_outputs, render_draft
    from coversheet.errors import UnreadableFile
    from coversheet.run.one_file import CheckOptions
    from coversheet.word.writing.render import load_template, vet_docx

    board = load_config_option(config)
    for given, what in ((template, "template"), (paper, "paper")):
        if given is not None and not given.is_file():
            raise usage_error(f"{what} {given} does not exist")
    try:
        jobs = plan_outputs(drafts, output)
        if template is not None:
            with within_time_budget(time_budget, template, EXIT_ERROR):
                loaded = load_template(template)
        else:
            loaded = None
        if paper is not None:
            with within_time_budget(time_budget, paper, EXIT_ERROR):
                vet_docx(paper, "paper")
    except ValueError as exc:
        raise usage_error(str(exc)) from None
    except UnreadableFile as exc:
        raise usage_error(exc.message) from None
    # Every output is known before any is written: a clash stops the run with nothing half-done.
    existing = [str(out) for _, out in jobs if out.exists()]
    if existing and not force:
        raise usage_error(f"{', '.join(existing)} already exist(s) (use --force to overwrite)")

    refused, unwritten = [], 0
    options = CheckOptions(config=board, time_budget=time_budget or None)  # one run: its configurations read once
    with progress(len(jobs), "Rendering") as advance:
        for draft, out in jobs:
            outcome = render_draft(draft, out, options, template=loaded, paper=paper, force=force)
            if outcome.refused is not None:
                refused.append(outcome.refused)
                error(f"{draft}: not rendered: it has error-level findings")
            elif outcome.problem:
                unwritten += 1
                error(outcome.problem)
            else:
                typer.echo(f"Wrote {out}", err=True)
            advance()
    if refused:
        _report_refusals(refused)
    raise typer.Exit(EXIT_ERROR if unwritten else EXIT_FAIL if refused else EXIT_SUCCESS)


def _report_refusals(results) -> None:
    from coversheet.findings import CheckRun
    from coversheet.report import render as report

    sys.stderr.write(report(CheckRun(results), "text", color=False, width=None))
