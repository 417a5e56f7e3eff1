"""End to end: a meeting whose appendices carry scripts, launches, form submissions, embedded
files and XFA. Nothing of it is in the public or the private pack (every object of each PDF
walked), the web and email links stay, and each hostile appendix is named once on stderr."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from helpers.hostile_pdf import PAGE_WORDS, SAFE_LINKS, active_content, hostile_appendix
from helpers.meeting import draft, soffice
from helpers.pack_builds import OUTPUT, build

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow

PLAN = """board = "ICS Board"

[[pack.items]]
item = "7"
title = "Clinical Strategy Update"
appendices = ["bodies/clinical-appendix.pdf"]

[[pack.items]]
item = "10"
title = "ICS Finance Report"
appendices = ["bodies/finance-appendix.pdf", "bodies/plain.pdf"]
"""
REMOVED = ("JavaScript, Launch actions (opening programs or files), form actions (SubmitForm, ImportData, ResetForm), "
           "links other than http(s) and mailto (file:, javascript:), links to other files (GoToR, GoToE), embedded files, an XFA form")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    soffice()
    folder = tmp_path_factory.mktemp("hostile") / "papers"
    (folder / "bodies").mkdir(parents=True)
    (folder / "coversheet.toml").write_text(PLAN, encoding="utf-8")
    (folder / "07-clinical.yaml").write_text(draft("7", "Clinical Strategy Update"), encoding="utf-8")
    (folder / "10-finance.yaml").write_text(draft("10", "ICS Finance Report"), encoding="utf-8")
    hostile_appendix(folder / "bodies" / "clinical-appendix.pdf")
    hostile_appendix(folder / "bodies" / "finance-appendix.pdf", pages=2)
    plain = pikepdf.new()
    plain.add_blank_page()
    plain.save(folder / "bodies" / "plain.pdf")
    return folder


@pytest.fixture(scope="module", params=["public", "private"])
def pack(hostile: Path, request) -> Path:
    return build(hostile, hostile.parent / f"{request.param}.pdf", *(["--private"] if request.param == "private" else []))


def test_nothing_active_reaches_the_pack_and_each_appendix_is_named(hostile: Path, pack: Path) -> None:
    with pikepdf.open(pack) as pdf:
        assert active_content(pdf) == []
        uris = [str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", []) if "/A" in a and "/URI" in a.A]
        drawn = [page for page in pdf.pages if PAGE_WORDS.encode() in b"".join(_contents(page))]
    assert sorted(uris) == sorted(SAFE_LINKS * 2)  # each hostile appendix's web and email links, once each
    assert len(drawn) == 3  # the hostile appendices' pages are in the pack
    said = [" ".join(line.split()) for line in OUTPUT[pack].splitlines() if "removed from" in line]
    bodies = hostile / "bodies"
    assert said == [f"coversheet: warning: {bodies / 'clinical-appendix.pdf'}: removed from this appendix of item 7 before packing it: {REMOVED}",
                    f"coversheet: warning: {bodies / 'finance-appendix.pdf'}: removed from this appendix of item 10 before packing it: {REMOVED}"]


def _contents(page: pikepdf.Page) -> list[bytes]:
    contents = page.obj.get("/Contents")
    streams = contents if isinstance(contents, pikepdf.Array) else [contents] if contents is not None else []
    return [stream.read_bytes() for stream in streams]
