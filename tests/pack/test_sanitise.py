"""An appendix's active content is taken out before it is packed, and said (unit tests of
`pack.sanitise`; the pack itself is checked end to end in test_hostile_appendices.py)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
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
                                 "file:///etc/passwd", "/relative/to/where/the/pack/is.exe", "smb://server/share"])
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
