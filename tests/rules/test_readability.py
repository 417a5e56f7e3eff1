"""The readability rule scores with textstat, offline, without loading NLTK."""

from __future__ import annotations

import json
import subprocess
import sys

SUMMARY = (
    "This paper reports on month 7 financial performance for the system. It covers the revenue "
    "and capital positions of all partners and the position on central functions."
)


def test_scores_are_textstats_and_nltk_is_never_loaded() -> None:
    script = (
        "import json, sys\n"
        "from coversheet.rules.cs603_hard_to_read_summary import scores\n"
        f"ease, grade = scores({SUMMARY!r})\n"
        "print(json.dumps({'ease': ease, 'grade': grade, 'nltk': 'nltk' in sys.modules, 'numpy': 'numpy' in sys.modules}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    measured = json.loads(result.stdout)
    assert not measured["nltk"] and not measured["numpy"]

    from textstat.textstat import textstatistics  # textstat as its authors ship it

    reference = textstatistics()
    reference.set_lang("en-GB")
    assert measured["ease"] == reference.flesch_reading_ease(SUMMARY)
    assert measured["grade"] == reference.flesch_kincaid_grade(SUMMARY)
