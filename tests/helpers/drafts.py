"""Drafts made for a test: a patch on the complete example, checked as of a fixed day."""

from __future__ import annotations

import datetime as dt

# The day the rule cases are checked on, so that "late" and "implausible" never drift.
TODAY = dt.date(2026, 11, 22)


def merge(base, patch):
    """`patch` laid over `base`: mappings merge, anything else replaces, null means "not answered"."""
    if isinstance(base, dict) and isinstance(patch, dict):
        merged = dict(base)
        for key, value in patch.items():
            merged[key] = merge(base.get(key), value) if key in base else value
        return merged
    return patch


def without_nulls(value):
    """`value` with every null (a question left unanswered) taken out of its mappings."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value
