"""Attributed statements: who said what, through which reporting verb.

Arabic news reports speech with a small set of reporting verbs (أكد، أوضح، قال، أشار …) in
verb-subject-object order ("وأكد مايوركاس أهمية …"), continues it with participles after a
comma ("، معربا عن …", "، مشيرا إلى …") that keep the speaker, and drops the subject when
the same speaker goes on ("وأوضح أن …"). "من جهته/من جانبه/بدوره" hands the word to the
other side. Institutions speak too ("وأكدت وزارة الخارجية في بلاغ لها"، "وفق بلاغ
لوزارة …"), and so do pairs of states ("أكد البلدان"). A wire agency's own verbs
("ذكرت الوكالة"، "حسبما أوردت وكالة …") are attribution, not statements.

The word lists are data (``data/statement_cues.json``). Matching is on the document's
normalized tokens; every statement quotes the original text: ``evidence[0]`` runs from the
verb (its leading و/ف left out) to the end of what was said, and ``text_ar`` is the part
after the verb and its subject.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path

from analysis.extract.document import (
    Document,
    Token,
    Tokens,
    shared_words,
    without_conjunction,
)
from analysis.extract.entities import Entity, Mention
from analysis.extract.lexicons import common_nouns, given_names
from analysis.extract.sources import find_wire_mentions
from analysis.schema import (
    Country,
    Evidence,
    Organization,
    Person,
    Statement,
    construct_trusted,
)
from analysis.text import normalize_term, normalize_terms

__all__ = ["find_statements", "load_statement_cues"]

_DATA = Path(__file__).resolve().parent / "data" / "statement_cues.json"
_PEOPLE_DATA = _DATA.parent / "people.json"

# How far (in tokens) a subject may sit after its verb, and an apposition after a title.
_SUBJECT_WINDOW = 6
_APPOSITION_WINDOW = 9
_COORDINATION_WINDOW = 32


@dataclass(frozen=True, slots=True)
class StatementCues:
    """The statement word lists, normalized for token lookup."""

    verbs: dict[str, str]  # normalized form -> lemma
    present: frozenset[str]
    clause_start_verbs: frozenset[str]
    verb_objects: dict[str, tuple[str, ...]]
    participles: frozenset[str]
    comma_participles: frozenset[str]
    participle_objects: dict[str, tuple[str, ...]]
    speaker_skip: frozenset[str]
    complement_starts: frozenset[str]
    switch_cues: tuple[tuple[str, ...], ...]
    joint_subjects: frozenset[str]
    media_subjects: frozenset[str]
    media_source_qualifiers: frozenset[str]
    masculine_countries: frozenset[str]
    masculine_state_names: frozenset[str]
    relative_before: frozenset[str]
    attribution_preps: frozenset[str]
    attribution_nouns: frozenset[str]
    quote_closers: tuple[tuple[str, ...], ...]
    subject_heads: frozenset[str]
    person_heads: frozenset[str]
    role_heads: frozenset[str]  # a person's role, not an office that speaks for its body
    kin_heads: frozenset[str]  # "أسرة خاشقجي": the family speaks, not the person named
    institution_heads: frozenset[str]  # a person after these is their object, not them
    non_state_heads: frozenset[str]  # bodies a nisba after them does not make a state's
    source_groups: frozenset[str]  # people quoted as a group: "وفقا لناشطين سوريين"
    periphrases: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]
    name_stop: frozenset[str]
    opening_verbs: frozenset[str]  # verbs that open a verb-subject clause (استقبل، أجرى)
    without_object: frozenset[str]  # verb forms whose next noun can only be the subject
    with_addressee: frozenset[str]  # verb forms of telling: subject, then the one told
    with_bi: frozenset[str]  # verb forms whose object takes ب
    pronoun_object_verbs: frozenset[str]  # verb forms that open a clause with an object pronoun
    of_documents: frozenset[str]  # verb forms said only by data or a document (أظهرت)
    document_subjects: frozenset[str]  # data and documents, which speak (البيانات)
    provision_verbs: frozenset[str]  # a law or an agreement provides (ينص، نصت)
    provision_subjects: frozenset[str]  # the documents that provide (القانون، الاتفاق)
    communiques: frozenset[str]  # a communiqué, whose issuer speaks (بيان، البلاغ)
    content_nouns: frozenset[str]  # what a statement is written in ("جاء في الرسالة")
    not_said_by: dict[str, frozenset[str]]  # verb form -> subject heads it is an act of
    needing_subject: frozenset[str]  # verb forms that count only with a subject after them
    given_names: frozenset[str]


def _role_heads() -> frozenset[str]:
    """The people step's one-word title heads of a single person (الناشط، القيادي،
    الباحث، المحامي …), which head a speaker as the offices here do; not its plural,
    dual and counterpart forms (وزراء، الوزيران، نظيره)."""
    return frozenset(
        h
        for h in _people_words("heads")
        if " " not in h and not h.startswith(_COUNTERPART_STEMS) and h not in _GROUP_HEADS
    )


_COUNTERPART_STEMS = tuple(normalize_terms(("نظير", "نظراء", "نظرائ")))
_GROUP_HEADS = normalize_terms(("الوزيران", "وزراء"))


def _objects(entries: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """A cue word and the words one of which must follow it, all normalized."""
    return {normalize_term(k): tuple(normalize_term(w) for w in v) for k, v in entries.items()}


@cache
def load_statement_cues() -> StatementCues:
    """Read and normalize ``data/statement_cues.json`` (once per process)."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    verbs = {
        normalize_term(form): lemma for lemma, forms in data["verbs"].items() for form in forms
    }
    present = frozenset(
        form
        for form, lemma in verbs.items()
        if form[0] in "يت" and not form.startswith(normalize_term(lemma)[:2])
    )
    offices = normalize_terms(data["person_heads"])
    roles = _role_heads() - offices
    return StatementCues(
        verbs=verbs,
        present=present,
        clause_start_verbs=normalize_terms(data["verbs_needing_clause_start"]),
        verb_objects=_objects(data["verbs_needing_object"]),
        participles=normalize_terms(data["participles"]),
        comma_participles=normalize_terms(data["participles_needing_comma"]),
        participle_objects=_objects(data["participles_needing_object"]),
        speaker_skip=normalize_terms(data["speaker_skip"]),
        complement_starts=normalize_terms(data["complement_starts"]),
        switch_cues=tuple(tuple(normalize_term(c).split()) for c in data["switch_cues"]),
        joint_subjects=normalize_terms(data["joint_subjects"]),
        media_subjects=normalize_terms(data["media_subjects"]),
        media_source_qualifiers=normalize_terms(data["media_source_qualifiers"]),
        masculine_countries=frozenset(data["masculine_countries"]),
        masculine_state_names=normalize_terms(data["masculine_state_names"]),
        relative_before=normalize_terms(data["relative_before"]),
        attribution_preps=normalize_terms(data["attribution_preps"]),
        attribution_nouns=normalize_terms(data["attribution_nouns"]),
        quote_closers=tuple(tuple(normalize_term(c).split()) for c in data["quote_closers"]),
        subject_heads=normalize_terms(data["subject_heads"]) | roles,
        person_heads=offices | roles,
        role_heads=roles,
        kin_heads=normalize_terms(data["kin_heads"]),
        institution_heads=normalize_terms(data["institution_heads"]),
        non_state_heads=normalize_terms(data["non_state_heads"]),
        source_groups=normalize_terms(data["source_groups"]),
        periphrases=tuple(
            (
                tuple(normalize_term(k).split()),
                tuple(tuple(normalize_term(t).split()) for t in v),
            )
            for k, v in data["title_periphrases"].items()
            if not k.startswith("_")
        ),
        name_stop=normalize_terms(data["name_stop_words"])
        | _people_words("stop_words")
        | _people_words("months"),
        given_names=_people_words("given_names"),
        opening_verbs=_people_words("verbs"),
        without_object=frozenset(
            form for form, lemma in verbs.items()
            if lemma in set(data["verbs_without_object"])
        ),
        with_addressee=frozenset(
            form for form, lemma in verbs.items() if lemma in set(data["verbs_with_addressee"])
        ),
        with_bi=frozenset(
            form for form, lemma in verbs.items() if lemma in set(data["verbs_with_bi"])
        ),
        pronoun_object_verbs=frozenset(
            form
            for form, lemma in verbs.items()
            if lemma in set(data["verbs_with_object_pronoun"])
        ),
        of_documents=frozenset(
            form for form, lemma in verbs.items() if lemma in set(data["verbs_of_documents"])
        ),
        document_subjects=normalize_terms(data["document_subjects"]),
        provision_verbs=normalize_terms(data["provision_verbs"]),
        provision_subjects=normalize_terms(data["provision_subjects"]),
        communiques=normalize_terms(data["communiques"]),
        content_nouns=normalize_terms(data["content_nouns"]),
        not_said_by={
            form: normalize_terms(data["verbs_not_said_by"][lemma])
            for form, lemma in verbs.items()
            if lemma in data["verbs_not_said_by"]
        },
        needing_subject=frozenset(
            form for form, lemma in verbs.items() if lemma in set(data["verbs_needing_subject"])
        ),
    )


def _people_words(key: str) -> frozenset[str]:
    """A word list of the people step's data (given names, stop words), if it has one."""
    words = _people_data().get(key, [])
    return normalize_terms([w for w in words if isinstance(w, str)])


@cache
def _people_data() -> dict:
    """The people step's data file, read once for all the lists taken from it."""
    try:
        return json.loads(_PEOPLE_DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass(slots=True)
class _Speaker:
    entity: Entity | None
    name_ar: str
    name_en: str | None


@dataclass(slots=True)
class _Found:
    """A statement before it gets its id."""

    verb_token: int
    verb_ar: str
    form: str
    speaker: _Speaker
    head: int | None  # index in the found list of the statement this one continues
    ev_start: int
    text_start: int
    end: int = -1
    embedded: bool = False  # in a relative clause: not who a later pronoun verb continues


def _strip_conj(norm: str) -> tuple[str, str]:
    """``(prefix, stem)`` with one leading و/ف removed when the stem is long enough."""
    stem = without_conjunction(norm)
    return norm[: len(norm) - len(stem)], stem


def _gap(doc: Document, a: Token, b: Token) -> str:
    return doc.text[a.end : b.start]


def _is_clause_start(doc: Document, i: int, prefix: str) -> bool:
    tokens = doc.tokens
    if prefix:
        return True
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return True
    gap = _gap(doc, tokens[i - 1], tokens[i])
    if any(c in gap for c in '،,:;-–—("«'):
        return True
    # "وسبق أن اتهم ترامب الدوحة": a background statement the annotators list
    if i > 1 and tokens[i - 1].norm == "ان" and _strip_conj(tokens[i - 2].norm)[1] == "سبق":
        return True
    # "فيما" is no و/ف-word: look the word up whole too
    return tokens[i - 1].norm in _CLAUSE_START_WORDS or (
        _strip_conj(tokens[i - 1].norm)[1] in _CLAUSE_START_WORDS
    )


_CLAUSE_START_WORDS = frozenset(
    {
        "كما",
        "ثم",
        "قد",
        "كان",
        "كانت",
        "جهته",
        "جهتها",
        "جانبه",
        "جانبها",
        "بدوره",
        "بدورها",
        "ايضا",
        "حيث",
        "فيما",
        "بينما",
        "حين",  # "في حين دعا …"
        "عندها",
        "عندئذ",
        "لكن",  # "لكنه حث موسكو على …", "ولكن رونالدو أكد"
        "لكنه",
        "لكنها",
        "لكنهم",
    }
)


def _has_comma_before(doc: Document, i: int) -> bool:
    tokens = doc.tokens
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return True
    gap = _gap(doc, tokens[i - 1], tokens[i])
    return any(c in gap for c in "،,;-–")


class _MentionIndex:
    """Which entity mention starts at or covers each token."""

    def __init__(self, speakers: list[Entity]) -> None:
        self.covering: dict[int, tuple[Entity, Mention]] = {}
        self.starting: dict[int, tuple[Entity, Mention]] = {}
        # A capital names its government only as the subject ("ونفت موسكو"), read apart.
        self.capitals: dict[int, tuple[Entity, Mention]] = {}
        for entity in speakers:
            rank = _rank(entity)
            for mention in entity.mentions:
                if mention.kind == "capital":
                    self.capitals[mention.first_token] = (entity, mention)
                    continue
                for t in range(mention.first_token, mention.last_token + 1):
                    old = self.covering.get(t)
                    if old is None or _better(entity, mention, rank, *old):
                        self.covering[t] = (entity, mention)
                old = self.starting.get(mention.first_token)
                if old is None or _better(entity, mention, rank, *old):
                    self.starting[mention.first_token] = (entity, mention)


def _rank(entity: Entity) -> int:
    fact = entity.fact
    return 0 if isinstance(fact, Person) else 1 if isinstance(fact, Organization) else 2


def _better(entity: Entity, mention: Mention, rank: int, old_e: Entity, old_m: Mention) -> bool:
    old_rank = _rank(old_e)
    if rank != old_rank:
        return rank < old_rank
    return (mention.last_token - mention.first_token) > (old_m.last_token - old_m.first_token)


def _speaker_of(entity: Entity) -> _Speaker:
    fact = entity.fact
    return _Speaker(entity, fact.name_ar, fact.name_en)


def _country_pair_name(speakers: list[Entity]) -> str | None:
    countries = [e for e in speakers if isinstance(e.fact, Country)]
    countries.sort(key=lambda e: -len(e.mentions))
    names = [e.fact.name_en for e in countries[:2]]
    return " and ".join(names) if len(names) == 2 else None


@cache
def _cue_words() -> frozenset[str]:
    """Every word the statement loop acts on: verbs, participles, attribution
    prepositions, alone or after و/ف (see ``_strip_conj``)."""
    cues = load_statement_cues()
    cue_words = set(cues.verbs) | cues.participles | cues.attribution_preps | _SAYING
    cue_words |= _RELAY_VERBS | cues.provision_verbs | {_CAME}
    cue_words |= {verb + suffix for verb in cues.verbs for suffix in _OBJECT_PRONOUNS}
    return shared_words(w for k in cue_words for w in (k, "و" + k, "ف" + k))


# "بما أعلنته الرئاسة", "الخطوات التي أعلنها الرئيس", "واتهمهم بـ…"
_OBJECT_PRONOUNS = ("ه", "ها", "هم")
_RESUMPTIVE = frozenset({"فيه", "فيها", "خلاله", "خلالها"})


def _pronoun_verb(
    doc: Document, i: int, stem: str, cues: StatementCues, index: _MentionIndex
) -> tuple[str, str] | None:
    """A reporting verb with an object pronoun: ``(the verb without it, where it stands)``.

    ``relative``: after a relative ("بما أعلنته الرئاسة التركية", "الخطوات التي أعلنها
    الرئيس"); ``unmarked``: right after an indefinite noun, a relative clause with no relative
    pronoun ("مبادرة سلام أعلنها رئيس الوزراء", "في اتهام نفته موسكو"), both with the
    speaker named after the verb; ``clause``: opening a clause, for the verbs of
    pronoun_object_verbs ("ووصفه بأنه …", "واتهمتها بدعم الإرهاب", "وأبلغه أن …"), or
    ``resumptive`` when a pronoun after it refers back to what came before ("أخبره
    خلاله الأمير محمد"). A
    word in ة is a noun (إشارة، إضافة، حملة), whatever its normalized form.
    """
    tokens = doc.tokens
    token = tokens[i]
    if doc.text[token.end - 1] == "ة":
        return None
    bare = next(
        (
            stem[: -len(suffix)]
            for suffix in _OBJECT_PRONOUNS
            if stem.endswith(suffix) and stem[: -len(suffix)] in cues.verbs
        ),
        None,
    )
    if bare is None:
        return None
    prefix = token.norm[: len(token.norm) - len(stem)]
    if bare in cues.pronoun_object_verbs and _is_clause_start(doc, i, prefix):
        if i + 1 < len(tokens) and tokens[i + 1].norm in _RESUMPTIVE:
            # "اتصال …، أخبره خلاله الأمير محمد بأن …": a relative clause of the call,
            # which does not change who speaks next
            return bare, "resumptive"
        return bare, "clause"
    if i == 0 or tokens[i - 1].sentence != token.sentence:
        return None
    before = tokens[i - 1]
    if _strip_conj(before.norm)[1] in cues.relative_before or before.norm in cues.relative_before:
        return bare, "relative"
    if (
        not prefix
        and not _gap(doc, before, token).strip()
        and not before.norm.startswith(_DEFINITE)
        and before.norm in _plain_nouns()
        and bare not in _plain_nouns()  # "موقف أكثر اعتدالا تشددهم": a noun (تشدد)
        and i - 1 not in index.covering
    ):
        return bare, "unmarked"
    return None


@cache
def _next_statement_words() -> frozenset[str]:
    """Verbs and participles (and جاء, ينص), alone or after و/ف: where a next statement
    starts."""
    cues = load_statement_cues()
    words = set(cues.verbs) | cues.participles | cues.provision_verbs | {_CAME}
    return frozenset(w for k in words for w in (k, "و" + k, "ف" + k))


def find_statements(doc: Document, speakers: list[Entity]) -> list[Statement]:
    """Find attributed statements and resolve their speakers.

    Args:
        doc: the prepared article.
        speakers: people, organizations and countries that may speak, with their mentions
            (kinds name/short/title/nisba/alias) in ``doc``.

    Returns:
        Statements in reading order, ids ``s1``, ``s2`` …; participial continuations have
        ``form="participle"``, the head statement's speaker and ``continues`` set to it.
        Repeats (an abstract that copies the first paragraph) are kept once.
    """
    cues = load_statement_cues()
    tokens = doc.tokens
    if not tokens:
        return []
    index = _MentionIndex(speakers)
    principals = _principals(speakers)
    found: list[_Found] = []
    last_speaker: _Speaker | None = None
    last_feminine: _Speaker | None = None
    last_head_in_sentence: dict[int, int] = {}
    last_provision: tuple[_Speaker, int] | None = None  # the document that last provided
    quoted = _quoted_tokens(doc)
    for i in tokens.where(_cue_words()):  # only the words a statement can hang on
        token = tokens[i]
        prefix, stem = _strip_conj(token.norm)
        lemma = cues.verbs.get(stem) or cues.verbs.get(token.norm)
        if lemma is not None and token.norm in cues.verbs:
            prefix, stem = "", token.norm
        if stem in cues.provision_verbs and i not in quoted:
            # A document provides: it is no speaker a later pronoun verb continues.
            item = _provision_statement(doc, i, prefix, stem, cues, last_provision)
            if item is not None:
                found.append(item)
                last_provision = (item.speaker, token.sentence)
            continue
        if stem == _CAME and i not in quoted:
            item = _content_statement(doc, i, cues, index, last_speaker)
            if item is not None:
                found.append(item)
                if item.speaker.entity is not None:
                    last_speaker = item.speaker
                last_head_in_sentence[token.sentence] = len(found) - 1
            continue
        embedded = False  # "وفق ما أكده المصدر": it does not change who speaks next
        pronoun = None
        if lemma is None and (found_verb := _pronoun_verb(doc, i, stem, cues, index)):
            stem, pronoun = found_verb
            # "أثنى ترامب على الأمير ووصفه بأنه …": after a statement in its sentence, it
            # does not change who speaks next either
            embedded = pronoun != "clause" or token.sentence in last_head_in_sentence
            lemma = cues.verbs[stem]
        if lemma is not None and i not in quoted:
            made = _verb_statement(
                doc, i, prefix, stem, cues, index, last_speaker, principals, speakers,
                nested=token.sentence in last_head_in_sentence,
                feminine_speaker=last_feminine,
                pronoun=pronoun,
            )
            if made:
                found.extend(made)
                if embedded or made[-1].embedded:
                    last_head_in_sentence.setdefault(token.sentence, len(found) - 1)
                    continue
                # "وأضافت أحلام": a person named right after a feminine verb is a woman,
                # whatever her title says (she may have none).
                named = index.covering.get(i + 1) if _is_feminine_form(stem, lemma, cues) else None
                for item in made:
                    if _is_feminine(item.speaker, cues) or (
                        named is not None
                        and item.speaker.entity is named[0]
                        and isinstance(named[0].fact, Person)
                    ):
                        last_feminine = item.speaker
                last_speaker = made[-1].speaker
                last_head_in_sentence[token.sentence] = len(found) - 1
                continue
        if token.norm in cues.participles and stem not in cues.participles:
            prefix, stem = "", token.norm  # "واصفا": the و is the participle's own
        if stem in cues.participles and i not in quoted:
            head_in_sentence = last_head_in_sentence.get(token.sentence)
            if head_in_sentence is None:
                head_in_sentence = _head_before_quote(doc, i, quoted, last_head_in_sentence)
            item = _participle_statement(
                doc, i, prefix, stem, cues, index, found, head_in_sentence
            )
            if item is not None:
                found.append(item)
                continue
        if (token.norm in _SAYING or stem in _RELAY_VERBS) and i not in quoted:
            relay = _relayed_statement if token.norm in _SAYING else _relay_without_masdar
            item = relay(doc, i, cues, index, speakers, last_speaker)
            if item is not None:
                found.append(item)
                last_speaker = item.speaker
                last_head_in_sentence[token.sentence] = len(found) - 1
            continue
        if (stem in cues.attribution_preps or token.norm in cues.attribution_preps) and (
            i not in quoted
        ):
            item = _attribution_statement(doc, i, cues, index, found, speakers, last_speaker)
            if item is not None:
                found.append(item)
                # A source named at the head of a sentence (whose end is not yet set),
                # or a group no known speaker stands for, is not who the pronoun of the
                # next verb is.
                if item.speaker.entity is not None and item.end >= 0:
                    last_speaker = item.speaker
    return _finish(doc, found, cues)


def _provision_statement(
    doc: Document,
    i: int,
    prefix: str,
    stem: str,
    cues: StatementCues,
    last_provision: tuple[_Speaker, int] | None,
) -> _Found | None:
    """ "وينص الاتفاق على إلغاء الرسوم", "القانون الذي ينص على …": a law, an agreement or a
    plan provides for something, which the annotators list as that document's statement.

    The document is the words between the verb and على, kept as written; with none
    ("التي تنص على", "اتفاقا لوقف إطلاق النار، ينص على"), the document named a few words
    before, or the one that provided in the sentence before ("كما تنص على").
    """
    tokens = doc.tokens
    stop = _sentence_stop(doc, i)
    if stem in _PROVIDED and not _is_clause_start(doc, i, prefix):
        return None  # "نص البيان": the noun 'text'
    on = next(
        (k for k in range(i + 1, min(stop, i + 1 + _PROVISION_REACH)) if tokens[k].norm == "علي"),
        None,
    )
    if on is None or on + 1 >= stop:
        return None
    last = i
    for k in range(i + 1, on):
        norm = tokens[k].norm
        if (
            norm in cues.speaker_skip
            or (k == i + 1 and norm[:1] == "ب")
            or (k > i + 1 and any(c in _gap(doc, tokens[k - 1], tokens[k]) for c in "،,("))
        ):
            break  # "تنص أيضا على", "تنص بصورة خاصة على"
        last = k
    speaker: _Speaker | None = None
    if last > i:
        speaker = _Speaker(None, _phrase_text(doc, i + 1, last), None)
    else:
        speaker = _provision_before(doc, i, cues)
        if (
            speaker is None
            and last_provision is not None
            and tokens[i].sentence - last_provision[1] <= 1
        ):
            speaker = last_provision[0]
    if speaker is None:
        return None
    verb_ar, ev_start = doc.text[tokens[i].start : tokens[i].end], tokens[i].start
    if prefix:
        verb_ar, ev_start = _drop_prefix(doc, tokens[i])
    return _Found(i, verb_ar, "verb", speaker, None, ev_start, _after_colon(doc, on + 1))


_PROVIDED = frozenset({"نص", "نصت"})  # past forms, which are also the noun نص
_PROVISION_REACH = 12  # "وينص اتفاق التبادل الحر بين اليابان والاتحاد الأوروبي (جيفتا) على"


def _provision_before(doc: Document, i: int, cues: StatementCues) -> _Speaker | None:
    """The document a provision verb with no subject after it refers back to: named a few
    words before, past a relative or a comma ("النظام الداخلي للمجلس الذي ينص على")."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    end = i - 1
    if end >= 0 and tokens[end].norm in cues.relative_before:
        end -= 1
    for k in range(end, max(-1, end - _PROVISION_BACK), -1):
        if tokens[k].sentence != sentence:
            return None
        stem = _strip_conj(tokens[k].norm)[1]
        if stem in cues.provision_subjects or _without_lam(stem) in cues.provision_subjects:
            return _Speaker(None, _phrase_text(doc, k, end), None)
    return None


_PROVISION_BACK = 6


_CAME = "جاء"


def _content_statement(
    doc: Document,
    i: int,
    cues: StatementCues,
    index: _MentionIndex,
    last_speaker: _Speaker | None,
) -> _Found | None:
    """ "وجاء في بيان للوزارة أن …", "وجاء في الرسالة: «…»", "أصدرت الوزارة بيانا جاء فيه
    أن …": what a communiqué, a letter or a tweet says is its issuer's or writer's statement,
    with جاء as the verb. "حسب ما جاء في البلاغ" credits a source (see
    :func:`_attribution_statement`), and "جاء في المرتبة الثانية" says nothing: what was
    said must follow, after أن/إن, a colon or a quote."""
    tokens = doc.tokens
    stop = _sentence_stop(doc, i)
    if i + 2 >= stop or tokens[i + 1].norm not in ("في", "فيه", "فيها"):
        return None
    if i > 0 and tokens[i - 1].sentence == tokens[i].sentence:
        before = _strip_conj(tokens[i - 1].norm)[1]
        if before in cues.relative_before or before in ("كما", "حسبما", "وفقما"):
            return None  # "وفق ما جاء في البيان", "كما جاء في الرسالة"
    speaker: _Speaker | None
    if tokens[i + 1].norm == "في":
        noun = i + 2
        if tokens[noun].norm in _ONE_OF and noun + 1 < stop:
            noun += 1  # "جاء في إحدى الرسائل"
        if tokens[noun].norm not in cues.content_nouns or _media_report(doc, noun, stop, cues):
            return None
        subject = _communique_subject(doc, noun, stop, cues, index, last_speaker)
        said_from = noun + 1 if subject is None else subject[2] + 1
        if subject is None:
            speaker = last_speaker
        elif subject[3] is not None:
            speaker = _speaker_of(subject[3])
        else:
            speaker = _Speaker(None, _phrase_text(doc, subject[1], subject[2]), None)
    else:  # "بيانا رسميا جاء فيه": the noun is a few words before, its issuer before it
        noun = next(
            (
                k for k in range(i - 1, max(-1, i - 4), -1)
                if tokens[k].sentence == tokens[i].sentence
                and _strip_conj(tokens[k].norm)[1] in cues.content_nouns
            ),
            None,
        )
        if noun is None or _media_report(doc, noun, stop, cues):
            return None
        issuer = _issuer_before_noun(doc, noun, index)
        speaker = (
            _speaker_of(issuer)
            if issuer is not None
            else _Speaker(None, _phrase_text(doc, noun, i - 1), None)
        )
        said_from = i + 2
    if speaker is None:
        return None
    said = next(
        (
            k for k in range(said_from, min(stop, said_from + _CONTENT_REACH))
            if tokens[k].norm in _THAT or _opens_quote(doc, k)
        ),
        None,
    )
    if said is None:
        return None
    verb_ar, ev_start = doc.text[tokens[i].start : tokens[i].end], tokens[i].start
    if _strip_conj(tokens[i].norm)[0]:
        verb_ar, ev_start = _drop_prefix(doc, tokens[i])
    return _Found(i, verb_ar, "verb", speaker, None, ev_start, _after_colon(doc, said))


_ONE_OF = frozenset({"احدي", "احد"})
_CONTENT_REACH = 12  # "وجاء في بيان صادر اليوم الاثنين عن الخارجية الأمريكية أن"


def _issuer_before_noun(doc: Document, noun: int, index: _MentionIndex) -> Entity | None:
    """Who issued the communiqué at token ``noun``, named before it in its clause
    ("أصدرت وزارة الدفاع الروسية بيانا"): the nearest speaker with no comma between."""
    tokens = doc.tokens
    first = doc.sentence_tokens(tokens[noun].sentence).start
    for k in range(noun - 1, first - 1, -1):
        if any(c in _gap(doc, tokens[k], tokens[k + 1]) for c in "،,"):
            return None  # "وجهوا إلى الفنانين ومن بينهم أحلام، رسالة": whom it was sent to
        hit = index.covering.get(k) or index.capitals.get(k)
        if hit is not None:
            return hit[0]
    return None


# "نقلت … عن X قوله/وصفه/تأكيده": the masdar of what X said, with his pronoun.
_SAYING = normalize_terms(
    (
        *("قوله", "قولها", "قولهم", "قولهما", "وصفه", "وصفها"),
        *("تأكيده", "تأكيدها", "تأكيدهم", "تحذيره", "تحذيرها", "تحذيرهم"),
    )
)
# Verbs of relaying another's words; "نقلا عن" credits a source and opens no statement.
_RELAY_VERBS = frozenset({"نقل", "نقلت", "ينقل", "تنقل"})


def _relayed_statement(
    doc: Document,
    i: int,
    cues: StatementCues,
    index: _MentionIndex,
    speakers: list[Entity],
    last_speaker: _Speaker | None,
) -> _Found | None:
    """ "ونقلت وكالة رويترز عن مسؤول كوري جنوبي قوله إن …": the one quoted after عن speaks,
    with "قوله" as the verb; the agency only relays."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    first = doc.sentence_tokens(sentence).start
    about = None
    for k in range(i - 1, max(first - 1, i - 10), -1):
        # "نقلت … عن X قوله", "نقلت … على لسان X قوله"
        if tokens[k].norm == "عن" or (
            tokens[k].norm == "لسان" and k > first and tokens[k - 1].norm == "علي"
        ):
            about = k
            break
    if about is None or about + 1 >= i:
        return None
    if not any(
        _strip_conj(tokens[k].norm)[1] in _RELAY_VERBS or tokens[k].norm == "نقلا"
        for k in range(max(first, about - _RELAY_REACH), about)
    ):
        return None
    speaker = _relayed_source(doc, about, i, cues, index, speakers, last_speaker)
    return _relay_found(doc, i, speaker, i + 1, cues)


_RELAY_REACH = 8  # "ونقلت وكالة أنباء الصين الجديدة شينخوا عن": the outlet before عن


def _relay_without_masdar(
    doc: Document,
    i: int,
    cues: StatementCues,
    index: _MentionIndex,
    speakers: list[Entity],
    last_speaker: _Speaker | None,
) -> _Found | None:
    """ "ونقلت وكالة أسوشيتد برس عن مسؤول أمني أن …": with no "قوله", the one quoted after
    عن speaks, with the relay verb at token ``i`` as the verb."""
    tokens = doc.tokens
    stop = _sentence_stop(doc, i)
    about = next(
        (k for k in range(i + 1, min(stop, i + 1 + _RELAY_REACH)) if tokens[k].norm == "عن"),
        None,
    )
    if about is None:
        return None
    said = None  # the token what was said starts at
    for k in range(about + 2, min(stop, about + 2 + _RELAY_REACH)):
        if tokens[k].norm in _SAYING:
            return None  # "… عن مسؤول قوله إن": the masdar is the verb (_relayed_statement)
        # A quote mark may open a name ("عن قائد "فيلق القدس""): only أن/إن or a colon.
        if tokens[k].norm in _THAT or ":" in _gap(doc, tokens[k - 1], tokens[k]):
            said = k
            break
    if said is None:
        return None
    speaker = _relayed_source(doc, about, said, cues, index, speakers, last_speaker)
    return _relay_found(doc, i, speaker, said, cues)


def _relay_found(
    doc: Document, i: int, speaker: _Speaker | None, said: int, cues: StatementCues
) -> _Found | None:
    """The statement of a relayed ``speaker``, the word at token ``i`` (without و/ف) its verb,
    what was said starting at token ``said``."""
    stop = _sentence_stop(doc, i)
    if speaker is None or said >= stop:
        return None
    text_start = _text_start(doc, said, stop, cues)
    if text_start is None:
        return None
    token = doc.tokens[i]
    verb_ar, ev_start = doc.text[token.start : token.end], token.start
    if token.norm not in _SAYING and _strip_conj(token.norm)[0]:  # "وصفه" is whole
        verb_ar, ev_start = _drop_prefix(doc, token)
    return _Found(i, verb_ar, "verb", speaker, None, ev_start, text_start)


def _relayed_source(
    doc: Document,
    about: int,
    end: int,
    cues: StatementCues,
    index: _MentionIndex,
    speakers: list[Entity],
    last_speaker: _Speaker | None,
) -> _Speaker | None:
    """Who a relay quotes: the words after عن (token ``about``) and before token ``end``."""
    subject = _find_subject(doc, about + 1, end, cues, index, speakers, last_speaker)
    if isinstance(subject, tuple):
        kind, s_first, s_last, entity = subject
        if kind == "entity" and entity is not None:
            return _speaker_of(entity)
        return _Speaker(None, _phrase_text(doc, s_first, s_last), None)
    # "عن مسؤول كوري جنوبي": an anonymous source, kept as written.
    name = _phrase_text(doc, about + 1, end - 1)
    if not name or subject == "media":
        return None
    return _Speaker(None, name, None)


def _principals(speakers: list[Entity]) -> list[Entity]:
    people = [e for e in speakers if isinstance(e.fact, Person)]
    marked = [e for e in people if e.fact.role == "principal"]
    return marked or people


_LAST_QUOTED: list[tuple[Document, set[int]]] = []


def _quoted_tokens(doc: Document) -> set[int]:
    """Tokens inside quotation marks: speech inside a quote does not open a new statement.

    Quotes are paired within a paragraph, since a quote often holds several sentences. The
    last document's result is kept: the events step asks for the same document.
    """
    if _LAST_QUOTED and _LAST_QUOTED[0][0] is doc:
        return _LAST_QUOTED[0][1]
    inside = _find_quoted(doc)
    _LAST_QUOTED[:] = [(doc, inside)]
    return inside


_QUOTE_MARK = re.compile('[«“»”"]')


def _find_quoted(doc: Document) -> set[int]:
    inside: set[int] = set()
    text = doc.text
    paragraphs: dict[int, list[int]] = {}
    for sentence in doc.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.index)
    for indexes in paragraphs.values():
        start = doc.sentences[indexes[0]].start
        end = doc.sentences[indexes[-1]].end
        chunk = text[start:end]
        if '"' not in chunk and "«" not in chunk and "“" not in chunk:
            continue
        spans: list[tuple[int, int]] = []
        open_at: int | None = None
        for mark in _QUOTE_MARK.finditer(chunk):  # only the quotation marks
            k, ch = mark.start(), mark.group()
            if ch in "«“" or (ch == '"' and open_at is None):
                open_at = start + k
            elif ch in "»”" or (ch == '"' and open_at is not None):
                if open_at is not None:
                    spans.append((open_at, start + k))
                open_at = None
        if not spans:
            continue
        tokens = doc.tokens
        first = doc.sentence_tokens(indexes[0]).start
        stop = doc.sentence_tokens(indexes[-1]).stop
        t = first
        for a, b in spans:  # spans are in order: bisect forward over the paragraph's tokens
            t = bisect.bisect_right(tokens, a, t, stop, key=_token_start)
            end = bisect.bisect_left(tokens, b, t, stop, key=_token_start)
            inside.update(range(t, end))
            t = end
    return inside


_token_start = itemgetter(2)  # Token.start


def _verb_statement(
    doc: Document,
    i: int,
    prefix: str,
    stem: str,
    cues: StatementCues,
    index: _MentionIndex,
    last_speaker: _Speaker | None,
    principals: list[Entity],
    speakers: list[Entity],
    nested: bool = False,
    feminine_speaker: _Speaker | None = None,
    pronoun: str | None = None,
) -> list[_Found]:
    """Statements hanging on the reporting verb at token ``i`` (several for a joint subject).

    ``feminine_speaker``: the last speaker that takes a feminine verb, for a pronoun-only
    feminine verb after a man spoke.

    ``pronoun``: where the verb with an object pronoun (أعلنها) stands, as read off by
    :func:`_pronoun_verb`.

    ``nested``: a statement was already found earlier in the sentence, so a subject-verb
    clause after أن/إن ("وأضاف أن الحزب دعا …") is part of what was said, not a new one,
    unless a person is its subject: "أوضح الشابي أن الشاهد أكد …" relays the person's words.
    """
    tokens = doc.tokens
    token = tokens[i]
    sentence = token.sentence
    pronoun_object = pronoun in ("relative", "unmarked")
    # "حسبما أعلنت الرئاسة", "مبادرة أعلنها رئيس الوزراء": only with a speaker named after
    # the verb
    needs_subject = pronoun == "unmarked"
    # "الخطوات التي أعلنها الرئيس": with pronoun_object, the relative is the object and
    # the speaker comes after
    if _in_time_clause(tokens, i):
        return []  # "بعد أن أعلن البلدان انتهاء الحرب": background, not a statement
    if i > 0 and tokens[i - 1].sentence == sentence and tokens[i - 1].norm in cues.relative_before:
        if not pronoun_object and not _attributive_relative(tokens, i - 1, cues):
            said = _said_in_relative(doc, i, prefix, stem, cues, index, speakers, last_speaker)
            if said is not None:
                return [said]
            antecedent = _relative_antecedent(doc, i - 1, index)
            if antecedent is None or stem in cues.needing_subject:
                return []  # "عطا، الذي يعتقد أنه قاد …": is believed
            # "… الملك سلمان، الذي نفى بدوره علمه …": the person named before speaks.
            stop = _sentence_stop(doc, i)
            text_start = _text_start(doc, i + 1, stop, cues) if i + 1 < stop else None
            # Without a complement only verbs that are always speech: "الذي أعلن
            # استقلال …" is an act.
            if text_start is None or not (
                _has_complement(tokens, i + 1, stop, cues)
                or lemma_of(cues, stem) in _SPEECH_ONLY
            ):
                return []
            verb_ar, ev_start = doc.text[token.start : token.end], token.start
            if prefix:
                verb_ar, ev_start = _drop_prefix(doc, token)
            return [
                _Found(i, verb_ar, "verb", _speaker_of(antecedent), None, ev_start, text_start)
            ]
        needs_subject = True
    before = _subject_before(doc, i, cues, index)
    if before is None and _media_before(doc, i, cues):
        return []  # "على الرغم من تقارير أفادت بأنه …": the media report, no one speaks
    if nested and _after_that(tokens, i) and (
        (before is not None and not isinstance(before.fact, Person))
        or (before is None and _named_before(doc, i, cues, index) is not None)
    ):
        return []
    # "إلا أن لافروف انتقد …", "بومبيو يشكر السعودية" (a headline): a subject that
    # opens the clause opens it for the verb; but "فرنسا توقع مبادرة" signs (تُوقّع), but
    # after أن ("أن الوزير توقع").
    opened = before is not None and (stem not in _SIGNS or _after_that(tokens, i))
    # "وثيقة تعهدت فيها كوريا الشمالية …": a pronoun after it referring back to the noun
    # before makes the word a verb opening a relative clause, not a noun (تعهد، وصف), but
    # only with its subject named after it: "تحركات احتجاجية اتهم فيها السلطات" has none
    resumptive = False
    if stem in cues.clause_start_verbs and not opened and not _is_clause_start(doc, i, prefix):
        if not (i + 1 < len(tokens) and tokens[i + 1].norm in _RESUMPTIVE):
            return []
        resumptive = True
    needs = cues.verb_objects.get(stem)
    stop = _sentence_stop(doc, i)
    if (
        needs
        and not pronoun_object
        and not _has_object(tokens, i + 1, min(stop, i + 1 + _COORDINATION_WINDOW), needs)
    ):
        return []
    # A nominal reading ("وصف" noun, "كشف" noun) is excluded by requiring a subject or a
    # complement right after the verb; the subject search below decides.
    switch = _after_switch_cue(tokens, i, cues)
    subject = (
        None
        if before is not None
        else _find_subject(
            doc, i + 1, stop, cues, index, speakers, last_speaker,
            stem in cues.without_object,
        )
    )
    if (
        i + 1 < stop
        and tokens[i + 1].norm in _RESUMPTIVE
        and isinstance(subject, tuple)
        and subject[2] + 1 < stop
        and tokens[subject[2] + 1].norm[:1] == "ب"
        and tokens[subject[2] + 1].norm not in _ADVERBIAL_BI
        # "قال فيه العلماء بأنهم …" says, but "وصف فيه الرئيس بأنه …" describes him
        and (tokens[subject[2] + 1].norm not in _THAT or lemma_of(cues, stem) in _DESCRIBING)
        and stem not in cues.with_bi
        and lemma_of(cues, stem) not in cues.with_bi
    ):
        # "رسالة مكتوبة، اتهم فيها إسرائيل باستغلال المباراة": the one accused, not the
        # speaker, who is the verb's pronoun
        subject = None
    if subject == "media" or (
        (needs_subject or resumptive) and not isinstance(subject, tuple)
    ):
        return []
    if resumptive and not _agrees_after_resumptive(subject, stem, cues):
        return []  # "دعت فيها سكان القطاع إلى": an unnamed speaker, then whom she called on
    if stem in cues.needing_subject and before is None and not isinstance(subject, tuple):
        return []  # "ورد في التقرير", "وردت أنباء": came, not replied
    if stem in cues.of_documents and not _document_speaks(doc, subject, last_speaker, cues):
        return []  # "وأظهرت لقطات تلفزيونية": footage shows, no one says
    if (
        stem in cues.not_said_by
        and isinstance(subject, tuple)
        and _strip_conj(tokens[subject[1]].norm)[1] in cues.not_said_by[stem]
    ):
        return []  # "أدانت محكمة بريطانية رجلا": a court convicts
    if stem in cues.with_addressee and before is None and pronoun not in ("clause", "resumptive"):
        # The speaker's name or title comes first, and a nisba names no speaker: in "أبلغ
        # الكرملين مسؤولين إسرائيليين" the officials of the nisba are the ones told.
        named = (
            isinstance(subject, tuple)
            and subject[0] == "entity"
            and subject[1] == i + 1
            and (hit := index.covering.get(subject[2])) is not None
            and hit[1].kind != "nisba"
        )
        told = subject[2] + 1 if named else stop  # the word after the one named
        if told < stop and tokens[told].norm in cues.complement_starts:
            # "وشكر الرئيس عباس على الاستقبال": one name before what is said is the one
            # thanked; the speaker is the verb's pronoun.
            subject = None
        elif not named:
            # "أبلغت أسرة كيارا الشرطة أن …": an unnamed subject runs into the one told.
            return []
    if isinstance(subject, tuple) and _state_as_object(doc, subject, i, stem, cues, index):
        subject = None  # "كما حث النرويج على …": the state is what the speaker urged
    speakers_found: list[_Speaker]
    subject_end = i + 1
    unnamed_headline = False
    if isinstance(subject, tuple):
        kind, first, last, entity = subject
        subject_end = last + 1
        if kind == "entity" and entity is not None:
            speakers_found = [_speaker_of(entity)]
            for extra, extra_last in _coordinated(doc, subject_end, stop, cues, index, entity):
                speakers_found.append(_speaker_of(extra))
                subject_end = max(subject_end, extra_last + 1)
        elif kind == "joint":
            name = doc.text[tokens[first].start : tokens[last].end]
            if tokens[first].norm[0] in "وف" and tokens[first].norm[1:] in cues.joint_subjects:
                name = name[1:]
            speakers_found = [_Speaker(None, name, _country_pair_name(speakers))]
        elif (
            first == last
            and tokens[first].norm in _ANAPHORIC
            and last_speaker is not None
            and last_speaker.entity is not None
            and isinstance(last_speaker.entity.fact, Person)
        ):
            # "وأكد المسؤول أن …" after a named official refers back to them.
            speakers_found = [last_speaker]
        elif _strip_conj(tokens[first].norm)[1] in _THE_SOURCES and _is_source(last_speaker):
            speakers_found = [last_speaker]  # "وأضاف المصدر" after "قال مصدر عسكري"
        else:  # an unresolved institution or official: keep the subject as written
            name = _phrase_text(doc, first, last)
            titled = (
                _person_by_title(name, speakers)
                if kind == "unresolved"
                else _person_by_name_word(tokens[first].norm, speakers)
                if kind == "named" and first == last
                else None
            )
            speakers_found = [_speaker_of(titled) if titled else _Speaker(None, name, None)]
    elif before is not None:
        # Subject-verb order: "وزارة الصحة أعلنت …", "… أن الشاهد أكد أن …".
        speakers_found = [_speaker_of(before)]
    elif (named_before := _named_before(doc, i, cues, index)) is not None:
        speakers_found = [_Speaker(None, named_before, None)]
    elif stem in cues.present and (
        headline := _headline_subject(doc, i, prefix, cues, index, speakers, last_speaker, nested)
    ):
        speakers_found = [headline]
        # an unnamed body in the headline is no speaker a pronoun verb of the lead goes on
        # with ("النيابة العمومية تنفي …" before "وأكدت" of another)
        unnamed_headline = headline.entity is None
    elif stem in cues.present:
        # A present-tense verb without its own subject is usually inside what someone
        # else said ("… يؤكد على تعزيز …"), not a new statement.
        return []
    elif _is_group_form(stem, lemma_of(cues, stem)) and not (
        last_speaker is not None and last_speaker.entity is None
    ):
        # "وأكدوا …", "وأعربا …": a dual or plural pronoun names a group, never the one
        # person who spoke last.
        label = "الطرفان" if not stem.endswith("وا") else "المشاركون"
        speakers_found = [_Speaker(None, label, _country_pair_name(speakers))]
    else:
        # Pronoun-only verb: the subject is the last speaker, or the other side after
        # "من جهته"; a verb with nothing to continue is not attributable.
        if (
            i + 1 < len(tokens)
            and _LATIN_WORD.match(tokens[i + 1].norm)
            and not _gap(doc, token, tokens[i + 1]).strip()
        ):
            return []  # "وذكرت CNN بطلبها …": a subject in Latin letters, not a pronoun
        if (issuer := _issuer_before(doc, i, index)) is not None:
            speakers_found = [_speaker_of(issuer)]
        elif switch:
            other = _counterpart(last_speaker, principals)
            if other is None:
                return []
            speakers_found = [other]
        elif (opening := _opening_subject(doc, i, stem, cues, index)) is not None:
            speakers_found = [_speaker_of(opening)]
        elif last_speaker is not None:
            # "أكدت …" after a man spoke continues the last woman, state or institution;
            # with none, its subject is not in the text's speakers.
            feminine = _is_feminine_form(stem, lemma_of(cues, stem), cues)
            if feminine and not _is_feminine(last_speaker, cues):
                if feminine_speaker is None and _is_titled_man(last_speaker):
                    return []
                speakers_found = [feminine_speaker or last_speaker]
            else:
                speakers_found = [last_speaker]
        else:
            svo = _svo_subject(doc, i, index)
            if svo is None:
                return []
            speakers_found = [_speaker_of(svo)]
    if needs_subject:
        # What was said is the clause before "حسبما/وفق ما": "…، وفق ما أعلنت الرئاسة".
        rel = i - 1 if _strip_conj(tokens[i - 1].norm)[1] not in ("ما", "لما") else i - 2
        if pronoun == "unmarked":
            rel = i  # "مبادرة سلام أعلنها …": the antecedent is what was said
        first = doc.sentence_tokens(sentence).start
        if rel <= first:
            return []
        verb_ar, ev_start = doc.text[token.start : token.end], tokens[first].start
        if prefix:
            verb_ar = _drop_prefix(doc, token)[0]
        return [
            _Found(i, verb_ar, "verb", sp, None, ev_start, ev_start, tokens[rel - 1].end)
            for sp in speakers_found
        ]
    if not _has_complement(tokens, subject_end, stop, cues) and subject_end >= stop:
        return []
    text_start = _text_start(doc, subject_end, stop, cues)
    if needs:
        # "عبر X، وY … عن ترحيبهما": what was said starts at the required object.
        for k in range(subject_end, min(stop, subject_end + _COORDINATION_WINDOW)):
            if tokens[k].norm in needs:
                text_start = tokens[k].start
                break
    if text_start is None:
        return []
    verb_ar = doc.text[token.start : token.end]
    ev_start = token.start
    if prefix:
        verb_ar, ev_start = _drop_prefix(doc, token)
    return [
        _Found(i, verb_ar, "verb", sp, None, ev_start, text_start, embedded=unnamed_headline)
        for sp in speakers_found
    ]


def _headline_subject(
    doc: Document,
    i: int,
    prefix: str,
    cues: StatementCues,
    index: _MentionIndex,
    speakers: list[Entity],
    last_speaker: _Speaker | None,
    nested: bool,
) -> _Speaker | None:
    """The subject of a present-tense verb in the headline, which is written subject first:
    the words that open the headline or its part after a colon or "..", kept as written
    when no known speaker stands for them ("البيت الأبيض يعلن ما بحثه ترامب", "عملية سيناء
    2018.. جيش مصر يعلن مقتل ضابطين"); a second verb joined by و goes on with the first
    one's ("الأسد يوجه برقية لبوتن.. ويتحدث عن الثقة")."""
    title = doc.title_span
    tokens = doc.tokens
    token = tokens[i]
    if title is None or not title[0] <= token.start < title[1]:
        return None
    if _strip_conj(token.norm)[1].endswith("ان"):
        # a dual verb has two speakers, not the one word before it ("البشير والسيسي يؤكدان")
        return None
    if prefix:
        return last_speaker if nested else None
    first = doc.sentence_tokens(token.sentence).start
    start = i
    while start > first and not any(
        c in _gap(doc, tokens[start - 1], tokens[start]) for c in _HEADLINE_BREAKS
    ) and "..." not in _gap(doc, tokens[start - 1], tokens[start]):
        start -= 1
        if i - start > _HEADLINE_SUBJECT:
            return None
    if start == i or any(
        _strip_conj(tokens[k].norm)[1] in cues.verbs
        or tokens[k].norm in cues.verbs
        or tokens[k].norm in _HEADLINE_NOT_SUBJECT
        or _strip_conj(tokens[k].norm)[1] in _PREPOSITIONS  # "فيتو ضد مشروع قرار يدعو"
        or tokens[k].norm == "ضد"
        for k in range(start, i)
    ):
        return None
    if tokens[start].norm in cues.media_subjects:
        return None
    subject = _find_subject(doc, start, i, cues, index, speakers, last_speaker)
    if subject == "media":
        return None
    if isinstance(subject, tuple) and subject[2] == i - 1:
        kind, _, _, entity = subject
        if kind == "entity" and entity is not None:
            return _speaker_of(entity)
    # "الحوثيون يتغيبون وغريفيث يقر": a known person joined by و right before the verb;
    # not the one a body or a person is named by ("محامي رونالدو يكشف", "أسطورة البرازيل
    # يطالب")
    hit = index.covering.get(i - 1)
    stem = _strip_conj(tokens[i].norm)[1]
    if (
        hit is not None
        and isinstance(hit[0].fact, Person)
        and hit[1].last_token == i - 1
        and (hit[1].first_token == start or _strip_conj(tokens[hit[1].first_token].norm)[0])
        and not _is_group_form(stem, lemma_of(cues, stem))  # "البشير والسيسي يؤكدان"
    ):
        return _speaker_of(hit[0])
    # "ماتيس يشترط", "وزير الخارجية يؤكد": a known person's name word or office
    phrase = _phrase_text(doc, start, i - 1)
    named = (
        _person_by_name_word(tokens[start].norm, speakers) if start == i - 1
        else _person_by_title(phrase, speakers)
    )
    if named is not None:
        return _speaker_of(named)
    # kept as written only for an office or a body ("البيت الأبيض يعلن", "وزير إسرائيلي
    # بارز يعلن"), not for what may be a thing ("دراسة تكشف", "جهاز جديد يكشف")
    head = _strip_conj(tokens[start].norm)[1]
    if head in cues.subject_heads or tokens[start].norm in cues.subject_heads:
        return _Speaker(None, phrase, None)
    return None


_HEADLINE_BREAKS = (":", "..", "،", ",", "|", "-", "–", "(", ")", '"', "«", "»", "؟", "!")
_HEADLINE_SUBJECT = 5  # words of a headline's subject ("زعيما إثيوبيا وإريتريا")
# a negation, a question or an adverb before the verb: no plain subject-verb headline
_HEADLINE_NOT_SUBJECT = frozenset(normalize_terms(("لا", "لن", "لم", "ما", "هل", "قد", "كيف")))


def _agrees_after_resumptive(subject: tuple, stem: str, cues: StatementCues) -> bool:
    """Whether the one named after a verb and its resumptive pronoun is its subject: a
    known speaker ("تعهدت فيها كوريا الشمالية", "جدد خلالها وزير الشؤون الخارجية"), and a
    person of the verb's gender ("انتقدت خلالها وزير الخارجية بوريس جونسون" names the one
    criticised)."""
    kind, _, _, entity = subject
    if kind != "entity" or entity is None:
        return False
    if not isinstance(entity.fact, Person):
        return True
    feminine = _is_feminine_form(stem, lemma_of(cues, stem), cues)
    return feminine == _is_feminine(_speaker_of(entity), cues)


def _said_in_relative(
    doc: Document,
    i: int,
    prefix: str,
    stem: str,
    cues: StatementCues,
    index: _MentionIndex,
    speakers: list[Entity],
    last_speaker: _Speaker | None,
) -> _Found | None:
    """A relative clause whose verb has its own subject and what it said after أن/إن:
    "لمكافحة ما تقول واشنطن إنه انتهاكات", "القمة التي يقول مسؤولون أميركيون إن …",
    "الحدث الذي قال دونالد ترامب أنه …" (that subject speaks, not the antecedent)."""
    tokens = doc.tokens
    if _strip_conj(tokens[i - 1].norm)[1] not in _RELATIVE_CLAUSES:
        return None  # "لم يقل": a negation
    stop = _sentence_stop(doc, i)
    if i + 1 >= stop or _gap(doc, tokens[i], tokens[i + 1]).strip():
        return None
    subject = _find_subject(
        doc, i + 1, stop, cues, index, speakers, last_speaker, stem in cues.without_object
    )
    if not isinstance(subject, tuple):
        return None
    kind, first, last, entity = subject
    said = next(
        (
            k for k in range(last + 1, min(stop, last + 3))
            if tokens[k].norm in _THAT or tokens[k].norm not in cues.speaker_skip
        ),
        None,
    )
    if said is None or tokens[said].norm not in _THAT or tokens[said].norm[:1] == "ب":
        return None  # "الذي يصف دوتيرتي بأنه …": with ب, the one described
    if kind == "entity" and entity is not None:
        speaker = _speaker_of(entity)
    else:
        speaker = _Speaker(None, _phrase_text(doc, first, last), None)
    verb_ar, ev_start = doc.text[tokens[i].start : tokens[i].end], tokens[i].start
    if prefix:
        verb_ar, ev_start = _drop_prefix(doc, tokens[i])
    return _Found(i, verb_ar, "verb", speaker, None, ev_start, tokens[said].start, embedded=True)


# Relative pronouns (not the negations of relative_before) that open a clause a subject
# of its own may speak in.
_RELATIVE_CLAUSES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "ما", "بما", "لما"})


_SIGNS = frozenset({"توقع"})  # توقّع (expected) or تُوقّع (signs)
_ANAPHORIC = frozenset(
    normalize_term(w)
    for w in ("المسؤول", "الوزير", "الوزيرة", "المتحدث", "المتحدثة", "السفير", "المدير", "المسؤولة")
)


# A word in Latin letters (normalized to lower case): "CNN".
_LATIN_WORD = re.compile(r"[a-z]")
_SPEECH_ONLY = frozenset({"قال", "نفى", "صرح", "أضاف", "أوضح", "أكد", "شدد"})


def _document_speaks(
    doc: Document,
    subject: tuple[str, int, int, Entity | None] | str | None,
    last_speaker: _Speaker | None,
    cues: StatementCues,
) -> bool:
    """Whether data or a document is the subject of a verb of documents: named after it
    ("أظهرت بيانات المركزي"), or the last speaker that a pronoun verb continues ("وتظهر
    أن …" after "أظهرت وثائق داخلية")."""
    if isinstance(subject, tuple):
        word = doc.tokens[subject[1]].norm
        return word in cues.document_subjects or _strip_conj(word)[1] in cues.document_subjects
    if subject is None and last_speaker is not None and last_speaker.entity is None:
        words = normalize_term(last_speaker.name_ar).split()
        return bool(words) and words[0] in cues.document_subjects
    return False


def _attributive_relative(tokens: list[Token], k: int, cues: StatementCues) -> bool:
    """Token ``k`` attributes what is reported to the subject of the verb after it:
    "حسبما"، "وفق ما"، "بحسب ما"، "وفقا لما"."""
    norm = _strip_conj(tokens[k].norm)[1]
    if norm in ("حسبما", "وفقما", "بحسبما"):
        return True
    if norm in ("ما", "لما") and k > 0 and tokens[k - 1].sentence == tokens[k].sentence:
        before = tokens[k - 1].norm
        return before in cues.attribution_preps or _strip_conj(before)[1] in cues.attribution_preps
    return False


_RELATIVE_REACH = 25  # tokens from a verb back to the relative clause of its subject


def _subject_past_relative(doc: Document, i: int, index: _MentionIndex) -> Entity | None:
    """The subject of a clause opened by أن, set off from its verb by a relative clause
    and a comma: "ذكر البلاغ أن الجهيناوي الذي التقى لافروف على هامش المنتدى، عبر عن …"."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    for k in range(i - 2, max(0, i - _RELATIVE_REACH), -1):
        if tokens[k].sentence != sentence:
            return None
        if tokens[k].norm not in _RELATIVES:
            continue
        hit = index.covering.get(k - 1)
        if hit is None or hit[1].last_token != k - 1 or hit[1].kind in ("nisba", "capital"):
            return None
        first = hit[1].first_token
        before = _strip_conj(tokens[first - 1].norm)[1] if first > 0 else ""
        return hit[0] if before in _THAT else None
    return None


def _relative_antecedent(doc: Document, k: int, index: _MentionIndex) -> Entity | None:
    """The person a relative pronoun at token ``k`` (الذي/التي) refers to, when named
    right before it ("… الجنرال كيم يونغ شول الذي عبر عن …")."""
    tokens = doc.tokens
    if tokens[k].norm not in _RELATIVES or k == 0:
        return None
    if tokens[k - 1].sentence != tokens[k].sentence:
        return None
    hit = index.covering.get(k - 1)
    if hit is None or not isinstance(hit[0].fact, Person) or hit[1].last_token != k - 1:
        return None
    return hit[0]


def _media_before(doc: Document, i: int, cues: StatementCues) -> bool:
    """Whether the media are written right before the verb, as its subject ("وكانت تقارير
    أفادت بتعرض مدينة دوما …", "وسائل إعلام ذكرت"), which makes it attribution; sources
    (مصادر) are not the media here: they speak."""
    tokens = doc.tokens
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return False
    if _gap(doc, tokens[i - 1], tokens[i]).strip():
        return False
    prefix, word = _strip_conj(tokens[i - 1].norm)
    if word not in cues.media_subjects or word in _SOURCES or word in _THE_SOURCES:
        return False
    # an indefinite noun with its relative clause ("من تقارير أفادت"), or a definite one
    # opening the clause; "وفي تعليقه على التقارير قال تيتي" has it after a preposition
    return (
        not word.startswith("ال")
        or bool(prefix)
        or i < 2
        or tokens[i - 2].sentence != tokens[i].sentence
        or _strip_conj(tokens[i - 2].norm)[1] in _KANA
    )


def _in_time_clause(tokens: list[Token], i: int) -> bool:
    """Whether the verb at ``i`` opens a clause of past time, which tells what happened
    before the news and is not listed as a statement: "بعد أن أعلن البلدان انتهاء حالة
    الحرب", "فبعدما أعلن أردوغان", "منذ أعلن الأخير نقل السفارة", "عندما أظهرت بيانات".
    "قبل أن يضيف" is left alone: it goes on with the speaker's words."""
    sentence = tokens[i].sentence
    if i == 0 or tokens[i - 1].sentence != sentence:
        return False
    before = _strip_conj(tokens[i - 1].norm)[1]
    if before in _TIME_CONJUNCTIONS:
        return True
    return (
        before == "ان"
        and i > 1
        and tokens[i - 2].sentence == sentence
        and _strip_conj(tokens[i - 2].norm)[1] in ("بعد", "منذ")
    )


_TIME_CONJUNCTIONS = frozenset({"بعدما", "منذ", "عندما", "حينما"})


def _after_that(tokens: list[Token], i: int) -> bool:
    """Whether أن/إن opens the clause a few words before token ``i`` (its subject between)."""
    sentence = tokens[i].sentence
    for k in range(i - 1, max(-1, i - 6), -1):
        if tokens[k].sentence != sentence:
            return False
        if _strip_conj(tokens[k].norm)[1] in _THAT:
            # "بعد أن قال المتظاهرون": a time clause, not what someone said.
            return k == 0 or _strip_conj(tokens[k - 1].norm)[1] not in _TIME_BEFORE_THAT
    return False


_TIME_BEFORE_THAT = frozenset({"بعد", "قبل", "منذ", "دون", "بدل", "حتى", "لحين"})


def _drop_prefix(doc: Document, token: Token) -> tuple[str, int]:
    """The token's original text without its first letter (و/ف) and that letter's marks."""
    text = doc.text
    k = token.start + 1
    while k < token.end and _is_mark(text[k]):
        k += 1
    return text[k : token.end], k


def _is_mark(ch: str) -> bool:
    code = ord(ch)
    return 0x064B <= code <= 0x065F or code in (0x0670, 0x0640)


def _sentence_stop(doc: Document, i: int) -> int:
    """Index just after the last token of token ``i``'s sentence."""
    return doc.sentence_tokens(doc.tokens[i].sentence).stop


def _has_object(tokens: list[Token], a: int, b: int, needs: tuple[str, ...]) -> bool:
    for k in range(a, b):
        norm = tokens[k].norm
        stem = _strip_conj(norm)[1]
        for need in needs:
            if norm == need or stem == need:
                return True
            if len(need) == 1 and norm.startswith(need) and len(norm) > 3:
                return True
    return False


def _after_switch_cue(tokens: list[Token], i: int, cues: StatementCues) -> bool:
    return _switch_cue_start(tokens, i, cues) is not None


def _switch_cue_start(tokens: list[Token], i: int, cues: StatementCues) -> int | None:
    """The first token of a switch cue ("من جانبه", "بدوره") that ends right before
    token ``i``, or ``None``."""
    sentence = tokens[i].sentence
    # A cue ends on the word before the verb (a cue of one word may carry و/ف): most
    # verbs have none of the cues' last words before them, and no cue is tried.
    if i == 0 or tokens[i - 1].sentence != sentence:
        return None
    last = tokens[i - 1].norm
    ends = _cue_ends(cues.switch_cues)
    if last not in ends and _strip_conj(last)[1] not in ends:
        return None
    for cue in cues.switch_cues:
        k = len(cue)
        start = i - k
        if start < 0 or tokens[start].sentence != sentence:
            continue
        words = [tokens[start + m].norm for m in range(k)]
        words[0] = _strip_conj(words[0])[1] if words[0] not in (cue[0],) else words[0]
        if tuple(words) == cue:
            return start
    return None


@cache
def _cue_ends(switch_cues: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The last words of the switch cues."""
    return frozenset(cue[-1] for cue in switch_cues)


def _find_subject(
    doc: Document,
    j: int,
    stop: int,
    cues: StatementCues,
    index: _MentionIndex,
    speakers: list[Entity] | None = None,
    last_speaker: _Speaker | None = None,
    bare_subject: bool = False,
) -> tuple[str, int, int, Entity | None] | str | None:
    """The subject after a verb: ``(kind, first, last, entity)``, ``"media"`` or ``None``.

    ``kind`` is ``entity`` (a known speaker), ``joint`` (البلدان، الجانبان), ``unresolved``
    (an office or institution no known speaker stands for) or ``named`` (a name the people
    step did not recognise, kept as written rather than given to the last speaker).
    With ``bare_subject`` (قال، أضاف، شدد …: verbs that take no direct object) any other
    noun right after the verb is the subject, kept as written.
    """
    tokens = doc.tokens
    if 0 < j < stop and _opens_quote(doc, j):
        return None  # "وقال: …" — what follows is what was said
    skipped = 0
    while j < stop and skipped <= _SUBJECT_WINDOW:
        token = tokens[j]
        norm = token.norm
        hit = index.covering.get(j)
        if hit is not None:
            entity, mention = hit
            if mention.kind == "nisba" and not isinstance(entity.fact, Country):
                return None
            if mention.start > token.start and _strip_conj(norm)[1][:1] in ("ب", "ل"):
                return None  # "وأشاد بهاليلي": after ب/ل the one named is the object
            if _is_news_agency(doc, entity):
                return "media"  # "وذكرت وكالة السودان للأنباء (سونا) أن …": the wire's words
            # "الجانب البحريني" speaks for the country; a bare adjective does not, but a
            # state's name written like one does ("وقالت السعودية إنها …").
            if (
                mention.kind == "nisba"
                and (j == 0 or _strip_conj(tokens[j - 1].norm)[1] not in ("الجانب", "الطرف"))
                and not (skipped == 0 and _is_state_name(_strip_conj(norm)[1]))
            ):
                return None
            # A title and the name that follows it belong together: prefer the person.
            if not isinstance(entity.fact, Person):
                if norm in cues.person_heads:
                    titled = _title_subject(doc, j, stop, cues, index, speakers, last_speaker)
                    if titled is not None:
                        return titled
                # A state that is the subject speaks itself: a person after it is in what
                # it said ("واتهمت بريطانيا روسيا بمحاولة قتل سكريبال").
                person = (
                    None
                    if isinstance(entity.fact, Country)
                    else _apposed_person(doc, mention.last_token + 1, stop, cues, index)
                )
                if person is not None:
                    return ("entity", j, person[1], person[0])
            return ("entity", j, _extend_name(tokens, max(mention.last_token, j), stop), entity)
        # a capital right after the verb, or after its resumptive pronoun ("اتصالات
        # أكدت خلالها بيونغ يانغ استعدادها")
        capital = (
            index.capitals.get(j)
            if skipped == 0 or (skipped == 1 and tokens[j - 1].norm in _RESUMPTIVE)
            else None
        )
        if capital is not None and capital[1].start == token.start:
            # "ونفت موسكو", "وقالت واشنطن إن": the capital right after the verb is its
            # government ("قالت في موسكو" has a preposition between them; "واشنطن بوست"
            # is no capital mention).
            return ("entity", j, capital[1].last_token, capital[0])
        stem = _strip_conj(norm)[1]
        if (
            stem in cues.media_subjects
            and speakers
            and (body := _body_named_by(stem, speakers)) is not None
        ):
            return ("entity", j, j, body)  # "ولفتت الوكالة" after "الوكالة الأوروبية للأدوية"
        if norm in cues.media_subjects or stem in cues.media_subjects:
            if stem in _SOURCES and not _media_source(doc, j, stop, cues):
                return ("unresolved", j, _source_end(doc, j, stop, cues), None)
            if (
                stem in _REPORTS
                and not (skipped and _strip_conj(tokens[j - 1].norm)[1] in _GOVERNING)
                and not _media_report(doc, j, stop, cues)
            ):
                # "وأوضح التقرير الأممي أن …": a report speaks, but a news outlet's does not
                return ("unresolved", j, _phrase_end(doc, j, stop, cues), None)
            return "media"
        if (norm in cues.document_subjects or stem in cues.document_subjects) and not skipped:
            return ("unresolved", j, _phrase_end(doc, j, stop, cues), None)  # "وأوضحت البيانات"
        if stem in _THE_SOURCES and not skipped:
            return _source_again(doc, j, stop, cues)
        if stem in cues.communiques and not skipped:
            return _communique_subject(doc, j, stop, cues, index, last_speaker)
        if norm in cues.joint_subjects or stem in cues.joint_subjects:
            return ("joint", j, j, None)
        if stem in cues.kin_heads and j + 1 < stop:
            relative = _apposed_person(doc, j + 1, min(stop, j + 5), cues, index)
            if relative is not None:
                return ("unresolved", j, _extend_name(tokens, relative[1], stop), None)
        if norm in cues.subject_heads:
            titled = _title_subject(doc, j, stop, cues, index, speakers, last_speaker)
            if titled is not None:
                return titled
            # An office takes the name apposed to it; an institution ("ودعت الهيئة
            # الوزير فلان") does not: a person after it is its object.
            person = (
                _apposed_person(doc, j + 1, stop, cues, index)
                if norm not in cues.institution_heads
                else None
            )
            if person is not None:
                return ("entity", j, person[1], person[0])
            if norm in cues.person_heads:
                name_end = _apposed_name(doc, j + 1, stop, cues)
                if name_end is not None:
                    return ("named", j, name_end, None)
            # An office speaks for the body it heads ("المتحدث باسم الخارجية"); a role
            # does not ("مدرب مانشستر يونايتد", "القيادي بحزب النهضة").
            near = _near_institution(j, stop, index) if norm not in cues.role_heads else None
            if (
                near is not None
                and norm in cues.institution_heads
                and isinstance(near[0].fact, Person)
            ):
                # "وتقول إدارة ترامب", "قوات الأسد": the body a person heads speaks (a person
                # past its phrase is in what it said: "أفادت المنظمة أن لحود")
                return ("unresolved", j, min(near[1], _phrase_end(doc, j, stop, cues)), None)
            if near is not None and not (
                (norm in cues.person_heads or norm in cues.non_state_heads)
                and isinstance(near[0].fact, Country)
            ):
                return ("entity", j, near[1], near[0])
            last = _phrase_end(doc, j, stop, cues)
            return ("unresolved", j, last, None)
        if norm in cues.speaker_skip or norm.isdigit():
            j += 1
            skipped += 1
            if j < stop and _opens_quote(doc, j):
                return None  # "قال فيها: «…»"
            continue
        described = _described_person(doc, j, stop, index)
        if described is not None:
            return ("entity", j, described[1], described[0])
        if skipped and _strip_conj(tokens[j - 1].norm)[1] in _GOVERNING:
            return None  # "قال في تصريح تلفزيوني إن": the noun belongs to the adverbial
        if _nominative_plural(norm):
            # "وأثنى فلسطينيون على القرار", "ونفى المسلحون": a plural in ون is the subject,
            # with the plurals agreeing with it ("اقتصاديون مصريون", "المنتقدون والمستشارون")
            last = j
            while last + 1 < stop and _nominative_plural(_strip_conj(tokens[last + 1].norm)[1]):
                last += 1
            return ("unresolved", j, last, None)
        named = _named_subject(doc, j, stop, cues)
        if named is not None:
            return ("named", j, named, None)
        if (
            not skipped
            and j > 0
            and _strip_conj(tokens[j - 1].norm)[1] not in cues.present
            and _name_word(norm, cues)
            and (person := _person_by_name_word(norm, speakers or [])) is not None
        ):
            # "وأشار ليو إلى …", "ودعا كاتاينن من جهته": one of a known person's names (but
            # "يعتبر رونالدو أحد أفضل اللاعبين" is passive)
            return ("entity", j, j, person)
        if bare_subject and _may_be_subject(norm, cues):
            return ("named", j, _subject_phrase_end(doc, j, stop, cues), None)
        return None
    return None


def _is_news_agency(doc: Document, entity: Entity) -> bool:
    """Whether an organization is a news agency, whose reporting verbs are attribution
    ("قالت وكالة الأنباء المركزية الكورية"، "أفادت وكالة الأناضول"، "ذكرت وكالة فرانس برس"):
    one of its mentions is a credited agency name, or its name says news (أنباء). A public
    agency ("حذرت الوكالة الأوروبية للأدوية") speaks."""
    if not isinstance(entity.fact, Organization):
        return False
    words = normalize_term(entity.fact.name_ar).split()
    if _NEWS.intersection(words):
        return True
    if words and words[0] in _AGENCY and _OFFICIAL in words:
        return True  # "وقالت الوكالة الرسمية في كوريا الشمالية": the state news agency
    wires = find_wire_mentions(doc)
    return any(
        start < mention.end and mention.start < end
        for _, start, end in wires
        for mention in entity.mentions
    )


_NEWS = normalize_terms(("أنباء", "الأنباء", "للأنباء", "بالأنباء"))
_AGENCY = normalize_terms(("وكالة", "الوكالة"))
_OFFICIAL = normalize_term("الرسمية")


def _communique_subject(
    doc: Document,
    j: int,
    stop: int,
    cues: StatementCues,
    index: _MentionIndex,
    last_speaker: _Speaker | None,
) -> tuple[str, int, int, Entity | None] | None:
    """A communiqué that is the subject of a verb at token ``j``: "وقال بيان للمكتب",
    "وأفاد بيان الرئاسة", "وقال بيان صادر عن بنك باركليز": the body that issued it (not a
    person named in it), else the communiqué as written. "وأضاف البيان" after a body spoke
    is that body's (``None``: the verb continues it), after a person the communiqué's."""
    tokens = doc.tokens
    last = _phrase_end(doc, j, stop, cues)
    # "وصف البيان ما جاء في التقرير": a relative starts the object
    last = next(
        (k - 1 for k in range(j + 1, last + 1) if tokens[k].norm in cues.relative_before), last
    )
    first = j + 1  # the issuer is in the phrase, or after "صادر … عن"
    if _issued(tokens, j + 1, stop):
        first = next(
            (k + 1 for k in range(j + 2, min(stop, j + _ISSUED_REACH)) if tokens[k].norm == "عن"),
            first,
        )
        last = max(last, _phrase_end(doc, first, stop, cues)) if first < stop else last
    elif (
        last > j
        and tokens[j + 1].norm.startswith("ال")
        and tokens[j + 1].norm not in cues.institution_heads
        and index.covering.get(j + 1) is None
    ):
        last = j + 1  # "يؤكد بيان القمة مركزية القضية": a definite word ends the issuer
    for k in range(first, last + 1):
        hit = index.covering.get(k) or index.capitals.get(k)
        if hit is not None and not isinstance(hit[0].fact, Person):
            return ("entity", j, max(last, hit[1].last_token), hit[0])
    if first > j + 1:
        return ("unresolved", first, last, None)  # "بيان صادر عن بنك باركليز"
    if last > j and _strip_conj(tokens[j + 1].norm)[1] in cues.institution_heads:
        return ("unresolved", j + 1, last, None)  # "بيان التحالف": the coalition
    if (
        last == j
        and tokens[j].norm.startswith("ال")
        and last_speaker is not None
        and not (
            last_speaker.entity is not None and isinstance(last_speaker.entity.fact, Person)
        )
    ):
        return None
    return ("unresolved", j, last, None)


def _nominative_plural(norm: str) -> bool:
    """A sound masculine plural in the nominative (مسؤولون، الفلسطينيون), which only a
    subject takes after a verb (the object is in ين), unlike a singular in ون (قانون):
    the corpus knows the ين form as a noun."""
    word = norm[2:] if norm.startswith("ال") else norm
    return len(word) >= 5 and word.endswith("ون") and word[:-2] + "ين" in common_nouns()


def _may_be_subject(norm: str, cues: StatementCues) -> bool:
    stem = _strip_conj(norm)[1]
    return not (
        norm in cues.complement_starts
        or norm in _THAT
        or norm in cues.name_stop
        or stem in cues.participles
        or stem in cues.verbs
        or norm.startswith(_PREPOSITIONAL)
        or norm[:1] in "بل"  # "صرح لرويترز", "قال للصحفيين", "قال بصراحة"
        or len(norm) < 2
    )


_GOVERNING = frozenset(
    normalize_term(w)
    for w in ("في", "من", "خلال", "تصريح", "تصريحات", "بيان", "كلمة", "عشية", "مساء", "صباح",
              "له", "لها", "لهم")
)
_PREPOSITIONAL = ("بال", "لل", "بهذ", "لهذ", "كذلك", "بذلك", "لذلك", "بعد", "قبل")


def _governs_bi(tokens: list[Token], j: int, cues: StatementCues) -> bool:
    """Whether the subject at token ``j`` follows a verb whose object takes ب, so a word in
    بال after it starts the object (while after "أعلن مسؤول بالبيت الأبيض" it places him)."""
    return j > 0 and _strip_conj(tokens[j - 1].norm)[1] in cues.with_bi


def _subject_phrase_end(doc: Document, j: int, stop: int, cues: StatementCues) -> int:
    """Last token of a subject kept as written: up to a comma, a complement or an adverb."""
    tokens = doc.tokens
    last = j
    governs_bi = _governs_bi(tokens, j, cues)
    for k in range(j + 1, min(stop, j + 6)):
        norm = tokens[k].norm
        if norm in cues.complement_starts or norm in _THAT or norm in cues.speaker_skip:
            break
        if governs_bi and norm.startswith("بال"):
            break  # "رحبت الكنيسة القبطية بالزيارة": the verb's object, not the subject
        if _opens_quote(doc, k) or any(c in _gap(doc, tokens[k - 1], tokens[k]) for c in "،,-–"):
            break
        last = k
    return last


def _described_person(
    doc: Document, j: int, stop: int, index: _MentionIndex
) -> tuple[Entity, int] | None:
    """A person's name after a short description ("الفنان السعودي محمد عبده")."""
    tokens = doc.tokens
    for k in range(j, min(stop, j + 3)):
        hit = index.starting.get(k)
        if hit is not None and isinstance(hit[0].fact, Person) and hit[1].kind == "name":
            return (hit[0], hit[1].last_token) if k > j else None
        norm = tokens[k].norm
        if not norm.startswith("ال") and index.covering.get(k) is None:
            return None
    return None


def lemma_of(cues: StatementCues, stem: str) -> str:
    """The lemma of a reporting verb form (the form itself when unknown)."""
    return cues.verbs.get(stem, stem)


def _is_feminine_form(stem: str, lemma: str, cues: StatementCues) -> bool:
    """A feminine singular form of a reporting verb: past قالت، أكدت (the lemma + ت) or
    present تقول (a ت form whose ي form is also a form)."""
    if stem.endswith("ت") and stem[:-1] == normalize_term(lemma):
        return True
    return stem[:1] == "ت" and "ي" + stem[1:] in cues.verbs


_FEMININE_HONORIFICS = normalize_terms(("السيدة", "الدكتورة", "الأستاذة", "المهندسة"))


def _is_feminine(speaker: _Speaker, cues: StatementCues) -> bool:
    """Whether a speaker takes a feminine verb: a state (but for a few), an institution
    named by a feminine noun (الوزارة، الحكومة، الرئاسة), a woman by her title."""
    fact = speaker.entity.fact if speaker.entity is not None else None
    if isinstance(fact, Country):
        return fact.iso3 not in cues.masculine_countries
    if isinstance(fact, Person):
        # the title's head in ta marbuta (وزيرة), not a pronoun (نظيره)
        title = (fact.title_ar or "").split()
        honorific = normalize_term(fact.honorific_ar or "")
        return bool(title and title[0].endswith("ة")) or honorific in _FEMININE_HONORIFICS
    words = speaker.name_ar.split()
    return bool(words) and words[0].endswith("ة")


def _is_titled_man(speaker: _Speaker) -> bool:
    """Whether a speaker is a person whose title says he is a man (الناطق، الوزير)."""
    fact = speaker.entity.fact if speaker.entity is not None else None
    if not isinstance(fact, Person) or not fact.title_ar:
        return False
    return not fact.title_ar.split()[0].endswith("ة")


def _is_group_form(stem: str, lemma: str) -> bool:
    """A plural (أكدوا) or dual (أكدا، أكدتا) past form of a reporting verb."""
    base = normalize_term(lemma)
    if stem.endswith("وا") and stem[:-2].startswith(base[:2]):
        return True
    if base[-1:] in "اىي":
        return False
    return stem in (base + "ا", base + "تا")


def _person_entities(speakers: list[Entity] | None) -> list[Entity]:
    return [e for e in speakers or () if isinstance(e.fact, Person)]


@cache
def _title_tokens(title: str) -> tuple[str, ...]:
    words = normalize_term(title).split()
    if words and words[0].startswith("لل") and len(words[0]) > 4:
        words[0] = "ال" + words[0][2:]  # a title read with its preposition ("للمتحدث")
    return tuple(words)


def _title_subject(
    doc: Document,
    j: int,
    stop: int,
    cues: StatementCues,
    index: _MentionIndex,
    speakers: list[Entity] | None,
    last_speaker: _Speaker | None,
) -> tuple[str, int, int, Entity | None] | None:
    """A person named by an office phrase at token ``j``.

    In order: the person whose full office title is written here (followed by their name
    or not: "وزير الخارجية اليمني، خالد اليماني" / "وزير الخارجية اليمني"); an office
    periphrasis ("رئيس الدبلوماسية التونسية" = the foreign minister); an office and a
    nationality ("المسؤول اليمني", "الوزير الروسي") for the one person of that country
    holding it, the last speaker first. ``None`` when no known person fits.
    """
    people = _person_entities(speakers)
    if not people:
        return None
    tokens = doc.tokens
    words = [tokens[k].norm for k in range(j, min(stop, j + 12))]
    first_forms = {words[0], _strip_conj(words[0])[1]}
    best: list[Entity] = []
    best_len = 0
    for entity in people:
        title = entity.fact.title_ar
        if not title:
            continue
        key = _title_tokens(title)
        n = len(key)
        if n >= best_len and key[0] in first_forms and tuple(words[1:n]) == key[1:]:
            if n > best_len:
                best, best_len = [], n
            best.append(entity)
    if best:
        end = j + best_len - 1
        after = _apposed_after(doc, end + 1, stop, index)
        if after is not None:
            return ("entity", j, after[1], after[0])
        # A title the people step read too long (it swallowed the object) also matches:
        # among all the people whose title is written here, the most mentioned one.
        matching = [
            e for e in people
            if e.fact.title_ar
            and (key := _title_tokens(e.fact.title_ar))
            and key[0] in first_forms
            and tuple(words[1 : len(key)]) == key[1:]
            and len(key) >= 2
        ] or best
        chosen = _prefer_last(matching, last_speaker)
        key = _title_tokens(chosen.fact.title_ar or "")
        return ("entity", j, max(j, j + len(key) - 1), chosen)
    phrase_last = _phrase_end(doc, j, stop, cues)
    phrase = tuple(words[: phrase_last - j + 1])
    if words[0] not in cues.subject_heads:
        phrase = (_strip_conj(words[0])[1], *phrase[1:])
    country = _phrase_country(j, phrase_last, index)
    for key, targets in cues.periphrases:
        if phrase[: len(key)] != key:
            continue
        fits = [
            e for e in people
            if e.fact.title_ar and _contains_any(_title_tokens(e.fact.title_ar), targets)
            and (country is None or e.fact.country in (None, country))
        ]
        if fits:
            return ("entity", j, phrase_last, _prefer_last(fits, last_speaker))
    held = _office_holder(phrase, j, index, people, country, cues)
    if held is not None:
        return ("entity", j, phrase_last, held)
    head = phrase[0]
    # "المسؤول اليمني" refers back to a known official; "مسؤول كوري" is an anonymous one,
    # but "وزير الخارجية البريطاني" is made definite by the word after it.
    definite = head.startswith("ال") or (len(phrase) > 1 and phrase[1].startswith("ال"))
    if head in cues.person_heads and country is not None and definite:
        bare = head[2:] if head.startswith("ال") else head
        fits = [
            e for e in people
            if e.fact.country == country
            and (
                bare in ("مسوول", "مسووله")
                or bare in normalize_term(e.fact.title_ar or "")
                or _nationality_only(e.fact.title_ar, cues)
            )
        ]
        if fits:
            return ("entity", j, phrase_last, _prefer_last(fits, last_speaker))
    return None


def _office_holder(
    phrase: tuple[str, ...],
    j: int,
    index: _MentionIndex,
    people: list[Entity],
    country: str | None,
    cues: StatementCues,
) -> Entity | None:
    """The one known person whose title begins with the office of ``phrase`` (its words but
    the nationality): "وزير التجارة المصري" for وزير التجارة والصناعة, of that country or of
    none said."""
    office = tuple(
        w for k, w in enumerate(phrase)
        if not ((hit := index.covering.get(j + k)) and isinstance(hit[0].fact, Country))
    )
    if len(office) < 2 or office[0] not in cues.person_heads:
        return None
    bare = (office[0][2:] if office[0].startswith("ال") else office[0], *office[1:])
    fits = [
        e for e in people
        if e.fact.title_ar
        and (key := _title_tokens(e.fact.title_ar))
        and len(key) > len(office)
        and (key[0][2:] if key[0].startswith("ال") else key[0], *key[1 : len(office)]) == bare
        and (country is None or e.fact.country in (None, country))
    ]
    return fits[0] if len(fits) == 1 else None


def _nationality_only(title: str | None, cues: StatementCues) -> bool:
    """A title that is a nationality alone, with no office: a peer coordinated after a
    titled person ("نظيريه الياباني تارو كونو والكورية الجنوبية كانغ كيونغ وا") or a
    counterpart ("نظيره البريطاني بوريس جونسون"), whom an office and that nationality can
    name later ("الوزيرة الكورية الجنوبية", "وزير الخارجية البريطاني")."""
    words = [_strip_conj(w)[1] for w in normalize_term(title or "").split()]
    if words and words[0].startswith(_COUNTERPART_STEMS):
        words = words[1:]  # "نظيره البريطاني": the same office as the other side's
    # every word a nisba adjective: definite, in ي or ية (الكورية الجنوبية), not an office
    return bool(words) and all(
        w.startswith("ال") and w.endswith(("ي", "يه")) and w not in cues.person_heads
        for w in words
    )


def _contains_any(title: tuple[str, ...], targets: tuple[tuple[str, ...], ...]) -> bool:
    for target in targets:
        n = len(target)
        if any(title[k : k + n] == target for k in range(len(title) - n + 1)):
            return True
    return False


def _phrase_country(j: int, last: int, index: _MentionIndex) -> str | None:
    """The country a nationality adjective in an office phrase names (الوزير الروسي)."""
    for k in range(j + 1, last + 1):
        hit = index.covering.get(k)
        if hit is not None and isinstance(hit[0].fact, Country):
            return hit[0].fact.iso3
    return None


def _prefer_last(candidates: list[Entity], last_speaker: _Speaker | None) -> Entity:
    if last_speaker is not None:
        for entity in candidates:
            if entity is last_speaker.entity:
                return entity
    return max(candidates, key=lambda e: len(e.mentions))


def _apposed_after(
    doc: Document, k: int, stop: int, index: _MentionIndex
) -> tuple[Entity, int] | None:
    """A person's name right after an office title (directly or after a comma)."""
    if k >= stop:
        return None
    hit = index.starting.get(k)
    if hit is not None and isinstance(hit[0].fact, Person) and hit[1].kind in ("name", "short"):
        return hit[0], hit[1].last_token
    return None


def _named_subject(doc: Document, j: int, stop: int, cues: StatementCues) -> int | None:
    """Last token of a name written right after a verb that no known speaker covers.

    "قال لام فول قبريال، نائب المتحدث …"، "وقال ماكرون إن …": a run of up to four words
    that are not function words, definite nouns or cue words, followed by an apposed
    office title or by what is said (أن/إن or a colon). A given name from the people
    step's list is enough on its own.
    """
    tokens = doc.tokens
    if not _name_word(tokens[j].norm, cues):
        return None
    last = j
    k = j + 1
    while k < stop and k - j < 4:
        if any(c in _gap(doc, tokens[k - 1], tokens[k]) for c in '،,:;-–"«(.'):
            break
        norm = tokens[k].norm
        if norm in _THAT or norm in cues.complement_starts or norm in cues.speaker_skip:
            break
        if norm in _NAME_LINKS:
            last = k
            k += 1
            continue
        if norm[:1] in "بل" or norm in cues.subject_heads:
            break  # "طالب عامر باستقدام …": a preposition ends the name
        if not (_name_word(norm, cues) or norm.startswith("ال")):
            return None
        last = k
        k += 1
    if tokens[j].norm in cues.given_names:
        return last
    if k >= stop:
        return None
    gap = _gap(doc, tokens[k - 1], tokens[k])
    if ("،" in gap or "," in gap) and tokens[k].norm in cues.person_heads:
        return last
    if ":" in gap:
        return last
    skipped = 0
    while k < stop and skipped <= 3:
        norm = tokens[k].norm
        if norm in _THAT:
            return last
        if norm not in cues.speaker_skip:
            return None
        k += 1
        skipped += 1
    return None


def _name_word(norm: str, cues: StatementCues) -> bool:
    if len(norm) < 2 or norm.isdigit() or norm.startswith(_DEFINITE):
        return False
    stem = _strip_conj(norm)[1]
    return not (
        norm in cues.name_stop
        or norm in cues.complement_starts
        or norm in _THAT
        or norm in cues.speaker_skip
        or stem in cues.participles
        or stem in cues.verbs
        or norm in cues.subject_heads
        or norm in cues.attribution_preps
        or norm in cues.attribution_nouns
        or norm in cues.media_subjects
    )


_DEFINITE = ("ال", "بال", "لل", "وال", "فال", "كال")


def _that_subject(doc: Document, i: int, index: _MentionIndex) -> Entity | None:
    """A person named right after أن/إن and a comma before the verb: "وأشار إلى أن الأمير
    محمد بن سلمان، أشاد بدور الكنيسة" (the person's reported words)."""
    tokens = doc.tokens
    if _gap(doc, tokens[i - 1], tokens[i]).strip() not in ("،", ","):
        return None
    hit = index.covering.get(i - 1)
    if hit is None or not isinstance(hit[0].fact, Person) or hit[1].last_token != i - 1:
        return None
    first = hit[1].first_token
    if first == 0 or _strip_conj(tokens[first - 1].norm)[1] not in _THAT:
        return None
    return hit[0]


def _subject_before(
    doc: Document, i: int, cues: StatementCues, index: _MentionIndex
) -> Entity | None:
    """A speaker named right before its verb, opening the clause ("الوزارة أعلنت")."""
    tokens = doc.tokens
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return None
    if tokens[i].norm[:1] in "وف" and tokens[i].norm not in cues.verbs:
        return None  # "… وأعلن": a coordinated verb, the noun before ends the last clause
    earlier = _earlier_speaker(doc, i, index) or _apposed_before(doc, i, index)
    if earlier is not None:
        return earlier
    if tokens[i - 1].norm in ("قد", "فقد") and i > 1:
        # "وكان الرئيس …، قد أكد", "أما المدعي العام، فرانسوا مولان، فقد قال"
        i -= 1
        if tokens[i - 1].sentence != tokens[i].sentence:
            return None
        if any(c in _gap(doc, tokens[i - 1], tokens[i]) for c in ':;"«)'):
            return None
    elif any(c in _gap(doc, tokens[i - 1], tokens[i]) for c in '،,:;-–"«)'):
        # "ورئيسة المجلس ميغاواتي سوكارنو، من جانبها، أعربت": the name before the cue.
        cue = _switch_cue_start(tokens, i, cues) if i > 2 else None
        if cue is None or _gap(doc, tokens[cue - 1], tokens[cue]).strip() not in ("،", ","):
            return _subject_past_relative(doc, i, index) or _that_subject(doc, i, index)
        i = cue
    hit = index.covering.get(i - 1) or _capital_ending_at(index, i - 1)
    if hit is None:
        return None
    entity, mention = hit
    if mention.last_token != i - 1 or (
        mention.kind == "nisba"
        # "السعودية ترحب …": a state's name written like a nisba opens its clause; an
        # adjective ("الحكومة السعودية تعلن") does not, as the checks below find.
        and not (
            mention.first_token == mention.last_token
            and _is_state_name(_strip_conj(tokens[mention.first_token].norm)[1])
        )
    ):
        return None
    first = mention.first_token
    if first == 0 or tokens[first - 1].sentence != tokens[first].sentence:
        return entity
    if tokens[first].norm[:1] in "وف" and mention.kind == "name":
        return entity
    gap = _gap(doc, tokens[first - 1], tokens[first])
    if any(c in gap for c in '،,:;-–"«('):
        return entity
    before = _strip_conj(tokens[first - 1].norm)[1]
    if before in _THAT or before in _CLAUSE_OPENERS:
        return entity
    # An office title before the name: "… أن رئيس الحكومة يوسف الشاهد أوضح".
    if isinstance(entity.fact, Person):
        for k in range(first - 1, max(-1, first - 5), -1):
            if tokens[k].sentence != tokens[first].sentence:
                break
            norm = _strip_conj(tokens[k].norm)[1]
            if norm in cues.person_heads:
                opener = _strip_conj(tokens[k - 1].norm)[1] if k > 0 else ""
                if (
                    k == 0
                    or tokens[k - 1].sentence != tokens[k].sentence
                    or opener in _THAT
                    or opener in _CLAUSE_OPENERS
                ):
                    return entity
                return None
    return None


def _capital_ending_at(index: _MentionIndex, k: int) -> tuple[Entity, Mention] | None:
    """A capital mention that ends at token ``k`` ("عمان تقول إن …": its government)."""
    for first in (k, k - 1):
        hit = index.capitals.get(first)
        if hit is not None and hit[1].last_token == k:
            return hit
    return None


def _apposed_before(doc: Document, i: int, index: _MentionIndex) -> Entity | None:
    """A person's name set off by commas right before the verb, after their title: "رغم
    أن رئيس معسكر الخروج، ماثيو إليوت، قال إن …"."""
    tokens = doc.tokens
    if _gap(doc, tokens[i - 1], tokens[i]).strip() not in ("،", ","):
        return None
    hit = index.covering.get(i - 1)
    if hit is None or hit[1].last_token != i - 1 or not isinstance(hit[0].fact, Person):
        return None
    first = hit[1].first_token
    if hit[1].kind != "name" or first == 0 or tokens[first - 1].sentence != tokens[i].sentence:
        return None
    return hit[0] if _gap(doc, tokens[first - 1], tokens[first]).strip() in ("،", ",") else None


def _earlier_speaker(doc: Document, i: int, index: _MentionIndex) -> Entity | None:
    """The speaker of "وسبق لترامب أن قال": a mention with ل between سبق and أن."""
    tokens = doc.tokens
    if i < 3 or tokens[i - 1].norm != "ان" or tokens[i - 1].sentence != tokens[i].sentence:
        return None
    hit = index.covering.get(i - 2)
    if hit is None or hit[1].last_token != i - 2 or hit[1].kind in ("nisba", "capital"):
        return None
    first = hit[1].first_token
    if not tokens[first].norm.startswith("ل") or first == 0:
        return None
    before = tokens[first - 1]
    if before.sentence != tokens[i].sentence or _strip_conj(before.norm)[1] != "سبق":
        return None
    return hit[0]


def _named_before(doc: Document, i: int, cues: StatementCues, index: _MentionIndex) -> str | None:
    """An unrecognised name between أن/إن and its verb ("إلا أن لافروف انتقد")."""
    tokens = doc.tokens
    if i < 2 or tokens[i].norm[:1] in "وف" and tokens[i].norm not in cues.verbs:
        return None
    name, that = tokens[i - 1], tokens[i - 2]
    if name.sentence != tokens[i].sentence or that.sentence != name.sentence:
        return None
    if _strip_conj(that.norm)[1] not in _THAT or index.covering.get(i - 1) is not None:
        return None
    if _gap(doc, that, name).strip() or _gap(doc, name, tokens[i]).strip():
        return None
    if not _name_word(name.norm, cues) or name.norm in cues.given_names:
        return None
    return doc.text[name.start : name.end]


_CLAUSE_OPENERS = frozenset(
    {"كما", "ثم", "حيث", "فيما", "بينما", "لكن", "ولكن", "بل", "اذ", "كان", "كانت"}
)


_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "عبد"})


def _extend_name(tokens: list[Token], last: int, stop: int) -> int:
    """Carry a subject over name parts a short mention left out ("… بن زايد آل نهيان")."""
    while last + 2 < stop + 1 and last + 1 < stop and tokens[last + 1].norm in _NAME_LINKS:
        if last + 2 >= stop:
            break
        last += 2
    return last


def _apposed_person(
    doc: Document, j: int, stop: int, cues: StatementCues, index: _MentionIndex
) -> tuple[Entity, int] | None:
    """A person named within a few words after a title, before what is said.

    The name sits in the title phrase or right after its comma ("وزير الخارجية النرويجي،
    بورج براندي، لدى لقائه رئيس الجمهورية، الباجي …"): a person further on, past a comma,
    is someone else once a second comma is passed.
    """
    tokens = doc.tokens
    commas = 0
    named_until = -1  # the end of a quoted name inside the title ("باسم تحالف "…"،")
    for k in range(j, min(stop, j + _APPOSITION_WINDOW)):
        norm = tokens[k].norm
        if k > named_until and _opens_quote(doc, k):
            named_until = _quoted_name_end(doc, k, stop)
            if named_until < 0:
                return None
        if norm in cues.complement_starts or norm in _THAT:
            return None  # "أعلن الجهاز أنه كشف مخططا لاستهداف …": what was said
        if norm in cues.relative_before:
            return None  # "… تأييدها للخطوات التي أعلنها الرئيس": a relative clause's person
        if k > j and any(c in _gap(doc, tokens[k - 1], tokens[k]) for c in "،,"):
            commas += 1
            if commas > 1:
                return None
        hit = index.covering.get(k)
        if hit is not None and isinstance(hit[0].fact, Person):
            if tokens[hit[1].first_token].norm in cues.name_stop:
                return None  # "أكد الرئيس حرص الحكومة": a noun read as a name
            return hit[0], hit[1].last_token
    return None


def _apposed_name(doc: Document, j: int, stop: int, cues: StatementCues) -> int | None:
    """Last token of an unrecognised name right after a title's comma ("…، بورج براندي،")."""
    tokens = doc.tokens
    for k in range(j, min(stop, j + _APPOSITION_WINDOW)):
        if tokens[k].norm in cues.complement_starts or _opens_quote(doc, k):
            return None
        if k > j and any(c in _gap(doc, tokens[k - 1], tokens[k]) for c in "،,"):
            if not _name_word(tokens[k].norm, cues) or tokens[k].norm in cues.subject_heads:
                return None
            last = k
            for m in range(k + 1, min(stop, k + 4)):
                if any(c in _gap(doc, tokens[m - 1], tokens[m]) for c in "،,:"):
                    return last
                if not (_name_word(tokens[m].norm, cues) or tokens[m].norm in _NAME_LINKS):
                    return None
                last = m
            return None
    return None


def _near_institution(j: int, stop: int, index: _MentionIndex) -> tuple[Entity, int] | None:
    for k in range(j, min(stop, j + 3)):
        hit = index.covering.get(k)
        if hit is not None:
            return hit[0], hit[1].last_token
    return None


_QUOTED_NAME = 6  # words of a quoted name in a title ("تحالف "دعم الشرعية في اليمن"")


def _quoted_name_end(doc: Document, k: int, stop: int) -> int:
    """The last token of a short quotation opening at token ``k`` that closes right before
    a comma: a name in quotes within a title, not what was said; -1 otherwise."""
    tokens = doc.tokens
    for m in range(k, min(stop - 1, k + _QUOTED_NAME)):
        gap = _gap(doc, tokens[m], tokens[m + 1])
        if gap.startswith(('"', "»")):
            return m if "،" in gap or "," in gap else -1
        if gap.strip():
            return -1
    return -1


def _opens_quote(doc: Document, k: int) -> bool:
    tokens = doc.tokens
    if k == 0:
        return False
    gap = _gap(doc, tokens[k - 1], tokens[k])
    if ":" in gap or "«" in gap:
        return True
    # A quotation mark attached to the word before closes a quote ("تحالف "دعم الشرعية"،
    # تركي المالكي"): only one attached to the word after opens one.
    return '"' in gap and (not gap.startswith('"') or gap.endswith('"'))


def _state_as_object(
    doc: Document,
    subject: tuple[str, int, int, Entity | None],
    verb: int,
    stem: str,
    cues: StatementCues,
    index: _MentionIndex,
) -> bool:
    """Whether a state named right after a masculine singular verb is its object: a state
    takes a feminine verb (أكدت فرنسا، تؤكد واشنطن) but for a few (أكد العراق)."""
    kind, first, _last, entity = subject
    tokens = doc.tokens
    if first != verb + 1:
        return False
    words = [_strip_conj(tokens[first].norm)[1]] + [t.norm for t in tokens[first + 1 : first + 2]]
    if words[0] in cues.masculine_state_names or " ".join(words) in cues.masculine_state_names:
        return False  # "نفى الكرملين", "أعلن البيت الأبيض"
    hit = index.covering.get(first)
    if kind == "entity" and entity is not None and hit is not None:
        fact = entity.fact
        if not isinstance(fact, Country) or hit[1].kind == "nisba":
            return False
        code, capital = fact.iso3, hit[1].kind == "capital"
    else:
        # A state the countries step left out (a capital it did not take as one).
        from analysis.extract.countries import country_gazetteer, iso3

        match = country_gazetteer().match_at(tokens, first)
        if match is None or match.value is None or match.value.kind in ("nisba", "subnational"):
            return False
        code, capital = iso3(match.value.iso2), match.value.kind == "capital"
    if code in cues.masculine_countries and not capital:
        return False
    if stem in cues.present:
        return stem[:1] == "ي" and not stem.endswith(("ان", "ون"))
    return not stem.endswith(("ت", "ا"))


def _body_named_by(head: str, speakers: list[Entity]) -> Entity | None:
    """The one organization whose name opens with ``head`` ("الوكالة" for "الوكالة
    الأوروبية للأدوية"), so that the bare head refers back to it rather than to a news
    agency."""
    bodies = [
        e
        for e in speakers
        if isinstance(e.fact, Organization)
        and normalize_term(e.fact.name_ar).split()[:1] == [head]
    ]
    return bodies[0] if len(bodies) == 1 else None


def _is_state_name(word: str) -> bool:
    """A one-word name of a state (السعودية), which may also read as a nisba adjective."""
    from analysis.extract.countries import country_name_forms  # countries imports events

    return word in country_name_forms()


_SOURCES = normalize_terms(("مصدر", "مصادر"))  # "مصدر سعودي مسؤول", "مصادر يمنية"


def _media_source(doc: Document, j: int, stop: int, cues: StatementCues) -> bool:
    """Whether the source at token ``j`` is the media ("مصادر إعلامية"), which is
    attribution; any other source speaks ("مصدر سعودي مسؤول", "مصادر مطلعة", "مصادر")."""
    tokens = doc.tokens
    k = j + 1
    return (
        k < stop
        and not _gap(doc, tokens[j], tokens[k]).strip()
        and tokens[k].norm in cues.media_source_qualifiers
    )


_THE_SOURCES = normalize_terms(("المصدر", "المصادر"))


def _source_again(
    doc: Document, j: int, stop: int, cues: StatementCues
) -> tuple[str, int, int, None] | str:
    """A source named again ("وأوضح المصدر أن …", "وذكرت المصادر نفسها"): attribution if
    the one named a few sentences back was the media ("مصادر إعلامية"), else a source (the
    one that spoke last, see :func:`_is_source`)."""
    tokens = doc.tokens
    first = doc.sentence_tokens(max(0, tokens[j].sentence - 3)).start
    for k in range(j - 1, first - 1, -1):
        if _strip_conj(tokens[k].norm)[1] in _SOURCES:
            if _media_source(doc, k, _sentence_stop(doc, k), cues):
                return "media"
            break
    return ("unresolved", j, _source_end(doc, j, stop, cues), None)


def _is_source(speaker: _Speaker | None) -> bool:
    """Whether a speaker is a source kept as written ("مصدر عسكري", "مصادر دبلوماسية")."""
    if speaker is None or speaker.entity is not None:
        return False
    words = normalize_term(speaker.name_ar).split()
    return bool(words) and words[0] in _SOURCES


_REPORTS = normalize_terms(("تقرير", "التقرير"))  # a report; "تقارير" are mostly the media's
_REPORT_ISSUER = 3  # words from a report to the outlet that issued it ("تقرير حديث للوكالة")


def _media_report(doc: Document, j: int, stop: int, cues: StatementCues) -> bool:
    """Whether the report at token ``j`` is a news outlet's ("تقرير لوكالة الأنباء",
    "تقرير التلفزيون", "تقرير صحفي"), or the one before it was ("وأشار التقرير" after "أفاد
    تقرير لوكالة …"): attribution, not a speaker."""
    tokens = doc.tokens
    for k in range(j + 1, min(stop, j + 1 + _REPORT_ISSUER)):
        word = tokens[k].norm
        if word in cues.complement_starts or word in _THAT:
            break
        if (
            word in cues.media_subjects
            or _without_lam(word) in cues.media_subjects
            or word in cues.media_source_qualifiers
        ):
            return True
    if tokens[j].norm.startswith("ال") or _strip_conj(tokens[j].norm)[1].startswith("ال"):
        first = doc.sentence_tokens(max(0, tokens[j].sentence - 3)).start
        for k in range(j - 1, first, -1):  # the report named earlier, a few sentences back
            if _strip_conj(tokens[k].norm)[1] in _REPORTS and k + 1 < len(tokens):
                return _media_report(doc, k, _sentence_stop(doc, k), cues)
    return False


def _source_end(doc: Document, j: int, stop: int, cues: StatementCues) -> int:
    """Last token of a source and its adjectives ("مصادر عسكرية ميدانية", "مصدر أمني"),
    before the verb's object ("أكدت مصادر عسكرية مقتل قيادي"); a place or body after a
    preposition stays with it ("مصدر في وزارة الصحة")."""
    tokens = doc.tokens
    last = _phrase_end(doc, j, stop, cues)
    plural = tokens[j].norm.endswith("مصادر")
    for k in range(j + 1, last + 1):
        word = _strip_conj(tokens[k].norm)[1]
        if word.startswith(_SOURCE_PLACES):
            return last
        if plural:
            agrees = word.endswith("ه") or word == "اخري"  # feminine: "مصادر عسكرية"
        else:  # "مصدر أمني"، "مصدر مطلع"، "مصدر مسؤول"، "مصدر آخر"
            agrees = word.endswith("ي") or word.startswith("م") or word == "اخر"
        if not agrees:
            return k - 1
    return last


_SOURCE_PLACES = ("في", "من", "ب", "ل", "داخل", "لدي", "قريب", "مقرب")


def _phrase_end(doc: Document, j: int, stop: int, cues: StatementCues) -> int:
    """Last token of an unresolved subject phrase (up to a comma, an adverbial such as a
    weekday or "في تصريح", or what is said)."""
    tokens = doc.tokens
    last = j
    governs_bi = _governs_bi(tokens, j, cues)
    for k in range(j + 1, min(stop, j + 7)):
        norm = tokens[k].norm
        if norm in cues.complement_starts or norm in _THAT or _opens_quote(doc, k):
            break
        if norm in cues.speaker_skip and norm != "من":
            break
        if norm in ("الذي", "التي", "الذين", "لم"):
            break  # "النيابة التي اتهمت …": the relative clause is not the name
        if norm[:1] == "ل" and norm[1:] in cues.media_subjects:
            break  # "مصدر أمني لوكالة …": whom the speaker told
        if governs_bi and norm.startswith("بال"):
            break  # "طالبت المفوضية السامية بالقيام": the verb's object, not the subject
        if tokens[k - 1].norm.startswith(_DEFINITE) and norm in _plain_nouns():
            break  # "توقعت السلطات اندلاع …": a definite word takes no genitive after it
        gap = _gap(doc, tokens[k - 1], tokens[k])
        if any(c in gap for c in "،,-–"):
            break
        last = k
    return last


@cache
def _plain_nouns() -> frozenset[str]:
    """The common nouns of the corpus that are no given names (أحمد is both), but "غير"."""
    return common_nouns() - given_names("arabic") - given_names("foreign") - {"غير"}


def _coordinated(
    doc: Document, j: int, stop: int, cues: StatementCues, index: _MentionIndex, first: Entity
) -> list[tuple[Entity, int]]:
    """Further persons joined to the subject with و ("… والشيخ محمد بن زايد … عن")."""
    tokens = doc.tokens
    out: list[tuple[Entity, int]] = []
    seen = {id(first)}
    k = j
    while k < min(stop, j + _COORDINATION_WINDOW):
        norm = tokens[k].norm
        if norm in cues.complement_starts or _opens_quote(doc, k):
            break
        hit = index.starting.get(k)
        joined = norm.startswith("و") or (
            k > j and tokens[k - 1].norm in ("والشيخ", "والامير", "والرئيس", "والملك", "والسيد")
        )
        if hit is not None and isinstance(hit[0].fact, Person) and joined:
            entity, mention = hit
            if mention.kind in ("name", "short") and id(entity) not in seen:
                out.append((entity, mention.last_token))
                seen.add(id(entity))
                k = mention.last_token + 1
                continue
        k += 1
    if out and not (k < stop and tokens[k].norm in cues.complement_starts):
        return []
    return out


def _person_by_title(phrase: str, speakers: list[Entity]) -> Entity | None:
    """The one person whose office title is this phrase ("رئيس الحكومة")."""
    key = normalize_term(phrase)
    hits = [
        e for e in speakers
        if isinstance(e.fact, Person) and e.fact.title_ar
        and normalize_term(e.fact.title_ar).startswith(key)
    ]
    return hits[0] if len(hits) == 1 else None


def _person_by_name_word(word: str, speakers: list[Entity]) -> Entity | None:
    """The one person one of whose names is this word, for a speaker named by that word
    alone: "وقال كيم" for كيم هيونغ سو, "وأضاف آبي" for آبي أحمد (a family name written
    first, a given name used alone). An Arabic given name alone (مصطفى) names no one: news
    calls Arab officials by their family name."""
    word = _strip_conj(word)[1] if word not in _NAME_LINKS else word
    if len(word) < 3 or word in given_names("arabic"):
        return None
    hits = [
        e for e in speakers
        if isinstance(e.fact, Person) and word in normalize_term(e.fact.name_ar).split()
    ]
    return hits[0] if len(hits) == 1 else None


def _counterpart(last: _Speaker | None, principals: list[Entity]) -> _Speaker | None:
    for entity in principals:
        if last is None or entity is not last.entity:
            return _speaker_of(entity)
    return None


def _issuer_before(doc: Document, i: int, index: _MentionIndex) -> Entity | None:
    """For a verb followed by فيه/فيها: the one who wrote or gave what "it" refers to. After
    a relative ("تغريدة ترامب التي قال فيها") the person named nearest before the verb; else
    the first person of the sentence, its subject ("أجرى الملك سلمان اتصالا مع أردوغان
    وعبر فيه", "وكتب ترامب تغريدة قال فيها")."""
    tokens = doc.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].norm not in _IN_IT:
        return None
    first = doc.sentence_tokens(tokens[i].sentence).start
    people = [
        hit[0]
        for k in range(first, i)
        if (hit := index.covering.get(k)) is not None and isinstance(hit[0].fact, Person)
    ]
    if not people:
        return None
    return people[-1] if tokens[i - 1].norm in _RELATIVES else people[0]


_IN_IT = frozenset({"فيه", "فيها"})
_DESCRIBING = normalize_terms(("وصف", "اتهم", "اعتبر"))
_ADVERBIAL_BI = normalize_terms(("بشكل", "بصورة", "بدوره", "بدورها", "بوضوح"))
_RELATIVES = frozenset({"الذي", "التي"})


def _svo_subject(doc: Document, i: int, index: _MentionIndex) -> Entity | None:
    """Subject-verb order: an entity opening the clause, a few words before the verb."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    first = doc.sentence_tokens(sentence).start
    if i - first > 12:
        return None
    for k in range(first, i):
        hit = index.covering.get(k)
        if hit is not None:
            return hit[0] if k - first <= 1 else None
    return None


def _opening_subject(
    doc: Document, i: int, stem: str, cues: StatementCues, index: _MentionIndex
) -> Entity | None:
    """The subject of the verb that opens the sentence, for a pronoun-only reporting verb
    joined to it later: "استقبل الرئيس المصري عبد الفتاح السيسي …، وأكد أن …" (the
    president speaks), "وكانت شركة فيسبوك قد قالت …". The opening verb is no reporting
    verb (then the last speaker goes on) and agrees in gender (أجرت … وأكدت). Its subject
    is a person named within a title's length after it, or a body right after it ("مدرب
    مانشستر يونايتد، جوزيه مورينيو": the club is in the title)."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    first = doc.sentence_tokens(sentence).start
    if i == first and tokens[i].norm[:1] == "و" and sentence > 0:
        # "التقى X نظيره Y. وأكد خلال اللقاء …": the verb opens the next sentence.
        if doc.sentences[sentence - 1].paragraph != doc.sentences[sentence].paragraph:
            return None
        first = doc.sentence_tokens(sentence - 1).start
        if first >= i:
            return None
    elif i - first < 3:
        return None
    opening = _strip_conj(tokens[first].norm)[1]
    if (
        opening not in cues.opening_verbs
        or opening in cues.verbs
        or opening.endswith("ت") != stem.endswith("ت")
    ):
        return None
    joined = tokens[i].norm[:1] in ("و", "ف") or _strip_conj(tokens[i - 1].norm)[1] in _JOINING
    if not (joined or opening in _KANA):
        return None  # "ولكن رونالدو أكد": the verb has a subject of its own
    for k in range(first + 1, min(first + _OPENING_SUBJECT, i)):
        hit = index.covering.get(k)
        if hit is None or hit[1].kind == "nisba":
            continue  # "أجرى العاهل السعودي، الملك سلمان": the title's adjective
        if isinstance(hit[0].fact, Person) or (
            k == first + 1 and isinstance(hit[0].fact, Organization)
        ):
            # After كان the verb is its predicate: right after the subject or after قد.
            predicate = hit[1].last_token == i - 1 or tokens[i - 1].norm == "قد"
            return hit[0] if joined or predicate else None
        if isinstance(hit[0].fact, Country):
            return None
    return None


_JOINING = frozenset({"حيث", "ثم", "كما"})
_KANA = frozenset({"كان", "كانت"})  # "وكانت الشركة قد قالت": the verb is كان's predicate
_OPENING_SUBJECT = 6  # the verb, then up to a four-word title before the subject's name


def _has_complement(tokens: list[Token], a: int, b: int, cues: StatementCues) -> bool:
    return any(tokens[k].norm in cues.complement_starts for k in range(a, min(b, a + 4)))


def _text_start(doc: Document, j: int, stop: int, cues: StatementCues) -> int | None:
    """Original offset where what was said begins, after the subject (token ``j`` on)."""
    tokens = doc.tokens
    if j >= stop:
        return None
    text = doc.text
    gap_start = tokens[j - 1].end if j > 0 else 0
    gap = text[gap_start : tokens[j].start]
    if ":" in gap or '"' in gap or "«" in gap:
        return _after_colon(doc, j)
    # A parenthetical between dashes ("- وفقا لما نقلته وكالة … -") is not what was said.
    if "-" in gap or "–" in gap:
        for k in range(j + 1, min(stop, j + 15)):
            if any(c in _gap(doc, tokens[k - 1], tokens[k]) for c in "-–"):
                return _after_colon(doc, k)
    # Adverbials set off by commas ("، في تصريح إعلامي،") come before "أن/إن" or ":".
    adverbial = "،" in gap or "," in gap or _strip_conj(tokens[j].norm)[1] in _ADVERBIAL
    for k in range(j, min(stop, j + 25)):
        if k > j and ":" in _gap(doc, tokens[k - 1], tokens[k]):
            return _after_colon(doc, k)
        if tokens[k].norm in _THAT:
            if k == j:
                return tokens[j].start
            between = text[tokens[j].start : tokens[k].start]
            if adverbial and ("،" in between or "," in between or k - j <= 4):
                return tokens[k].start
            break
        if k > j and tokens[k].norm in _next_statement_words():
            break  # the next statement ("…، وقال إنه …") starts; its أن is not this one's
    return _after_colon(doc, j)


_ADVERBIAL = frozenset(
    normalize_term(w)
    for w in (
        "عقب", "خلال", "في", "لدى", "أثناء", "مساء", "صباح", "اليوم", "أمس", "عند", "بعد",
        "قبل", "على", "عشية", "امس", "ظهر", "الليلة", "حيث", "من",
    )
)
_THAT = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم", "انهما"})


def _after_colon(doc: Document, k: int) -> int:
    token = doc.tokens[k]
    start = token.start
    text = doc.text
    # Keep an opening quotation mark with the quote.
    back = start
    while back > 0 and text[back - 1] in '"«“':
        back -= 1
    return back


_CONTINUATION_GAP = 5  # words from a statement verb to a participle continuing it


def _participle_statement(
    doc: Document,
    i: int,
    prefix: str,
    stem: str,
    cues: StatementCues,
    index: _MentionIndex,
    found: list[_Found],
    head_in_sentence: int | None,
) -> _Found | None:
    tokens = doc.tokens
    token = tokens[i]
    comma = _has_comma_before(doc, i)
    that_follows = _that_follows(tokens, i)
    if stem in cues.comma_participles and not comma and not that_follows:
        return None
    # "ووعد الوزير ببحث المراجعة مع حكومة بلاده مبديا ارتياحه": a participle well after
    # the sentence's statement verb (past its speaker and complement) continues it.
    continues = (
        head_in_sentence is not None
        and i - found[head_in_sentence].verb_token > _CONTINUATION_GAP
        and token.start > found[head_in_sentence].text_start
    )
    if (
        not comma
        and not prefix
        and not that_follows
        and not continues
        and stem not in ("قايلا", "قايله", "مضيفا", "مضيفه")
    ):
        return None
    stop = _sentence_stop(doc, i)
    needs = cues.participle_objects.get(stem)
    if needs and not _has_object(tokens, i + 1, min(stop, i + 3), needs):
        return None
    if i + 1 >= stop:
        return None
    head: int | None = None
    speaker: _Speaker | None = None
    if head_in_sentence is not None:
        head = head_in_sentence
        while found[head].head is not None:
            head = found[head].head
        speaker = found[head].speaker
    else:
        entity = _clause_subject(doc, i, index)
        if entity is None:
            return None
        speaker = _speaker_of(entity)
    text_start = _text_start(doc, i + 1, stop, cues)
    if text_start is None:
        return None
    verb_ar = doc.text[token.start : token.end]
    ev_start = token.start
    if prefix:
        verb_ar, ev_start = _drop_prefix(doc, token)
    return _Found(i, verb_ar, "participle", speaker, head, ev_start, text_start)


def _head_before_quote(
    doc: Document, i: int, quoted: set[int], last_head_in_sentence: dict[int, int]
) -> int | None:
    """The statement a participle opening its sentence continues: the last one of the
    sentence before, when nothing but the quote it opened lies between them ('وقال إن
    المحادثات كانت "ناجحة جدا". مضيفا أن …', 'قال: "… الرفات. ذلك هو الالتزام"، مضيفا أن').
    """
    tokens = doc.tokens
    sentence = tokens[i].sentence
    first = doc.sentence_tokens(sentence).start
    if any(k not in quoted for k in range(first, i)):
        return None  # "ورفضت قطر المطالب، قائلة": the sentence has its own subject
    before = sentence - 1
    while before >= 0 and before not in last_head_in_sentence:
        if any(k not in quoted for k in doc.sentence_tokens(before)):
            return None
        before -= 1
    return last_head_in_sentence.get(before)


def _that_follows(tokens: list[Token], i: int) -> bool:
    """Whether أن/إن opens what follows token ``i``, right away or after a short adverbial
    ("موضحا في هذا الصدد أن", "مؤكدا بالمناسبة أن")."""
    sentence = tokens[i].sentence
    for k in range(i + 1, min(len(tokens), i + 5)):
        norm = tokens[k].norm
        if tokens[k].sentence != sentence:
            return False
        if norm in _THAT:
            return True
        if norm not in _LINKING_ADVERBIAL:
            return False
    return False


_LINKING_ADVERBIAL = frozenset(
    normalize_term(w) for w in ("في", "هذا", "الصدد", "السياق", "الإطار", "بالمناسبة", "ذلك")
)


def _clause_subject(doc: Document, i: int, index: _MentionIndex) -> Entity | None:
    """The person (or institution) right after the sentence's first verb, or a state named
    right after it ("ورفضت قطر المطالب، قائلة …", "وكان المغرب قد اعتذر …، مشيرا"), but
    after a preposition ("وفي تونس")."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    first = doc.sentence_tokens(sentence).start
    for k in range(first + 1, min(i, first + 4)):
        hit = index.covering.get(k)
        if hit is not None and not isinstance(hit[0].fact, Country):
            return hit[0]
        if (
            hit is not None
            and k == first + 1
            and hit[1].kind != "nisba"
            and hit[1].start == tokens[k].start
            and _strip_conj(tokens[first].norm)[1] not in _PREPOSITIONS
        ):
            return hit[0]  # "ورفضت قطر المطالب، قائلة إنها …": the state right after the verb
    return None


_PREPOSITIONS = frozenset(normalize_term(w) for w in ("في", "من", "إلى", "على", "عن", "مع", "منذ"))


def _attribution_statement(
    doc: Document,
    i: int,
    cues: StatementCues,
    index: _MentionIndex,
    found: list[_Found],
    speakers: list[Entity],
    last_speaker: _Speaker | None,
) -> _Found | None:
    """ "وفق بلاغ لوزارة …" / "حسب بيان للوزارة" / "بحسب السفير السوداني": the source said
    the clause before. When that clause already reports someone's words ("أكد الوزير …،
    حسب بلاغ للرئاسة"), the communiqué is where they were reported, not a statement; but
    people quoted as a group say it too ("قال ترامب إن الهجوم أسفر عن مقتل العشرات وفقا
    لناشطين سوريين")."""
    tokens = doc.tokens
    stop = _sentence_stop(doc, i)
    if i + 2 > stop:
        return None
    first = doc.sentence_tokens(tokens[i].sentence).start
    opening = first == i  # "وبحسب البيان، فإن …": what was said follows the source
    if first > i:
        return None
    sentence = tokens[i].sentence
    reported = not opening and any(tokens[f.verb_token].sentence == sentence for f in found)
    if reported and _without_lam(tokens[i + 1].norm) not in cues.source_groups:
        return None
    if opening:
        said = _after_source(doc, i + 2, stop)
        if said is None:
            return None
        stop = said  # the source is named before what was said
    entity: Entity | None = None
    noun = tokens[i + 1].norm
    if noun in cues.attribution_nouns or (
        noun[:1] == "ل" and noun[1:] in cues.attribution_nouns  # "وفقا لبيان …"
    ):
        # "بحسب بلاغ صادر اليوم الأربعاء عن وزارة الشؤون الخارجية": the issuer after عن
        reach = _ISSUED_REACH if _issued(tokens, i + 2, stop) else _ATTRIBUTION_REACH
        for k in range(i + 1, min(stop, i + reach)):
            # the issuer, or a capital or seat of government for its state ("بحسب بيان
            # الكرملين")
            hit = index.covering.get(k) or index.capitals.get(k)
            if hit is not None:
                entity = hit[0]
                break
    else:
        # The source named directly: a person, an institution or an office, or a capital
        # or seat of government for its state ("وبحسب الإليزيه", "وفقا لموسكو").
        hit = index.starting.get(i + 1) or index.capitals.get(i + 1)
        if hit is not None and hit[1].kind != "nisba":
            entity = hit[0]
        elif tokens[i + 1].norm in cues.subject_heads:
            titled = _title_subject(doc, i + 1, stop, cues, index, speakers, last_speaker)
            if titled is not None:
                entity = titled[3]
    if entity is not None and _is_news_agency(doc, entity):
        return None  # "بحسب وكالة بلومبيرغ", "بحسب الوكالة السعودية": the wire's credit
    speaker: _Speaker | None = None if entity is None else _speaker_of(entity)
    if speaker is None and noun in cues.attribution_nouns:
        # "وبحسب البيان، فإن …", "بحسب تقرير لمرصد التسلح": a document whose issuer the
        # sentence does not name, the noun kept as written
        speaker = _Speaker(None, _phrase_text(doc, i + 1, i + 1), None)
    head = _without_lam(tokens[i + 1].norm)
    if speaker is None and (head in cues.institution_heads or head in cues.source_groups):
        # "وفق الشرطة", "بحسب المنظمة", "وفقا لناشطين سوريين": a body or group no known
        # speaker stands for, kept as written (without the ل of وفقا ل)
        last: int | None = None
        if head == tokens[i + 1].norm:
            subject = _find_subject(doc, i + 1, stop, cues, index, speakers, last_speaker)
            if isinstance(subject, tuple) and subject[0] == "unresolved":
                last = subject[2]
        else:  # the subject reader takes a word with ل for an object
            last = _phrase_end(doc, i + 1, stop, cues)
        if last is not None:
            name = _phrase_text(doc, i + 1, last)
            if head != tokens[i + 1].norm:
                name = "ال" + name[2:] if name[:2] == "لل" else name[1:]
            speaker = _Speaker(None, name, None)
    if speaker is None:
        return None
    verb_ar = doc.text[tokens[i].start : tokens[i].end]
    if opening:
        if tokens[i].norm not in cues.attribution_preps:  # "وبحسب", but "وفقا" is whole
            verb_ar, ev_start = _drop_prefix(doc, tokens[i])
        else:
            ev_start = tokens[i].start
        return _Found(i, verb_ar, "verb", speaker, None, ev_start, tokens[stop].start)
    ev_start = tokens[first].start
    item = _Found(i, verb_ar, "verb", speaker, None, ev_start, ev_start)
    # What was said is the clause before the attribution.
    item.end = tokens[i - 1].end
    return item


def _without_lam(word: str) -> str:
    """A word without the ل of "وفقا ل…" ("لناشطين" → "ناشطين", "للمسؤولين" → "المسؤولين")."""
    if word[:2] == "لل" and len(word) > 4:
        return "ا" + word[1:]
    return word[1:] if word[:1] == "ل" and len(word) > 3 else word


def _after_source(doc: Document, j: int, stop: int) -> int | None:
    """The token where what was said begins after a sentence-opening source ("وبحسب
    البيان، فإن …"): after the comma that ends the source, or at "فـ" (فإن، فقد)."""
    tokens = doc.tokens
    for k in range(j, min(stop, j + _OPENING_SOURCE_REACH)):
        if any(c in _gap(doc, tokens[k - 1], tokens[k]) for c in "،,"):
            return k
        if tokens[k].norm[:1] == "ف" and tokens[k].norm[1:] in _SAID_AFTER_FA:
            return k
    return None


def _phrase_text(doc: Document, first: int, last: int) -> str:
    """A subject as written, tokens ``first`` to ``last``, without edge commas."""
    return doc.text[doc.tokens[first].start : doc.tokens[last].end].strip(" ،,")


def _issued(tokens: Tokens, k: int, stop: int) -> bool:
    """Whether "صادر/الصادر/صادرة" (issued) follows at token ``k``."""
    return k < stop and _strip_conj(tokens[k].norm)[1] in _ISSUED


_ISSUED = frozenset(normalize_term(w) for w in ("صادر", "الصادر", "صادرة", "الصادرة"))
_ATTRIBUTION_REACH = 5  # the source within a few words of the communiqué ("بلاغ لوزارة …")
_ISSUED_REACH = 9  # "بلاغ صادر اليوم الأربعاء عن وزارة …"
_OPENING_SOURCE_REACH = 10  # "وبحسب بيان لمكتب النائب العام في إزمير، جنوبي تركيا، فإن"
_SAID_AFTER_FA = _THAT | {"قد", "سيتم"}  # "فإن"، "فقد"، "فسيتم" open what was said


def _finish(doc: Document, found: list[_Found], cues: StatementCues) -> list[Statement]:
    tokens = doc.tokens
    text = doc.text
    # Each statement ends where the next one in its sentence begins, or at the sentence end.
    for n_item, item in enumerate(found):
        if item.end >= 0:
            continue
        sentence = tokens[item.verb_token].sentence
        end = doc.sentences[sentence].end
        for later in found[n_item + 1 :]:
            if later.verb_token > item.verb_token and later.end < 0:
                if tokens[later.verb_token].sentence == sentence:
                    if _says_through(doc, item, later, n_item, found):
                        # "وتابع قائلا: «…»": the verb says what its participle says.
                        item.text_start = later.text_start
                        continue
                    end = tokens[later.verb_token].start
                break
        end = _cut_quote_closer(doc, item.text_start, end, cues)
        while end > item.text_start and (text[end - 1].isspace() or text[end - 1] in "،,.;:-–"):
            end -= 1
        # "…، ومضيفا" / "… و" : drop a trailing conjunction left by the cut.
        if end - item.text_start > 2 and text[end - 1] == "و" and text[end - 2].isspace():
            end -= 1
            while end > item.text_start and (text[end - 1].isspace() or text[end - 1] in "،,"):
                end -= 1
        item.end = end
    statements: list[Statement] = []
    ids: dict[int, str] = {}
    seen: set[tuple[str, str, str]] = set()
    for n_item, item in enumerate(found):
        if item.end <= item.text_start or item.end <= item.ev_start:
            continue
        text_ar = text[item.text_start : item.end].strip()
        if not text_ar:
            continue
        # normalize_term(text_ar), read from the document's normalized copy.
        said = " ".join(doc.normalized(item.text_start, item.end).split())
        key = (item.verb_ar, item.speaker.name_ar, said)
        if key in seen:
            continue
        seen.add(key)
        try:
            evidence = doc.evidence(item.ev_start, item.end)
        except ValueError:
            continue
        if text_ar not in evidence.text:
            continue
        sid = f"s{len(statements) + 1}"
        ids[n_item] = sid
        entity = item.speaker.entity
        continues = ids.get(item.head) if item.head is not None else None
        if item.form == "participle" and item.head is not None and continues is None:
            continues = None
        statements.append(
            _statement(
                sid,
                entity.key if entity is not None else None,
                item.speaker.name_ar,
                item.speaker.name_en,
                item.verb_ar,
                item.form,
                continues,
                text_ar,
                evidence,
            )
        )
    return statements


_FORMS = ("verb", "participle")
# The fields Statement(...) records as set when _finish names them (not gist_en, topics).
_STATEMENT_FIELDS_SET = frozenset(Statement.model_fields) - {"gist_en", "topics"}


def _statement(
    sid: str,
    speaker: str | None,
    name_ar: str,
    name_en: str | None,
    verb_ar: str,
    form: str,
    continues: str | None,
    text_ar: str,
    evidence: Evidence,
) -> Statement:
    """The :class:`~analysis.schema.Statement` ``Statement(id=sid, …, evidence=[evidence])``
    validates, built without running the validator when the values pass its checks here.

    :func:`_finish` has made the other checks: the id is ``s`` and a number, the text is
    not empty and lies inside the evidence, which Document.evidence built; what is checked
    here are the names, the verb and the form. Values that fail go through the validator,
    which says what is wrong. The validator took about 7% of the statements step's cost
    (measured: 9.34 → 9.25 M instructions per ANT article).
    """
    if not (
        type(name_ar) is str
        and name_ar
        and type(verb_ar) is str
        and verb_ar
        and form in _FORMS
        and (speaker is None or type(speaker) is str)
        and (name_en is None or type(name_en) is str)
        and (continues is None or type(continues) is str)
    ):
        return Statement(
            id=sid,
            speaker=speaker,
            speaker_name_ar=name_ar,
            speaker_name_en=name_en,
            verb_ar=verb_ar,
            form=form,  # type: ignore[arg-type]
            continues=continues,
            text_ar=text_ar,
            evidence=[evidence],
        )
    return construct_trusted(
        Statement,
        {
            "id": sid,
            "speaker": speaker,
            "speaker_name_ar": name_ar,
            "speaker_name_en": name_en,
            "verb_ar": verb_ar,
            "form": form,
            "continues": continues,
            "text_ar": text_ar,
            "gist_en": None,
            "topics": [],
            "evidence": [evidence],
        },
        _STATEMENT_FIELDS_SET,
    )


def _says_through(
    doc: Document, item: _Found, later: _Found, n_item: int, found: list[_Found]
) -> bool:
    """Whether the participle ``later`` opens what the verb ``item`` said, with nothing said
    between them: "وتابع قائلا: «…»", "وأردف الوزير قائلا إن …" (the verb alone would
    say nothing)."""
    if later.form != "participle" or later.head is None:
        return False
    head = later.head
    while found[head].head is not None:
        head = found[head].head
    if head != n_item:
        return False
    between = doc.text[item.text_start : later.ev_start] if later.ev_start > item.text_start else ""
    return not between.strip(" \n،,:\"«“")


def _cut_quote_closer(doc: Document, start: int, end: int, cues: StatementCues) -> int:
    """End a statement before "، وفق تعبيره" and similar quote closers."""
    tokens = doc.tokens
    # Visit only the tokens a closer can start at, from the statement's first token on
    # (found by bisecting the tokens on their starts, not a list of every token's start
    # built for each article).
    candidates = tokens.where(_closer_firsts(cues.quote_closers))
    first = bisect.bisect_left(tokens, start, key=_token_start)
    # Only the closers that open with the candidate's word are tried (على opens three of
    # eleven, and is a common word): each tried closer's later words are compared.
    by_first = _closers_by_first(cues.quote_closers)
    n = len(tokens)
    for t in candidates[bisect.bisect_left(candidates, first) :]:
        token = tokens[t]
        if token.end > end:
            break
        for closer in by_first[token.norm]:
            k = len(closer)
            if t + k <= n and all(tokens[t + m].norm == closer[m] for m in range(1, k)):
                return token.start
    return end


@cache
def _closer_firsts(closers: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return shared_words(closer[0] for closer in closers)


@cache
def _closers_by_first(
    closers: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The quote closers by their first word, each word's in the list's order."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for closer in closers:
        found.setdefault(closer[0], []).append(closer)
    return {word: tuple(group) for word, group in found.items()}
