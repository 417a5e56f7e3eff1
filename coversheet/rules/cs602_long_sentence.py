"""A sentence in the executive summary is longer than the board's limit (40 words unless configured).

What it does: splits executive_summary into sentences (at a full stop, question or exclamation
mark followed by a new sentence, and at each line break) and reports every sentence of more
than `max_sentence_words` words, quoting its start.

Why it matters: a long sentence buries the point the board needs; plain-English guidance
keeps sentences to 15-25 words on average, and 40 is well past the point where readers lose
the thread.

Fails:
    executive_summary: In addition, the paper provides an update on the strategic risks and
      issues identified and plans over the coming months to make improvements to the
      management of this aspect of assurance, recognising this as an early phase of the
      development work.  (41 words)
Passes:
    executive_summary: The paper also updates the board on strategic risks. It sets out how
      their management will improve over the coming months.

Source: docs/governance-practice.md, practice 4 (HFMA 2020 review; Board Intelligence / CGI research).
"""

import re

from coversheet.findings import Severity
from coversheet.rules.base import Problem
from coversheet.rules.shared.text import quote, word_count

CODE = "CS602"
NAME = "long-sentence"
SEVERITY = Severity.WARNING
HINT = "Split the sentence: one point per sentence."

# A sentence ends at . ! or ? followed by space and what starts a sentence, unless the stop
# belongs to a common abbreviation ("e.g. the", "Dr. Smith").
_ABBREVIATIONS = r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\bNo)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)"
_SENTENCE_END = re.compile(_ABBREVIATIONS + r"[.!?]['’\"”)]*\s+(?=[\"“‘'(]?[A-Z0-9£])")


def sentences(text: str) -> list[str]:
    """The sentences of `text`; a line break always ends one (paragraphs, list items)."""
    found = []
    for line in text.splitlines():
        found.extend(part.strip() for part in _SENTENCE_END.split(line) if part.strip())
    return found


def check(sheet, ctx):
    if not sheet.executive_summary:
        return
    limit = ctx.config.max_sentence_words
    for sentence in sentences(sheet.executive_summary):
        words = word_count(sentence)
        if words > limit:
            yield Problem(
                "executive_summary",
                ctx.names.say(
                    "executive_summary",
                    f"A sentence in the executive summary is too long ({words} > {limit} words): {quote(sentence)}.",
                    lambda it: f"A sentence in {it} is too long ({words} > {limit} words): {quote(sentence)}.",
                ),
            )
