"""Cooperation topics of an article, from an Arabic lexicon per topic label.

Each label of the vocabulary (``analysis/vocab/topics.json``) has a list of Arabic terms
in ``data/topics_lexicon.json``. Terms are matched on the document's normalized tokens,
longest first with clitics tolerated, so the more specific phrase wins where two overlap:
"مكافحة تمويل الإرهاب" counts for terrorism_financing only, and counterterrorism only
where terrorism is named on its own. The general security label
(security_cooperation_general) is dropped when a specific security topic is present, as
the annotation convention does.

Salience is the topic's share of the article's topic weight. A mention weighs 2 in the
headline, 1.5 in the lead (first sentence of the body) and 1 elsewhere, times the term's
own weight (weak terms such as a bare "الإرهاب" weigh 0.5). No embedding model: none ships
inside a registry package that works offline, and the lexicon is measurable and reviewable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.extract.document import Document, Gazetteer, Match
from analysis.schema import Evidence, TopicFact
from analysis.text import normalize_term
from analysis.vocab import load_topics, topic_labels

__all__ = ["TopicLexicon", "find_topics", "load_topic_lexicon", "match_topics"]

_DATA = Path(__file__).resolve().parent / "data" / "topics_lexicon.json"


@dataclass(frozen=True, slots=True)
class TopicLexicon:
    """The topic lexicon as a gazetteer of ``(label, weight)``."""

    gazetteer: Gazetteer[tuple[str, float]]
    weights: dict[str, float]
    general: dict[str, str]  # general label -> vocabulary group it stands back for
    groups: dict[str, str]  # label -> its vocabulary group


@cache
def load_topic_lexicon() -> TopicLexicon:
    """Read ``data/topics_lexicon.json`` and build its gazetteer (once per process).

    Raises:
        ValueError: the lexicon names a label that is not in the vocabulary.
    """
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    known = set(topic_labels())
    weak = {normalize_term(k): float(v) for k, v in data.get("weak", {}).items()}
    entries: list[tuple[str, tuple[str, float]]] = []
    for label, terms in data["topics"].items():
        if label not in known:
            raise ValueError(f"topics_lexicon.json: unknown topic label {label!r}")
        for term in terms:
            entries.append((term, (label, weak.get(normalize_term(term), 1.0))))
    groups = {t.label: t.group for t in load_topics().values()}
    return TopicLexicon(
        Gazetteer(entries), dict(data["weights"]), dict(data["general_labels"]), groups
    )


def match_topics(doc: Document, start: int = 0, stop: int | None = None) -> list[Match]:
    """Lexicon matches in ``doc.tokens[start:stop]`` (used for agreement areas too).

    Returns:
        Matches whose ``value`` is ``(label, weight)``.
    """
    return load_topic_lexicon().gazetteer.find(doc.tokens, start, stop)


def find_topics(doc: Document) -> list[TopicFact]:
    """Find the cooperation topics of an article.

    Args:
        doc: the prepared article.

    Returns:
        One fact per label found, in vocabulary order, with salience (share of topic
        weight, rounded to 4 places), number of mentions and one evidence per mention.
        Whether the article is cooperation news at all is decided later
        (:func:`analysis.extract.events.filter_topics_for_cooperation`).
    """
    lexicon = load_topic_lexicon()
    if not doc.tokens:
        return []
    lead = _lead_sentence(doc)
    title = doc.title_span
    weight: dict[str, float] = {}
    mentions: dict[str, list[Evidence]] = {}
    for match in lexicon.gazetteer.find(doc.tokens):
        label, term_weight = match.value
        if _in_institution_name(doc, match.first):
            continue
        token = doc.tokens[match.first]
        if title is not None and title[0] <= token.start < title[1]:
            where = lexicon.weights["title"]
        elif token.sentence == lead:
            where = lexicon.weights["lead"]
        else:
            where = lexicon.weights["body"]
        try:
            evidence = doc.evidence(match.start, match.end)
        except ValueError:
            continue
        weight[label] = weight.get(label, 0.0) + where * term_weight
        mentions.setdefault(label, []).append(evidence)
    _drop_general(weight, lexicon.general, lexicon.groups)
    return _facts(weight, mentions)


_INSTITUTION_HEADS = frozenset(
    normalize_term(w)
    for w in ("وزير", "وزيرة", "وزارة", "وزراء", "هيئة", "مؤسسة", "شركة", "بنك", "جامعة",
              "معهد", "مدير", "مديرة", "مديرية", "إدارة", "صندوق", "سلطة", "مصلحة", "دائرة",
              "لجنة", "وكالة", "الوزير", "الوزارة", "حقيبة", "كتابة", "الدولة")
)


def _in_institution_name(doc: Document, first: int) -> bool:
    """A term inside an office or institution name ("وزير التنمية والاستثمار") is a name,
    not a topic of the meeting."""
    tokens = doc.tokens
    sentence = tokens[first].sentence
    for k in range(first - 1, max(-1, first - 4), -1):
        if tokens[k].sentence != sentence:
            return False
        word = tokens[k].norm
        stems = {word, word[1:] if word[:1] in ("و", "ل", "ب") else word}
        if word.startswith("لل"):
            stems.add("ال" + word[2:])
        if stems & _INSTITUTION_HEADS:
            return True
        if not (word.startswith(("ال", "وال", "لل")) or k == first - 1):
            return False
    # The term's own first word may be the head ("وزير الطاقة" starts before it).
    return False


def _lead_sentence(doc: Document) -> int:
    """Index of the first sentence outside the headline."""
    title = doc.title_span
    for sentence in doc.sentences:
        if title is None or not (title[0] <= sentence.start < title[1]):
            if doc.disclaimer_span and doc.disclaimer_span[0] <= sentence.start:
                continue
            return sentence.index
    return -1


def _drop_general(
    weight: dict[str, float], general: dict[str, str], groups: dict[str, str]
) -> None:
    for label, group in general.items():
        if label in weight and any(
            other != label and groups.get(other) == group for other in weight
        ):
            del weight[label]


def _facts(weight: dict[str, float], mentions: dict[str, list[Evidence]]) -> list[TopicFact]:
    total = sum(weight.values())
    if total <= 0:
        return []
    return [
        TopicFact(
            label=label,
            salience=round(weight[label] / total, 4),
            mentions=len(mentions[label]),
            evidence=mentions[label],
        )
        for label in topic_labels()
        if label in weight
    ]
