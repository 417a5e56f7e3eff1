"""The draft `coversheet new` writes for a board with its own profile: its questions, its order.

Each question is written as a key to fill in, with the board's label and help as a comment;
the board's own questions go under `questions:`. Blank keys read as "not answered", so an
unfilled draft fails `check` on the board's required questions instead of passing.
"""

from __future__ import annotations

from coversheet.config import BoardConfig
from coversheet.config.profile import OWN_QUESTIONS_KEY, Kind, Profile, Question

_WIDTH = 34  # the column comments start in, as in the default draft


def profile_draft_text(config: BoardConfig, profile: Profile, schema_url: str | None = None) -> str:
    lines: list[str] = []
    if schema_url:
        lines.append(f"# yaml-language-server: $schema={schema_url}")
    lines += [
        f"# A cover-sheet draft for {profile.description or profile.name} (profile {profile.name}).",
        "# Fill in every key; a key left blank is \"not answered\" and `coversheet check` reports it.",
        "# An empty list [] means \"answered: none\". Dates are YYYY-MM-DD. Answers are yes, no or n/a.",
        "# Editor completion: coversheet schema --config coversheet.toml -o board.schema.json",
        "",
    ]
    implications_open = False
    for question in profile.questions:
        if question.own:
            continue
        head, _, rest = question.field.partition(".")
        if rest:
            if not implications_open:
                lines.append("implications:                     # each answer is one of: yes, no, n/a")
                implications_open = True
            lines += [_comment(f"  {rest}:", question), "    answer:", "    note:"]
            continue
        implications_open = False
        lines += _standard(question, config, profile)
    extras = [name for name in config.implications]
    if extras and implications_open:
        for name in extras:
            lines += [f"  {name}:", "    answer:", "    note:"]
    own = profile.own_questions
    if own:
        lines += ["", f"{OWN_QUESTIONS_KEY}:                        # the board's own questions"]
        for question in own:
            lines += _own(question)
    return "\n".join(lines) + "\n"


def _comment(key: str, question: Question, extra: str = "") -> str:
    words = question.label + (f": {question.help}" if question.help else "") + extra
    return f"{key.ljust(_WIDTH - 1)} # {words}"


def _standard(question: Question, config: BoardConfig, profile: Profile) -> list[str]:
    field = question.field
    if field == "board":
        return [_comment(f"board: {config.board or ''}".rstrip(), question)]
    if field in ("presented_by", "authors", "contributors"):
        return [_comment(f"{field}:", question), "  - name:", "    role:"]
    if field == "sponsor":
        return [_comment("sponsor:", question), "  name:", "  role:"]
    if field == "confidential":
        words = profile.confidentiality
        return [
            _comment("confidential:", question, f" (false: {words.public}; true: {words.private})"),
            f"confidential_reason:              # {words.reason_label}: required when confidential is true",
        ]
    if field == "purpose":
        words = ", ".join(f"{word} = {category.value}" for word, category in profile.purposes.items())
        return ["", _comment("purpose:", question), f"  categories: []                  # the board's words: {words}", "  text:"]
    if field == "recommendations":
        return ["", _comment("recommendations:", question), "  -"]
    if field == "governance":
        return ["", _comment("governance:", question, "; [] for none"), "  - forum:", "    date:", "    outcome:"]
    if field == "risks":
        return [
            "",
            _comment("risks:", question),
            "  associated:                     # yes / no / n/a",
            "  on_register:                    # are they on the risk register?",
            "  references:                     # required when associated is yes",
            "    - id:",
            "      description:",
            "  note:",
        ]
    return [_comment(f"{field}:", question)]


def _own(question: Question) -> list[str]:
    key = f"  {question.name}:"
    required = "" if question.required else " (optional)"
    if question.kind is Kind.YES_NO_NA:
        return [_comment(key, question, required), "    answer:                       # yes, no or n/a", "    note:"]
    if question.kind is Kind.PERSON:
        return [_comment(key, question, required), "    name:", "    role:"]
    if question.kind is Kind.CHOICE:
        lines = [_comment(key, question, (" (one or more of:)" if question.multiple else " (one of:)") + required)]
        lines += [f"    #   - {option}" for option in question.options]
        return lines
    if question.kind is Kind.REFERENCES:
        pattern = f", id like {question.pattern}" if question.pattern else ""
        return [_comment(key, question, f" (each reference{pattern}; [] for none)" + required), "    - id:", "      description:"]
    if question.kind is Kind.LIST:
        return [_comment(key, question, " (a list; [] for none)" + required)]
    return [_comment(key, question, required)]
