"""Any valid cover sheet rendered to Word reads back as the same model (property-based)."""

from __future__ import annotations

from helpers.examples import examples
from helpers.word import read_back
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coversheet.model import Answer, CoverSheet, PurposeCategory
from coversheet.word.writing.render import render_sheet

# Characters a Word document can hold (CS007 reports the others before rendering is tried).
_FORBIDDEN = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])) + "\r\ufffe\uffff"
_characters = st.characters(blacklist_categories=("Cs",), blacklist_characters=_FORBIDDEN)
_awkward = st.sampled_from(["&", "<", ">", '"', "'", "{{", "}}", "{%", "{_{", "\n", "\n\n", "  ", "\t", "£", "é", "中", "\U0001f600"])
text = st.lists(st.one_of(st.text(_characters, max_size=12), _awkward), min_size=1, max_size=6).map(
    lambda parts: "".join(parts).strip()
).filter(bool)
maybe_text = st.none() | text
dates = st.dates(min_value=__import__("datetime").date(1990, 1, 1), max_value=__import__("datetime").date(2100, 12, 31))
months = st.tuples(st.integers(1990, 2100), st.integers(1, 12)).map(lambda ym: f"{ym[0]:04d}-{ym[1]:02d}")
answers = st.none() | st.sampled_from([a.value for a in Answer])


def lists(item, max_size=5):
    return st.none() | st.lists(item, max_size=max_size)


people = st.fixed_dictionaries({}, optional={"name": maybe_text, "role": maybe_text})
implication = st.none() | st.fixed_dictionaries({}, optional={"answer": answers, "note": maybe_text})
extra_names = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True).filter(
    lambda name: name not in {"quality", "equality", "privacy", "financial"}
)

sheets = st.fixed_dictionaries({}, optional={
    "board": maybe_text,
    "organisation": maybe_text,
    "meeting_date": st.none() | dates,
    "agenda_item": maybe_text,
    "title": maybe_text,
    "presented_by": lists(people),
    "authors": lists(people),
    "contributors": lists(people),
    "sponsor": st.none() | people,
    "submitted_on": st.none() | dates,
    "confidential": st.none() | st.booleans(),
    "confidential_reason": maybe_text,
    "purpose": st.none() | st.fixed_dictionaries({}, optional={
        "categories": lists(st.sampled_from([c.value for c in PurposeCategory])),
        "text": maybe_text,
    }),
    "executive_summary": maybe_text,
    "recommendations": lists(text, max_size=8),
    "governance": lists(st.fixed_dictionaries({}, optional={
        "forum": maybe_text, "date": st.none() | dates | months, "outcome": maybe_text,
    }), max_size=8),
    "conflicts_of_interest": maybe_text,
    "implications": st.none() | st.tuples(
        st.fixed_dictionaries({}, optional={k: implication for k in ("quality", "equality", "privacy", "financial")}),
        st.dictionaries(extra_names, implication, max_size=2),
    ).map(lambda parts: {**parts[0], **parts[1]}),
    "risks": st.none() | st.fixed_dictionaries({}, optional={
        "associated": answers, "on_register": answers,
        "references": lists(st.fixed_dictionaries({}, optional={"id": maybe_text, "description": maybe_text})),
        "note": maybe_text,
    }),
}).map(CoverSheet.model_validate)


def canonical(sheet: CoverSheet) -> CoverSheet:
    """A sheet where an object with nothing answered is itself not answered (as a draft reads).

    A sponsor `{name: null, role: null}` and no sponsor mean the same; the Word sheet shows
    them the same way. List items stay, however empty: a row is an answer.
    """

    def prune(value, in_list=False):
        if isinstance(value, dict):
            pruned = {k: prune(v) for k, v in value.items()}
            pruned = {k: v for k, v in pruned.items() if v is not None}
            return pruned if (pruned or in_list) else None
        if isinstance(value, list):
            return [prune(item, in_list=True) for item in value]
        return value

    return CoverSheet.model_validate(prune(sheet.model_dump(mode="json")) or {})


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(sheet=sheets)
def test_any_valid_sheet_reads_back_as_the_same_model(sheet, tmp_path_factory):
    out = render_sheet(sheet, tmp_path_factory.mktemp("roundtrip") / "sheet.docx")
    raw, back = read_back(out)
    assert raw.noticed == []
    assert back == canonical(sheet)
