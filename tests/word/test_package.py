"""Opening .docx files safely (coversheet.word.package): bad and hostile files, laziness."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from helpers.truths import expected

from coversheet.errors import UnreadableFile
from coversheet.findings import Status
from coversheet.run.discovery import find_files
from coversheet.run.one_file import check_file
from coversheet.word import package
from coversheet.word.package import _BoundedStream, open_body, open_package

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "docx"
HOSTILE = expected(FIXTURES / "EXPECTED.yaml")["hostile"]

# What each hostile file's one-line message must say.
SAYS = {
    "hostile/empty.docx": "empty file",
    "hostile/truncated.docx": "truncated or corrupt zip",
    "hostile/renamed-doc.docx": "Word 97-2003 .doc",
    "hostile/password-protected.docx": "password-protected",
    "hostile/zip-bomb.docx": "zip bomb",
    "hostile/doctype-entity.docx": "DOCTYPE",
    "hostile/billion-laughs.docx": "DOCTYPE",
    "hostile/~$item10.docx": "owner (lock) file",
    "hostile/not-a-zip.docx": "not a zip package",
    "hostile/missing-document-xml.docx": "no word/document.xml",
}


def test_every_hostile_fixture_has_an_expectation():
    assert set(SAYS) == set(HOSTILE)


@pytest.mark.parametrize("name", sorted(SAYS))
def test_hostile_file_is_one_error_in_bounded_memory(name):
    tracemalloc.start()
    try:
        result = check_file(FIXTURES / name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.status is Status.ERROR
    (finding,) = result.findings
    assert finding.code == "CS001"
    assert SAYS[name] in finding.message and "\n" not in finding.message
    assert peak < 8 * 1024 * 1024  # never inflates the bomb nor expands the entities


def test_word_owner_files_are_skipped_by_a_folder_search():
    found = {path.name for path in find_files([FIXTURES / "hostile"])}
    assert "~$item10.docx" not in found and "empty.docx" in found


def _docx(tmp_path: Path, document: bytes, name: str = "made.docx") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return path


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document(paragraphs: int, prolog: str = "") -> bytes:
    body = "".join(f"<w:p><w:r><w:t>Paragraph {i} of the paper's long body text.</w:t></w:r></w:p>" for i in range(paragraphs))
    return f"<?xml version='1.0' encoding='UTF-8'?>{prolog}<w:document {W}><w:body>{body}</w:body></w:document>".encode()


def test_a_doctype_is_refused_on_the_streaming_path_too(tmp_path):
    prolog = '<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    path = _docx(tmp_path, _document(20000, prolog))  # past the whole-parse size
    with pytest.raises(UnreadableFile, match="DOCTYPE"):
        list(open_body(path))


def test_blocks_stream_lazily_and_stop_when_the_reader_stops(tmp_path):
    document = _document(40000)
    assert len(document) > package.WHOLE_PARSE_BYTES
    path = _docx(tmp_path, document)
    with open_package(path) as opened:
        blocks = opened.body()
        first = [next(blocks) for _ in range(3)]
        blocks.close()
        assert opened.inflated <= 2 * package.CHUNK_BYTES
    assert [block[0][0].text for block in first] == [f"Paragraph {i} of the paper's long body text." for i in range(3)]


def test_the_streaming_path_reads_every_block_when_asked(tmp_path):
    path = _docx(tmp_path, _document(40000))
    assert sum(1 for _ in open_body(path)) == 40000


def test_broken_xml_after_the_blocks_already_read_is_only_an_error_when_reached(tmp_path):
    document = _document(40000)[:-200] + b"<w:p><broken"
    path = _docx(tmp_path, document)
    with open_package(path) as opened:
        blocks = opened.body()
        assert next(blocks) is not None  # the sheet at the start is still readable
        with pytest.raises(UnreadableFile, match="not well-formed"):
            for _ in blocks:
                pass


def test_a_part_inflating_past_its_declared_size_is_refused():
    stream = _BoundedStream(io.BytesIO(b"x" * 1000), "word/document.xml", limit=100)
    with pytest.raises(UnreadableFile, match="more than"):
        while stream.read(64):
            pass


def test_the_declared_size_is_checked_before_inflating(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_PART_BYTES", 1000)
    monkeypatch.setattr(package, "WHOLE_PARSE_BYTES", 500)
    path = _docx(tmp_path, _document(50))
    with pytest.raises(UnreadableFile, match="declares"):
        list(open_body(path))


def test_a_document_without_a_body_is_refused(tmp_path):
    path = _docx(tmp_path, f"<w:document {W}/>".encode())
    with pytest.raises(UnreadableFile, match="no document body"):
        list(open_body(path))


@pytest.mark.parametrize(
    "content, says",
    [(b"{\\rtf1\\ansi hello}", "RTF"), (b"%PDF-1.4 ...", "PDF"), (b"<?xml version='1.0'?><w:wordDocument/>", "XML file")],
)
def test_other_formats_renamed_docx_are_named(tmp_path, content, says):
    path = tmp_path / "renamed.docx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=says):
        list(open_body(path))


def test_a_part_compressed_in_a_way_word_never_writes_is_one_clear_error(tmp_path):
    import zipfile as zf

    from coversheet.run.one_file import check_file

    source = Path(__file__).resolve().parents[1] / "fixtures" / "docx" / "item10-unicode.docx"
    target = tmp_path / "lzma.docx"
    with zf.ZipFile(source) as old, zf.ZipFile(target, "w") as new:
        for info in old.infolist():
            method = zf.ZIP_LZMA if info.filename == "word/document.xml" else zf.ZIP_DEFLATED
            new.writestr(info.filename, old.read(info), compress_type=method)
    result = check_file(target)
    assert result.status.value == "error"
    assert "uses a compression Word never writes" in result.findings[0].message


def test_a_zip_declaring_thousands_of_parts_is_refused_before_they_are_listed(tmp_path):
    import zipfile as zf

    from coversheet.run.one_file import check_file

    target = tmp_path / "many-parts.docx"
    with zf.ZipFile(target, "w") as archive:
        for number in range(12_000):
            archive.writestr(f"word/media/p{number}.bin", b"")
    result = check_file(target)
    assert result.status.value == "error"
    assert "declares 12,000 parts" in result.findings[0].message


def test_a_long_table_is_handed_out_whole_well_within_a_time_budget(tmp_path):
    # Detaching a finished block used to cost lxml a namespace search per node over those it
    # had added: quadratic, a minute for 40,000 rows, in one C call no budget could interrupt.
    from helpers.hostile import long_table_docx

    from coversheet.run.budget import time_budget
    from coversheet.word.ns import qn

    path = long_table_docx(tmp_path / "long-table.docx", 40_000)
    with time_budget(5):  # BudgetExceeded here fails the test: linear work is a fraction of it
        blocks = list(open_body(path))
    assert [block.tag for block in blocks] == [qn("w:tbl"), qn("w:p")]
    assert len(blocks[0].findall(qn("w:tr"))) == 40_000
    assert blocks[0].getparent() is None  # handed out detached, as before
