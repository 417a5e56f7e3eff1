"""Load pyphen's hyphenation dictionary quickly, for the readability rule (CS603).

Why this exists: textstat counts syllables with pyphen, and pyphen's `HyphDict` parses its
`hyph_*.dic` file pattern by pattern in Python: about 0.1 s for the British English file
(14,000 patterns), paid by the first readability score in every process, which was about a
fifth of a `coversheet check` start-up.

What it does: `preload(lang)` puts the dictionary in pyphen's own per-file cache
(`pyphen.hdcache`, keyed by the same path `Pyphen(lang=...)` looks up), so when textstat asks
pyphen for the language it finds the dictionary ready. The dictionary is a plain
`pyphen.HyphDict` with the `patterns`, `cache` and `maxlen` pyphen itself would have built;
pyphen still does all the hyphenation and textstat all the scoring. It is built by
`_parse_simple`, which reads the same file with whole-file byte operations (about 10 ms
rather than 0.1 s), and only for the plain format: a UTF-8 file of letters with single digits
between them. Anything else (another encoding, `^^hh` escapes, `/` non-standard
alternatives, whitespace or non-ASCII digits inside patterns, several digits together) is
left to pyphen's own parser, as is anything missing from pyphen that this relies on.

Nothing is cached on disk and no patterns are shipped here: the file read is the one pyphen
installs. tests/rules/test_readability.py checks the result equals pyphen's own parse.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyphen

_DIGITS = b"0123456789"
_NEWLINE = 10
_X = ord("x")
# A pattern's "shape": every digit and newline kept, every other character one "x" (UTF-8
# continuation bytes are deleted, so a multi-byte letter is one "x" like any other).
_SHAPE = bytes(byte if byte in _DIGITS or byte == _NEWLINE else _X for byte in range(256))
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
# A digit and the letter (or line end) after it, as one mark: A for 0 ... J for 9.
_MARKS = b"ABCDEFGHIJ"
_DIGIT_THEN_LETTER = [(bytes((digit, _X)), _MARKS[i : i + 1]) for i, digit in enumerate(_DIGITS)]
# Marks to their values as bytes 0-9, and a letter no digit precedes to 0.
_VALUES = bytes.maketrans(_MARKS + b"x", bytes(range(10)) + b"\0")
# ASCII but whitespace: letters and digits of a plain pattern.
_PLAIN_ASCII = bytes(byte for byte in range(128) if not chr(byte).isspace())


def preload(lang: str) -> None:
    """Have pyphen's dictionary for `lang` in its cache, parsed quickly where possible.

    Does nothing if pyphen has no dictionary for `lang`, already has it cached, or lacks
    anything this relies on (then pyphen parses the file itself when first asked).
    """
    try:
        import pyphen

        cache = pyphen.hdcache
        name = pyphen.language_fallback(lang)
        if name is None:
            return
        path = pyphen.LANGUAGES[name]  # the key Pyphen(lang=...) uses
    except (ImportError, AttributeError, KeyError):
        return
    if path not in cache:
        cache[path] = load(path)


def load(path) -> pyphen.HyphDict:
    """A `pyphen.HyphDict` for the .dic file at `path` (a `Path`, as in `pyphen.LANGUAGES`).

    Read here if the file is in the plain format, else by pyphen.
    """
    import pyphen

    return _parse_simple(path) or pyphen.HyphDict(path)


def _parse_simple(path) -> pyphen.HyphDict | None:
    """Parse a plain-format .dic file as `pyphen.HyphDict(path)` would, or None if not plain.

    For each pattern line pyphen stores `patterns[letters] = (start, values)`: the letters
    without digits as the key, and the digit before each letter and after the last (0 where
    none), with zeros cut from both ends and `start` counting those cut from the front;
    patterns that are all zeros are dropped. Here the keys come from deleting the digits of
    every line at once, and the values from each line's shape (digits kept, letters as "x"):
    lines with the same shape have the same values, and the 14,000 patterns of the British
    English dictionary have about 2,000 shapes, each worked out once.
    """
    import pyphen

    ignored = getattr(pyphen, "ignored", None)
    hyph_dict = getattr(pyphen, "HyphDict", None)
    if not isinstance(ignored, tuple) or not all(isinstance(prefix, str) for prefix in ignored):
        return None
    if not isinstance(hyph_dict, type):
        return None

    data = path.read_bytes()
    encoding, _, body = data.partition(b"\n")
    # pyphen reads the file in the encoding its first line names, in universal-newline mode.
    if encoding.lower() != b"utf-8" or b"\r" in data:
        return None
    try:
        body.decode("utf-8")  # pyphen fails on a file that is not UTF-8; let it
    except UnicodeDecodeError:
        return None

    # Drop the lines pyphen skips: empty ones and those starting with an ignored word. They
    # are usually a header (LEFTHYPHENMIN 2 and the like), taken off line by line; elsewhere a
    # regular expression finds them.
    skip = tuple(prefix.encode("utf-8") for prefix in ignored)
    lines = body
    while lines:
        line, _, rest = lines.partition(b"\n")
        if line and not line.startswith(skip):
            break
        lines = rest
    lines = lines.rstrip(b"\n")
    if b"\n\n" in lines or any(b"\n" + prefix in lines for prefix in skip):
        prefixes = b"|".join(map(re.escape, skip))
        lines = re.sub(rb"\n(?:(?:" + prefixes + rb")[^\n]*)?(?=\n|\Z)", b"", b"\n" + lines)[1:]
    # In patterns pyphen replaces ^^hh with the character hh and reads a/b=c,1,1 as a
    # non-standard alternative.
    if not lines or b"^^" in lines or b"/" in lines:
        return None

    # pyphen strips each line, reads \d (any Unicode digit) as a value and anything else as
    # a letter; keep to patterns with no whitespace in or around them and ASCII digits only.
    unusual = lines.translate(None, _PLAIN_ASCII + b"\n")
    if unusual and any(char.isspace() or char.isdigit() for char in set(unusual.decode("utf-8"))):
        return None

    keys = lines.translate(None, _DIGITS).decode("utf-8").split("\n")
    shapes = lines.translate(_SHAPE, _CONTINUATION_BYTES).split(b"\n")

    # Each shape's values, all shapes at once: end each with an "x" for the slot after the
    # last letter, turn "digit then x" into the digit's mark; any digit left over stood
    # next to another digit, which pyphen reads its own way.
    distinct = list(set(shapes))
    slots = b"x\n".join(distinct) + b"x"
    for digit_then_letter, mark in _DIGIT_THEN_LETTER:
        slots = slots.replace(digit_then_letter, mark)
    if slots.translate(None, _MARKS + b"x\n"):
        return None
    values_by_shape = {}
    maxlen = 0  # letters in the longest pattern kept: a row has a slot before each, one after
    for shape, row in zip(distinct, slots.translate(_VALUES).split(b"\n")):
        kept = row.strip(b"\0")
        if kept:
            values_by_shape[shape] = len(row) - len(row.lstrip(b"\0")), tuple(kept)
            maxlen = max(maxlen, len(row) - 1)
        else:
            values_by_shape[shape] = None

    # In file order, so a later line with the same letters wins, as in pyphen, unless it is
    # all zeros (None), which pyphen skips.
    values = list(map(values_by_shape.__getitem__, shapes))
    patterns = dict(compress(zip(keys, values), values))
    if not patterns:
        return None

    hyph = hyph_dict.__new__(hyph_dict)  # the attributes HyphDict.__init__ sets, and no others
    hyph.patterns = patterns
    hyph.cache = {}
    hyph.maxlen = maxlen
    return hyph
