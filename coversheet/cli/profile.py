"""`coversheet profile show [FOLDER]` and `coversheet profile list`: which sheet a board uses."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coversheet.cli.common import DEFAULT_TIME_BUDGET, TimeBudget, board_option, within_time_budget
from coversheet.cli.usage import Command

if TYPE_CHECKING:
    from coversheet.config import BoardConfig
    from coversheet.config.profile import Profile

app = typer.Typer(help="Show the board's cover sheet (its profile): questions, labels, kinds.", no_args_is_help=True)


class Format(str, Enum):
    text = "text"
    json = "json"


@app.command("show", cls=Command)
def show(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="A folder of papers: the nearest coversheet.toml above it applies.")] = Path("."),
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this coversheet.toml instead.")] = None,
    profile: Annotated[Optional[str], typer.Option("--profile", "-p", help="Show this profile (shipped name or .toml file) instead.")] = None,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
) -> None:
    """Print the profile in effect for FOLDER: which coversheet.toml applies and each question.

    Examples: coversheet profile show papers/; coversheet profile show --profile nhs-icb
    """
    from coversheet.config.locate import nearest_config_file

    board = board_option(config, profile, folder)
    effective = board.profile
    if profile is not None:
        source = f"--profile {profile}"
    elif config is not None:
        source = str(config)
    else:
        found = nearest_config_file(folder.resolve())
        source = str(found) if found else "no coversheet.toml: the default profile"
    origin = _profile_origin(effective, source)
    extra = list(board.implications)
    if output_format is Format.json:
        typer.echo(json.dumps(_as_data(effective, source, origin, extra, board), indent=2, ensure_ascii=False))
        return
    typer.echo(_as_text(effective, source, origin, extra, board))


def _profile_origin(profile: Profile, configuration: str) -> str:
    """Where the profile in effect was read from: shipped, a profile file, or coversheet.toml."""
    from coversheet.resources import data_path

    if profile.source == configuration:
        return f"the [profile] table of {profile.source}"
    shipped = data_path("profiles", f"{profile.name}.toml")
    if profile.source in (str(shipped), profile.name):
        return f"shipped with coversheet ({profile.name})"
    return profile.source


def _extra_rows(extra: list[str]):
    """The impact questions coversheet.toml adds (`implications = [...]`): CS104 asks them too."""
    for name in extra:
        label = f"{name.replace('_', ' ').capitalize()} Impact Assessment Completed"
        yield label, f"implications.{name}", "yes_no_na", "CS104"


@app.command("list", cls=Command)
def list_profiles() -> None:
    """List the profiles shipped with coversheet."""
    from coversheet.config.profile import shipped_profile, shipped_profiles

    for name in shipped_profiles():
        typer.echo(f"{name:<18} {shipped_profile(name).description or ''}")


# Standard questions that a rule of their own reports when unanswered (not CS101).
_ANSWER_RULES = {
    "conflicts_of_interest": "CS102",
    "governance": "CS103",
    "implications.quality": "CS104",
    "implications.equality": "CS104",
    "implications.privacy": "CS104",
    "implications.financial": "CS104",
    "risks": "CS105",
    "sponsor": "CS107",
}


def _rows(profile: Profile, board: BoardConfig | None = None):
    """Each question with what reports it unanswered: "yes" (required, CS101), the rule that
    does at the severity the board's `[rules]` give it, or "no" (the board switched it off)."""
    from coversheet.config import DEFAULT_CONFIG
    from coversheet.findings import Severity
    from coversheet.rules.selection import selected_rules

    running = {rule.code: severity for rule, severity in selected_rules(board or DEFAULT_CONFIG)}
    required = set(profile.required_standard)
    for question in profile.questions:
        if question.own or question.field in required:
            asked = question.required if question.own else True
            needed = "yes" if asked and "CS101" in running else "no"
        else:
            code = _ANSWER_RULES.get(question.field)
            severity = running.get(code) if code else None
            needed = "no" if severity is None else code + (" (warning)" if severity is Severity.WARNING else "")
        yield question, needed


def _as_data(profile: Profile, source: str, origin: str = "", extra: list[str] = (), board: BoardConfig | None = None) -> dict:
    return {
        "profile": profile.name,
        "description": profile.description,
        "configuration": source,
        "profile_from": origin,
        "questions": [
            {
                "label": question.label,
                "labels": question.all_labels,
                "field": question.path,
                "kind": question.kind_name,
                "required": needed,
                **({"options": question.options} if question.options else {}),
                **({"pattern": question.pattern} if question.pattern else {}),
                **({"help": question.help} if question.help else {}),
            }
            for question, needed in _rows(profile, board)
        ] + [
            {"label": label, "labels": [label], "field": path, "kind": kind, "required": needed}
            for label, path, kind, needed in _extra_rows(list(extra))
        ],
        "not_asked": profile.unasked,
        "purposes": {word: category.value for word, category in profile.purposes.items()},
        "confidentiality": profile.confidentiality.model_dump(),
    }


def _as_text(profile: Profile, source: str, origin: str = "", extra: list[str] = (), board: BoardConfig | None = None) -> str:
    lines = [
        f"Profile: {profile.name}" + (f" ({profile.description})" if profile.description else ""),
        f"Configuration: {source}",
        *([f"Profile from: {origin}"] if origin else []),
        "",
    ]
    rows = [("Label", "Field", "Kind", "Required")]
    rows += [(q.label, q.path, q.kind_name, needed) for q, needed in _rows(profile, board)]
    rows += list(_extra_rows(list(extra)))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3])
    lines.append("")
    lines.append("Not asked: " + (", ".join(profile.unasked) or "none"))
    lines.append("Purposes: " + ", ".join(f"{word} = {category.value}" for word, category in profile.purposes.items()))
    words = profile.confidentiality
    lines.append(f"Confidentiality: {words.public} / {words.private} ({words.reason_label})")
    return "\n".join(lines)


@app.command("init", cls=Command)
def init(
    template: Annotated[Path, typer.Argument(metavar="TEMPLATE.docx", help="The board's blank (or a filled) Word cover sheet.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Write the proposed profile here.")] = Path("coversheet.toml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists.")] = False,
    time_budget: TimeBudget = DEFAULT_TIME_BUDGET,
) -> None:
    """Propose the board's profile from its Word form: each label mapped to a question.

    Prints label -> question -> kind, marking each guess to check with "?", and writes a
    commented profile to review. Example: coversheet profile init our-front-sheet.docx -o our-board.toml
    """
    from coversheet.cli.common import error, writing
    from coversheet.errors import ConfigError, UnreadableFile
    from coversheet.exitcodes import EXIT_FAIL
    from coversheet.findings import shown_path
    from coversheet.outputs import write_atomic
    from coversheet.word.forms.profile_init import own_name, read_template
    from coversheet.word.forms.profile_toml import check_loads, profile_toml, table

    if output.exists() and not force:
        error(f"{output}: already exists (use --force to overwrite)")
        raise typer.Exit(EXIT_FAIL)
    try:
        with within_time_budget(time_budget, template, EXIT_FAIL):
            found = read_template(template)
    except UnreadableFile as exc:
        error(f"{shown_path(template)}: {exc.message}")
        raise typer.Exit(EXIT_FAIL) from None
    inline = output.name == "coversheet.toml"  # coversheet.toml holds the profile as its [profile] table
    name = own_name((found.board or "") if inline else output.stem).replace("_", "-") or "board"
    text = profile_toml(found, template.name, name, inline=inline)

    def write_checked(temporary: Path) -> None:
        temporary.write_text(text, encoding="utf-8")
        check_loads(temporary, output, inline=inline)  # what is written is read back first

    try:
        with writing(output):
            write_atomic(output, write_checked, force=force)
    except ConfigError as exc:
        problem = str(exc).removeprefix(f"{output}: ")
        error(f"{output}: not written: the profile proposed from {shown_path(template.name)} would not load ({problem})")
        raise typer.Exit(EXIT_FAIL) from None
    typer.echo(table(found))
    typer.echo(f"Wrote {output}: check each guess marked '?', then run `coversheet profile show`.", err=True)
