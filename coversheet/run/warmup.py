"""Imported once by the fork server that starts checking workers: warms it up, then stays out.

Rules import heavy libraries only when they first need them (readability scores, the bank
holiday calendar). Imported per worker, that is half a second for every worker started,
and again for every file re-checked alone after a worker died. Checking one sample sheet
here, in the fork server, does those imports once; every worker forked from it starts warm.
Never imported anywhere else (see `coversheet.run.parallel`).
"""

from __future__ import annotations


def _warm_up() -> None:
    import datetime as dt

    from coversheet.config import DEFAULT_CONFIG
    from coversheet.model.raw import RawDraft
    from coversheet.read.validate import validate
    from coversheet.rules import Context
    from coversheet.rules.reading import finding_for
    from coversheet.rules.running import run_rules

    sample = {
        "meeting_date": "2020-12-02",
        "submitted_on": "2020-11-24",
        "agenda_item": "1",
        "title": "Warm-up",
        # Long enough (over twenty words) for the readability rule to load its scorer.
        "executive_summary": " ".join(["The board is asked to note this short report on the work done this month."] * 3),
        "recommendations": ["Note the report."],
        "governance": [{"forum": "Committee", "date": "2020-11-09", "outcome": "Noted."}],
    }
    sheet, refused = validate(RawDraft(sample), DEFAULT_CONFIG)
    findings = [finding_for(noticed) for noticed in refused]
    run_rules(sheet, Context(config=DEFAULT_CONFIG, today=dt.date(2020, 11, 1)), RawDraft(sample), findings)
    import coversheet.word.read  # noqa: F401 - the Word reader and lxml


try:
    _warm_up()
except Exception:  # noqa: BLE001 - a warm-up failure must never stop checking; workers warm up alone
    pass
