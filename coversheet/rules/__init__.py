"""Every rule, in one explicit registry. A rule is a module: see `coversheet.rules.base`."""

from __future__ import annotations

from coversheet.rules import (
    cs001_unreadable_file,
    cs002_unknown_key,
    cs003_invalid_value,
    cs004_ambiguous_answer,
    cs005_unreadable_tick_box,
    cs006_missing_cover_sheet,
    cs007_control_characters,
    cs008_form_structure_lost,
    cs009_unknown_control_title,
    cs010_unrecognised_labels,
    cs011_profile_mismatch,
    cs012_confidentiality_disagrees,
    cs101_missing_required_field,
    cs102_conflicts_unanswered,
    cs103_governance_unanswered,
    cs104_implication_unanswered,
    cs105_risks_unanswered,
    cs106_purpose_category_missing,
    cs107_sponsor_missing,
    cs108_confidential_without_reason,
    cs201_placeholder_text,
    cs202_summary_too_long,
    cs203_too_many_recommendations,
    cs204_title_too_long,
    cs301_risk_without_reference,
    cs302_malformed_risk_reference,
    cs303_contradictory_risk_answers,
    cs401_incomplete_governance_entry,
    cs402_governance_date_after_meeting,
    cs403_governance_date_month_only,
    cs404_implication_no_without_reason,
    cs405_equality_not_assessed_for_decision,
    cs501_late_submission,
    cs502_implausible_date,
    cs503_meeting_not_scheduled,
    cs601_undefined_acronym,
    cs602_long_sentence,
    cs603_hard_to_read_summary,
    cs604_ask_does_not_match_purpose,
    cs605_recommendation_not_an_ask,
)
from coversheet.rules.base import Context, Problem, Rule

_MODULES = [
    cs001_unreadable_file,
    cs002_unknown_key,
    cs003_invalid_value,
    cs004_ambiguous_answer,
    cs005_unreadable_tick_box,
    cs006_missing_cover_sheet,
    cs007_control_characters,
    cs008_form_structure_lost,
    cs009_unknown_control_title,
    cs010_unrecognised_labels,
    cs011_profile_mismatch,
    cs012_confidentiality_disagrees,
    cs101_missing_required_field,
    cs102_conflicts_unanswered,
    cs103_governance_unanswered,
    cs104_implication_unanswered,
    cs105_risks_unanswered,
    cs106_purpose_category_missing,
    cs107_sponsor_missing,
    cs108_confidential_without_reason,
    cs201_placeholder_text,
    cs202_summary_too_long,
    cs203_too_many_recommendations,
    cs204_title_too_long,
    cs301_risk_without_reference,
    cs302_malformed_risk_reference,
    cs303_contradictory_risk_answers,
    cs401_incomplete_governance_entry,
    cs402_governance_date_after_meeting,
    cs403_governance_date_month_only,
    cs404_implication_no_without_reason,
    cs405_equality_not_assessed_for_decision,
    cs501_late_submission,
    cs502_implausible_date,
    cs503_meeting_not_scheduled,
    cs601_undefined_acronym,
    cs602_long_sentence,
    cs603_hard_to_read_summary,
    cs604_ask_does_not_match_purpose,
    cs605_recommendation_not_an_ask,
]

RULES: dict[str, Rule] = {rule.code: rule for rule in map(Rule.from_module, _MODULES)}
_BY_NAME = {rule.name: rule for rule in RULES.values()}



def find_rule(code_or_name: str) -> Rule | None:
    """A rule by its code (CS301, cs301) or its name (risk-without-reference)."""
    key = code_or_name.strip()
    return RULES.get(key.upper()) or _BY_NAME.get(key.lower())


def rules_named(name: str) -> list[Rule]:
    """The rules a `[rules]` entry names: one rule (code or name) or a whole group (risks)."""
    rule = find_rule(name)
    if rule is not None:
        return [rule]
    group = name.strip().lower()
    return [rule for rule in RULES.values() if rule.group == group]


__all__ = ["RULES", "Context", "Problem", "Rule", "find_rule", "rules_named"]
