"""SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json

from coversheet import __version__
from coversheet.findings import CheckRun, Severity
from coversheet.rules import RULES

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(run: CheckRun, **_options) -> str:
    rule_ids = list(RULES)
    results = []
    for result in run.results:
        for finding in result.findings:
            region = {"startLine": finding.line} if finding.line else None
            location = {"physicalLocation": {"artifactLocation": {"uri": result.path.as_posix()}}}
            if region:
                location["physicalLocation"]["region"] = region
            if finding.field:
                location["logicalLocations"] = [{"fullyQualifiedName": finding.field, "kind": "member"}]
            message = finding.message + (f" {finding.hint}" if finding.hint else "")
            results.append(
                {
                    "ruleId": finding.code,
                    "ruleIndex": rule_ids.index(finding.code),
                    "level": _LEVEL[finding.severity],
                    "message": {"text": message},
                    "locations": [location],
                }
            )
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.doc or rule.summary},
            "help": {"text": rule.hint},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        }
        for rule in RULES.values()
    ]
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "coversheet",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/coversheet/",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
