"""Counts and matrices derived from one article's facts: what the briefing measures.

Pure functions on :class:`~analysis.schema.Facts`: topic salience, the cooperation matrix
(what was discussed, what was signed, who spoke about it), the speaker × topic matrix, where
each topic appears in the article, and headline counts. A *statement* is every attributed
statement of the facts, participial continuations (معربا، مشيرا …) included: the seed has
5 statements by Mayorkas and 8 by Sheikh Rashid. Speakers are keyed by their English name
(their Arabic name when no English name is known), in order of first statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.schema import Agreement, Facts, Statement
from analysis.tables import topics_table
from analysis.vocab import load_topics, topic_labels

__all__ = [
    "COOPERATION_COUNT_COLUMNS",
    "SPEAKER_NAME_COLUMNS",
    "SummaryCounts",
    "cooperation_matrix",
    "name_speaker",
    "speaker_topic_matrix",
    "summary_counts",
    "topic_positions",
    "topic_salience",
]

COOPERATION_COUNT_COLUMNS = ("discussed", "signed_mou", "signed_instruments")
SPEAKER_NAME_COLUMNS = ("speaker_name_en", "speaker_name_ar", "statements")


def name_speaker(statement: Statement) -> str:
    """Return the key a speaker is counted under: English name, else Arabic name.

    Args:
        statement: an attributed statement.

    Returns:
        The speaker's display key.
    """
    return statement.speaker_name_en or statement.speaker_name_ar


def _speakers(facts: Facts) -> dict[str, str]:
    """Speaker key → Arabic name, in order of first statement."""
    speakers: dict[str, str] = {}
    for statement in facts.statements:
        speakers.setdefault(name_speaker(statement), statement.speaker_name_ar)
    return speakers


def _in_vocabulary_order(labels: set[str]) -> list[str]:
    return [label for label in topic_labels() if label in labels]


def topic_salience(facts: Facts) -> pd.DataFrame:
    """Rank the article's topics by salience.

    Args:
        facts: validated facts.

    Returns:
        :func:`analysis.tables.topics_table` sorted by salience, then mentions (both
        descending), then vocabulary order, with a fresh 0-based index.
    """
    table = topics_table(facts)
    table["_order"] = table["label"].cat.codes
    table = table.sort_values(
        ["salience", "mentions", "_order"], ascending=[False, False, True], kind="stable"
    )
    return table.drop(columns="_order").reset_index(drop=True)


def cooperation_matrix(facts: Facts) -> pd.DataFrame:
    """Cross what was discussed, what was signed and who spoke about each area.

    Rows are the topic labels that occur anywhere in the facts (topics, agreement areas,
    statement topics), in vocabulary order; the index is named ``label``. Columns:

    - ``name_en``, ``name_ar``: the vocabulary names of the label;
    - ``discussed``: the topic's ``mentions`` in the article (0 if it is not a topic fact);
    - ``signed_mou``: how many signed MOUs name the area (an agreement's ``count`` is
      added, so "3 MOUs" recorded as one object with ``count=3`` counts 3);
    - ``signed_instruments``: the same over every signed instrument type (MOU, agreement,
      protocol, contract, executive programme);
    - one ``int`` column per speaker (named by :func:`name_speaker`, in order of first
      statement): how many of that speaker's statements, continuations included, list
      the label among their ``topics``.

    Args:
        facts: validated facts.

    Returns:
        The matrix; counts are ``int64``.
    """
    vocabulary = load_topics()
    mentions = {t.label: t.mentions for t in facts.topics}
    labels = set(mentions)
    for agreement in facts.agreements:
        labels.update(agreement.areas)
    for statement in facts.statements:
        labels.update(statement.topics)
    order = _in_vocabulary_order(labels)
    speakers = list(_speakers(facts))
    data: dict[str, list] = {
        "name_en": [vocabulary[label].name_en for label in order],
        "name_ar": [vocabulary[label].name_ar for label in order],
        "discussed": [mentions.get(label, 0) for label in order],
    }
    for column, kinds in (("signed_mou", {"MOU"}), ("signed_instruments", None)):
        data[column] = [
            sum(
                instrument_count(a)
                for a in facts.agreements
                if a.status == "signed"
                and label in a.areas
                and (kinds is None or a.instrument in kinds)
            )
            for label in order
        ]
    for speaker in speakers:
        data[speaker] = [
            sum(1 for s in facts.statements if name_speaker(s) == speaker and label in s.topics)
            for label in order
        ]
    matrix = pd.DataFrame(data, index=pd.Index(order, name="label", dtype="string"))
    matrix = matrix.astype({"name_en": "string", "name_ar": "string"})
    counts = [c for c in matrix.columns if c not in ("name_en", "name_ar")]
    return matrix.astype(dict.fromkeys(counts, "int64"))


def speaker_topic_matrix(facts: Facts) -> pd.DataFrame:
    """Count, for each speaker, the statements that touch each topic.

    Rows are speakers (index ``speaker``, keyed by :func:`name_speaker`, in order of first
    statement). Columns: ``speaker_name_en`` (may be missing), ``speaker_name_ar``,
    ``statements`` (all of the speaker's statements, continuations included), then one
    ``int64`` column per topic label found in any statement's ``topics`` (vocabulary order).
    A statement with two topics counts once in each, so topic columns need not sum to
    ``statements``.

    Args:
        facts: validated facts.

    Returns:
        The matrix (no rows when the facts have no statements).
    """
    speakers = _speakers(facts)
    english = {name_speaker(s): s.speaker_name_en for s in facts.statements}
    labels = _in_vocabulary_order({label for s in facts.statements for label in s.topics})
    rows = []
    for speaker, arabic in speakers.items():
        own = [s for s in facts.statements if name_speaker(s) == speaker]
        row = {
            "speaker_name_en": english[speaker],
            "speaker_name_ar": arabic,
            "statements": len(own),
        }
        row.update({label: sum(label in s.topics for s in own) for label in labels})
        rows.append(row)
    columns = [*SPEAKER_NAME_COLUMNS, *labels]
    matrix = pd.DataFrame(
        rows, columns=columns, index=pd.Index(list(speakers), name="speaker", dtype="string")
    )
    return matrix.astype(
        {"speaker_name_en": "string", "speaker_name_ar": "string", "statements": "int64"}
        | dict.fromkeys(labels, "int64")
    )


def topic_positions(facts: Facts) -> pd.DataFrame:
    """Count each topic's mentions per paragraph: where in the article each topic appears.

    Args:
        facts: validated facts.

    Returns:
        A topic × paragraph matrix: index ``label`` (the topic facts, in order of first
        appearance, then vocabulary order), one ``int64`` column per paragraph of the
        article (0-based paragraph numbers as column labels, every paragraph present even
        when no topic appears in it), values the number of the topic's evidence spans
        that start in that paragraph.
    """
    paragraphs = sorted({s.paragraph for s in facts.sentences})
    ranks = {label: i for i, label in enumerate(topic_labels())}
    topics = sorted(
        facts.topics,
        key=lambda t: (min(e.paragraph for e in t.evidence), ranks[t.label]),
    )
    data = [[sum(e.paragraph == p for e in topic.evidence) for p in paragraphs] for topic in topics]
    matrix = pd.DataFrame(
        data,
        index=pd.Index([t.label for t in topics], name="label", dtype="string"),
        columns=pd.Index(paragraphs, name="paragraph", dtype="int64"),
    )
    return matrix.astype("int64")


@dataclass(frozen=True)
class SummaryCounts:
    """Headline counts of one article's facts.

    Attributes:
        countries: all countries named.
        participant_countries: countries with role ``participant``.
        people: all people named.
        principals: people with role ``principal``.
        organizations: organizations named.
        events: coded events.
        signed_instruments: signed instruments of any type (``count`` summed; an unstated
            count counts as one, so this is a lower bound unless ``signed_count_stated``).
        signed_count_stated: whether the text gives the number of every signed instrument.
        signed_mous: signed MOUs (``count`` summed).
        signed_areas: topic labels of the signed instruments, in facts order, no repeats.
        topics: topics found.
        statements: attributed statements, participial continuations included.
        head_statements: statements with a finite reporting verb.
        continuations: participial continuations.
        statements_per_speaker: statements per speaker key (see :func:`name_speaker`).
        evidence_spans: evidence spans behind all facts.
    """

    countries: int
    participant_countries: int
    people: int
    principals: int
    organizations: int
    events: int
    signed_instruments: int
    signed_count_stated: bool
    signed_mous: int
    signed_areas: tuple[str, ...]
    topics: int
    statements: int
    head_statements: int
    continuations: int
    statements_per_speaker: dict[str, int] = field(default_factory=dict)
    evidence_spans: int = 0


def instrument_count(agreement: Agreement) -> int:
    """How many instruments an agreement object stands for, at least one.

    A count the text does not state ("عدد من مذكرات التفاهم") is ``None`` in the facts and
    counts as one here: the lower bound.
    """
    return agreement.count or 1


def summary_counts(facts: Facts) -> SummaryCounts:
    """Count the headline facts of an article.

    Args:
        facts: validated facts.

    Returns:
        The counts (see :class:`SummaryCounts`).
    """
    signed = [a for a in facts.agreements if a.status == "signed"]
    per_speaker: dict[str, int] = {}
    for statement in facts.statements:
        key = name_speaker(statement)
        per_speaker[key] = per_speaker.get(key, 0) + 1
    return SummaryCounts(
        countries=len(facts.countries),
        participant_countries=sum(c.role == "participant" for c in facts.countries),
        people=len(facts.people),
        principals=sum(p.role == "principal" for p in facts.people),
        organizations=len(facts.organizations),
        events=len(facts.events),
        signed_instruments=sum(instrument_count(a) for a in signed),
        signed_count_stated=all(a.count is not None for a in signed),
        signed_mous=sum(instrument_count(a) for a in signed if a.instrument == "MOU"),
        signed_areas=tuple(dict.fromkeys(label for a in signed for label in a.areas)),
        topics=len(facts.topics),
        statements=len(facts.statements),
        head_statements=sum(s.form == "verb" for s in facts.statements),
        continuations=sum(s.form == "participle" for s in facts.statements),
        statements_per_speaker=per_speaker,
        evidence_spans=sum(1 for _ in facts.iter_evidence()),
    )
