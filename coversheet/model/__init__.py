"""What a cover sheet IS: the Pydantic models and their closed vocabularies."""

from coversheet.model.answers import Answer, PurposeCategory
from coversheet.model.sheet import (
    CoverSheet,
    GovernanceEntry,
    Implication,
    Implications,
    Person,
    Purpose,
    RiskReference,
    Risks,
    schema,
)

__all__ = [
    "Answer",
    "CoverSheet",
    "GovernanceEntry",
    "Implication",
    "Implications",
    "Person",
    "Purpose",
    "PurposeCategory",
    "RiskReference",
    "Risks",
    "schema",
]
