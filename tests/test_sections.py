"""Tests of the briefing's HTML fragments: escaping, anchors, direction, ids, a snapshot."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser

import pytest

from analysis import charts, metrics, sections
from analysis.facts import parse_facts

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
EXPECTED_CHAIN = (
    '<section class="bayan-section bayan-section-source-chain" dir="ltr" lang="en">\n'
    '<h2 id="source-chain"><span class="bayan-en" dir="ltr" lang="en">Source chain</span></h2>\n'
    '<ol class="bayan-chain">\n'
    '<li><span class="bayan-chain-role"><span class="bayan-en" dir="ltr" lang="en">Wire agency'
    '</span></span>: <span class="bayan-en" dir="ltr" lang="en">Bahrain News Agency</span> '
    '<code dir="ltr">BNA</code> <a class="bayan-ref" href="#s-2">S2</a></li>\n'
    '<li><span class="bayan-chain-role"><span class="bayan-en" dir="ltr" lang="en">Outlet'
    '</span></span>: <span class="bayan-en" dir="ltr" lang="en">Youm7</span> '
    '<a class="bayan-ref" href="#s-8">S8</a></li>\n'
    '<li><span class="bayan-chain-role"><span class="bayan-en" dir="ltr" lang="en">Republisher'
    '</span></span>: <span class="bayan-en" dir="ltr" lang="en">Manqool</span> '
    '<a class="bayan-ref" href="#s-8">S8</a></li>\n'
    "</ol>\n"
    '<aside class="bayan-disclaimer" role="note">\n'
    '<p><strong><span class="bayan-en" dir="ltr" lang="en">Republisher&#x27;s note: not news '
    'content</span></strong> <a class="bayan-ref" href="#s-8">S8</a></p>\n'
    '<blockquote class="bayan-ar" dir="rtl" lang="ar">ملحوظة: مضمون هذا الخبر تم كتابته بواسطة'
    " اليوم السابع ولا يعبر عن وجهة نظر منقول وانما تم نقله بمحتواه كما هو من اليوم السابع ونحن"
    " غير مسئولين عن محتوى الخبر والعهدة علي المصدر السابق ذكرة.</blockquote>\n"
    "</aside>\n"
    "</section>\n"
)


@pytest.fixture()
def hostile(seed_facts_dict, seed_text):
    """Seed facts and text whose statement s1 and sentence 2 carry markup."""
    statement = seed_facts_dict["statements"][0]
    evidence = statement["evidence"][0]
    length = evidence["end"] - evidence["start"]
    quote = HOSTILE.ljust(length, " ")
    text = seed_text[: evidence["start"]] + quote + seed_text[evidence["end"] :]
    evidence["text"] = quote
    statement["text_ar"] = HOSTILE
    statement["speaker_name_ar"] = '<b onmouseover="alert(2)">مايوركاس</b>'
    statement["gist_en"] = "<iframe src='https://evil.example'></iframe>"
    seed_facts_dict["people"][1]["name_en"] = "<svg onload=alert(3)>"
    seed_facts_dict["article"]["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return parse_facts(seed_facts_dict), text


def _all_sections(facts, text, language="bilingual"):
    return "".join(
        [
            sections.title_html(facts, text, language),
            sections.key_facts_html(facts, language),
            sections.agreements_html(facts, language),
            sections.topics_html(facts, language, figures=False),
            sections.statements_html(facts, language),
            sections.source_chain_html(facts, language),
            sections.sources_html(facts, text, language),
            sections.metadata_html(facts, text, {"language": language, "x": HOSTILE}, "1.2.3"),
        ]
    )


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += attrs


def test_untrusted_text_is_escaped(hostile):
    facts, text = hostile
    html = _all_sections(facts, text)
    assert "<script" not in html.lower()
    assert "<iframe" not in html and "<img" not in html and "<b " not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    parsed = _Collector()
    parsed.feed(html)
    assert "script" not in parsed.tags
    assert not [name for name, _ in parsed.attributes if name.startswith("on")]
    hrefs = [value for name, value in parsed.attributes if name in ("href", "src")]
    assert hrefs and all(value.startswith("#s-") for value in hrefs)


def test_section_ids_and_headings(seed_facts, seed_text):
    html = _all_sections(seed_facts, seed_text)
    ids = re.findall(r'<h2 id="([^"]+)"', html)
    assert ids == list(sections.SECTION_IDS)


def test_every_ref_has_an_anchor(seed_facts, seed_text):
    html = _all_sections(seed_facts, seed_text)
    anchors = set(re.findall(r'id="(s-\d+)"', html))
    assert anchors == {f"s-{i}" for i in range(1, 9)}
    links = set(re.findall(r'href="#(s-\d+)"', html))
    assert links and links <= anchors
    assert '<span class="bayan-sentence-ref" dir="ltr">S3 · ¶3</span>' in html


def test_arabic_blocks_are_rtl(seed_facts, seed_text):
    html = sections.statements_html(seed_facts, "bilingual")
    assert '<blockquote class="bayan-ar bayan-quote" dir="rtl" lang="ar">' in html
    assert '<span class="bayan-verb">أكد</span> أهمية تعزيز التعاون الثنائى' in html
    assert 'class="bayan-en bayan-gist" dir="ltr" lang="en"' in html
    arabic = sections.key_facts_html(seed_facts, "ar")
    assert arabic.startswith('<section class="bayan-section bayan-section-key-facts" dir="rtl"')
    assert "Bahrain" not in arabic and "البحرين" in arabic


def test_statements_nest_continuations(seed_facts):
    html = sections.statements_html(seed_facts, "en")
    assert html.count('class="bayan-statement"') == 5  # heads
    assert html.count('class="bayan-statement bayan-continuation"') == 8
    head = html.index('id="statement-s1"')
    assert head < html.index('id="statement-s2"') < html.index('id="statement-s3"')
    arabic_only = sections.statements_html(seed_facts, "ar")
    assert "bayan-gist" not in arabic_only


def test_agreements_table(seed_facts):
    html = sections.agreements_html(seed_facts, "en")
    assert html.count('<tr id="agreement-') == 3
    for written in ("مكافحة تمويل الإرهاب", "الأمن السيبرانى", "أنظمة الطائرات المسيرة"):
        assert written in html
    for english in ("Terrorism financing", "Cybersecurity", "Unmanned aircraft"):
        assert english in html
    none = sections.agreements_html(seed_facts.model_copy(update={"agreements": []}), "en")
    assert "bayan-empty" in none and "<table" not in none


def test_key_facts_state_provenance(seed_facts):
    html = sections.key_facts_html(seed_facts, "en")
    assert "bayan-provenance-curated" in html and "Curated by hand" in html
    assert "3 signed instrument(s)" in html
    extracted = seed_facts.model_copy(
        update={
            "provenance": seed_facts.provenance.model_copy(
                update={"method": "extracted", "by": "bayan-extract 0.1"}
            )
        }
    )
    assert "Extracted automatically" in sections.key_facts_html(extracted, "en")


def test_source_chain_snapshot(seed_facts):
    assert sections.source_chain_html(seed_facts, "en") == EXPECTED_CHAIN


def test_sources_mark_the_disclaimer(seed_facts, seed_text):
    html = sections.sources_html(seed_facts, seed_text, "en")
    assert html.count('class="bayan-sentence"') == 7
    assert html.count('class="bayan-sentence bayan-sentence-disclaimer"') == 1


def test_text_of_another_article_is_rejected(seed_facts, seed_text):
    with pytest.raises(ValueError, match="not the text the facts were made for"):
        sections.sources_html(seed_facts, seed_text + " ", "en")
    metadata = sections.metadata_html(seed_facts, seed_text + " ", {}, "1.0")
    assert "DOES NOT MATCH" in metadata


def test_metadata(seed_facts, seed_text):
    html = sections.metadata_html(
        seed_facts, seed_text, {"article_id": "seed", "language": "ar"}, "9.9.9"
    )
    assert seed_facts.article.sha256 in html and "matches the facts" in html
    assert "9.9.9" in html and "&quot;ar&quot;" in html
    assert html == sections.metadata_html(
        seed_facts, seed_text, {"article_id": "seed", "language": "ar"}, "9.9.9"
    )


def test_unknown_language(seed_facts):
    with pytest.raises(ValueError, match="unknown language"):
        sections.key_facts_html(seed_facts, "fr")


def test_figure_html_is_inline_deterministic_svg(seed_facts):
    def build() -> str:
        fig = charts.plot_topic_salience(metrics.topic_salience(seed_facts), "bilingual")
        return sections.figure_html(fig, 'Topic salience <"quoted">')

    first = build()
    assert first == build()
    assert first.startswith('<figure class="bayan-figure">\n<svg role="img"')
    assert 'aria-label="Topic salience &lt;&quot;quoted&quot;&gt;"' in first
    assert "<title>Topic salience &lt;&quot;quoted&quot;&gt;</title>" in first
    assert "<text" not in first and "http://" not in first.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    ).replace('xmlns:xlink="http://www.w3.org/1999/xlink"', "")


def test_topics_section_holds_four_figures(seed_facts):
    html = sections.topics_html(seed_facts, "bilingual")
    assert html.count('<figure class="bayan-figure">') == 4
    ids = re.findall(r'<g id="([^"]+)"', html)
    assert len(ids) == len(set(ids))  # prefixed per figure, no clashes
