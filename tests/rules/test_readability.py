"""The readability rule scores with textstat, offline, without loading NLTK.

Its hyphenation dictionary is read by coversheet.rules.shared.hyphenation rather than by pyphen, and must
come out exactly as pyphen's own reading would, or pyphen must read it.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pyphen
import pytest

from coversheet.rules.shared import hyphenation

SUMMARY = (
    "This paper reports on month 7 financial performance for the system. It covers the revenue "
    "and capital positions of all partners and the position on central functions."
)
HARD_SUMMARY = (
    "Notwithstanding the aforementioned organisational considerations, the anticipated "
    "operationalisation of integrated commissioning arrangements necessitates comprehensive "
    "reconfiguration of multidisciplinary neighbourhood teams, ophthalmology pathways and "
    "haematology services."
)
WORDS = ["organisational", "operationalisation", "neighbourhood", "haematology", "ophthalmology", "board"]


def _run(script: str) -> dict:
    """Run `script` in a fresh Python and return the JSON it prints."""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_scores_are_textstats_and_nltk_is_never_loaded() -> None:
    # pyphen's own parser is made to fail, so the scores can only come from the dictionary
    # coversheet.rules.shared.hyphenation read.
    measured = _run(
        "import json, sys, pyphen\n"
        "def refuse(self, path):\n"
        "    raise AssertionError('pyphen parsed ' + str(path) + ' itself')\n"
        "pyphen.HyphDict.__init__ = refuse\n"
        "from coversheet.rules.cs603_hard_to_read_summary import scores\n"
        f"texts = [{SUMMARY!r}, {HARD_SUMMARY!r}]\n"
        "results = [scores(text) for text in texts]\n"
        f"positions = [pyphen.Pyphen(lang='en-GB').positions(word) for word in {WORDS!r}]\n"
        "print(json.dumps({'scores': results, 'positions': positions,\n"
        "                  'nltk': 'nltk' in sys.modules, 'numpy': 'numpy' in sys.modules}))\n"
    )
    assert not measured["nltk"] and not measured["numpy"]

    # textstat as its authors ship it, with pyphen reading its dictionary itself: in a fresh
    # process, as this one may already hold the quickly read dictionary in pyphen's cache.
    reference = _run(
        "import json, sys, pyphen\n"
        "from textstat.textstat import textstatistics\n"
        "stats = textstatistics()\n"
        "stats.set_lang('en-GB')\n"
        f"texts = [{SUMMARY!r}, {HARD_SUMMARY!r}]\n"
        "results = [(stats.flesch_reading_ease(text), stats.flesch_kincaid_grade(text)) for text in texts]\n"
        f"positions = [pyphen.Pyphen(lang='en-GB').positions(word) for word in {WORDS!r}]\n"
        "print(json.dumps({'scores': results, 'positions': positions,\n"
        "                  'coversheet': any(name.startswith('coversheet') for name in sys.modules)}))\n"
    )
    assert not reference["coversheet"]
    assert measured["scores"] == reference["scores"]
    assert measured["positions"] == reference["positions"]


def _pyphen_path(lang: str):
    return pyphen.LANGUAGES[pyphen.language_fallback(lang)]


@pytest.mark.parametrize(
    "lang",
    [
        "en-GB",  # the one CS603 uses
        "fr",  # comments between the patterns, accented letters
        "te_IN",  # not the Latin alphabet; comments between the patterns
    ],
)
def test_quick_reading_equals_pyphens(lang: str) -> None:
    path = _pyphen_path(lang)
    quick = hyphenation._parse_simple(path)
    assert quick is not None, f"{path.name} should be read the quick way"
    own = pyphen.HyphDict(path)
    assert type(quick) is pyphen.HyphDict
    assert quick.patterns == own.patterns
    assert quick.maxlen == own.maxlen
    assert quick.cache == {}
    assert vars(quick).keys() == vars(own).keys()  # no attribute pyphen sets is missing


def test_preload_fills_the_entry_pyphen_looks_up(monkeypatch) -> None:
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphenation.preload("en-GB")
    (path, preloaded), *others = pyphen.hdcache.items()
    assert not others
    assert path == _pyphen_path("en-GB")
    assert pyphen.Pyphen(lang="en-GB").hd is preloaded
    assert pyphen.Pyphen(lang="en-GB").inserted("organisational") == "or-gan-isa-tion-al"


def test_preload_leaves_what_pyphen_already_has(monkeypatch) -> None:
    path = _pyphen_path("en-GB")
    cached = object()
    monkeypatch.setattr(pyphen, "hdcache", {path: cached})
    hyphenation.preload("en-GB")
    assert pyphen.hdcache == {path: cached}


def test_preload_of_a_language_pyphen_lacks_does_nothing(monkeypatch) -> None:
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphenation.preload("tlh")  # Klingon
    assert pyphen.hdcache == {}


# Small dictionaries: each the plain format but for one thing pyphen reads its own way.
PLAIN = "UTF-8\nLEFTHYPHENMIN 2\n.ab1c\n1ba\n"
FALLBACK_CASES = {
    # ^^hh escapes: pyphen reads ".^^e9t1" as ".ét" with a break after it.
    "hex escape": ("UTF-8\n.^^e9t1\na1b\n", "utf-8", lambda hd: ".ét" in hd.patterns),
    # non-standard alternatives: "ff" hyphenated as "f-f", stored with data on the value.
    "alternative": ("UTF-8\nf1f/ff=f,1,2\na1b\n", "utf-8", lambda hd: hd.patterns["ff"][1][0].data[0] == "ff=f"),
    # another encoding, named on the first line (these bytes would read as ".ét" in UTF-8)
    "latin-1": ("ISO8859-1\n.\u00c3\u00a9t1\na1b\n", "latin-1", lambda hd: ".\u00c3\u00a9t" in hd.patterns),
    # old Mac and Windows line ends, which pyphen reads in universal-newline mode
    "cr": ("UTF-8\nLEFTHYPHENMIN 2\ra1b\n.c2d\n", "utf-8", lambda hd: hd.patterns["ab"] == (1, (1,))),
    # two digits together: pyphen reads them one by one
    "two digits": ("UTF-8\na12b\n", "utf-8", lambda hd: hd.patterns["ab"] == (1, (1, 2))),
    # a space inside a pattern, which pyphen reads as a letter
    "space": ("UTF-8\na1 b\n", "utf-8", lambda hd: "a b" in hd.patterns),
    # a digit that is not ASCII (Devanagari 1), which pyphen reads as a value
    "other digits": ("UTF-8\na\u0967b\n", "utf-8", lambda hd: hd.patterns["ab"] == (1, (1,))),
}


@pytest.mark.parametrize("case", FALLBACK_CASES)
def test_pyphen_reads_what_the_quick_reader_does_not_handle(case: str, tmp_path) -> None:
    text, encoding, shows_pyphens_reading = FALLBACK_CASES[case]
    path = tmp_path / "hyph_xx.dic"
    path.write_bytes(text.encode(encoding))
    assert hyphenation._parse_simple(path) is None
    loaded = hyphenation.load(path)
    own = pyphen.HyphDict(path)
    assert loaded.patterns == own.patterns
    assert loaded.maxlen == own.maxlen
    assert shows_pyphens_reading(loaded)


def test_pyphen_reports_a_file_that_is_not_the_utf_8_it_claims(tmp_path) -> None:
    path = tmp_path / "hyph_xx.dic"
    path.write_bytes(b"UTF-8\na\xc31\xa9b\n")  # valid UTF-8 once the digit is taken out
    assert hyphenation._parse_simple(path) is None
    with pytest.raises(UnicodeDecodeError):
        pyphen.HyphDict(path)
    with pytest.raises(UnicodeDecodeError):
        hyphenation.load(path)


def test_quick_reader_handles_the_plain_format_in_full(tmp_path) -> None:
    path = tmp_path / "hyph_xx.dic"
    path.write_text(
        "UTF-8\n"
        "LEFTHYPHENMIN 2\n"
        "% a comment\n"
        "\n"
        ".ab1c\n"
        "2b1a3\n"
        "xyz\n"  # all zeros: dropped
        "# another comment, then an empty line\n"
        "\n"
        "c1d\n"
        "c2d\n"  # the same letters again: this one wins
        "e1f\n"
        "e0f\n"  # all zeros again: the earlier e1f stays
        "\u00e61\u00f8\n"
        "ﬁ1ﬀ3\n"
        "RIGHTHYPHENMIN 3",
        encoding="utf-8",
    )
    quick = hyphenation._parse_simple(path)
    assert quick is not None
    own = pyphen.HyphDict(path)
    assert quick.patterns == own.patterns
    assert quick.maxlen == own.maxlen
    assert quick.patterns["cd"] == (1, (2,)) and quick.patterns["ef"] == (1, (1,)) and "xyz" not in quick.patterns
