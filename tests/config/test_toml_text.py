"""Any text as a TOML string (or key), and a file's name inside a comment: read back by
`tomllib` as it was, on one line, with nothing an editor would show as a line break."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from coversheet.config.toml_text import toml_comment, toml_string
from coversheet.resources import tomllib

# Every scalar value Unicode has (not lone surrogates, which no UTF-8 file holds).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(["\x7f", '"', "\\", "\n", "\r\n", "\u2028", "\x1b[2J", "'''"])
LINE_BREAKS = {"\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


@given(ANY_TEXT)
def test_any_text_is_read_back_as_it_was(text: str) -> None:
    assert tomllib.loads(f"value = {toml_string(text)}\n") == {"value": text}


@given(ANY_TEXT)
def test_any_text_is_a_key_too(text: str) -> None:
    assert tomllib.loads(f"{toml_string(text)} = 1\n") == {text: 1}


@given(ANY_TEXT)
def test_a_string_and_a_comment_stay_on_one_line(text: str) -> None:
    for written in (toml_string(text), toml_comment(text)):
        assert not set(written) & LINE_BREAKS
        assert not [c for c in written if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")]


@given(ANY_TEXT)
def test_nothing_in_a_comment_is_read_as_a_setting(text: str) -> None:
    assert tomllib.loads(f"# from {toml_comment(text)}\n") == {}


def test_escapes_are_the_ones_a_reader_knows() -> None:
    assert toml_string('Board "A"\\\n\t\x7f') == '"Board \\"A\\"\\\\\\n\\t\\u007F"'
    assert toml_comment("a\nb\u202e.docx") == "a\\u000Ab\\u202E.docx"
