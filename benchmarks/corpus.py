"""A realistic benchmark corpus: papers whose cover sheet is followed by a long body and images.

Each paper is one of the real cover sheets (tests/fixtures/docx/make_fixtures.py) in one
tick-box encoding and layout, followed by 20-40 pages of body text and several incompressible
images, 1-2 MB a file, as papers on a shared drive are. A handful of distinct documents are
built with python-docx, then copied with fresh image bytes, so that a few hundred files take
seconds to make. Drafts are the bundled examples with their titles varied.
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


def base_paper(index: int, rng: random.Random) -> bytes:
    item, encoding, options = VARIANTS[index % len(VARIANTS)]
    document = mf.sheet_doc(item, encoding(), **options)
    pages = rng.randint(20, 40)
    for page in range(pages):
        document.add_heading(f"Section {page + 1}", level=2)
        for _ in range(6):
            words = [rng.choice(WORDS) for _ in range(rng.randint(40, 70))]
            document.add_paragraph(" ".join(words).capitalize() + ".")
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
    bases = [base_paper(i, rng) for i in range(len(VARIANTS))]
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
