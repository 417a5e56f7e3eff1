"""A cover sheet as read, before validation: what every reader (YAML, JSON, Word) hands on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coversheet.findings import Finding
from coversheet.flow_commas import CommaSplit


@dataclass
class RawDraft:
    """Plain data in the draft's shape, where it came from, and what reading it noticed.

    `lines` maps dotted paths to 1-based lines (drafts only). `findings` are problems the
    reader saw that the data cannot show: two boxes ticked on one question, a month where a
    date belongs, an ActiveX tick box. Rules stay silent on fields the reader already reported.
    `comma_splits` maps the path of a key that is really text cut off at an unquoted comma in
    a YAML flow mapping to what was cut (drafts only).
    """

    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    comma_splits: dict[str, CommaSplit] = field(default_factory=dict)

    def line_of(self, path: str | None) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one.

        In a draft (a file with lines) a key that is absent altogether is reported on line 1,
        so that every finding on a draft points somewhere; Word files have no lines.
        """
        if not self.lines:
            return None
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path.rpartition(".")[0]
        return 1
