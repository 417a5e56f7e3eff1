"""YAML 1.2 and JSON drafts in, with the 1-based line of every key.

The YAML is *composed* into nodes, never constructed into Python objects by ruamel: we build
plain dicts, lists and scalars ourselves. That keeps `!!python/...` tags inert, lets us
refuse duplicate keys, count what aliases would expand to before expanding them (alias
bombs), and record a line for each key so that every finding on a draft can point at it.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any

from coversheet.errors import UnreadableFile
from coversheet.model.raw import RawDraft

DRAFT_SUFFIXES = (".yaml", ".yml", ".json")
MAX_DRAFT_BYTES = 1_000_000  # a full cover sheet is a few KB
MAX_NODES = 20_000  # after alias expansion; a real draft has a few hundred
MAX_DEPTH = 32
_MAX_NUMBER_DIGITS = 100  # Python refuses to convert over 4,300 digits; no field needs 100
# A line that starts a key ("title:", "- name:"); a draft has a few dozen. Counted before the
# YAML is composed, which for 60,000 keys takes longer than a file's time budget.
_KEY_LINE = re.compile(r"^[ \t-]*[^\s#:-][^:\n]*:(?:[ \t]|$)", re.MULTILINE)

_STANDARD_TAGS = {"map", "seq", "str", "int", "float", "bool", "null", "timestamp"}


def read_draft(path: Path) -> RawDraft:
    """Read a draft file; raise `UnreadableFile` with a one-line reason if it cannot be."""
    text = _read_text(path)
    if path.suffix.lower() == ".json":
        return parse_json(text)
    return parse_yaml(text)


def _read_text(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_DRAFT_BYTES + 1)
    except OSError as exc:
        raise UnreadableFile(f"cannot open: {exc.strerror or exc}") from None
    if len(raw) > MAX_DRAFT_BYTES:
        raise UnreadableFile(f"too large for a draft (over {MAX_DRAFT_BYTES // 1000} KB)")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    if b"\x00" in raw:
        raise UnreadableFile("binary file, not a text draft")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UnreadableFile(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line}); save the draft as UTF-8",
            line=line,
        ) from None


def parse_json(text: str) -> RawDraft:
    if not text.strip():
        raise UnreadableFile("empty draft: the file has no keys")

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise UnreadableFile(f"duplicate key '{key}'")
            seen[key] = value
        return seen

    def no_constants(name: str) -> Any:
        raise UnreadableFile(f"{name} is not a JSON value (JSON has no NaN or Infinity)")

    try:
        data = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(
            f"JSON syntax error at line {exc.lineno}, column {exc.colno}: {exc.msg}", line=exc.lineno
        ) from None
    except RecursionError:
        raise UnreadableFile("nested too deeply to be a draft") from None
    if not isinstance(data, dict):
        raise UnreadableFile(_not_a_mapping(data))
    # JSON is YAML 1.2 too: composing it again gives the line of every key.
    try:
        return parse_yaml(text)
    except UnreadableFile:
        return RawDraft(data)


def parse_yaml(text: str) -> RawDraft:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if not text.strip():
        raise UnreadableFile("empty draft: the file has no keys")
    keys = len(_KEY_LINE.findall(text))
    if keys > MAX_NODES // 2:
        raise UnreadableFile(f"over {MAX_NODES // 2:,} keys (a cover sheet has a few dozen): not a draft")
    # The composer only, with YAML 1.2 resolution (so `yes` stays a string). The "safe" type
    # composes with libyaml's parser when ruamel.yaml.clib is installed: about seven times
    # faster than the pure-Python parser, with the same nodes, tags and line marks (the
    # round-trip type would also gather comments, which nothing here reads).
    yaml = YAML(typ="safe", pure=False)
    try:
        root = yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        where = f" at line {line}, column {mark.column + 1}" if mark else ""
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise UnreadableFile(f"YAML syntax error{where}: {problem}", line=line) from None
    except (YAMLError, RecursionError, ValueError) as exc:
        raise UnreadableFile(f"YAML syntax error: {exc}".splitlines()[0]) from None
    if root is None:
        raise UnreadableFile("empty draft: the file has no keys")
    builder = _Builder()
    builder.check_size(root)
    data = builder.build(root, "", 0)
    if not isinstance(data, dict):
        raise UnreadableFile(_not_a_mapping(data))
    return RawDraft(data, builder.lines, comma_splits=builder.comma_splits)


def _not_a_mapping(data: Any) -> str:
    kind = "a list" if isinstance(data, list) else f"a single {type(data).__name__} value"
    return f"a draft is a mapping of keys (title: ..., meeting_date: ...), not {kind}"


class _Builder:
    def __init__(self) -> None:
        self.lines: dict[str, int] = {}
        self.comma_splits: dict[str, Any] = {}

    def check_size(self, root: Any) -> None:
        """Refuse documents whose aliases would expand past MAX_NODES, before expanding."""
        sizes: dict[int, int] = {}
        visiting: set[int] = set()
        aliased: list[int] = []  # nodes met again through an alias

        def size(node: Any, depth: int) -> int:
            if depth > MAX_DEPTH:
                raise UnreadableFile(f"nested more than {MAX_DEPTH} levels deep: not a draft")
            key = id(node)
            if key in sizes:
                aliased.append(key)
                return sizes[key]
            if key in visiting:
                raise UnreadableFile(f"an alias refers to itself (line {node.start_mark.line + 1})")
            visiting.add(key)
            total = 1
            if _kind(node) == "map":
                for k, v in node.value:
                    total += size(k, depth + 1) + size(v, depth + 1)
                    if total > MAX_NODES:
                        break
            elif _kind(node) == "seq":
                for item in node.value:
                    total += size(item, depth + 1)
                    if total > MAX_NODES:
                        break
            visiting.discard(key)
            if total > MAX_NODES:
                if not aliased:
                    raise UnreadableFile(f"over {MAX_NODES:,} values (a cover sheet has a few hundred): not a draft")
                raise UnreadableFile(
                    f"YAML aliases expand to over {MAX_NODES:,} values (an alias bomb?): not a draft"
                )
            sizes[key] = total
            return total

        size(root, 0)

    def build(self, node: Any, path: str, depth: int) -> Any:
        kind = _kind(node)
        line = node.start_mark.line + 1
        if kind == "map":
            if getattr(node, "flow_style", False):
                from coversheet.drafts.flow_commas import comma_splits

                self.comma_splits.update(comma_splits(node, path))
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if _kind(key_node) not in {"str", "int", "float", "bool", "null", "timestamp"}:
                    raise UnreadableFile(
                        f"line {key_node.start_mark.line + 1}: keys must be plain names", line=line
                    )
                key = str(key_node.value)
                key_line = key_node.start_mark.line + 1
                if key in result:
                    first = self.lines.get(_join(path, key))
                    raise UnreadableFile(
                        f"duplicate key '{_join(path, key)}' on line {key_line}"
                        + (f" (first on line {first})" if first else ""),
                        line=key_line,
                    )
                self.lines[_join(path, key)] = key_line
                result[key] = self.build(value_node, _join(path, key), depth + 1)
            return result
        if kind == "seq":
            items = []
            for index, item in enumerate(node.value):
                self.lines[_join(path, str(index))] = item.start_mark.line + 1
                items.append(self.build(item, _join(path, str(index)), depth + 1))
            return items
        value = node.value
        if node.style == ">" and isinstance(value, str):
            # ruamel's scanner marks each folded line break with BEL for round-tripping; the
            # constructor we bypass would remove them, so we do.
            value = value.replace("\a", "")
        return _scalar(kind, value, line)


def _kind(node: Any) -> str:
    tag = str(node.tag)
    prefix = "tag:yaml.org,2002:"
    name = tag[len(prefix):] if tag.startswith(prefix) else tag
    if name not in _STANDARD_TAGS:
        shown = "!!" + name if tag.startswith(prefix) else tag
        raise UnreadableFile(
            f"line {node.start_mark.line + 1}: YAML tag {shown} is not allowed in a draft",
            line=node.start_mark.line + 1,
        )
    return name


def _scalar(kind: str, text: str, line: int) -> Any:
    if kind == "null":
        return None
    if kind == "bool":
        return text.lower() == "true"
    if kind == "int":
        cleaned = text.replace("_", "")
        if cleaned.lower().startswith(("0o", "+0o", "-0o")):
            return int(cleaned.lower().replace("0o", ""), 8)
        if len(cleaned) > _MAX_NUMBER_DIGITS:
            return text  # no field holds such a number: kept as text, for the model to refuse
        return int(cleaned, 16) if cleaned.lower().startswith(("0x", "+0x", "-0x")) else int(cleaned)
    if kind == "float":
        lowered = text.lower()
        if lowered.lstrip("+-") in {".inf", ".nan"}:
            return float(lowered.replace(".", ""))
        return float(text.replace("_", ""))
    return text  # str, and timestamps kept as text for the model's ISO date check


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
