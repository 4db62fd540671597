"""Briefing HTML and PDF: the nbconvert exporters ``bayan_html`` and ``bayan_pdf``.

:class:`BriefingHTMLExporter` turns an executed briefing notebook into one self-contained
HTML file with the ``briefing`` template (``analysis/templates/briefing``): no code, no
prompts, no scripts, nothing fetched from the network (a strict Content-Security-Policy
says so to the browser too), ``<html lang dir>`` from the notebook's ``language``
parameter, and a table of contents built from the ``<h2 id>`` headings the notebook
outputs. :class:`ChromiumPDFExporter` prints that HTML to an A4 PDF with the system's
headless Chromium (Debian's ``chromium`` package, never a downloaded browser), driven by
:class:`analysis.chromium.ChromiumPrinter`. Both exporters are registered with nbconvert as
``bayan_html`` and ``bayan_pdf``. This module renders what the notebook computed; it
computes no facts.
"""

from __future__ import annotations

import copy
import html as html_lib
import re
import tempfile
from pathlib import Path
from typing import Any

from nbconvert.exporters import HTMLExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from traitlets import Bool, Float, Unicode, default

from analysis import paths
from analysis.chromium import ChromiumPrinter

__all__ = [
    "BriefingHTMLExporter",
    "ChromiumPDFExporter",
    "finish_briefing_html",
    "notebook_language",
]

_EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_URL_ATTRIBUTES = frozenset(
    {"src", "srcset", "href", "xlink:href", "poster", "data", "action", "formaction", "background"}
)
_SVG = re.compile(r"<svg\b.*?</svg\s*>", re.IGNORECASE | re.DOTALL)
#: Anything in an SVG that could run, embed or reach out: such SVGs are fully parsed.
_SVG_RISK = re.compile(
    r"<\s*(?:script|foreignobject|iframe|object|embed|a|meta|link)\b"
    r"|\son[a-z]+\s*="
    r"|(?:href|src)\s*=(?!\s*[\"']?\s*(?:#|data:image/(?:png|jpeg|gif|webp)[;,]))",
    re.IGNORECASE,
)
_TAGS = re.compile(r"<[^>]+>")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_LANGUAGE_ASSIGNMENT = re.compile(r"^language\s*(?::[^=]+)?=\s*['\"](\w+)['\"]", re.MULTILINE)
_TOC_TITLE = {"ar": "المحتويات", "en": "Contents"}


def notebook_language(nb: Any) -> str:
    """The ``language`` parameter an executed notebook ran with (``en`` if none).

    Reads papermill-style metadata (``metadata.papermill.parameters``), then the
    ``injected-parameters`` cell, then the ``parameters`` cell's default.
    """
    parameters = nb.get("metadata", {}).get("papermill", {}).get("parameters", {})
    if isinstance(parameters.get("language"), str):
        return parameters["language"]
    for tag in ("injected-parameters", "parameters"):
        for cell in nb.get("cells", []):
            if tag in cell.get("metadata", {}).get("tags", []):
                match = _LANGUAGE_ASSIGNMENT.search(_source(cell))
                if match:
                    return match.group(1)
    return "en"


def _source(cell: Any) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _notebook_title(nb: Any) -> str:
    for cell in nb.get("cells", []):
        texts = [_source(cell)] if cell.get("cell_type") == "markdown" else []
        for output in cell.get("outputs", []):
            value = output.get("data", {}).get("text/html")
            if value:
                texts.append("".join(value) if isinstance(value, list) else value)
        for text in texts:
            match = _H1.search(text)
            if match:
                title = html_lib.unescape(_TAGS.sub("", match.group(1))).strip()
                if title:
                    return " ".join(title.split())
    return str(nb.get("metadata", {}).get("title") or "Briefing")


def finish_briefing_html(document: str, language: str = "en") -> str:
    """Make exported HTML self-contained and add its table of contents.

    External addresses are neutralised: ``src`` attributes pointing at another host are
    renamed ``data-blocked-src``, ``<link>`` and ``<script>`` elements are removed, and an
    external ``href`` becomes ``data-href`` with the address shown after the link text.
    A table of contents listing every ``<h2 id>`` is inserted after the first ``<h1>``.

    Args:
        document: the HTML from the ``briefing`` template.
        language: ``ar``, ``en`` or ``bilingual`` (the contents heading's language).

    Returns:
        The finished HTML.
    """
    from bs4 import BeautifulSoup

    # Charts are inline SVGs of thousands of elements; parsing them is most of the cost.
    # An SVG whose every reference is local and that has nothing active is set aside
    # and put back verbatim; any other is parsed and cleaned like the rest.
    plain: list[str] = []

    def _set_aside(match: re.Match[str]) -> str:
        if _SVG_RISK.search(match.group(0)):
            return match.group(0)
        plain.append(match.group(0))
        return f"<!--bayan-svg-{len(plain) - 1}-->"

    if "bayan-svg-" not in document:
        document = _SVG.sub(_set_aside, document)
    soup = BeautifulSoup(document, features="html.parser")
    for element in soup.find_all(["script", "link", "iframe", "object", "embed", "base"]):
        element.decompose()
    if soup.body is not None:  # a <meta http-equiv="refresh"> in an output could navigate
        for element in soup.body.find_all("meta"):
            element.decompose()
    for image in soup.find_all("img", alt=False):
        image["alt"] = ""  # decorative unless the notebook says otherwise
    for element in soup.find_all(True):
        for name, value in list(element.attrs.items()):
            if not isinstance(value, str) or name not in _URL_ATTRIBUTES:
                continue
            if value.strip().lower().startswith(("javascript:", "file:", "vbscript:")):
                del element.attrs[name]
            elif not _EXTERNAL.match(value):
                continue
            elif element.name == "a" and name in ("href", "xlink:href"):
                del element.attrs[name]
                element.attrs["data-href"] = value
                reference = soup.new_tag("span", attrs={"class": "bayan-link-ref", "dir": "ltr"})
                reference.string = f" <{value}>"
                element.insert_after(reference)
            else:
                del element.attrs[name]
                element.attrs[f"data-blocked-{name.replace(':', '-')}"] = value
    headings = soup.find_all("h2", id=True)
    if headings:
        title = _TOC_TITLE.get(language, _TOC_TITLE["en"])
        nav = soup.new_tag("nav", attrs={"class": "bayan-toc", "aria-label": title})
        caption = soup.new_tag("p", attrs={"class": "bayan-toc-title"})
        caption.string = title
        items = soup.new_tag("ol")
        for heading in headings:
            item = soup.new_tag("li")  # direction of the document, like the headings
            link = soup.new_tag("a", attrs={"href": f"#{heading['id']}"})
            # The heading's own markup, so its Arabic and English parts keep lang and dir.
            for child in heading.contents:
                if getattr(child, "name", None) == "a":
                    if "anchor-link" not in child.get("class", []):
                        link.append(child.get_text())
                    continue
                link.append(copy.copy(child))
            item.append(link)
            items.append(item)
        nav.append(caption)
        nav.append(items)
        first_h1 = soup.find("h1")
        if first_h1 is not None:
            first_h1.insert_after(nav)
        elif soup.main is not None:
            soup.main.insert(0, nav)
        else:
            soup.insert(0, nav)
    finished = str(soup)
    for number, svg in enumerate(plain):
        finished = finished.replace(f"<!--bayan-svg-{number}-->", svg, 1)
    return finished


class BriefingHTMLExporter(HTMLExporter):
    """Export a briefing notebook to one self-contained HTML file (no code, no scripts)."""

    export_from_notebook = "Bayan briefing (HTML)"

    @default("template_name")
    def _template_name_default(self) -> str:
        return "briefing"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self) -> list[str]:
        return [str(paths.TEMPLATES_DIR), *super()._default_extra_template_basedirs()]

    @default("exclude_input")
    def _exclude_input_default(self) -> bool:
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self) -> bool:
        return True

    def from_notebook_node(  # type: ignore[override]
        self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[str, dict[str, Any]]:
        """Export an executed notebook to finished briefing HTML.

        Args:
            nb: the executed notebook.
            resources: nbconvert resources (optional).
            **kw: passed to :class:`~nbconvert.exporters.HTMLExporter`.

        Returns:
            The HTML and the resources.
        """
        language = notebook_language(nb)
        resources = dict(resources or {})
        resources["bayan"] = {
            "language": language,
            "lang": "ar" if language == "ar" else "en",
            "dir": "rtl" if language == "ar" else "ltr",
            "title": _notebook_title(nb),
        }
        # HTMLExporter.from_notebook_node, minus its BeautifulSoup pass (alt texts and
        # tabindex): finish_briefing_html parses the page once and does all of it.
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        self.register_filter(
            "highlight_code",
            self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)),
        )
        resources = self._init_resources(resources)
        self.register_filter(
            "filter_data_type",
            WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources
            ),
        )
        html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        return finish_briefing_html(html, language), resources


class ChromiumPDFExporter(BriefingHTMLExporter):
    """Export a briefing notebook to PDF: briefing HTML printed by headless Chromium."""

    export_from_notebook = "Bayan briefing (PDF via Chromium)"
    output_mimetype = "application/pdf"

    chromium = Unicode(
        "", help="Chromium executable (default: $BAYAN_CHROMIUM, Debian's, or on PATH)"
    ).tag(config=True)
    timeout = Float(60.0, help="Seconds to wait for any one browser answer").tag(config=True)
    keep_html = Bool(False, help="Also return the HTML in resources['bayan_html']").tag(config=True)

    @default("file_extension")
    def _file_extension_default(self) -> str:
        return ".pdf"

    @default("template_extension")
    def _template_extension_default(self) -> str:
        return ".html.j2"

    printer: ChromiumPrinter | None = None
    """A started printer to reuse; a fresh one is started per export when unset."""

    def from_notebook_node(  # type: ignore[override]
        self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[bytes, dict[str, Any]]:
        """Export an executed notebook to PDF.

        Args:
            nb: the executed notebook.
            resources: nbconvert resources (optional).
            **kw: passed to :class:`BriefingHTMLExporter`.

        Returns:
            The PDF bytes and the resources (``output_extension`` is ``.pdf``).

        Raises:
            analysis.chromium.ChromiumError: no Chromium, or printing failed.
        """
        html, resources = super().from_notebook_node(nb, resources, **kw)
        if self.keep_html:
            resources["bayan_html"] = html
        with tempfile.TemporaryDirectory(prefix="bayan-pdf-") as folder:
            page = Path(folder) / "briefing.html"
            page.write_text(html, encoding="utf-8")
            if self.printer is not None:
                pdf = self.printer.print_pdf(page)
            else:
                with ChromiumPrinter(self.chromium or None, self.timeout) as printer:
                    pdf = printer.print_pdf(page)
        resources["output_extension"] = ".pdf"
        return pdf, resources
