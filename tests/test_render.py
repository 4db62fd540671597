"""Tests of :mod:`analysis.render` and the briefing HTML exporter, on small fixture notebooks.

The fixture notebooks have the briefing's ``parameters`` cell and cells that emit Arabic and
English HTML (no facts are loaded), so each render takes about a second of kernel time.
PDFs are left to ``test_pdf.py``; these renders use ``pdf=False``. Tests that start a
kernel are marked ``slow``; the others check arguments and the HTML post-processing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis import paths
from analysis.articles import ArticleError
from analysis.pdf import finish_briefing_html
from analysis.render import (
    BatchRenderError,
    notebook_parameters,
    parse_parameter,
    render_briefing,
    render_many,
)

PARAMETERS = (
    'article_id = "seed"\narticle_path = ""\nfacts_source = "curated"\nlanguage = "bilingual"\n'
)
ARABIC = "بحث وزير الداخلية البحرينى مع وزير الأمن الداخلى الأمريكى أليخاندرو مايوركاس"
BODY = f"""from IPython.display import HTML, display
import sys
display(HTML("<h1>Security talks · محادثات أمنية</h1>"))
display(HTML('<h2 id="summary">Summary · الملخص</h2><p dir="rtl" lang="ar">{ARABIC}</p>'))
display(HTML('<h2 id="people">People</h2><p>See <a href="https://example.com/a">the source</a>'
             '<img src="http://tracker.example/p.gif"><script src="https://cdn.example/x.js"></script></p>'))
display({{"text/plain": sys.executable}}, raw=True)
print(article_id, facts_source, language, article_path)
"""
# Matches an attribute that would make a browser load or link to another host.
EXTERNAL = re.compile(
    r"(?<![\w-])(?:xlink:)?(?:src|href|srcset|poster|action)\s*=\s*[\"']?\s*(?:https?:)?//",
    re.IGNORECASE,
)


def _notebook(folder: Path, *cells: str, name: str = "briefing.ipynb") -> Path:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [new_markdown_cell("# Fixture briefing")]
    nb.cells.append(new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}))
    nb.cells.extend(new_code_cell(source) for source in cells)
    for number, cell in enumerate(nb.cells):
        cell.id = f"cell-{number}"
    path = folder / name
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def fixture_notebook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _notebook(tmp_path_factory.mktemp("nb"), BODY)


@pytest.fixture(scope="module")
def rendered(fixture_notebook: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("reports")
    result = render_briefing("seed", out_dir=out, pdf=False, notebook=fixture_notebook)
    return result, out


def test_parse_parameter_reads_json_or_keeps_text() -> None:
    assert parse_parameter("top_n=5") == ("top_n", 5)
    assert parse_parameter("flags=[1, true]") == ("flags", [1, True])
    assert parse_parameter("title=Bahrain talks") == ("title", "Bahrain talks")
    assert parse_parameter("empty=") == ("empty", "")
    for bad in ("novalue", "=3", "1x=2", "a-b=1"):
        with pytest.raises(ValueError, match="NAME=VALUE"):
            parse_parameter(bad)


def test_notebook_parameters_lists_the_parameters_cell(fixture_notebook: Path) -> None:
    assert notebook_parameters(fixture_notebook) == {
        "article_id": "seed",
        "article_path": "",
        "facts_source": "curated",
        "language": "bilingual",
    }


@pytest.mark.slow
def test_render_writes_html_and_executed_notebook(rendered) -> None:
    result, out = rendered
    folder = out / "seed"
    assert result.article_id == "seed"
    assert result.files == [folder / "briefing.html", folder / "briefing.ipynb"]
    assert all(path.stat().st_size > 0 for path in result.files)
    assert not (folder / "briefing.pdf").exists()
    assert {"execute", "html", "total"} <= set(result.timings)
    assert [p.name for p in out.iterdir()] == ["seed"], "no staging folder is left behind"


@pytest.mark.slow
def test_parameters_are_injected_after_the_parameters_cell(rendered) -> None:
    _, out = rendered
    nb = json.loads((out / "seed" / "briefing.ipynb").read_text(encoding="utf-8"))
    tags = [cell["metadata"].get("tags", []) for cell in nb["cells"]]
    assert tags[1] == ["parameters"] and tags[2] == ["injected-parameters"]
    assert nb["metadata"]["papermill"]["parameters"] == {
        "article_id": "seed",
        "facts_source": "curated",
        "language": "bilingual",
    }
    printed = "".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    assert "seed curated bilingual" in printed


@pytest.mark.slow
def test_kernel_runs_this_interpreter(rendered) -> None:
    _, out = rendered
    nb = json.loads((out / "seed" / "briefing.ipynb").read_text(encoding="utf-8"))
    plain = [
        "".join(o["data"]["text/plain"])
        for c in nb["cells"]
        for o in c.get("outputs", [])
        if "text/plain" in o.get("data", {})
    ]
    assert sys.executable in plain


@pytest.mark.slow
def test_html_is_offline_rtl_aware_and_has_contents(rendered) -> None:
    _, out = rendered
    html = (out / "seed" / "briefing.html").read_text(encoding="utf-8")
    assert ARABIC in html
    assert '<html dir="ltr" lang="en">' in html
    assert 'http-equiv="Content-Security-Policy"' in html and "default-src 'none'" in html
    assert not EXTERNAL.search(html), EXTERNAL.search(html)
    assert "<script" not in html.lower()
    assert "https://example.com/a" in html, "an external link stays visible as a reference"
    assert "def " not in html and "In&nbsp;[" not in html, "no code and no prompts"
    toc = re.search(r'<nav aria-label="Contents" class="bayan-toc">(.*?)</nav>', html, re.S)
    assert toc, "table of contents"
    assert re.findall(r'href="#([^"]+)"', toc.group(1)) == ["summary", "people"]
    assert html.index("<nav") > html.index("<h1"), "contents come after the title"
    assert "text-align: right" in html and "Noto Naskh Arabic" in html and "@page" in html


@pytest.mark.slow
def test_arabic_briefing_is_rtl(fixture_notebook: Path, tmp_path: Path) -> None:
    render_briefing("seed", out_dir=tmp_path, language="ar", pdf=False, notebook=fixture_notebook)
    html = (tmp_path / "seed" / "briefing.html").read_text(encoding="utf-8")
    assert '<html dir="rtl" lang="ar">' in html
    assert "المحتويات" in html


@pytest.mark.slow
def test_html_is_byte_identical_across_renders(fixture_notebook: Path, tmp_path: Path) -> None:
    pages = []
    for name in ("a", "b"):
        render_briefing("seed", out_dir=tmp_path / name, pdf=False, notebook=fixture_notebook)
        pages.append((tmp_path / name / "seed" / "briefing.html").read_bytes())
    assert pages[0] == pages[1]


def test_unknown_parameter_is_an_error_listing_known_ones(fixture_notebook: Path, tmp_path: Path):
    with pytest.raises(ValueError, match=r"'top_n'.*declares: article_id, article_path"):
        render_briefing(
            "seed", out_dir=tmp_path, parameters={"top_n": 3}, notebook=fixture_notebook
        )
    with pytest.raises(ValueError, match="set through"):
        render_briefing(
            "seed", out_dir=tmp_path, parameters={"article_id": "x"}, notebook=fixture_notebook
        )
    with pytest.raises(ValueError, match="language"):
        render_briefing("seed", out_dir=tmp_path, language="fr", notebook=fixture_notebook)
    assert not any(tmp_path.iterdir()), "nothing is written for a bad request"


@pytest.mark.parametrize("bad", ["../x", "..", "Seed", "seed/../../etc", "-seed", "a b"])
def test_invalid_or_unsafe_ids_are_rejected(bad: str, fixture_notebook: Path, tmp_path: Path):
    with pytest.raises(ArticleError):
        render_briefing(bad, out_dir=tmp_path, pdf=False, notebook=fixture_notebook)
    assert not any(tmp_path.iterdir())


def test_unknown_id_lists_known_ids(fixture_notebook: Path, tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"unknown article id 'nope'; known ids: .*seed"):
        render_briefing("nope", out_dir=tmp_path, pdf=False, notebook=fixture_notebook)


@pytest.mark.slow
def test_failing_cell_keeps_previous_report(fixture_notebook: Path, tmp_path: Path) -> None:
    good = render_briefing("seed", out_dir=tmp_path, pdf=False, notebook=fixture_notebook)
    before = {path.name: path.read_bytes() for path in good.files}
    failing = _notebook(tmp_path, BODY, "raise ZeroDivisionError('no facts')", name="bad.ipynb")
    with pytest.raises(RuntimeError, match=r"code cell 3 raised ZeroDivisionError: no facts"):
        render_briefing("seed", out_dir=tmp_path, pdf=False, notebook=failing)
    folder = tmp_path / "seed"
    assert {p.name: p.read_bytes() for p in good.files} == before
    kept = json.loads((folder / "failed" / "briefing.ipynb").read_text(encoding="utf-8"))
    errors = [o for c in kept["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert errors and errors[0]["ename"] == "ZeroDivisionError"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ipynb", "seed"]
    # The next good render clears the stale failure.
    render_briefing("seed", out_dir=tmp_path, pdf=False, notebook=fixture_notebook)
    assert not (folder / "failed").exists()


@pytest.mark.slow
def test_article_path_uses_extracted_facts(fixture_notebook: Path, tmp_path: Path) -> None:
    article = tmp_path / "Gulf News 1.txt"
    article.write_text((paths.raw_articles_dir() / "seed.txt").read_text(encoding="utf-8"))
    result = render_briefing(
        article, out_dir=tmp_path / "out", pdf=False, notebook=fixture_notebook
    )
    assert result.folder == tmp_path / "out" / "gulf-news-1"
    nb = json.loads((result.folder / "briefing.ipynb").read_text(encoding="utf-8"))
    assert nb["metadata"]["papermill"]["parameters"] == {
        "article_id": "gulf-news-1",
        "article_path": str(article.resolve()),
        "facts_source": "extracted",
        "language": "bilingual",
    }


@pytest.mark.slow
def test_render_many_collects_failures(tmp_path: Path) -> None:
    picky = _notebook(tmp_path, "assert article_id == 'seed', f'cannot brief {article_id}'", BODY)
    other = tmp_path / "other.txt"
    other.write_text("نص قصير.\n", encoding="utf-8")
    with pytest.raises(
        BatchRenderError, match=r"1 of 2 briefings failed:\n  other: .*AssertionError"
    ) as caught:
        render_many(["seed", other], out_dir=tmp_path / "out", pdf=False, notebook=picky)
    assert [r.article_id for r in caught.value.results] == ["seed"]
    assert (tmp_path / "out" / "seed" / "briefing.html").is_file()
    assert (tmp_path / "out" / "other" / "failed" / "briefing.ipynb").is_file()
    with pytest.raises(ArticleError, match="'nope'"):
        render_many(["seed", "nope"], out_dir=tmp_path / "out", notebook=picky)


def test_finish_briefing_html_neutralises_external_references() -> None:
    page = (
        '<html><body><main><h1>T</h1><h2 id="a">A <a class="anchor-link" href="#a">¶</a></h2>'
        '<p><a href="//cdn.example/x">x</a><img src="https://e.example/i.png">'
        '<svg><image xlink:href="http://e.example/i.png"/><use xlink:href="#g"/></svg>'
        '<iframe src="https://e.example"></iframe><a href="javascript:alert(1)">j</a>'
        '<link rel="stylesheet" href="https://fonts.example/css"><script>alert(1)</script></p>'
        "</main></body></html>"
    )
    html = finish_briefing_html(page)
    assert not EXTERNAL.search(html), html
    assert "<script" not in html and "<iframe" not in html and "javascript:" not in html
    assert 'xlink:href="#g"' in html
    assert 'data-href="//cdn.example/x"' in html
    assert '<ol><li><a href="#a">A </a></li></ol>' in html


def test_kernelspec_must_run_this_interpreter() -> None:
    from analysis.render import _check_kernel_interpreter

    _check_kernel_interpreter(["python", "-m", "ipykernel_launcher"])
    _check_kernel_interpreter([sys.executable, "-m", "ipykernel_launcher"])
    with pytest.raises(RuntimeError, match="ipykernel install --sys-prefix"):
        _check_kernel_interpreter(["/opt/other/bin/python3.9", "-m", "ipykernel_launcher"])


@pytest.mark.slow
def test_html_only_render_removes_a_stale_pdf(fixture_notebook: Path, tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    folder.mkdir()
    (folder / "briefing.pdf").write_bytes(b"%PDF- an older briefing")
    render_briefing("seed", out_dir=tmp_path, pdf=False, notebook=fixture_notebook)
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.html", "briefing.ipynb"]


def test_missing_chromium_fails_before_running(
    fixture_notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.chromium import ChromiumError

    monkeypatch.setenv("BAYAN_CHROMIUM", str(tmp_path / "no-browser"))
    with pytest.raises(ChromiumError, match="BAYAN_CHROMIUM"):
        render_briefing("seed", out_dir=tmp_path / "out", notebook=fixture_notebook)
    assert not (tmp_path / "out").exists()


def test_plain_svg_charts_pass_through_verbatim() -> None:
    chart = '<svg viewBox="0 0 9 9"><use xlink:href="#g" x="1"/><path d="M0 0L9 9"/></svg>'
    page = (
        f'<html><body><main><h2 id="c">C</h2>{chart}<svg><a href="#c"/></svg></main></body></html>'
    )
    html = finish_briefing_html(page)
    assert chart in html, "a chart with local references only is not re-serialised"
    assert '<a href="#c"></a>' in html, "an SVG with links goes through the parser"


@pytest.mark.slow
def test_injected_parameters_match_papermills_own(rendered, fixture_notebook: Path) -> None:
    """render injects parameters as papermill does (without its 1.2 s import on the hot path)."""
    from papermill.parameterize import parameterize_notebook

    _, out = rendered
    ours = nbformat.read(out / "seed" / "briefing.ipynb", as_version=4)
    template = nbformat.read(fixture_notebook, as_version=4)
    for cell in template.cells:  # papermill's loader adds these; nbformat.read does not
        cell.metadata.setdefault("tags", [])
    template.metadata.setdefault("papermill", {})
    theirs = parameterize_notebook(template, ours.metadata["papermill"]["parameters"])

    def injected(nb) -> dict:
        cell = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
        namespace: dict = {}
        exec(cell.source, namespace)  # a cell of literal assignments
        namespace.pop("__builtins__")
        return namespace

    assert injected(ours) == injected(theirs)
    tags = [c.metadata.get("tags", []) for c in theirs.cells]
    assert tags.index(["injected-parameters"]) == tags.index(["parameters"]) + 1
