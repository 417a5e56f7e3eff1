"""Property-based probes: generated drafts and damaged Word files never crash the checker.

For each generated input: no crash (a crash is the "the checker failed" result that stands in
for a traceback), a bounded time, and the input unchanged. Example counts are modest so the
suite stays fast; raise them locally with COVERSHEET_TEST_EXAMPLES=thorough (helpers/examples.py).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
import zipfile
from pathlib import Path

from helpers.examples import examples
from helpers.hostile import COMPLETE, EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from coversheet.run.one_file import CheckOptions, check_file, check_safely

# derandomize under CI, like the rest of the suite (tests/conftest.py).
PROBES = settings(max_examples=examples(25), deadline=None, derandomize=bool(os.environ.get("CI")), suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

BUDGET = 2.0  # seconds a generated file may take; a real one takes milliseconds
OPTIONS = CheckOptions(jobs=1, time_budget=BUDGET)
REAL_DOCX = (EXAMPLES / "word" / "item-05-phase-3-planning.docx").read_bytes()
BASE = YAML(typ="safe").load(COMPLETE.read_text(encoding="utf-8"))
KEYS = sorted(BASE)

# Text that probes the readers and the rules: markup, control and invisible characters,
# numbers and dates at their limits, Jinja, formulae.
AWKWARD = st.sampled_from(
    ["", " ", "\u200b", "\u202e", "\x00", "\x1b[2K", "{{ 7*7 }}", "=HYPERLINK(\"x\")", "<w:p/>", "&amp;", "0001-01-01",
     "9999-12-31", "2020-02-30", "9" * 400, "yes", "n/a", "N/A", "No", "SLE (", "(SLE", "x" * 2000, "A&E", "\ud800"]
)
TEXT = st.one_of(st.text(max_size=60), AWKWARD)
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TEXT, st.dates().map(str))
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)), max_leaves=12)


def _check(path: Path):
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    started = time.perf_counter()
    result = check_safely(check_file, path, OPTIONS)
    elapsed = time.perf_counter() - started
    assert elapsed < BUDGET + 1, f"{elapsed:.1f} s"
    crashes = [f.message for f in result.findings if "checker failed" in f.message]
    assert not crashes, crashes
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before, "the input changed"
    return result


@PROBES
@given(changes=st.dictionaries(st.one_of(st.sampled_from(KEYS), TEXT), VALUE, max_size=5), as_json=st.booleans())
def test_generated_drafts_never_crash_the_checker(tmp_path: Path, changes: dict, as_json: bool) -> None:
    draft = {**BASE, **changes}
    if as_json:
        path = tmp_path / "draft.json"
        path.write_text(json.dumps(draft, default=str, ensure_ascii=True), encoding="utf-8")
    else:
        path = tmp_path / "draft.yaml"
        buffer = io.StringIO()
        yaml = YAML(typ="safe")
        yaml.allow_unicode = False
        try:
            yaml.dump(draft, buffer)
        except Exception:  # noqa: BLE001 - a value YAML cannot write is no probe of ours
            return
        path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
    _check(path)


@PROBES
@given(text=st.text(max_size=300), at=st.integers(min_value=0, max_value=3000))
def test_yaml_text_spliced_into_a_draft_never_crashes_the_checker(tmp_path: Path, text: str, at: int) -> None:
    source = COMPLETE.read_text(encoding="utf-8")
    path = tmp_path / "spliced.yaml"
    path.write_text(source[:at] + text + source[at:], encoding="utf-8", errors="surrogatepass")
    _check(path)


def _document_xml() -> bytes:
    with zipfile.ZipFile(io.BytesIO(REAL_DOCX)) as archive:
        return archive.read("word/document.xml")


DOCUMENT_XML = _document_xml()
INJECTIONS = st.sampled_from(
    [b"<w:p>", b"</w:tbl>", b"<w:tbl><w:tr><w:tc>", b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"&a;", b"<w:sdt><w:sdtPr><w:tag w:val='title'/></w:sdtPr>",
     b"<w:t>\xe2\x98\x92</w:t>", b"<w:checkBox/>", b"\x00", b"<w:x>" * 300, b"]]>", b"<?pi x?>", b"\xff\xfe"]
)


@PROBES
@given(
    how=st.sampled_from(["truncate", "flip", "inject"]),
    at=st.floats(min_value=0, max_value=1),
    flips=st.lists(st.tuples(st.floats(min_value=0, max_value=1), st.integers(min_value=1, max_value=255)), min_size=1, max_size=5),
    injected=INJECTIONS,
)
def test_damaged_word_files_never_crash_the_checker(tmp_path: Path, how: str, at: float, flips, injected: bytes) -> None:
    data = bytearray(REAL_DOCX)
    if how == "truncate":
        data = data[: int(len(data) * at)]
    elif how == "flip":
        for where, mask in flips:
            index = min(len(data) - 1, int(len(data) * where))
            data[index] ^= mask
    else:
        xml = DOCUMENT_XML
        cut = int(len(xml) * at)
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(REAL_DOCX)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                payload = xml[:cut] + injected + xml[cut:] if info.filename == "word/document.xml" else source.read(info)
                target.writestr(info.filename, payload)
        data = bytearray(buffer.getvalue())
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    _check(path)
