"""The executive summary scores as very difficult to read (Flesch reading ease under 30 unless configured).

What it does: scores executive_summary with textstat: the Flesch reading ease (100 easy,
60-70 plain English, 30 and below very difficult) and the Flesch-Kincaid grade (the US
school grade a reader needs), and reports a score under `min_reading_ease`. An information
finding: it does not fail the sheet unless the board raises its severity. Summaries under
20 words are not scored (the formula means little on a line or two).

Why it matters: board packs average 213 pages and two readers in three must dig for the key
messages; a summary of long sentences and long words is the first thing they skip.

Fails:
    executive_summary: >-
      Notwithstanding the aforementioned organisational considerations, the anticipated
      operationalisation of integrated commissioning arrangements necessitates comprehensive
      reconfiguration of contractual accountability mechanisms across constituent organisations.
Passes:
    executive_summary: >-
      This paper reports how the system did in month 7. We spent more than we planned. The
      board is asked to note the plan to bring spending back in line by March.

Source: docs/governance-practice.md, practice 4 (Board Intelligence / CGI research; HFMA 2020 review).
"""

import re

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS603"
NAME = "hard-to-read-summary"
SEVERITY = Severity.INFO
HINT = "Use shorter sentences and everyday words; keep technical detail for the paper."

MIN_WORDS = 20
# textstat counts English syllables with NLTK's CMU dictionary, which it downloads on first
# use: network access at check time, and an error offline. Under a language code it does not
# read as English ("en-GB" with a hyphen) it counts syllables with pyphen's British English
# hyphenation instead, offline and the same on every machine, and still applies Flesch's
# English constants (its defaults).
_LANG = "en-GB"


def _textstatistics():
    """textstat's scorer, imported without NLTK.

    textstat imports NLTK (and with it NumPy: about 0.35 s, most of a check's start-up) only
    to look English syllables up in the CMU dictionary, which we never use (see _LANG). While
    textstat is imported a placeholder stands in for NLTK, and is removed afterwards, so a real
    `import nltk` elsewhere still works; the placeholder fails loudly if ever touched.
    """
    import sys
    import types

    if "nltk" in sys.modules or "textstat.textstat" in sys.modules:
        from textstat.textstat import textstatistics

        return textstatistics

    def refuse(name: str):
        raise ImportError(f"nltk.{name}: coversheet loads textstat without NLTK (English CMU scoring is unused)")

    placeholder = types.ModuleType("nltk")
    placeholder.__getattr__ = refuse  # PEP 562: module-level attribute hook
    sys.modules["nltk"] = placeholder
    try:
        from textstat.textstat import textstatistics
    finally:
        if sys.modules.get("nltk") is placeholder:
            del sys.modules["nltk"]
    return textstatistics


def scores(text: str) -> tuple[float, float]:
    """Flesch reading ease and Flesch-Kincaid grade of `text`."""
    from coversheet.rules.shared.hyphenation import preload

    # pyphen's own reading of its British English dictionary takes about 0.1 s; have it
    # ready, read the quick way, before textstat asks pyphen for it (see coversheet.rules.shared.hyphenation).
    preload(_LANG)
    stats = _textstatistics()()
    stats.set_lang(_LANG)
    return stats.flesch_reading_ease(text), stats.flesch_kincaid_grade(text)


def check(sheet, ctx):
    summary = sheet.executive_summary
    if not summary or len(re.findall(r"\w+", summary)) < MIN_WORDS:
        return
    ease, grade = scores(summary)
    threshold = ctx.config.min_reading_ease
    if ease < threshold:
        yield Problem(
            "executive_summary",
            ctx.names.say(
                "executive_summary",
                f"The executive summary is very difficult to read (Flesch reading ease {ease:.0f} < {threshold:g}; "
                f"grade {grade:.0f}).",
                lambda it: f"{it} is very difficult to read (Flesch reading ease {ease:.0f} < {threshold:g}; grade {grade:.0f}).",
            ),
        )
