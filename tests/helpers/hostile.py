"""Hostile and unlucky inputs for the robustness tests: the command run as a user runs it, files made to break it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
COMPLETE = EXAMPLES / "complete.yaml"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'


def write_docx(path: Path, members: list[tuple[str, str | bytes]]) -> Path:
    """A zip with exactly `members` (duplicates allowed, in order), as a hostile author builds it."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: that is the point
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members:
                archive.writestr(name, data)
    return path


def empty_paragraphs_docx(path: Path, paragraphs: int) -> Path:
    """A tiny .docx that inflates to millions of empty paragraphs: slow to read, not a bomb."""
    return write_docx(
        path,
        [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS), ("word/document.xml", document_xml("<w:p/>" * paragraphs))],
    )


def long_table_docx(path: Path, rows: int, cells: int = 1) -> Path:
    """A .docx whose body opens with one table of `rows` rows of `cells` cells (each with its
    properties and a bold run, as Word writes them): a long paper, not a bomb."""
    cell = ('<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="left"/></w:pPr>'
            "<w:r><w:rPr><w:b/></w:rPr><w:t>x</w:t></w:r></w:p></w:tc>")
    row = f"<w:tr>{cell * cells}</w:tr>"
    return write_docx(
        path,
        [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS), ("word/document.xml", document_xml(f"<w:tbl>{row * rows}</w:tbl><w:p/>"))],
    )


def coversheet(*args, cwd: Path | None = None, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    if "stdout" not in kwargs:
        kwargs["capture_output"] = True
    return subprocess.run(
        [sys.executable, "-m", "coversheet", *map(str, args)],
        text=True,
        cwd=cwd,
        timeout=timeout,
        errors="replace",
        **kwargs,
    )


def children_of(pid: int) -> set[int]:
    """Every process descended from `pid` (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and modification time (links not followed)."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            state[str(path)] = (path.read_bytes(), path.stat().st_mtime_ns)
    return state
