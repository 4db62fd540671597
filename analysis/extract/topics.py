"""Cooperation topics of an article, from an Arabic lexicon per topic label.

Each label of the vocabulary (``analysis/vocab/topics.json``) has a list of Arabic terms
in ``data/topics_lexicon.json``. Terms are matched on the document's normalized tokens,
longest first with clitics tolerated, so the more specific phrase wins where two overlap:
"مكافحة تمويل الإرهاب" counts for terrorism_financing only, and counterterrorism only
where terrorism is named on its own. The general security label
(security_cooperation_general) is dropped when three or more specific security topics are
present, as the annotation convention does, when those specific topics outweigh it; where the
general one weighs more (in the headline: "ملتزمة بدعم تونس عسكريا وأمنيا") it is the
subject and stays. Defence, a field of its own, never makes it stand back.

Nisba adjectives (الاقتصادية، الثقافي، الأمنية …) are topic evidence only where they modify a
cooperation head ("التعاون الاقتصادي", "المجالات السياسية والاقتصادية والثقافية",
"المجالين الأمني والعسكري"): elsewhere they describe a person ("الإعلامي السعودي"), a
building ("القنصلية السعودية") or a consequence ("التبعات الاقتصادية والبيئية"). The adverb
(عسكريا، اقتصاديا) names a field after a head or after an aid noun and its object ("دعم
تونس عسكريا وأمنيا"); alone it says how something is done ("تدخلت عسكريا") and weighs half,
and after an indefinite noun it agrees with it is that noun's adjective ("مطارا عسكريا",
no evidence). Two nouns name a field only in a list of fields after a field head
("للتعاون في مجال التكنولوجيا والتعليم والأمن", "مجالي الاتصالات والخدمات المالية"):
elsewhere الأمن is order ("حفظ الأمن والاستقرار") and الاتصالات contacts ("الاتصالات التي
جرت بين البلدين"). Terms inside an office, institution or party
name ("غرفة التجارة والصناعة", "المركز الثقافي", "حزب العمال") are names, not topics, and
a word that reads as a clitic and a term is not one ("بطاقة" is a card). A
label needs a total weight of at least one body mention of a full-weight term
(:data:`MIN_WEIGHT`): a single weak word ("السلع") is not a topic. A few labels are read
from two words close together, neither evidence alone: cooperating in an investigation
("استعدادها للتعاون مع تركيا في التحقيق") is judicial cooperation, and a state's companies
("شركات فرنسية وسعودية") are economic cooperation.

A story in which an official at the political level of foreign relations takes part (a
head of state or government, a monarch or crown prince, a foreign minister, an ambassador
or an envoy) is diplomacy in general whatever else it covers: it adds one body mention of
diplomacy_general. Ministers of other portfolios do not, and neither does a signing: the
instruments' areas are its subject.

Salience is the topic's share of the article's topic weight. A mention weighs 2 in the
headline, 1.5 in the lead (first sentence of the body) and 1 elsewhere, times the term's
own weight (weak terms such as a bare "الإرهاب" weigh 0.5). No embedding model: none ships
inside a registry package that works offline, and the lexicon is measurable and reviewable.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.extract.countries import country_gazetteer
from analysis.extract.document import (
    Document,
    Gazetteer,
    Match,
    Token,
    attached_forms,
    clitic_variants,
    shared_words,
    without_conjunction,
)
from analysis.extract.entities import Entity
from analysis.extract.people import is_political_office
from analysis.schema import Event, Evidence, TopicFact
from analysis.text import normalize_term, normalize_terms
from analysis.vocab import load_topics, topic_labels

__all__ = ["MIN_WEIGHT", "TopicLexicon", "find_topics", "load_topic_lexicon", "match_topics"]

_DATA = Path(__file__).resolve().parent / "data" / "topics_lexicon.json"

MIN_WEIGHT = 1.0  # least total weight a label needs: one full-weight mention in the body
_COVERING = 3  # specific labels of a group that together make its general label redundant
_DIPLOMACY = "diplomacy_general"
_CHAIN = 6  # adjectives walked back over to reach a modifier's head noun
_ADVERB_WEIGHT = 0.5  # an adverb alone ("دعم تونس عسكريا") says how, weaker than a field's name

# Kinds of lexicon entries (third item of a gazetteer value).
TERM, MODIFIER, ADVERB, FIELD = "term", "modifier", "adverb", "field"


@dataclass(frozen=True, slots=True)
class _Near:
    """A label read from a word of ``first`` a few words before a phrase of ``then``
    ("للتعاون مع تركيا في التحقيق": judicial cooperation)."""

    label: str
    first: frozenset[str]
    then: frozenset[tuple[str, ...]]
    reach: int  # words allowed between the two


@dataclass(frozen=True, slots=True)
class TopicLexicon:
    """The topic lexicon as a gazetteer of ``(label, weight, kind)``."""

    gazetteer: Gazetteer[tuple[str, float, str]]
    weights: dict[str, float]
    general: dict[str, str]  # general label -> vocabulary group it stands back for
    groups: dict[str, str]  # label -> its vocabulary group
    kept_with: dict[str, frozenset[str]]  # general label -> labels it does not stand back for
    heads: frozenset[str]  # cooperation head nouns a modifier must follow
    aid_heads: frozenset[str]  # aid nouns whose object an adverb may follow
    field_heads: frozenset[str]  # heads of a list of fields in which a field noun counts
    institution_heads: frozenset[str]
    not_before: dict[str, frozenset[str]]  # term -> words after which it is no evidence
    not_after: dict[str, frozenset[str]]  # term -> words shortly before which it is none
    own_words: frozenset[str]  # words that read as a clitic and a term but are not ("بطاقة")
    near: tuple[_Near, ...]  # labels read from two words close together
    before_nisba: dict[str, frozenset[str]]  # label -> nouns it takes before a state's nisba
    genitive_fields: frozenset[str]  # terms whose genitive, if a term, names the field


@cache
def load_topic_lexicon() -> TopicLexicon:
    """Read ``data/topics_lexicon.json`` and build its gazetteer (once per process).

    Raises:
        ValueError: the lexicon names a label that is not in the vocabulary.
    """
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    known = set(topic_labels())
    weak = {normalize_term(k): float(v) for k, v in data.get("weak", {}).items()}
    entries: list[tuple[str, tuple[str, float, str]]] = []
    modifiers = data["modifiers"]
    for label, stems in modifiers["labels"].items():
        for stem in stems:
            # masculine/feminine, indefinite/definite; the adverb stands on its own
            for form in (stem, stem + "ة", "ال" + stem, "ال" + stem + "ة"):
                entries.append((form, (label, 1.0, MODIFIER)))
            entries.append((stem + "ا", (label, 1.0, ADVERB)))
    for label, terms in data["topics"].items():
        for term in terms:
            entries.append((term, (label, weak.get(normalize_term(term), 1.0), TERM)))
    field_nouns = data.get("field_nouns", {})
    fields = {k: v for k, v in field_nouns.items() if not k.startswith("_") and k != "heads"}
    for label, nouns in fields.items():
        entries += [(noun, (label, 1.0, FIELD)) for noun in nouns]
    labels = {*data["topics"], *modifiers["labels"], *data.get("near", {}), *fields}
    for label in (labels | set(data.get("before_state_nisba", {}))) - {"_doc"}:
        if label not in known:
            raise ValueError(f"topics_lexicon.json: unknown topic label {label!r}")
    groups = {t.label: t.group for t in load_topics().values()}
    return TopicLexicon(
        Gazetteer(entries),
        dict(data["weights"]),
        dict(data["general_labels"]),
        groups,
        {k: frozenset(v) for k, v in data.get("general_kept_with", {}).items()},
        normalize_terms(modifiers["heads"]),
        normalize_terms(modifiers.get("aid_heads", [])),
        normalize_terms(field_nouns.get("heads", [])),
        normalize_terms(data["institution_heads"]),
        _term_words(data.get("not_before", {})),
        _term_words(data.get("not_after", {})),
        normalize_terms(data.get("own_words", {}).get("words", [])),
        tuple(
            _Near(
                label,
                normalize_terms(spec["first"]),
                frozenset(tuple(normalize_term(t).split()) for t in spec["then"]),
                int(spec["reach"]),
            )
            for label, spec in data.get("near", {}).items()
            if not label.startswith("_")
        ),
        _term_words(data.get("before_state_nisba", {})),
        normalize_terms(data.get("genitive_fields", {}).get("terms", [])),
    )


def _term_words(entries: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """A lexicon's ``term -> words`` table, normalized, without its ``_doc``."""
    return {
        normalize_term(term): normalize_terms(words)
        for term, words in entries.items()
        if not term.startswith("_")
    }


def match_topics(doc: Document, start: int = 0, stop: int | None = None) -> list[Match]:
    """Lexicon matches in ``doc.tokens[start:stop]`` (used for agreement areas too).

    Returns:
        Matches whose ``value`` is ``(label, weight, kind)``; a ``"modifier"`` is a nisba
        adjective, topic evidence only after a cooperation head (see :func:`find_topics`).
    """
    return load_topic_lexicon().gazetteer.find(doc.tokens, start, stop)


def find_topics(
    doc: Document, events: Sequence[Event] = (), people: Sequence[Entity] = ()
) -> list[TopicFact]:
    """Find the cooperation topics of an article.

    Args:
        doc: the prepared article.
        events: the article's events, and
        people: its person entities: a story at the political level
            (:func:`_political_level`) is diplomacy in general whatever else it covers,
            so it counts as one body mention of diplomacy_general.

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

    def where(token: Token) -> float:
        """The weight of a term by its place: the headline, the lead or the body."""
        if title is not None and title[0] <= token.start < title[1]:
            return lexicon.weights["title"]
        return lexicon.weights["lead" if token.sentence == lead else "body"]

    weight: dict[str, float] = {}
    mentions: dict[str, list[Evidence]] = {}
    fields: dict[int, Match] = {}  # counted terms by their last token, for a list of fields
    for match in lexicon.gazetteer.find(doc.tokens):
        label, term_weight, kind = match.value
        if kind == MODIFIER and not _modifies_head(doc, match.first, lexicon.heads):
            continue
        if kind == FIELD and not _stands_as_field(doc, match, lexicon.field_heads, fields):
            continue  # "حفظ الأمن والاستقرار", "الاتصالات التي جرت بين البلدين"
        if kind == ADVERB and not _modifies_head(doc, match.first, lexicon.heads):
            if _after_indefinite_noun(doc, match.first):
                continue  # "مطارا عسكريا", "نموا اقتصاديا": an adjective, not an adverb
            if not _after_aid_object(doc, match.first, lexicon.aid_heads):
                # "تدعم الأسد عسكريا", "التدخل عسكريا": the manner of an act, often not
                # a field of cooperation; alone it counts only in the headline.
                term_weight *= _ADVERB_WEIGHT
        if _in_institution_name(doc, match.first, lexicon.institution_heads):
            continue
        if match.prefix and doc.tokens[match.first].norm in lexicon.own_words:
            continue  # "بطاقة هوية": a card, not ب + طاقة
        if _followed_by(doc, match, lexicon.not_before):
            continue  # "الدفاع عن قواعد التجارة": defending, not defence
        if _preceded_by(doc, match, lexicon.not_after):
            continue  # "لا أساس له من الصحة": baseless, not health
        if _names_another_field(doc, match, lexicon):
            continue  # "صناعة الأدوية": the drugs industry is health
        try:
            evidence = doc.evidence(match.start, match.end)
        except ValueError:
            continue
        weight[label] = weight.get(label, 0.0) + where(doc.tokens[match.first]) * term_weight
        mentions.setdefault(label, []).append(evidence)
        if kind in (TERM, FIELD):
            fields[match.last] = match
    spans = [(near.label, span) for near in lexicon.near for span in _near_spans(doc, near)]
    spans += _before_state_nisba(doc, lexicon.before_nisba)
    for label, (first, last) in spans:
        token = doc.tokens[first]
        try:
            evidence = doc.evidence(token.start, doc.tokens[last].end)
        except ValueError:
            continue
        weight[label] = weight.get(label, 0.0) + where(token)
        mentions.setdefault(label, []).append(evidence)
    if (contact := _political_level(events, people)) is not None:
        weight[_DIPLOMACY] = weight.get(_DIPLOMACY, 0.0) + lexicon.weights["body"]
        mentions.setdefault(_DIPLOMACY, []).append(contact)
    for label in [label for label, total in weight.items() if total < MIN_WEIGHT]:
        del weight[label]
    _drop_general(weight, lexicon.general, lexicon.groups, lexicon.kept_with)
    return _facts(weight, mentions)


def _followed_by(doc: Document, match: Match, not_before: dict[str, frozenset[str]]) -> bool:
    """Whether a one-word term is followed by a word that makes it no topic evidence
    ("الدفاع عن", "للدفاع عن")."""
    tokens, nxt = doc.tokens, match.last + 1
    if match.first != match.last or nxt >= len(tokens):
        return False
    if tokens[nxt].sentence != tokens[match.last].sentence:
        return False
    return any(
        tokens[nxt].norm in not_before.get(stem, ())
        for _prefix, stem in clitic_variants(tokens[match.first].norm)
    )


def _names_another_field(doc: Document, match: Match, lexicon: TopicLexicon) -> bool:
    """Whether a one-word term of a field that takes a genitive (صناعة، قطاع) is followed
    by another label's term, which names the field: "صناعة الأدوية" is health, "صناعة
    الأسلحة" defence, "صناعة السيارات" (no term) industry."""
    tokens, nxt = doc.tokens, match.last + 1
    if match.first != match.last or nxt >= len(tokens):
        return False
    if tokens[nxt].sentence != tokens[match.first].sentence:
        return False
    if not any(s in lexicon.genitive_fields for _, s in clitic_variants(tokens[match.first].norm)):
        return False
    other = lexicon.gazetteer.match_at(tokens, nxt)
    return (
        other is not None
        and "و" not in other.prefix  # "الصناعة والتجارة": a list, not a genitive
        and other.value[2] == TERM
        and other.value[0] != match.value[0]
    )


def _near_spans(doc: Document, near: _Near) -> list[tuple[int, int]]:
    """Token spans ``(first, last)`` where a word of ``near.first`` ("للتعاون",
    "للمساعدة") stands at most ``near.reach`` words before a phrase of ``near.then`` ("في
    التحقيق", "مع التحقيقات") in the same sentence: "أبدت السعودية استعدادها للتعاون مع
    تركيا في التحقيق", "مستعدة للمساعدة بأي شكل في التحقيق"."""
    tokens, spans = doc.tokens, []
    positions = tokens.word_positions()
    for phrase in near.then:
        n = len(phrase)
        # The words after the first are matched as they are: a phrase one of them is
        # missing from ("في التحقيق" without التحقيق) cannot occur.
        if any(word not in positions for word in phrase[1:]):
            continue
        # Only the tokens that can open the phrase: its first word, after و/ف or not.
        for i in tokens.where(frozenset((phrase[0], "و" + phrase[0], "ف" + phrase[0]))):
            if i > len(tokens) - n:
                break
            words = [t.norm for t in tokens[i : i + n]]
            bare = (without_conjunction(words[0]), *words[1:])
            if phrase not in (tuple(words), bare):
                continue
            sentence = tokens[i].sentence
            if tokens[i + n - 1].sentence != sentence:
                continue
            for k in range(i - 1, max(-1, i - 2 - near.reach), -1):
                if tokens[k].sentence != sentence:
                    break
                if _stems(tokens[k].norm) & near.first:
                    spans.append((k, i + n - 1))
                    break
    return spans


def _before_state_nisba(
    doc: Document, nouns: dict[str, frozenset[str]]
) -> list[tuple[str, tuple[int, int]]]:
    """``(label, (first, last))`` for a noun of a label followed by a state's nisba: a
    state's companies taking part ("اتفاقيات بين شركات فرنسية وسعودية", "فتح الباب أمام
    الشركات التونسية") are economic cooperation."""
    if not nouns:
        return []
    gazetteer, tokens, found = country_gazetteer(), doc.tokens, []
    # Only the tokens whose stems can hold a noun: one set lookup per distinct word of
    # the article (for all the fixed word sets together), not a test of its stems.
    nominal = tokens.where(_stem_forms(frozenset().union(*nouns.values())))
    for i in nominal:
        if i >= len(tokens) - 1:
            break
        stems = _stems(tokens[i].norm)
        labels = [label for label, words in nouns.items() if stems & words]
        if not labels or tokens[i + 1].sentence != tokens[i].sentence:
            continue
        match = gazetteer.match_at(tokens, i + 1)
        if match is not None and match.value is not None and match.value.kind == "nisba":
            found += [(label, (i, match.last)) for label in labels]
    return found


_NOT_AFTER_REACH = 3  # words before a term that may make it an idiom ("أساس له من الصحة")


def _preceded_by(doc: Document, match: Match, not_after: dict[str, frozenset[str]]) -> bool:
    """Whether a term has, among the few words before it in its sentence, one that makes
    it no topic evidence ("لا أساس له من الصحة", "عار عن الصحة", "دعمها للجماعات
    الإرهابية")."""
    tokens, first = doc.tokens, match.first
    rest = [t.norm for t in tokens[first + 1 : match.last + 1]]
    words = set().union(*(
        not_after.get(" ".join([stem, *rest]), ())
        for _, stem in clitic_variants(tokens[first].norm)
    ))
    if not words:
        return False
    sentence = tokens[first].sentence
    return any(
        tokens[k].sentence == sentence
        and (tokens[k].norm in words or without_conjunction(tokens[k].norm) in words)
        for k in range(max(0, first - _NOT_AFTER_REACH), first)
    )


def _political_level(events: Sequence[Event], people: Sequence[Entity]) -> Evidence | None:
    """Evidence that an official at the political level of foreign relations takes part in
    the story, for the diplomacy_general topic.

    Someone in the article holds an office such as head of state or government, monarch,
    crown prince, foreign minister, ambassador or envoy
    (:func:`analysis.extract.people.is_political_office`). A principal of the article
    (named in its lead) at that level meeting, visiting or calling is diplomacy whatever
    else happens. Otherwise such an official named anywhere makes a cooperation story
    diplomacy, with or without a meeting ("رسالة زعيم كوريا في طريقها إلى ترامب", "بنس:
    واشنطن مستعدة للمساعدة في التحقيق"), as the annotators judge such stories, unless
    something is signed: the instruments' areas are then the subject ("20 اتفاقية بين
    السعودية والإمارات"). Interior ministers are not at that level.

    Args:
        events: the article's events.
        people: person entities (their facts' role and title are read).

    Returns:
        The first meeting, visit or call's first evidence, or the official's first mention
        when there is none; None when no official at that level takes part, or when one
        does in a signing story without meeting, visiting or calling as a principal.
    """
    officials = [p for p in people if is_political_office(p.fact.title_ar)]
    if not officials:
        return None
    contact = next((e for e in events if e.type in ("meeting", "visit", "call")), None)
    if contact is not None and any(p.fact.role == "principal" for p in officials):
        return contact.evidence[0]  # the official meets, visits or calls, signing or not
    if any(e.type == "agreement_signing" for e in events):
        return None
    return contact.evidence[0] if contact is not None else officials[0].fact.evidence[0]


def _stems(word: str) -> set[str]:
    """The word without a conjunction and a preposition (ل + ال written لل included), and
    an indefinite noun without its accusative alif ("دعما" → "دعم")."""
    stems = {word}
    if word[:1] in ("و", "ف") and len(word) > 3:
        word = word[1:]
        stems.add(word)
    if word[:1] in ("ب", "ل", "ك") and len(word) > 3:
        stems.add(word[1:])
    if word.startswith("لل"):
        stems.add("ال" + word[2:])
    if word.endswith("ا") and not word.startswith("ال") and len(word) > 3:
        stems.add(word[:-1])
    return stems


@cache
def _stem_forms(words: frozenset[str]) -> frozenset[str]:
    """Every word whose :func:`_stems` hold one of ``words`` ("الشركات" → "والشركات",
    "للشركات", "بشركات"), as a :func:`~analysis.extract.document.shared_words` set.

    The stems strip a conjunction and a preposition (:func:`attached_forms` puts them
    back) or an accusative alif after a conjunction.
    """
    forms = {
        form
        for word in words
        for form in (*attached_forms(word), *(conj + word + "ا" for conj in ("", "و", "ف")))
    }
    return shared_words(form for form in forms if _stems(form) & words)


# Adverbs that end in the accusative alif too: an adverb after them is still one.
_ADVERB_WORDS = frozenset(normalize_terms([
    "أيضا", "معا", "جدا", "كثيرا", "دائما", "مؤخرا", "سابقا", "لاحقا", "خصوصا", "تحديدا",
    "أساسا", "تماما", "أولا", "ثانيا", "أبدا", "غالبا", "عموما", "مجددا", "فورا", "سويا",
]))


def _after_indefinite_noun(doc: Document, first: int) -> bool:
    """Whether the word before an adverb-shaped nisba (عسكريا، اقتصاديا) is an indefinite
    accusative noun it agrees with, which makes it an adjective: "استهدفت مطارا عسكريا",
    "شهد نموا اقتصاديا", "فريقا أمنيا". Not after a pronoun suffix ("تدخلها عسكريا"),
    another nisba or a name in ـيا ("سياسيا واقتصاديا", "روسيا"), or an adverb ("أيضا")."""
    if first == 0:
        return False
    before, token = doc.tokens[first - 1], doc.tokens[first]
    if before.sentence != token.sentence:
        return False
    return any(
        len(word) >= 4
        and word.endswith("ا")
        and not word.endswith(("يا", "ها", "نا", "هما"))
        and not word.startswith("ال")
        and word not in _ADVERB_WORDS
        for word in {before.norm, without_conjunction(before.norm)}
    )


def _is_adjective(word: str) -> bool:
    """A nisba adjective in a chain ("السياسية والاقتصادية", "السعودية", "الثنائي")."""
    return len(word) >= 4 and word.endswith(("ي", "يه", "يين", "يا"))


def _modifies_head(doc: Document, first: int, heads: frozenset[str]) -> bool:
    """Whether the adjective at ``first`` modifies a cooperation head noun, directly or
    through other adjectives ("التعاون العسكري والتقني", "المجالات السياسية والثقافية")."""
    tokens = doc.tokens
    sentence = tokens[first].sentence
    for k in range(first - 1, max(-1, first - 1 - _CHAIN), -1):
        token = tokens[k]
        if token.sentence != sentence:
            return False
        stems = _stems(token.norm)
        if stems & heads:
            return True
        if not any(_is_adjective(stem) for stem in stems):
            return False
    return False


def _stands_as_field(
    doc: Document, match: Match, heads: frozenset[str], fields: dict[int, Match]
) -> bool:
    """Whether a field noun (الأمن، الاتصالات) stands in a list of fields right after a
    field head: "في مجال الأمن", "مجالي الأمن والاقتصاد", "للتعاون في مجال التكنولوجيا
    والتعليم والأمن", "ملف الهجرة والأمن". ``fields`` holds the terms counted so far by
    their last token; the list is walked back over them while each is joined by و.
    Followed by an adjective the noun names something else ("في مجال الأمن المائي")."""
    tokens = doc.tokens
    sentence = tokens[match.first].sentence
    nxt = match.last + 1
    if (
        nxt < len(tokens)
        and tokens[nxt].sentence == sentence
        and tokens[nxt].norm.startswith("ال")
        and _is_adjective(tokens[nxt].norm)
    ):
        return False
    member = match
    while "و" in member.prefix and member.first - 1 in fields:
        member = fields[member.first - 1]  # "التكنولوجيا والتعليم والأمن"
    before = member.first - 1
    return (
        before >= 0
        and tokens[before].sentence == sentence
        and bool(_stems(tokens[before].norm) & heads)
    )


def _after_aid_object(doc: Document, first: int, aid_heads: frozenset[str]) -> bool:
    """Whether an adverb (عسكريا، اقتصاديا) follows an aid noun and its one-word object,
    over other adverbs of its list: "بحث سبل دعم الأردن اقتصاديا", "لمساعدة تونس اقتصاديا
    وأمنيا", "بدعم تونس أيضا عسكريا" name the field of the aid. A longer object ("تدعم
    الرئيس السوري بشار الأسد عسكريا") or a verb is left out."""
    tokens = doc.tokens
    sentence = tokens[first].sentence
    k = first - 1
    while k >= 0 and first - k <= _CHAIN and tokens[k].sentence == sentence:
        word = without_conjunction(tokens[k].norm)
        if not (word in _ADVERB_WORDS or (_is_adjective(word) and word.endswith("يا"))):
            break
        k -= 1  # an adverb of the same list ("اقتصاديا وأمنيا"), or "أيضا"
    # The object, then the aid noun; an object in ـيا ("روسيا") was walked over above.
    return any(
        j >= 0 and tokens[j].sentence == sentence and bool(_stems(tokens[j].norm) & aid_heads)
        for j in (k, k - 1)
    )


def _in_institution_name(doc: Document, first: int, heads: frozenset[str]) -> bool:
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
        if stems & heads:
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
    weight: dict[str, float],
    general: dict[str, str],
    groups: dict[str, str],
    kept_with: dict[str, frozenset[str]],
) -> None:
    for label, group in general.items():
        if label not in weight:
            continue
        keep = kept_with.get(label, frozenset())
        specific = [
            w for other, w in weight.items()
            if other != label and other not in keep and groups.get(other) == group
        ]
        # Several specific areas (the seed's counterterrorism, cybersecurity, drones …)
        # cover "التعاون الأمني"; one or two beside it do not ("القضايا الأمنية" with
        # terrorism and its financing, "المجال الأمني" against terrorism and organized
        # crime: the text names security cooperation as such).
        if len(specific) >= _COVERING and sum(specific) >= weight[label]:
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
