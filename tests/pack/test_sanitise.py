"""An appendix's active content is taken out before it is packed, and said (unit tests of
`pack.sanitise`; the pack itself is checked end to end in test_hostile_appendices.py)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from helpers.examples import examples
from helpers.hostile_pdf import SAFE_LINKS, active_content, encrypted_pdf, hostile_appendix
from pikepdf import Array, Dictionary, Name, String

from coversheet.pack.pdf import appendix_page_count
from coversheet.pack.sanitise import sanitise


def _saved_again(pdf: pikepdf.Pdf, path: Path) -> pikepdf.Pdf:
    pdf.save(path)
    return pikepdf.open(path)


def test_every_kind_of_active_content_is_removed_and_said(tmp_path: Path) -> None:
    with pikepdf.open(hostile_appendix(tmp_path / "hostile.pdf")) as pdf:
        assert active_content(pdf)  # the builder did make a hostile file
        removed = sanitise(pdf)
        with _saved_again(pdf, tmp_path / "clean.pdf") as clean:
            assert active_content(clean) == []
            uris = [str(a.A.URI) for a in clean.pages[0].Annots if "/A" in a and "/URI" in a.A]
    assert uris == list(SAFE_LINKS)  # web and email links stay
    assert str(removed) == ("JavaScript, Launch actions (opening programs or files), "
                            "form actions (SubmitForm, ImportData, ResetForm), "
                            "links other than http(s) and mailto (file:, javascript:), "
                            "links to other files (GoToR, GoToE), embedded files, an XFA form")


def test_a_link_within_the_document_stays_and_only_the_script_chained_after_it_goes(tmp_path: Path) -> None:
    with pikepdf.open(hostile_appendix(tmp_path / "hostile.pdf")) as pdf:
        sanitise(pdf)
        goto = next(a.A for a in pdf.pages[0].Annots if "/A" in a and a.A.S == Name.GoTo)
        assert [str(action.S) for action in goto.Next] == ["/Named"]


def test_a_clean_pdf_is_left_as_it_was_and_nothing_is_said(tmp_path: Path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.pages[0].Annots = Array([Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 9, 9]),
                                            A=Dictionary(S=Name.URI, URI=String(SAFE_LINKS[0])))])
    # A structure element's /A is its attributes, not an action: an appendix's tags keep them.
    element = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.P, A=Dictionary(O=Name.Layout, Placement=Name.Block)))
    pdf.Root.StructTreeRoot = Dictionary(Type=Name.StructTreeRoot, K=element)
    removed = sanitise(pdf)
    assert not removed and str(removed) == ""
    assert str(pdf.pages[0].Annots[0].A.URI) == SAFE_LINKS[0]
    assert pdf.Root.StructTreeRoot.K.A.Placement == Name.Block


def test_actions_chained_in_a_loop_or_without_end_are_cut_not_followed_forever() -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    first = pdf.make_indirect(Dictionary(S=Name.Named, N=Name.NextPage))
    second = pdf.make_indirect(Dictionary(S=Name.Named, N=Name.PrevPage, Next=first))
    first.Next = Array([second, second])
    chain = Dictionary(S=Name.JavaScript, JS=String("x"))
    for _ in range(5000):
        chain = pdf.make_indirect(Dictionary(S=Name.Named, N=Name.NextPage, Next=chain))
    pdf.pages[0].obj.AA = Dictionary(O=first, C=chain)
    removed = sanitise(pdf)
    assert "other actions (a chain of more than 100)" in str(removed)
    assert "/O" in pdf.pages[0].obj.AA
    length, action = 0, pdf.pages[0].obj.AA.C
    while action is not None:
        length, action = length + 1, action.get("/Next")
    assert length == 101  # the first and the hundred chained after it


@pytest.mark.parametrize("uri", ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "\x01https://x.org", "data:text/html,<script>",
                                 "file:///etc/passwd", "/relative/to/where/the/pack/is.exe", "smb://server/share",
                                 " https://x.org"])
def test_only_web_and_email_links_stay(uri: str) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.pages[0].Annots = Array([Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 9, 9]),
                                            A=Dictionary(S=Name.URI, URI=String(uri)))])
    assert "links other than http(s) and mailto" in str(sanitise(pdf))
    assert "/A" not in pdf.pages[0].Annots[0]


def test_an_encrypted_appendix_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    path = encrypted_pdf(tmp_path / "locked.pdf")
    with pytest.raises(ValueError) as raised:
        appendix_page_count(path)
    assert str(raised.value) == f"{path}: the PDF is encrypted (it needs a password to open): give the appendix without a password"


_KINDS = ["GoTo", "Named", "URI", "JavaScript", "Launch", "SubmitForm", "ResetForm", "ImportData", "GoToR", "GoToE",
          "Rendition", "Sound", "Thread", None]
_URIS = st.sampled_from([*SAFE_LINKS, "javascript:x", "file:///x", "x.pdf", "", " https://ok.org"])


def _actions(pdf: pikepdf.Pdf):
    single = st.builds(lambda kind, uri, indirect: _made(pdf, kind, uri, indirect), st.sampled_from(_KINDS), _URIS, st.booleans())
    return st.recursive(single, lambda inner: st.builds(_chained, inner, st.one_of(inner, st.lists(inner, max_size=3))), max_leaves=8)


def _made(pdf: pikepdf.Pdf, kind: str | None, uri: str, indirect: bool):
    action = Dictionary(Type=Name.Action)
    if kind:
        action.S = Name("/" + kind)
    if kind == "URI":
        action.URI = String(uri)
    if kind in ("JavaScript", "Rendition"):
        action.JS = String("app.alert(1)")
    return pdf.make_indirect(action) if indirect else action


def _chained(action, following):
    action.Next = Array(following) if isinstance(following, list) else following
    return action


@settings(max_examples=examples(100), deadline=None)
@given(st.data())
def test_whatever_actions_an_appendix_chains_only_allowed_ones_are_left(tmp_path_factory, data) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    actions = _actions(pdf)
    pdf.Root.OpenAction = data.draw(actions)
    pdf.pages[0].obj.AA = Dictionary(O=data.draw(actions), C=data.draw(actions))
    pdf.pages[0].Annots = Array([pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 9, 9]),
                                                              A=data.draw(actions))) for _ in range(2)])
    sanitise(pdf)
    with _saved_again(pdf, tmp_path_factory.mktemp("fuzz") / "clean.pdf") as clean:
        assert active_content(clean, ignoring=frozenset({"/AA", "/OpenAction"})) == []
        kinds = _action_kinds(clean)
    assert kinds <= {"/GoTo", "/Named", "/URI"}


def _action_kinds(pdf: pikepdf.Pdf) -> set[str]:
    """The /S of every action reachable from the document's catalogue and pages (an action has /Type /Action)."""
    kinds, stack, seen = set(), [pdf.Root], set()
    while stack:
        obj = stack.pop()
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, Array):
            stack.extend(child for child in obj if isinstance(child, (Array, Dictionary)))
        elif isinstance(obj, Dictionary):
            if obj.get("/Type") == Name.Action:
                kinds.add(str(obj.get("/S")))
            stack.extend(obj[key] for key in obj.keys() if key != "/Parent" and isinstance(obj[key], (Array, Dictionary)))
    return kinds
