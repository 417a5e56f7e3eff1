"""PDF appendices in the pack's structure tree: a tagged one keeps its tags, an untagged one is a figure per page."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pytest
from helpers.meeting import page_texts
from helpers.pack_builds import TAGGED_WORDS

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow


def _elements(pdf: pikepdf.Pdf):
    """Every structure element reachable from the StructTreeRoot, with its parent."""
    stack = [(pdf.Root.StructTreeRoot, None)]
    while stack:
        node, parent = stack.pop()
        yield node, parent
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                stack.append((kid, node))


def _section(pdf: pikepdf.Pdf, title: str) -> pikepdf.Dictionary:
    found = [node for node, _ in _elements(pdf) if node.get("/S") == "/Sect" and str(node.get("/T", "")) == title]
    assert len(found) == 1, title
    return found[0]


def _pages_under(node: pikepdf.Dictionary, index: dict) -> dict[int, list[str]]:
    """The pages (1-based) the elements under `node` mark content on, with those elements' types."""
    pages: dict[int, list[str]] = {}
    stack = [node]
    while stack:
        element = stack.pop()
        kids = element.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        if "/Pg" in element and any(isinstance(k, int) for k in kids):
            pages.setdefault(index[element.Pg.objgen], []).append(str(element.S))
        stack.extend(k for k in kids if isinstance(k, pikepdf.Dictionary) and "/S" in k)
    return pages


def test_the_tagged_appendix_keeps_its_tags_on_its_own_pages(public: Path) -> None:
    texts = page_texts(public)
    with pikepdf.open(public) as pdf:
        index = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        appendix = _section(pdf, "Appendix 2")
        parent = next(p for node, p in _elements(pdf) if node.objgen == appendix.objgen)
        assert parent.get("/S") == "/Document"  # in the pack's document, after the paper it belongs to
        marked = _pages_under(appendix, index)
        assert pdf.Root.StructTreeRoot.RoleMap.Standard == "/P"  # LibreOffice's paragraphs, as both files map them
    first, second = sorted(marked)
    assert second == first + 1 == len(texts)
    assert sorted(marked[first]) == ["/H1", "/Standard"] and marked[second] == ["/H1"]
    assert TAGGED_WORDS[0] in texts[first - 1] and TAGGED_WORDS[1] in texts[second - 1]


def test_poppler_reads_each_appendix_through_the_structure_tree(public: Path) -> None:
    tree = subprocess.run(["pdfinfo", "-struct-text", str(public)], check=True, capture_output=True, text=True).stdout
    tagged = tree[tree.index('Sect "Appendix 2"'):]
    assert 'H1 (block)' in tagged and f'"{TAGGED_WORDS[0]}"' in tagged and f'"{TAGGED_WORDS[1]}"' in tagged
    untagged = tree[tree.index('Sect "Appendix 1"'):tree.index('Sect "Appendix 2')]
    assert untagged.count("Figure") == 2 and '"Appendix A: capital plan by partner"' in untagged


def test_the_untagged_appendix_is_a_figure_a_page_with_alternative_text(public: Path) -> None:
    texts = page_texts(public)
    with pikepdf.open(public) as pdf:
        index = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        appendix = _section(pdf, "Appendix 1")
        figures = list(appendix.K)
        assert [str(f.S) for f in figures] == ["/Figure", "/Figure"]
        assert [index[f.Pg.objgen] for f in figures] == [len(texts) - 3, len(texts) - 2]
        assert str(figures[0].Alt).startswith("Appendix 1, page 1 of 2: a page put in as it is, without tags")
        content = pdf.pages[len(texts) - 4].obj.Contents
        streams = b"".join(s.read_bytes() for s in (content if isinstance(content, pikepdf.Array) else [content]))
    assert "Appendix A: capital plan" in texts[len(texts) - 4]
    # the page's own content is the figure's (MCID 0); the pack's footer after it an artifact
    assert streams.index(b"/Figure <</MCID 0>> BDC") < streams.index(b"EMC") < streams.index(b"/Artifact <</Type /Pagination>> BDC")


def test_every_page_has_its_own_parent_tree_entry_and_every_mcid_leads_back(public: Path, private: Path) -> None:
    for pack in (public, private):
        with pikepdf.open(pack) as pdf:
            tree = pikepdf.NumberTree(pdf.Root.StructTreeRoot.ParentTree)
            keys = [int(page.obj.StructParents) for page in pdf.pages]
            assert len(set(keys)) == len(keys)  # no two pages share a key: none collides
            checked = 0
            for node, _ in _elements(pdf):
                kids = node.get("/K")
                for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                    if isinstance(kid, int) and "/Pg" in node:
                        assert tree[int(node.Pg.StructParents)][kid].objgen == node.objgen
                        checked += 1
            assert checked > 100
            assert int(pdf.Root.StructTreeRoot.ParentTreeNextKey) > max(keys)


def test_the_footers_drawn_on_appendix_pages_embed_their_font_once(public: Path) -> None:
    """Each appendix page gets the pack's footer over its own content; the font those footers
    are drawn in is in the pack once, not once a page (a pack's size grew with every page)."""
    with pikepdf.open(public) as pdf:
        programs = set()
        for page in pdf.pages:
            for form in page.Resources.get("/XObject", {}).values():
                for font in form.get("/Resources", {}).get("/Font", {}).values():
                    if "Vera" in str(font.get("/BaseFont", "")):
                        descriptor = font.DescendantFonts[0].FontDescriptor if "/DescendantFonts" in font else font.FontDescriptor
                        programs.add(descriptor.FontFile2.objgen)
    assert len(programs) == 1
