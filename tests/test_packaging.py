"""The installed package is self-sufficient: its data files ship inside it and both entry points run;
the wheel, built and installed in a venv of its own, too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import coversheet
from coversheet.resources import data_path

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]


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


@pytest.mark.slow
def test_the_wheel_installed_in_a_venv_of_its_own_carries_its_data_and_runs(tmp_path: Path) -> None:
    # The development venv holds coversheet editable (its code is the working tree), so this
    # test builds the wheel a user installs and runs it from a venv of its own.
    wheels, venv = tmp_path / "wheels", tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, ROOT], check=True)
    (wheel,) = wheels.glob("coversheet-*.whl")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", wheel], check=True)
    # Its dependencies from the development venv: its site-packages on the path, but not its
    # .pth files (those of a path named in a .pth are not read), so its editable coversheet stays out.
    (site,) = (venv / "lib").glob("python*/site-packages")
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)

    def run(*args) -> subprocess.CompletedProcess:
        return subprocess.run([*args], capture_output=True, text=True, cwd=tmp_path, env=env)

    where = run(python, "-c", "import coversheet; print(coversheet.__file__)")
    assert Path(where.stdout.strip()).is_relative_to(site), where.stdout + where.stderr
    version = run(venv / "bin" / "coversheet", "--version")
    assert version.returncode == 0 and coversheet.__version__ in version.stdout, version.stderr
    rendered = run(python, "-m", "coversheet", "render", ROOT / "examples" / "complete.yaml", "-o", tmp_path / "complete.docx")
    assert rendered.returncode == 0, rendered.stderr  # the Word template ships in the wheel
    checked = run(python, "-m", "coversheet", "check", tmp_path / "complete.docx", ROOT / "examples-profiles" / "nhs-icb")
    assert checked.returncode in (0, 1) and "Traceback" not in checked.stderr, checked.stderr  # profiles and glossary too
