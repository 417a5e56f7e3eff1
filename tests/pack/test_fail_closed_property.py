"""A property of the pack: for random meetings with random confidentiality answers, nothing of
a paper that is not clearly public reaches the public pack's rows, its record or its index.

A paper is clearly public here when its draft writes `false`, `no` or `n` (as the draft schema
documents, in any case, quoted or not) and the body the plan names for it (if any) carries a
sheet that says so too; any other answer, written any way,
must keep the paper's title and summary out. (The LibreOffice export of the same rows is
searched byte by byte in test_fail_closed.py.)
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from helpers.examples import examples
from helpers.meeting import body_docx, draft
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from coversheet.config.meeting_plan import load_plan_file
from coversheet.pack.index import render_index
from coversheet.pack.items import gather
from coversheet.pack.record import record_for
from coversheet.run.one_file import CheckOptions

WRITTEN = st.one_of(
    st.sampled_from(["false", "no", "No", "NO", "true", "yes", "Private", "Part II", "Confidential", "'Yes - Part II'",
                     "Restricted", "null", "''", "'No - Part II'", "0", "off", "'Public'", "'No ☒ Private'"]),
    st.text(min_size=0, max_size=20).map(json.dumps),  # any string at all, quoted
)
PAPER = st.tuples(WRITTEN, st.sampled_from([None, False, True]))  # the draft's answer; a body and what its sheet says
# The public answers a draft may give, as the draft schema documents them (`false`, "No", "N",
# in any case; the YAML as written is read first, so the quoted "N" is N)
CLEARLY_PUBLIC = {"false", "no", "n"}


def _clearly_public(written: str) -> bool:
    # Read as drafts are read: the round-trip loader is pure Python, the same whether or not
    # ruamel.yaml.clib is installed (its C scanner refuses some strings the Python one takes).
    value = YAML(typ="rt").load(f"confidential: {written}")["confidential"]
    return value is False or (isinstance(value, str) and value.strip().casefold() in CLEARLY_PUBLIC)


def _meeting(folder: Path, papers: list[tuple[str, bool | None]]) -> list[tuple[str, str, bool]]:
    from coversheet.config import DEFAULT_CONFIG
    from coversheet.drafts.read import read_draft
    from coversheet.read.validate import validate
    from coversheet.word.writing.render import render_sheet

    plan = ['board = "ICS Board"', "[pack]", 'title = "Meeting in Public"']
    secrets = []
    for number, (written, body) in enumerate(papers, start=2):
        item, title, word = str(number), f"Zephyrine Matter {number}", f"Quillwort{number}"
        text = draft(item, title, summary=f"The {word} proposal.").replace("confidential: false", f"confidential: {written}")
        (folder / f"{item}.yaml").write_text(text, encoding="utf-8")
        public = _clearly_public(written)
        if body is not None:
            (folder / "bodies").mkdir(exist_ok=True)
            scratch = folder.parent / f"scratch-{item}"
            scratch.mkdir()
            (scratch / "sheet.yaml").write_text(draft(item, title, confidential=body, summary=f"The {word} proposal."), encoding="utf-8")
            sheet, _ = validate(read_draft(scratch / "sheet.yaml"), DEFAULT_CONFIG)
            render_sheet(sheet, folder / "bodies" / f"body-{item}.docx", paper=body_docx(scratch / "body.docx", f"{word} body", 2))
            plan += ["[[pack.items]]", f'item = "{item}"', f'title = "Item {item}"', f'paper = "bodies/body-{item}.docx"']
            public = public and body is False
        secrets.append((title, word, public))
    (folder / "coversheet.toml").write_text("\n".join(plan) + "\n", encoding="utf-8")
    return secrets


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PAPER, min_size=1, max_size=4))
@example([('"N"', None), ('"no"', None), ('"n."', None)])  # quoted answers: N and no are public, "n." is not
def test_nothing_of_a_paper_not_clearly_public_is_published(papers):
    root = Path(tempfile.mkdtemp(prefix="fail-closed-"))
    try:
        folder = root / "meeting"
        folder.mkdir()
        secrets = _meeting(folder, papers)
        contents = gather(folder, load_plan_file(folder / "coversheet.toml"), CheckOptions(jobs=1),
                          private=False, allow_failing=True)
        published = "\n".join([
            json.dumps([[row.item, row.title, row.note, row.owner, row.action, row.format] for row in contents.rows]),
            record_for(contents).as_json(),
            render_index(contents, title="Meeting in Public", pdf_name="pack.pdf", pages=1,
                         meeting_title="Meeting in Public", time=None, place=None),
            contents.board or "",
        ])
        for title, word, public in secrets:
            if not public:
                assert title not in published and word not in published, (title, papers)
    finally:
        shutil.rmtree(root, ignore_errors=True)
