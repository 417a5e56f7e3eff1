"""A Word document saved as bytes, for `outputs.write_atomic` to write in one piece."""

from __future__ import annotations

import io


def docx_bytes(document) -> bytes:
    """`document` (python-docx's, docxtpl's or docxcompose's Composer) saved, in memory.

    Never saved straight to disk: when a write fails there (a full disk), python-docx leaves
    its `ZipFile` open, and the `ZipFile` fails again as it is freed at exit, printing a
    traceback after the one line that said the output could not be written.
    """
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def followed_by(content: bytes, paper) -> bytes:
    """The Word document `content` (a cover sheet ending in a page break) with the body of
    the Word document at `paper` after it, saved: what `render --paper` writes."""
    from docx import Document
    from docxcompose.composer import Composer

    composer = Composer(Document(io.BytesIO(content)))
    composer.append(Document(str(paper)))
    return docx_bytes(composer)
