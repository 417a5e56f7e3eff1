"""Turn the text of a hand-made sheet's cells into draft values.

Each function takes what a secretary sees in a cell (text, or the cell's paragraphs) and
returns the value in the draft's shape, or None when the cell answers nothing. Template
prompts ("Mark Yes, No or Not Applicable Above ...") are never an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from coversheet.dates.uk import parse_uk_date
from coversheet.model.answers import parse_category
from coversheet.model.placeholders import is_instruction
from coversheet.word.answers.people import is_contact_detail, is_job_title, looks_like_name
from coversheet.word.ns import qn
from coversheet.word.text import paragraph_text
from coversheet.word.layout.ticks import BOX_GLYPHS, Tick, tick_of_glyph, without_bracketed_instruction

_P, _PPR, _NUMPR, _NUMID, _PSTYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:numPr"), qn("w:numId"), qn("w:pStyle"), qn("w:val")
_LIST_STYLE = re.compile(r"^list(number|bullet|paragraph|continue)?\d*$", re.IGNORECASE)
_TYPED_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?(?=\s|$)|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[•·▪◦\-–*])\s+", re.IGNORECASE)
# "None", "Nil", "N/A", "Not applicable", "None identified", "-": answered, nothing to report.
_NOTHING = re.compile(r"^(none( identified| to report)?|nil|n/?a|not applicable|-+|–)\.?$", re.IGNORECASE)
_CATEGORY_WORD = r"(?:information|noting|note|discussion|discuss|endorsement|endorse|approval|approve|decision|assurance)"
_STATED_PURPOSE = re.compile(
    rf"\bfor\s+({_CATEGORY_WORD}(?:\s*(?:,|&|/|\band\b|\bor\b)\s*{_CATEGORY_WORD})*)\b", re.IGNORECASE
)
_CATEGORY = re.compile(_CATEGORY_WORD, re.IGNORECASE)
_BOX = re.compile(f"([{re.escape(''.join(BOX_GLYPHS))}])")
_FLAG = re.compile(r"^\s*(yes|no|y|n)\b[\s,.:;–—-]*(.*)$", re.IGNORECASE | re.DOTALL)
_RISK_REFERENCE = re.compile(
    r"^(?:risk\s*(?:ref(?:erence)?|no\.?|number)?\s*[:#]?\s*)?"
    r"(?P<id>[A-Z]{1,6}[-/ ]?\d{1,4}[A-Za-z]?)\b\s*[:–—\-.)]?\s*(?P<description>.*)$"
)


@lru_cache(maxsize=4096)  # "Yes", "No", "N/A" and labels recur on every sheet
def clean(text: str | None) -> str | None:
    """Text as an answer: trimmed, None when blank or when it is only a template prompt."""
    if text is None:
        return None
    # (a rule typed as a line of underscores under a section, "______": no part of the answer)
    lines = [line.rstrip() for line in text.strip().splitlines() if not _RULE.fullmatch(line.strip())]
    if len([line for line in lines if line.strip()]) > 1:
        # "Implications completed by: Lindsey Marks, Deputy Head of Law" over the implication: who
        # signed it off, no part of the answer
        # ... and "(delete as appropriate)" left under the option kept: the form's instruction
        lines = [line for line in _without_sign_offs(lines) if not _bracketed_instruction(line)]
        while len(lines) > 1 and _author_extension(lines[-1]):
            lines = lines[:-1]  # "Sarah Bell : Extension 6087" at the report's foot: its author's line, no answer
    text = "\n".join(lines).strip()
    if not text or is_instruction(text):
        return None
    return text


_RULE = re.compile(r"[_\-–—=*.]{5,}")
_TYPED_BULLET = re.compile(r"^\s*[•▪◦●‣∙]\s*")


_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+(?=\S)")  # "3.1 ", "2.4. ": a council report's paragraph numbers


def without_paragraph_numbers(text: str | None) -> str | None:
    """"3.1 The IJB is forecasting …" / "3.2 The recovery plan …": an answer whose every line the
    report numbers as its paragraphs, without the numbers (kept where any line has none: a
    figure that opens a sentence is no paragraph number)."""
    if not text:
        return text
    lines = text.splitlines()
    if not all(_PARAGRAPH_NUMBER.match(line) for line in lines):
        return text
    return "\n".join(_PARAGRAPH_NUMBER.sub("", line) for line in lines)


def without_bullets(text: str | None) -> str | None:
    """An answer's text without the bullets typed before its lines ("• Appendix 1 – …"): each
    is its list's mark, no part of the answer. (A cell's text keeps them: a line that opens with
    a bullet is never a label.)"""
    if not text:
        return text
    return "\n".join(_TYPED_BULLET.sub("", line) for line in text.splitlines())


def _bracketed_instruction(line: str) -> bool:
    line = line.strip()
    return line.startswith("(") and line.endswith(")") and printed_instruction(line)


# ("Implications verified by:", "Comments checked by:", "Legal comments checked by:")
_SIGNED_OFF = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?(?:(?:completed|signed\s+off|cleared|verified|checked|agreed)\s+by|signed)\s*:",
                         re.IGNORECASE)


def _author_extension(line: str) -> bool:
    """"Sarah Bell : Extension 6087": a name, then how to reach them (people's contact details)."""
    pieces = re.split(r"\s*[:,–—]\s*|\s+-\s+", line.strip(), maxsplit=1)
    return len(pieces) == 2 and looks_like_name(pieces[0]) and is_contact_detail(pieces[1])


def is_sign_off(line: str) -> bool:
    """"Comments checked by: Tom Hudson, Strategic Finance Business Partner": who signed an
    answer off, no answer."""
    return bool(_SIGNED_OFF.match(line))


def _without_sign_offs(lines: list[str]) -> list[str]:
    """The lines without who signed the answer off: "Implications verified by: Mike Jones" and,
    on the line under it, his post ("Strategic Lead – Corporate Finance")."""
    kept: list[str] = []
    signed = False
    for line in lines:
        if _SIGNED_OFF.match(line):
            signed = True
            continue
        if signed and line.strip() and is_job_title(line.strip()) and not line.rstrip().endswith("."):
            signed = False
            continue
        signed = False
        kept.append(line)
    return kept


_PRINTED_INSTRUCTION = re.compile(
    r"^(?:please\s+)?(?:list|tick|insert|enter|state|give|include|describe|provide|select|delete|indicate|attach|complete|detail|explain|specify)"
    r"\b(?!\s*[:–—-])", re.IGNORECASE)


_LEADERS = re.compile(r"^[\s…._]+|[\s…._]+$")


# "Report of the Service Director", "Report to the Board"; an NHS body's name ("NHS Westshire",
# "NHS Dudley Integrated Care Board"), not a title that opens with "NHS" ("NHS Health Check Programme")
_NOT_A_TITLE = re.compile(
    r"report (of|to|by)\b|nhs(\s+[\w&'-]+)?\s*$|nhs\b.*\b(trust|board|icb|ccg|commissioning group|scotland|wales|england)\s*$",
    re.IGNORECASE)


def could_be_title(text: str) -> bool:
    """Could this line be a paper's title, not the organisation's name ("NHS Dudley ...") nor the
    line above the title that says whose or for whom the report is ("Report of the Service
    Director", "Report to the Board")?"""
    return not _NOT_A_TITLE.match(text.strip())


def without_leaders(text: str) -> str:
    """"…5……….": an answer typed into the form's dotted room to write, without the dots (a
    sentence's own full stop is kept: a leader is "…" or two dots or underscores at least)."""
    return _LEADERS.sub(lambda run: "" if "…" in run.group() or len(run.group().strip()) >= 2 else run.group(), text)


def printed_instruction(text: str) -> bool:
    """Is the text after a label the form's own instruction ("List wards or tick box to indicate
    all"), printed beside the label, not the author's answer?"""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # "(Include further detail below)"
    # (a longer sentence may be the author's, "Provide the Board with assurance on ..."; one that
    # says "please" is the form's)
    longest = 20 if text.strip().lower().startswith("please ") else 12
    return (bool(_PRINTED_INSTRUCTION.match(text.strip())) and len(text.split()) <= longest) or bool(_PRINTED_ANSWERS.fullmatch(text))


# The lead the form prints before an answer's explanation: "Details:", "Comments:", "If yes,
# please give details:", "Reason for N/A:". The author writes after it; it is no part of the note.
_EXPLANATION_LEAD = re.compile(
    r"^(?:if\s+(?:yes|no|so|not)\s*,?\s*)?(?:please\s+)?(?:give|provide|add|state)?\s*(?:further\s+|more\s+|brief\s+)?"
    r"(?:details?|comments?|explanation|reasons?|notes?|rationale|narrative)(?:\s+(?:for|of|on|if)\s+[\w/]+)?\s*:\s*",
    re.IGNORECASE)


def note(text: str | None) -> str | None:
    """An answer's explanation as the author wrote it: clean, without the lead the form prints
    before it ("Details: No personal data." is "No personal data."; "Details:" alone is none)."""
    text = clean(text)
    if text is None:
        return None
    return clean(_EXPLANATION_LEAD.sub("", text, count=1))


# "Risk: Yes/No": the answers the form prints after the label for the author to delete one
_PRINTED_ANSWERS = re.compile(r"(?i)(?:yes|no|n/a|not applicable)(?:\s*/\s*(?:yes|no|n/a|not applicable)){1,2}")


def every_answer_printed(text: str) -> bool:
    """"Yes / No / Not applicable": the form's answers as printed, none deleted."""
    return bool(_PRINTED_ANSWERS.fullmatch(text.strip()))


def says_nothing_to_report(text: str) -> bool:
    return bool(_NOTHING.match(text.strip()))


# "None – this report has not been considered by another committee", "None. The findings have
# been shared with each care home.", "Not previously considered".
_NO_HISTORY = re.compile(
    r"^(?:(?:none|nil|n/?a|not applicable)\s*(?:[–—:-]|\.(?=\s))\s*.*|.*\bnot\s+(?:been\s+)?(?:previously\s+)?"
    r"(?:considered|discussed|presented|reviewed|seen)\b.*"
    # "This is the first time this report has been considered."
    r"|.*\bfirst\s+time\b.*\b(?:considered|discussed|presented|reviewed|seen|received)\b.*)$", re.IGNORECASE | re.DOTALL)


def no_history(text: str) -> bool:
    """Does a governance history answer say the paper has been nowhere before (and name no date)?
    ("8.1<tab>Not previously considered.": the paragraph's number is no date)"""
    text = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+", "", text)
    return bool(_NO_HISTORY.match(text.strip())) and not re.search(r"\d", text)


def boxed_words(text: str) -> list[tuple[str, bool]] | None:
    """The words beside each box glyph and whether it is ticked: "Yes ☐ No ☒" ->
    [("Yes", False), ("No", True)]; "☐ For approval ☒ For noting" pairs each box with the words
    after it. None when the text has no box."""
    parts = _BOX.split(text)
    if len(parts) == 1:
        return None
    boxes_first = not parts[0].strip()
    pairs = []
    for index in range(1, len(parts), 2):
        words = parts[index + 1] if boxes_first else parts[index - 1].rsplit("\n", 1)[-1]
        words = without_bracketed_instruction(words)  # "Yes ☐ (please detail the reasons below) No ☒"
        pairs.append((" ".join(words.split()), tick_of_glyph(parts[index]) is Tick.CHECKED))
    return pairs


def purpose_categories(text: str | None) -> list[str] | None:
    """Categories the purpose text states ("For discussion and endorsement"), in its order;
    beside boxes, only those whose box is ticked (none ticked: not answered)."""
    if not text:
        return None
    boxed = boxed_words(text)
    if boxed is not None:
        text = "\n".join(words for words, ticked in boxed if ticked)
        if not text:
            return None
    found: list[str] = []
    for phrase in _STATED_PURPOSE.findall(text):
        for word in _CATEGORY.findall(phrase):
            category = parse_category(word)
            value = getattr(category, "value", None)
            if value and value not in found:
                found.append(value)
    return found or None


def purpose_word(text: str) -> bool:
    """Is the text one purpose word and no more ("Assurance", "Approval."): a purpose picked,
    though a board may also print the word as a label of its own question?"""
    return _CATEGORY.fullmatch(text.strip().rstrip(".:")) is not None


def ticked_flags(text: str) -> set[str] | None:
    """Which of Yes and No are ticked beside boxes ("Yes ☒ No ☒" -> {"yes", "no"}); None without boxes."""
    boxed = boxed_words(text)
    if boxed is None:
        return None
    return {"yes" if match.group(1).lower().startswith("y") else "no" for words, on in boxed if on and (match := _FLAG.match(words))}


def without_boxes(text: str | None) -> str | None:
    """`text` without its lines of boxes and the option words beside them (what is left is prose)."""
    if not text or boxed_words(text) is None:
        return text
    return clean("\n".join(line for line in text.splitlines() if not _BOX.search(line)))


def flag(text: str | None) -> tuple[bool | str | None, str | None]:
    """Confidential: (True / False, reason) from "Yes", "No", "Yes – commercial"; else the text."""
    if not text:
        return None, None
    ticked = ticked_flags(text)
    if ticked is not None:  # "Yes ☐ No ☒": the ticked word, and only when exactly one is
        return (ticked.pop() == "yes", None) if len(ticked) == 1 else (None, None)
    match = _FLAG.match(text)
    if match is None:
        return text, None
    answer = match.group(1).lower().startswith("y")
    reason = match.group(2).strip() or None
    return answer, (reason if answer else None)


def marked(text: str | None) -> bool | None:
    """A mark in a column of a table's rows: "Y"/"Yes" or a tick ("✓", "☒", a typed X) True,
    "N"/"No" False; an empty box or nothing None."""
    text = (text or "").strip()
    if len(text) == 1 and (text in "xX" or tick_of_glyph(text) is Tick.CHECKED):
        return True
    answer = flag(text)[0]
    return answer if isinstance(answer, bool) else None


@dataclass(frozen=True)
class Paragraph:
    text: str
    listed: bool  # numbered or bulleted, by Word's numbering or by a typed "1." / "•"


def paragraphs_of(cells: list[etree._Element]) -> list[Paragraph]:
    """Each non-empty paragraph of the cells, marked when it is a list item."""
    found = []
    for cell in cells:
        for p in cell.iter(_P):
            whole = paragraph_text(p, within=cell).strip()
            lines = whole.split("\n")
            if len(lines) > 1 and any(_TYPED_NUMBER.match(line.strip() + " ") for line in lines[1:]):
                # "The Board is asked to:" / "• note the report." as lines of one paragraph
                # (Shift+Enter): each typed item a paragraph of its own
                units = [(line.strip(), at == 0 and numbered(p)) for at, line in enumerate(lines)]
            else:
                units = [(whole, numbered(p))]
            for text, listed in units:
                if not text or is_instruction(text):
                    continue
                typed = _TYPED_NUMBER.match(text + " ")
                if typed:
                    text = text[typed.end():].strip()
                    if not text:  # "8.1" and nothing after it: a numbered paragraph left empty
                        continue
                if re.fullmatch(r"\[[^\]]*\]", text):
                    continue  # "11.<tab>[Health and Wellbeing Board are asked to …]": the form's prompt, left
                found.append(Paragraph(text, bool(typed) or listed))
    return found


def recommendations(cells: list[etree._Element]) -> list[str] | None:
    """One recommendation per list item; a lead-in ("For the Board to;") is not one.

    Without a list, each paragraph is one recommendation. A plain paragraph after a list item
    continues that item.
    """
    paragraphs = [part for paragraph in _without_signature(paragraphs_of(cells)) for part in _inline_items(paragraph)]
    if not paragraphs or all(_lead_in(p.text) for p in paragraphs):
        return None  # "This report supports the following objectives:" and nothing after it
    if not any(p.listed for p in paragraphs):
        lines = paragraphs[0].text.split("\n") if len(paragraphs) == 1 else []
        if lines and (run_on := _RUN_ON_STEM.match(lines[0])):
            # "The Board is asked to:take assurance …;" then the next item a line below: a content
            # control's lines after LibreOffice moved its first line break before it
            lines = [run_on.group(1), run_on.group(2), *lines[1:]]
        if len(lines) > 1 and _lead_in(lines[0]) and all(line.strip() for line in lines[1:]):
            # "The Board is asked to:" then each recommendation after a line break, in one
            # paragraph (a content control's text): the stem, then a recommendation a line
            return [line.strip() for line in lines[1:]]
        if len(paragraphs) > 1 and _lead_in(paragraphs[0].text):
            paragraphs = paragraphs[1:]  # "The Board is requested to:" over what it is asked: the stem is no recommendation
        return [p.text for p in paragraphs]
    items: list[str] = []
    for at, paragraph in enumerate(paragraphs):
        if paragraph.listed and _lead_in(paragraph.text) and any(p.listed for p in paragraphs[at + 1:]):
            continue  # "10.<tab>The Board is asked to:" over "i.", "ii.": the stem numbered as the report's paragraph
            # (also "2.<tab>It is recommended that the Committee:-")
        if paragraph.listed:
            items.append(paragraph.text)
        elif items:
            items[-1] += "\n" + paragraph.text
    return items


_INLINE_ITEM = re.compile(r"(?:^|(?<=[\s:;,.]))\((?:[a-h]|i{1,3}|iv|v|vi|\d{1,2})\)\s*")


def _inline_items(paragraph: Paragraph) -> list[Paragraph]:
    """"It is RECOMMENDED that: (a) the Committee notes …; (b) …" in one paragraph: the stem,
    then each lettered item a list item of its own."""
    first = _INLINE_ITEM.search(paragraph.text)
    if paragraph.listed or first is None or first.start() == 0 or not _lead_in(paragraph.text[:first.start()]):
        return [paragraph]
    marks = list(_INLINE_ITEM.finditer(paragraph.text, first.start()))
    ends = [mark.start() for mark in marks[1:]] + [len(paragraph.text)]
    items = [paragraph.text[mark.end():end].strip() for mark, end in zip(marks, ends)]
    if not all(items):
        return [paragraph]
    return [Paragraph(paragraph.text[:first.start()].strip(), False), *(Paragraph(item, True) for item in items)]


def _lead_in(text: str) -> bool:
    """"The Board is requested to:", "The Board is asked to;" (a slip for the colon): the stem
    over the recommendations, none itself."""
    return text.rstrip().endswith((":", ":-", ":–")) or bool(_ASKED_TO.search(text))  # ("… that the Committee:-")


_RUN_ON_STEM = re.compile(r"^(.*\b(?:asked|invited|requested|recommended)\s+to:)(\S.*)$", re.IGNORECASE)
_ASKED_TO = re.compile(r"\b(?:asked|invited|requested|recommended)\s+to\s*[;,.:–—-]?\s*$", re.IGNORECASE)  # ("… is recommended to –")


def asks_to(text: str) -> bool:
    """"The Committee is asked to:": a stem over the recommendations."""
    return bool(_ASKED_TO.search(text))


def _without_signature(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """`paragraphs` without the report's signature after them: "Councillor Margaret Hollis" over
    "Chairman of Health Scrutiny Committee" (two paragraphs, or two lines of one), not listed."""
    lines = [(at, line) for at, paragraph in enumerate(paragraphs) if not paragraph.listed
             for line in paragraph.text.split("\n") if line.strip()]
    if len(lines) < 2 or lines[-1][0] != len(paragraphs) - 1 or not (looks_like_name(lines[-2][1]) and is_job_title(lines[-1][1])):
        return paragraphs
    first = lines[-2][0]
    if first < len(paragraphs) - 2:
        return paragraphs
    kept = "\n".join(paragraphs[first].text.split("\n")[:-2] if first == len(paragraphs) - 1 else
                     paragraphs[first].text.split("\n")[:-1]).strip()
    return paragraphs[:first] + ([Paragraph(kept, paragraphs[first].listed)] if kept else [])


_EMAIL = re.compile(r"\S+@\S+\.\w+")


_SIGNATURE_LABEL = re.compile(r"^\s*(?:name|designation|post|position|job\s+title|signed(?:\s+by)?)\s*:\s*", re.IGNORECASE)


def without_signature_label(line: str) -> str:
    """A signature's line without the label the form prints before it ("Name:<tab>Beth Culshaw",
    "Designation: Chief Officer")."""
    return _SIGNATURE_LABEL.sub("", line)


def sign_off(lines: list[str]) -> int | None:
    """Where the report's sign-off begins among its last `lines`: a name over a post, then its
    date or e-mail ("Fiona Brodie" / "Deputy Director of Finance" / "23 January 2026" /
    "fiona.brodie@nhs.scot"); None when the lines do not end so."""
    end = len(lines)
    while end and (_EMAIL.fullmatch(lines[end - 1].strip()) or _is_day(lines[end - 1].strip())):
        end -= 1
    if end == len(lines) or end < 2:
        return None  # (a name over a post with no date or e-mail under it may be the answer's own words)
    return end - 2 if looks_like_name(lines[end - 2].strip()) and is_job_title(lines[end - 1].strip()) else None


def _is_day(text: str) -> bool:
    return parse_uk_date(text) is not None and len(text.split()) <= 4


def risk_text(text: str | None) -> tuple[list[dict] | None, str | None]:
    """(references, note): lines that start with a register reference are references."""
    text = clean(text)
    if text is None:
        return None, None
    references, other = [], []
    for line in text.splitlines():
        match = _RISK_REFERENCE.match(line.strip())
        if match and match.group("description"):
            references.append({"id": match.group("id"), "description": match.group("description").strip()})
        elif line.strip():
            other.append(line.strip())
    return (references or None), ("\n".join(other) or None)


def numbered(paragraph: etree._Element) -> bool:
    """A list item: the paragraph is numbered or bulleted (by Word's numbering or a list style)."""
    properties = paragraph.find(_PPR)
    if properties is None:
        return False
    numbering = properties.find(_NUMPR)
    if numbering is not None:
        number = numbering.find(_NUMID)
        return number is None or number.get(_VAL) != "0"  # numId 0 switches numbering off
    style = properties.find(_PSTYLE)
    return style is not None and bool(_LIST_STYLE.match(style.get(_VAL) or ""))
