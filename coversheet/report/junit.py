"""JUnit XML: a test suite per run, a test case per file, a failure per error-level finding."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from coversheet.findings import CheckRun, Severity, Status


def _describe(findings) -> str:
    return "\n".join(
        f"{f.severity.value}: {f.code} {f.name}: {f.message}" + (f" [{f.place}]" if f.place else "")
        + (f" (line {f.line})" if f.line else "")
        for f in findings
    )


def render(run: CheckRun, **_options) -> str:
    summary = run.summary()
    suite = ET.Element(
        "testsuite",
        name="coversheet",
        tests=str(summary["files"]),
        failures=str(summary["fail"]),
        errors=str(summary["error"]),
        skipped="0",
    )
    for result in run.results:
        case = ET.SubElement(suite, "testcase", classname="coversheet", name=result.shown)
        errors = [f for f in result.findings if f.severity is Severity.ERROR]
        if result.status is Status.ERROR:
            element = ET.SubElement(case, "error", message=errors[0].message if errors else "unreadable")
            element.text = _describe(result.findings)
        elif result.status is Status.FAIL:
            element = ET.SubElement(case, "failure", message=f"{len(errors)} error(s): {errors[0].message}")
            element.text = _describe(result.findings)
        others = [f for f in result.findings if f.severity is not Severity.ERROR]
        if others:
            ET.SubElement(case, "system-out").text = _describe(others)
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
