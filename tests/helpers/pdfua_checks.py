"""PDF/UA-1 checks for a pack: the `pdfua` package (the machine-checkable part it implements)
and, with pikepdf, what it does not check that a pack must meet.

`pdfua` 0.1 implements 12 rules covering 16 of PDF/UA-1's 106 machine-checkable failure
conditions (structure tree, /Marked, tagged-or-artifact text, /Lang, figure alternative text,
table structure, link and annotation descriptions, non-empty headings, title, DisplayDocTitle,
the pdfuaid identification). The checks below add: no painting (text, lines, fills, images)
outside tagged content or an artifact, every table header cell scoped, headings in order,
every font embedded. Neither can check what needs a person: that alternative text is right,
that the reading order is the visual one, that colour contrast and the headings' words suit.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

PAINTING = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"}


def problems(path: Path) -> list[str]:
    """Every way `path` falls short, one line each; [] when it passes."""
    import pdfua

    found = [f"pdfua {f.rule_id}: {f.message}" for f in pdfua.validate(str(path)).findings
             if f.severity.name == "ERROR" or f.rule_id in ("UA-07-001", "UA-07-002", "UA-28-004", "UA-18-005")]
    with pikepdf.open(path) as pdf:
        found += _catalogue(pdf) + _fonts(pdf) + _untagged(pdf) + _tree(pdf)
    return found


def _catalogue(pdf: pikepdf.Pdf) -> list[str]:
    found = []
    if not str(pdf.Root.get("/Lang", "")):
        found.append("no /Lang in the catalogue")
    with pdf.open_metadata() as meta:
        if not meta.get("dc:title"):
            found.append("no dc:title")
        if meta.get("pdfuaid:part") != "1":
            found.append("no pdfuaid:part 1")
    if not pdf.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle"):
        found.append("DisplayDocTitle is not true")
    return found


def _fonts_of(resources, seen: set) -> list[tuple[str, Dictionary]]:
    fonts = []
    if not isinstance(resources, Dictionary):
        return fonts
    for _, font in (resources.get("/Font") or {}).items():
        if isinstance(font, Dictionary) and font.objgen not in seen:
            seen.add(font.objgen)
            fonts.append((str(font.get("/BaseFont", font.get("/Name", "?"))), font))
    for _, xobject in (resources.get("/XObject") or {}).items():
        if isinstance(xobject, pikepdf.Stream) and xobject.get("/Subtype") == Name.Form and xobject.objgen not in seen:
            seen.add(xobject.objgen)
            fonts += _fonts_of(xobject.get("/Resources"), seen)
    return fonts


def _fonts(pdf: pikepdf.Pdf) -> list[str]:
    found, seen = [], set()
    for number, page in enumerate(pdf.pages, start=1):
        for name, font in _fonts_of(page.obj.get("/Resources"), seen):
            if font.get("/Subtype") == Name.Type3:
                continue
            descendant = font.DescendantFonts[0] if font.get("/Subtype") == Name.Type0 else font
            descriptor = descendant.get("/FontDescriptor")
            if not isinstance(descriptor, Dictionary) or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                found.append(f"page {number}: font {name} is not embedded")
    return found


def _untagged(pdf: pikepdf.Pdf) -> list[str]:
    """Painting outside marked content that is tagged (an MCID) or an artifact."""
    found = []
    for number, page in enumerate(pdf.pages, start=1):
        stack: list[bool] = []  # for each open marked-content sequence: is what it holds accounted for?
        loose = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = operands[0]
                props = operands[1] if op == "BDC" and len(operands) > 1 else None
                covered = tag == Name.Artifact or (isinstance(props, Dictionary) and "/MCID" in props)
                stack.append(covered or (bool(stack) and stack[-1]))
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op in PAINTING and not (stack and stack[-1]):
                loose += 1
        if loose:
            found.append(f"page {number}: {loose} painting operation(s) neither tagged nor an artifact")
    return found


def _kids(node) -> list[Dictionary]:
    kids = node.get("/K")
    kids = list(kids) if isinstance(kids, Array) else [kids] if kids is not None else []
    return [kid for kid in kids if isinstance(kid, Dictionary) and "/S" in kid]


def _tree(pdf: pikepdf.Pdf) -> list[str]:
    root = pdf.Root.get("/StructTreeRoot")
    if not isinstance(root, Dictionary):
        return ["no structure tree"]
    roles = root.get("/RoleMap") or Dictionary()
    found, last_level, stack = [], 0, _kids(root)[::-1]
    while stack:
        node = stack.pop()
        role = node.S
        role = roles.get(role, role) if isinstance(roles, Dictionary) else role
        name = str(role)[1:]
        if name == "TH":
            attributes = node.get("/A")
            attributes = list(attributes) if isinstance(attributes, Array) else [attributes] if attributes is not None else []
            if not any(isinstance(a, Dictionary) and "/Scope" in a for a in attributes):
                found.append("a table header cell (TH) without /Scope")
        if len(name) == 2 and name[0] == "H" and name[1].isdigit():
            level = int(name[1])
            if level > last_level + 1:
                found.append(f"heading H{level} after H{last_level}: a level skipped")
            last_level = level
        stack.extend(_kids(node)[::-1])
    return found
