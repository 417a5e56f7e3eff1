"""GitHub Actions workflow commands: one annotation line per finding."""

from __future__ import annotations

from coversheet.findings import CheckRun, Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(run: CheckRun, **_options) -> str:
    lines = []
    for result in run.results:
        for finding in result.findings:
            props = [f"file={_escape_property(result.shown)}"]
            if finding.line:
                props.append(f"line={finding.line}")
            props.append(f"title={_escape_property(f'{finding.code} {finding.name}')}")
            message = finding.message + (f" {finding.hint}" if finding.hint else "")
            lines.append(f"::{_LEVEL[finding.severity]} {','.join(props)}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
