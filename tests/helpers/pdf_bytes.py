"""Everything a PDF holds, for tests that a word or a name is nowhere in it."""

from __future__ import annotations

import zlib
from pathlib import Path


def all_bytes(pdf: Path) -> bytes:
    """Every object of the PDF, streams decompressed, strings as written and decoded."""
    import pikepdf

    parts = [pdf.read_bytes()]
    with pikepdf.open(pdf) as document:
        for obj in document.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    parts.append(obj.read_bytes())
                except pikepdf.PdfError:
                    parts.append(zlib.decompress(obj.read_raw_bytes()) if obj.get("/Filter") == "/FlateDecode" else b"")
        for key, value in document.docinfo.items():
            parts.append(f"{key} {value}".encode())
        with document.open_outline() as outline:
            titles = []
            stack = list(outline.root)
            while stack:
                item = stack.pop()
                titles.append(item.title)
                stack.extend(item.children)
        parts.append("\n".join(titles).encode())
        parts.append(str(document.open_metadata(set_pikepdf_as_editor=False)).encode())
    return b"\n".join(parts)
