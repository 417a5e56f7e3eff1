"""Active content taken out of a PDF before it goes into a pack: nothing in a board's pack runs.

An appendix is whatever its author exported, and a pack is published: a page-open script, a
link that launches `cmd.exe`, a form that submits to a server, an embedded file or an XFA
form must not reach the board's website under the board's name. What is kept is an
allow-list: links within the document (GoTo), named viewer actions (next page, print, ...),
showing and hiding layers and annotations, and web and email links (http, https, mailto).
Everything else is removed wherever it sits (the catalogue, pages, annotations and widgets,
form fields, outline items, actions chained with /Next), and said, by kind, so that the
secretary can tell the author what did not survive.

Every object of the file is visited (not only those the pages reach), so what is removed
does not depend on how the pack then copies pages; a disallowed action is cut from where it
is referenced, which leaves the action itself unreachable and so unwritten.
"""

from __future__ import annotations

import re

import pikepdf
from pikepdf import Array, Dictionary, Name

_KEPT_ACTIONS = {"/GoTo", "/Named", "/SetOCGState", "/Hide", "/Trans", "/URI"}
_SAFE_URI = re.compile(r"(https?://|mailto:)", re.IGNORECASE)
_ACTION_KEYS = ("/A", "/PA", "/OpenAction")  # where a single action (or a destination) is referenced
# Annotations that carry a file or play media: nothing of them is kept.
_ACTIVE_ANNOTATIONS = {"/FileAttachment": "embedded files", "/Sound": "multimedia", "/Movie": "multimedia",
                       "/Screen": "multimedia", "/RichMedia": "multimedia", "/3D": "multimedia"}
# Keys removed from any dictionary: scripts, embedded files, XFA forms.
_REMOVED_KEYS = {"/JS": "JavaScript", "/JavaScript": "JavaScript", "/EmbeddedFiles": "embedded files",
                 "/EF": "embedded files", "/XFA": "an XFA form", "/NeedsRendering": "an XFA form"}
_ACTION_KINDS = {"/JavaScript": "JavaScript", "/Launch": "Launch actions (opening programs or files)",
                 "/SubmitForm": "form actions (SubmitForm, ImportData, ResetForm)",
                 "/ImportData": "form actions (SubmitForm, ImportData, ResetForm)",
                 "/ResetForm": "form actions (SubmitForm, ImportData, ResetForm)",
                 "/GoToR": "links to other files (GoToR, GoToE)", "/GoToE": "links to other files (GoToR, GoToE)"}
_LONGEST_CHAIN = 100  # actions chained with /Next after one another
_ORDER = ["JavaScript", "Launch actions (opening programs or files)", "form actions (SubmitForm, ImportData, ResetForm)",
          "links other than http(s) and mailto", "links to other files (GoToR, GoToE)", "other actions",
          "embedded files", "an XFA form", "multimedia"]


class Removed:
    """What was taken out of one PDF, by kind, with details (the URI schemes, the action types)."""

    def __init__(self):
        self.kinds: dict[str, set[str]] = {}

    def add(self, kind: str, detail: str | None = None) -> None:
        details = self.kinds.setdefault(kind, set())
        if detail:
            details.add(detail)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __str__(self) -> str:
        said = []
        for kind in sorted(self.kinds, key=_ORDER.index):
            details = sorted(self.kinds[kind])
            said.append(f"{kind} ({', '.join(details)})" if details else kind)
        return ", ".join(said)


def sanitise(pdf: pikepdf.Pdf) -> Removed:
    """Remove the active content of `pdf` in place; returns what was removed."""
    removed = Removed()
    for obj in pdf.objects:
        _visit(obj, removed)
    _visit(pdf.Root, removed)  # in case the catalogue is not among the objects listed (a damaged file)
    return removed


def _visit(start, removed: Removed) -> None:
    """Clean `start` and the direct objects inside it (an indirect one is visited on its own)."""
    stack = [start]
    while stack:
        obj = stack.pop()
        if isinstance(obj, Array):
            stack.extend(child for child in obj if _direct_container(child))
        elif isinstance(obj, (Dictionary, pikepdf.Stream)):
            _clean(obj, removed)
            stack.extend(child for child in (obj[key] for key in list(obj.keys())) if _direct_container(child))


def _direct_container(value) -> bool:
    return isinstance(value, (Array, Dictionary, pikepdf.Stream)) and not value.is_indirect


def _clean(obj, removed: Removed) -> None:
    for key, kind in _REMOVED_KEYS.items():
        if key in obj:
            del obj[key]
            removed.add(kind)
    for key in _ACTION_KEYS:
        if key in obj and _is_action(obj[key]) and not _kept(obj[key], removed):
            del obj[key]
    if "/AA" in obj:
        triggers = obj.AA
        if isinstance(triggers, Dictionary):
            for trigger in list(triggers.keys()):
                if not (_is_action(triggers[trigger]) and _kept(triggers[trigger], removed)):
                    del triggers[trigger]
            if not len(triggers.keys()):
                del obj["/AA"]
        else:
            del obj["/AA"]
    if "/Annots" in obj and isinstance(obj.Annots, Array):
        annotations = obj.Annots
        kept = [a for a in annotations if not _active_annotation(a, removed)]
        if len(kept) != len(annotations):
            obj.Annots = Array(kept)


def _is_action(value) -> bool:
    """An action dictionary (a structure element's /A is its attributes, which have no /S)."""
    return isinstance(value, Dictionary) and (isinstance(value.get("/S"), Name) or value.get("/Type") == Name.Action)


def _kept(action: Dictionary, removed: Removed, seen: set | None = None, depth: int = 0) -> bool:
    """Is `action` allowed? A disallowed one in its /Next chain is cut off (with what follows
    it); a chain that loops back on itself, or runs past `_LONGEST_CHAIN`, is cut where it does."""
    seen = set() if seen is None else seen
    if action.is_indirect:
        if action.objgen in seen:
            return False
        seen.add(action.objgen)
    if depth > _LONGEST_CHAIN:
        removed.add("other actions", f"a chain of more than {_LONGEST_CHAIN}")
        return False
    kind = action.get("/S")
    name = str(kind) if isinstance(kind, Name) else None
    allowed = name in _KEPT_ACTIONS
    if name == "/URI":
        target = action.get("/URI")
        text = str(target) if isinstance(target, pikepdf.String) else ""
        if not _SAFE_URI.match(text):  # as written: " https:" may be read as a name relative to the file
            scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", text.strip())
            removed.add("links other than http(s) and mailto", f"{scheme.group(1).lower()}:" if scheme else "no scheme")
            allowed = False
    elif name in _ACTION_KINDS:
        removed.add(_ACTION_KINDS[name])
    elif not allowed:
        removed.add("other actions", name[1:] if name else "untyped")
    following = action.get("/Next")
    chained = list(following) if isinstance(following, Array) else [following] if following is not None else []
    kept = [a for a in chained if _is_action(a) and _kept(a, removed, seen, depth + 1)]
    if allowed and len(kept) != len(chained):
        if kept:
            action.Next = Array(kept) if isinstance(following, Array) else kept[0]
        else:
            del action["/Next"]
    return allowed


def _active_annotation(annotation, removed: Removed) -> bool:
    if not isinstance(annotation, Dictionary):
        return False
    subtype = annotation.get("/Subtype")
    kind = _ACTIVE_ANNOTATIONS.get(str(subtype)) if isinstance(subtype, Name) else None
    if kind is None:
        return False
    removed.add(kind, None if kind == "embedded files" else str(subtype)[1:])
    return True
