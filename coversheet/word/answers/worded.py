"""A Yes / No / N/A question answered in words, read as a secretary reads it.

"Yes – EqIA at appendix 2" is yes with its note; "N/A – no financial implications" is n/a with
its note; "No negative impact identified" is a sentence: the answer no, and the note the whole
sentence (read as "No" + "negative impact identified" its meaning was reversed).
A statement with no answer word is read as a secretary reads it, the text kept whole as the
note: "EqIA completed 12/11/2025: positive impact" and "The uplifts cost £6.1m, provided for in
the budget" say yes (done; there are implications, stated); "An EqIA will be completed as part
of the design" and "There are no financial implications" say no.
"""

from __future__ import annotations

import re

from coversheet.word.answers.values import every_answer_printed, printed_instruction

# The answer word at the start, then how the text goes on after it.
_LEAD = re.compile(
    r"^\s*(?P<word>not applicable|not relevant|not required|not needed|n/a|n\.a\.?|none|nil|yes|no|na|y|n)\b(?P<gap>[\s]*[,.:;–—-]*\s*)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ANSWERS = {"yes": "yes", "y": "yes", "no": "no", "n": "no", "none": "no", "nil": "no",
            "n/a": "n/a", "n.a": "n/a", "n.a.": "n/a", "na": "n/a", "not applicable": "n/a", "not relevant": "n/a",
            "not required": "n/a", "not needed": "n/a"}  # ("EqIA completed: Not required": nothing to assess)
_SENTENCE_WORDS = ("no", "none", "nil", "not applicable", "not relevant", "not required", "not needed")


_LEADING = " \t–—-:"


# "Is there any legal/regulatory impact? (Y) – set out in the contract": the form's question,
# answered by the mark typed in place of its "(Y/N)"
_MARKED_QUESTION = re.compile(r"^(?:.*\?)?\s*\((?P<mark>y|n|yes|no|n/a)\)\s*(?:[–—:-]\s*(?P<note>.*))?$", re.IGNORECASE)
_UNMARKED_QUESTION = re.compile(r"\?\s*\((?:y|yes)\s*/\s*(?:n|no)(?:\s*/\s*n/a)?\)\s*$", re.IGNORECASE)


def worded_answer(text: str | None, words: dict[str, str]) -> tuple[str | None, str | None]:
    """(answer, note) of `text`; `words` maps the board's own words to yes / no / n/a."""
    if text is None or not text.strip(_LEADING):
        return None, None
    text = text.strip().lstrip(_LEADING)  # "Privacy Impact – None.": the dash after the label
    marked = _marked_questions(text, words)
    if marked is not None:
        return marked
    if len(set(_printed_choices(text, words))) >= 2:
        # "Yes (Include further detail below)" / "No (Include further detail below)" / "Not
        # required", every line left standing: the form's choices as printed, none kept
        return None, None
    first_line = text.split("\n", 1)[0].strip(" .;:")
    if every_answer_printed(re.sub(r"\s*\([^()]*\)\s*$", "", first_line)):
        # "Yes / No / Not applicable (delete as appropriate)" as the form prints it: none deleted
        return None, None
    own = words.get(first_line.casefold())
    if own is not None:  # the board's word alone on its line ("Public", "Part II")
        return own, text.split("\n", 1)[1].strip() if "\n" in text else None
    match = _LEAD.match(text)
    if match is None:
        later = [line for line in text.splitlines()[1:] if (found := _LEAD.match(line)) and _said(found, words)]
        if later:  # "Supplied by: Louise Kenny …" then "N/A – no financial implications."
            return worded_answer(later[0], words)
        return _stated(text, words), text
    word = match.group("word").casefold()
    answer = words.get(word) or _ANSWERS.get(word)
    if answer is None or answer not in words.values():
        return None, text
    rest = _without_instruction(match.group("rest").strip()) or None
    separated = bool(match.group("gap").strip()) or "\n" in match.group("gap")
    if rest and not separated and word in _SENTENCE_WORDS:
        # "No negative impact identified", "Not applicable as no change to services": a
        # sentence that opens with the answer. The answer, and the sentence whole as its note.
        return answer, text
    return answer, rest


def _marked_questions(text: str, words: dict[str, str]) -> tuple[str | None, str | None] | None:
    """The form's questions each answered by "(Y)" or "(N)" typed in place of its "(Y/N)": yes
    when any is answered yes, no (or n/a) when all are, with the words after the marks as the
    note; (None, None) when a question is left with its "(Y/N)". None when the text is not that."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = [_MARKED_QUESTION.match(line) for line in lines]
    left = any(_UNMARKED_QUESTION.search(line) for line in lines)
    if not any(found):
        return (None, None) if left and all(line.endswith(")") or line.endswith("?") for line in lines) else None
    if left:
        return None, None  # one question answered, another left as printed: not clear
    said = {_ANSWERS[match.group("mark").casefold()] for match in found if match}
    answer = "yes" if "yes" in said else said.pop() if len(said) == 1 else None
    if answer not in words.values():
        return None, None
    notes = [match.group("note").strip() for match in found if match and match.group("note")]
    notes += [line for line, match in zip(lines, found) if not match and not line.endswith("?")]
    return answer, "\n".join(notes) or None


def _printed_choices(text: str, words: dict[str, str]) -> list[str]:
    """The answers of the lines that are an answer word alone or with the form's bracketed
    instruction after it ("No (Include further detail below)")."""
    said = []
    for line in text.splitlines():
        match = _LEAD.match(line.strip())
        if match is None or _without_instruction(match.group("rest").strip()):
            continue
        word = match.group("word").casefold()
        answer = words.get(word) or _ANSWERS.get(word)
        if answer in words.values():
            said.append(answer)
    return said


def _without_instruction(rest: str) -> str:
    """The note without the form's instruction printed after the answer word: "Yes (Include
    further detail below)" is a drop-down's item; the author's note is what follows it."""
    bracketed = re.match(r"^\([^()\n]*\)", rest)
    if bracketed and printed_instruction(bracketed.group()):
        return rest[bracketed.end():].strip()
    return rest


def _said(match: re.Match, words: dict[str, str]) -> bool:
    """Does a line open with an answer word, set apart ("N/A – ...", "No."), not a sentence's "No one"?"""
    word = match.group("word").casefold()
    return (words.get(word) or _ANSWERS.get(word)) in words.values() and (
        bool(match.group("gap").strip()) or not match.group("rest").strip())


_DONE = r"(?:complet\w*|undertaken|carried out|done|conducted|attached|assessed|screened)"
# "Screened out – no impact on Section 75 groups": the screening was done (and found no need for
# a full assessment), as Northern Ireland's equality screening is answered
_SCREENED = re.compile(r"^\s*screened\s+(?:out|in)\b", re.IGNORECASE)
# "will be completed", "has not been undertaken", "not yet done", "not required": not done (yet).
_NOT_DONE = re.compile(
    rf"\b(?:(?:will|to|would|shall)\s+be\s+{_DONE}|not\s+(?:yet\s+)?(?:been\s+)?{_DONE})", re.IGNORECASE)
# "An Equality Impact Assessment is not required for this update", "EqIA not required – no
# change in policy": nothing to assess, as "Not required" alone says
# ("There is no requirement to undertake an Integrated Impact Assessment": so too)
_NOT_REQUIRED = re.compile(r"\bnot\s+(?:required|needed)\b|\bno\s+(?:requirement|need)\s+(?:to|for)\b", re.IGNORECASE)
_HAS_BEEN_DONE = re.compile(rf"\b(?:has|have|was|were)\s+(?:been\s+)?{_DONE}", re.IGNORECASE)
# "no financial implications", "no legal, financial or human resources implications"
# (not "no cost to the Council": a cost met from a grant is a financial implication, so the
# blind truths of six boards read it)
_NOTHING_TO_SAY = re.compile(
    r"\bno\s+(?:[\w-]+,?\s+){0,6}(?:implications?|impacts?)\b"
    r"|\bthere\s+(?:are|is|were|will\s+be)\s+no\s+(?:[\w-]+,?\s+){0,6}(?:issues?|effects?|consequences?)\b", re.IGNORECASE)
_STATEMENT_WORDS = 4


def _stated(text: str, words: dict[str, str]) -> str | None:
    """yes or no said by a statement with no answer word; None when it is too short to say."""
    if "yes" not in words.values() or "no" not in words.values():
        return None
    if _SCREENED.match(text):
        return "yes"
    if len(text.split()) < _STATEMENT_WORDS:
        return None
    done, not_required = _HAS_BEEN_DONE.search(text), _NOT_REQUIRED.search(text)
    if done and not_required and done.start() < not_required.start() and not _NOT_DONE.search(text[:not_required.start()]):
        # "A first stage impact assessment has been undertaken … a more in-depth assessment is
        # not required": done; what is not required is a further one
        return "yes"
    if not_required:
        return "n/a" if "n/a" in words.values() else "no"
    if _NOT_DONE.search(text):
        return "no"
    if _HAS_BEEN_DONE.search(text):  # "has been completed … No negative impact identified": done
        return "yes"
    return "no" if _NOTHING_TO_SAY.search(text) else "yes"
