"""HTML fragments of the briefing: key facts, agreements, topics, statements, sources.

Each ``*_html`` function returns one self-contained fragment that the briefing notebook
displays and the renderer converts to HTML and PDF. Article text is untrusted: every piece
of it (and every fact drawn from it) goes through :func:`html.escape`; no fragment holds a
script, an event handler, a style attribute taken from input, or an external URL. The only
links are internal: a fact's evidence links to its sentence in the sources section
(``<a class="bayan-ref" href="#s-4">S4</a>``), and every sentence there carries that anchor
and a visible label (``S4 · ¶4``) which is the reference in print. Numbering for readers
starts at 1: ``S4`` is ``facts.sentences[3]``.

Sections start with ``<h2 id="...">``, ids fixed so the renderer can build a table of
contents: ``key-facts``, ``agreements``, ``topics``, ``statements``, ``source-chain``,
``sources``, ``metadata`` (see :data:`SECTION_IDS`). Arabic blocks carry ``dir="rtl"
lang="ar"``, English blocks ``dir="ltr" lang="en"``. ``language`` is ``"en"``, ``"ar"`` or
``"bilingual"``: it picks the labels and whether English glosses are shown; Arabic quotes
and names as written are always shown, since they are the evidence.

CSS class names (styled by :func:`css`, or by the renderer's template):

- ``bayan-title`` (the ``<header>``), ``bayan-lead`` (headline or lead sentence),
  ``bayan-byline`` (article id, date, provenance);
- ``bayan-section`` on every ``<section>``, plus ``bayan-section-<id>``;
- ``bayan-en`` / ``bayan-ar`` on language blocks and spans, ``bayan-sep`` between them;
- ``bayan-keyfacts`` (the key-facts ``<dl>``);
- ``bayan-provenance`` with ``bayan-provenance-curated`` or ``bayan-provenance-extracted``;
- ``bayan-table`` on every table, plus ``bayan-agreements``, ``bayan-topics``,
  ``bayan-metadata``; ``bayan-num`` on numeric cells;
- ``bayan-ref`` (a link to a sentence), ``bayan-tag`` (a topic label);
- ``bayan-speaker`` (one speaker's statements), ``bayan-statements``, ``bayan-statement``,
  ``bayan-continuation`` (a participial continuation, nested under its head),
  ``bayan-continuations``, ``bayan-quote``, ``bayan-verb``, ``bayan-gist``,
  ``bayan-missing`` (an absent English gist);
- ``bayan-chain`` (the relay chain list), ``bayan-chain-role``, ``bayan-disclaimer`` (the
  republisher's note, kept apart and labelled as not news content);
- ``bayan-sources``, ``bayan-sentence``, ``bayan-sentence-ref``, ``bayan-sentence-text``,
  ``bayan-sentence-disclaimer``;
- ``bayan-figure`` (a ``<figure>`` holding an inline SVG chart), ``bayan-empty`` (a
  "nothing reported" note), ``bayan-warning``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from matplotlib.figure import Figure

from analysis import charts, metrics, paths
from analysis.schema import Evidence, Facts, Statement
from analysis.tables import format_ref, index_names
from analysis.vocab import load_topics

__all__ = [
    "LANGUAGES",
    "SECTION_IDS",
    "agreements_html",
    "css",
    "figure_html",
    "key_facts_html",
    "metadata_html",
    "source_chain_html",
    "sources_html",
    "statements_html",
    "title_html",
    "topics_html",
]

LANGUAGES = ("en", "ar", "bilingual")
SECTION_IDS = (
    "key-facts",
    "agreements",
    "topics",
    "statements",
    "source-chain",
    "sources",
    "metadata",
)

_LABELS: dict[str, tuple[str, str]] = {
    "key-facts": ("Key facts", "الوقائع الرئيسية"),
    "agreements": ("Agreements", "الاتفاقات ومذكرات التفاهم"),
    "topics": ("Topics", "الموضوعات"),
    "statements": ("Statements", "التصريحات"),
    "source-chain": ("Source chain", "سلسلة المصدر"),
    "sources": ("Article text", "نص الخبر"),
    "metadata": ("Metadata", "البيانات الوصفية"),
    "briefing": ("Briefing", "إحاطة"),
    "met": ("Who met whom", "من التقى بمن"),
    "countries": ("Countries", "الدول"),
    "signed": ("Signed", "ما وُقّع"),
    "main_topics": ("Main topics", "أبرز الموضوعات"),
    "statements_count": ("Statements", "التصريحات"),
    "source": ("Source", "المصدر"),
    "facts": ("Facts", "الوقائع"),
    "curated": ("Curated by hand", "منقحة يدويًا"),
    "extracted": (
        "Extracted automatically: check against the source",
        "مستخرجة آليًا: تحقق منها في المصدر",
    ),
    "instrument": ("Instrument", "الوثيقة"),
    "area": ("Area", "المجال"),
    "parties": ("Parties", "الأطراف"),
    "status": ("Status", "الحالة"),
    "signatories": ("Signatories", "الموقعون"),
    "evidence": ("Source", "المصدر"),
    "signed_status": ("Signed", "موقعة"),
    "planned_status": ("Planned", "مزمعة"),
    "earlier_status": ("Signed earlier", "موقعة سابقًا"),
    "no_agreements": ("The article reports no agreements.", "لا يذكر الخبر أي اتفاقات."),
    "no_statements": (
        "The article reports no attributed statements.",
        "لا يذكر الخبر تصريحات منسوبة.",
    ),
    "no_topics": ("No topics of the vocabulary were found.", "لم يعثر على موضوعات."),
    "no_source": (
        "The article names no wire, outlet or republisher.",
        "لا يذكر الخبر وكالة أو ناشرًا.",
    ),
    "topic": ("Topic", "الموضوع"),
    "salience": ("Salience", "البروز"),
    "mentions": ("Mentions", "الإشارات"),
    "where": ("Where", "الموضع"),
    "no_gist": ("No English gist (extracted facts).", ""),
    "wire": ("Wire agency", "وكالة الأنباء"),
    "outlet": ("Outlet", "الناشر"),
    "republisher": ("Republisher", "معيد النشر"),
    "disclaimer": ("Republisher's note: not news content", "ملاحظة الناشر: ليست من مضمون الخبر"),
    "sentence_disclaimer": ("not news content", "ليست من مضمون الخبر"),
    "unknown_speaker": ("Unresolved speaker", "متحدث غير محدد"),
    "role_participant": ("participant", "طرف مشارك"),
    "role_mentioned": ("mentioned", "مذكورة"),
    "role_venue": ("venue", "مكان الانعقاد"),
}

_STATUS_KEYS = {"signed": "signed_status", "planned": "planned_status", "earlier": "earlier_status"}
_INSTRUMENTS_EN = {
    "MOU": ("MOU", "MOUs"),
    "agreement": ("agreement", "agreements"),
    "protocol": ("protocol", "protocols"),
    "contract": ("contract", "contracts"),
    "executive_programme": ("executive programme", "executive programmes"),
}


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _en(content: str, tag: str = "span", cls: str = "") -> str:
    """Wrap already escaped HTML in an English block."""
    classes = f"bayan-en {cls}".strip()
    return f'<{tag} class="{classes}" dir="ltr" lang="en">{content}</{tag}>'


def _ar(content: str, tag: str = "span", cls: str = "") -> str:
    """Wrap already escaped HTML in an Arabic block."""
    classes = f"bayan-ar {cls}".strip()
    return f'<{tag} class="{classes}" dir="rtl" lang="ar">{content}</{tag}>'


def _both(english: str | None, arabic: str | None, language: str, tag: str = "span") -> str:
    """Show escaped English and/or Arabic HTML as ``language`` asks, falling back to the other."""
    english = english or None
    arabic = arabic or None
    if language == "en" or (language == "bilingual" and arabic is None):
        return _en(english, tag) if english is not None else _ar(arabic or "", tag)
    if language == "ar" or english is None:
        return _ar(arabic, tag) if arabic is not None else _en(english or "", tag)
    separator = ' <span class="bayan-sep">·</span> ' if tag == "span" else ""
    return f"{_en(english, tag)}{separator}{_ar(arabic, tag)}"


def _label(key: str, language: str, tag: str = "span") -> str:
    english, arabic = _LABELS[key]
    return _both(_e(english), _e(arabic) if arabic else None, language, tag)


def _direction(language: str) -> str:
    return 'dir="rtl" lang="ar"' if language == "ar" else 'dir="ltr" lang="en"'


def _section(section_id: str, language: str, body: str) -> str:
    return (
        f'<section class="bayan-section bayan-section-{section_id}" {_direction(language)}>\n'
        f'<h2 id="{section_id}">{_label(section_id, language)}</h2>\n{body}\n</section>\n'
    )


def _ref(sentence: int) -> str:
    return f'<a class="bayan-ref" href="#s-{sentence + 1}">S{sentence + 1}</a>'


def _refs(evidence: Iterable[Evidence]) -> str:
    sentences = sorted({e.sentence for e in evidence})
    return " ".join(_ref(s) for s in sentences)


def _empty(key: str, language: str) -> str:
    return f'<p class="bayan-empty">{_label(key, language)}</p>'


def _check_text(facts: Facts, article_text: str) -> None:
    digest = hashlib.sha256(article_text.encode("utf-8")).hexdigest()
    if digest != facts.article.sha256:
        raise ValueError(
            f"the article text (SHA-256 {digest[:12]}…) is not the text the facts were made "
            f"for ({facts.article.sha256[:12]}…)"
        )


def _name(names: Mapping[str, tuple[str | None, str]], ref: str, language: str) -> str:
    english, arabic = names.get(ref, (ref, ref))
    return _both(_e(english) if english else None, _e(arabic), language)


def _names(names: Mapping[str, tuple[str | None, str]], refs: list[str], language: str) -> str:
    return "<br>".join(_name(names, ref, language) for ref in refs)


def _provenance(facts: Facts, language: str) -> str:
    method = facts.provenance.method
    return (
        f'<span class="bayan-provenance bayan-provenance-{method}">'
        f"{_label(method, language)}</span> "
        f'<span class="bayan-en" dir="ltr" lang="en">{_e(facts.provenance.by)}</span>'
    )


def title_html(facts: Facts, article_text: str, language: str = "bilingual") -> str:
    """Build the briefing's title block: countries, headline or lead, provenance.

    Args:
        facts: validated facts of the article.
        article_text: the article text the facts were made from.
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        A ``<header class="bayan-title">`` fragment with an ``<h1>``.

    Raises:
        ValueError: unknown language, or a text that is not the facts' article.
    """
    _check_language(language)
    _check_text(facts, article_text)
    participants = [c for c in facts.countries if c.role == "participant"] or facts.countries
    english = " – ".join(c.name_en for c in participants)
    arabic = " – ".join(c.name_ar for c in participants)
    word_en, word_ar = _LABELS["briefing"]
    heading = _both(
        _e(f"{word_en}: {english}" if english else word_en),
        _e(f"{word_ar}: {arabic}" if arabic else word_ar),
        language,
        tag="div",  # one line per language, so a long title wraps in its own direction
    )
    if facts.article.title:
        lead = facts.article.title
    elif facts.sentences:
        first = facts.sentences[0]
        lead = article_text[first.start : first.end]
    else:
        lead = ""
    byline = [_en(f"Article <code>{_e(facts.article.id)}</code>")]
    if facts.article.date:
        byline.append(_en(_e(facts.article.date)))
    byline.append(_provenance(facts, language))
    lead_html = _ar(_e(lead), "p", "bayan-lead") if lead else ""
    return (
        f'<header class="bayan-title" {_direction(language)}>\n<h1>{heading}</h1>\n'
        f'{lead_html}\n<p class="bayan-byline">{" · ".join(byline)}</p>\n</header>\n'
    )


def _person(facts: Facts, person_id: str, language: str) -> str:
    people = {p.id: p for p in facts.people}
    countries = {c.iso3: c for c in facts.countries}
    person = people[person_id]
    country = countries.get(person.country or "")
    details_en = ", ".join(v for v in (person.title_en, country.name_en if country else None) if v)
    english = (
        _e(person.name_en) + (f" ({_e(details_en)})" if details_en else "")
        if (person.name_en)
        else None
    )
    arabic = _e(person.name_ar) + (f" ({_e(person.title_ar)})" if person.title_ar else "")
    return _both(english, arabic, language)


def key_facts_html(facts: Facts, language: str = "bilingual") -> str:
    """Build the key-facts box: who met whom, countries, what was signed, topics, source.

    Args:
        facts: validated facts.
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        A ``<section>`` with ``<h2 id="key-facts">`` and a ``<dl class="bayan-keyfacts">``;
        each value links to the sentences it rests on, and the facts' provenance (curated
        or extracted) is stated.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    rows: list[tuple[str, str]] = []
    people = {p.id for p in facts.people}
    meetings = [e for e in facts.events if e.type in ("meeting", "visit", "call")]
    met = list(dict.fromkeys(p for e in meetings for p in e.participants if p in people))
    if met:
        items = "".join(f"<li>{_person(facts, p, language)}</li>" for p in met)
        evidence = [ev for e in meetings for ev in e.evidence]
        rows.append(("met", f"<ul>{items}</ul>{_refs(evidence)}"))
    if facts.countries:
        items = "".join(
            f"<li>{_both(_e(c.name_en), _e(c.name_ar), language)} "
            f'<span class="bayan-tag">{_label(f"role_{c.role}", language)}</span> '
            f"{_refs(c.evidence)}</li>"
            for c in facts.countries
        )
        rows.append(("countries", f"<ul>{items}</ul>"))
    signed = [a for a in facts.agreements if a.status == "signed"]
    if signed:
        topics = load_topics()
        items = []
        for a in signed:
            count = "" if a.count == 1 else (f"{a.count} × " if a.count else "several × ")
            area_en = ", ".join(topics[label].name_en for label in a.areas)
            english = _e(f"{count}{_INSTRUMENTS_EN[a.instrument][0]}: {area_en}".rstrip(": "))
            arabic = _e(a.instrument_ar + (f": {a.area_ar}" if a.area_ar else ""))
            items.append(f"<li>{_both(english, arabic, language)} {_refs(a.evidence)}</li>")
        counts = metrics.summary_counts(facts)
        at_least_en, at_least_ar = (
            ("", "") if counts.signed_count_stated else ("at least ", "لا يقل عن ")
        )
        total = _both(
            _e(f"{at_least_en}{counts.signed_instruments} signed instrument(s)"),
            _e(f"عدد الوثائق الموقعة: {at_least_ar}{counts.signed_instruments}"),
            language,
        )
        rows.append(("signed", f"<p>{total}</p><ul>{''.join(items)}</ul>"))
    ranked = metrics.topic_salience(facts).head(3)
    if not ranked.empty:
        items = "".join(
            f"<li>{_both(_e(en), _e(ar), language)} "
            f'<span class="bayan-num">{salience:.0%}</span></li>'
            for en, ar, salience in zip(
                ranked["name_en"], ranked["name_ar"], ranked["salience"], strict=True
            )
        )
        rows.append(("main_topics", f"<ul>{items}</ul>"))
    if facts.statements:
        counts = metrics.summary_counts(facts)
        arabic_names = {metrics.name_speaker(s): s.speaker_name_ar for s in facts.statements}
        speakers = [
            _both(_e(key) if key != arabic_names[key] else None, _e(arabic_names[key]), language)
            for key in counts.statements_per_speaker
        ]
        items = "".join(
            f'<li>{name} <span class="bayan-num">{n}</span></li>'
            for name, n in zip(speakers, counts.statements_per_speaker.values(), strict=True)
        )
        rows.append(("statements_count", f"<ul>{items}</ul>"))
    chain = [
        link
        for link in (facts.source.wire, facts.source.outlet, facts.source.republisher)
        if link is not None
    ]
    if chain:
        # Arrows point along the reading direction: → in English, ← in Arabic.
        english = " → ".join(_e(s.name_en + (f" ({s.code})" if s.code else "")) for s in chain)
        arabic = " ← ".join(_e(s.name_ar or s.name_en) for s in chain)
        rows.append(("source", _both(english, arabic, language)))
    rows.append(("facts", _provenance(facts, language)))
    body = "".join(f"<dt>{_label(key, language)}</dt>\n<dd>{value}</dd>\n" for key, value in rows)
    warnings = "".join(f'<p class="bayan-warning">{_en(_e(w))}</p>' for w in facts.warnings)
    return _section("key-facts", language, f'<dl class="bayan-keyfacts">\n{body}</dl>{warnings}')


def agreements_html(facts: Facts, language: str = "bilingual") -> str:
    """Build the instruments table: one row per instrument.

    Columns: instrument (English type and Arabic as written, with a count when one row
    stands for several), area (vocabulary name in English, the area as the article
    writes it in Arabic), parties, status, signatories, and links to the source sentences.

    Args:
        facts: validated facts.
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        A ``<section>`` with ``<h2 id="agreements">`` and a ``<table class="bayan-table
        bayan-agreements">``, or a note that the article reports none.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    if not facts.agreements:
        return _section("agreements", language, _empty("no_agreements", language))
    names = index_names(facts)
    topics = load_topics()
    header_keys = ("instrument", "area", "parties", "status", "signatories", "evidence")
    header = "".join(f"<th>{_label(k, language)}</th>" for k in header_keys)
    rows = []
    for number, a in enumerate(facts.agreements, start=1):
        singular, plural = _INSTRUMENTS_EN[a.instrument]
        if a.count == 1:
            english = _e(singular)
        else:
            english = _e(f"{a.count} {plural}" if a.count else f"an unstated number of {plural}")
        arabic = _e(a.instrument_ar)
        area_en = _e(", ".join(topics[label].name_en for label in a.areas)) or None
        area_ar = (
            _e(a.area_ar)
            if a.area_ar
            else (_e("، ".join(topics[label].name_ar for label in a.areas)) or None)
        )
        # The instrument and area as written are evidence: shown in Arabic even in English.
        as_written = "bilingual" if language == "en" else language
        cells = [
            _both(english, arabic, as_written, "div"),
            _both(area_en, area_ar, as_written, "div") if (area_en or area_ar) else "",
            _names(names, a.parties, language),
            _label(_STATUS_KEYS[a.status], language),
            _names(names, a.signatories, language),
            _refs(a.evidence),
        ]
        row_cells = "".join(f"<td>{cell}</td>" for cell in cells)
        rows.append(
            f'<tr id="agreement-{_e(a.id)}"><td class="bayan-num">{number}</td>{row_cells}</tr>'
        )
    table = (
        f'<table class="bayan-table bayan-agreements">\n<thead><tr><th>#</th>{header}</tr>'
        f"</thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
    )
    return _section("agreements", language, table)


def _describe_salience(facts: Facts, language: str) -> str:
    ranked = metrics.topic_salience(facts)
    column = "name_ar" if language == "ar" else "name_en"
    parts = [
        f"{name} {share:.0%}"
        for name, share in zip(ranked[column], ranked["salience"], strict=True)
    ]
    lead = "بروز الموضوعات" if language == "ar" else "Topic salience"
    return f"{lead}: " + ", ".join(parts)


def topics_html(facts: Facts, language: str = "bilingual", *, figures: bool = True) -> str:
    """Build the topics section: a topic table and the four topic charts.

    Args:
        facts: validated facts.
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.
        figures: include the charts (salience, cooperation areas, positions in the
            article, topics by speaker) as inline SVG.

    Returns:
        A ``<section>`` with ``<h2 id="topics">``.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    if not facts.topics and not facts.agreements:
        return _section("topics", language, _empty("no_topics", language))
    ranked = metrics.topic_salience(facts)
    evidence = {t.label: t.evidence for t in facts.topics}
    header = "".join(
        f"<th>{_label(k, language)}</th>" for k in ("topic", "salience", "mentions", "where")
    )
    rows = "".join(
        f"<tr><td>{_both(_e(row.name_en), _e(row.name_ar), language)}</td>"
        f'<td class="bayan-num">{row.salience:.0%}</td>'
        f'<td class="bayan-num">{int(row.mentions)}</td>'
        f"<td>{_refs(evidence[row.label])}</td></tr>\n"
        for row in ranked.itertuples()
    )
    body = (
        f'<table class="bayan-table bayan-topics">\n<thead><tr>{header}</tr></thead>\n'
        f"<tbody>\n{rows}</tbody>\n</table>"
    )
    if figures:
        chart_language = language
        plots = [
            (
                charts.plot_topic_salience(ranked, chart_language),
                _describe_salience(facts, language),
            ),
            (
                charts.plot_cooperation_areas(metrics.cooperation_matrix(facts), chart_language),
                "Cooperation areas: mentions in the article and signed instruments",
            ),
            (
                charts.plot_topic_positions(metrics.topic_positions(facts), chart_language),
                "Where each topic appears, by paragraph",
            ),
        ]
        if facts.statements:
            plots.append(
                (
                    charts.plot_speaker_topics(metrics.speaker_topic_matrix(facts), chart_language),
                    "Statements touching each topic, by speaker",
                )
            )
        body += "\n" + "\n".join(figure_html(fig, alt) for fig, alt in plots)
    return _section("topics", language, body)


def _statement_item(
    statement: Statement, children: Mapping[str, list[Statement]], language: str
) -> str:
    classes = "bayan-statement" + (" bayan-continuation" if statement.continues else "")
    quote = _ar(
        f'<span class="bayan-verb">{_e(statement.verb_ar)}</span> {_e(statement.text_ar)}',
        "blockquote",
        "bayan-quote",
    )
    parts = [quote]
    if language != "ar":
        if statement.gist_en:
            parts.append(_en(_e(statement.gist_en), "p", "bayan-gist"))
        else:
            parts.append(_en(_e(_LABELS["no_gist"][0]), "p", "bayan-gist bayan-missing"))
    vocabulary = load_topics()
    tags = " ".join(
        f'<span class="bayan-tag">'
        f"{_both(_e(vocabulary[t].name_en), _e(vocabulary[t].name_ar), language)}</span>"
        for t in statement.topics
    )
    parts.append(f"<p>{_refs(statement.evidence)} {tags}</p>".replace(" </p>", "</p>"))
    nested = children.get(statement.id, [])
    if nested:
        inner = "".join(_statement_item(child, children, language) for child in nested)
        parts.append(f'<ol class="bayan-continuations">{inner}</ol>')
    return f'<li class="{classes}" id="statement-{_e(statement.id)}">{"".join(parts)}</li>\n'


def statements_html(facts: Facts, language: str = "bilingual") -> str:
    """Build the statements section: per speaker, head statements with continuations.

    Each statement shows the reporting verb as written and the Arabic quote; with
    ``language`` ``"en"`` or ``"bilingual"`` the English gist follows (or a note that
    there is none). Participial continuations (معربا، مشيرا …) are nested under the
    statement they continue.

    Args:
        facts: validated facts.
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        A ``<section>`` with ``<h2 id="statements">``.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    if not facts.statements:
        return _section("statements", language, _empty("no_statements", language))
    by_id = {s.id: s for s in facts.statements}
    children: dict[str, list[Statement]] = {}
    heads: dict[str, list[Statement]] = {}
    for s in facts.statements:
        key = metrics.name_speaker(s)
        parent = by_id.get(s.continues or "")
        if parent is not None and metrics.name_speaker(parent) == key:
            children.setdefault(parent.id, []).append(s)
        else:
            heads.setdefault(key, []).append(s)
    counts = metrics.summary_counts(facts).statements_per_speaker
    blocks = []
    for key, statements in heads.items():
        first = statements[0]
        english = _e(first.speaker_name_en) if first.speaker_name_en else None
        if first.speaker is None:
            english = _e(_LABELS["unknown_speaker"][0]) + (f": {english}" if english else "")
        name = _both(english, _e(first.speaker_name_ar), language)
        items = "".join(_statement_item(s, children, language) for s in statements)
        blocks.append(
            f'<div class="bayan-speaker">\n<h3>{name} <span class="bayan-num">'
            f'({counts[key]})</span></h3>\n<ol class="bayan-statements">\n{items}</ol>\n</div>'
        )
    return _section("statements", language, "\n".join(blocks))


def source_chain_html(facts: Facts, language: str = "bilingual") -> str:
    """Build the relay chain (wire → outlet → republisher) and the disclaimer, apart.

    Args:
        facts: validated facts.
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.

    Returns:
        A ``<section>`` with ``<h2 id="source-chain">``, an ``<ol class="bayan-chain">``
        and, when the article carries one, an ``<aside class="bayan-disclaimer">`` that
        labels the republisher's note as not news content.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    items = []
    for role in ("wire", "outlet", "republisher"):
        link = getattr(facts.source, role)
        if link is None:
            continue
        code = f' <code dir="ltr">{_e(link.code)}</code>' if link.code else ""
        name = _both(_e(link.name_en), _e(link.name_ar) if link.name_ar else None, language)
        items.append(
            f'\n<li><span class="bayan-chain-role">{_label(role, language)}</span>: '
            f"{name}{code} {_refs(link.evidence)}</li>"
        )
    body = (
        f'<ol class="bayan-chain">{"".join(items)}\n</ol>'
        if items
        else _empty("no_source", language)
    )
    disclaimer = facts.source.disclaimer
    if disclaimer is not None:
        body += (
            f'\n<aside class="bayan-disclaimer" role="note">\n'
            f"<p><strong>{_label('disclaimer', language)}</strong> {_ref(disclaimer.sentence)}"
            f"</p>\n{_ar(_e(disclaimer.text), 'blockquote')}\n</aside>"
        )
    return _section("source-chain", language, body)


def sources_html(facts: Facts, article_text: str, language: str = "bilingual") -> str:
    """List every sentence of the article with its anchor and visible reference.

    Each sentence is a ``<p id="s-N" class="bayan-sentence">`` opening with its label
    ``SN · ¶P`` (1-based); sentences of the republisher's note are marked as not news
    content.

    Args:
        facts: validated facts.
        article_text: the article text the facts were made from.
        language: ``"en"``, ``"ar"`` or ``"bilingual"`` (labels only).

    Returns:
        A ``<section>`` with ``<h2 id="sources">``.

    Raises:
        ValueError: unknown language, or a text that is not the facts' article.
    """
    _check_language(language)
    _check_text(facts, article_text)
    disclaimer = facts.source.disclaimer
    lines = []
    for s in facts.sentences:
        note = disclaimer is not None and s.start < disclaimer.end and disclaimer.start < s.end
        classes = "bayan-sentence" + (" bayan-sentence-disclaimer" if note else "")
        flag = f" ({_label('sentence_disclaimer', language)})" if note else ""
        lines.append(
            f'<p id="s-{s.index + 1}" class="{classes}">'
            f'<span class="bayan-sentence-ref" dir="ltr">{_e(format_ref(s.index, s.paragraph))}'
            f"</span>{flag} "
            f"{_ar(_e(article_text[s.start : s.end]), 'span', 'bayan-sentence-text')}</p>"
        )
    body = '<div class="bayan-sources">\n' + "\n".join(lines) + "\n</div>"
    return _section("sources", language, body)


def metadata_html(
    facts: Facts,
    article_text: str,
    parameters: Mapping[str, Any],
    version: str,
    language: str = "bilingual",
) -> str:
    """Build the metadata table: version, parameters, input hash, facts provenance.

    Nothing time-dependent is included, so the same input renders the same bytes.

    Args:
        facts: validated facts.
        article_text: the article text the briefing was made from.
        parameters: the notebook parameters (shown as JSON values).
        version: the package version.
        language: ``"en"``, ``"ar"`` or ``"bilingual"`` (heading only).

    Returns:
        A ``<section>`` with ``<h2 id="metadata">`` and a ``<table class="bayan-table
        bayan-metadata">``. A text whose hash differs from the facts' is flagged, not
        rejected, so the mismatch is visible.

    Raises:
        ValueError: unknown language.
    """
    _check_language(language)
    digest = hashlib.sha256(article_text.encode("utf-8")).hexdigest()
    match = (
        "matches the facts"
        if digest == facts.article.sha256
        else f"DOES NOT MATCH the facts ({facts.article.sha256})"
    )
    provenance = facts.provenance
    rows = [
        ("Bayan version", f"<code>{_e(version)}</code>"),
        ("Article id", f"<code>{_e(facts.article.id)}</code>"),
        ("Input SHA-256", f"<code>{digest}</code> ({_e(match)})"),
        ("Input length", f"{len(article_text)} characters, {len(facts.sentences)} sentences"),
        ("Facts", f"{_e(provenance.method)}, by {_e(provenance.by)}"),
        ("Facts schema", _e(facts.schema_version)),
    ]
    if provenance.note:
        rows.append(("Facts note", _e(provenance.note)))
    for name, value in parameters.items():
        shown = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        rows.append((f"Parameter {name}", f"<code>{_e(shown)}</code>"))
    for warning in facts.warnings:
        rows.append(("Warning", _e(warning)))
    body = "".join(
        f'<tr><th scope="row">{_e(key)}</th><td>{value}</td></tr>\n' for key, value in rows
    )
    table = (
        f'<table class="bayan-table bayan-metadata" dir="ltr" lang="en">\n<tbody>\n{body}'
        "</tbody>\n</table>"
    )
    return _section("metadata", language, table)


def figure_html(fig: Figure, alt: str) -> str:
    """Embed a figure inline as SVG, text drawn as paths, with no external reference.

    Internal SVG ids are prefixed with a hash of the drawing, so several figures can share
    a page; the same figure gives the same bytes.

    Args:
        fig: a figure from :mod:`analysis.charts`.
        alt: a text alternative (escaped), read by screen readers and shown on hover.

    Returns:
        A ``<figure class="bayan-figure">`` holding the ``<svg>``.
    """
    plain = charts.export_svg(fig)
    prefix = "f" + hashlib.sha256(plain.encode("utf-8")).hexdigest()[:10] + "-"
    svg = charts.prefix_svg_ids(plain, prefix)
    label = _e(alt)
    svg = svg.replace(
        "<svg ",
        f'<svg role="img" aria-label="{label}" style="max-width:100%;height:auto" ',
        1,
    )
    svg = svg.replace(">", f"><title>{label}</title>", 1)
    return f'<figure class="bayan-figure">\n{svg.strip()}\n</figure>\n'


def css() -> str:
    """Return the CSS for the class names above (fonts, direction, tables, notes).

    The rules live in the briefing template's ``static/bayan.css``, which the HTML export
    includes; this returns the same file for use outside the renderer.
    """
    return (paths.TEMPLATES_DIR / "briefing" / "static" / "bayan.css").read_text(encoding="utf-8")
