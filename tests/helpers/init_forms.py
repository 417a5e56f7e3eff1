"""`profile init` run on a blank form a test builds, and what it proposed."""

from __future__ import annotations

from pathlib import Path

from helpers.cli import coversheet

from coversheet.config.profile import load_profile


def propose(tmp_path: Path, document) -> object:
    """The profile `profile init` proposes from `document` (it must write one that loads)."""
    form = tmp_path / "blank.docx"
    document.save(str(form))
    result = coversheet("profile", "init", form, "-o", tmp_path / "board.toml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return load_profile(str(tmp_path / "board.toml"))


def asked(profile) -> dict[str, tuple]:
    """Printed label -> (the question's path in a draft, kind, options) of every question proposed."""
    return {question.label: (question.path, question.kind_name.split(" ")[0], question.options)
            for question in profile.questions}
