"""The board pack as the public and the board see it: checked with pikepdf and poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from helpers.meeting import ARTIFACTS, SECRET_WORDS, page_texts, slow_soffice
from helpers.pack_builds import run

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow


def outline(pdf: pikepdf.Pdf) -> list[tuple[str, int, list[tuple[str, int]]]]:
    index = {page.objgen: number for number, page in enumerate(pdf.pages)}

    def page_of(item) -> int:
        return index[item.destination[0].objgen]

    with pdf.open_outline() as tree:
        return [(i.title, page_of(i), [(c.title, page_of(c)) for c in i.children]) for i in tree.root]


def test_every_page_is_numbered_page_n_of_m_and_labelled_so(public: Path) -> None:
    pages = page_texts(public)
    info = subprocess.run(["pdfinfo", str(public)], check=True, capture_output=True, text=True).stdout
    assert f"Pages:           {len(pages)}" in info and "Tagged:          yes" in info
    for number, text in enumerate(pages, start=1):  # a PDF appendix's pages too
        assert f"Page {number} of {len(pages)}" in text, (number, text[-300:])
    assert "Appendix A: capital plan" in pages[-4] and "Appendix B continued" in pages[-1]
    assert f"ICS Board · Item 10. ICS Finance Report · Page {len(pages)} of {len(pages)}" in pages[-1]
    with pikepdf.open(public) as pdf:
        assert [pikepdf.Page(p).label for p in pdf.pages] == [str(n) for n in range(1, len(pages) + 1)]


def test_agenda_rows_quote_each_papers_page_range_and_link_to_it(public: Path) -> None:
    pages = page_texts(public)
    agenda = pages[1]
    ranges = {}
    for item in ("7", "9", "10"):
        match = re.search(rf"^{item}\.\s.*?(\d+)(?:\s*-\s*(\d+))?\s*$", agenda, flags=re.M)
        assert match, (item, agenda)
        ranges[item] = (int(match[1]), int(match[2] or match[1]))  # a one-page paper: its page alone
    titles = {"7": "Clinical Strategy Update", "9": "System Assurance Framework", "10": "ICS Finance Report"}
    for item, (first, last) in ranges.items():
        assert titles[item] in pages[first - 1] and f"Item {item}." in pages[first - 1]
        assert f"Item {item}." in pages[last - 1]  # an appendix page carries the footer too
    assert ranges["7"][1] < ranges["9"][0] and ranges["9"][1] < ranges["10"][0]
    assert ranges["10"][1] == len(pages)  # the finance paper's appendix closes the pack
    with pikepdf.open(public) as pdf:
        index = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        targets = {index[a.Dest[0].objgen] for a in pdf.pages[1].get("/Annots", []) if a.get("/Subtype") == "/Link" and "/Dest" in a}
    assert {first for first, _ in ranges.values()} <= targets


def test_a_bookmark_for_every_item_nested_cover_sheet_paper_appendix(public: Path) -> None:
    pages = page_texts(public)
    with pikepdf.open(public) as pdf:
        entries = outline(pdf)
    titles = [title for title, _, _ in entries]
    assert titles == ["Front page", "Agenda", "7. Clinical Strategy Update", "9. System Assurance Framework", "10. ICS Finance Report"]
    finance = dict((t, (p, c)) for t, p, c in entries)["10. ICS Finance Report"]
    children = dict(finance[1])
    assert list(children) == ["Cover sheet", "Paper", "Appendix 1", "Appendix 2"]  # no file names published
    assert "ICS Finance Report" in pages[children["Cover sheet"]]
    assert "Month 7 finance" in pages[children["Paper"]]
    assert "Appendix A: capital plan" in pages[children["Appendix 1"]]
    assert "Appendix B: workforce plan" in pages[children["Appendix 2"]]
    assert "Assurance framework" in pages[dict(dict((t, c) for t, _, c in entries)["9. System Assurance Framework"])["Paper"]]


def test_tagged_en_gb_titled_and_the_structure_tree_reaches_every_paper(public: Path) -> None:
    with pikepdf.open(public) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
        assert pdf.Root.MarkInfo.Marked and pdf.Root.ViewerPreferences.DisplayDocTitle
        assert str(pdf.docinfo.Title) == "ICS Board – Meeting in Public, Wednesday 2 December 2020: papers"
        with pdf.open_metadata() as meta:
            assert meta["dc:title"] == str(pdf.docinfo.Title)
            assert meta.get("pdfuaid:part") == "1"
        tagged = set()
        stack = [pdf.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary):
                if "/Pg" in node:
                    tagged.add(node.Pg.objgen)
                kids = node.get("/K")
                stack.extend(kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else [])
        index = {page.objgen: number for number, page in enumerate(pdf.pages)}
        starts = [page for _, page, _ in outline(pdf)]
    tagged_pages = {index[g] for g in tagged if g in index}
    assert set(starts) <= tagged_pages, (starts, sorted(tagged_pages))


def test_the_public_pack_has_no_word_of_a_confidential_paper(public: Path, private: Path) -> None:
    text = "\n".join(page_texts(public))
    for word in (*SECRET_WORDS, "Estates Disposal"):
        assert word not in text
    assert re.search(r"^12\.\s+Item taken in the private\s+session", text, flags=re.M)
    assert "Exemption relied on: Commercial interests (section 43 FOIA)" in " ".join(text.split())


def test_the_private_pack_has_everything_and_every_page_says_private(private: Path) -> None:
    pages = page_texts(private)
    joined = "\n".join(pages)
    assert all(word in joined for word in SECRET_WORDS) and "Estates Disposal" in joined
    for number, text in enumerate(pages, start=1):
        assert "PRIVATE – not for publication" in text, number
    # The plan titles the meeting "Meeting in Public": its private session's pack never says so.
    assert "Meeting in Private" in pages[0] and "in Public" not in joined
    with pikepdf.open(private) as pdf:
        assert str(pdf.docinfo.Title) == "ICS Board – Meeting in Private, Wednesday 2 December 2020: private session pack"


def test_the_plan_adds_sections_and_verbal_items(public: Path) -> None:
    agenda = page_texts(public)[1]
    assert agenda.index("Routine Items of Business") < agenda.index("Welcome, Introductions") < agenda.index("Sustainability") < agenda.index("Clinical Strategy")
    assert re.search(r"^1\.\s+Welcome, Introductions.*\s+Chair\s+Note\s+Verbal\s*$", agenda, flags=re.M)
    front = page_texts(public)[0]
    assert "10:00 - 12:30" in front and "Preston Business Centre" in front and "Wednesday 2 December 2020" in front


def test_page_images_of_the_agenda_and_a_paper_are_kept(public: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler's pdftoppm is not installed")
    ARTIFACTS.mkdir(exist_ok=True)
    for name, page in (("pack-agenda", 2), ("pack-first-paper", 3)):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", str(public), str(ARTIFACTS / name)], check=True)
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 5_000


# --- refusals ---------------------------------------------------------------------------------


def test_failing_papers_are_named_and_refused_unless_allowed(meeting: Path, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    shutil.copytree(meeting, folder)
    broken = (folder / "07-clinical.yaml").read_text(encoding="utf-8").replace("conflicts_of_interest: Not applicable\n", "")
    (folder / "07-clinical.yaml").write_text(broken, encoding="utf-8")
    out = tmp_path / "pack.pdf"
    result = run("pack", str(folder), "-o", str(out))
    assert result.exit_code == 1, result.output
    assert "07-clinical.yaml: CS102" in result.output and not out.exists()
    result = run("pack", str(folder), "-o", str(out), "--allow-failing")
    assert result.exit_code == 0, result.output
    # The findings are notes for the chair: in the private pack only, never in a published one.
    assert "Clinical Strategy Update" in page_texts(out)[1]
    assert "CS102" not in "".join(page_texts(out)) and "CS102" not in out.with_suffix(".html").read_text(encoding="utf-8")
    private = tmp_path / "private.pdf"
    result = run("pack", str(folder), "-o", str(private), "--allow-failing", "--private")
    assert result.exit_code == 0, result.output
    assert "Received; its cover sheet fails the checks: CS102" in " ".join(page_texts(private)[1].split())


def test_two_papers_with_one_item_are_named(meeting: Path, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    shutil.copytree(meeting, folder)
    shutil.copy(folder / "07-clinical.yaml", folder / "07-again.yaml")
    result = run("pack", str(folder), "-o", str(tmp_path / "pack.pdf"))
    assert result.exit_code == 1
    assert "2 papers have agenda item 7: 07-again.yaml, 07-clinical.yaml" in result.output
    assert not (tmp_path / "pack.pdf").exists()


def test_existing_output_needs_force_and_inputs_are_untouched(meeting: Path, public: Path) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in meeting.rglob("*") if p.is_file()}
    result = run("pack", str(meeting), "-o", str(public))
    assert result.exit_code == 2 and "already exists (use --force" in result.output
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in meeting.rglob("*") if p.is_file()}
    assert before == after


def test_a_conversion_past_the_time_limit_writes_nothing(meeting: Path, tmp_path: Path, tmp_path_factory, monkeypatch) -> None:
    slow_soffice(tmp_path_factory.mktemp("bin"), monkeypatch)
    out = tmp_path / "pack.pdf"
    result = run("pack", str(meeting), "-o", str(out), "--timeout", "1")
    assert result.exit_code == 1, result.output
    assert "LibreOffice ran past --timeout (1 seconds) and was stopped" in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_libreoffice_missing_is_one_line_and_exit_2(meeting: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = run("pack", str(meeting), "-o", str(tmp_path / "pack.pdf"))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"coversheet: {__import__('coversheet.pack.libreoffice', fromlist=['x']).INSTALL_HINT}"]
