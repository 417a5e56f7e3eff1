"""The installed package is self-sufficient: its data files ship inside it and both entry points run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import coversheet
from coversheet.resources import data_path

BIN = Path(sys.executable).parent


def test_data_files_are_inside_the_package() -> None:
    package = Path(coversheet.__file__).parent
    for parts in [("schemas", "coversheet.schema.json"), ("templates", "draft.yaml")]:
        path = data_path(*parts)
        assert path.is_file(), path
        assert package in path.parents


def test_console_script_and_module_run(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    script = BIN / "coversheet"
    if script.exists():
        result = subprocess.run([script, "--version"], capture_output=True, text=True, cwd=tmp_path, env=env)
        assert result.returncode == 0 and coversheet.__version__ in result.stdout
    module = subprocess.run([sys.executable, "-m", "coversheet", "schema"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert module.returncode == 0, module.stderr
    assert json.loads(module.stdout)["title"] == "CoverSheet"
