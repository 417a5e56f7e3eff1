"""One safe way into a .docx: every command vets a Word file the same way, and refuses in one line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers.hostile import (
    COMPLETE,
    CONTENT_TYPES,
    EXAMPLES,
    PACKAGE_RELS,
    coversheet,
    document_xml,
    snapshot,
    write_docx,
)

pytestmark = pytest.mark.processes  # each case starts coversheet (or its server) as a process of its own

REAL = EXAMPLES / "word" / "item-05-phase-3-planning.docx"


def _members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def _replace(members, name: str, data: bytes) -> list[tuple[str, bytes]]:
    return [(n, data if n == name else d) for n, d in members]


def _hostile(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """A .docx built as `kind`, and a word its refusal must contain."""
    real = _members(REAL)
    path = tmp_path / f"{kind}.docx"
    if kind == "duplicate-document":
        blank = document_xml("<w:p/>").encode()
        write_docx(path, [*real, ("word/document.xml", blank)])
        return path, "two parts named word/document.xml"
    if kind == "no-content-types":
        write_docx(path, [(n, d) for n, d in real if n != "[Content_Types].xml"])
        return path, "[Content_Types].xml"
    if kind == "late-doctype":
        styles = dict(real)["word/styles.xml"]
        head, _, rest = styles.partition(b"?>")
        late = head + b"?><!--" + b"x" * 40_000 + b'--><!DOCTYPE w:styles [<!ENTITY a "b">]>' + rest
        write_docx(path, _replace(real, "word/styles.xml", late))
        return path, "DOCTYPE"
    if kind == "deep-nesting":
        styles = dict(real)["word/styles.xml"]
        deep = styles.replace(b"</w:styles>", b"<w:x>" * 300 + b"</w:x>" * 300 + b"</w:styles>")
        write_docx(path, _replace(real, "word/styles.xml", deep))
        return path, "styles.xml"
    if kind == "malformed-part":
        write_docx(path, _replace(real, "word/styles.xml", b"<w:styles><unclosed></w:styles>"))
        return path, "styles.xml"
    if kind == "zip-bomb":
        write_docx(path, [*real, ("word/media/image99.png", b"\0" * (120 * 1024 * 1024))])
        return path, "zip bomb"
    raise AssertionError(kind)


KINDS = ["duplicate-document", "no-content-types", "late-doctype", "deep-nesting", "malformed-part", "zip-bomb"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_command_refuses_a_hostile_docx_in_one_line(tmp_path: Path, kind: str) -> None:
    docx, reason = _hostile(tmp_path, kind)
    before = snapshot(tmp_path)
    runs = {
        "render --paper": coversheet("render", COMPLETE, "--paper", docx, "-o", tmp_path / "out" / "x.docx"),
        "render --template": coversheet("render", COMPLETE, "--template", docx, "-o", tmp_path / "out" / "y.docx"),
        "template check": coversheet("template", "check", docx),
    }
    for name, result in runs.items():
        assert result.returncode == 2, f"{name}: {result.stdout}{result.stderr}"
        assert "Traceback" not in result.stderr, name
        assert reason in result.stderr, f"{name}: {result.stderr}"
        assert len(result.stderr.strip().splitlines()) == 1, f"{name}: {result.stderr}"
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert snapshot(tmp_path) == before  # nothing written, the input unchanged


@pytest.mark.parametrize("kind", ["duplicate-document", "no-content-types"])
def test_check_refuses_what_word_cannot_open_or_reads_differently(tmp_path: Path, kind: str) -> None:
    docx, reason = _hostile(tmp_path, kind)
    result = coversheet("check", docx)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "ERROR" in result.stdout and reason in result.stdout


def test_a_docx_without_a_document_but_with_content_types_is_still_plainly_refused(tmp_path: Path) -> None:
    docx = write_docx(tmp_path / "empty.docx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS)])
    result = coversheet("check", docx)
    assert result.returncode == 1 and "no word/document.xml" in result.stdout
