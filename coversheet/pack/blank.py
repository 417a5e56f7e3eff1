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


def stamp_all(pdf: pikepdf.Pdf, stamps: list[tuple[int, str, str | None, str | None]]) -> None:
    """For each (page index, footer, header, words): write `words` mid-page (None on a page
    with content of its own: an appendix's) and the pack's footer, and header if any, after
    what the page already shows. All are drawn as the pages of one reportlab document, so the
    font is embedded once for the whole pack, not once a page."""
    if not stamps:
        return
    boxes = [[float(v) for v in pdf.pages[index].mediabox] for index, *_ in stamps]
    overlay = pikepdf.open(io.BytesIO(_drawing([(box[2] - box[0], box[3] - box[1], footer, header, words)
                                                for box, (_, footer, header, words) in zip(boxes, stamps, strict=True)])))
    for number, (box, (index, _, _, words)) in enumerate(zip(boxes, stamps, strict=True)):
        page = pdf.pages[index]
        if words is None:  # a page with content of its own: whatever state it leaves is undone first
            page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
            page.contents_add(pikepdf.Stream(pdf, b"\nQ\n"), prepend=False)
        form = pdf.copy_foreign(overlay.pages[number].as_form_xobject())
        name = page.add_resource(form, Name.XObject, prefix="Blank")
        marked = b"/Artifact <</Type /Pagination>> BDC q 1 0 0 1 %s %s cm %s Do Q EMC\n" % (
            _number(box[0]), _number(box[1]), bytes(str(name), "ascii"))
        page.contents_add(pikepdf.Stream(pdf, marked), prepend=False)


def _drawing(pages: list[tuple[float, float, str, str | None, str | None]]) -> bytes:
    """A PDF with a page for each (width, height, footer, header, words)."""
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))  # found on reportlab's own font path
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=pages[0][:2], pageCompression=1, initialFontName=FONT)
    for width, height, footer, header, words in pages:
        drawing.setPageSize((width, height))
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
