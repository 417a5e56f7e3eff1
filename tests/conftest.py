"""Settings for the whole suite.

Under CI (`CI=true`, as `.ci/run` is run) hypothesis draws the same examples on every run, so
a submission's result never depends on luck: a property a change breaks fails every time.
Locally each run explores new examples; a case one finds becomes a fixed example in its test.
"""

from __future__ import annotations

import os

from hypothesis import settings

# A bug met while a test runs shows its traceback (`main` says it in one line to a user):
# in-process runs and the `python -m coversheet` runs the tests start inherit this.
os.environ.setdefault("COVERSHEET_DEBUG", "1")

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def _build_each_application_once() -> None:
    """Typer turns an application into a Click command (every command's parameters, read from
    its signature: ~25 ms for coversheet's) on every `CliRunner().invoke(app, ...)`, and the
    suite invokes it about a thousand times. The application does not change while the tests
    run, so each is built once; what a test runs is the same command a user's run builds."""
    import functools

    import typer.main
    import typer.testing

    if hasattr(typer.testing, "_get_command"):  # the name Typer's test runner builds it with
        typer.testing._get_command = functools.cache(typer.main.get_command)


_build_each_application_once()
