"""`profile init` on each shipped profile's own blank form gives back that profile's questions.

The form is the one a secretary gets from `coversheet new --docx` (under the profile; for the
default profile the standard 2020 form). Its controls carry our tags, so the proposed profile
has exactly the shipped questions: names, kinds (a multiple choice too), printed labels,
options and sections, in the board's order; and the board's purpose and public / private words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config.profile import load_profile, shipped_profiles


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def questions(profile) -> list[tuple]:
    return [(q.key, q.kind_name, q.label, q.options, q.section) for q in profile.questions]


@pytest.mark.parametrize("name", shipped_profiles())
def test_profile_init_on_a_shipped_profiles_form_gives_its_questions(name: str, tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text(f'profile = "{name}"\n')
    form = tmp_path / "form.docx"
    made = run("new", form, "--docx", "--config", tmp_path / "coversheet.toml")
    assert made.exit_code == 0, made.output
    result = run("profile", "init", form, "-o", tmp_path / "proposed.toml")
    assert result.exit_code == 0, result.output
    proposed, shipped = load_profile(str(tmp_path / "proposed.toml")), load_profile(name)
    assert questions(proposed) == questions(shipped)
    unsure = [line for line in result.output.splitlines() if "   ? " in line]
    assert all(" references " in line for line in unsure), unsure  # only list-or-references is told from the label
    if name != "ics-board-2020":  # the 2020 form prints "For approval" ...: its own words, not the profile's
        asked_purpose = any(q.key == "purpose" for q in shipped.questions)
        assert (proposed.purposes == shipped.purposes) or not asked_purpose
        assert (proposed.confidentiality.public, proposed.confidentiality.private) == (
            shipped.confidentiality.public, shipped.confidentiality.private)
