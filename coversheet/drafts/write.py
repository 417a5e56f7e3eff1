"""A cover sheet read from any file, written out as a draft the author can fix.

Fields the document answered unclearly (two boxes ticked, a month for a date) are null in the
draft; in YAML each carries a comment quoting what the document held, so the author sees what
to fix.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field

from coversheet.findings import Finding
from coversheet.model import CoverSheet


@dataclass
class Extracted:
    sheet: CoverSheet | None
    findings: list[Finding] = field(default_factory=list)
    unreadable: str | None = None
    profile: object | None = None  # the board's profile (None: the default sheet)
    # Text under labels no question claims (a board's Word sheet): kept, label and text.
    unrecognised: list = field(default_factory=list)

    def data(self) -> dict:
        data = self.sheet.model_dump(mode="json") if self.sheet else {}
        if self.profile is not None:
            # Only the questions the board asks (the others would be unknown keys).
            data = {key: value for key, value in data.items() if self.profile.asks(key)}
            implications = data.get("implications")
            if isinstance(implications, dict):
                data["implications"] = {k: v for k, v in implications.items() if self.profile.asks(f"implications.{k}")}
        if self.unrecognised:
            data["unrecognised"] = [dict(entry) for entry in self.unrecognised]
        return data

    def as_json(self) -> str:
        return json.dumps(self.data(), indent=2, ensure_ascii=False) + "\n"

    def as_yaml(self) -> str:
        from ruamel.yaml import YAML
        from ruamel.yaml.comments import CommentedMap, CommentedSeq
        from ruamel.yaml.scalarstring import LiteralScalarString

        from coversheet.drafts.new import default_schema_url

        def commented(value):
            if isinstance(value, dict):
                return CommentedMap((k, commented(v)) for k, v in value.items())
            if isinstance(value, list):
                return CommentedSeq(commented(v) for v in value)
            if isinstance(value, str) and "\n" in value:
                return LiteralScalarString(value)  # paragraphs stay paragraphs
            return value

        document = commented(self.data())
        for finding in self.findings:
            if finding.field:
                _comment(document, finding.field, f"{finding.code}: {finding.message}")
        yaml = YAML()
        yaml.default_flow_style = False
        yaml.width = 100_000  # one line per value: no folded lines with trailing blanks
        yaml.allow_unicode = True
        buffer = io.StringIO()
        if self.profile is None:
            buffer.write(f"# yaml-language-server: $schema={default_schema_url()}\n")
        else:
            buffer.write(f"# A draft for the board's sheet ({self.profile.name}); its schema: coversheet schema --config coversheet.toml\n")
        buffer.write("# Extracted by coversheet: check it, fix what the comments point at, then render it.\n")
        yaml.dump(document, buffer)
        return buffer.getvalue()


def _comment(document, path: str, text: str) -> None:
    """Attach `text` as an end-of-line comment on the nearest existing key of `path`."""
    parts = path.split(".")
    node = document
    for depth, part in enumerate(parts):
        key = int(part) if part.isdigit() else part
        last = depth == len(parts) - 1
        try:
            child = node[key]
        except (KeyError, IndexError, TypeError):
            child = None
        if last or not isinstance(child, (dict, list)):
            try:
                node.yaml_add_eol_comment(text.replace("\n", " "), key)
            except Exception:  # a key the dumped draft does not have: nowhere to hang it
                pass
            return
        node = child
