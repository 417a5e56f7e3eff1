"""Yes / No / N/A answered in words: negation read right, the explanation kept whole."""

from __future__ import annotations

import pytest

from coversheet.word.answers.worded import worded_answer

YES_NO_NA = {"yes": "yes", "no": "no", "n/a": "n/a", "na": "n/a", "not applicable": "n/a", "y": "yes", "n": "no"}


@pytest.mark.parametrize(("text", "answer", "note"), [
    ("No negative impact identified", "no", "No negative impact identified"),
    ("None identified.", "no", "None identified."),
    ("No – the report makes no change to services.", "no", "the report makes no change to services."),
    ("No", "no", None),
    ("Yes – EqIA at appendix 2", "yes", "EqIA at appendix 2"),
    ("Yes\nEqIA at appendix 2", "yes", "EqIA at appendix 2"),
    ("Not applicable – no financial implications", "n/a", "no financial implications"),
    ("N/A: assurance report only", "n/a", "assurance report only"),
    ("Not applicable as no change to services is proposed", "n/a", "Not applicable as no change to services is proposed"),
    # A statement without an answer word says yes or no as a secretary reads it (blind corpus:
    # "EIA completed 12/11/2021 – positive impact" is yes; "will be completed" is not done yet).
    ("EqIA completed 12/11/2025: positive impact", "yes", "EqIA completed 12/11/2025: positive impact"),
    ("An equality impact assessment will be completed with the award report.", "no",
     "An equality impact assessment will be completed with the award report."),
    ("The uplifts cost £6.1m, provided for in the budget.", "yes", "The uplifts cost £6.1m, provided for in the budget."),
    ("There are no financial implications arising.", "no", "There are no financial implications arising."),
    # several kinds named between "no" and "implications" (Kirklees's "Other (eg Legal/Financial …)")
    ("There are no legal, financial or human resources implications.", "no",
     "There are no legal, financial or human resources implications."),
    ("There are no direct or indirect equality impacts from this report.", "no",
     "There are no direct or indirect equality impacts from this report."),
    ("Completed", None, "Completed"),
    ("An EqIA has been completed and is attached. No negative impact identified.", "yes",
     "An EqIA has been completed and is attached. No negative impact identified."),
    ("Supplied by: Louise Kenny, Finance Officer\nN/A – no financial implications.", "n/a", "no financial implications."),
    ("Nothing to report", None, "Nothing to report"),
    # "Not required" (an assessment not needed) is n/a; the form's instruction in a drop-down's
    # item ("Yes (Include further detail below)") is no part of the note.
    ("Not required", "n/a", None),
    ("Not required as no change to services", "n/a", "Not required as no change to services"),
    ("Yes (Include further detail below)\nCompliance was 97%.", "yes", "Compliance was 97%."),
    ("Yes (see appendix 2)", "yes", "(see appendix 2)"),
    # An assessment done, a further one not needed: done. "No requirement to undertake" one:
    # not applicable. "… within existing budgets; there are no additional financial
    # implications": none (so the blind truths read it, a cost named or not).
    ("A first stage impact assessment has been undertaken and indicates that a more in-depth assessment is not required.",
     "yes", "A first stage impact assessment has been undertaken and indicates that a more in-depth assessment is not required."),
    ("There is no requirement to undertake an Integrated Impact Assessment as this report is for monitoring only.", "n/a",
     "There is no requirement to undertake an Integrated Impact Assessment as this report is for monitoring only."),
    # Northern Ireland's equality screening: "Screened out" says the screening was done
    ("Screened out.", "yes", "Screened out."),
    ("Screened out – no impact on Section 75 groups.", "yes", "Screened out – no impact on Section 75 groups."),
    ("The actions are funded from the Carers Act allocation of £2.9m; there is no additional cost.", "yes",
     "The actions are funded from the Carers Act allocation of £2.9m; there is no additional cost."),
    ("The plan is delivered within existing budgets; there are no additional financial implications.", "no",
     "The plan is delivered within existing budgets; there are no additional financial implications."),
    (None, None, None),
])
def test_an_answer_in_words(text, answer, note):
    assert worded_answer(text, YES_NO_NA) == (answer, note)


def test_the_boards_own_words_and_no_other_answers():
    public_private = {"yes": "yes", "no": "no", "public": "no", "private": "yes"}
    assert worded_answer("Private\nCommercially sensitive", public_private) == ("yes", "Commercially sensitive")
    assert worded_answer("N/A", public_private) == (None, "N/A")  # not an answer confidentiality takes
