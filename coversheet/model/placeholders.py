"""Text that stands in for an answer: template prompts, instructions, "TBC", lorem ipsum.

Shared by the placeholder rule (a draft or sheet that still holds it) and the Word readers
(a form's prompt or a template's instruction is no answer at all).
"""

from __future__ import annotations

import re

# Each pattern matches text that is *only* a placeholder or carries one.
_PATTERNS = [
    # [Insert name], [Date], [Set out the equality implications], [Describe the risks]
    r"\[\s*(insert|enter|add|type|name|date|title|tbc|set\s+out|describe|summari[sz]e|outline|explain|state|give|"
    r"provide|include|list|detail)\b[^\]]*\]",
    r"<\s*(insert|enter|add)\b[^>]*>",
    r"\b(TBC|TBA|TBD)\b",
    r"^(?:report\s+)?to\s+follow\.?$",  # "To follow." where the answer will go
    r"\bto be (confirmed|added|completed|agreed)\b",
    r"click (or tap )?here to enter (a )?(text|date)",
    r"choose an item",
    r"enter text here",
    r"lorem ipsum",
    r"^x{3,}$",
    r"^\(\s*(?:please\s+)?(?:tick|mark|select|choose|delete)\b[^()]*\)$",  # "(mark with X)", "(tick one)"
    r"mark yes, no or not applicable above.*$",
    r"provide a risk description and risk reference number in this box.*$",
    r"^\(?list other forums that have discussed (this paper|the issues in this paper)\)?$",
]
_PLACEHOLDER = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# The case-sensitive markers: "TBC" is a placeholder, "tbc" inside a word is not.
_CASE_SENSITIVE = {"TBC", "TBA", "TBD"}


def find_placeholder(text: str) -> str | None:
    """The placeholder text found in `text`, or None."""
    for match in _PLACEHOLDER.finditer(text.strip()):
        found = match.group()
        if found.upper() in _CASE_SENSITIVE and found not in _CASE_SENSITIVE:
            continue
        return found
    return None


def is_instruction(text: str) -> bool:
    """True when `text` is nothing but a template's prompt or instruction (no content)."""
    found = find_placeholder(text)
    if found is None:
        return False
    remainder = text.replace(found, "")
    return len(re.sub(r"\W", "", remainder)) < 0.5 * len(re.sub(r"\W", "", text))
