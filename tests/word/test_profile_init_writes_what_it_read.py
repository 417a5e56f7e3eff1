"""`profile init` writes only what it read from the form, escaped, and a file that loads.

Whatever a form holds — line breaks, quotes, brackets, control characters such as DEL in a
label or the board's name — and whatever its file is called, the file written loads as a
profile and says what was read: nothing of it becomes a setting, nothing is rewritten. A
proposal that would not load is not written at all.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from docx import Document
from helpers.cli import coversheet
from helpers.examples import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coversheet.config.files import read_config_file
from coversheet.config.profile import load_profile
from coversheet.resources import tomllib
from coversheet.word.forms.profile_init import read_template

STANDARD_ROWS = [("Title of Paper", ""), ("Author", ""), ("Date of Meeting", "")]


def blank_form(path: Path, board: str, rows: list[tuple[str, str]]) -> Path:
    """A board's blank form as python-docx writes it: the board's name, then a table of bold
    labels with the answer cell beside each (empty, or the options each with a box)."""
    document = Document()
    document.add_paragraph(board)
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = value
    document.save(str(path))
    return path


def init(form: Path, output: Path, *extra: str):
    return coversheet("profile", "init", form, "-o", output, *extra, cwd=output.parent)


def folded(label: str) -> str:
    return " ".join(label.split())


def test_del_in_a_label_and_the_boards_name_is_written_escaped(tmp_path: Path) -> None:
    form = blank_form(tmp_path / "form.docx", "Riverside\x7f Board", [*STANDARD_ROWS, ("Our priority\x7f", "")])
    result = init(form, tmp_path / "board.toml")
    assert result.returncode == 0, result.stderr
    profile = load_profile(str(tmp_path / "board.toml"))
    assert profile.name == "board"  # named after the file
    assert profile.description == "Riverside\x7f Board"
    assert profile.question("our_priority").labels == ["Our priority\x7f"]
    assert "Our priority\\x7f" in result.stdout  # the table on the terminal shows it, not obeys it


def test_a_form_named_with_line_breaks_cannot_write_settings(tmp_path: Path) -> None:
    name = 'form\n[rules]\nignore = ["missing-required-field"]\n#.docx'
    form = blank_form(tmp_path / name, "Riverside Board", STANDARD_ROWS)
    result = init(form, tmp_path / "coversheet.toml")
    assert result.returncode == 0, result.stderr
    written = (tmp_path / "coversheet.toml").read_text(encoding="utf-8")
    assert set(tomllib.loads(written)) == {"profile"}
    assert read_config_file(tmp_path / "coversheet.toml").rules.ignore == []
    assert written.splitlines()[0] == (
        '# The board profile proposed by `coversheet profile init` from '
        'form\\u000A[rules]\\u000Aignore = ["missing-required-field"]\\u000A#.docx.')


def test_labels_holding_table_headers_are_kept_in_coversheet_toml(tmp_path: Path) -> None:
    rows = [*STANDARD_ROWS, ("Ward [[questions]] link", ""), ("See [purposes]", ""), ('name = "x"', "")]
    form = blank_form(tmp_path / "form.docx", "Riverside Board", rows)
    result = init(form, tmp_path / "coversheet.toml")
    assert result.returncode == 0, result.stderr
    profile = read_config_file(tmp_path / "coversheet.toml").profile
    labels = {label for question in profile.questions for label in question.labels}
    assert {"Ward [[questions]] link", "See [purposes]", 'name = "x"'} <= labels
    assert profile.name == "riverside-board"


def test_a_proposal_that_would_not_load_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The writer's own last line of defence: what is written is read back as a profile first.
    import coversheet.word.forms.profile_toml as profile_toml

    monkeypatch.setattr(profile_toml, "profile_toml", lambda *args, **kwargs: 'name = "x"\n[[questions]]\nfield = "nope"\n')
    form = blank_form(tmp_path / "form.docx", "Riverside Board", STANDARD_ROWS)
    result = init(form, tmp_path / "board.toml")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"coversheet: {tmp_path / 'board.toml'}: not written: the profile proposed from form.docx would not load (")
    assert "questions.0.field: 'nope' is not a standard question" in lines[0]
    assert "Wrote" not in result.stderr and list(tmp_path.iterdir()) == [form]


# --- any text a form can hold ------------------------------------------------------------------

# What a Word document can hold (XML 1.0): every character but the C0 controls other than tab
# and line breaks, lone surrogates and U+FFFE / U+FFFF.
_XML_TEXT = st.characters(blacklist_categories=("Cs",),
                          blacklist_characters=[chr(c) for c in range(32) if c not in (9, 10, 13)] + ["\ufffe", "\uffff"])
_HOSTILE = st.sampled_from(["[[questions]]", "[profile]", 'say "yes"', "back\\slash", "x\x7fy", "\x85\u2028\u202e",
                            '\n[rules]\nignore = ["missing-required-field"]', "'''", '"""', "# not a comment", "ü ẞ 😀"])
_TEXT = st.lists(st.one_of(st.text(_XML_TEXT, min_size=1, max_size=12), _HOSTILE), min_size=1, max_size=3).map("".join)


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(board=_TEXT, labels=st.lists(_TEXT, min_size=1, max_size=4), options=st.lists(_TEXT, min_size=2, max_size=3))
def test_any_text_a_form_holds_is_written_as_read_and_loads(board: str, labels: list[str], options: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for output in ("board.toml", "coversheet.toml"):
            here = Path(folder) / output.removesuffix(".toml")
            here.mkdir()
            rows = [*STANDARD_ROWS, *((label, "") for label in labels), ("Choose one?", "   ".join(f"☐ {o}" for o in options))]
            form = blank_form(here / "form.docx", f"{board} Board", rows)
            read = read_template(form)
            result = init(form, here / output)
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
            if output == "coversheet.toml":
                profile = read_config_file(here / output).profile
            else:
                profile = load_profile(str(here / output))
            assert profile.description == read.board
            written = {folded(label) for question in profile.questions for label in question.labels}
            for proposal in read.questions:
                question = profile.question(proposal.key)
                said = {folded(label) for label in [proposal.label, *getattr(proposal, "also", [])]} - {""}
                assert said <= written  # every label read is in the profile (on this question or an earlier one)
                if question is not None:
                    assert set(question.labels) <= said  # and nothing but what was read
                    assert question.options in (None, proposal.options or None)
