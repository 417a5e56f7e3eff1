"""A PDF appendix's tags grafted into the pack's structure tree, so the tree covers every page.

LibreOffice tags everything it exports; a PDF appendix comes in afterwards with its own
structure tree, whose keys would collide with the pack's. After the appendix's pages are put
in place of the pages held for them (`pdf.py`), `graft` does this for each appendix:

- the structure elements of the held pages (one placeholder line each) are taken out, and a
  ``Sect`` titled "Appendix N: name" is put where the first of them was (reading order);
- a tagged appendix: the kids of its ``Document`` element (or of its root) are copied under
  that ``Sect``; their ``/Pg`` references land on the pages just put in, because pikepdf
  copies each foreign object once (the page and the elements pointing at it meet again);
  each page's ``/StructParents`` and each annotation's ``/StructParent`` gets a new key after
  the pack's own, with the appendix's ``ParentTree`` entries copied under the new keys;
  MCIDs belong to a page's content and stay as they are; role and class maps are merged;
- an untagged appendix: each page's content becomes one marked-content sequence (MCID 0), a
  ``Figure`` element with alternative text saying which page of which appendix it is, and
  that the page had no tags of its own. A screen reader announces it instead of skipping it.
"""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary, Name, NumberTree, String


def graft(pdf: pikepdf.Pdf, appendix: pikepdf.Pdf, placed: list[pikepdf.Page], held: set[tuple[int, int]], title: str) -> None:
    """Tag the appendix pages `placed` in `pdf` (copied from `appendix`, in order), replacing
    the structure elements of the `held` pages (object ids) they were put in place of."""
    root = pdf.Root.get("/StructTreeRoot")
    if not isinstance(root, Dictionary):
        return  # an untagged pack: nothing to keep consistent
    parent, position = _take_out(root, held)
    if parent is None:
        parent = document_element(root)
        position = len(_kids(parent))
    section = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Sect, T=String(title), P=parent, K=Array()))
    tree, next_key = _parent_tree(pdf, root)
    source = appendix.Root.get("/StructTreeRoot")
    if _is_tagged(appendix, source):
        next_key = _copy_tags(pdf, root, source, section, placed, tree, next_key)
    else:
        next_key = _figures(pdf, section, placed, tree, next_key, title)
    root.ParentTreeNextKey = next_key
    kids = _kids(parent)
    kids.insert(position, section)
    parent.K = Array(kids)


def document_element(root: Dictionary) -> Dictionary:
    """The pack's ``Document`` element (LibreOffice puts one under the root), else the root."""
    kids = _kids(root)
    documents = [k for k in kids if isinstance(k, Dictionary) and k.get("/S") == Name.Document]
    return documents[0] if len(documents) == 1 else root


def _kids(node: Dictionary) -> list:
    kids = node.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, Array) else [kids]


def _take_out(root: Dictionary, held: set[tuple[int, int]]):
    """Remove the elements on the `held` pages; the parent and index of the first one removed."""
    first = (None, 0)
    stack = [root]
    while stack:
        node = stack.pop()
        kids = _kids(node)
        keep = []
        for kid in kids:
            if isinstance(kid, Dictionary) and "/Pg" in kid and kid.Pg.objgen in held and kid.get("/Type", Name.StructElem) == Name.StructElem:
                if first[0] is None:
                    first = (node, len(keep))
                continue
            keep.append(kid)
            if isinstance(kid, Dictionary) and "/S" in kid:
                stack.append(kid)
        if len(keep) != len(kids):
            node.K = Array(keep)
    return first


def _parent_tree(pdf: pikepdf.Pdf, root: Dictionary) -> tuple[NumberTree, int]:
    if "/ParentTree" not in root:
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array()))
    tree = NumberTree(root.ParentTree)
    used = max((int(key) for key in tree.keys()), default=-1) + 1
    return tree, max(used, int(root.get("/ParentTreeNextKey", 0)))


def _is_tagged(appendix: pikepdf.Pdf, source) -> bool:
    return isinstance(source, Dictionary) and bool(_kids(source)) and "/ParentTree" in source


def _copy_tags(pdf: pikepdf.Pdf, root: Dictionary, source: Dictionary, section: Dictionary, placed: list[pikepdf.Page],
               tree: NumberTree, next_key: int) -> int:
    top = document_element(source)
    kids = [kid for kid in _kids(top) if isinstance(kid, Dictionary)]
    for kid in kids:  # in the appendix opened in memory (never saved): no way back to its root
        if "/P" in kid:
            del kid["/P"]
    copied = [_copied(pdf, kid) for kid in kids]
    for kid in copied:
        kid.P = section
    section.K = Array(copied)
    for key in ("/RoleMap", "/ClassMap"):
        theirs = source.get(key)
        if isinstance(theirs, Dictionary):
            if key not in root:
                root[key] = Dictionary()
            ours = root[key]
            for name, value in theirs.items():
                if name not in ours:
                    ours[name] = _copied(pdf, value)
    old_tree = NumberTree(source.ParentTree)

    def renumber(holder: Dictionary, key: str) -> None:
        nonlocal next_key
        old = holder.get(key)
        if old is None:
            return
        try:
            value = old_tree[int(old)]
        except (KeyError, IndexError):
            del holder[key]  # it pointed at nothing in its own tree
            return
        tree[next_key] = _copied(pdf, value)
        holder[key] = next_key
        next_key += 1

    for page in placed:
        renumber(page.obj, "/StructParents")
        for annotation in page.get("/Annots", []):
            if isinstance(annotation, Dictionary):
                renumber(annotation, "/StructParent")
    return next_key


def _copied(pdf: pikepdf.Pdf, value):
    """`value` from the appendix, in `pdf`: indirect objects copied once (pikepdf remembers them)."""
    if isinstance(value, pikepdf.Object) and value.is_indirect:
        return pdf.copy_foreign(value)
    if isinstance(value, Array):
        return Array([_copied(pdf, item) for item in value])
    if isinstance(value, Dictionary):
        return Dictionary({key: _copied(pdf, item) for key, item in value.items()})
    return value


def _figures(pdf: pikepdf.Pdf, section: Dictionary, placed: list[pikepdf.Page], tree: NumberTree, next_key: int,
             title: str) -> int:
    figures = []
    for number, page in enumerate(placed, start=1):
        if "/StructParents" in page.obj:
            del page.obj["/StructParents"]
        page.contents_add(pikepdf.Stream(pdf, b"/Figure <</MCID 0>> BDC q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"\nQ EMC\n"), prepend=False)
        box = Array([float(v) for v in page.mediabox])
        alt = f"{title}, page {number} of {len(placed)}: a page put in as it is, without tags of its own; its text is not available here"
        figure = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Figure, P=section, Pg=page.obj, K=0,
                                              Alt=String(alt), A=Dictionary(O=Name.Layout, BBox=box)))
        tree[next_key] = Array([figure])
        page.obj.StructParents = next_key
        next_key += 1
        figures.append(figure)
    section.K = Array(figures)
    return next_key
