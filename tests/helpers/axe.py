"""axe-core, the accessibility engine, run in the page a test has open (WCAG 2.2 A and AA).

axe-core comes from npm: `make test` installs it into .node/ (`npm install --prefix .node
axe-core@VERSION`), nothing is fetched while the tests run. Set COVERSHEET_AXE to use another
copy of axe.min.js. Tests skip, with the reason, when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = Path(os.environ.get("COVERSHEET_AXE") or ROOT / ".node" / "node_modules" / "axe-core" / "axe.min.js")
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def axe_source() -> str:
    if not AXE.is_file():
        pytest.skip(f"axe-core is not installed at {AXE} (make test installs it with npm: npm install --prefix .node axe-core)")
    return AXE.read_text(encoding="utf-8")


def violations(driver) -> list[dict]:
    """axe's WCAG 2.2 A/AA violations on the page open in `driver`, each with the nodes it found."""
    driver.execute_script(axe_source())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        WCAG_22_AA,
    )
    return result


def assert_accessible(driver, state: str) -> None:
    found = violations(driver)
    assert not found, f"{state}: " + "; ".join(f"{v['id']} ({v['help']}): {v['nodes'][:3]}" for v in found)
