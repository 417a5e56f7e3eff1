"""Which answer or option a word names: Yes / No / N/A and their spellings, a purpose word, one
of a question's printed options (by its words or its code, "SR1"), and options left as printed
with the others deleted ("Information/Noting").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coversheet.model.answers import answer_named, parse_category
from coversheet.word.layout.ticks import strip_glyphs
from coversheet.word.matching import labels

# word -> answer, for a question answered Yes / No / N/A, and for one answered Yes / No
YES_NO_NA_WORDS = {"yes": "yes", "no": "no", "n/a": "n/a", "na": "n/a", "not applicable": "n/a", "y": "yes", "n": "no"}
YES_NO_WORDS = {"yes": "yes", "no": "no", "y": "yes", "n": "no"}


# How the column asks to be marked, printed after its answer word: "Yes (✓)", "No (tick)", "N/A (X)".
_MARK_HOW = re.compile(r"\(\s*(?:please\s+)?(?:tick|mark|cross|x|put\s+an?\s+x)?\s*\)", re.IGNORECASE)


def _bare(word: str) -> str:
    """The words of an option or column name, without glyphs and the way to mark it."""
    return " ".join(_MARK_HOW.sub("", strip_glyphs(word)).split())


# "… Please delete as appropriate:", "(tick all that apply)": the form telling the author how to choose
_HOW_TO_CHOOSE = re.compile(
    r"\b(?:delete|tick|select|choose|circle|highlight|mark)\s+(?:as\s+(?:appropriate|applicable|required)|one(?:\s+only)?|"
    r"all\s+that\s+apply|(?:the\s+)?one\s+that\s+applies|which(?:ever)?\s+(?:applies|apply)|"
    r"(?:those|the\s+ones|any|the\s+others)\s+(?:that|which)\s+do(?:es)?\s+not\s+apply|where\s+not\s+applicable)\W*$",
    re.IGNORECASE)  # ("… (delete those that do not apply):")


def tells_how_to_choose(text: str) -> bool:
    """Does a line end by telling the author how to choose among the options below it
    ("The author has … completed the process. Please delete as appropriate:")?"""
    return bool(_HOW_TO_CHOOSE.search(text.strip()))


# A column where the answer is typed: "Y/N", "Yes / No", "Yes/No/N/A"
_TYPED_ANSWER_HEADER = re.compile(r"\(?(?:y|yes)\s*/\s*(?:n|no)(?:\s*/\s*n/?a)?\)?", re.IGNORECASE)


def typed_answer_header(text: str) -> bool:
    """Does a column's header ask for the answer typed in it ("Y/N", "Yes / No / N/A")?"""
    return bool(_TYPED_ANSWER_HEADER.fullmatch(text.strip()))


def says_how_to_mark(text: str) -> bool:
    """Does `text` print how to mark its column after the word ("Yes (✓)", "No (tick)")? Its
    glyph is then no box."""
    return bool(_MARK_HOW.search(strip_glyphs(text)))


def column_answer(text: str) -> str | None:
    """The answer a column of a tick grid stands for ("Yes", "N/A", "No (✓)"), or None."""
    answer = answer_named(_bare(text))
    return answer.value if answer is not None else None


def value_of(word: str, words: dict[str, str]) -> str | None:
    """The answer (a value of `words`) that `word` names, glyphs, punctuation and the way to mark
    it aside ("Yes (✓)" is yes), or None."""
    word = _bare(word).strip(" .,;:/").casefold()
    if word in words:
        return words[word]
    answer = answer_named(word)
    return answer.value if answer is not None and answer.value in words.values() else None


def category_of(word: str, words: dict[str, str]) -> str | None:
    """The purpose category that `word` names: the board's own word for it (`words`), or a known one."""
    folded = " ".join(word.split()).strip(" .,;:").casefold()
    if folded in words:
        return words[folded]
    value = getattr(parse_category(folded), "value", None)
    return value if isinstance(value, str) and value in ("approval", "endorsement", "discussion", "assurance", "information") else None


def categories_said(text: str, words: dict[str, str]) -> list[str] | None:
    """The categories a purpose written as a sentence names by the board's own words, in the
    order said: "To note the themes raised and to discuss the actions" under "To note" and "To
    discuss" -> information, discussion. Only the board's words of two words or more count (a
    lone "note" inside a sentence is no choice)."""
    folded = " ".join(text.split()).casefold()
    found: list[tuple[int, str]] = []
    for word, category in words.items():
        if len(word.split()) < 2:
            continue
        at = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded)
        if at is not None:
            found.append((at.start(), category))
    ordered = list(dict.fromkeys(category for _, category in sorted(found)))
    return ordered or None


_CODE = re.compile(r"[A-Za-z]{1,6}[-/ ]?\d{1,3}(?:\.\d{1,2})*[a-z]?")


def option_named(text: str, options: dict[str, str]) -> str | None:
    """The option (as the profile prints it) that `text` names: its words, or its code
    ("SR1" for "SR1 Demand and Capacity", and "SR1 Workforce capacity" for an option "SR1").
    With no options known, any short line is an option."""
    folded = fold(text)
    if not folded:
        return None
    if not options:
        return text.strip() if len(text) <= 80 and "\n" not in text and not _TYPED_X.fullmatch(text) else None
    if folded in options:
        return options[folded]
    # "1) Quality – ..." for the option "Quality – ...", and the other way round: a list's
    # numbering is no part of an option
    unnumbered = fold(_LIST_MARK.sub("", text))
    for option in options.values():
        if unnumbered and fold(_LIST_MARK.sub("", option)) == unnumbered:
            return option
    head, colon, meaning = text.partition(":")
    if colon and "\n" not in head and fold(head) in options and len(meaning.split()) >= 3:
        return options[fold(head)]  # "Local Services: We will meet the needs of …": the option, then what it means
    code = text.split()[0] if "\n" not in text.strip() else ""
    if _CODE.fullmatch(code):
        named = [option for option in options.values() if option.split() and option.split()[0].casefold() == code.casefold()]
        if len(named) == 1:
            return named[0]
    return None


_TYPED_X = re.compile(r"\s*[xX]\s*")
_LIST_MARK = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-h])[.)]|[•▪◦·]|-(?=\s))\s*")  # "1) Quality – ...", "(b) ", "• "


def said_options(text: str | None, option_of: Callable[[str], str | None], offered: int) -> list[str] | None:
    """Every line of `text` an option, whole ("Information/Noting", "Discussion / Review"), and
    fewer of them than the form offers (the others deleted; all of them is a blank form's list):
    those options, read as written before any splitting at their slashes."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    found = [option_of(line) for line in lines]
    return found if lines and all(found) and len(set(found)) < offered else None


def fold(text: str) -> str:
    """`text` as labels are compared: normalised (`labels.normalise`), its spaces single."""
    return " ".join(labels.normalise(text).split())
