"""SARIF 2.1.0, for code-scanning dashboards.

Locations are what the SARIF validator and code-scanning services accept: a path given
relative to the working directory stays relative, against the base `%SRCROOT%` that the run
names (`originalUriBaseIds`); any other path is an absolute `file:` URI (`file:///S:/Board/...`
for a Windows drive). Both are percent-encoded as RFC 3986 asks (spaces, accents, dashes).
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePath
from urllib.parse import quote

from coversheet.findings import CheckRun, Severity
from coversheet.rules import RULES
from coversheet.version import __version__

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"


def _encode(path: str) -> str:
    # Everything but RFC 3986's unreserved characters and "/" is escaped from the UTF-8 bytes
    # (the original bytes, for a POSIX name that is not UTF-8): a ":" too, so that a relative
    # "S:/Board/..." cannot read as a URI with the scheme "S".
    return quote(path.encode("utf-8", "surrogateescape"), safe="/")


def file_uri(path: PurePath) -> str:
    """The `file:` URI of an absolute path, POSIX or Windows (drive or UNC)."""
    text = path.as_posix()
    if text.startswith("//"):  # \\server\share\... -> file://server/share/...
        return "file:" + _encode(text)
    if path.drive:  # S:/Board/... -> file:///S:/Board/...
        return "file:///" + path.drive + _encode(text[len(path.drive) :])
    return "file://" + _encode(text)


def artifact_location(path: Path) -> dict:
    """A path as given: relative to `%SRCROOT%` when it is below the working directory."""
    if not path.is_absolute() and not path.drive and ".." not in path.parts:
        return {"uri": _encode(path.as_posix()), "uriBaseId": SRCROOT}
    return {"uri": file_uri(Path(os.path.abspath(path)))}


def render(run: CheckRun, **_options) -> str:
    rule_ids = list(RULES)
    results = []
    for result in run.results:
        for finding in result.findings:
            # A finding about a whole Word file is placed at its start, as SARIF asks.
            location = {
                "physicalLocation": {
                    "artifactLocation": artifact_location(result.path),
                    "region": {"startLine": finding.line or 1},
                }
            }
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
                "originalUriBaseIds": {SRCROOT: {"uri": file_uri(Path.cwd()).rstrip("/") + "/"}},
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
