"""A realistic benchmark corpus: papers whose cover sheet is followed by a long body and images.

Each paper is one of the real cover sheets (tests/fixtures/docx/make_fixtures.py) in one
tick-box encoding and layout, followed by 20-40 pages of body text, a few finance tables and
several incompressible images, 1-2 MB a file, as papers on a shared drive are. A handful of
distinct documents are built with python-docx, then copied with fresh image bytes, so that a few
hundred files take seconds to make. Drafts are the bundled examples with their titles varied.

The body is written as Microsoft Word saves a paper that several people have edited, not as
python-docx writes it: revision-save ids and w14 paragraph ids on every paragraph and run, the
font and size repeated as direct formatting on every run and paragraph mark, runs split where
editing sessions met, spell/grammar marks, heading bookmarks, and tables pasted from Excel
(per-cell widths, borders and shading). The amounts are calibrated against document.xml files
written by Word in public repositories (an FCC order, a construction specification, a database
manual, a CV): about 40 bytes of XML per word of body text, where python-docx writes 10.
Sources and figures: benchmarks/NOTES-corpus.md. The cover sheet itself is make_fixtures'.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from docx.oxml import parse_xml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "docx"))

import make_fixtures as mf  # noqa: E402  (the fixture builder: sheets in every encoding)

WORDS = (
    "system provider commissioning partnership elective recovery capacity workforce digital "
    "population health outcomes primary care community services finance allocation plan "
    "quality safety assurance risk governance board committee transformation programme"
).split()

# (item, encoding, layout options): each tick-box encoding, merged and unmerged layouts.
VARIANTS = [
    (10, lambda: mf.W14Checkbox(), {}),
    (10, lambda: mf.FormCheckbox(), {"merged": False}),
    (5, lambda: mf.WingdingsSym(), {}),
    (7, lambda: mf.UnicodeGlyph(), {"merged": False, "cols": 3}),
    (12, lambda: mf.SymbolText(), {"split_financial": True}),
    (9, lambda: mf.W14Checkbox(), {"merged": False, "meta_table_sdt": True}),
]


def noise_png(size: int, rng: random.Random) -> bytes:
    """A valid PNG of random pixels: incompressible, as photographs and scans are."""
    width = height = size
    raw = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")


# Body markup as Word writes it. The figures in the comments are from the calibration in
# benchmarks/NOTES-corpus.md; each element below appears in those Word-written files.
NS_DECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def arial(half_points: int, bold: bool = False) -> str:
    """Run properties, in the schema's order. Papers are typed in Arial over a Calibri Normal
    style, so Word repeats the font on every run and paragraph mark (as the specification and
    the CV do with theirs)."""
    weight = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>{weight}'
            f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')


BODY_FONT = arial(24)  # 12 pt
FINANCE_LINES = [
    "Pay", "Non-pay", "Drugs", "Clinical supplies", "Acute contracts", "Mental health services",
    "Community services", "Continuing healthcare", "Primary care prescribing", "Delegated primary care",
    "Elective recovery fund", "Running costs", "Reserves and contingency",
]
FINANCE_COLUMNS = ["Annual budget £000", "Budget to date £000", "Actual to date £000", "Variance £000", "Forecast £000"]


def money(value: int) -> str:
    """Thousands as finance tables show them, negatives in brackets: 1,234 and (1,234)."""
    return f"({-value:,})" if value < 0 else f"{value:,}"


class WordMarkup:
    """Writes body paragraphs, headings and tables with the markup Word saves, from its own rng."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        # Revision-save ids: one per editing session; a paper edited over weeks has dozens.
        self.sessions = [f"00{rng.randrange(1 << 24):06X}" for _ in range(40)]
        self.bookmark = 20000  # clear of the ids make_fixtures gives the sheet's bookmarks
        self.tables = 0
        self.month = rng.randint(1, 12)

    def _rsid(self) -> str:
        return self.rng.choice(self.sessions)

    def _p_open(self) -> str:
        """<w:p> with the w14 ids (Word 2010 and later) and the paragraph's revision ids."""
        ids = f'w14:paraId="{self.rng.randrange(1 << 31):08X}" w14:textId="{self.rng.randrange(1 << 31):08X}"'
        rsids = (f'w:rsidR="{self._rsid()}" w:rsidRPr="{self._rsid()}" w:rsidRDefault="{self._rsid()}" '
                 f'w:rsidP="{self._rsid()}"')
        return f"<w:p {ids} {rsids}>"

    def _run(self, text: str, rpr: str) -> str:
        """A run; those typed in a later session than their paragraph carry their own w:rsidR."""
        rsid_r = f' w:rsidR="{self._rsid()}"' if self.rng.random() < 0.5 else ""
        space = ' xml:space="preserve"' if text != text.strip() else ""
        rsid_rpr = f' w:rsidRPr="{self._rsid()}"'
        return f"<w:r{rsid_r}{rsid_rpr}><w:rPr>{rpr}</w:rPr><w:t{space}>{escape(text)}</w:t></w:r>"

    def paragraph(self, words: list[str]) -> str:
        """Body text in runs of 1-15 words (the FCC order averages 10 words a run, the database
        manual 3), with a spelling or grammar mark around one word in 30% of paragraphs (the
        specification has one in 13%, the manual in 33%)."""
        text = " ".join(words).capitalize() + "."
        pieces, start = [], 0
        while start < len(text):
            end = start
            for _ in range(self.rng.randint(1, 15)):
                end = text.find(" ", end + 1)
                if end < 0:
                    break
            end = len(text) if end < 0 else end + 1  # a run keeps the space it ends on
            pieces.append(text[start:end])
            start = end
        marked = -1
        if self.rng.random() < 0.3:  # Word splits the run to mark the one word it queries
            marked = self.rng.randrange(len(pieces))
            first, space, rest = pieces[marked].partition(" ")
            pieces[marked:marked + 1] = [first] + ([space + rest] if space else [])
        runs = [self._run(piece, BODY_FONT) for piece in pieces]
        if marked >= 0:
            kind = self.rng.choice(("spell", "gram"))
            runs[marked] = f'<w:proofErr w:type="{kind}Start"/>{runs[marked]}<w:proofErr w:type="{kind}End"/>'
        ppr = f'<w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/><w:rPr>{BODY_FONT}</w:rPr></w:pPr>'
        return self._p_open() + ppr + "".join(runs) + "</w:p>"

    def heading(self, text: str) -> str:
        """A heading with the _Toc bookmarks each rebuild of the table of contents leaves on it."""
        marks = [self.bookmark + n for n in range(self.rng.randint(1, 3))]
        self.bookmark += len(marks)
        starts = "".join(f'<w:bookmarkStart w:id="{n}" w:name="_Toc{self.rng.randrange(10**8, 10**9)}"/>'
                         for n in marks)
        ends = "".join(f'<w:bookmarkEnd w:id="{n}"/>' for n in marks)
        run = self._run(text, arial(28, bold=True))
        return (self._p_open() + f'<w:pPr><w:pStyle w:val="Heading2"/><w:rPr>{BODY_FONT}</w:rPr></w:pPr>'
                + starts + run + ends + "</w:p>")

    def _cell(self, text: str, width: int, top: bool, left: bool, fill: str, align: str, rpr: str) -> str:
        # As the database manual's tables pasted from Excel: width, borders, shading, no-wrap and
        # bottom alignment on every cell, a border shared with the cell above or to the left
        # written as "nil", and the font on the cell's paragraph mark and run.
        borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' if drawn
                          else f'<w:{side} w:val="nil"/>'
                          for side, drawn in (("top", top), ("left", left), ("bottom", True), ("right", True)))
        tcpr = (f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:tcBorders>{borders}</w:tcBorders>'
                f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/><w:noWrap/><w:vAlign w:val="bottom"/></w:tcPr>')
        jc = f'<w:jc w:val="{align}"/>' if align != "left" else ""
        ppr = f'<w:pPr><w:spacing w:after="0"/>{jc}<w:rPr>{rpr}</w:rPr></w:pPr>'
        return f"<w:tc>{tcpr}{self._p_open()}{ppr}{self._run(text, rpr)}</w:p></w:tc>"

    def finance_table(self) -> str:
        """A caption and the month's finance table: shaded header row, a line per budget, a total."""
        self.tables += 1
        caption = f"Table {self.tables}: financial position at month {self.month}"
        widths = [3026] + [1200] * len(FINANCE_COLUMNS)
        lines = self.rng.sample(FINANCE_LINES, self.rng.randint(5, 9))
        rows = [["Budget line", *FINANCE_COLUMNS]]
        totals = [0] * len(FINANCE_COLUMNS)
        for line in lines:
            budget = self.rng.randint(800, 90000)
            to_date = budget * self.rng.randint(3, 9) // 12
            actual = to_date + self.rng.randint(-to_date // 10, to_date // 10)
            values = [budget, to_date, actual, to_date - actual, budget + (actual - to_date) * 2]
            totals = [t + v for t, v in zip(totals, values, strict=True)]
            rows.append([line, *map(money, values)])
        rows.append(["Total", *map(money, totals)])

        def row_xml(number: int, row: list) -> str:
            header, total = number == 0, number == len(rows) - 1
            rpr = arial(20, bold=header or total)
            fill = "D9E2F3" if header else "auto"
            cells = "".join(self._cell(text, width, header, column == 0, fill, "right" if column else "left", rpr)
                            for column, (text, width) in enumerate(zip(row, widths, strict=True)))
            trpr = "<w:tblHeader/>" if header else '<w:trHeight w:val="300"/>'
            rsids = f'w:rsidR="{self._rsid()}" w:rsidRPr="{self._rsid()}" w:rsidTr="{self._rsid()}"'
            return f"<w:tr {rsids}><w:trPr>{trpr}</w:trPr>{cells}</w:tr>"

        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        table = (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" '
                 'w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 f'<w:tblGrid>{grid}</w:tblGrid>' + "".join(row_xml(n, row) for n, row in enumerate(rows)) + "</w:tbl>")
        bold = arial(24, bold=True)
        title = (self._p_open() + f'<w:pPr><w:keepNext/><w:spacing w:after="120"/><w:rPr>{bold}</w:rPr></w:pPr>'
                 + self._run(caption, bold) + "</w:p>")
        return title + table


def append_xml(document, xml: str) -> None:
    """Put Word-written blocks at the end of the body (before its w:sectPr)."""
    sect_pr = document.element.body.sectPr
    for block in parse_xml(f"<w:body {NS_DECL}>{xml}</w:body>"):
        sect_pr.addprevious(block)


def base_paper(index: int, rng: random.Random, markup_rng: random.Random) -> bytes:
    """The sheet, then the body. Words and images come from `rng` exactly as before the body had
    Word's markup, the markup from `markup_rng`: the same seed gives the same text in either."""
    item, encoding, options = VARIANTS[index % len(VARIANTS)]
    document = mf.sheet_doc(item, encoding(), **options)
    word = WordMarkup(markup_rng)
    pages = rng.randint(20, 40)
    for page in range(pages):
        blocks = [word.heading(f"Section {page + 1}")]
        for _ in range(6):
            blocks.append(word.paragraph([rng.choice(WORDS) for _ in range(rng.randint(40, 70))]))
        if page % 10 == 6:
            blocks.append(word.finance_table())
        append_xml(document, "".join(blocks))
        if page % 8 == 3:
            document.add_picture(io.BytesIO(noise_png(360, rng)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def copy_with_fresh_images(data: bytes, rng: random.Random) -> bytes:
    """The same document with new random image bytes, so no two files compress alike."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename.startswith("word/media/") and info.filename.endswith(".png"):
                content = noise_png(360, rng)
            target.writestr(info, content)
    return out.getvalue()


def build(folder: Path, papers: int, drafts: int, seed: int = 2020) -> None:
    rng = random.Random(seed)
    (folder / "papers").mkdir(parents=True, exist_ok=True)
    (folder / "drafts").mkdir(parents=True, exist_ok=True)
    bases = [base_paper(i, rng, random.Random(f"{seed}/markup/{i}")) for i in range(len(VARIANTS))]
    for number in range(papers):
        data = copy_with_fresh_images(bases[number % len(bases)], rng)
        (folder / "papers" / f"paper-{number:04d}.docx").write_bytes(data)
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    for number in range(drafts):
        text = examples[number % len(examples)].read_text(encoding="utf-8")
        text = text.replace("title: ", f"title: ({number}) ", 1)
        (folder / "drafts" / f"draft-{number:04d}.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--papers", type=int, default=240)
    parser.add_argument("--drafts", type=int, default=240)
    args = parser.parse_args()
    build(args.folder, args.papers, args.drafts)
    total = sum(p.stat().st_size for p in (args.folder / "papers").iterdir())
    print(f"{args.papers} papers ({total / 1e6 / max(args.papers, 1):.1f} MB each), {args.drafts} drafts in {args.folder}")
    os.sync()


if __name__ == "__main__":
    main()
