"""What the Word tests share: the body of a .docx, OOXML validation, PDF conversion and what a PDF shows."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from coversheet.model import CoverSheet
from coversheet.word.ns import qn
from coversheet.word.readers.tagged import read_tagged


def document_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml"))


def body_blocks(path: Path):
    """The top-level blocks of the body, as `coversheet.word.read` hands them to `tagged`."""
    return document_xml(path).find(qn("w:body")).iterchildren()


def read_back(path: Path):
    raw = read_tagged(body_blocks(path))
    return raw, CoverSheet.model_validate(raw.data)


def check_boxes(path: Path) -> list[etree._Element]:
    return [sdt for sdt in document_xml(path).iter(qn("w:sdt")) if sdt.find(f"{qn('w:sdtPr')}/{qn('w14:checkbox')}") is not None]


def assert_valid_ooxml(path: Path) -> None:
    """Structural (schema) validation with openxml-audit; semantic checks off."""
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator(semantic_validation=False).validate(str(path))
    assert result.is_valid, "\n".join(str(error) for error in result.errors[:20])


def to_pdf(docx: Path, folder: Path) -> Path:
    """Convert with LibreOffice; skip the test where it is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot convert to PDF")
    profile = folder / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(docx)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = folder / (docx.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice did not convert {docx}"
    return pdf


def pdf_pages(pdf: Path) -> list[tuple[float, float]]:
    """The size in points of each page: pdfinfo where installed, else the page objects themselves."""
    if shutil.which("pdfinfo"):
        output = subprocess.run(["pdfinfo", "-l", "999", str(pdf)], check=True, capture_output=True, text=True).stdout
        return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", output)]
    data = pdf.read_bytes()
    pages = re.findall(rb"/Type\s*/Page(?!s)(.{0,400})", data, flags=re.S)
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert boxes, "no page size found in the PDF"
    width, height = float(boxes[0][2]) - float(boxes[0][0]), float(boxes[0][3]) - float(boxes[0][1])
    return [(width, height)] * len(pages)


def pdf_text(pdf: Path) -> str:
    """What a reader sees in `pdf`, as poppler's pdftotext lays it out, with runs of blanks made one space."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed: cannot read the PDF")
    output = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(output.split())


def with_document_xml(source: Path, root: etree._Element, target: Path) -> Path:
    """A copy of the package `source` whose word/document.xml is `root`, saved as `target`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if item.filename == "word/document.xml" else old.read(item)
            new.writestr(item, data)
    return target
