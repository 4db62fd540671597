"""Tests of PDF printing with headless Chromium (:mod:`analysis.chromium`, :mod:`analysis.pdf`).

They need Debian's ``chromium`` and poppler's ``pdftotext``; without them they are skipped
with the reason. Text is extracted with ``pdftotext``, which follows the tagged PDF's logical
order, so an Arabic phrase must come out as typed, not reversed or split into letters.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from analysis.chromium import ChromiumError, ChromiumPrinter, find_chromium, normalize_pdf

ARABIC = "مذكرات تفاهم في مجالات مكافحة الإرهاب"
TITLE = "Bahrain and the United States: security talks"


def _chromium() -> str:
    try:
        return find_chromium()
    except ChromiumError as error:
        pytest.skip(str(error))


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)"),
]

PAGE = f"""<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{TITLE}</title>
<style>body {{ font-family: "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; }}
[dir=rtl] {{ text-align: right; font-family: "Noto Naskh Arabic", "Noto Sans", serif; }}
@page {{ size: A4; margin: 15mm; }}</style></head>
<body><h1>{TITLE}</h1><p dir="rtl" lang="ar">{ARABIC}</p></body></html>"""


def _text(pdf: Path) -> str:
    """The PDF's text with runs of white space (line breaks too) made single spaces."""
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_printer_prints_arabic_in_logical_order(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    with ChromiumPrinter(_chromium()) as printer:
        first = printer.print_pdf(page)
        second = printer.print_pdf(page)
    assert first.startswith(b"%PDF-")
    (tmp_path / "page.pdf").write_bytes(first)
    text = _text(tmp_path / "page.pdf")
    assert TITLE in text
    assert ARABIC in text
    assert b"/CreationDate (D:20000101000000" in first
    assert first == second, "same HTML, same bytes"


def test_normalize_pdf_keeps_length() -> None:
    data = b"<< /CreationDate (D:20261130051500+00'00') /ModDate (D:20261130051501+00'00') >>"
    fixed = normalize_pdf(data)
    assert len(fixed) == len(data)
    assert fixed.count(b"D:20000101000000+00'00'") == 2


def test_printer_reports_a_missing_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAYAN_CHROMIUM", str(tmp_path / "no-such-browser"))
    with pytest.raises(ChromiumError, match="BAYAN_CHROMIUM"):
        find_chromium()


def test_nbconvert_entry_point_bayan_pdf(tmp_path: Path) -> None:
    _chromium()
    nb = new_notebook()
    nb.metadata["papermill"] = {"parameters": {"language": "ar"}}
    cell = new_code_cell("display(HTML(...))")
    cell.outputs = [
        new_output(
            "display_data",
            data={
                "text/html": f'<h1>{TITLE}</h1><h2 id="s">الملخص</h2><p dir="rtl">{ARABIC}</p>',
                "text/plain": "<HTML>",
            },
        )
    ]
    nb.cells = [cell]
    source = tmp_path / "executed.ipynb"
    nbformat.write(nb, source)
    jupyter = Path(sys.executable).parent / "jupyter"
    for target in ("bayan_pdf", "bayan_html"):
        done = subprocess.run(
            [str(jupyter), "nbconvert", "--to", target, str(source)],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
    html = (tmp_path / "executed.html").read_text(encoding="utf-8")
    assert '<html dir="rtl" lang="ar">' in html
    text = _text(tmp_path / "executed.pdf")
    assert TITLE in text and ARABIC in text
