"""Settings for the whole suite.

Under CI (`CI=true`, as `.ci/run` is run) hypothesis draws the same examples on every run, so
a submission's result never depends on luck: a property a change breaks fails every time.
Locally each run explores new examples; a case one finds becomes a fixed example in its test.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
