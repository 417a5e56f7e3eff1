"""Which rules a board runs, at which severity: `[rules] select`, `ignore` and `severity`.

Each entry names a rule by code (CS301) or name (risk-without-reference), or a whole group
(risks). A single rule's setting wins over its group's, whatever the order they are written.
"""

from __future__ import annotations

from collections.abc import Iterator

from coversheet.config import BoardConfig, RuleSettings
from coversheet.findings import Severity
from coversheet.rules import RULES, Rule, find_rule, rules_named


def unknown_rule_names(settings: RuleSettings) -> list[str]:
    """The entries of `[rules]` that name no rule and no group, in the order written."""
    return [name for _, name in unknown_rule_entries(settings)]


def unknown_rule_entries(settings: RuleSettings) -> list[tuple[str, str]]:
    """Each entry of `[rules]` that names no rule and no group, with its key (`ignore`, ...)."""
    written = [("select", name) for name in settings.select or []]
    written += [("ignore", name) for name in settings.ignore] + [("severity", name) for name in settings.severity]
    return [(key, name) for key, name in written if not rules_named(name)]


def selected_rules(config: BoardConfig) -> Iterator[tuple[Rule, Severity]]:
    """Rules the board has switched on, each with its (possibly overridden) severity."""
    settings = config.rules
    chosen = _codes(settings.select) if settings.select is not None else set(RULES)
    ignored = _codes(settings.ignore)
    overrides = _severities(settings.severity)
    for code, rule in RULES.items():
        if code in chosen and code not in ignored:
            yield rule, overrides.get(code, rule.severity)


def _codes(names: list[str]) -> set[str]:
    return {rule.code for name in names for rule in rules_named(name)}


def _severities(overrides: dict[str, Severity]) -> dict[str, Severity]:
    # Groups first, then single rules, so that a rule's own setting is the one that holds.
    by_code: dict[str, Severity] = {}
    for single in (False, True):
        for name, severity in overrides.items():
            if (find_rule(name) is not None) is single:
                by_code.update((rule.code, severity) for rule in rules_named(name))
    return by_code
