"""Fixtures for the Word tests."""

from __future__ import annotations

import pytest
from helpers.paths import COMPLETE

from coversheet.config import DEFAULT_CONFIG
from coversheet.drafts.read import read_draft
from coversheet.model import CoverSheet
from coversheet.read.validate import validate


@pytest.fixture
def example_sheet() -> CoverSheet:
    sheet, findings = validate(read_draft(COMPLETE), DEFAULT_CONFIG)
    assert not findings, findings
    return sheet
