"""Briefing charts: one theme, one palette, figures in English, Arabic or both.

Every ``plot_*`` function takes a tidy table from :mod:`analysis.metrics` and returns a new
:class:`matplotlib.figure.Figure`; none shows, saves or touches pyplot's global state.
The theme (:data:`PALETTE`, :func:`theme`) is applied through
:func:`matplotlib.rc_context` while a figure is built and while it is exported, so importing
this module changes no global setting. Arabic is passed to matplotlib as written: matplotlib
3.11 shapes it and orders it right-to-left itself (libraqm), and running it through
arabic-reshaper or python-bidi would break it. English and Arabic are kept in separate
strings (bilingual labels put the Arabic on its own line). With ``language="ar"`` the
layout is mirrored: bars grow leftwards, category labels sit on the right and paragraphs
run right to left. :func:`export_svg` gives byte-identical SVG for identical input, with
text drawn as paths, so no viewer needs the fonts.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Literal

import matplotlib
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure

from analysis.vocab import load_topics

__all__ = [
    "LANGUAGES",
    "Language",
    "PALETTE",
    "export_svg",
    "font_family",
    "label_text",
    "plot_cooperation_areas",
    "plot_speaker_topics",
    "plot_topic_positions",
    "plot_topic_salience",
    "prefix_svg_ids",
    "theme",
    "theme_rc",
]

Language = Literal["en", "ar", "bilingual"]
LANGUAGES: tuple[str, ...] = ("en", "ar", "bilingual")

PALETTE: dict[str, str] = {
    "primary": "#2F5D8A",  # discussed / salience
    "accent": "#C4572F",  # signed
    "secondary": "#7A9CC6",
    "muted": "#9AA5B1",
    "ink": "#1F2933",
    "grid": "#E4E7EB",
    "background": "#FFFFFF",
}

# Preferred families, Latin first: Noto Sans Arabic/Naskh have no Latin letters, and
# matplotlib falls back glyph by glyph along this list. DejaVu Sans (bundled with
# matplotlib, with Arabic glyphs) is the last resort and always present.
_PREFERRED_FONTS = ("Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans")

_TEXT: dict[str, tuple[str, str]] = {
    "salience_title": ("Topic salience", "بروز الموضوعات"),
    "salience_axis": ("Share of topic mentions (%)", "نسبة الإشارات إلى الموضوع (٪)"),
    "areas_title": ("Cooperation areas: discussed and signed", "مجالات التعاون: ما نوقش وما وُقّع"),
    "discussed": ("Mentions in the article", "الإشارات في الخبر"),
    "signed": ("Signed instruments", "الوثائق الموقعة"),
    "count_axis": ("Count", "العدد"),
    "positions_title": ("Where each topic appears", "مواضع الموضوعات في الخبر"),
    "paragraph": ("Paragraph", "الفقرة"),
    "speaker_title": ("Topics by speaker", "الموضوعات حسب المتحدث"),
    "statements": ("statements", "عدد التصريحات"),
    "empty": ("No data in these facts", "لا توجد بيانات"),
}


@cache
def font_family() -> tuple[str, ...]:
    """Return the font fallback list used by the theme: preferred families found here.

    Returns:
        Installed families of ``Noto Sans``, ``Noto Sans Arabic``, ``Noto Naskh Arabic``,
        in that order, always ending with ``DejaVu Sans``.
    """
    installed = {font.name for font in font_manager.fontManager.ttflist}
    found = tuple(name for name in _PREFERRED_FONTS[:-1] if name in installed)
    return (*found, "DejaVu Sans")


def theme_rc() -> dict[str, object]:
    """Return the rcParams of the Bayan theme (fonts, colours, SVG determinism)."""
    return {
        "font.family": list(font_family()),
        "font.size": 9.5,
        "axes.titlesize": 11,
        "axes.titleweight": "bold",
        "axes.labelsize": 9.5,
        "axes.edgecolor": PALETTE["muted"],
        "axes.labelcolor": PALETTE["ink"],
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "grid.color": PALETTE["grid"],
        "text.color": PALETTE["ink"],
        "xtick.color": PALETTE["ink"],
        "ytick.color": PALETTE["ink"],
        "legend.frameon": False,
        "figure.facecolor": PALETTE["background"],
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "svg.fonttype": "path",
        "svg.hashsalt": "bayan",
        "path.simplify": True,
    }


@contextmanager
def theme() -> Iterator[None]:
    """Apply the Bayan theme inside a ``with`` block, leaving global settings untouched."""
    with matplotlib.rc_context(theme_rc()):
        yield


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")


def label_text(english: str | None, arabic: str | None, language: str) -> str:
    """Choose or combine an English and an Arabic label for a chart.

    Args:
        english: the English label (falls back to the Arabic one when missing).
        arabic: the Arabic label (falls back to the English one when missing).
        language: ``"en"``, ``"ar"`` or ``"bilingual"`` (English, then Arabic on the
            next line; the two never share a line, so bidi reordering cannot mix them).

    Returns:
        The label.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    english = english or arabic or ""
    arabic = arabic or english
    if language == "en":
        return english
    if language == "ar":
        return arabic
    return english if english == arabic else f"{english}\n{arabic}"


def _text(key: str, language: str) -> str:
    return label_text(*_TEXT[key], language)


def _topic_names(label: str) -> tuple[str, str]:
    topic = load_topics().get(label)
    return (topic.name_en, topic.name_ar) if topic else (label, label)


def _new_figure(rows: int, *, width: float = 7.0, per_row: float = 0.42) -> Figure:
    height = max(2.4, 1.3 + per_row * max(rows, 1))
    return Figure(figsize=(width, height), layout="constrained")


def _title(ax: Axes, key: str, language: str) -> None:
    ax.set_title(_text(key, language), loc="right" if language == "ar" else "left")


def _mirror(ax: Axes, language: str) -> None:
    """Lay a horizontal chart out right to left for Arabic readers."""
    if language == "ar":
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.spines["left"].set_visible(False)
        ax.spines["right"].set_visible(True)


def _empty(fig: Figure, key: str, language: str) -> Figure:
    ax = fig.add_subplot()
    ax.set_axis_off()
    _title(ax, key, language)
    ax.text(
        0.5,
        0.5,
        _text("empty", language),
        ha="center",
        va="center",
        color=PALETTE["muted"],
        transform=ax.transAxes,
    )
    return fig


def plot_topic_salience(salience: pd.DataFrame, language: Language = "bilingual") -> Figure:
    """Plot topics as horizontal bars of salience, most salient on top.

    Args:
        salience: :func:`analysis.metrics.topic_salience` (columns ``name_en``,
            ``name_ar``, ``salience``, ``mentions``), ranked.
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        The figure.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    with theme():
        fig = _new_figure(len(salience))
        if salience.empty:
            return _empty(fig, "salience_title", language)
        ax = fig.add_subplot()
        positions = list(range(len(salience)))[::-1]
        shares = [float(v) * 100 for v in salience["salience"]]
        ax.set_xlim(0, max(max(shares), 1.0) * 1.25)
        _mirror(ax, language)
        ax.barh(positions, shares, color=PALETTE["primary"], height=0.62)
        labels = [
            label_text(en, ar, language)
            for en, ar in zip(salience["name_en"], salience["name_ar"], strict=True)
        ]
        ax.set_yticks(positions, labels)
        for y, share, mentions in zip(positions, shares, salience["mentions"], strict=True):
            ax.annotate(
                f"{share:.0f}% ({int(mentions)})",
                (share, y),
                xytext=(-3 if language == "ar" else 3, 0),
                textcoords="offset points",
                va="center",
                ha="right" if language == "ar" else "left",
                fontsize=8.5,
            )
        ax.set_xlabel(_text("salience_axis", language))
        ax.tick_params(axis="y", length=0)
        _title(ax, "salience_title", language)
        return fig


def plot_cooperation_areas(matrix: pd.DataFrame, language: Language = "bilingual") -> Figure:
    """Plot, per cooperation area, its mentions beside the instruments signed on it.

    Areas are ordered by signed instruments, then mentions (both descending); areas with
    a signed instrument carry a marker in the accent colour.

    Args:
        matrix: :func:`analysis.metrics.cooperation_matrix` (columns ``name_en``,
            ``name_ar``, ``discussed``, ``signed_instruments``).
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        The figure.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    with theme():
        fig = _new_figure(len(matrix), per_row=0.55)
        if matrix.empty:
            return _empty(fig, "areas_title", language)
        ax = fig.add_subplot()
        top = max(int(matrix["discussed"].max()), int(matrix["signed_instruments"].max()), 1)
        ax.set_xlim(0, top * 1.2)
        _mirror(ax, language)
        ordered = matrix.assign(_order=range(len(matrix))).sort_values(
            ["signed_instruments", "discussed", "_order"],
            ascending=[False, False, True],
            kind="stable",
        )
        n = len(ordered)
        centres = list(range(n))[::-1]
        height = 0.36
        series = (
            ("discussed", PALETTE["primary"], height / 2),
            ("signed_instruments", PALETTE["accent"], -height / 2),
        )
        for column, colour, offset in series:
            values = [int(v) for v in ordered[column]]
            key = "discussed" if column == "discussed" else "signed"
            bars = ax.barh(
                [c + offset for c in centres],
                values,
                height=height,
                color=colour,
                label=_text(key, language),
            )
            ax.bar_label(
                bars, labels=[str(v) if v else "" for v in values], padding=2, fontsize=8.5
            )
        labels = [
            label_text(en, ar, language)
            for en, ar in zip(ordered["name_en"], ordered["name_ar"], strict=True)
        ]
        ax.set_yticks(centres, labels)
        ax.tick_params(axis="y", length=0)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel(_text("count_axis", language))
        ax.legend(loc="lower left" if language == "ar" else "lower right", fontsize=8.5)
        _title(ax, "areas_title", language)
        return fig


def plot_topic_positions(positions: pd.DataFrame, language: Language = "bilingual") -> Figure:
    """Plot where in the article each topic appears: paragraphs across, topics down.

    A dot's area grows with the number of mentions in that paragraph, and the count is
    written in it. In Arabic the paragraphs run from right to left.

    Args:
        positions: :func:`analysis.metrics.topic_positions` (index: topic labels, columns:
            0-based paragraph numbers, values: mention counts).
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        The figure; paragraphs are labelled from 1.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    with theme():
        fig = _new_figure(len(positions), per_row=0.5)
        if positions.empty or len(positions.columns) == 0:
            return _empty(fig, "positions_title", language)
        ax = fig.add_subplot()
        paragraphs = [int(p) for p in positions.columns]
        ax.set_xlim(min(paragraphs) - 0.6, max(paragraphs) + 0.6)
        _mirror(ax, language)
        rows = list(range(len(positions)))[::-1]
        for y, (_, counts) in zip(rows, positions.iterrows(), strict=True):
            for paragraph, count in zip(paragraphs, counts, strict=True):
                if count:
                    ax.scatter(
                        paragraph,
                        y,
                        s=110 + 90 * (int(count) - 1),
                        color=PALETTE["primary"],
                        zorder=3,
                        linewidths=0,
                    )
                    ax.annotate(
                        str(int(count)),
                        (paragraph, y),
                        ha="center",
                        va="center",
                        color="white",
                        fontsize=8,
                        fontweight="bold",
                        zorder=4,
                    )
            ax.axhline(y, color=PALETTE["grid"], linewidth=0.8, zorder=1)
        labels = [label_text(*_topic_names(label), language) for label in positions.index]
        ax.set_yticks(rows, labels)
        ax.set_xticks(paragraphs, [str(p + 1) for p in paragraphs])
        ax.set_ylim(-0.7, len(rows) - 0.3)
        ax.set_xlabel(_text("paragraph", language))
        ax.tick_params(axis="y", length=0)
        _title(ax, "positions_title", language)
        return fig


def plot_speaker_topics(matrix: pd.DataFrame, language: Language = "bilingual") -> Figure:
    """Plot a speaker × topic grid: how many of each speaker's statements touch a topic.

    Args:
        matrix: :func:`analysis.metrics.speaker_topic_matrix` (columns
            ``speaker_name_en``, ``speaker_name_ar``, ``statements``, then topic labels).
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        The figure: topics down, speakers across (right to left in Arabic), counts in the
        cells, each speaker labelled with their number of statements.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    meta = ("speaker_name_en", "speaker_name_ar", "statements")
    topics = [c for c in matrix.columns if c not in meta]
    with theme():
        fig = _new_figure(len(topics), per_row=0.5, width=min(7.0, 3.0 + 1.3 * len(matrix)))
        if matrix.empty or not topics:
            return _empty(fig, "speaker_title", language)
        ax = fig.add_subplot()
        speakers = list(range(len(matrix)))
        if language == "ar":
            speakers = speakers[::-1]
        values = matrix[topics].to_numpy(dtype=float).T  # topics × speakers
        if language == "ar":
            values = values[:, ::-1]
            ordered = matrix.iloc[::-1]
        else:
            ordered = matrix
        cmap = LinearSegmentedColormap.from_list(
            "bayan", [PALETTE["background"], PALETTE["primary"]]
        )
        top = max(float(values.max()), 1.0)
        ax.imshow(values, cmap=cmap, vmin=0, vmax=top, aspect="auto")
        ax.set_xticks([x - 0.5 for x in range(1, values.shape[1])], minor=True)
        ax.set_yticks([y - 0.5 for y in range(1, values.shape[0])], minor=True)
        ax.grid(which="minor", color=PALETTE["grid"], linewidth=1.5)
        ax.tick_params(which="minor", length=0)
        for (row, column), value in _cells(values):
            colour = "white" if value > top / 2 else PALETTE["ink"]
            ax.text(
                column, row, f"{int(value)}", ha="center", va="center", color=colour, fontsize=9
            )
        ax.set_yticks(range(len(topics)), [label_text(*_topic_names(t), language) for t in topics])
        speaker_labels = []
        for en, ar, n in zip(
            ordered["speaker_name_en"],
            ordered["speaker_name_ar"],
            ordered["statements"],
            strict=True,
        ):
            english = None if pd.isna(en) else textwrap.fill(str(en), 22)
            name = label_text(english, ar, language)
            # "label: n" keeps the number after the Arabic words, so it reads correctly
            # whatever base direction the layout engine picks for a mixed line.
            count = (
                f"{_TEXT['statements'][1]}: {int(n)}"
                if language == "ar"
                else f"{int(n)} {_TEXT['statements'][0]}"
            )
            speaker_labels.append(f"{name}\n{count}")
        ax.set_xticks(range(len(speakers)), speaker_labels)
        ax.xaxis.tick_top()
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        if language == "ar":
            ax.yaxis.tick_right()
        _title(ax, "speaker_title", language)
        return fig


def _cells(values) -> Iterator[tuple[tuple[int, int], float]]:
    rows, columns = values.shape
    for row in range(rows):
        for column in range(columns):
            yield (row, column), float(values[row, column])


_ID = re.compile(r'\bid="([^"]+)"')


def export_svg(fig: Figure, *, id_prefix: str | None = None) -> str:
    """Serialize a figure to SVG text, deterministically and self-contained.

    Text is drawn as paths (no font needed to view it), ids are hashed with a fixed salt,
    and the ``<metadata>`` block (date, creator, links) is left out, so the same figure
    gives the same bytes. With ``id_prefix`` every internal id (and reference to it) is
    prefixed, so several SVGs can be inlined in one HTML page without id clashes.

    Args:
        fig: the figure.
        id_prefix: a prefix for internal ids, e.g. ``"fig1-"``.

    Returns:
        The SVG document, starting at ``<svg``.
    """
    buffer = io.StringIO()
    with theme():
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    return prefix_svg_ids(svg, id_prefix) if id_prefix else svg


def prefix_svg_ids(svg: str, prefix: str) -> str:
    """Prefix every id of an SVG document and every internal reference to it.

    Args:
        svg: SVG text.
        prefix: the prefix, e.g. ``"fig1-"``.

    Returns:
        The SVG with ``id="x"`` → ``id="<prefix>x"`` and ``#x`` references updated.
    """
    ids = set(_ID.findall(svg))
    svg = _ID.sub(lambda m: f'id="{prefix}{m.group(1)}"', svg)
    return re.sub(
        r'(xlink:href="#|href="#|url\(#)([^")]+)',
        lambda m: m.group(1) + (prefix + m.group(2) if m.group(2) in ids else m.group(2)),
        svg,
    )
