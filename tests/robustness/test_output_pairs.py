"""Outputs written together (a pack and its index): both in place, or neither, whatever happens between."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from coversheet import outputs
from coversheet.outputs import write_together


def _second_rename_fails(monkeypatch) -> None:
    real, calls = os.replace, []

    def replace(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied", str(target))
        real(source, target)

    monkeypatch.setattr(outputs.os, "replace", replace)


def test_when_the_second_cannot_be_put_in_place_the_first_is_taken_back(tmp_path: Path, monkeypatch) -> None:
    pack, index = tmp_path / "pack.pdf", tmp_path / "pack.html"
    _second_rename_fails(monkeypatch)
    with pytest.raises(PermissionError):
        write_together({pack: b"%PDF new", index: "<html>new"})
    assert list(tmp_path.iterdir()) == []  # neither, and no temporary file


def test_with_force_the_pair_it_would_have_replaced_is_kept_whole(tmp_path: Path, monkeypatch) -> None:
    pack, index = tmp_path / "pack.pdf", tmp_path / "pack.html"
    pack.write_bytes(b"%PDF old")
    index.write_text("<html>old", encoding="utf-8")
    _second_rename_fails(monkeypatch)
    with pytest.raises(PermissionError):
        write_together({pack: b"%PDF new", index: "<html>new"}, force=True)
    assert (pack.read_bytes(), index.read_text(encoding="utf-8")) == (b"%PDF old", "<html>old")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.html", "pack.pdf"]


def test_an_interrupt_between_the_renames_waits_until_both_are_in_place(tmp_path: Path, monkeypatch) -> None:
    pack, index = tmp_path / "pack.pdf", tmp_path / "pack.html"
    real = os.replace

    def replace(source, target):
        real(source, target)
        if Path(target) == pack:
            signal.raise_signal(signal.SIGINT)  # Ctrl-C just as the pack is in place, its index not yet

    monkeypatch.setattr(outputs.os, "replace", replace)
    # Ctrl-C as Python at a terminal takes it: a pytest-xdist worker starts with SIGINT ignored,
    # and whether an earlier test left it so depended on the order the tests ran in
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_together({pack: b"%PDF new", index: "<html>new"})
    finally:
        signal.signal(signal.SIGINT, previous)
    assert (pack.read_bytes(), index.read_text(encoding="utf-8")) == (b"%PDF new", "<html>new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.html", "pack.pdf"]
