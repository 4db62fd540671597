"""Tidy pandas tables of one article's facts, for analysts, metrics, charts and sections.

Every function takes a validated :class:`~analysis.schema.Facts` (and, where it quotes the
article, its text), does no I/O and returns a new :class:`pandas.DataFrame` with one row per
fact and a fixed, documented column order (the ``*_COLUMNS`` tuples below). Labels drawn
from a closed set (roles, kinds, statuses, topic labels) are categoricals whose categories
are the full set, in schema or vocabulary order, so value counts and groupbys show empty
categories too. Offsets and positions are nullable ``Int64``; text columns use pandas'
string dtype. Fields that hold a list in the facts (areas, parties, topics …) are joined with
``"; "`` so every cell is a scalar; metrics work on the facts themselves, not on those
strings. Positions (``paragraph``, ``sentence``, ``start``, ``end``) keep the schema's
0-based numbering; ``ref`` columns give the 1-based label shown to readers (``S4 · ¶4``).
"""

from __future__ import annotations

from typing import Any, get_args

import pandas as pd

from analysis.schema import (
    FACT_LISTS,
    Agreement,
    Country,
    Event,
    Evidence,
    Facts,
    Organization,
    Person,
    Statement,
)
from analysis.vocab import EVENT_CODES, load_topics, topic_labels

__all__ = [
    "AGREEMENT_COLUMNS",
    "COUNTRY_COLUMNS",
    "EVENT_COLUMNS",
    "EVIDENCE_COLUMNS",
    "ORGANIZATION_COLUMNS",
    "PERSON_COLUMNS",
    "SENTENCE_COLUMNS",
    "STATEMENT_COLUMNS",
    "TOPIC_COLUMNS",
    "agreements_table",
    "countries_table",
    "evidence_table",
    "events_table",
    "format_ref",
    "index_names",
    "organizations_table",
    "people_table",
    "sentences_table",
    "statements_table",
    "topics_table",
]

SEPARATOR = "; "

_STR = "string"
_INT = "Int64"


def _choices(model: type, field: str) -> list[str]:
    return list(get_args(model.model_fields[field].annotation))


def _category(values: list[str]) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(categories=list(values), ordered=False)


def _topic_dtype() -> pd.CategoricalDtype:
    return _category(list(topic_labels()))


def _group_dtype() -> pd.CategoricalDtype:
    return _category(list(dict.fromkeys(t.group for t in load_topics().values())))


_EVIDENCE_KINDS = [*FACT_LISTS, "source"]

COUNTRY_COLUMNS = (
    "iso3",
    "name_en",
    "name_ar",
    "role",
    "mentions",
    "paragraph",
    "sentence",
    "ref",
)
PERSON_COLUMNS = (
    "id",
    "name_ar",
    "name_en",
    "title_ar",
    "title_en",
    "honorific_ar",
    "country",
    "role",
    "aliases_ar",
    "mentions",
    "paragraph",
    "sentence",
    "ref",
)
ORGANIZATION_COLUMNS = (
    "id",
    "name_ar",
    "name_en",
    "kind",
    "country",
    "mentions",
    "paragraph",
    "sentence",
    "ref",
)
EVENT_COLUMNS = (
    "id",
    "type",
    "cameo",
    "cameo_name",
    "plover",
    "plover_mode",
    "participants",
    "participant_names_en",
    "participant_names_ar",
    "paragraph",
    "sentence",
    "ref",
    "evidence_text",
)
AGREEMENT_COLUMNS = (
    "id",
    "instrument",
    "instrument_ar",
    "count",
    "status",
    "areas",
    "area_names_en",
    "area_names_ar",
    "area_ar",
    "parties",
    "party_names_en",
    "party_names_ar",
    "signatories",
    "signatory_names_en",
    "signatory_names_ar",
    "paragraph",
    "sentence",
    "ref",
)
TOPIC_COLUMNS = (
    "label",
    "name_en",
    "name_ar",
    "group",
    "salience",
    "mentions",
    "first_paragraph",
)
STATEMENT_COLUMNS = (
    "id",
    "speaker",
    "speaker_name_ar",
    "speaker_name_en",
    "verb_ar",
    "form",
    "continues",
    "text_ar",
    "gist_en",
    "topics",
    "paragraph",
    "sentence",
    "start",
    "end",
    "ref",
)
EVIDENCE_COLUMNS = (
    "kind",
    "fact",
    "path",
    "paragraph",
    "sentence",
    "start",
    "end",
    "ref",
    "quote",
    "sentence_text",
)
SENTENCE_COLUMNS = (
    "index",
    "paragraph",
    "start",
    "end",
    "ref",
    "text",
    "evidence_spans",
    "is_disclaimer",
)


def format_ref(sentence: int, paragraph: int) -> str:
    """Format the reader-facing reference of a sentence (1-based): ``S4 · ¶4``.

    Args:
        sentence: the sentence index, from 0 (as in the facts).
        paragraph: the paragraph index, from 0.

    Returns:
        The label that the briefing's source list shows beside that sentence.
    """
    return f"S{sentence + 1} · ¶{paragraph + 1}"


def index_names(facts: Facts) -> dict[str, tuple[str | None, str]]:
    """Map every id the facts use (people, organizations, ISO3 codes) to its names.

    Args:
        facts: validated facts.

    Returns:
        ``{id: (name_en, name_ar)}``; ``name_en`` may be ``None``.
    """
    names: dict[str, tuple[str | None, str]] = {}
    for country in facts.countries:
        names[country.iso3] = (country.name_en, country.name_ar)
    for person in facts.people:
        names[person.id] = (person.name_en, person.name_ar)
    for organization in facts.organizations:
        names[organization.id] = (organization.name_en, organization.name_ar)
    return names


def _join(values: list[str | None]) -> str:
    return SEPARATOR.join(v for v in values if v)


def _names(ids: list[str], names: dict[str, tuple[str | None, str]]) -> tuple[str, str]:
    english = _join([names.get(i, (i, i))[0] or names.get(i, (i, i))[1] for i in ids])
    arabic = _join([names.get(i, (i, i))[1] for i in ids])
    return english, arabic


def _where(evidence: list[Evidence]) -> dict[str, Any]:
    first = evidence[0]
    return {
        "paragraph": first.paragraph,
        "sentence": first.sentence,
        "ref": format_ref(first.sentence, first.paragraph),
    }


def _frame(
    rows: list[dict[str, Any]], columns: tuple[str, ...], dtypes: dict[str, Any]
) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    for column in columns:
        dtype = dtypes.get(column, _STR)
        frame[column] = frame[column].astype(dtype)
    return frame


_POSITION_DTYPES = {"mentions": _INT, "paragraph": _INT, "sentence": _INT}


def countries_table(facts: Facts) -> pd.DataFrame:
    """One row per country: ISO3, names, role and where it is first named.

    Columns: see ``COUNTRY_COLUMNS``. ``mentions`` counts its evidence spans.

    Args:
        facts: validated facts.

    Returns:
        The countries, in facts order.
    """
    rows = [
        {
            "iso3": c.iso3,
            "name_en": c.name_en,
            "name_ar": c.name_ar,
            "role": c.role,
            "mentions": len(c.evidence),
            **_where(c.evidence),
        }
        for c in facts.countries
    ]
    return _frame(
        rows,
        COUNTRY_COLUMNS,
        {"role": _category(_choices(Country, "role")), **_POSITION_DTYPES},
    )


def people_table(facts: Facts) -> pd.DataFrame:
    """One row per person: names, titles kept apart from names, country, role.

    Columns: see ``PERSON_COLUMNS``; ``aliases_ar`` joins the short mentions with ``"; "``.

    Args:
        facts: validated facts.

    Returns:
        The people, in facts order.
    """
    rows = [
        {
            "id": p.id,
            "name_ar": p.name_ar,
            "name_en": p.name_en,
            "title_ar": p.title_ar,
            "title_en": p.title_en,
            "honorific_ar": p.honorific_ar,
            "country": p.country,
            "role": p.role,
            "aliases_ar": _join(p.aliases_ar),
            "mentions": len(p.evidence),
            **_where(p.evidence),
        }
        for p in facts.people
    ]
    return _frame(
        rows, PERSON_COLUMNS, {"role": _category(_choices(Person, "role")), **_POSITION_DTYPES}
    )


def organizations_table(facts: Facts) -> pd.DataFrame:
    """One row per organization: names, kind and country.

    Columns: see ``ORGANIZATION_COLUMNS``.

    Args:
        facts: validated facts.

    Returns:
        The organizations, in facts order.
    """
    rows = [
        {
            "id": o.id,
            "name_ar": o.name_ar,
            "name_en": o.name_en,
            "kind": o.kind,
            "country": o.country,
            "mentions": len(o.evidence),
            **_where(o.evidence),
        }
        for o in facts.organizations
    ]
    return _frame(
        rows,
        ORGANIZATION_COLUMNS,
        {"kind": _category(_choices(Organization, "kind")), **_POSITION_DTYPES},
    )


def events_table(facts: Facts) -> pd.DataFrame:
    """One row per event with its CAMEO/PLOVER codes and participants.

    Columns: see ``EVENT_COLUMNS``. ``participants`` joins the participant ids,
    ``participant_names_en``/``_ar`` their names; ``evidence_text`` is the first span.

    Args:
        facts: validated facts.

    Returns:
        The events, in facts order.
    """
    names = index_names(facts)
    rows = []
    for event in facts.events:
        code = EVENT_CODES[event.type]
        english, arabic = _names(event.participants, names)
        rows.append(
            {
                "id": event.id,
                "type": event.type,
                "cameo": event.cameo,
                "cameo_name": code.cameo_name,
                "plover": event.plover,
                "plover_mode": code.plover_mode,
                "participants": _join(event.participants),
                "participant_names_en": english,
                "participant_names_ar": arabic,
                **_where(event.evidence),
                "evidence_text": event.evidence[0].text,
            }
        )
    return _frame(
        rows, EVENT_COLUMNS, {"type": _category(_choices(Event, "type")), **_POSITION_DTYPES}
    )


def agreements_table(facts: Facts) -> pd.DataFrame:
    """One row per instrument (or group of identical instruments, see ``count``).

    Columns: see ``AGREEMENT_COLUMNS``. ``areas`` joins the topic labels, ``area_names_en``
    and ``area_names_ar`` their vocabulary names, ``area_ar`` is the area as the article
    writes it; ``parties``/``signatories`` join ids, the ``*_names_*`` columns their names.

    Args:
        facts: validated facts.

    Returns:
        The instruments, in facts order.
    """
    names = index_names(facts)
    topics = load_topics()
    rows = []
    for a in facts.agreements:
        party_en, party_ar = _names(a.parties, names)
        signer_en, signer_ar = _names(a.signatories, names)
        rows.append(
            {
                "id": a.id,
                "instrument": a.instrument,
                "instrument_ar": a.instrument_ar,
                "count": a.count,
                "status": a.status,
                "areas": _join(a.areas),
                "area_names_en": _join([topics[label].name_en for label in a.areas]),
                "area_names_ar": _join([topics[label].name_ar for label in a.areas]),
                "area_ar": a.area_ar,
                "parties": _join(a.parties),
                "party_names_en": party_en,
                "party_names_ar": party_ar,
                "signatories": _join(a.signatories),
                "signatory_names_en": signer_en,
                "signatory_names_ar": signer_ar,
                **_where(a.evidence),
            }
        )
    return _frame(
        rows,
        AGREEMENT_COLUMNS,
        {
            "instrument": _category(_choices(Agreement, "instrument")),
            "status": _category(_choices(Agreement, "status")),
            "count": _INT,
            **_POSITION_DTYPES,
        },
    )


def topics_table(facts: Facts) -> pd.DataFrame:
    """One row per topic found in the article, with vocabulary names and weight.

    Columns: see ``TOPIC_COLUMNS``. ``label`` and ``group`` are categoricals over the
    whole vocabulary; ``salience`` is a float share, ``mentions`` an ``Int64`` count;
    ``first_paragraph`` is where the topic first appears (0-based).

    Args:
        facts: validated facts.

    Returns:
        The topics, in facts order (see :func:`analysis.metrics.topic_salience` for the
        ranking).
    """
    vocabulary = load_topics()
    rows = [
        {
            "label": t.label,
            "name_en": vocabulary[t.label].name_en,
            "name_ar": vocabulary[t.label].name_ar,
            "group": vocabulary[t.label].group,
            "salience": t.salience,
            "mentions": t.mentions,
            "first_paragraph": min(e.paragraph for e in t.evidence),
        }
        for t in facts.topics
    ]
    return _frame(
        rows,
        TOPIC_COLUMNS,
        {
            "label": _topic_dtype(),
            "group": _group_dtype(),
            "salience": "float64",
            "mentions": _INT,
            "first_paragraph": _INT,
        },
    )


def statements_table(facts: Facts) -> pd.DataFrame:
    """One row per attributed statement, continuations included.

    Columns: see ``STATEMENT_COLUMNS``. ``form`` is ``verb`` (a finite reporting verb) or
    ``participle`` (a continuation such as معربا, whose head is in ``continues``);
    ``topics`` joins topic labels; positions are those of the first evidence span.

    Args:
        facts: validated facts.

    Returns:
        The statements, in facts (reading) order.
    """
    rows = []
    for s in facts.statements:
        first = s.evidence[0]
        rows.append(
            {
                "id": s.id,
                "speaker": s.speaker,
                "speaker_name_ar": s.speaker_name_ar,
                "speaker_name_en": s.speaker_name_en,
                "verb_ar": s.verb_ar,
                "form": s.form,
                "continues": s.continues,
                "text_ar": s.text_ar,
                "gist_en": s.gist_en,
                "topics": _join(s.topics),
                "paragraph": first.paragraph,
                "sentence": first.sentence,
                "start": first.start,
                "end": first.end,
                "ref": format_ref(first.sentence, first.paragraph),
            }
        )
    return _frame(
        rows,
        STATEMENT_COLUMNS,
        {
            "form": _category(_choices(Statement, "form")),
            "paragraph": _INT,
            "sentence": _INT,
            "start": _INT,
            "end": _INT,
        },
    )


def _fact_key(facts: Facts, path: str) -> str:
    if path.startswith("source."):
        return path.split(".")[1]
    kind, rest = path.split("[", 1)
    item = getattr(facts, kind)[int(rest.split("]", 1)[0])]
    for attribute in ("id", "label", "iso3"):
        if hasattr(item, attribute):
            return getattr(item, attribute)
    raise AssertionError(f"no key for {path}")  # pragma: no cover - every kind has one


def evidence_table(facts: Facts, text: str | None = None) -> pd.DataFrame:
    """One row per evidence span of every fact: where each fact rests in the article.

    Columns: see ``EVIDENCE_COLUMNS``. ``kind`` is the facts list (``people``, ``topics``
    …, or ``source`` for the relay chain and disclaimer); ``fact`` is the fact's id, topic
    label, ISO3 code, or the source link (``wire``, ``outlet``, ``republisher``,
    ``disclaimer``); ``path`` is the JSON path of the span (``statements[2].evidence[0]``);
    ``quote`` is the quoted text; ``sentence_text`` is the whole sentence the span starts
    in when ``text`` is given, missing otherwise.

    Args:
        facts: validated facts.
        text: the article text, to add the full sentence of each span.

    Returns:
        The spans in :meth:`Facts.iter_evidence` order.
    """
    rows = []
    for path, evidence in facts.iter_evidence():
        sentence_text = None
        if text is not None:
            sentence = facts.sentences[evidence.sentence]
            sentence_text = text[sentence.start : sentence.end]
        rows.append(
            {
                "kind": path.split("[", 1)[0].split(".", 1)[0],
                "fact": _fact_key(facts, path),
                "path": path,
                "paragraph": evidence.paragraph,
                "sentence": evidence.sentence,
                "start": evidence.start,
                "end": evidence.end,
                "ref": format_ref(evidence.sentence, evidence.paragraph),
                "quote": evidence.text,
                "sentence_text": sentence_text,
            }
        )
    return _frame(
        rows,
        EVIDENCE_COLUMNS,
        {
            "kind": _category(_EVIDENCE_KINDS),
            "paragraph": _INT,
            "sentence": _INT,
            "start": _INT,
            "end": _INT,
        },
    )


def sentences_table(facts: Facts, text: str) -> pd.DataFrame:
    """One row per sentence of the article, with its text and how many spans cite it.

    Columns: see ``SENTENCE_COLUMNS``. ``evidence_spans`` counts the evidence spans that
    start in the sentence; ``is_disclaimer`` marks sentences inside the republisher's note.

    Args:
        facts: validated facts.
        text: the article text the facts were made from.

    Returns:
        The sentences in reading order.

    Raises:
        ValueError: a sentence span lies outside ``text``.
    """
    cited: dict[int, int] = {}
    for _, evidence in facts.iter_evidence():
        cited[evidence.sentence] = cited.get(evidence.sentence, 0) + 1
    disclaimer = facts.source.disclaimer
    rows = []
    for s in facts.sentences:
        if s.end > len(text):
            raise ValueError(f"sentence {s.index} ends at {s.end}, after the end of the text")
        rows.append(
            {
                "index": s.index,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "ref": format_ref(s.index, s.paragraph),
                "text": text[s.start : s.end],
                "evidence_spans": cited.get(s.index, 0),
                "is_disclaimer": disclaimer is not None
                and s.start < disclaimer.end
                and disclaimer.start < s.end,
            }
        )
    return _frame(
        rows,
        SENTENCE_COLUMNS,
        {
            "index": _INT,
            "paragraph": _INT,
            "start": _INT,
            "end": _INT,
            "evidence_spans": _INT,
            "is_disclaimer": "bool",
        },
    )
