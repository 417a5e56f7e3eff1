"""A PDF appendix's tags grafted into the pack's structure tree, so the tree covers every page.

LibreOffice tags everything it exports; a PDF appendix comes in afterwards with its own
structure tree, whose keys would collide with the pack's. After the appendix's pages are put
in place of the pages held for them (`pdf.py`), `Grafts.graft` does this for each appendix,
and `Grafts.place` puts them all in the tree in one walk of it (a walk for each appendix
cost a 500-page pack with 30 appendices seconds):

- the structure elements of the held pages (one placeholder line each) are taken out, and a
  ``Sect`` titled "Appendix N" is put where the first of them was (reading order);
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


class Grafts:
    """The appendices' tags for the structure tree of `pdf`: each `graft`ed, then all `place`d."""

    def __init__(self, pdf: pikepdf.Pdf):
        self.pdf = pdf
        self.root = pdf.Root.get("/StructTreeRoot")
        self.tagged = isinstance(self.root, Dictionary)  # untagged: nothing to keep consistent
        self.sections: list[tuple[Dictionary, set[tuple[int, int]]]] = []
        if self.tagged:
            self.tree, self.next_key = _parent_tree(pdf, self.root)

    def graft(self, appendix: pikepdf.Pdf, placed: list[pikepdf.Page], held: set[tuple[int, int]], title: str) -> None:
        """Tag the appendix pages `placed` in the pack (copied from `appendix`, in order, while
        it is open), to replace the structure elements of the `held` pages (object ids) they
        were put in place of."""
        if not self.tagged:
            return
        pdf = self.pdf
        section = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Sect, T=String(title), K=Array()))
        source = appendix.Root.get("/StructTreeRoot")
        if _is_tagged(appendix, source):
            self.next_key = _copy_tags(pdf, self.root, source, section, placed, self.tree, self.next_key)
        else:
            self.next_key = _figures(pdf, section, placed, self.tree, self.next_key, title)
        self.sections.append((section, held))

    def place(self) -> None:
        """Each appendix's ``Sect`` where the first element of its held pages was, those
        elements out; a ``Sect`` whose pages held none goes at the end of the document."""
        if not self.tagged or not self.sections:
            return
        owner = {objgen: section for section, held in self.sections for objgen in held}
        placed = _replace(self.root, owner)
        document = document_element(self.root)
        late = [section for section, _ in self.sections if section.objgen not in placed]
        if late:
            for section in late:
                section.P = document
            document.K = Array(_kids(document) + late)
        self.root.ParentTreeNextKey = self.next_key


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


def _replace(root: Dictionary, owner: dict) -> set[tuple[int, int]]:
    """One walk of the tree: the elements on a held page (`owner`: page
    object id -> its appendix's section) taken out, the section put where the first was;
    returns the object ids of the sections put in."""
    placed: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        kids = _kids(node)
        keep, changed, below = [], False, []
        for kid in kids:
            if (isinstance(kid, Dictionary) and "/Pg" in kid and kid.get("/Type", Name.StructElem) == Name.StructElem
                    and kid.Pg.objgen in owner):
                changed = True
                section = owner[kid.Pg.objgen]
                if section.objgen not in placed:
                    placed.add(section.objgen)
                    section.P = node
                    keep.append(section)
                continue
            keep.append(kid)
            if isinstance(kid, Dictionary) and "/S" in kid:
                below.append(kid)
        if changed:
            node.K = Array(keep)
        stack.extend(reversed(below))  # the first kid is walked next
    return placed


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
