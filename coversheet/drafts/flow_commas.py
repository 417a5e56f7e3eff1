"""Text cut short by an unquoted comma in a YAML flow mapping.

In `privacy: {answer: n/a, note: Aggregate, anonymised data only.}` the comma ends `note` at
"Aggregate", and "anonymised data only." becomes a key of its own, with no value. Reported as
an unknown key, that puzzles an author who never meant a key; the reader notes each such
piece so that the finding can say what happened and how to quote the text.
"""

from __future__ import annotations

from typing import Any

from coversheet.model.raw import CommaSplit


def comma_splits(node: Any, path: str) -> dict[str, CommaSplit]:
    """The keys of flow mapping `node` (at dotted `path`) that follow a comma inside text.

    Such a key is plain (unquoted), has no colon of its own, and follows an entry whose value
    is plain text or is itself such a piece. Every piece of one cut text names the whole text.
    """
    chains: list[tuple[str, str, int, list[str]]] = []  # key, its text, line, the pieces after it
    chain = None
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if chain is not None and _is_piece(key_node, value_node):
            chain[3].append(key)
        elif _is_plain_text(value_node):
            chain = (key, str(value_node.value), value_node.end_mark.line + 1, [])
            chains.append(chain)
        else:
            chain = None
    found: dict[str, CommaSplit] = {}
    for key, start, line, pieces in chains:
        text = ", ".join([start, *pieces])
        for piece in pieces:
            found[f"{path}.{piece}" if path else piece] = CommaSplit(key, start, text, line)
    return found


def _is_piece(key_node: Any, value_node: Any) -> bool:
    """A plain key with no `:` after it: YAML gives it an empty value right where it ends."""
    return (
        not key_node.style  # plain: None from ruamel's own parser, "" from libyaml's
        and str(value_node.tag).endswith(":null")
        and not value_node.value
        and value_node.start_mark.index == key_node.end_mark.index
    )


def _is_plain_text(value_node: Any) -> bool:
    """An unquoted, non-empty scalar: the kind of text a comma can cut."""
    return (
        not getattr(value_node, "style", "?")
        and isinstance(value_node.value, str)
        and bool(value_node.value)
        and not str(value_node.tag).endswith(":null")
    )
