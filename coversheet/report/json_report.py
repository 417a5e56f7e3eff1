"""The JSON report, in the stable shape the README documents (The JSON report)."""

from __future__ import annotations

import json

from coversheet.findings import CheckRun, FileResult


def file_dict(result: FileResult) -> dict:
    return {
        "path": result.shown,
        "status": result.status.value,
        "findings": [finding.to_dict() for finding in result.findings],
    }


def render(run: CheckRun, **_options) -> str:
    document = {"files": [file_dict(r) for r in run.results], "summary": run.summary()}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
