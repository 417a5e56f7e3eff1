"""OOXML namespaces and a helper to spell qualified names."""

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

NSMAP = {"w": W, "w14": W14, "w15": W15, "r": R, "mc": MC}


def qn(tag: str) -> str:
    """'w:tbl' -> '{http://...main}tbl'."""
    prefix, local = tag.split(":")
    return f"{{{NSMAP[prefix]}}}{local}"
