"""The other boards' fixture corpus (tests/fixtures/boards) is sound: what the reader work is tested against.

Checks the corpus only, not any reader: every file opens with our safe package opener, each
python-docx file has its LibreOffice re-save, EXPECTED.yaml names every file and only files
that exist, and each form's labels are printed on its files.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers.truths import expected

from coversheet.rules import find_rule
from coversheet.word.ns import qn
from coversheet.word.package import open_package

BOARDS = Path(__file__).resolve().parent.parent / "fixtures" / "boards"
EXPECTED = expected(BOARDS / "EXPECTED.yaml")
FIXTURES = EXPECTED["fixtures"]
FORMS = EXPECTED["forms"]
ON_DISK = sorted(path.name for path in BOARDS.glob("*.docx"))
ORIGINALS = sorted(name for name, entry in FIXTURES.items() if entry["producer"] == "python-docx")


def _text(path: Path) -> str:
    """The sheet's words in document order: every w:t, w:tab as a space, paragraphs as lines."""
    lines = []
    with open_package(path) as package:
        for block in package.body():
            for para in block.iter(qn("w:p")) if block.tag != qn("w:p") else [block]:
                parts = para.iter(qn("w:t"), qn("w:tab"))
                lines.append("".join((el.text or "") if el.tag == qn("w:t") else " " for el in parts))
    return "\n".join(lines)


def test_expected_names_every_file_and_only_files_that_exist():
    assert sorted(FIXTURES) == ON_DISK


@pytest.mark.parametrize("name", ON_DISK)
def test_each_file_opens_with_the_safe_opener(name):
    with open_package(BOARDS / name) as package:
        blocks = list(package.body())
    assert len(blocks) >= 3, f"{name}: only {len(blocks)} body blocks"


@pytest.mark.parametrize("name", ORIGINALS)
def test_each_python_docx_file_has_its_libreoffice_resave(name):
    resave = name.replace(".docx", "-libreoffice.docx")
    assert resave in FIXTURES and FIXTURES[resave]["source"] == name
    with zipfile.ZipFile(BOARDS / resave) as package:
        application = package.read("docProps/app.xml").decode("utf-8")
    assert "LibreOffice" in application, f"{resave} was not written by LibreOffice"
    original, copy = FIXTURES[name], FIXTURES[resave]
    assert (copy["draft"], copy["defects"], copy["form"]) == (original["draft"], original["defects"], original["form"])


def test_every_layout_has_two_producers_and_pandoc_where_it_can():
    producers: dict[str, set[str]] = {}
    for entry in FIXTURES.values():
        producers.setdefault(entry["layout"], set()).add(entry["producer"])
    assert set(producers) == set("abcdefg")
    assert all({"python-docx", "libreoffice"} <= found for found in producers.values()), producers
    assert "pandoc" in producers["d"] and "pandoc" in producers["e"]
    for name, entry in FIXTURES.items():
        if entry["producer"] == "pandoc":
            assert (BOARDS / entry["source"]).is_file(), f"{name}: its Markdown source is missing"


def test_blank_templates_for_the_icb_council_and_own_forms():
    blanks = {entry["layout"] for entry in FIXTURES.values() if entry["blank"]}
    assert {"a", "d", "e", "f"} <= blanks


@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_form_prints_its_labels(form):
    names = [name for name in ORIGINALS if FIXTURES[name]["form"] == form]
    assert names, f"no file uses the form {form}"
    printed = " ".join(" ".join(_text(BOARDS / name).split()) for name in names)
    for entry in FORMS[form]["labels"]:
        if not entry["label"].startswith("("):  # read by position, not printed
            assert entry["label"] in printed, f"{form}: label {entry['label']!r} is on none of {names}"
    own = FORMS[form]["questions"]
    paths = set()
    for entry in FORMS[form]["labels"]:
        paths.update([entry["path"]] if isinstance(entry["path"], str) else entry["path"])
    assert {f"questions.{name}" for name in own} <= paths


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_expectations_are_well_formed(name):
    entry = FIXTURES[name]
    assert entry["form"] in FORMS
    draft = entry["draft"]
    for key in draft.get("questions") or {}:
        assert key in FORMS[entry["form"]]["questions"], f"{name}: questions.{key} is not one of the form's"
    for defect in entry["defects"]:
        assert defect["rule"] is None or find_rule(defect["rule"]) is not None, defect
    if entry["blank"]:
        assert not entry["defects"]
    for section in ("implications", "questions"):
        for answer in (draft.get(section) or {}).values():
            if isinstance(answer, dict) and "answer" in answer:
                assert answer["answer"] in (None, "yes", "no", "n/a"), f"{name}: {answer}"
