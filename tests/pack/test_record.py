"""The record a pack keeps of its papers, read back for a supplement: anything coversheet did
not write is refused in one line (exit 2), never a traceback, and bounded before it is parsed."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from helpers.examples import examples
from helpers.hostile_pdf import encrypted_pdf
from helpers.pack_builds import run

from coversheet.pack.record import KEY, NOT_OURS, NotAPack, parse_record, read_record

WRITTEN = {"coversheet_pack": 1, "board": "ICS Board", "meeting": "2020-12-02", "private": False, "last_page": 13,
           "items": [{"item": "7", "title": "Clinical Strategy Update", "file": "07-clinical.yaml", "digest": "ab" * 32},
                     {"item": "12", "private": True}]}


def _pack_with(path: Path, record) -> Path:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo[pikepdf.Name(KEY)] = pikepdf.String(record) if isinstance(record, str) else record
    pdf.save(path)
    return path


def _with(**changes) -> str:
    return json.dumps({**WRITTEN, **changes})


FORGED = {
    "an item that is a number": (_with(items=[1]), "items[0]: Input should be an object"),
    "an item numbered with a number": (_with(items=[{"item": 7}]), "items[0].item: Input should be a valid string"),
    "a string, not a record": ('"abc"', "Input should be an object"),
    "a last page past any pack": (_with(last_page=1e30), "last_page: Input should be a valid integer"),
    "a last page too high to print": (_with(last_page=10**12), "last_page: Input should be less than or equal to 100000"),
    "a negative last page": (_with(last_page=-1), "last_page: Input should be greater than or equal to 0"),
    "true for a page": (_with(last_page=True), "last_page: Input should be a valid integer"),
    "a number for private": (_with(private=0), "private: Input should be a valid boolean"),
    "an impossible meeting date": (_with(meeting="2020-02-30"), "meeting: Input should be a valid date"),
    "no items": (json.dumps({k: v for k, v in WRITTEN.items() if k != "items"}), "items: Field required"),
    "another version": (_with(coversheet_pack=2), "coversheet_pack: version 2, where this coversheet writes version 1"),
    "nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, "it is nested more than 8 deep"),
    "opened 100,000 deep": (_with(items=[]).replace("[]", "[" * 100_000), "it is nested more than 8 deep"),
    "two megabytes": (_with(board="x" * 2_000_000), f"it is {len(_with(board='x' * 2_000_000)):,} characters long, more than the 1,000,000 a record may be"),
    "not JSON": ("{'board': 'ICS'}", "Invalid JSON"),
}


@pytest.mark.parametrize("text, said", FORGED.values(), ids=FORGED.keys())
def test_a_forged_record_is_refused_in_one_line(tmp_path: Path, text: str, said: str) -> None:
    path = _pack_with(tmp_path / "pack.pdf", text)
    with pytest.raises(NotAPack) as raised:
        read_record(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: {NOT_OURS}: {said}"), message
    assert "\n" not in message and len(message) < 300


def test_a_record_that_is_not_text_is_refused(tmp_path: Path) -> None:
    path = _pack_with(tmp_path / "pack.pdf", pikepdf.Dictionary(items=pikepdf.Array([1])))
    with pytest.raises(NotAPack, match=f"{NOT_OURS}: it is not text"):
        read_record(path)


def test_the_record_coversheet_writes_is_read_back_whole(tmp_path: Path) -> None:
    record = read_record(_pack_with(tmp_path / "pack.pdf", json.dumps(WRITTEN)))
    assert (record.board, record.meeting.isoformat(), record.private, record.last_page) == ("ICS Board", "2020-12-02", False, 13)
    assert record.items == WRITTEN["items"]
    assert json.loads(record.as_json()) == WRITTEN


@pytest.mark.parametrize("main", ["forged", "encrypted"])
def test_pack_supplement_against_a_forged_or_encrypted_pack_is_one_line_and_exit_2(tmp_path: Path, main: str, no_libreoffice_needed) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    given = _pack_with(tmp_path / "pack.pdf", _with(items=[{"item": 7}])) if main == "forged" else encrypted_pdf(tmp_path / "pack.pdf")
    result = run("pack", str(folder), "--supplement", str(given), "-o", str(tmp_path / "supplement.pdf"))
    assert result.exit_code == 2, result.output
    said = {"forged": f"{NOT_OURS}: items[0].item: Input should be a valid string",
            "encrypted": "the PDF is encrypted (it needs a password to open): give the pack as coversheet wrote it"}[main]
    assert result.output.strip() == f"coversheet: {given}: {said}"
    assert not (tmp_path / "supplement.pdf").exists()


@pytest.mark.parametrize("kind", ["a FIFO (named pipe)", "a device"])
def test_a_fifo_or_device_given_as_the_main_pack_says_what_it_is(tmp_path: Path, kind: str) -> None:
    import os

    if kind == "a device":
        given = Path("/dev/zero")
    else:
        given = tmp_path / "pack.pdf"
        os.mkfifo(given)  # opened, it would wait for a writer that never comes
    with pytest.raises(NotAPack) as raised:
        read_record(given)
    assert str(raised.value) == f"{given}: it is {kind}, not a pack"


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=30)


@settings(max_examples=examples(300), deadline=None)
@given(st.one_of(_JSON, st.fixed_dictionaries({key: st.one_of(st.just(value), _JSON) for key, value in WRITTEN.items()})))
def test_any_json_is_read_as_a_record_or_refused_in_one_line(value) -> None:
    try:
        record = parse_record(json.dumps(value))
    except ValueError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:  # what it accepts, a supplement can use
        assert all(isinstance(entry["item"], str) for entry in record.items)
        assert isinstance(record.last_page, int) and 0 <= record.last_page <= 100_000
        assert isinstance(record.private, bool)
