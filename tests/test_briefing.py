"""End-to-end: the real briefing notebook rendered for the seed article, HTML and PDF.

``render_briefing("seed")`` runs ``notebooks/reports/briefing.ipynb`` in a kernel and prints
the PDF with headless Chromium. The HTML must name the principals in Arabic and load
nothing from the network; the PDF's text (pdftotext, logical order) must hold Arabic
phrases as typed and the English title. Skipped without Chromium or pdftotext.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from analysis.chromium import ChromiumError, find_chromium
from analysis.render import render_briefing

pytestmark = pytest.mark.slow

EXTERNAL = re.compile(
    r"(?<![\w-])(?:xlink:)?(?:src|href|srcset|poster|action)\s*=\s*[\"']?\s*(?:https?:)?//",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        find_chromium()
    except ChromiumError as error:
        pytest.skip(str(error))
    if shutil.which("pdftotext") is None:
        pytest.skip("needs pdftotext (poppler-utils)")
    out = tmp_path_factory.mktemp("reports")
    result = render_briefing("seed", out_dir=out)
    assert [p.name for p in result.files] == ["briefing.html", "briefing.pdf", "briefing.ipynb"]
    return out / "seed"


def test_html_names_the_principals_and_is_offline(briefing: Path) -> None:
    html = (briefing / "briefing.html").read_text(encoding="utf-8")
    assert "مايوركاس" in html
    assert "Briefing: Bahrain" in html
    assert not EXTERNAL.search(html), EXTERNAL.search(html)
    assert "<script" not in html.lower()
    assert '<html dir="ltr" lang="en">' in html
    assert 'class="bayan-toc"' in html


def test_pdf_text_is_in_logical_order(briefing: Path) -> None:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(briefing / "briefing.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    text = " ".join(done.stdout.split())
    assert "Briefing: Bahrain – United States" in text
    assert "مذكرات تفاهم" in text
    assert "أليخاندرو مايوركاس" in text
    assert "مكافحة تمويل الإرهاب" in text
