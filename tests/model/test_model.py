"""The model: vocabularies, null-versus-empty, and a golden round trip of the draft example."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers.drafts import without_nulls
from helpers.paths import COMPLETE
from pydantic import ValidationError

from coversheet.drafts.read import parse_yaml
from coversheet.model import Answer, CoverSheet, PurposeCategory

EXAMPLE = COMPLETE


@pytest.mark.parametrize("spelling", ["yes", "Yes", "YES", "y", True])
def test_yes_spellings(spelling) -> None:
    assert CoverSheet.model_validate({"risks": {"associated": spelling}}).risks.associated is Answer.YES


@pytest.mark.parametrize("spelling", ["n/a", "N/A", "NA", "n.a.", "Not applicable", "not-applicable"])
def test_not_applicable_spellings(spelling) -> None:
    assert CoverSheet.model_validate({"risks": {"associated": spelling}}).risks.associated is Answer.NA


@pytest.mark.parametrize(
    ("text", "category"),
    [("For noting", PurposeCategory.INFORMATION), ("for decision", PurposeCategory.APPROVAL), ("Assurance", PurposeCategory.ASSURANCE)],
)
def test_category_spellings(text, category) -> None:
    assert CoverSheet.model_validate({"purpose": {"categories": [text]}}).purpose.categories == [category]


def test_absent_and_empty_are_different_answers() -> None:
    absent = CoverSheet.model_validate({})
    empty = CoverSheet.model_validate({"governance": [], "contributors": []})
    assert absent.governance is None and empty.governance == []
    assert absent.contributors is None and empty.contributors == []


def test_blank_text_is_not_answered() -> None:
    sheet = CoverSheet.model_validate({"title": "  ", "conflicts_of_interest": "", "risks": {"associated": ""}})
    assert sheet.title is None and sheet.conflicts_of_interest is None and sheet.risks.associated is None


def test_dates_are_iso_only() -> None:
    assert CoverSheet.model_validate({"meeting_date": "2020-12-02"}).meeting_date == dt.date(2020, 12, 2)
    for bad in ["02/12/2020", "December 2020", 20201202, "2020-12"]:
        with pytest.raises(ValidationError):
            CoverSheet.model_validate({"meeting_date": bad})


def test_governance_may_keep_a_month() -> None:
    sheet = CoverSheet.model_validate({"governance": [{"forum": "SLE", "date": "2020-11"}]})
    assert sheet.governance[0].date == "2020-11"


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        CoverSheet.model_validate({"titel": "x"})
    assert caught.value.errors()[0]["type"] == "extra_forbidden"


def test_draft_example_round_trips() -> None:
    data = parse_yaml(EXAMPLE.read_text()).data
    sheet = CoverSheet.model_validate(data)
    dumped = sheet.model_dump(mode="json", exclude_none=True)
    expected = without_nulls(data)
    assert dumped == expected
    assert CoverSheet.model_validate(dumped) == sheet


def test_every_field_is_documented_in_the_schema() -> None:
    from coversheet.model import schema

    document = schema()
    definitions = [document, *document["$defs"].values()]
    for definition in definitions:
        for name, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{definition.get('title')}.{name} has no description"
