"""Tests of the charts: labels in each language, mirrored Arabic layout, deterministic SVG."""

from __future__ import annotations

import subprocess
import sys

import matplotlib
import pytest
from matplotlib.figure import Figure

from analysis import charts, metrics


def _texts(fig: Figure) -> list[str]:
    fig.canvas.draw()
    found = []
    for ax in fig.axes:
        found += [t.get_text() for t in ax.get_yticklabels() + ax.get_xticklabels()]
        found += [ax.get_title(loc) for loc in ("left", "center", "right")]
        found += [ax.get_xlabel()]
    return [t for t in found if t]


@pytest.fixture()
def figures(seed_facts):
    def build(language: str) -> dict[str, Figure]:
        return {
            "salience": charts.plot_topic_salience(metrics.topic_salience(seed_facts), language),
            "areas": charts.plot_cooperation_areas(
                metrics.cooperation_matrix(seed_facts), language
            ),
            "positions": charts.plot_topic_positions(metrics.topic_positions(seed_facts), language),
            "speakers": charts.plot_speaker_topics(
                metrics.speaker_topic_matrix(seed_facts), language
            ),
        }

    return build


def test_english_labels(figures):
    built = figures("en")
    assert all(isinstance(fig, Figure) for fig in built.values())
    salience = _texts(built["salience"])
    assert "Cybersecurity" in salience
    assert "Topic salience" in salience
    assert not any("الأمن" in t for t in salience)
    assert "Alejandro Mayorkas\n5 statements" in _texts(built["speakers"])


def test_arabic_labels_and_mirrored_layout(figures):
    built = figures("ar")
    areas = built["areas"]
    labels = _texts(areas)
    assert "الأمن السيبراني" in labels
    assert "مجالات التعاون: ما نوقش وما وُقّع" in labels
    assert not any("Cybersecurity" in t for t in labels)
    ax = areas.axes[0]
    assert ax.xaxis_inverted()
    assert ax.yaxis.get_ticks_position() == "right"
    assert "مايوركاس\nعدد التصريحات: 5" in _texts(built["speakers"])


def test_bilingual_labels_put_arabic_on_its_own_line(figures):
    labels = _texts(figures("bilingual")["positions"])
    assert "Cybersecurity\nالأمن السيبراني" in labels
    assert "Paragraph\nالفقرة" in labels
    assert {"1", "8"} <= set(labels)


def test_unknown_language_is_an_error(seed_facts):
    with pytest.raises(ValueError, match="unknown language"):
        charts.plot_topic_salience(metrics.topic_salience(seed_facts), "fr")


def test_svg_is_deterministic_and_self_contained(seed_facts):
    def svg() -> str:
        return charts.export_svg(
            charts.plot_cooperation_areas(metrics.cooperation_matrix(seed_facts), "bilingual")
        )

    first, second = svg(), svg()
    assert first == second
    assert first.startswith("<svg")
    assert "<text" not in first  # text drawn as paths
    assert "<metadata" not in first and "<image" not in first
    assert "matplotlib.org" not in first


def test_prefixed_ids_resolve(seed_facts):
    svg = charts.export_svg(
        charts.plot_topic_salience(metrics.topic_salience(seed_facts), "en"), id_prefix="x1-"
    )
    assert 'id="x1-figure_1"' in svg
    assert 'xlink:href="#x1-' in svg
    assert 'xlink:href="#' not in svg.replace('xlink:href="#x1-', "")


def test_empty_tables_give_a_figure(seed_facts):
    empty = seed_facts.model_copy(update={"topics": [], "agreements": [], "statements": []})
    for fig in (
        charts.plot_topic_salience(metrics.topic_salience(empty), "en"),
        charts.plot_cooperation_areas(metrics.cooperation_matrix(empty), "ar"),
        charts.plot_topic_positions(metrics.topic_positions(empty), "bilingual"),
        charts.plot_speaker_topics(metrics.speaker_topic_matrix(empty), "en"),
    ):
        assert isinstance(fig, Figure)
        charts.export_svg(fig)


def test_theme_leaves_global_settings_alone(seed_facts):
    before = dict(matplotlib.rcParams)
    charts.plot_topic_salience(metrics.topic_salience(seed_facts), "ar")
    with charts.theme():
        assert matplotlib.rcParams["svg.fonttype"] == "path"
    assert dict(matplotlib.rcParams) == before


def test_font_family_ends_with_dejavu():
    families = charts.font_family()
    assert families[-1] == "DejaVu Sans"
    assert len(set(families)) == len(families)


def test_importing_charts_does_not_load_reshaper_or_bidi_or_pyplot():
    code = (
        "import sys, analysis.charts, analysis.sections; "
        "bad = [m for m in ('arabic_reshaper', 'bidi', 'matplotlib.pyplot') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
