"""`coversheet pack FOLDER -o pack.pdf`: the board pack, one accessible PDF of the checked papers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import (
    error,
    load_config_option,
    meeting_option,
    usage_error,
    writing,
)
from coversheet.exitcodes import EXIT_FAIL


def pack(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="The folder of papers for the meeting (searched recursively).", file_okay=False, exists=True)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The PDF to write.")],
    private: Annotated[bool, typer.Option("--private", help="The private session's pack: every paper, confidential ones included, each page marked Private.")] = False,
    allow_failing: Annotated[bool, typer.Option("--allow-failing", help="Pack papers whose cover sheets fail, with their findings in a note for the chair.")] = False,
    duplex: Annotated[bool, typer.Option("--duplex", help="Start every paper on a right-hand page when printed double-sided.")] = False,
    plan: Annotated[Optional[Path], typer.Option("--plan", help="A meeting plan (TOML) instead of coversheet.toml's [pack].", dir_okay=False, exists=True)] = None,
    meeting: Annotated[Optional[str], typer.Option("--meeting", "-m", help="The meeting date (YYYY-MM-DD); default: the date most papers give.")] = None,
    skip_broken: Annotated[bool, typer.Option("--skip-broken", help="A paper LibreOffice cannot convert is shown 'to follow', a file whose cover sheet cannot be read is left out, and the rest is packed.")] = False,
    supplement: Annotated[Optional[Path], typer.Option("--supplement", help="Build the supplement: only the papers added since this main pack (or earlier supplement) was built.", dir_okay=False, exists=True)] = None,
    revised: Annotated[bool, typer.Option("--revised", help="With --supplement: pack again, marked revised, the papers that have changed since the main pack.")] = False,
    private_only: Annotated[bool, typer.Option("--private-only", help="With --private: only the items taken in the private session.")] = False,
    supplement_pages: Annotated[Optional[str], typer.Option("--supplement-pages", metavar="[continue|own]", help="The supplement's page numbers: continue from the main pack, or its own from 1 (default: the plan's supplement_pages, else continue).")] = None,
    index: Annotated[bool, typer.Option("--index/--no-index", help="Write the HTML index (agenda and cover sheets, linking into the PDF) beside the PDF.")] = True,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds LibreOffice may take over the pack, all its runs together (the export, and finding a paper it cannot convert).", min=1)] = 300.0,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output if it exists.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this coversheet.toml (default: the nearest one above the folder).")] = None,
) -> None:
    """Build the meeting's pack: front page, agenda with page ranges, then every passing paper in agenda order.

    Papers whose cover sheets fail are refused (exit 1) unless --allow-failing. Confidential
    papers are only in the --private pack. Needs LibreOffice.

    Example: coversheet pack papers/ -o pack.pdf; coversheet pack papers/ --supplement pack.pdf -o supplement.pdf
    """
    from coversheet.config.meeting_plan import SupplementPages
    from coversheet.errors import ConfigError
    from coversheet.outputs import OutputExists
    from coversheet.pack.build import PackOptions, PackRefused, build_pack
    from coversheet.pack.libreoffice import LibreOfficeMissing
    from coversheet.pack.record import NotAPack
    from coversheet.pack.scratch import TempFolderFull

    if output.suffix.lower() != ".pdf":
        raise usage_error(f"{output}: the pack is a PDF: name it .pdf")
    pages = None
    if supplement_pages is not None:
        if supplement is None:
            raise usage_error("--supplement-pages is for a supplement: give the main pack, e.g. --supplement pack.pdf")
        try:
            pages = SupplementPages(supplement_pages.strip().lower())
        except ValueError:
            raise usage_error(f"--supplement-pages {supplement_pages!r}: write continue or own") from None
    if revised and supplement is None:
        raise usage_error("--revised is for a supplement: give the main pack, e.g. --supplement pack.pdf")
    if private_only and not private:
        raise usage_error("--private-only is for the private session's pack: add --private")
    if supplement is not None and supplement.resolve() == output.resolve():
        raise usage_error(f"{output}: that is the main pack: write the supplement to another file")
    options = PackOptions(folder=folder, out=output, private=private, allow_failing=allow_failing, duplex=duplex,
                          force=force, timeout=timeout, plan=plan, config=load_config_option(config),
                          meeting=meeting_option(meeting), index=index, skip_broken=skip_broken, supplement=supplement,
                          supplement_pages=pages, revised=revised, private_only=private_only)
    try:
        with writing(output), _Progress() as progress:
            result = build_pack(options, progress=progress)
    except OutputExists as exc:
        raise usage_error(str(exc)) from None
    except (ConfigError, LibreOfficeMissing, NotAPack, TempFolderFull) as exc:
        raise usage_error(str(exc)) from None
    except PackRefused as exc:
        error(exc.headline + ":")
        for problem in exc.problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(EXIT_FAIL) from None
    for warning in result.warnings:
        error(f"warning: {warning}")
    packed = len(result.contents.papers)
    numbered = f"pages {result.first_page} - {result.first_page + result.pages - 1}" if result.first_page > 1 else f"{result.pages} pages"
    error(f"wrote {output}: {numbered}, {packed} paper(s), {len(result.contents.rows)} agenda item(s)")
    if result.index is not None:
        error(f"wrote {result.index}: the agenda and cover sheets, linking into {output.name}")


class _Progress:
    """The pack's steps as a progress bar on stderr, on a terminal only (a pipe or a log gets
    the result lines alone): one step per paper composed, then LibreOffice's export (the long
    one: the time shown keeps counting) and the finishing."""

    def __init__(self):
        self.bar = self.task = None

    def __enter__(self):
        import sys

        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("Packing", total=None)
        return self

    def __call__(self, step: str, *, total: int | None = None) -> None:
        if self.bar is None:
            return
        if total is not None:
            self.bar.reset(self.task, total=total, description=step)
        else:
            task = self.bar.tasks[0]
            advance = 1 if task.total is not None and task.description != step else 0
            self.bar.update(self.task, description=step, advance=advance)
        self.bar.refresh()  # each step shown as it starts, however quickly the one before ended

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()

