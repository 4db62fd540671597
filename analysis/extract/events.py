"""Events (meeting, visit, call, agreement signing, statement) and the cooperation verdict.

An event is reported only when the text says it happened or is happening: a past verb
(استقبل، التقى، اجتمع), a noun with a happening cue ("خلال زيارته"، "في ختام زيارة"، "الذي
يقوم بزيارة"، "يؤدي … اليوم … زيارة"), and no cue in its sentence that the event is still
ahead or called off (سيزور، من المقرر، يومي 8 و9، غدا، إلغاء). Words inside quotation
marks and in the headline are not events (the headline's present tense says nothing about
time; the body reports the same event). Each type has its CAMEO and PLOVER codes from
:data:`analysis.vocab.EVENT_CODES`. Cue lists are data (``data/event_cues.json``).

:func:`is_cooperation_news` decides whether the article reports official cross-border
cooperation between states; :func:`filter_topics_for_cooperation` applies the annotation
convention that other articles have no topics.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.extract.document import (
    RELATIVE_PRONOUNS,
    WEEKDAYS,
    Document,
    Gazetteer,
    Token,
    Tokens,
    attached_forms,
    publication_date,
    shared_words,
)
from analysis.extract.entities import Entity
from analysis.extract.statements import _quoted_tokens, load_statement_cues
from analysis.schema import (
    Agreement,
    Country,
    Event,
    Evidence,
    Organization,
    Person,
    Statement,
    TopicFact,
)
from analysis.text import normalize_term, normalize_terms
from analysis.vocab import EVENT_CODES

__all__ = [
    "filter_topics_for_cooperation",
    "find_events",
    "irrealis_before",
    "is_cooperation_news",
]

_DATA = Path(__file__).resolve().parent / "data" / "event_cues.json"
_VERB_WINDOW = 15  # "يؤدي وزير … اليوم 25 فيفري زيارة"
_PREP_WINDOW = 3  # "في ختام زيارة", "خلال زيارته"
_IRREALIS_WINDOW = 8  # "ويتوقع أن تعقد قمة بين كيم ونظيره الرئيس الأمريكي"
_MAX_EVIDENCE = 3


@dataclass(frozen=True, slots=True)
class EventCues:
    """The event word lists, normalized."""

    meeting: frozenset[str]
    any_cue: frozenset[str]  # meeting, visit noun and visit verb cues together
    meeting_needs_other: frozenset[str]
    partners: frozenset[str]
    held: frozenset[str]
    gatherings: frozenset[str]  # summits and meetings by name (قمة، اجتماع)
    conferences: frozenset[str]  # "مؤتمر", "منتدى", "ملتقى": gatherings of many sides
    gathering_held: frozenset[str]  # the verbs of holding with "انطلقت", "احتضنت", "استضاف"
    gathering_settings: frozenset[str]  # "خلال", "على هامش", "افتتاح": inside a held one
    visit_nouns: frozenset[str]
    visit_verbs: frozenset[str]
    happening: frozenset[str]
    planned: frozenset[str]
    cancelled: frozenset[str]
    cancelled_near: frozenset[str]
    irrealis: frozenset[str]
    message_nouns: frozenset[str]
    message_verbs: frozenset[str]
    cable_nouns: frozenset[str]
    calls: Gazetteer[str]
    call_exclude: frozenset[str]
    joint_appearances: Gazetteer[str]  # "مؤتمر صحفي مشترك": the two sides met
    context: Gazetteer[str]  # joint bodies, cooperation, sports and conflict words
    lending: Gazetteer[str]  # international lenders and words of a loan or programme
    dispute_headline: frozenset[str]  # "ترد على", "تحذر", "يتهم": a headline of dispute


@cache
def load_event_cues() -> EventCues:
    """Read and normalize ``data/event_cues.json`` (once per process)."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))

    def gazetteer(key: str) -> Gazetteer[str]:
        return Gazetteer([(w, key) for w in data[key]])

    return EventCues(
        meeting=normalize_terms(data["meeting_verbs"]),
        any_cue=normalize_terms(
            data["meeting_verbs"] + data["gathering_nouns"] + data["conference_nouns"]
            + data["visit_nouns"] + data["visit_verbs"]
        ),
        meeting_needs_other=normalize_terms(data["meeting_needs_other"]),
        partners=normalize_terms(data["meeting_partners"]),
        held=normalize_terms(data["meeting_held_verbs"]),
        gatherings=normalize_terms(data["gathering_nouns"] + data["conference_nouns"]),
        conferences=normalize_terms(data["conference_nouns"]),
        gathering_held=normalize_terms(data["meeting_held_verbs"] + data["gathering_held_verbs"]),
        gathering_settings=normalize_terms(data["gathering_settings"]),
        visit_nouns=normalize_terms(data["visit_nouns"]),
        visit_verbs=normalize_terms(data["visit_verbs"]),
        happening=normalize_terms(data["visit_happening"]),
        planned=normalize_terms(data["planned"]),
        cancelled=normalize_terms(data["cancelled"]),
        cancelled_near=normalize_terms(data["cancelled_near"]),
        irrealis=normalize_terms(data["irrealis_before"]),
        message_nouns=normalize_terms(data["message_nouns"]),
        message_verbs=normalize_terms(data["message_verbs"]),
        cable_nouns=normalize_terms(data["cable_nouns"]),
        calls=gazetteer("call_nouns"),
        call_exclude=normalize_terms(data["call_exclude_after"]),
        joint_appearances=gazetteer("joint_appearances"),
        context=Gazetteer(
            [
                (w, key)
                for key in ("cooperation_words", "aid_words", "sports", "conflict")
                for w in data[key]
            ]
            + [(w, "joint_bodies") for w in data["joint_bodies"]]
        ),
        lending=Gazetteer(
            [(w, "lender") for w in data["lenders"]] + [(w, "loan") for w in data["loan_words"]]
        ),
        dispute_headline=normalize_terms(data["dispute_headline_verbs"]),
    )


def _stems(word: str) -> tuple[str, ...]:
    """The word, without و/ف, and without ب/ل after that (nouns: "بزيارة", "وللقاء")."""
    first = word[:1]
    if len(word) <= 3 or first not in _PROCLITICS:
        return (word,)
    if first in "وف":
        rest = word[1:]
        if len(rest) > 3 and rest[0] in "بل":
            return (word, rest, rest[1:])
        return (word, rest)
    return (word, word[1:])


_PROCLITICS = frozenset("وفبل")


def irrealis_before(tokens: Sequence[Token], i: int, window: int = _IRREALIS_WINDOW) -> bool:
    """Whether a word of expectation, readiness, possibility or hope stands within
    ``window`` words before token ``i`` in its sentence: what follows it has not happened
    ("ويتوقع أن تعقد قمة", "على استعداد لإجراء محادثات مع الولايات المتحدة")."""
    sentence = tokens[i].sentence
    if isinstance(tokens, Tokens):  # the document's words of expectation, found once
        cues = tokens.where(_irrealis_forms())
        at = bisect.bisect_left(cues, i)
        return at > 0 and cues[at - 1] >= i - window and tokens[cues[at - 1]].sentence == sentence
    irrealis = load_event_cues().irrealis
    for k in range(i - 1, max(-1, i - window - 1), -1):
        if tokens[k].sentence != sentence:
            return False
        if any(s in irrealis for s in _stems(tokens[k].norm)):
            return True
    return False


@cache
def _irrealis_forms() -> frozenset[str]:
    """Every word whose ``_stems`` hold a word of expectation or readiness."""
    irrealis = load_event_cues().irrealis
    forms = (w for cue in irrealis for w in attached_forms(cue))
    return shared_words(w for w in forms if any(s in irrealis for s in _stems(w)))


@dataclass(slots=True)
class _Cue:
    type: str
    token: int
    start: int  # original span of the evidence
    end: int
    happened: bool
    # A conference or forum ("في كلمته أمام المؤتمر"): a multilateral gathering, a meeting
    # between states only when two take part in it (_gathering_of_states).
    gathering: bool = False


_LAST_SCAN: list[tuple[Document, list[_Cue]]] = []


def _scan(
    doc: Document,
    cues: EventCues,
    official: frozenset[int] | None = None,
    leaders: frozenset[int] = frozenset(),
) -> list[_Cue]:
    """Every meeting, visit and call cue of the body, happened or not (the last document's
    result is kept, since find_events and is_cooperation_news read the same one).

    ``official`` holds the sentences that name an official party (a person, a state or an
    institution); a meeting elsewhere ("استقبل المستشفى 3 مصابين") is not one. ``None``
    accepts every sentence. ``leaders`` holds the first tokens of the mentions of people
    holding a political office: a contact with one is a call.
    """
    if _LAST_SCAN and _LAST_SCAN[0][0] is doc:
        return _LAST_SCAN[0][1]
    found = _scan_uncached(doc, cues, official, leaders)
    _LAST_SCAN[:] = [(doc, found)]
    return found


def _official_sentences(
    doc: Document, people: list[Entity], countries: list[Entity], organizations: list[Entity]
) -> frozenset[int]:
    """Sentences naming an official party: a known person, state or institution, or an
    office word (وزير، الرئيس، السفير، وفد، نظيره …)."""
    out: set[int] = set()
    for entity in people + countries + organizations:
        for mention in entity.mentions:
            out.add(mention.sentence)
    offices = _office_words()
    for i in doc.tokens.where(_office_forms()):
        token = doc.tokens[i]
        if token.sentence in out:
            continue
        word = token.norm
        if word in offices or (word[:1] in "وفبل" and word[1:] in offices):
            out.add(token.sentence)
    return frozenset(out)


@cache
def _office_words() -> frozenset[str]:
    extra = ("وفد", "الوفد", "وفدا", "نظيره", "نظيرته", "نظيريه", "نظرائه", "الوزيران",
             "الرئيسان", "الجانبان", "الطرفان", "البلدان")
    return load_statement_cues().person_heads | normalize_terms(extra)


@cache
def _cue_forms() -> frozenset[str]:
    """Every word whose ``_stems`` hold a meeting or visit cue."""
    any_cue = load_event_cues().any_cue
    return shared_words(
        w
        for cue in any_cue
        for w in attached_forms(cue)
        if any(s in any_cue for s in _stems(w))
    )


@cache
def _office_forms() -> frozenset[str]:
    """Every word the office test of ``_official_sentences`` may accept (a superset)."""
    return shared_words(w for o in _office_words() for w in (o, *(c + o for c in "وفبل")))


def _scan_uncached(
    doc: Document, cues: EventCues, official: frozenset[int] | None, leaders: frozenset[int]
) -> list[_Cue]:
    tokens = doc.tokens
    weekday = _publication_weekday(doc)
    quoted = _quoted_tokens(doc)
    title = doc.title_span
    event_words = _event_words(doc)
    found: list[_Cue] = []
    for i in tokens.where(_cue_forms()):  # only the words that may be cues
        token = tokens[i]
        if i in quoted or (title is not None and title[0] <= token.start < title[1]):
            continue
        stems = _stems(token.norm)
        kind: str | None = None
        ev_start = token.start
        held_gathering = any(s in cues.gatherings for s in stems) and _gathering_held(
            tokens, i, cues
        )
        gathering = any(s in cues.conferences for s in stems)
        if gathering and _no_gathering(tokens, i, cues):
            continue
        if held_gathering or any(s in cues.meeting for s in stems):
            if (
                not held_gathering
                and any(s in cues.meeting_needs_other for s in stems)
                and not _has_partner(doc, i, cues)
            ):
                continue
            # Only where an official is named, or, for a definite noun ("وجرى خلال اللقاء"),
            # in the sentence after one: it takes up the meeting reported there.
            if (
                official is not None
                and token.sentence not in official
                and not (token.sentence - 1 in official and _stems(token.norm)[-1][:2] == "ال")
            ):
                continue
            if i + 1 < len(tokens) and tokens[i + 1].norm[:1].isdigit():
                continue  # "استقبال 3 مصابين": a count of people received, not officials
            if _RECEIVING in token.norm and not _reception_of_official(tokens, i, leaders):
                continue
            kind = "meeting"
        elif any(s in cues.visit_nouns for s in stems):
            cue_at = _visit_cue(tokens, i, cues)
            if cue_at is None:
                continue
            kind, ev_start = "visit", tokens[cue_at].start
        elif any(s in cues.visit_verbs for s in stems):
            if not _visit_verb_ok(tokens, i):
                continue
            if _arrival(token.norm) and not _arrival_of_official(tokens, i, leaders):
                continue
            kind = "visit"
        if kind is None:
            continue
        state = _time_at(doc, i, cues, event_words)
        if state is None and (
            _later_weekday(tokens, i, weekday)
            or irrealis_before(tokens, i)
            or _when_clause(tokens, i)
        ):
            state = "planned"
        if state is None and _called_off_near(tokens, i, cues):
            state = "cancelled"
        found.append(_Cue(kind, i, ev_start, token.end, state is None, gathering))
    phrases = [(m, "call") for m in cues.calls.find(tokens)]
    phrases += [(m, "meeting") for m in cues.joint_appearances.find(tokens)]
    for match, kind in phrases:
        if match.first in quoted:
            continue
        after = [tokens[k].norm for k in range(match.last + 1, min(len(tokens), match.last + 4))]
        if any(_stems(w)[-1] in cues.call_exclude or w in cues.call_exclude for w in after):
            continue  # "في اتصال هاتفي مع وسائل إعلام", "في مؤتمر صحفي مع الصحفيين"
        state = _time_at(doc, match.first, cues, event_words)
        if state is None and _called_off_near(tokens, match.first, cues):
            state = "cancelled"
        found.append(_Cue(kind, match.first, match.start, match.end, state is None))
    called = {c.token for c in found if c.type == "call"}
    for i in tokens.where(_contact_forms()):
        if i in quoted or i in called:
            continue
        if official is not None and tokens[i].sentence not in official:
            continue
        if title is not None and title[0] <= tokens[i].start < title[1]:
            continue
        if not _contact_partner(tokens, i, leaders):
            continue
        state = _time_at(doc, i, cues, event_words)
        if state is None and (irrealis_before(tokens, i) or _called_off_near(tokens, i, cues)):
            state = "planned"
        found.append(_Cue("call", i, tokens[i].start, tokens[i].end, state is None))
    # "تحدثا هاتفيا وبحثا الوضع", "… في اتصال هاتفي. وأفاد بيان بأن الرئيسين بحثا …": in
    # an article reporting a call, a verb of discussing alone reports what the call covered.
    if any(c.type == "call" for c in found):
        found = [
            c for c in found if not (c.type == "meeting" and _discussing(tokens[c.token], cues))
        ]
    found.sort(key=lambda c: c.start)
    return found


# A contact (اتصل، اتصالا، اتصاله، اتصالات) with an official is a call whether or not the
# text says by telephone ("أجرى اتصالا مع ولي العهد", "اتصل لافروف بوزير الخارجية الفرنسي").
# The verbal noun with the article is as often one to be made ("طلب منها الاتصال بمستشار",
# "قبل الاتصال بسفير فرنسا"): it is a call only by telephone ("تولى الاتصال هاتفيا بالوزير").
# "اتصالاته مع السفير الروسي" are contacts over time, as a rule background, not a call.
_CONTACT_VERBS = normalize_terms(("اتصل", "اتصلت", "اتصلا"))
_CONTACT_NOUNS = normalize_terms(("اتصال", "اتصالا", "اتصالات", "اتصاله", "اتصالها", "اتصالهما"))
_DEFINITE_CONTACTS = normalize_terms(("الاتصال", "للاتصال"))
_BY_PHONE = normalize_terms(("هاتفيا", "هاتفياً"))
_CONTACT_GAP = 2  # "أجرى اتصالا الاثنين مع نظيره": a day between the contact and its partner
_WITH = normalize_term("مع")


@cache
def _contact_forms() -> frozenset[str]:
    """Every contact word, with the clitics it may carry."""
    return shared_words(
        [c + w for w in _CONTACT_VERBS for c in ("", "و", "ف")]
        + [c + w for w in _CONTACT_NOUNS for c in ("", "و", "ف", "ب", "وب")]
        + [c + w for w in _DEFINITE_CONTACTS for c in ("", "و", "ف", "ب", "وب")]
    )


def _contact_partner(tokens: Tokens, i: int, leaders: frozenset[int]) -> bool:
    """Whether the contact word at token ``i`` is with an official: "مع" or a ب before a
    head of state or government, a monarch, a crown prince, a foreign minister, an
    ambassador or envoy, a counterpart, or a person holding such an office ("اتصاله مع
    ماكرون", "اتصل بالعاهل السعودي"). Not a contact with anyone else ("اتصل بالشرطة"):
    a private call is no event of state."""
    from analysis.extract.people import is_political_office  # people imports countries

    sentence = tokens[i].sentence
    if i > 0 and tokens[i - 1].norm == _ON:
        return False  # "إنه على اتصال بالرئيس": in touch, no call made
    by_phone = False
    for k in range(i + 1, min(len(tokens), i + 2 + _CONTACT_GAP)):
        word = tokens[k].norm
        if tokens[k].sentence != sentence:
            return False
        if word in _BY_PHONE:
            by_phone = True
        elif not (word in WEEKDAYS or word[1:] in WEEKDAYS or word in _TODAY):
            break
    else:
        return False
    if tokens[i].norm.endswith(tuple(_DEFINITE_CONTACTS)) and not by_phone:
        return False
    if word == _WITH:
        k += 1
        if k >= len(tokens) or tokens[k].sentence != sentence:
            return False
        partner = tokens[k].norm
    elif word[:1] == "ب" and len(word) > 3:
        partner = word[1:]
    else:
        return False
    if partner in _MISTER and k + 1 < len(tokens):  # "بالسيد خميس الجهيناوي وزير الخارجية"
        k += 1
        partner = tokens[k].norm
    words = [partner] + [tokens[m].norm for m in range(k + 1, min(len(tokens), k + 3))]
    return k in leaders or partner in _COUNTERPART_WORDS or is_political_office(" ".join(words))


_TODAY = normalize_terms(("اليوم", "امس", "أمس", "مساء", "صباح"))
_MISTER = normalize_terms(("السيد", "السيدة"))
_ON = normalize_term("على")
_COUNTERPART_WORDS = normalize_terms(
    ("نظيره", "نظيرته", "نظيريه", "نظيرها", "نظرائه", "نظيرهم", "نظيراه")
)


def _discussing(token: Token, cues: EventCues) -> bool:
    """A verb of discussing (بحث، ناقشا، استعرض), which needs no meeting to happen."""
    return any(
        s in cues.meeting_needs_other or (s[-1:] == "ا" and s[:-1] in cues.meeting_needs_other)
        for s in _stems(token.norm)
        if s[:1] not in ("ا", "ق", "ج")  # not الاجتماع، القمة، جلسة: meetings by name
    )


def _has_partner(doc: Document, i: int, cues: EventCues) -> bool:
    """Whether a meeting noun or verb that needs one has its other side ("مع", "نظيره",
    "الجانبان" after it) or a verb of holding it before it ("ترأس … الاجتماع")."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    for k in range(i - 1, max(-1, i - 1 - _VERB_WINDOW), -1):
        if tokens[k].sentence != sentence:
            break
        if any(s in cues.held for s in _stems(tokens[k].norm)):
            return True
    for k in range(i + 1, min(len(tokens), i + 25)):
        if tokens[k].sentence != sentence:
            break
        if any(s in cues.partners for s in _stems(tokens[k].norm)):
            return True
    return i > 0 and tokens[i - 1].sentence == sentence and tokens[i - 1].norm in (
        "خلال", "عقب", "ختام", "جرى", "وجرى", "تم", "وتم",
    )


def _gathering_held(tokens: Tokens, i: int, cues: EventCues) -> bool:
    """Whether the summit or meeting named at token ``i`` is one the sentence places
    something in, or says someone held, opened or attended: a word of setting just before
    it ("خلال قمة"، "على هامش اجتماعات الجمعية العامة"، "في افتتاح الاجتماع الطارئ لوزراء
    الخارجية العرب"، "أثناء اجتماع منظمة حظر الأسلحة الكيميائية"), a verb of holding, opening
    or hosting before it in its sentence ("انطلق … اجتماع الدورة التاسعة"، "احتضنت مدينة
    جدة، الخميس، أول اجتماع للمجلس التنسيقي"), or "في"/"أمام" after a past verb of saying
    or a speech ("وأكد مجلس الجامعة في اجتماعه"، "وقال مندوب بريطانيا … أمام الاجتماع
    الطارئ"). A multilateral gathering is a meeting of those who attend it whether or not
    two sides are named with it. Alone, "في القمة" is as often at the top ("أنه في قمة
    فخره"), "في اجتماع يونيو" one ahead, and "التحديات أمام القمة" what lies before it."""
    sentence = tokens[i].sentence
    if i > 0 and tokens[i - 1].sentence == sentence:
        before = _strip_stem(tokens[i - 1].norm)
        if any(s in cues.gathering_settings for s in _stems(tokens[i - 1].norm)):
            return True
        if before in _IN_BEFORE and _said_before(tokens, i - 1):
            return True
    for k in range(i - 1, max(-1, i - 1 - _VERB_WINDOW), -1):
        if tokens[k].sentence != sentence:
            break
        # The verb itself, with و/ف only: "لعقد قمة", "بعقد اجتماع" call for one.
        if _strip_stem(tokens[k].norm) in cues.gathering_held:
            # "لن يشارك في القمة", "منع سوريا من ترأس الاجتماع": not held, or a verbal noun
            return k == 0 or _strip_stem(tokens[k - 1].norm) not in _NOT_HELD
    return False


def _no_gathering(tokens: Tokens, i: int, cues: EventCues) -> bool:
    """Whether the conference noun at token ``i`` names no gathering: a press conference
    ("خلال مؤتمر صحفي", "مؤتمر لصحافيين"), a conference call ("في مؤتمر عبر الهاتف"), a
    party ("حزب المؤتمر"), or the bare definite "المؤتمر" after a press conference earlier
    in the text ("الذي كان جالسا إلى جانب زيدان خلال المؤتمر")."""
    after = _strip_stem(tokens[i + 1].norm) if i + 1 < len(tokens) else ""
    if after in _PRESS or after[1:] in _PRESS or after in _THROUGH:
        return True
    if i > 0 and any(s in _PARTY for s in _stems(tokens[i - 1].norm)):
        return True
    if not any(s[:2] == "ال" and s in cues.conferences for s in _stems(tokens[i].norm)):
        return False
    return any(
        tokens[k + 1].norm in _PRESS and any(s in cues.conferences for s in _stems(tokens[k].norm))
        for k in range(i - 1)
    )


_PARTY = normalize_terms(("حزب",))
_THROUGH = normalize_terms(("عبر",))
_PRESS = normalize_terms(
    ("صحفي", "صحافي", "الصحفي", "الصحافي", "صحفيا", "صحافيا", "صحفيين", "صحافيين")
)
# A verb of holding after a negation, or a verbal noun after a preposition, holds nothing.
_NOT_HELD = normalize_terms(("لن", "لم", "لا", "من", "عن", "إلى", "الى"))
_IN_BEFORE = normalize_terms(("في", "أمام"))
_SAID_BEFORE = 6  # "وأكد مجلس الجامعة في اجتماعه", "قال وزير الدفاع الأمريكي في قمة"
_SPEECHES = normalize_terms(("كلمة", "كلمته", "كلمتها", "خطاب", "خطابه", "خطابها"))


def _said_before(tokens: Tokens, k: int) -> bool:
    """Whether a past verb of saying or a speech ("في كلمته أمام") stands shortly before
    token ``k`` in its clause, not after a conditional ("إذا رأت أوبك في اجتماع يونيو": a
    meeting ahead)."""
    said = _past_saying()
    sentence = tokens[k].sentence
    for m in range(k - 1, max(-1, k - 1 - _SAID_BEFORE), -1):
        word = _strip_stem(tokens[m].norm)
        if tokens[m].sentence != sentence or tokens[m].norm in _COMPLEMENTIZERS:
            return False
        if word in _SPEECHES or (word[:1] == "ب" and word[1:] in _SPEECHES):
            return True
        if word in said:
            return m == 0 or _strip_stem(tokens[m - 1].norm) not in _CONDITIONALS
    return False


_CONDITIONALS = normalize_terms(("إذا", "اذا", "لو", "إن", "ان"))


@cache
def _past_saying() -> frozenset[str]:
    """The statement verbs in the past tense (قال، أكدت، أعلنوا …)."""
    cues = load_statement_cues()
    return frozenset(set(cues.verbs) - set(cues.present))


_VISIT_VERBS = frozenset(
    normalize_term(w)
    for w in ("يقوم", "تقوم", "يؤدي", "تؤدي", "أدى", "أدت", "قام", "قامت", "بدأ", "بدأت", "يبدأ",
              "اختتم", "اختتمت", "يختتم", "يواصل", "تستغرق", "تستمر", "سيؤدي", "ستؤدي", "سيقوم",
              "ستقوم")
)


def _visit_cue(tokens: list[Token], i: int, cues: EventCues) -> int | None:
    """Index of the happening cue of a visit noun, or None: a cue before it ("خلال
    زيارته", "يؤدي زيارة"), or the noun itself when a past verb of doing follows it
    ("زيارة قام بها", "الزيارة التي يقوم بها")."""
    sentence = tokens[i].sentence
    for k in range(i + 1, min(len(tokens), i + 3)):
        if tokens[k].sentence != sentence:
            break
        if _stems(tokens[k].norm)[-1] in _DONE and k + 1 < len(tokens) and tokens[k + 1].norm in (
            "بها",
            "به",
        ):
            return i
    # "وتأتي (هذه) الزيارة …", "وجاءت زيارة بومبيو …": the visit under way or just made
    k = i - 2 if i > 1 and tokens[i - 1].norm in ("هذه", "هذا") else i - 1
    if k >= 0 and tokens[k].sentence == sentence and _stems(tokens[k].norm)[-1] in _COMES:
        return k
    # "في اليوم الثالث والأخير من زيارته": a day of the visit
    if i > 1 and tokens[i - 1].norm == _OF and tokens[i - 1].sentence == sentence:
        for k in range(i - 2, max(-1, i - 2 - _DAY_WINDOW), -1):
            if tokens[k].sentence != sentence:
                break
            if tokens[k].norm == _DAY and tokens[k + 1].norm in _ORDINAL_DAYS:
                return k
    for k in range(i - 1, max(-1, i - 1 - _VERB_WINDOW), -1):
        if tokens[k].sentence != sentence:
            break
        stems = _stems(tokens[k].norm)
        if any(s in cues.happening for s in stems) and (
            i - k <= _PREP_WINDOW or any(s in _VISIT_VERBS for s in stems)
        ):
            return k
    for k in range(i + 1, min(len(tokens), i + 4)):
        if tokens[k].sentence != sentence:
            break
        if _stems(tokens[k].norm)[-1] in _LASTING:
            return i  # "في زيارة تستمر ليومين", "الزيارة الرسمية التي يؤديها"
    return None


_DONE = normalize_terms(("قام", "قامت", "يقوم", "تقوم"))
_LASTING = normalize_terms(("تستمر", "تستغرق", "يؤديها", "تؤديها", "يجريها", "تجريها"))
_COMES = normalize_terms(("تأتي", "يأتي", "جاءت", "جاء"))
_OF, _DAY = normalize_term("من"), normalize_term("اليوم")
_DAY_WINDOW = 4  # "اليوم الثالث والأخير من زيارته"
_ORDINAL_DAYS = normalize_terms(
    ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "الأخير", "الختامي")
)


def _visit_verb_ok(tokens: list[Token], i: int) -> bool:
    """"زار/وصل/حل" followed by a place, directly or after its subject ("وصل وزير
    الخارجية الأمريكي، مايك بومبيو إلى العاصمة"), and not an amount ("وصل عدد … إلى 30")."""
    if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence:
        return False
    nxt = tokens[i + 1].norm
    if "زار" in tokens[i].norm or "زور" in tokens[i].norm:
        return True  # زار/يزور name a visit whatever follows
    word = tokens[i].norm
    if (word in _ALIGHTING or (word[:1] in "وف" and word[1:] in _ALIGHTING)) and not (
        _alighted_at_place(tokens, i)
    ):
        return False
    if nxt in ("الي", "الى"):
        return i + 2 < len(tokens) and not _is_amount(tokens[i + 2].norm)
    if nxt in ("امس", "اليوم"):
        return True
    if nxt in _AMOUNT_NOUNS:
        return False
    sentence = tokens[i].sentence
    for k in range(i + 1, min(len(tokens), i + 1 + _ARRIVAL_WINDOW)):
        token = tokens[k]
        if token.sentence != sentence or token.norm[:1].isdigit():
            return False
        if token.norm in ("الي", "الى"):
            return k + 1 < len(tokens) and not _is_amount(tokens[k + 1].norm)
    return nxt.startswith(("ال", "ب")) and len(nxt) > 4 and nxt not in _AMOUNT_NOUNS


_ARRIVAL_WINDOW = 9
# "حل، حلت، يحل": to alight somewhere, but as often to dissolve or to solve ("حل الرئيس
# السوداني الحكومة", "في حل الخلافات") or to rank ("حل في المرتبة الثانية").
_ALIGHTING = normalize_terms(("حل", "حلت", "يحل", "تحل"))
_GUEST = normalize_term("ضيف")
_GOVERNING = normalize_terms(("في", "إلى", "الى", "على", "عن", "من", "أي", "مبدأ"))


def _alighted_at_place(tokens: list[Token], i: int) -> bool:
    """Whether "حل" at token ``i`` is followed, in its clause, by where its subject alighted:
    a guest ("حل ضيفا على"), إلى ("حل رئيس الجمهورية صباح اليوم الى روما"), or a state or
    capital after في or bound ب ("حلت المستشارة
    الألمانية أنغيلا ميركل في بيروت", "الذي حل بالعراق"), and not after a preposition
    ("دور مهم في حل النزاعين في سوريا"). "حل البرلمان", "حل الخلافات" and "حل في المرتبة
    الثانية" name no visit."""
    from analysis.extract.countries import country_gazetteer  # countries imports events

    if i > 0 and tokens[i - 1].sentence == tokens[i].sentence and (
        tokens[i - 1].norm in _GOVERNING
    ):
        return False  # "في حل النزاعين في سوريا", "التوصل إلى حل": the noun
    if tokens[i + 1].norm.startswith(_GUEST):
        return True
    gazetteer = country_gazetteer()
    sentence = tokens[i].sentence
    for k in range(i + 1, min(len(tokens), i + 1 + _ARRIVAL_WINDOW)):
        if tokens[k].sentence != sentence:
            break
        if tokens[k].norm in _TO:
            return True  # "حل رئيس الجمهورية … الى روما"
        match = gazetteer.match_at(tokens, k)
        if match is not None and match.value is not None and (
            match.prefix.endswith("ب") or tokens[k - 1].norm == _IN
        ):
            return True
    return False


_IN = normalize_term("في")
_SUBJECT_BEFORE = 8  # "وزير الخارجية الإريتري عثمان صالح الذي وصل"


def _arrival(word: str) -> bool:
    """Whether a visit verb is one of arriving (وصل، حل), not of visiting (زار، يزور)."""
    return "زار" not in word and "زور" not in word


def _arrival_of_official(tokens: Tokens, i: int, leaders: frozenset[int]) -> bool:
    """Whether the subject of the verb of arriving at token ``i`` is an official: an office
    word (الرئيس، وزير، الملك، ولي، السفير، وفد) or a person holding a political office
    after the verb and before where he arrived ("وصل وزير الخارجية الأمريكي مايك بومبيو
    إلى"), or shortly before it in its clause ("بومبيو، الذي وصل إلى طوكيو"). Troops,
    storms, migrants, a currency or an amount arrive as often ("وصلت قوات الجيش إلى
    مشارف المطار", "وصل فريق من خبراء المنظمة إلى بريطانيا"): no visit of state. A
    given name (فيصل) is no verb."""
    if tokens[i].norm in _NOT_ARRIVALS:
        return False
    sentence = tokens[i].sentence
    for k in range(i + 1, min(len(tokens), i + 1 + _ARRIVAL_WINDOW)):
        if tokens[k].sentence != sentence:
            break
        if tokens[k].norm in _TO:
            if k > i + 1:
                break  # the subject came first; "وصل إلى جدة … ولي عهد أبوظبي": it follows
            continue
        if k in leaders or _office_head(tokens[k].norm):
            return True
    return _official_before(tokens, i, leaders)


def _official_before(tokens: Tokens, i: int, leaders: frozenset[int]) -> bool:
    """Whether an official (an office word or a person holding a political office) stands
    shortly before token ``i`` in its clause ("بومبيو، الذي وصل", "السيسي … الذي استقبل")."""
    sentence = tokens[i].sentence
    for k in range(i - 1, max(-1, i - 1 - _SUBJECT_BEFORE), -1):
        if tokens[k].sentence != sentence or tokens[k].norm in _COMPLEMENTIZERS:
            break
        if k in leaders or _office_head(tokens[k].norm):
            return True
    return False


_RECEIVING = normalize_term("ستقبل")  # استقبل، يستقبل، استقبال، استقباله، لاستقبال
_RECEPTION_WINDOW = 12  # "استقبل الرئيس التونسي الباجي قائد السبسي اليوم بقصر قرطاج وزير"


def _reception_of_official(tokens: Tokens, i: int, leaders: frozenset[int]) -> bool:
    """Whether a reception at token ``i`` names an official among who receives or is
    received: an office word or a person holding an office of state in its clause, after it
    ("استقبل مون زعيم كوريا الشمالية") or shortly before it ("السيسي … الذي استقبل").
    States, hospitals, ports and polling stations receive refugees, ships, the wounded and
    voters as often ("استقبلت ألمانيا نحو مليون لاجئ", "رفضها استقبال سفينة أكواريوس"):
    no meeting of officials."""
    sentence = tokens[i].sentence
    for k in range(i + 1, min(len(tokens), i + 1 + _RECEPTION_WINDOW)):
        if tokens[k].sentence != sentence or tokens[k].norm in _COMPLEMENTIZERS:
            break
        if k in leaders or _office_head(tokens[k].norm):
            return True
    return _official_before(tokens, i, leaders)


def _office_head(word: str) -> bool:
    """An office word of a state's official (الرئيس، وزير، ولي، السفير، وفد), clitics
    tolerated."""
    return word in _STATE_OFFICES or (word[:1] in "وبل" and word[1:] in _STATE_OFFICES)


# The heads of data/people.json's political offices, any minister, a deputy, a delegation,
# a secretary-general, leaders and officials ("مجموعة من المسؤولين الأمريكيين وصلت").
_STATE_OFFICES = normalize_terms(
    ("الرئيس", "رئيس", "الرئيسة", "رئيسة", "وزير", "الوزير", "وزيرة", "الوزيرة", "وزراء",
     "الملك", "الملكة", "العاهل", "عاهل", "ولي", "الأمير", "أمير", "الزعيم", "زعيم",
     "المستشارة", "السفير", "السفيرة", "سفير", "المبعوث", "المبعوثة", "مبعوث", "نائب", "وفد",
     "الوفد", "وفدا", "قادة", "زعماء", "الأمين", "مسؤول", "المسؤول", "مسؤولون",
     "مسؤولين", "المسؤولين")
)
_NOT_ARRIVALS = normalize_terms(("فيصل",))
_NUMBER_WORDS = frozenset(
    normalize_term(w)
    for w in ("مليار", "مليارات", "ملياري", "مليون", "ملايين", "مليوني", "ألف", "آلاف", "ألفي",
              "مئة", "مائة", "مئات", "نحو", "حوالي", "قرابة", "أكثر", "أقل", "مستوى", "ذروة",
              "نسبة", "حد", "رقم")
)


def _is_amount(norm: str) -> bool:
    return norm[:1].isdigit() or norm in _NUMBER_WORDS
_AMOUNT_NOUNS = frozenset(
    normalize_term(w)
    for w in ("عدد", "حجم", "قيمة", "سعر", "نسبة", "معدل", "إجمالي", "مجموع", "حصيلة", "عددهم",
              "الأمر", "الحد", "الحال", "التبادل")
)
_ENGLISH_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _publication_weekday(doc: Document) -> int | None:
    """Weekday (Monday 0) of the article's date, from ``doc.meta["date"]`` when readable."""
    value = doc.meta.get("date")
    if isinstance(value, str) and value.strip()[:3].lower() in _ENGLISH_DAYS:
        return _ENGLISH_DAYS.index(value.strip()[:3].lower())
    day = publication_date(doc)
    return day.weekday() if day is not None else None


def _days_include(tokens: list[Token], k: int, day: int) -> bool:
    """Whether the day numbers after "يومي" at token ``k`` ("يومي 2 و3 ماي") include
    ``day``: the event is under way on the publication day, not ahead."""
    numbers = []
    for m in range(k + 1, min(len(tokens), k + 4)):
        word = tokens[m].norm.lstrip("و")
        if not word.isdigit() or tokens[m].sentence != tokens[k].sentence:
            break
        numbers.append(int(word))
    return len(numbers) == 2 and numbers[0] <= day <= numbers[1]


def _later_weekday(tokens: list[Token], i: int, weekday: int | None) -> bool:
    """A present-tense visit or meeting verb dated to another weekday than the publication
    ("يزور … الخميس" in a Wednesday article) is still ahead: a past one would say زار."""
    if weekday is None:
        return False
    stem = _strip_stem(tokens[i].norm)
    if stem[:1] not in "يت" or stem.startswith("تم"):
        return False
    sentence = tokens[i].sentence
    for k in range(max(0, i - 8), min(len(tokens), i + 12)):
        if tokens[k].sentence != sentence:
            continue
        norm = tokens[k].norm
        if norm in ("اليوم", "امس", "الان", "حاليا"):
            return False
        day = WEEKDAYS.get(norm[1:] if norm[:1] in "وف" else norm, WEEKDAYS.get(norm))
        if day is not None and day != weekday:
            return True
    return False


def _when_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether the present-tense verb at token ``i`` follows عندما/حين/متى: a time still to
    come ("عندما يلتقي الزعيم الكوري الشمالي الرئيس ترامب", "فعندما يزور بريطانيا"), not
    "في حين" (whereas)."""
    stem = _strip_stem(tokens[i].norm)
    if i == 0 or stem[:1] not in "يت" or stem.startswith("تم"):
        return False
    before = tokens[i - 1]
    if before.sentence != tokens[i].sentence or _strip_stem(before.norm) not in _WHEN:
        return False
    return not (i > 1 and before.norm == _WHILE and tokens[i - 2].norm == _IN)


_WHEN = normalize_terms(("عندما", "حينما", "حين", "متى"))
_WHILE, _IN = normalize_term("حين"), normalize_term("في")


_NEAR = 3  # words on either side of an event cue where رفض/قطع/علق call it off


def _called_off_near(tokens: Sequence[Token], i: int, cues: EventCues) -> bool:
    """Whether a word that may call an event off stands next to the cue at token ``i``
    ("رفض استقبال الوفد", "قطع زيارته")."""
    sentence = tokens[i].sentence
    for k in range(max(0, i - _NEAR), min(len(tokens), i + _NEAR + 1)):
        if (
            k != i
            and tokens[k].sentence == sentence
            and any(s in cues.cancelled_near for s in _stems(tokens[k].norm))
            and not (k > 0 and tokens[k - 1].norm == "من")  # "من أجل": for the sake of
        ):
            return True
    return False


def _event_words(doc: Document) -> frozenset[int]:
    """Indexes of the tokens that name a meeting or visit, with ل before the article
    ("تمهيدا للقمة المنتظرة": another event, whose time is its own; a summit one prepares
    for is no cue of its own)."""
    return frozenset(doc.tokens.where(_cue_forms() | _prepared_forms()))


@cache
def _prepared_forms() -> frozenset[str]:
    """The definite meeting and visit nouns after ل, written لل ("للقمة", "وللزيارة")."""
    return shared_words(
        conj + "لل" + cue[2:]
        for cue in load_event_cues().any_cue
        if cue.startswith("ال")
        for conj in ("", "و", "ف")
    )


def _time_at(
    doc: Document, i: int, cues: EventCues, event_words: frozenset[int]
) -> str | None:
    """"planned" or "cancelled" when the sentence of the event cue at token ``i`` says so,
    else None (happened). ``event_words``: the article's meeting and visit words.

    A word of time inside reported speech or a quotation after the cue belongs to what was
    said, not to the event: "قال … في اتصال هاتفي الخميس إنه يعتزم إرسال مبعوث" and "قال في
    مستهل لقاء مع الرئيس الفرنسي \"سيواجهون مشكلات\"" report a call and a meeting held;
    one governing or following another event named after the cue belongs to that event
    ("أعلمه في اتصال هاتفي بتأجيل زيارة العمل التي كان يعتزم أداءها غدا"). A word calling
    off or calling for something counts only with an event as its object ("ألغى، الخميس،
    قمة"), not "وقعت اليابان والاتحاد الأوروبي اتفاقا لإلغاء الرسوم" or "دعا خلال لقائه
    الوزير إلى الاستثمار". An event after عقب/إثر/في أعقاب came before what the sentence
    plans ("ستحول جزءا من الديون … في أعقاب لقاء جمعه"), one after قبل comes later ("خلال
    زيارة مفاجئة … قبل قمته المرتقبة").
    """
    from analysis.extract.people import is_future_verb  # people imports countries

    tokens = doc.tokens
    quoted = _quoted_tokens(doc)
    anchor = _anchored_at(tokens, i)
    for k in doc.sentence_tokens(tokens[i].sentence):
        if k < anchor:
            continue  # "ستعقد القمة … بعد محادثات استمرت أكثر من ساعة": an earlier event
        if k > i and (tokens[k].norm in _COMPLEMENTIZERS or k in event_words or k in quoted):
            break  # what was said, or another event named after this one
        if k > i and _later_event_at(tokens, k):
            break  # "خلال زيارة مفاجئة … قبل قمته المرتقبة": what follows comes later
        if k + 1 > i and k + 1 in event_words:
            continue  # a word governing the next event ("بتأجيل زيارة") is that event's
        if k > i and k + 2 in event_words and _strip_stem(tokens[k].norm) in _AHEAD:
            continue  # "ويزور ترامب بريطانيا حاليا ومن المقرر أن يلتقي بوتين": the next one
        relative = k > 0 and tokens[k - 1].norm in RELATIVE_PRONOUNS
        if is_future_verb(tokens[k].norm) and not relative:
            return "planned"  # "ستكون أول زعيم يحظى بلقاء الرئيس" (not "الذي سيحتضن")
        if k < i and _strip_stem(tokens[k].norm) in _AGREED_ON:
            return "planned"  # "اتفقا على إجراء أول محادثة هاتفية"
        for s in _stems(tokens[k].norm):
            if s in cues.cancelled or s in _CALLING:
                j = _governed_event(tokens, k, i, event_words, far=s in cues.cancelled)
                if j is None or (k > i and j != i):
                    continue  # "لإلغاء الرسوم", "دعا إلى الاستثمار", "سلمه دعوة لزيارة"
            if s in cues.cancelled:
                return "cancelled"
            if s in cues.planned:
                if s == _INVITATION and _answered_invitation(tokens, k):
                    continue  # "تؤدي زيارة إلى تونس بدعوة من رئيس الحكومة": it happens
                published = publication_date(doc) if s == _TWO_DAYS else None
                if published is not None and _days_include(tokens, k, published.day):
                    continue
                return "planned"
    return None


_AFTER = normalize_terms(("عقب", "إثر", "اثر", "أعقاب", "بعيد", "بعدما"))
_AFTER_BARE = normalize_term("بعد")  # "بعد لقائه" as often ahead: only "بعد المحادثات"
_THAT = normalize_term("أن")
_BEFORE = normalize_terms(("قبل", "قبيل"))
# After قبل, a time of the event itself ("قبل نهاية مايو المقبل"), not a later event.
_BEFORE_TIME = normalize_terms(("نهاية", "موعد", "حلول", "انتهاء", "مطلع", "بداية", "منتصف"))


def _anchored_at(tokens: Sequence[Token], i: int) -> int:
    """The token of عقب/إثر/في أعقاب just before the cue at ``i``, or of بعد before a
    definite cue or a verb after أن (the event is one another followed: what the sentence
    says of that other is not said of it: "ستعقد القمة … بعد المحادثات التي أجراها",
    "بعد أن زار مسؤولون"), else 0."""
    sentence = tokens[i].sentence
    for k in (i - 1, i - 2):
        if k < 0 or tokens[k].sentence != sentence:
            break
        word = _strip_stem(tokens[k].norm)
        if word in _AFTER:
            return k
        if word == _AFTER_BARE and (
            (k == i - 1 and tokens[i].norm.startswith("ال")) or tokens[k + 1].norm == _THAT
        ):
            return k
    return 0


def _later_event_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether قبل/قبيل at token ``k`` introduces a later event ("قبل قمته المرتقبة"),
    not a time ("قبل نهاية مايو المقبل", "قبل 12 يونيو")."""
    if _strip_stem(tokens[k].norm) not in _BEFORE or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1].norm
    return not following[:1].isdigit() and following not in _BEFORE_TIME


_INVITATION = normalize_term("دعوة")
# Words that call off or call for something bear on an event only when it is their object
# or subject: "ألغى، الخميس، قمة", "دعا إلى عقد قمة", "الزيارة التي ألغيت" (not "وقعت
# اليابان اتفاقا لإلغاء الرسوم", "دعا … خلال لقائه الوزير إلى الاستثمار").
_CALLING = normalize_terms(("دعوة", "دعا", "دعت", "يدعو", "تدعو"))
# Words of a plan taking the event after أن: "ومن المقرر أن يلتقي".
_AHEAD = normalize_terms(("المقرر", "المنتظر", "المزمع", "يعتزم", "تعتزم", "ينتظر", "يرتقب"))
# Words before an event in which something else is done: "دعا خلال اللقاء إلى …".
_SETTING = normalize_terms(("خلال", "وخلال", "أثناء", "وأثناء", "ختام", "هامش", "مستهل"))
_NEXT_TO = 3  # words between a word calling off or for something and its event
_OBJECT_AFTER = 8  # "ألغت كوريا الشمالية الأسبوع الماضي في اللحظة الأخيرة اجتماعا"
_CALLED_FOR = 12  # "دعت بريطانيا وفرنسا والولايات المتحدة … لعقد جلسة"


def _governed_event(
    tokens: Sequence[Token], k: int, i: int, event_words: frozenset[int], far: bool
) -> int | None:
    """The event word (the cue at ``i`` or another) that the word at token ``k`` calls off
    or calls for, or None: one next to it ("ألغى، الخميس، قمة", "الزيارة التي ألغيت"), for a
    word calling off (``far``) the first event word after its subject ("ألغت كوريا الشمالية
    الأسبوع الماضي اجتماعا"), for one calling for the event after إلى or ل ("دعا الرئيس إلى
    عقد قمة", "دعوة الرئيس الكوري الشمالي لعقد قمة")."""
    sentence = tokens[k].sentence

    def event(j: int) -> bool:
        return (
            0 <= j < len(tokens)
            and (j == i or j in event_words)
            and tokens[j].sentence == sentence
            and not (j > 0 and tokens[j - 1].norm in _SETTING)  # "دعا خلال لقائه الوزير"
        )

    for j in (*range(k + 1, k + _NEXT_TO + 1), *range(k - 1, k - _NEXT_TO - 1, -1)):
        if event(j):
            return j
    if far:
        return next((j for j in range(k + 1, k + _OBJECT_AFTER + 1) if event(j)), None)
    forms = _cue_forms()
    for j in range(k + 1, min(len(tokens), k + _CALLED_FOR + 1)):
        if tokens[j].sentence != sentence:
            break
        word = tokens[j].norm
        if word in _TO:
            return next((m for m in (j + 1, j + 2) if event(m)), None)
        if word[:1] == "ل" and len(word) > 3:
            if event(j) and (word[1:] in forms or "ا" + word[1:] in forms):
                return j  # "لزيارة", "للقاء" (not "لقاء", "خلال لقائه")
            if event(j + 1):
                return j + 1  # "لعقد قمة", "لإجراء محادثات"
    return None
_ANSWERING = normalize_terms(("تلبية", "تلبيةً", "استجابة", "استجابةً"))


def _answered_invitation(tokens: list[Token], k: int) -> bool:
    """Whether the invitation at token ``k`` is one the event answers: "بدعوة من …",
    "تلبية لدعوة …" (not "وجه دعوة لزيارة …", an invitation to come)."""
    word = tokens[k].norm
    if word.startswith("ب"):
        return True
    return k > 0 and tokens[k - 1].norm in _ANSWERING


_AGREED_ON = normalize_terms(("اتفق", "اتفقا", "اتفقت", "اتفقتا", "اتفقوا"))


def _strip_stem(word: str) -> str:
    """A word without its conjunction (و/ف) when three letters remain: a three-letter word
    in و is a root (وقع: signed), not و + two letters."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


# Words after which the rest of the sentence is what was said or a clause of its own
# ("استقبل ترامب ميركل اليوم، حيث سيناقشان …": the meeting happened).
_COMPLEMENTIZERS = normalize_terms(
    ("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه", "حيث", "وحيث")
)
_TWO_DAYS = normalize_term("يومي")


def find_events(
    doc: Document,
    countries: list[Entity],
    people: list[Entity],
    organizations: list[Entity],
    agreements: list[Agreement],
    statements: list[Statement],
) -> list[Event]:
    """Find the events the article reports as having happened.

    Args:
        doc: the prepared article.
        countries: country entities with mentions.
        people: person entities with mentions.
        organizations: organization entities with mentions.
        agreements: the article's agreements (a signed one makes a signing event).
        statements: the article's statements (one makes a statement event).

    Returns:
        At most one event per type, ids ``e1`` … in order of first evidence; each with
        its CAMEO/PLOVER codes, participants (person/org ids, ISO3 codes) and up to three
        evidence spans.
    """
    cues = load_event_cues()
    if not doc.tokens:
        return []
    drafts: dict[str, tuple[list[Evidence], list[str]]] = {}
    official = _official_sentences(doc, people, countries, organizations)
    for cue in _scan(doc, cues, official, _leader_mentions(people)):
        if not cue.happened:
            continue
        evidences, participants = drafts.setdefault(cue.type, ([], []))
        if len(evidences) >= _MAX_EVIDENCE:
            continue
        try:
            evidences.append(doc.evidence(cue.start, cue.end))
        except ValueError:
            continue
        _add(participants, _participants(doc.tokens[cue.token].sentence, people, countries,
                                         organizations))
    # A signing the sentence says is still ahead is no event ("ومن المنتظر أن يوقع الرئيس على
    # مذكرات تفاهم", "من المقرر أن تشهد فعاليات اللجنة التوقيع على عدد من مذكرات التفاهم").
    signed = [
        a for a in agreements if a.status == "signed" and not _signing_ahead(doc, a, cues)
    ]
    if signed:
        participants: list[str] = []
        for agreement in signed:
            _add(participants, agreement.signatories + agreement.parties)
        drafts["agreement_signing"] = ([signed[0].evidence[0]], participants)
    elif (signing := _document_signing(doc, official, agreements)) is not None:
        # "وقع الرئيسان إعلان شراكة/وثيقة": a signing the agreements step has no instrument
        # type for is still a signing event.
        drafts["agreement_signing"] = ([signing], [])
    if statements:
        speakers: list[str] = []
        _add(speakers, [s.speaker for s in statements if s.speaker is not None])
        evidences = []
        for statement in statements:
            if statement.form == "verb" and len(evidences) < _MAX_EVIDENCE:
                evidences.append(statement.evidence[0])
        drafts["statement"] = (evidences or [statements[0].evidence[0]], speakers)
    ordered = sorted(
        drafts.items(),
        key=lambda item: (item[0] == "statement", item[1][0][0].start if item[1][0] else 0),
    )
    events = []
    for kind, (evidences, participants) in ordered:
        if not evidences:
            continue
        code = EVENT_CODES[kind]
        events.append(
            Event(
                id=f"e{len(events) + 1}", type=kind, cameo=code.cameo, plover=code.plover,  # type: ignore[arg-type]
                participants=participants, evidence=evidences,
            )
        )
    return events


def _leader_mentions(people: list[Entity]) -> frozenset[int]:
    """First tokens of the mentions of people holding an office of state: a political
    office, any minister, a deputy, or a counterpart ("نظيره الفرنسي")."""
    from analysis.extract.people import is_political_office  # people imports countries

    def of_state(title: str | None) -> bool:
        words = normalize_term(title or "").split()
        return is_political_office(title) or any(
            _office_head(w) or w in _COUNTERPART_WORDS for w in words[:2]
        )

    return frozenset(
        m.first_token
        for entity in people
        if of_state(getattr(entity.fact, "title_ar", None))
        for m in entity.mentions
    )


_SIGNING_WINDOW = 22  # the signatories' names and titles come first
_SIGN_VERBS = frozenset(
    normalize_term(w) for w in ("وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "وقّع")
)
_SIGNED_DOCUMENTS = frozenset(
    normalize_term(w)
    for w in ("وثيقة", "الوثيقة", "إعلان", "الإعلان", "بيان", "البيان", "ميثاق", "الميثاق",
              "اتفاق", "الاتفاق", "اتفاقا", "معاهدة", "المعاهدة", "خطة", "خارطة", "محضر")
)


# Every token whose _strip_stem is a signing verb: the word-position index finds them
# instead of a pass over all tokens (measured: 25 → 2 µs per ANT article).
_SIGN_VERB_FORMS = shared_words(
    form
    for form in (conj + verb for conj in ("", "و", "ف") for verb in _SIGN_VERBS)
    if _strip_stem(form) in _SIGN_VERBS
)


def _signing_ahead(doc: Document, agreement: Agreement, cues: EventCues) -> bool:
    """Whether the sentence of an agreement's first evidence says its signing is still
    ahead or called off; a past verb of signing ("وقعت اليابان والاتحاد الأوروبي اتفاقا
    … لإلغاء الرسوم") says it happened, whatever else the sentence calls off."""
    evidence = agreement.evidence[0]
    for k in doc.sentence_tokens(evidence.sentence):
        if doc.tokens[k].start >= evidence.start:
            word = doc.tokens[k].norm
            if word in _PAST_SIGNING or _strip_stem(word) in _PAST_SIGNING:
                return False
            return _time_at(doc, k, cues, _event_words(doc)) is not None
    return False


_PAST_SIGNING = _SIGN_VERBS | normalize_terms(("أبرم", "أبرمت", "أبرما", "أبرمتا", "أبرموا"))


def _document_signing(
    doc: Document, official: frozenset[int], agreements: list[Agreement]
) -> Evidence | None:
    """A past signing verb with a document as its object, in a sentence naming officials,
    where the agreements step found no instrument signed before or still ahead ("وزار
    أحمد إريتريا مطلع الأسبوع الماضي ووقع اتفاقا": an earlier signing)."""
    tokens = doc.tokens
    quoted = _quoted_tokens(doc)
    title = doc.title_span
    other = {ev.sentence for a in agreements if a.status != "signed" for ev in a.evidence}
    for i in tokens.where(_SIGN_VERB_FORMS):
        token = tokens[i]
        if i in quoted or token.sentence not in official or token.sentence in other:
            continue
        if title is not None and title[0] <= token.start < title[1]:
            continue
        for k in range(i + 1, min(len(tokens), i + _SIGNING_WINDOW)):
            if tokens[k].sentence != token.sentence:
                break
            if tokens[k].norm in _SIGNED_DOCUMENTS:
                cues = load_event_cues()
                if _time_at(doc, i, cues, _event_words(doc)) is not None:
                    break
                try:
                    return doc.evidence(token.start, tokens[k].end)
                except ValueError:
                    return None
    return None


def _add(target: list[str], items: list[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def _participants(
    sentence: int, people: list[Entity], countries: list[Entity], organizations: list[Entity]
) -> list[str]:
    out: list[str] = []
    known = {entity.key for entity in countries}
    for entity in people:
        if any(m.sentence == sentence for m in entity.mentions):
            _add(out, [entity.key])
            country = getattr(entity.fact, "country", None)
            if country in known:
                _add(out, [country])
    for entity in countries:
        if any(m.sentence == sentence and m.kind != "capital" for m in entity.mentions):
            _add(out, [entity.key])
    return out


def is_cooperation_news(
    doc: Document,
    countries: list[Country],
    events: list[Event],
    agreements: list[Agreement],
    topics: list[TopicFact],
    organizations: Sequence[Organization] = (),
    people: Sequence[Person] = (),
) -> bool:
    """Whether the article reports official cross-border cooperation between states.

    Cooperation is two or more states taking part and an official interaction between
    them: a meeting, visit or call (reported, or announced as planned), a signing with a
    state party or a planned one between two states, a joint body, or an action carried out
    with another state's authorities ("بالتنسيق مع السلطات التركية") or, in the lead, with
    another state ("أمريكا تنسق مع فرنسا", "بكين وواشنطن تتفقان") or, in the lead, a
    handover to or from another state ("مصر تتسلم متهما من قبرص"), or a headline
    qualifying a meeting or agreement with two states' nisbas ("تفاهم روسي إسرائيلي") or
    naming the two states after بين ("اتفاق بين الهند وباكستان"); or one state signing
    with an international organization (a financing agreement with the World Bank) or a
    loan or programme of an international lender its lead names (the IMF), or one state
    named and a lead meeting with an official's counterpart ("يلتقي نظيره المصري") or a
    headline pair naming its partner ("مناورات مصرية فرنسية عسكرية"); or,
    with no such interaction, cooperation the text names more than once between states
    taking part. Not cooperation: one state only (domestic affairs), sports, conflict and
    disputes (conflict words outweighing cooperation words) unless something is signed or
    the headline names the interaction, a story whose headline is a dispute ("ألمانيا ترد
    على ترامب") whatever it recalls, a story whose only interaction is dated a month or a
    year back ("خلال زيارة لأنقرة في الشهر الماضي"), company-only deals, or a statement
    alone.

    Args:
        doc: the prepared article.
        countries: the article's countries with their roles.
        events: the reported events.
        agreements: the article's agreements.
        topics: the article's topics (unused by the rules; part of the stable signature).
        organizations: the article's organizations (an international one may be a party).
        people: the article's people (leaders of two states meeting is no sports story).

    Returns:
        The verdict.
    """
    from analysis.extract.countries import is_elect_adjective  # countries imports events

    del topics
    cues = load_event_cues()
    if not doc.tokens:
        return False
    states = {c.iso3 for c in countries if c.role == "participant"}
    partners = _joint_action_partners(doc) | _lead_acting_partners(doc) | _handover_partners(doc)
    if len(states) == 1:
        international = {o.id for o in organizations if o.kind == "international"}
        return (
            any(
                a.status == "signed" and international.intersection(a.parties)
                for a in agreements
            )
            or _lender_programme(doc, cues)
            or (
                bool(partners - states)
                or _counterpart_met_in_lead(doc, cues)
                or _headline_pair(doc, cues)
            )
            and not _dispute_headline(doc, cues)
        )
    if len(states) < 2 or _dispute_headline(doc, cues):
        return False
    interactions = {e.type for e in events} & {"meeting", "visit", "call"}
    scanned = _scan(doc, cues)
    reported = [c for c in scanned if c.happened]
    held = [c for c in reported if c.type == "meeting"]
    if held and all(c.gathering for c in held) and not any(
        _gathering_of_states(doc, c.token, states, people)
        or _hosted_gathering(doc, c.token, countries, people)
        for c in held
    ):
        # One state's official at a summit or conference ("قال وزير الخارجية المصري في
        # كلمته أمام المؤتمر") is no meeting between states.
        interactions.discard("meeting")
    # A meeting, visit or call dated a month or a year back is the story's background
    # ("وخلال زيارة لأنقرة في الشهر الماضي"); a summit's consequences stay its story.
    if reported and all(
        _background(doc, c.token)
        and not any(w in cues.gatherings for w in _stems(doc.tokens[c.token].norm))
        for c in reported
    ):
        interactions = set()
    planned_cues = [
        c
        for c in scanned
        if not c.happened
        and (not c.gathering or _gathering_of_states(doc, c.token, states, people))
    ]
    lead = doc.lead_sentences()
    planned_in_lead = any(doc.tokens[c.token].sentence in lead for c in planned_cues)
    state_signing = any(_state_signing(a) for a in agreements)
    counts = {"joint_bodies": 0, "cooperation_words": 0, "sports": 0, "conflict": 0}
    # The words of a compilation page's side items say nothing about its main story.
    side = _side_items_token(doc)
    for match in cues.context.find(doc.tokens, stop=side):
        if match.value == "conflict" and _third_country_issue(doc, match.last, states):
            continue  # "النزاع السوري" discussed by other states is the topic of their talks
        if match.value == "sports" and is_elect_adjective(doc.tokens, match.first):
            continue  # "الرئيس الأميركي المنتخب": elected, not the national team
        if match.value == "aid_words":
            if not _state_aid(doc, match.last):
                continue  # "المساعدات الإنسانية للمدنيين": no state gives or gets it
            counts["cooperation_words"] += 1
            continue
        counts[match.value] += 1
    joint_body = counts["joint_bodies"] > 0 or _joint_activity(doc, side)
    sports, conflict = counts["sports"], counts["conflict"]
    cooperation_words = counts["cooperation_words"]
    if sports >= 3 and not interactions:
        return False
    # A head of state receiving a club's president is sport: the other side of a
    # cooperation interaction is a state or its official body, and sport words with no
    # cooperation vocabulary say it is not.
    if (
        sports >= 2
        and cooperation_words == 0
        and not (
            state_signing
            or joint_body
            or _counterparts_met(doc, events)
            or _leaders_met(events, people)
        )
    ):
        return False
    joint_action = bool(partners)
    paired = _headline_pair(doc, cues)
    if (
        interactions
        or state_signing
        or joint_body
        or joint_action
        or paired
        or _message_exchanged(doc, cues)
    ):
        # Conflict words outweighing cooperation words make a story of conflict, unless a
        # signing, an action carried out together, a headline pair or a headline
        # interaction says the states cooperate over it ("الضربة نفذت بالتنسيق مع حكومة
        # الوفاق").
        return not (
            conflict > 2 * max(1, cooperation_words)
            and not (state_signing or joint_action or paired)
            and not _headline_interaction(doc, cues)
        )
    # Without a reported interaction, cooperation is one the lead announces as planned, one
    # announced later with a word of cooperation, or one the text names more than once
    # between states that take part ("منحة صينية لمصر … التعاون بين البلدين").
    needed = 0 if planned_in_lead else 1 if planned_cues else _COOPERATION_TALK
    talked_of = cooperation_words >= needed
    return talked_of and conflict <= cooperation_words


def _gathering_of_states(
    doc: Document, i: int, states: set[str], people: Sequence[Person]
) -> bool:
    """Whether officials of two or more of the participant ``states`` take part in the
    gathering named at token ``i``: its sentence names them ("بحضور رئيس الجمهورية التونسية
    الباجي قائد السبسي والوزير الأول الفرنسي مانويل فالس"). A state the sentence only speaks
    of ("قال الجبير في كلمة خلال المؤتمر إن قطر …") or a former official does not take part."""
    sentence = doc.tokens[i].sentence
    present = {
        person.country
        for person in people
        if person.country in states
        and not (person.title_ar and _FORMER in normalize_term(person.title_ar))
        and any(e.sentence == sentence for e in person.evidence)
    }
    return len(present) >= 2


def _hosted_gathering(
    doc: Document, i: int, countries: Sequence[Country], people: Sequence[Person]
) -> bool:
    """Whether an official of one participant state attends the gathering named at token
    ``i`` and another participant state hosts it: the sentence names the official, and the
    host state or its capital follows the gathering's noun within :data:`_HOST_REACH`
    words as a place, after في or with ب ("قال وزير المالية اللبناني … خلال مؤتمر
    بباريس", "خلال مؤتمر دولي لمكافحة تمويل التنظيمات الإرهابية في العاصمة الفرنسية
    باريس"). The guest and the host meet there, as at a visit."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    window = [t for t in tokens[i + 1 : i + 1 + _HOST_REACH] if t.sentence == sentence]
    hosts = {
        c.iso3
        for c in countries
        if c.role == "participant"
        and any(_as_place(doc, window, e.start) for e in c.evidence if e.sentence == sentence)
    }
    if not hosts:
        return False
    guests = {
        person.country
        for person in people
        if person.country is not None
        and any(c.iso3 == person.country and c.role == "participant" for c in countries)
        and not (person.title_ar and _FORMER in normalize_term(person.title_ar))
        and any(e.sentence == sentence for e in person.evidence)
    }
    return any(guest != host for guest in guests for host in hosts)


def _as_place(doc: Document, window: list[Token], start: int) -> bool:
    """Whether the mention starting at ``start`` falls in ``window`` as a place: with ب
    ("بباريس"), right after في ("في تونس"), or after في العاصمة ("في العاصمة الفرنسية
    باريس"); not a state the rest of the sentence speaks of ("في بروكسل، إن قطر …")."""
    for j, token in enumerate(window):
        if token.start <= start < token.end:
            if doc.text[token.start : start].endswith("ب"):
                return True
            near = [t.norm for t in window[max(0, j - 3) : j]]
            return bool(near) and (
                near[-1] in _AT
                or any(near[k] in _AT and near[k + 1] in _CAPITAL for k in range(len(near) - 1))
            )
    return False


_HOST_REACH = 10  # "مؤتمر دولي لمكافحة تمويل التنظيمات الإرهابية في العاصمة الفرنسية باريس"
_AT = normalize_terms(("في", "وفي"))
_CAPITAL = normalize_terms(("العاصمة",))


def _background(doc: Document, i: int) -> bool:
    """Whether a month or a year ago dates the event at token ``i``: "الشهر الماضي" or
    "العام الماضي" within :data:`_EARLIER_REACH` words of it in its sentence ("وخلال زيارة
    لأنقرة في الشهر الماضي", "وقد التقى الشهر الماضي المستشارة الألمانية"). Such an event
    is the story's background, not what it reports."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    lo, hi = max(1, i - _EARLIER_REACH), min(len(tokens), i + _EARLIER_REACH + 1)
    return any(
        tokens[k].sentence == sentence
        and tokens[k - 1].sentence == sentence
        and (tokens[k - 1].norm, tokens[k].norm) in _EARLIER
        for k in range(lo, hi)
    )


_EARLIER_REACH = 8  # "وزار بومبيو بيونغيانغ الشهر الماضي"
_EARLIER = {
    (normalize_term(a), normalize_term(b))
    for a, b in (("الشهر", "الماضي"), ("العام", "الماضي"), ("عام", "الماضي"))
}


_FORMER = normalize_term("السابق")  # "الرئيس السابق لمجلس النواب": no one's official now


def _headline_tokens(doc: Document) -> list[Token]:
    """The headline's tokens (none when the article has no headline span)."""
    title = doc.title_span
    if title is None:
        return []
    found = []
    for token in doc.tokens:
        if token.start >= title[1]:
            break
        if token.start >= title[0]:
            found.append(token)
    return found


def _headline_interaction(doc: Document, cues: EventCues) -> bool:
    """Whether the headline names a meeting, visit or call ("بوتين يلتقي ميركل قرب
    برلين", "نتنياهو يلتقي بوتين في موسكو"): the interaction is the story, and the conflict
    words of its body are the issues discussed. A summit named in the headline is not
    enough: it is as often one still ahead, in doubt or called off ("تأجيل القمة"); nor is
    a meeting after a word of readiness or hope ("ترامب يعلن استعداده للقاء القادة
    الإيرانيين"), which has not taken place."""
    headline = _headline_tokens(doc)
    for j, token in enumerate(headline):
        if any(
            s in cues.any_cue and s not in _SUMMIT for s in _stems(token.norm)
        ) and not irrealis_before(headline, j):
            return True
    title = doc.title_span
    return title is not None and any(
        title[0] <= m.start < title[1] for m in cues.calls.find(doc.tokens)
    )


_SUMMIT = normalize_terms(("قمة", "القمة"))
# Nouns of an agreement or of acting together that a headline qualifies with the two
# states' nisbas ("تفاهم روسي إسرائيلي", "اتفاق صيني أمريكي"); the meeting nouns are the
# event cues'.
_PAIRED_NOUNS = normalize_terms(
    form
    for noun in ("اتفاق", "اتفاقية", "تفاهم", "شراكة", "تعاون", "تنسيق", "مناورات",
                 "تدريبات", "مصالحة", "حوار", "مشاورات", "مبادرة", "مفاوضات")
    for form in (noun, "ال" + noun)
)
_PAIR_REACH = 4  # "محادثات سعودية إماراتية كويتية": the nisbas right after the noun


def _headline_pair(doc: Document, cues: EventCues) -> bool:
    """Whether the headline names a meeting, an agreement or joint action qualified by
    the nisbas of two states ("مباحثات سودانية سعودية في الخرطوم", "تفاهم روسي إسرائيلي
    بسوريا", "اتفاق تونسي جزائري مصري"), the nisbas perhaps after one qualifier ("تدريبات
    عسكرية مصرية أميركية"), or between two states it names ("اتفاق بين الهند وباكستان"):
    the story is what the two states did together."""
    from analysis.extract.countries import country_gazetteer

    gazetteer = country_gazetteer()
    tokens = _headline_tokens(doc)
    for i, token in enumerate(tokens):
        if not any(w in _PAIRED_NOUNS or w in cues.meeting for w in _stems(token.norm)):
            continue
        states: set[str] = set()
        k = i + 1
        while k < min(len(tokens), i + 1 + _PAIR_REACH) and len(states) < 2:
            match = gazetteer.match_at(tokens, k)
            if match is None and k == i + 1 and tokens[k].norm.endswith(("يه", "ي")):
                k += 1  # "تدريبات عسكرية مصرية أميركية": a qualifier before the nisbas
                continue
            if match is None or match.value is None or match.value.kind != "nisba":
                break
            states.add(match.value.iso2)
            k = match.last + 1
        if len(states) >= 2 or _between_two_states(tokens, i + 1, gazetteer):
            return True
    return False


_BETWEEN = normalize_term("بين")
_BETWEEN_REACH = 2  # "اتفاق نادر بين الهند وباكستان": a qualifier before بين


def _between_two_states(tokens: list[Token], k: int, gazetteer: Gazetteer) -> bool:
    """Whether بين follows at token ``k`` or one word later and names two states, the
    second after و ("اتفاق بين الهند وباكستان", "مباحثات بين تونس والجزائر ومصر")."""
    for b in range(k, min(len(tokens), k + _BETWEEN_REACH)):
        if tokens[b].norm != _BETWEEN:
            continue
        first = gazetteer.match_at(tokens, b + 1) if b + 1 < len(tokens) else None
        if first is None or first.value is None or first.value.kind == "nisba":
            return False
        m = first.last + 1
        if m >= len(tokens):
            return False
        second = gazetteer.match_at(tokens, m)
        return (
            second is not None
            and second.value is not None
            and second.value.kind != "nisba"
            and second.prefix.startswith("و")
            and second.value.iso2 != first.value.iso2
        )
    return False


def _dispute_headline(doc: Document, cues: EventCues) -> bool:
    """Whether the headline is built on a verb of replying, warning, threatening, accusing
    or criticizing ("ألمانيا ترد على ترامب", "بوتن يحذر ماكرون من عمل متهور"): the story is
    the dispute, and a meeting, call or deal its body recalls is background. The verb may
    be in the future ("الاتحاد الأوروبي سيرد", "وستحذر")."""
    return any(
        s in cues.dispute_headline
        for token in _headline_tokens(doc)
        for s in _without_future(_strip_stem(token.norm))
    )


def _without_future(word: str) -> tuple[str, ...]:
    """The word, and without the future prefix س when an imperfect verb follows it
    ("سيرد" → "يرد", "ستحذر" → "تحذر")."""
    if len(word) > 3 and word[0] == "س" and word[1] in "يتن":
        return (word, word[1:])
    return (word,)


def _lender_programme(doc: Document, cues: EventCues) -> bool:
    """Whether the headline or the first sentence names an international lender and a loan
    or programme ("صندوق النقد يمنح تونس قرضاً", "مصر تحصل على الشريحة الرابعة من قرض
    صندوق النقد الدولي"): the state's programme with the lender is the story. Named only
    further down, the lender is background (to fuel prices, to a new government)."""
    lead = doc.lead_sentences()
    found = {
        m.value for m in cues.lending.find(doc.tokens) if doc.tokens[m.first].sentence in lead
    }
    return found == {"lender", "loan"}


_COOPERATION_TALK = 2  # cooperation words that make a story cooperation news on their own
_AID_REACH = 2  # "المساعدات العسكرية الأمريكية": the state within two words of the aid


def _state_aid(doc: Document, last: int) -> bool:
    """Whether the aid word ending at token ``last`` is aid one state gives another: a
    state's name or nisba follows it within :data:`_AID_REACH` words of its sentence
    ("مساعدات مصرية"), or a state the sentence names before it sends it to another within
    :data:`_AID_TO_REACH` words ("أرسلت مصر مساعدات طبية وغذائية للسودان")."""
    from analysis.extract.countries import country_gazetteer

    tokens, gazetteer = doc.tokens, country_gazetteer()
    sentence = tokens[last].sentence
    giver: object = None
    for k in range(last + 1, min(len(tokens), last + 1 + _AID_TO_REACH)):
        if tokens[k].sentence != sentence:
            return False
        match = gazetteer.match_at(tokens, k)
        if match is None or match.value is None:
            continue
        if k <= last + _AID_REACH:
            return True
        if not (match.prefix.endswith("ل") or tokens[k - 1].norm in _TO):
            continue
        if giver is None:
            giver = _state_before(doc, last, gazetteer)
        if giver is not None and giver != match.value:
            return True
    return False


def _state_before(doc: Document, i: int, gazetteer: Gazetteer) -> object:
    """The first state named in the sentence of token ``i`` before it, or None."""
    tokens = doc.tokens
    for k in doc.sentence_tokens(tokens[i].sentence):
        if k >= i:
            return None
        match = gazetteer.match_at(tokens, k)
        if match is not None and match.value is not None:
            return match.value
    return None


# "أمريكا تنسق مع فرنسا"، "نعمل مع تركيا والسعودية"، "اتفقت مع الولايات المتحدة على":
# a verb of acting together with a partner.
_ACTING_WITH = shared_words(
    form
    for stem in normalize_terms(
        ("تعاون", "تعاونت", "تعاونا", "يتعاون", "تتعاون", "نتعاون", "نسق", "نسقت", "نسقا",
         "ينسق", "تنسق", "ننسق", "اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا", "يتفق", "تتفق",
         "يتفقان", "تتفقان", "توافق", "توافقت", "توافقا", "عمل", "عملت", "يعمل", "تعمل",
         "نعمل")
    )
    for form in (stem, "و" + stem, "ف" + stem)
)
# "الولايات المتحدة وكندا تتوصلان إلى اتفاق"، "مصر والصين توقعان": two states, the
# verb's joint subject, reaching or signing an agreement.
_CONCLUDING_TOGETHER = shared_words(
    form
    for stem in normalize_terms(
        ("تتوصلان", "يتوصلان", "توصلتا", "توصلا", "توقعان", "يوقعان", "وقعتا", "وقعا",
         "تبرمان", "يبرمان", "أبرمتا", "أبرما")
    )
    for form in (stem, "و" + stem)
)
# Words before the verb in its sentence that deny or negate it ("نفت تقارير تفيد بأنها
# تعاونت مع سوريا").
_DENIED = normalize_terms(
    ("لم", "لن", "لا", "ما", "عدم", "نفى", "نفت", "ينفي", "تنفي", "نفي", "تنفى", "ينفى")
)
_PARTNER_REACH = 4  # "تعمل مع السلطات في أنقرة"


def _lead_acting_partners(doc: Document) -> set[str]:
    """The states the headline or the first sentence says a side acts together with
    ("أمريكا تنسق مع فرنسا لعملية في مالي", "ترامب: نعمل مع تركيا والسعودية بشأن خاشقجي",
    "قالت كوريا الجنوبية إنها اتفقت مع الولايات المتحدة"): a verb of cooperating,
    coordinating, agreeing or working, مع, and a state named within
    :data:`_PARTNER_REACH` words; or such a verb, or one of reaching or signing an
    agreement, with two states as its joint subject ("بكين وواشنطن تتفقان على",
    "الولايات المتحدة وكندا تتوصلان إلى اتفاق"); no denial before the verb. Further
    down, such a verb is as often what one side asks of another ("على روسيا أن تتعاون مع
    التحقيقات") or recalls."""
    tokens = doc.tokens
    partners: set[str] = set()
    for k in _undenied_in_lead(doc, _ACTING_WITH | _CONCLUDING_TOGETHER):
        with_next = k + 2 < len(tokens) and tokens[k + 1].norm == _WITH
        if with_next and tokens[k].norm not in _CONCLUDING_TOGETHER:
            code = _first_state(doc, k + 2, _PARTNER_REACH, tokens[k].sentence)
            if code is not None:
                partners.add(code)
        else:
            partners |= _joint_subject(doc, k)
    return partners


def _undenied_in_lead(doc: Document, words: frozenset[str]) -> Iterator[int]:
    """The positions of ``words`` in the headline or the first sentence with no denial
    before them in their sentence ("نفت تقارير تفيد بأنها تعاونت مع سوريا")."""
    tokens = doc.tokens
    lead = doc.lead_sentences()
    for k in tokens.where(words):
        sentence = tokens[k].sentence
        if sentence in lead and not any(
            tokens[j].norm in _DENIED for j in doc.sentence_tokens(sentence) if j < k
        ):
            yield k


def _joint_subject(doc: Document, k: int) -> set[str]:
    """The two states joined by و right before the verb at token ``k`` ("بكين وواشنطن
    تتفقان على", "مصر والسودان تنسقان"), or none."""
    from analysis.extract.countries import country_gazetteer, iso3

    tokens, gazetteer = doc.tokens, country_gazetteer()
    sentence = tokens[k].sentence
    found: list[str] = []
    m = k - 1
    # Walk back over the subject: names of states, the later ones joined by و.
    while m >= 0 and tokens[m].sentence == sentence and len(found) < 2:
        match = None
        for first in range(m, max(-1, m - 3), -1):
            candidate = gazetteer.match_at(tokens, first)
            if candidate is not None and candidate.last == m:
                match = candidate
                break
        if match is None or match.value is None or match.value.kind == "nisba":
            break
        found.append(iso3(match.value.iso2))
        if not match.prefix.startswith("و"):
            break
        m = match.first - 1
    return set(found) if len(set(found)) >= 2 else set()


# "تسلم"، "يتسلم"، "سلمت": a verb, not the verbal noun تسليم, which is as often refused,
# weighed or called for ("ترفض تسليم"، "تبحث تسليم"، "تطالب بتسليم").
_HANDING_OVER = shared_words(
    form
    for stem in normalize_terms(
        ("سلم", "سلمت", "يسلم", "تسلم", "تسلمت", "يتسلم", "تتسلم", "سلما", "تسلما")
    )
    for form in (stem, "و" + stem)
)
_FROM = normalize_term("من")
_HANDOVER_REACH = 5  # "تتسلم متهما باختطاف طائرة من قبرص": the object before the state


def _handover_partners(doc: Document) -> set[str]:
    """The states the headline or the first sentence says a side hands a person or thing
    over to, or receives one from ("ألمانيا تسلم بلغاريا مشتبها به", "مصر تتسلم متهما
    باختطاف طائرة من قبرص", "تونس تتسلم زورقين عسكريين من أمريكا"): a verb of handing
    over or receiving, with no denial before it in its sentence, and a state named right
    after it as its object, or right after its subject ("سلمت الولايات المتحدة تركيا أول
    طائرة"), or after إلى/لـ/من within :data:`_HANDOVER_REACH` words."""
    from analysis.extract.countries import country_gazetteer, iso3

    tokens, gazetteer = doc.tokens, country_gazetteer()
    partners: set[str] = set()
    for k in _undenied_in_lead(doc, _HANDING_OVER):
        sentence = tokens[k].sentence
        for m in range(k + 1, min(len(tokens), k + 1 + _HANDOVER_REACH)):
            if tokens[m].sentence != sentence:
                break
            match = gazetteer.match_at(tokens, m)
            if match is None or match.value is None or match.value.kind == "nisba":
                continue
            if match.prefix.endswith("ل") or tokens[m - 1].norm in _TO | {_FROM}:
                partners.add(iso3(match.value.iso2))
                break
            if m == k + 1 and _state_before(doc, k, gazetteer) is not None:
                partners.add(iso3(match.value.iso2))  # "ألمانيا تسلم بلغاريا مشتبها به"
                break
            if m == k + 1:
                # A state right after the verb with none before it is its subject ("تتسلم
                # فرنسا رئاسة مجموعة السبع"); a state right after the subject is the verb's
                # first object ("سلمت الولايات المتحدة تركيا أول طائرة").
                after = match.last + 1
                other = gazetteer.match_at(tokens, after) if after < len(tokens) else None
                if (
                    other is not None
                    and other.value is not None
                    and other.value.kind != "nisba"
                    and not other.prefix
                    and other.value.iso2 != match.value.iso2
                    and tokens[after].sentence == sentence
                ):
                    partners.add(iso3(other.value.iso2))
                    break
    return partners


def _first_state(doc: Document, start: int, reach: int, sentence: int) -> str | None:
    """The ISO3 code of the first state named within ``reach`` words from token ``start``
    in sentence ``sentence`` ("مع حكومة الوفاق الوطني الليبية" → LBY), or None when the
    first name found there is no state or none is found."""
    from analysis.extract.countries import country_gazetteer, iso3

    tokens, gazetteer = doc.tokens, country_gazetteer()
    for m in range(start, min(len(tokens), start + reach)):
        if tokens[m].sentence != sentence:
            break
        match = gazetteer.match_at(tokens, m)
        if match is not None and match.value is not None:
            return iso3(match.value.iso2)
    return None


# "المناورات العسكرية السنوية المشتركة", "لجنة التحقيق المشتركة": an activity or body held
# jointly, its qualifiers between the noun and المشتركة (the word list names the plain
# "المناورات المشتركة").
_JOINT_HEADS = shared_words(
    form
    for stem in normalize_terms(
        ("مناورات", "المناورات", "تدريبات", "التدريبات", "تمارين", "التمارين", "دوريات",
         "الدوريات", "لجنة", "اللجنة", "فريق", "الفريق")
    )
    for form in attached_forms(stem)
)
_JOINT = normalize_terms(("مشتركة", "المشتركة", "مشترك", "المشترك"))
_JOINT_GAP = 2  # qualifiers between the noun and المشتركة: "العسكرية السنوية"


def _joint_activity(doc: Document, stop: int) -> bool:
    """Whether the text before token ``stop`` names a joint activity or body with its
    qualifiers ("المناورات العسكرية السنوية المشتركة بين سول وواشنطن", "تمارين عسكرية
    مشتركة", "لجنة التحقيق المشتركة"): one or two words that agree with the noun as
    adjectives or complete it (definite, or a nisba in ـي/ـية) before مشترك(ة)."""
    tokens = doc.tokens
    for k in tokens.where(_JOINT_HEADS):
        if k >= stop:
            break
        for m in range(k + 1, min(stop, k + 2 + _JOINT_GAP)):
            if tokens[m].sentence != tokens[k].sentence:
                break
            word = tokens[m].norm
            if word in _JOINT:
                if m > k + 1:
                    return True
                break
            if not (word.startswith("ال") or word.endswith(("ي", "يه"))):
                break
    return False


_AID_TO_REACH = 7  # "مساعدات طبية وغذائية ومستلزمات إغاثية للسودان"
_TO = normalize_terms(("إلى", "الى"))

# "بالتعاون مع"، "بالتنسيق مع": the manner of an action carried out together with a partner.
_JOINTLY = shared_words(
    normalize_terms(("بالتعاون", "وبالتعاون", "بالتنسيق", "وبالتنسيق"))
)
# The partner is a state's authorities: official cooperation, not an army or a faction
# ("بالتعاون مع فصائل الجيش السوري الحر"), a company ("بالتعاون مع شركة هاليبورتون
# الأميركية") or a bare state name, which is most often an ally in strikes on a third state
# ("عملية عسكرية تجري حالياً بالتنسيق مع بريطانيا وفرنسا").
_AUTHORITIES = normalize_terms(
    (
        "حكومة", "الحكومة", "السلطات", "سلطات", "الجانب", "الشرطة", "شرطة", "وزارة",
        "المخابرات", "مخابرات", "الاستخبارات", "استخبارات", "الأجهزة", "أجهزة",
        "السفارة", "سفارة", "القنصلية",
    )
)
_AUTHORITY_REACH = 4  # "بالتنسيق مع حكومة الوفاق الوطني الليبية"


def _joint_action_partners(doc: Document) -> set[str]:
    """The states whose authorities the text says an action was carried out with
    ("العملية تمت بالتعاون مع المخابرات الأميركية", "الضربة نفذت بالتنسيق مع حكومة الوفاق
    الوطني الليبية", "تعمل بالتنسيق مع السلطات التركية على تسريع اجراءات ترحيل"): an
    authority right after مع and its state named within :data:`_AUTHORITY_REACH` words."""
    tokens = doc.tokens
    partners: set[str] = set()
    for k in tokens.where(_JOINTLY):
        if k + 2 >= len(tokens) or tokens[k + 1].norm != _WITH:
            continue
        sentence = tokens[k].sentence
        head = k + 2
        if tokens[head].norm not in _AUTHORITIES:
            continue
        code = _first_state(doc, head + 1, _AUTHORITY_REACH, sentence)
        if code is not None:
            partners.add(code)
    return partners


_COUNTERPARTS = shared_words(
    f + w
    for w in ("نظيره", "نظيرته", "نظيريه", "نظيرها", "نظرائه", "نظيرهم", "نظيراه")
    for f in ("", "و", "ب", "وب", "ل", "ول")
)


def _counterparts_met(doc: Document, events: list[Event]) -> bool:
    """Whether a meeting or call is between counterparts ("التقى الرئيس الفرنسي نظيره
    الروسي"): officials of two states, even at a World Cup match."""
    sentences = {
        ev.sentence for e in events if e.type in ("meeting", "call") for ev in e.evidence
    }
    heads = load_statement_cues().person_heads
    tokens = doc.tokens
    for k in tokens.where(_COUNTERPARTS):
        if tokens[k].sentence not in sentences:
            continue
        first = doc.sentence_tokens(tokens[k].sentence)[0]
        # An official's counterpart, not a national team's ("المنتخب الأرجنتيني نظيره").
        if any(tokens[m].norm in heads for m in range(first, k)):
            return True
    return False


_COUNTERPART_REACH = 3  # "يلتقي اليوم بالقاهرة نظيره المصري"


def _counterpart_met_in_lead(doc: Document, cues: EventCues) -> bool:
    """Whether the headline or the first sentence has a meeting or visit word with a
    counterpart right after it ("وزير الخارجية يلتقي نظيره المصري بالقاهرة"): an
    official's counterpart is of another state, even when the text leaves the official's
    own state unnamed."""
    tokens = doc.tokens
    lead = doc.lead_sentences()
    for k in tokens.where(_COUNTERPARTS):
        sentence = tokens[k].sentence
        if sentence not in lead:
            continue
        for m in range(max(0, k - _COUNTERPART_REACH), k):
            if tokens[m].sentence == sentence and any(
                s in cues.meeting for s in _stems(tokens[m].norm)
            ):
                return not irrealis_before(tokens, m)
    return False


def _leaders_met(events: list[Event], people: Sequence[Person]) -> bool:
    """Whether a meeting or call brings together people at the political level of two
    states ("التقى بوتين الرئيس الفلسطيني محمود عباس" at a World Cup final)."""
    from analysis.extract.people import is_political_office  # people imports countries

    states = {
        p.id: p.country for p in people if p.country and is_political_office(p.title_ar)
    }
    return any(
        len({states[k] for k in e.participants if k in states}) >= 2
        for e in events
        if e.type in ("meeting", "call")
    )


_MESSAGE_WINDOW = 6  # "تلقى وزير الخارجية الأميركي، مايك بومبيو رسالة"


def _message_exchanged(doc: Document, cues: EventCues) -> bool:
    """Whether the text reports a letter received, sent or handed over ("تلقى بومبيو
    رسالة من الزعيم الكوري الشمالي", "بعث برسالة خطية"): a verb of sending or receiving
    with a letter a few words after it, outside quotations and the headline, or a cable
    ("برقية تهنئة") outside quotations."""
    tokens = doc.tokens
    quoted = _quoted_tokens(doc)
    # A cable is sent by itself ("في برقية تهنئة وجهها لبوتن").
    if any(k not in quoted for k in tokens.where(_cable_forms())):
        return True
    for k in tokens.where(_message_forms()):
        if k in quoted or not any(s in cues.message_verbs for s in _stems(tokens[k].norm)):
            continue
        for m in range(k + 1, min(len(tokens), k + 1 + _MESSAGE_WINDOW)):
            if tokens[m].sentence != tokens[k].sentence:
                break
            if any(s in cues.message_nouns for s in _stems(tokens[m].norm)):
                return True
    return False


@cache
def _cable_forms() -> frozenset[str]:
    return _with_clitics(load_event_cues().cable_nouns, ("", "و", "ف", "ل"))


@cache
def _message_forms() -> frozenset[str]:
    return _with_clitics(load_event_cues().message_verbs, ("", "و", "ف"))


def _with_clitics(words: frozenset[str], clitics: tuple[str, ...]) -> frozenset[str]:
    """The words with each clitic before them, as a shared word set (see shared_words)."""
    return shared_words(c + w for w in words for c in clitics)


_ISSUE_WINDOW = 3  # "للنزاع في سوريا", "الأزمة السورية"


def _side_items_token(doc: Document) -> int:
    """The first token of a compilation page's side items (the end when it has none)."""
    from analysis.extract.countries import side_items_start  # countries imports events

    first = side_items_start(doc)
    return doc.sentence_tokens(first).start if first < len(doc.sentences) else len(doc.tokens)


def _third_country_issue(doc: Document, last: int, states: set[str]) -> bool:
    """A conflict word followed closely by a state that is not a participant: a crisis the
    participants discuss ("تسوية سياسية للنزاع السوري"), not a conflict between them."""
    from analysis.extract.countries import country_gazetteer, iso3

    tokens = doc.tokens
    gazetteer = country_gazetteer()
    for k in range(last + 1, min(len(tokens), last + 1 + _ISSUE_WINDOW)):
        if tokens[k].sentence != tokens[last].sentence:
            return False
        match = gazetteer.match_at(tokens, k)
        if match is not None and match.value is not None:
            return iso3(match.value.iso2) not in states
    return False


def _state_signing(agreement: Agreement) -> bool:
    """A signing with a state party, or a planned one with two states among its parties: a
    deal named with one state ("اتفاق إيران النووي", "اتفاقية باريس للمناخ") is the
    subject of a dispute or a withdrawal as often as of cooperation. (Signatories are not
    counted: the one named beside a planned deal is often only the speaker.)"""
    if agreement.status == "signed":
        return _state_party(agreement)
    if agreement.status != "planned":
        return False
    return sum(len(p) == 3 and p.isupper() for p in agreement.parties) >= 2


def _state_party(agreement: Agreement) -> bool:
    """A signing between states: countries or signatories as parties, not only companies."""
    parties = agreement.parties
    if any(len(p) == 3 and p.isupper() for p in parties):
        return True
    return bool(agreement.signatories) and not parties


def filter_topics_for_cooperation(
    topics: list[TopicFact],
    cooperation: bool,
    events: list[Event] | None = None,
) -> list[TopicFact]:
    """Apply the convention that an article that is not cooperation news has no topics.

    A cooperation article with meetings or visits but no topic term is about bilateral
    relations in general: it gets diplomacy_general, with the first event as evidence.

    Args:
        topics: topics from :func:`analysis.extract.topics.find_topics`.
        cooperation: the :func:`is_cooperation_news` verdict.
        events: the article's events (for the diplomacy fallback).

    Returns:
        The topics to report.
    """
    if not cooperation:
        return []
    if topics or not events:
        return topics
    for event in events:
        if event.type in ("meeting", "visit", "call"):
            return [
                TopicFact(
                    label="diplomacy_general", salience=1.0, mentions=1,
                    evidence=[event.evidence[0]],
                )
            ]
    return topics

