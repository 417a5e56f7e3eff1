"""Words drawn on pages the Word document could not number: --duplex blank pages and PDF appendices.

A section that must start on a right-hand page makes LibreOffice insert an empty page (no
text, no footer: it is not part of any section's layout). The words cannot come from the Word
document, so they are drawn here with reportlab in a font it ships (Bitstream Vera, embedded
as a subset, as PDF/UA asks of every font) and put on the page as a pagination artifact:
screen readers skip it, as they skip every page's footer. A PDF appendix's pages get the
pack's footer (and the private pack's header) the same way, over their own content.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Name

BLANK_PAGE = "This page is intentionally left blank"
FONT = "CoversheetVera"


def is_inserted_blank(page: pikepdf.Page) -> bool:
    """A page LibreOffice added to start the next section on a right-hand page: untagged and empty."""
    if "/StructParents" in page.obj or page.get("/Annots"):
        return False
    content = page.obj.Contents.read_bytes() if "/Contents" in page.obj and isinstance(page.obj.Contents, pikepdf.Stream) else b""
    return b"BT" not in content and b"Do" not in content


def stamp(pdf: pikepdf.Pdf, index: int, footer: str, header: str | None = None, *, words: str | None = BLANK_PAGE) -> None:
    """Write `words` mid-page (the blank-page words by default) and the pack's footer, and
    header if any, on page `index`, after what the page already shows."""
    page = pdf.pages[index]
    if words is None:  # a page with content of its own: whatever state it leaves is undone first
        page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"\nQ\n"), prepend=False)
    box = [float(v) for v in page.mediabox]
    width, height = box[2] - box[0], box[3] - box[1]
    overlay = pikepdf.open(io.BytesIO(_drawing(width, height, footer, header, words)))
    form = pdf.copy_foreign(overlay.pages[0].as_form_xobject())
    name = page.add_resource(form, Name.XObject, prefix="Blank")
    marked = b"/Artifact <</Type /Pagination>> BDC q 1 0 0 1 %s %s cm %s Do Q EMC\n" % (
        _number(box[0]), _number(box[1]), bytes(str(name), "ascii"))
    page.contents_add(pikepdf.Stream(pdf, marked), prepend=False)


def _drawing(width: float, height: float, footer: str, header: str | None, words: str | None) -> bytes:
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))  # found on reportlab's own font path
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=(width, height), pageCompression=1, initialFontName=FONT)
    if words:
        drawing.setFont(FONT, 14)
        drawing.drawCentredString(width / 2, height / 2, words)
    drawing.setFont(FONT, 9)
    drawing.drawString(2 * cm, 1.25 * cm, footer)
    if header:
        drawing.drawString(2 * cm, height - 1.25 * cm, header)
    drawing.showPage()
    drawing.save()
    return out.getvalue()


def _number(value: float) -> bytes:
    return (f"{value:.2f}".rstrip("0").rstrip(".") or "0").encode("ascii")
