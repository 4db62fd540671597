"""Tests of the notebooks: they execute under papermill and show what a briefing must show.

The briefing is executed once per language in a temporary folder; its outputs (not just
its exit status) are checked for the section ids, the Arabic name of a principal and the
three MOU areas. Both notebooks must be committed without outputs.
"""

from __future__ import annotations

import json
from pathlib import Path

import papermill
import pytest

from analysis import paths
from analysis.sections import SECTION_IDS

BRIEFING = paths.NOTEBOOKS_DIR / "reports" / "briefing.ipynb"
EXPLORE = paths.NOTEBOOKS_DIR / "explore" / "explore_facts.ipynb"
MOU_AREAS_AR = ("مكافحة تمويل الإرهاب", "الأمن السيبرانى", "أنظمة الطائرات المسيرة")
MOU_AREAS_EN = ("Terrorism financing", "Cybersecurity", "Unmanned aircraft")

pytestmark = pytest.mark.slow


def _execute(notebook: Path, out_dir: Path, **parameters) -> dict:
    output = out_dir / f"{notebook.stem}.out.ipynb"
    papermill.execute_notebook(
        str(notebook),
        str(output),
        parameters=parameters,
        cwd=str(out_dir),
        progress_bar=False,
        kernel_name="python3",
    )
    return json.loads(output.read_text(encoding="utf-8"))


def _html_outputs(nb: dict) -> str:
    parts = []
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html", "")
            parts.append("".join(html) if isinstance(html, list) else html)
    return "\n".join(parts)


@pytest.mark.parametrize("language", ["bilingual", "ar", "en"])
def test_briefing_executes_and_shows_the_sections(tmp_path, language):
    nb = _execute(BRIEFING, tmp_path, language=language)
    html = _html_outputs(nb)
    for section_id in SECTION_IDS:
        assert f'<h2 id="{section_id}">' in html
    assert "مايوركاس" in html
    for area in MOU_AREAS_AR:
        assert area in html
    if language != "ar":
        for area in MOU_AREAS_EN:
            assert area in html
    assert html.count('<figure class="bayan-figure">') == 4
    assert "<script" not in html
    errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors


def test_briefing_accepts_an_article_path(tmp_path):
    article = paths.raw_articles_dir() / "seed.txt"
    html = _html_outputs(_execute(BRIEFING, tmp_path, article_path=str(article)))
    assert '<h2 id="agreements">' in html


def test_briefing_rejects_an_unknown_language(tmp_path):
    with pytest.raises(papermill.PapermillExecutionError, match="unknown language"):
        _execute(BRIEFING, tmp_path, language="fr")


def test_explore_notebook_executes(tmp_path):
    nb = _execute(EXPLORE, tmp_path)
    outputs = [o for c in nb["cells"] for o in c.get("outputs", [])]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert any("image/svg+xml" in o.get("data", {}) for o in outputs)


@pytest.mark.parametrize("notebook", [BRIEFING, EXPLORE], ids=lambda p: p.stem)
def test_notebooks_are_committed_clean(notebook):
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    tagged = [c for c in code if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1
    if notebook == BRIEFING:
        assert all("remove_input" in c["metadata"].get("tags", []) for c in code)
        assert "".join(tagged[0]["source"]) == (
            'article_id = "seed"\narticle_path = ""\nfacts_source = "curated"\n'
            'language = "bilingual"'
        )
