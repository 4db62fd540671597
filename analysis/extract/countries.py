"""Countries: every mention of a state, and the role each state plays in the story.

The gazetteer covers every ISO 3166 country by its Arabic CLDR name (from babel), plus the
aliases and long forms news uses (أمريكا، دولة الإمارات العربية المتحدة، جمهورية مصر
العربية), nisba adjectives with their feminine and plural forms (البحريني، الأمريكية،
المصريين), and capitals standing for governments (واشنطن، الرياض). Words that only look
like countries (مالي "financial", عمان "Amman", أمريكا اللاتينية, clubs named after a
capital: ريال مدريد، باريس سان جيرمان) are blocked. A country
in a dateline ("الرياض - واس") is not a mention.

Roles follow the annotation conventions: ``participant`` when the state's officials or
entities take part in the reported interaction (named in the headline or lead, the
nationality of a principal or attendee, one side of "بين X وY", a party to a signing),
``venue`` when it is only where things happened ("في باريس"), ``mentioned`` otherwise.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

from babel import Locale

from analysis.extract.document import (
    PRONOUN_PREPOSITIONS,
    Document,
    Gazetteer,
    Token,
    Tokens,
    attached_forms,
    clitic_variants,
    shared_words,
    without_conjunction,
)
from analysis.extract.entities import Entity, Mention
from analysis.extract.events import irrealis_before
from analysis.extract.lexicons import imperfect_stems
from analysis.extract.statements import load_statement_cues
from analysis.schema import Country, Event, Organization, Person
from analysis.text import normalize_term, normalize_terms

__all__ = [
    "CountryTerm",
    "assign_roles",
    "country_gazetteer",
    "country_names",
    "find_countries",
    "foreign_lead",
    "iso3",
    "is_supranational",
    "kingdoms",
    "ruling_families",
]

_DATA = Path(__file__).parent / "data"
Kind = Literal["name", "alias", "nisba", "capital", "subnational"]


@dataclass(frozen=True, slots=True)
class CountryTerm:
    """What a gazetteer entry means: the country (ISO alpha-2) and how it names it."""

    iso2: str
    kind: Kind


@cache
def _data() -> dict:
    return json.loads((_DATA / "countries.json").read_text(encoding="utf-8"))


@cache
def _alpha3() -> dict[str, str]:
    return json.loads((_DATA / "iso3166.json").read_text(encoding="utf-8"))["alpha3"]


def iso3(iso2: str) -> str | None:
    """The ISO alpha-3 code of an alpha-2 code, or ``None`` if it is not a country."""
    return _alpha3().get(iso2)


@cache
def country_names() -> dict[str, tuple[str, str]]:
    """``{alpha-3: (English name, Arabic name)}`` from CLDR, for every ISO country."""
    english = Locale("en").territories
    arabic = Locale("ar").territories
    names: dict[str, tuple[str, str]] = {}
    for iso2, code in _alpha3().items():
        if iso2 in english and iso2 in arabic:
            names[code] = (english[iso2], arabic[iso2])
    return names


def _nisba_forms(stem: str) -> list[str]:
    """Masculine, feminine and plural nisba forms, definite and indefinite."""
    words = stem.split()
    forms: list[str] = []
    for suffix in ("", "ة", "ين", "ون", "ات"):
        definite = " ".join("ال" + w + suffix for w in words)
        forms.append(definite)
        if len(normalize_term(words[0])) >= 4:
            forms.append(" ".join(w + suffix for w in words))
    return forms


@cache
def country_gazetteer() -> Gazetteer[CountryTerm | None]:
    """The country gazetteer (built once). Blocked phrases map to ``None``."""
    data = _data()
    entries: list[tuple[str, CountryTerm | None]] = []
    arabic = Locale("ar").territories
    for iso2 in _alpha3():
        name = arabic.get(iso2)
        if not name:
            continue
        base = re.sub(r"\s*\(.*?\)", "", name).strip()
        for form in {name, base}:
            entries.append((form, CountryTerm(iso2, "name")))
            entries.append(("دولة " + form, CountryTerm(iso2, "name")))
            entries.append(("جمهورية " + form, CountryTerm(iso2, "name")))
    for iso2, aliases in data["aliases"].items():
        entries += [(alias, CountryTerm(iso2, "alias")) for alias in aliases]
    for iso2, stems in data["nisba_stems"].items():
        if iso2.startswith("_"):
            continue
        for stem in stems:
            entries += [(form, CountryTerm(iso2, "nisba")) for form in _nisba_forms(stem)]
    for iso2, capitals in data["capitals"].items():
        if not iso2.startswith("_"):
            entries += [(capital, CountryTerm(iso2, "capital")) for capital in capitals]
    for iso2, places in data["subnational"].items():
        if not iso2.startswith("_"):
            entries += [(place, CountryTerm(iso2, "subnational")) for place in places]
    entries += [(blocked, None) for blocked in data["blocked"]]
    return Gazetteer(entries)


@cache
def country_name_forms() -> frozenset[str]:
    """Normalized one-word names and aliases of states ("السعوديه", "مصر", "روسيا"), some
    written like a nisba adjective."""
    data = _data()
    arabic = Locale("ar").territories
    names = {arabic[iso2] for iso2 in _alpha3() if iso2 in arabic}
    names |= {a for k, aliases in data["aliases"].items() if k[0] != "_" for a in aliases}
    return frozenset(normalize_term(n) for n in names if " " not in n.strip())


@cache
def ruling_families() -> Gazetteer[str]:
    """Ruling-family name parts (آل نهيان، آل خليفة) → ISO alpha-2."""
    items = _data()["ruling_families"]
    return Gazetteer([(name, iso2) for iso2, names in items.items() for name in names])


@cache
def kingdoms() -> frozenset[str]:
    """Alpha-3 codes of kingdoms (what a bare "المملكة" may refer to)."""
    return frozenset(c for c in (iso3(k) for k in _data()["kingdoms"]) if c)


@cache
def _supranational() -> tuple[str, ...]:
    return tuple(normalize_term(w) for w in _data()["supranational"])


def foreign_lead(doc: Document, countries: list[Entity], home: str | None) -> set[str]:
    """The states a national outlet's story names in its lead when they are two or more
    and home is not among them: then the story is foreign (a Tunisian outlet's story of a
    Qatari–US deal), and an office or body it names without a country is not home's.
    Empty for a domestic story or a visit between home and one other state."""
    lead = doc.lead_sentences()
    named = {
        e.fact.iso3
        for e in countries
        if isinstance(e.fact, Country)
        and any(m.sentence in lead and not _is_venue(doc, m) for m in e.mentions)
    }
    # One foreign state in the lead is usually home's counterpart ("وزير الخارجية النرويجي
    # لدى لقائه رئيس الجمهورية"); two or more, with no home, make a foreign story.
    return set() if home is None or home in named or len(named) < 2 else named


def is_supranational(phrase: str) -> bool:
    """Whether a title or body's name says it is above states (البرلمان الأوروبي، الأمم
    المتحدة، الجامعة العربية): no outlet's home country is its country."""
    padded = f" {normalize_term(phrase)} "
    return any(f" {word} " in padded for word in _supranational())


@cache
def _sport_words() -> frozenset[str]:
    """The sport words, with their clitic forms (بالملعب، للمنتخب، ولاعب)."""
    words = (normalize_term(w) for w in _data()["sport_words"]["words"])
    return shared_words(form for word in words for form in attached_forms(word))


_DATELINE_AFTER = re.compile(r"\s*[\-–—:/(|]")
_VENUE_WORDS = normalize_terms(("في", "بمدينة", "داخل", "بالعاصمة"))
_BETWEEN = normalize_term("بين")
_EACH = normalize_term("كل")
# Whole words only: "عقد" (held) and "تعقد" (holds) are no signing.
_SIGNING = normalize_terms(
    ("وقع", "وقعت", "وقعا", "وقعوا", "توقيع", "التوقيع", "اتفاقية", "الاتفاقية", "اتفاقيات",
     "الاتفاقيات", "مذكرة", "المذكرة", "مذكرات", "المذكرات", "العقد", "عقدا", "عقدين",
     "عقود", "العقود", "صفقة", "الصفقة")
)


def _names_a_paper(tokens: Tokens, last: int) -> bool:
    """Whether a newspaper's name goes on after token ``last`` (بوست، تايمز)."""
    return last + 1 < len(tokens) and tokens[last + 1].norm in _PAPER_WORDS


_PAPER_WORDS = frozenset(normalize_term(w) for w in ("بوست", "تايمز", "تايم"))


def find_countries(doc: Document) -> list[Entity]:
    """Find every state mentioned in the content of an article.

    Args:
        doc: the prepared document.

    Returns:
        One entity per state, in order of first mention, with role ``mentioned`` (roles
        are set by :func:`assign_roles`) and every mention. Emirates and royal seats
        (دبي) are not country mentions; datelines are skipped.
    """
    gazetteer = country_gazetteer()
    tokens = doc.tokens
    by_code: dict[str, tuple[str, list[Mention], list[str]]] = {}
    names = country_names()
    weak = _weak_names()
    for match in gazetteer.find(tokens):
        term = match.value
        if term is None or term.kind == "subnational":
            continue
        code = iso3(term.iso2)
        if code is None or code not in names:
            continue
        if _is_dateline(doc, match.first, match.end):
            continue
        if term.kind == "capital" and _names_a_paper(tokens, match.last):
            continue  # "واشنطن بوست", "طهران تايمز": a newspaper, not the government
        kind = term.kind
        mention = Mention(
            match.start, match.end, match.first, match.last, tokens[match.first].sentence, kind
        )
        written = doc.text[match.start : match.end]
        entry = by_code.setdefault(code, (term.iso2, [], []))
        entry[1].append(mention)
        entry[2].append(written)
    ruled: set[str] = set()  # states a weak name names after a ruler's title
    for i in tokens.where(_ruler_forms()):
        if (iso2 := ruled_state(tokens, i)) is not None:
            code = iso3(iso2)
            if code is None or code not in names:
                continue
            nxt = tokens[i + 1]
            entry = by_code.setdefault(code, (iso2, [], []))
            entry[1].append(Mention(nxt.start, nxt.end, i + 1, i + 1, nxt.sentence, "name"))
            entry[2].append(doc.text[nxt.start : nxt.end])
            ruled.add(code)
    for i, pair in _duals(tokens):
        # "بين الكوريتين": both states are named, each as by its own name
        for iso2 in pair:
            code = iso3(iso2)
            if code is None or code not in names:
                continue
            token = tokens[i]
            entry = by_code.setdefault(code, (iso2, [], []))
            entry[1].append(Mention(token.start, token.end, i, i, token.sentence, "name"))
            entry[2].append(doc.text[token.start : token.end])
    entities: list[Entity] = []
    for code, (_, mentions, written) in by_code.items():
        mentions.sort(key=lambda m: m.start)
        only_weak = all(normalize_term(w) in weak for w in written)
        if only_weak and code not in ruled:
            continue
        name_en, name_ar = names[code]
        evidence = [doc.evidence(m.start, m.end) for m in mentions[:3]]
        fact = Country(
            iso3=code, name_en=name_en, name_ar=name_ar, role="mentioned", evidence=evidence
        )
        entities.append(Entity(fact, mentions))
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


@cache
def _dual_forms() -> dict[str, tuple[str, ...]]:
    """Each normalized form of a dual naming two states (with its proclitics) → their ISO
    alpha-2 codes ("للكوريتين" → KR, KP)."""
    items = _data()["duals"]
    return {
        form: tuple(codes.split())
        for codes, duals in items.items()
        if codes[0] != "_"
        for dual in duals
        for form in attached_forms(normalize_term(dual))
    }


@cache
def _dual_words() -> frozenset[str]:
    return shared_words(_dual_forms())


def _duals(tokens: Tokens) -> list[tuple[int, tuple[str, ...]]]:
    """The tokens of duals that name two states ("بين الكوريتين"), with the states' codes."""
    forms = _dual_forms()
    return [(i, forms[tokens[i].norm]) for i in tokens.where(_dual_words())]


@cache
def _ruler_titles() -> frozenset[str]:
    return normalize_terms(_data()["ruler_titles"]["titles"])


@cache
def _ruler_forms() -> frozenset[str]:
    return shared_words(form for title in _ruler_titles() for form in attached_forms(title))


def ruled_state(tokens: Sequence[Token], i: int) -> str | None:
    """The state (ISO alpha-2) a ruler's title at token ``i`` names with a weak name after
    it ("سلطان عمان": Oman, not Amman), or None."""
    if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence:
        return None
    if tokens[i].norm not in _ruler_forms():
        return None
    return _weak_names().get(tokens[i + 1].norm)


@cache
def _weak_names() -> dict[str, str]:
    """Names that alone do not show a state is meant (normalized), with their country."""
    return {
        normalize_term(w): k for k, ws in _data()["weak_names"].items() if k[0] != "_" for w in ws
    }


def _is_dateline(doc: Document, first: int, end: int) -> bool:
    """A place opening a paragraph, or after its city and a comma, followed by a dash,
    colon or the outlet in brackets ("الرياض - واس", "دبي، الإمارات العربية المتحدة
    (CNN) –")."""
    tokens = doc.tokens
    paragraph = doc.sentences[tokens[first].sentence].paragraph
    start = first
    while start > 0 and doc.sentences[tokens[start - 1].sentence].paragraph == paragraph:
        start -= 1
        if first - start > _DATELINE_CITY:
            return False
    if start < first and "،" not in doc.text[tokens[first - 1].end : tokens[first].start]:
        return False
    return bool(_DATELINE_AFTER.match(doc.text, end))


_DATELINE_CITY = 2  # words of a city before the country in a dateline


def assign_roles(
    doc: Document,
    countries: list[Entity],
    people: list[Entity],
    organizations: list[Entity],
    events: list[Event],
) -> list[Country]:
    """Decide each state's role in the story.

    A state takes part when one of its officials or bodies does: a principal, attendee or
    speaker whose nationality is known (also when the state is never named: a national
    outlet's domestic story), a state body with the country in its name that speaks or is
    named in the lead (الحكومة القبرصية، وزارة الخارجية الأميركية), or a mention that
    names a side in the text: the lead naming the state or a nisba on one of its officials
    (الرئيس المصري, not النزاع السوري), one side of "بين X وY" (not of a conflict), a
    counterpart (نظيره الصيني), the partner whose nisba stands next to a side's in the talks
    ("الصداقة الفرنسية الأمريكية", :func:`_pair_partners`), a party to a signing, the host
    of a reported visit ("كما زارت مالاوي", :func:`_visited`). A mention a few words after a word
    of expectation or readiness ("مستعدون للحوار مع واشنطن") is a side in prospect only.
    A state that speaks or leads a coalition ("التحالف العربي بقيادة السعودية") takes part
    too, but a story in which no state acts otherwise (outside sport) also takes the state
    it is about, the one named most often (:func:`_story_subject`). In a sports story
    players and teams are no sides; a state's head, minister or envoy who acts there is
    (:func:`_officials`).

    Args:
        doc: the prepared document.
        countries: entities from :func:`find_countries`.
        people: person entities (their nationality and role).
        organizations: organization entities (their country).
        events: events found in the text (their participants; speakers are the
            statement event's participants).

    Returns:
        The country facts with roles set, participants first, then in order of first
        mention. A state that takes part through its people or bodies without being named
        is added with their mention as evidence.
    """
    lead = doc.lead_sentences()
    sports = _is_sports(doc)
    # A state that speaks itself ("وحذرت روسيا …", "ونفت موسكو") takes part.
    speaking = {ref for event in events if event.type == "statement" for ref in event.participants}
    # States that only speak or lead a coalition ("التحالف بقيادة السعودية") are no side
    # of the story's own: it still has a subject.
    background: set[str] = set()
    side = side_items_start(doc)
    compiled = _compilation_start(doc)
    if sports:
        # players and teams are no sides; heads of state, ministers and envoys are, in a
        # sports story as elsewhere ("قال رئيس الوزراء البلجيكي شارل ميشال للرئيس الفرنسي
        # إيمانويل ماكرون" at a NATO summit dinner during a World Cup match)
        officials = _officials(people)
        acting = _acting_sides(doc, officials, [], events, lead)
        # a meeting is a match ("يلتقي المنتخب البرازيلي نظيره السويسري", "في اللقاء")
        # unless one of those officials takes part in it
        keys = {entity.key for entity in officials}
        from_events = {
            ref
            for event in events
            if event.type != "meeting" or keys.intersection(event.participants)
            for ref in event.participants
        }
    else:
        acting = _acting_sides(doc, people, organizations, events, lead)
        from_events = set()
    talks = _interaction_sentences(events)
    quoted = _quoted(doc)
    signing, contact = _signing_and_contact_sentences(doc, countries)
    talks_or_contact = talks | contact
    visits = _visit_sentences(events)
    facts: list[tuple[int, int, Country]] = []
    named: set[str] = set()
    for entity in countries:
        fact = entity.fact
        assert isinstance(fact, Country)
        code = fact.iso3
        named.add(code)
        venue_only = all(_is_venue(doc, m) for m in entity.mentions)
        # Event participants are not a signal of their own: an event step may list every
        # country near a visit (a tour's other stops), which the conventions leave out.
        # A compilation page's side items ("أعلنت الرئاسة السورية …" after the story) name
        # no side of its story.
        story = [m for m in entity.mentions if m.sentence < compiled]
        participant = code in acting or any(
            _participates(doc, m, lead, countries, talks_or_contact, quoted, signing)
            or (m.sentence in visits and _visited(doc, m, countries, quoted))
            for m in story
        )
        if not participant and (
            (code in speaking and bool(story))
            or any(m.first_token not in quoted and _stated_by(doc, m, countries) for m in story)
            or not talks  # in a story of talks the coalition is what they are about
            and any(
                m.sentence < side
                and m.sentence not in contact
                and m.first_token not in quoted
                and _leads_a_coalition(doc, m, countries)
                for m in entity.mentions
            )
        ):
            participant = True
            background.add(code)
        if sports:
            # players and teams are not state participants
            participant = code in from_events or code in acting
        # Assignment is validated (the schema's validate_assignment), where model_copy
        # would not check the role; the entity's fact takes its final role.
        fact.role = "participant" if participant else ("venue" if venue_only else "mentioned")
        facts.append((0 if participant else 1, entity.mentions[0].start, fact))
    if not sports:
        _pair_partners(doc, countries, facts, talks_or_contact, quoted)
    if not sports and not acting and all(
        fact.role != "participant" or fact.iso3 in background for _, _, fact in facts
    ):
        subject = _story_subject(countries, compiled)
        if subject is not None:
            subject.role = "participant"
            facts = [(0 if fact is subject else rank, start, fact) for rank, start, fact in facts]
    names = country_names()
    for code, mention in acting.items():
        if code in named or code not in names:
            continue
        name_en, name_ar = names[code]
        fact = Country(
            iso3=code, name_en=name_en, name_ar=name_ar, role="participant",
            evidence=[doc.evidence(mention.start, mention.end)],
        )
        facts.append((0, mention.start, fact))
    facts.sort(key=lambda item: (item[0], item[1]))
    return [fact for _, _, fact in facts]


def _officials(people: list[Entity]) -> list[Entity]:
    """The people whose office is a state's at the political level of foreign relations:
    heads of state and government, foreign ministers, envoys (people.is_political_office),
    where a president is the state's ("رئيس الوزراء", "رئيسة كرواتيا", "الرئيس المصري"),
    not a club's, a league's or FIFA's ("رئيس النجم الساحلي", "رئيس الفيفا")."""
    from analysis.extract.people import is_political_office  # people imports this module

    out = []
    for entity in people:
        title = getattr(entity.fact, "title_ar", None)
        if not is_political_office(title):
            continue
        words = normalize_term(title or "").split()
        if words[0] in _PRESIDENT and not (
            words[1:2] and (words[1] in _PRESIDED or words[1] in _state_first_words())
        ):
            continue  # "رئيس الفيفا", "رئيسه", "رئيس النجم الساحلي"
        out.append(entity)
    return out


_PRESIDENT = normalize_terms(("رئيس", "رئيسة", "رئيسه"))
# what a president of a state presides over: "رئيس الوزراء", "رئيسة وزراء كرواتيا"
_PRESIDED = normalize_terms(
    ("الوزراء", "وزراء", "الحكومة", "حكومة", "الجمهورية", "جمهورية", "الدولة", "دولة", "البلاد")
)


@cache
def _state_first_words() -> frozenset[str]:
    """The first words of states' names and aliases ("كرواتيا", "كوريا", "الولايات")."""
    data = _data()
    arabic = Locale("ar").territories
    names = {arabic[iso2] for iso2 in _alpha3() if iso2 in arabic}
    names |= {a for k, aliases in data["aliases"].items() if k[0] != "_" for a in aliases}
    return frozenset(normalize_term(n).split()[0] for n in names if n.strip())


def _story_subject(countries: list[Entity], side: int) -> Country | None:
    """The state a story with no side is about: the one named most often before a
    compilation page's side items (``side``, :func:`_compilation_start`), at least twice (the
    first named on a tie), if it is not only a venue. A story of one state's own affairs
    (its election, its economy) has that state as its only side."""
    best: Country | None = None
    most = _SUBJECT_MENTIONS - 1
    for entity in countries:
        fact = entity.fact
        assert isinstance(fact, Country)
        named = sum(m.sentence < side for m in entity.mentions)
        if fact.role != "venue" and named > most:
            best, most = fact, named
    return best


_SUBJECT_MENTIONS = 2
_STATE_BODIES = frozenset({"ministry", "agency", "government", "parliament"})


def _acting_sides(
    doc: Document,
    people: list[Entity],
    organizations: list[Entity],
    events: list[Event],
    lead: set[int],
) -> dict[str, Mention]:
    """States whose officials or state bodies act in the story, with the mention that
    shows it (the first mention of the person or body): a principal or attendee, a
    speaker, a person taking part in a reported meeting, visit or call (not one named,
    outside the lead, only as a side of a summit still to come: :func:`_in_planned_meeting`),
    and a state body that speaks, takes part or is named in the lead."""
    acting: set[str] = set()
    met: dict[str, set[int]] = {}  # who meets, visits or calls: the sentences that say so
    for event in events:
        if event.type in ("statement", "meeting", "visit", "call"):
            acting.update(event.participants)
        if event.type != "statement":
            said = {s.index for ev in event.evidence if (s := doc.sentence_at(ev.start))}
            for ref in event.participants:
                met.setdefault(ref, set()).update(said)
    speaking = {ref for event in events if event.type == "statement" for ref in event.participants}
    side = side_items_start(doc)
    out: dict[str, Mention] = {}
    for entity in people:
        fact = entity.fact
        if not isinstance(fact, Person) or not fact.country or not entity.mentions:
            continue
        if all(m.sentence >= side for m in entity.mentions):
            continue  # a person of a compilation page's side item is no side of its story
        if entity.key in acting and entity.key not in speaking and all(
            m.sentence not in lead and _in_planned_meeting(doc.tokens, m.first_token)
            for m in entity.mentions
            if m.sentence in met.get(entity.key, ())
        ):
            continue  # named only as a side of a meeting still to come
        if _private_person(fact):
            continue  # "الفنانة اللبنانية هيفاء وهبي": a citizen, no official of the state
        if fact.role in ("principal", "attendee") or entity.key in acting:
            out.setdefault(fact.country, entity.mentions[0])
    for entity in organizations:
        fact = entity.fact
        if not isinstance(fact, Organization) or not fact.country or not entity.mentions:
            continue
        if not _is_state_body(doc, entity):
            continue
        if all(m.sentence >= side for m in entity.mentions):
            continue  # a body of a compilation page's side item is no side of its story
        if entity.key in acting or any(
            m.sentence in lead and not _is_venue(doc, m) for m in entity.mentions
        ):
            out.setdefault(fact.country, entity.mentions[0])
    return out


def _private_person(person: Person) -> bool:
    """Whether the person's title names a private occupation or status, not an office:
    a citizen, artist, writer, expert, activist or student ("المواطنة اللبنانية منى
    المذبوح", "الخبير المصرفي المصري", "الفنانة اللبنانية هيفاء وهبي"). The annotators list
    the state whose officials or entities act; a private citizen is neither."""
    words = normalize_term(person.title_ar or "").split()
    return bool(words) and words[0] in _PRIVATE_TITLES


_PRIVATE_TITLES = normalize_terms(
    (
        *("المواطن", "المواطنة", "مواطن", "مواطنة", "الفنان", "الفنانة", "فنان", "فنانة"),
        *("الخبير", "الخبيرة", "خبير", "خبيرة", "المحلل", "محلل", "الكاتب", "الكاتبة"),
        *("الصحفي", "الصحفية", "الصحافي", "الصحافية", "الشاعر", "الشاعرة", "الروائي"),
        *("الناشط", "الناشطة", "ناشط", "ناشطة", "الطالب", "الطالبة", "الباحث", "الباحثة"),
        *("المطرب", "المطربة", "المغني", "المغنية", "اللاجئ", "اللاجئة", "السائح"),
        *("السائحة", "المدون", "المدونة", "الأكاديمي", "الداعية", "الطبيب", "الطبيبة"),
    )
)


_SIDE_FROM = 3  # paragraphs of the main story before a side item may start


def side_items_start(doc: Document) -> int:
    """The first sentence of a compilation page's side items, or past the last sentence.

    Some pages (CNN Arabic's in the ANT corpus) run several short items one after another.
    The story goes on in paragraphs that open with a conjunction or a connector ("وقال",
    "من جهته"); from the fourth paragraph on, one that opens with a bare reporting verb
    ("أوضح رئيس الوزراء الأسترالي …") starts a new item.
    """
    items = _side_items(doc)
    return items[0] if items else len(doc.sentences)


def _side_items(doc: Document) -> list[int]:
    """The first sentences of a compilation page's side items (:func:`side_items_start`)."""
    verbs = load_statement_cues().verbs
    tokens, title = doc.tokens, doc.title_span
    openers: dict[int, int] = {}  # paragraph -> its first sentence, headline left out
    for sentence in doc.sentences:
        if title is None or not title[0] <= sentence.start < title[1]:
            openers.setdefault(sentence.paragraph, sentence.index)
    items = []
    for index in list(openers.values())[_SIDE_FROM:]:
        span = doc.sentence_tokens(index)
        word = tokens[span.start].norm if len(span) else ""
        if word in verbs:
            items.append(index)
    return items


def _compilation_start(doc: Document) -> int:
    """The first sentence of the side items of a page that runs two of them back to back
    (in consecutive paragraphs), or past the last sentence: states named only there are no
    side of its story. A paragraph that opens with a bare verb between paragraphs that go
    on with the story ("قالت القنصلية …", then "وأكدت …") is a feature story's voice."""
    items = _side_items(doc)
    paragraphs = [doc.sentences[index].paragraph for index in items]
    if any(b - a == 1 for a, b in pairwise(paragraphs)):
        return items[0]
    return len(doc.sentences)


def _interaction_sentences(events: list[Event]) -> frozenset[int]:
    """Sentences where a reported meeting, visit or call is evidenced."""
    return frozenset(
        ev.sentence
        for event in events
        if event.type in ("meeting", "visit", "call")
        for ev in event.evidence
    )


def _visit_sentences(events: list[Event]) -> frozenset[int]:
    """Sentences where a reported visit is evidenced."""
    return frozenset(
        ev.sentence for event in events if event.type == "visit" for ev in event.evidence
    )


def _visited(doc: Document, mention: Mention, countries: list[Entity], quoted: set[int]) -> bool:
    """Whether the state (or the list it heads) is where a reported visit goes, as the
    visit's predicate: the object of a past visit verb ("كما زارت مالاوي أمس الخميس"), the
    complement of "قام/بدأ بزيارة" ("بدأت رحلتها بزيارة غانا") or the goal after إلى of an
    arrival verb ("وكان الأمير وليام وصل الأحد إلى الأردن"). The annotators list the host
    of a visit made, as the legs of a tour already made. A visit named as the setting of
    what someone said ("وقال خلال زيارة إلى لندن") makes the state the place of the
    statement, which they leave out; a visit still to come is no visit made, and one in a
    time clause ("حين زار إسرائيل عام 2013") is background."""
    if mention.kind == "nisba" and not _names_state(doc, mention):
        return False
    tokens = doc.tokens
    head = _list_head(doc, mention, countries)
    k = head.first_token
    if k == 0 or k in quoted or tokens[k - 1].sentence != head.sentence:
        return False
    if tokens[k].start < head.start or _gap_text(doc, k).strip(" #"):
        return False  # "لمصر": a visit's goal as an adjunct ("خلال زيارته لمصر")
    if irrealis_before(tokens, k) or _in_planned_meeting(tokens, k):
        return False
    before = {tokens[k - 1].norm, without_conjunction(tokens[k - 1].norm)}  # وصل, not و + صل
    if before & _VISIT_VERBS:
        # "حين زار إسرائيل عام 2013", "عندما زارت لندن": a time clause's visit is background
        return k < 2 or without_conjunction(tokens[k - 2].norm) not in _WHEN
    if not before & _TOWARDS:
        return False
    # "وصل الرئيس إلى", "وصلت اليوم الأحد إلى": the arrival verb a few words back
    for j in range(k - 2, max(-1, k - 2 - _VISIT_REACH), -1):
        if tokens[j].sentence != head.sentence or _gap_text(doc, j + 1).strip(" #"):
            return False
        if {tokens[j].norm, without_conjunction(tokens[j].norm)} & _ARRIVALS:
            return True
    return False


_VISIT_VERBS = normalize_terms(
    ("زار", "زارت", "زاروا", "زارا", "زارتا", "بزيارة", "بزيارته", "بزيارتها")
)
_WHEN = normalize_terms(("حين", "حينما", "عندما", "لما"))
_ARRIVALS = normalize_terms(("وصل", "وصلت", "وصلوا", "وصلا"))
_VISIT_REACH = 3  # "وصل رئيس الوزراء الإثيوبي إلى"


def _quoted(doc: Document) -> set[int]:
    from analysis.extract.statements import _quoted_tokens

    return _quoted_tokens(doc)


def _is_state_body(doc: Document, entity: Entity) -> bool:
    """A ministry, agency, government or parliament, or a national federation or committee
    (الاتحاد السعودي لكرة القدم); not a company, club or party."""
    fact = entity.fact
    assert isinstance(fact, Organization)
    if fact.kind in _STATE_BODIES:
        return True
    head = doc.tokens[entity.mentions[0].first_token].norm
    federations = _role_words().federations
    return fact.kind == "other" and any(s in federations for _, s in clitic_variants(head))


def _is_venue(doc: Document, mention: Mention) -> bool:
    if mention.kind == "nisba":
        return False
    token = doc.tokens[mention.first_token]
    if token.norm.startswith("ب") and token.start < mention.start:
        return True
    tokens = doc.tokens
    k = mention.first_token
    previous = tokens[k - 1] if k > 0 else None
    if previous is None or previous.sentence != mention.sentence:
        return False
    if without_conjunction(previous.norm) in _VENUE_WORDS:  # "وفي اليمن" as "في اليمن"
        return not _names_a_body_of(tokens, k - 1)
    if (
        previous.norm == _FROM
        and k > 2
        and tokens[k - 3].sentence == mention.sentence
        and tokens[k - 2].norm == _EACH
        and tokens[k - 3].norm in _VENUE_WORDS
    ):
        return True  # "في كل من سوريا واليمن": in each of the places listed
    # "في ابوظبي (دولة الإمارات العربية المتحدة)": the state of a venue city, in brackets
    return (
        "(" in doc.text[previous.end : token.start]
        and k > 1
        and tokens[k - 2].sentence == mention.sentence
        and tokens[k - 2].norm in _VENUE_WORDS
    )


def _names_a_body_of(tokens: Sequence[Token], venue_word: int) -> bool:
    """Whether the words before "في" name a state body, which "في X" makes the state's
    own ("قالت وزارة الأمن في الأرجنتين", "قال مكتب الرئاسة في كوريا الجنوبية", "السلطات في
    إسبانيا"): the state is no venue there. An embassy, an ambassador or an office "في X"
    ("مكتب البنك الدولي في لبنان") may be another state's or body's, and X is its venue."""
    sentence = tokens[venue_word].sentence
    for j in range(venue_word - 1, max(-1, venue_word - 1 - _BODY_BACK), -1):
        if tokens[j].sentence != sentence:
            return False
        if any(stem in _BODIES for _, stem in clitic_variants(tokens[j].norm)):
            return True
    return False


def _officials_in(doc: Document, mention: Mention) -> bool:
    """Whether "في X" follows officials or a state body (:func:`_names_a_body_of`):
    "مسؤولين في كوريا الشمالية", "نظرائهم في السويد", "السلطات في إسبانيا" name the
    state's own officials, as "مسؤولين كوريين شماليين" does."""
    tokens = doc.tokens
    k = mention.first_token
    if k < 2 or tokens[k].start < mention.start or _gap_text(doc, k).strip(" #"):
        return False
    venue = k - 1
    if tokens[venue].sentence != mention.sentence:
        return False
    if without_conjunction(tokens[venue].norm) not in _IN:
        return False
    official = tokens[venue - 1]
    return official.sentence == mention.sentence and (
        any(stem in _OFFICIALS for _, stem in clitic_variants(official.norm))
        or _names_a_body_of(tokens, venue)
    )


_OFFICIALS = normalize_terms(
    (
        *("مسؤولين", "المسؤولين", "مسؤولون", "المسؤولون", "مسؤولي", "وآخرين", "آخرين"),
        *("نظرائهم", "نظيره", "نظرائه", "نظيرتها", "الأشقاء", "أشقائنا", "القادة", "قادة"),
    )
)


_BODY_BACK = 3  # "النيابة العامة الاتحادية في بلجيكا"
_BODIES = normalize_terms(
    (
        *("وزارة", "الوزارة", "السلطات", "سلطات", "الشرطة", "شرطة", "النيابة", "الرئاسة"),
        *("رئاسة", "الحكومة", "حكومة"),
    )
)


def _participates(
    doc: Document,
    mention: Mention,
    lead: set[int],
    countries: list[Entity],
    talks: frozenset[int],
    quoted: set[int],
    signing: frozenset[int],
) -> bool:
    tokens = doc.tokens
    if irrealis_before(tokens, mention.first_token):
        return False  # "على استعداد لإجراء محادثات مع واشنطن": a side only in prospect
    words = _role_words()
    previous = tokens[mention.first_token - 1] if mention.first_token > 0 else None
    if previous is not None and previous.sentence != mention.sentence:
        previous = None
    # "تعمل مع تركيا والسعودية": a nisba form listed after a state names the state.
    listed = (
        mention.kind == "nisba"
        and _names_state(doc, mention)
        and _list_head(doc, mention, countries) is not mention
    )
    if mention.kind == "nisba" and not listed:
        if previous is not None and without_conjunction(previous.norm) in _CURRENCIES:
            return False  # "17.97 مليون دولار أميركي", "مليار جنيه مصري": money, no side
        head = _actor_head(doc, mention)
        actor = head is not None
        if (
            actor
            and mention.first_token not in quoted
            and _official_act(doc, mention, head, countries)
        ):
            return True  # "واعتقلت السلطات المصرية …"
        if previous is not None and without_conjunction(previous.norm) in words.counterparts:
            # "اتفق مع نظيره الصيني", not "موقفه تجاه نظيره الروسي"
            before = doc.tokens[mention.first_token - 2] if mention.first_token > 1 else None
            if before is None or without_conjunction(before.norm) not in words.topic_prepositions:
                return True
        in_talks = mention.sentence in talks and not _in_planned_meeting(
            tokens, mention.first_token
        )
        if actor and (mention.sentence in lead or in_talks or _after_delegation(doc, mention)):
            return True  # "الرئيس المصري" in the lead, where a meeting or call is reported …
        # A party to a signing, even a company ("وقعت الشركة السعودية ... اتفاقية"); a
        # state's name written like a nisba, listed as a subject ("هي السعودية ومصر").
        return mention.sentence in signing or (
            _names_state(doc, mention)
            and mention.first_token not in quoted
            and (
                _subject_of_acting_verb(doc, mention, countries)
                or _subject_before_acting_verb(doc, mention, countries)
            )
        )
    construct = _list_head(doc, mention, countries)
    if (
        construct.sentence in talks
        and construct.first_token not in quoted
        and _officials_in(doc, construct)
        and not _in_planned_meeting(tokens, construct.first_token)
    ):
        return True  # "مشاورات بين مسؤولين في كوريا الشمالية وآخرين في السويد"
    if (
        _names_state(doc, construct)
        and construct.sentence in talks
        and construct.first_token not in quoted
        and _envoy_of(doc, construct)
        and not _in_planned_meeting(tokens, construct.first_token)
    ):
        return True  # "استقبل الوزير سفير اليابان" as "استقبل الوزير السفير الياباني"
    if mention.sentence in lead:
        # A list item takes the place of the list's first state: "النزاعات في اليمن وسوريا
        # والعراق" names places, as "في اليمن" does.
        head = _list_head(doc, mention, countries)
        before = tokens[head.first_token - 1] if head.first_token > 0 else None
        if before is not None and before.sentence != head.sentence:
            before = None
        if (
            not _is_venue(doc, head)
            and not _after_words(doc, head, *_NUCLEAR_DEAL)
            and not _named_later_in_headline(doc, head)
            and not _after_compound_topic(doc, head)
            and not _backed_by(doc, head)
            and not _origin_of_motion(doc, head)
            and not _conflict_with(doc, head)
            and not (
                # "أزمة دبلوماسية بين لندن وموسكو": the lead names a conflict's sides
                before is not None
                and without_conjunction(before.norm) == _BETWEEN
                and _conflict_before(doc, head.first_token - 1)
            )
            and (
                before is None
                or not (
                    without_conjunction(before.norm) in words.topic_prepositions
                    or any(stem in words.topic_nouns for _, stem in clitic_variants(before.norm))
                    or any(stem in _PLACE_NOUNS for _, stem in clitic_variants(before.norm))
                    or any(stem in _EVENT_NOUNS for _, stem in clitic_variants(before.norm))
                    # "ريال إيران", without clitics: "بين" is no "ين"
                    or without_conjunction(before.norm) in _CURRENCIES
                )
            )
        ):
            # the lead names the state, not as the object (عقوبات على روسيا), as the
            # topic's complement (أزمة قطر) or as a place's (مطار بكين)
            return True
    if mention.first_token not in quoted and (
        _subject_of_acting_verb(doc, mention, countries)
        or _subject_before_acting_verb(doc, mention, countries)
    ):
        return True  # "قدمت بريطانيا وألمانيا وكندا تعهدا", "أن تركيا شاركت في العملية"
    head = _list_head(doc, mention, countries)
    if head.kind == "nisba" and head is not mention and _participates(
        doc, head, lead, countries, talks, quoted, signing
    ):
        # the states joined to a side's name written like a nisba share its place:
        # "عقد وزراء خارجية السعودية ومصر والإمارات والبحرين اجتماعا تشاوريا"
        return True
    if mention.sentence in signing and _after_words(
        doc, _list_head(doc, mention, countries), *_BY
    ):
        return True  # "سيتم توقيع خطاب نوايا من جانب ألمانيا وبلجيكا …"
    if previous is not None and mention.first_token not in quoted:
        if without_conjunction(previous.norm) == _BETWEEN:
            return _sides_between(doc, mention.first_token - 1)
        # "بين X وY": Y follows another country that follows بين.
        if tokens[mention.first_token].norm.startswith("و"):
            for other in countries:
                for m in other.mentions:
                    if m.last_token == mention.first_token - 1 and m.first_token > 0:
                        before = tokens[m.first_token - 1]
                        if (
                            before.sentence == m.sentence
                            and without_conjunction(before.norm) == _BETWEEN
                        ):
                            return _sides_between(doc, m.first_token - 1)
    return False


def _named_later_in_headline(doc: Document, mention: Mention) -> bool:
    """Whether the headline names the state after its opening words: as an object or a
    topic ("تدريب سري لترامب قبل لقائه بزعيم كوريا الشمالية", "قرقاش لقطر: كفوا عن
    الأذى", "ترامب يضفي المزيد من الإثارة بخصوص ضربة سوريا"), which the body's lead names
    as a side if it is one. The headline's subject opens it ("فنزويلا.. الانتخابات تنطلق",
    "السعودية ومصر توقعان"), the clause after its colon ("الزرقوني: قطر هي التي مولت") or
    a verb ("واشنطن تطلب تصويتا وموسكو تعارض"); a state after إلى is where a visit goes
    ("يصل إلى إريتريا"), its host."""
    title = doc.title_span
    if title is None or not title[0] <= mention.start < title[1]:
        return False
    tokens, k = doc.tokens, mention.first_token
    if k == 0 or tokens[k - 1].end <= title[0]:
        return False
    if without_conjunction(tokens[k - 1].norm) in _TOWARDS:
        return False  # "رئيس وزراء إثيوبيا يصل إلى إريتريا": the host of a visit
    after = mention.last_token + 1
    if after < len(tokens) and tokens[after].start < title[1] and _is_imperfect(tokens[after].norm):
        return False  # "هجوم دوما.. واشنطن تطلب تصويتا وموسكو تعارض": a clause's subject
    gap = doc.text[tokens[k - 1].end : tokens[k].start]
    return not any(mark in gap for mark in _HEADLINE_BREAKS)


_HEADLINE_BREAKS = (":", "..", "…", "|")


def _after_compound_topic(doc: Document, mention: Mention) -> bool:
    """Whether the state follows a compound preposition of reference, "في إشارة إلى" (in
    allusion to) or "بالنسبة إلى" (as for): what the sentence refers to, its topic, as after
    بشأن ("التزامهما بضمان مصالح كل الأطراف، في إشارة لمصر", "ضمانات أمنية بالنسبة إلى
    إسرائيل"). "تجدر الإشارة إلى أن" (it is worth noting that) opens a clause instead."""
    tokens, k = doc.tokens, mention.first_token
    sentence = mention.sentence
    if tokens[k].start < mention.start and tokens[k].norm.startswith("ل"):
        noun = k - 1  # "في إشارة لمصر": the preposition is on the state's name
    elif k > 1 and tokens[k - 1].norm in _TOWARDS:
        noun = k - 2
        # "في إشارة واضحة إلى", "في إشارة على ما يبدو إلى": a few words apart
        while (
            noun > 0
            and k - 1 - noun < _ALLUSION_REACH
            and tokens[noun].norm not in _ALLUSION
            and tokens[noun].norm not in _AS_FOR
        ):
            noun -= 1
    else:
        return False
    if noun < 1 or tokens[noun].sentence != sentence:
        return False
    norm = tokens[noun].norm
    return norm in _AS_FOR or (norm in _ALLUSION and tokens[noun - 1].norm in _IN)


def _backed_by(doc: Document, mention: Mention) -> bool:
    """Whether the state follows a participle of backing or allegiance and its preposition
    ("ميليشيا الحوثي المدعومة من إيران", "منظمة بدر المقربة من إيران", "فصائل موالية
    لتركيا"): the participle describes another actor, whose patron the state is, not a side
    of the story."""
    tokens, k = doc.tokens, mention.first_token
    if tokens[k].start < mention.start and tokens[k].norm.startswith("ل"):
        participle = k - 1  # "الموالية لإيران": the preposition is on the state's name
    elif k > 1 and tokens[k - 1].norm in _BACKED_PREPOSITIONS:
        participle = k - 2
    else:
        return False
    return (
        participle >= 0
        and tokens[participle].sentence == mention.sentence
        and without_conjunction(tokens[participle].norm) in _BACKING
    )


def _origin_of_motion(doc: Document, mention: Mention) -> bool:
    """Whether the state follows من as the place a movement starts from, a few words after a
    verb or noun of launching, withdrawal, flight or migration ("صاروخا أطلق من اليمن",
    "متشددون انسحبوا من سوريا والعراق", "بأن أمريكا ستخرج من سوريا", "الهجرة من تونس"): a
    place, not a side. A return ("عاد من الولايات المتحدة") is left out: its origin is
    often the host of a visit just made."""
    tokens, k = doc.tokens, mention.first_token
    if k < 2 or tokens[k - 1].norm != _FROM:
        return False
    for j in range(k - 2, max(-1, k - 2 - _MOTION_REACH), -1):
        if tokens[j].sentence != mention.sentence or _gap_text(doc, j + 1).strip():
            return False
        if any(stem in _MOTION for _, stem in clitic_variants(tokens[j].norm)):
            return True
    return False


_MOTION_REACH = 3  # "سحب الولايات المتحدة لقواتها من سوريا"
_MOTION = normalize_terms(
    (
        *("أطلق", "أطلقت", "أطلقه", "أطلقها", "أطلقوا", "إطلاق", "يطلق", "تطلق", "اطلق"),
        *("انسحب", "انسحبت", "انسحبوا", "انسحاب", "سحب", "سحبت", "سحبه", "تنسحب", "ينسحب"),
        *("خروج", "خرج", "خرجت", "خرجوا", "تخرج", "يخرج", "ستخرج", "سيخرج"),
        *("فر", "فرت", "فروا", "فرار", "هرب", "هربت", "هربوا", "هروب", "الفارين", "فارين"),
        *("نزوح", "نزحوا", "النازحين", "هجرة", "الهجرة", "هاجروا", "المهاجرين", "مهاجرين"),
        *("قادما", "قادمة", "قادمين", "القادمين", "القادمة", "القادم"),
    )
)


_BACKED_PREPOSITIONS = normalize_terms(("من", "لدى"))
_BACKING = normalize_terms(
    (
        *("المدعومة", "المدعوم", "المدعومين", "المدعومون", "مدعومة", "مدعوم", "مدعومين"),
        *("المقربة", "المقرب", "المقربين", "المقربون", "مقربة", "مقرب", "مقربين"),
        *("القريبة", "القريب", "قريبة", "قريب"),
        *("الموالية", "الموالي", "الموالين", "الموالون", "موالية", "موالين", "موالون"),
        *("التابعة", "التابع", "التابعين", "تابعة", "تابع", "الممولة", "ممولة"),
    )
)


_ALLUSION = normalize_terms(("إشارة", "اشارة"))
_AS_FOR = normalize_terms(("بالنسبة",))
_IN = normalize_terms(("في",))
_ALLUSION_REACH = 4  # "في إشارة على ما يبدو إلى"


def _is_imperfect(word: str) -> bool:
    """Whether a normalized word is a verb in the imperfect (تعارض، يلتقي): ي or ت and a
    stem the corpus writes with both."""
    return len(word) > 3 and word[0] in "يت" and word[1:] in imperfect_stems()
_TOWARDS = normalize_terms(("إلى", "الى"))


def _in_planned_meeting(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` names a side of a meeting still to come: a few words after a
    summit, meeting or talks called planned or awaited ("تأتي زيارة لافروف قبيل قمة مقررة
    بين الرئيس الأميركي، دونالد ترمب، والزعيم الكوري الشمالي", "قبل لقاء مرتقب بين", "قبل
    قمته المرتقبة مع"). Outside the lead such a summit is the story's background."""
    sentence = tokens[k].sentence
    words = _role_words()
    for j in range(k - 1, max(0, k - 1 - _PLANNED_REACH), -1):
        if tokens[j].sentence != sentence or tokens[j].norm in _CLAUSE_OPENERS:
            return False  # "خلال قمة مقررة نهاية يونيو، الأمر الذي رفضته ميركل": a new clause
        if without_conjunction(tokens[j].norm) not in words.planned:
            continue
        for i in (j - 1, j - 2):
            if i >= 0 and tokens[i].sentence == sentence and any(
                stem in words.meetings for _, stem in clitic_variants(tokens[i].norm)
            ):
                return True
    return False


_PLANNED_REACH = 8  # "قمة مقررة بين الرئيس الأميركي، دونالد ترمب"
_CLAUSE_OPENERS = normalize_terms(("الذي", "التي", "الذين", "حيث", "بينما"))


def _sides_between(doc: Document, between: int) -> bool:
    """Whether the states after "بين" at token ``between`` are sides of the story: not
    when "بين" follows a conflict (:func:`_conflict_before`) or the nuclear deal ("الاتفاق
    النووي بين إيران ودول مجموعة 5+1": the deal's parties are its topic)."""
    tokens = doc.tokens
    nuclear = (
        between > 0
        and tokens[between - 1].sentence == tokens[between].sentence
        and tokens[between - 1].norm in _NUCLEAR_DEAL[0]
    )
    return not nuclear and not _conflict_before(doc, between)


def _after_words(
    doc: Document, mention: Mention, first: frozenset[str], second: frozenset[str]
) -> bool:
    """Whether the two words right before the mention, in its sentence, are one of
    ``first`` and then one of ``second``."""
    k, tokens = mention.first_token, doc.tokens
    return (
        k > 1
        and tokens[k - 2].sentence == mention.sentence
        and tokens[k - 2].norm in first
        and tokens[k - 1].norm in second
    )


_CURRENCIES = normalize_terms(
    (
        *("دولار", "الدولار", "دولارا", "دولارات", "جنيه", "الجنيه", "جنيها", "ريال", "الريال"),
        *("ريالا", "دينار", "الدينار", "دينارا", "درهم", "الدرهم", "درهما", "ليرة", "الليرة"),
        *("روبل", "الروبل", "يوان", "اليوان", "ين", "الين", "روبية", "الروبية", "فرنك"),
    )
)


# "من جانب"/"من قبل": by whom a document is signed.
_BY = (frozenset({normalize_term("من")}), normalize_terms(("جانب", "قبل")))
# "الاتفاق النووي مع إيران": the deal's party is the story's topic, no side of the story.
_NUCLEAR_DEAL = (normalize_terms(("النووي",)), normalize_terms(("مع", "بين")))


def _list_head(doc: Document, mention: Mention, countries: list[Entity]) -> Mention:
    """The first state of the list that ``mention`` ends: stepping back over the states
    joined to it by و with nothing but a space between ("اليمن وسوريا والعراق"), or by
    commas ("#فلسطين ، #مصر ، #السعودية"), or by "وحليفتها" ("ونفت سوريا وحليفتها روسيا"). A
    state's name written like a nisba (السعودية) is a list item too."""
    tokens = doc.tokens
    head = mention
    while head.first_token > 0:
        k = head.first_token
        gap = _gap_text(doc, k).replace("#", "").strip()
        joiner = tokens[k - 1].norm == "و" or tokens[k - 1].norm in _ALLY_JOINERS
        joined = (tokens[k].norm[:1] == "و" or joiner) and not gap
        if tokens[k - 1].sentence != tokens[k].sentence or not (joined or gap in ("،", ",")):
            break
        ends = _mention_ends(doc, countries)
        previous = ends.get(k - 1)
        if previous is None and joiner and k > 1 and not _gap_text(doc, k - 1).strip(" #"):
            previous = ends.get(k - 2)  # "#المغرب و #الأردن": و written apart
        if previous is None or not _names_state(doc, previous):
            break
        head = previous
    return head


def _pair_partners(
    doc: Document,
    countries: list[Entity],
    facts: list[tuple[int, int, Country]],
    talks: frozenset[int],
    quoted: set[int],
) -> None:
    """Make a side of the state whose nisba stands next to a side's nisba in a sentence of
    talks, the two qualifying one noun ("التقى ماكرون ترامب على شرف الصداقة الفرنسية
    الأمريكية" with France a side): a relation of two states names the side's partner.
    A border of two states ("الحدود التركية السورية") is a place. A pair of which no state
    takes part is a topic ("لإعادة إطلاق المفاوضات الفلسطينية الإسرائيلية"), and "لقصف
    سوري وروسي" (with و, indefinite) a list of agents.
    ``facts`` (rank, start, fact; one per entity, in the order of ``countries``) is updated
    in place."""
    sides = {fact.iso3 for rank, _, fact in facts if rank == 0}
    if not sides:
        return
    ends = _mention_ends(doc, countries)
    owner = {m: entity.fact.iso3 for entity in countries for m in entity.mentions}
    tokens = doc.tokens
    for index, (entity, (rank, start, fact)) in enumerate(zip(countries, facts, strict=True)):
        if rank == 0:
            continue
        for m in entity.mentions:
            if (
                m.kind != "nisba"
                or m.sentence not in talks
                or m.first_token in quoted
                or m.first_token != m.last_token
                or not tokens[m.first_token].norm.startswith("ال")
            ):
                continue
            other = ends.get(m.first_token - 1)
            first = m.first_token if other is None else other.first_token
            if first > 0 and any(
                stem in _BORDER_NOUNS for _, stem in clitic_variants(tokens[first - 1].norm)
            ):
                continue  # "الحدود التركية السورية": a place between two states
            if other is None:
                # the pair's first nisba: its partner follows
                nxt = [o for o in ends.values() if o.first_token == m.last_token + 1]
                other = nxt[0] if nxt else None
            if (
                other is not None
                and other.kind == "nisba"
                and other.first_token == other.last_token
                and owner.get(other) in sides
                and tokens[other.first_token].norm.startswith("ال")
                and not _gap_text(doc, max(m.first_token, other.first_token)).strip()
            ):
                fact.role = "participant"
                facts[index] = (0, start, fact)
                break


_BORDER_NOUNS = normalize_terms(("حدود", "الحدود"))


# "وحليفتها روسيا": the ally named after a state shares its place in the sentence.
_ALLY_JOINERS = normalize_terms(("وحليفتها", "وحليفها", "وحليفتاها", "وحليفاها"))


def _mention_ends(doc: Document, countries: list[Entity]) -> dict[int, Mention]:
    """The state mentions by last token (kept for the last document: every mention of an
    article asks for the same map)."""
    if _LAST_ENDS and _LAST_ENDS[0][0] is doc and _LAST_ENDS[0][1] is countries:
        return _LAST_ENDS[0][2]
    ends = {m.last_token: m for e in countries for m in e.mentions}
    _LAST_ENDS[:] = [(doc, countries, ends)]
    return ends


_LAST_ENDS: list[tuple[Document, list[Entity], dict[int, Mention]]] = []


def _names_state(doc: Document, mention: Mention) -> bool:
    """A mention that names the state, not an adjective: السعودية after هي or in a list
    reads as the state's name."""
    return mention.kind != "nisba" or (
        mention.first_token == mention.last_token
        and without_conjunction(doc.tokens[mention.first_token].norm) in country_name_forms()
    )


def _subject_of_acting_verb(doc: Document, mention: Mention, countries: list[Entity]) -> bool:
    """Whether the state is the subject of a verb of giving, hosting, taking part, stating or
    agreeing ("قدمت بريطانيا …"), or joined by و to such a subject ("… وألمانيا وكندا")."""
    tokens = doc.tokens
    k = _list_head(doc, mention, countries).first_token
    if k == 0 or tokens[k - 1].sentence != tokens[k].sentence or _gap_text(doc, k).strip(" #"):
        return False
    if (
        k > 2
        and tokens[k - 1].norm == _FROM
        and tokens[k - 2].norm == _EACH
        and tokens[k - 3].sentence == tokens[k].sentence
        and not _gap_text(doc, k - 1).strip()
    ):
        k -= 2  # "تعهدت كل من السعودية والإمارات والكويت": each of the states is the subject
    acting = _role_words().acting_verbs
    if without_conjunction(tokens[k - 1].norm) in acting:
        return True
    if (
        tokens[k - 1].norm in PRONOUN_PREPOSITIONS
        and k > 1
        and tokens[k - 2].sentence == tokens[k].sentence
        and without_conjunction(tokens[k - 2].norm) in acting
    ):
        return True  # "الضربة التي شاركت فيها فرنسا وبريطانيا"
    if _members_listed(tokens, k):
        return True  # "اللجنة الرباعية المكونة من السعودية والبحرين ومصر والإمارات"
    return tokens[k - 1].norm in _COPULAS and _acting_states_noun(tokens, k - 1, acting)


def _stated_by(doc: Document, mention: Mention, countries: list[Entity]) -> bool:
    """Whether the state (or the list it is in) is the subject of a statement verb that
    opens its clause ("وعبرت بريطانيا وفرنسا وألمانيا عن أسفها", "كما انتقدت كل من بلجيكا
    والدنمارك", "فقد ردت الولايات المتحدة والمملكة المتحدة وفرنسا"): every state of the
    list speaks, as the first does. A verb after its own subject ("وكانت دمشق قد اتهمت
    إسرائيل") has the state as its object, and a nisba names a person ("وأكدت
    البيلاروسية فيكتوريا أزارنكا")."""
    head = _list_head(doc, mention, countries)
    if not _names_state(doc, mention) or not _names_state(doc, head):
        return False
    tokens = doc.tokens
    k = head.first_token
    sentence = tokens[k].sentence
    if k == 0 or tokens[k - 1].sentence != sentence or _gap_text(doc, k).strip(" #"):
        return False
    if (
        k > 2
        and tokens[k - 1].norm == _FROM
        and tokens[k - 2].norm == _EACH
        and not _gap_text(doc, k - 1).strip()
    ):
        k -= 2  # "كما انتقدت كل من بلجيكا والدنمارك"
    verb = k - 1
    if verb < 0 or tokens[verb].sentence != sentence:
        return False
    word = tokens[verb].norm
    stating = _stating_verbs()
    if word[:1] in "وف" and word[1:] in stating:
        return True  # "وعبرت", "فردت": the conjunction opens the clause
    if word not in stating:
        return False
    return (
        verb == 0
        or tokens[verb - 1].sentence != sentence
        or tokens[verb - 1].norm in _CLAUSE_OPENING
    )


# Words that open a clause before its verb ("كما انتقدت", "فقد ردت").
_CLAUSE_OPENING = normalize_terms(("كما", "فيما", "بينما", "وقد", "فقد", "ثم", "وبدورها"))


@cache
def _stating_verbs() -> frozenset[str]:
    """The feminine perfect forms of the statement verbs ("عبرت", "انتقدت", "شددت"), but
    those of welcoming, praising, thanking or wishing ("ورحبت فرنسا بالخطوة"): a state
    that only comments so is no side (the acting verbs leave them out too)."""
    return frozenset(
        v
        for v in load_statement_cues().verbs
        if v.endswith("ت") and not _is_imperfect(v) and v not in _COMMENTING
    )


_COMMENTING = normalize_terms(("رحبت", "ثمنت", "أشادت", "هنأت", "شكرت", "تمنت", "أثنت"))


def _subject_before_acting_verb(
    doc: Document, mention: Mention, countries: list[Entity]
) -> bool:
    """Whether the state (or the list it is in) opens a clause after إن/أن as the subject
    of a verb of giving, hosting, taking part, stating or agreeing that follows it ("وقال
    مصدر إن تركيا شاركت أيضا في العملية", "ويذكر أن تركيا استضافت القمة"): the clause's
    subject-first order of "شاركت تركيا". A clause of the pluperfect ("وكانت واشنطن
    طلبت") or after a place ("وفي ألمانيا قالت الجهة") is not one."""
    tokens = doc.tokens
    head = _list_head(doc, mention, countries)
    k = head.first_token
    if k == 0 or tokens[k - 1].sentence != head.sentence or _gap_text(doc, k).strip(" #"):
        return False
    if without_conjunction(tokens[k - 1].norm) not in _COMPLEMENTIZERS:
        return False
    starts = _mention_starts(doc, countries)
    j = mention.last_token + 1
    while j in starts and tokens[j].norm.startswith("و"):
        j = starts[j].last_token + 1  # "أن السعودية والإمارات" …: to the list's end
    if j >= len(tokens) or tokens[j].sentence != mention.sentence or _gap_text(doc, j).strip():
        return False
    return tokens[j].norm in _role_words().acting_verbs


_COMPLEMENTIZERS = normalize_terms(("إن", "أن", "بأن", "لأن"))


def _mention_starts(doc: Document, countries: list[Entity]) -> dict[int, Mention]:
    """The state mentions by first token."""
    return {m.first_token: m for e in countries for m in e.mentions}


def _members_listed(tokens: Sequence[Token], k: int) -> bool:
    """Whether the list of states at token ``k`` names a body's members: after "المكونة/
    المؤلفة من", "تتألف/تتكون من" or "تضم", over a few words of who represents them
    ("وتتألف من وزراء خارجية كل من فلسطين، مصر …")."""
    sentence = tokens[k].sentence
    j = k - 1
    while j >= 0 and k - j <= _MEMBERS_REACH and tokens[j].sentence == sentence:
        forms = {tokens[j].norm, without_conjunction(tokens[j].norm)}  # وزراء is no و + زراء
        if forms & _MEMBERSHIP:
            return True
        if _FROM in forms and j > 0 and without_conjunction(tokens[j - 1].norm) in _CONSISTING:
            return True
        if not forms & _MEMBER_FILLERS and _FROM not in forms:
            return False
        j -= 1
    return False


def _leads_a_coalition(doc: Document, mention: Mention, countries: list[Entity]) -> bool:
    """Whether the state (or the list it ends) leads a coalition: after "بقيادة" or
    "تقوده" a few words after the coalition's name ("التحالف العربي بقيادة السعودية",
    "التحالف الدولي الذي تقوده الولايات المتحدة"). The annotators list the leader of the
    coalition whose strikes or support the story reports; "اتحادا تقوده فرنسا" names no
    coalition."""
    if mention.kind == "nisba" and not _names_state(doc, mention):
        return False
    tokens = doc.tokens
    k = _list_head(doc, mention, countries).first_token
    if k < 2 or _gap_text(doc, k).strip(" #"):
        return False
    if without_conjunction(tokens[k - 1].norm) not in _LEADING:
        return False
    sentence = tokens[k].sentence
    for j in range(k - 2, max(-1, k - 2 - _COALITION_REACH), -1):
        if tokens[j].sentence != sentence:
            return False
        if any(stem in _COALITIONS for _, stem in clitic_variants(tokens[j].norm)):
            # "وقتل نحو 10 آلاف شخص منذ تدخل التحالف بقيادة السعودية": the war's
            # background, no act of the story
            return not any(
                tokens[i].sentence == sentence and without_conjunction(tokens[i].norm) == _SINCE
                for i in range(max(0, j - _SINCE_REACH), j)
            )
    return False


_LEADING = normalize_terms(("بقيادة", "تقوده", "يقوده"))
_COALITIONS = normalize_terms(("تحالف", "التحالف", "تحالفا"))
_COALITION_REACH = 3  # "التحالف العسكري الذي تقوده"
_SINCE = normalize_term("منذ")
_SINCE_REACH = 12  # "منذ هزيمة داعش العام الماضي على يد قوات عراقية مدعومة من تحالف"
_MEMBERS_REACH = 5
_FROM = normalize_term("من")
_CONSISTING = normalize_terms(
    ("المكونة", "مكونة", "المكون", "المؤلفة", "مؤلفة", "تتألف", "يتألف", "تتكون", "يتكون")
)
# "تضم", "بمشاركة", "ومن بين الدول المشاركة": the states listed take part.
_MEMBERSHIP = normalize_terms(("تضم", "يضم", "بمشاركة", "المشاركة"))
_MEMBER_FILLERS = normalize_terms(
    ("كل", "وزراء", "خارجية", "قادة", "رؤساء", "زعماء", "ممثلي", "حكومات", "دول")
)


_COPULAS = normalize_terms(("هي", "وهي"))
_STATES_NOUNS = normalize_terms(("دول", "دولة", "الدول", "بلدان", "البلدان"))
_STATES_WINDOW = 6  # "تعهدت خمس دول في الاتحاد الأوروبي هي …"


def _acting_states_noun(tokens: Sequence[Token], copula: int, acting: frozenset[str]) -> bool:
    """Whether the list after ``copula`` names states that are the subject of an acting
    verb: "وتعهدت خمس دول في الاتحاد الأوروبي هي فرنسا وألمانيا وإسبانيا"."""
    sentence = tokens[copula].sentence
    for j in range(copula - 1, max(-1, copula - 1 - _STATES_WINDOW), -1):
        if tokens[j].sentence != sentence:
            return False
        if tokens[j].norm in _STATES_NOUNS:
            # the verb, before the noun or before its number ("خمس", "14")
            return any(
                k >= 0
                and tokens[k].sentence == sentence
                and without_conjunction(tokens[k].norm) in acting
                for k in (j - 1, j - 2)
            )
    return False


def _gap_text(doc: Document, k: int) -> str:
    """The text between token ``k - 1`` and token ``k``."""
    return doc.text[doc.tokens[k - 1].end : doc.tokens[k].start]


def _actor_head(doc: Document, mention: Mention) -> int | None:
    """The token of the official or body a nisba describes, when it describes a state's side:
    an official, delegation, government or ministry ("وزير الخارجية الروسي", "الوفد الكوري
    الشمالي", "مسؤولون أميركيون"), read back over the genitive complements and other nisbas
    of the phrase; ``None`` for a nisba on anything else."""
    tokens = doc.tokens
    heads = _role_words().actor_heads
    k = mention.first_token - 1
    for _ in range(_ACTOR_BACK):
        if k < 0 or tokens[k].sentence != mention.sentence:
            return None
        if doc.text[tokens[k].end : tokens[k + 1].start].strip():
            return None  # punctuation ends the phrase
        word = tokens[k].norm
        for form in (word, without_conjunction(word), word[1:] if word[:1] in "لب" else word):
            if form in heads:
                return k
        if word[:1] in "وف" or not word.startswith(("ال", "لل")):
            return None  # a conjunction or an indefinite word that is no actor ends it
        k -= 1
    return None


def _envoy_of(doc: Document, mention: Mention) -> bool:
    """Whether the state's name completes the title of its envoy, delegation or embassy
    as its genitive ("سفير اليابان", "وفد اليابان", "سفراء إسبانيا وسلوفينيا وبلجيكا",
    "ممثل بريطانيا لدى المنظمة"): the construct says what the nisba says in "السفير
    الياباني", and where talks are reported the state is their side as with the nisba."""
    tokens = doc.tokens
    k = mention.first_token
    if tokens[k].start < mention.start and not tokens[k].norm.startswith("و"):
        return False
    if k == 0 or tokens[k - 1].sentence != mention.sentence or _gap_text(doc, k).strip():
        return False
    return without_conjunction(tokens[k - 1].norm) in _ENVOYS or tokens[k - 1].norm in _ENVOYS


# Titles of a state's envoys, delegations and missions that its name completes.
_ENVOYS = normalize_terms(
    ("سفير", "سفيرة", "سفراء", "وفد", "وفدا", "سفارة", "قنصل", "مبعوث", "مبعوثة", "ممثل", "بعثة")
)


def _official_act(doc: Document, mention: Mention, head: int, countries: list[Entity]) -> bool:
    """Whether the official or body at ``head`` that the nisba describes is the subject of
    an act ("واعتقلت السلطات المصرية …", "… أن الحكومة السورية نفذت هجوما"), with no other
    state's nisba between them ("السلطات المصرية المواطنة اللبنانية" is Egypt's act)."""
    tokens = doc.tokens
    ends = _mention_ends(doc, countries)
    if any(k in ends for k in range(head, mention.first_token)):
        return False
    acts = _role_words().official_acts

    def act(k: int, a: int, b: int) -> bool:
        return (
            0 <= k < len(tokens)
            and tokens[k].sentence == mention.sentence
            and not doc.text[tokens[a].end : tokens[b].start].strip()
            and without_conjunction(tokens[k].norm) in acts
        )

    after = mention.last_token + 1
    return act(head - 1, head - 1, head) or act(after, mention.last_token, after)


_ACTOR_BACK = 4


def _conflict_before(doc: Document, between: int) -> bool:
    """"المواجهة بين إسرائيل وإيران": a conflict between states is not an interaction."""
    tokens = doc.tokens
    conflict = _role_words().conflict
    for k in range(between - 1, max(-1, between - 3), -1):
        if tokens[k].sentence != tokens[between].sentence:
            break
        # "بأزمة دبلوماسية بين لندن وموسكو": ب or ل before the conflict word
        if any(stem in conflict for _, stem in clitic_variants(tokens[k].norm)):
            return True
    return False


def _conflict_with(doc: Document, mention: Mention) -> bool:
    """Whether the state follows "مع" after a conflict ("حرب تجارية مع الولايات المتحدة",
    "النزاع التجاري مع الولايات المتحدة", "الحدود مع المكسيك"): the other side of a
    state's conflict is what the story is about, as in "النزاع بين X وY"
    (:func:`_conflict_before`), not a side of an interaction."""
    tokens = doc.tokens
    k = mention.first_token
    if k < 2 or tokens[k - 1].sentence != mention.sentence or _gap_text(doc, k).strip(" #"):
        return False
    if without_conjunction(tokens[k - 1].norm) not in _WITH:
        return False
    conflict = _role_words().conflict
    for j in range(k - 2, max(-1, k - 2 - _CONFLICT_REACH), -1):
        if tokens[j].sentence != mention.sentence or _gap_text(doc, j + 1).strip(" #_"):
            return False
        if any(stem in conflict for _, stem in clitic_variants(tokens[j].norm)):
            return True
    return False


_WITH = normalize_terms(("مع",))
# Places a capital or a state's name completes as a genitive ("بمطار بكين الدولي", "بضواحي
# باريس"): a place in the lead, not the government. Directions ("شمال سوريا") are left out:
# a story about a state's region is mostly about the state.
_PLACE_NOUNS = normalize_terms(
    (
        *("مطار", "ميناء", "جامعة", "شوارع", "فندق", "مستشفى", "ساحة", "بورصة", "ضواحي"),
        *("ساحل", "سواحل", "شواطئ", "مياه", "أجواء", "أراضي"),
    )
)
# Events a state's name completes as a genitive, their proper name ("مونديال روسيا",
# "لكأس تونس", "بطولة الصين المفتوحة", "جائزة البحرين الكبرى"): an event in the lead, held
# in or for the state, not its government acting.
_EVENT_NOUNS = normalize_terms(
    (
        *("كأس", "كاس", "بطولة", "مونديال", "دوري", "أولمبياد", "ماراثون", "طواف", "رالي"),
        *("سباق", "جائزة", "مهرجان"),
    )
)
_CONFLICT_REACH = 3  # "نزاع تجاري متفاقم مع"


def _after_delegation(doc: Document, mention: Mention) -> bool:
    """"الوفد الفاتيكاني": a state's delegation is a side wherever it is named."""
    k = mention.first_token - 1
    return k >= 0 and without_conjunction(doc.tokens[k].norm) in _role_words().delegations


def _signing_and_contact_sentences(
    doc: Document, countries: list[Entity]
) -> tuple[frozenset[int], frozenset[int]]:
    """Sentences with a signing word (وقع، توقيع، اتفاقية، مذكرة) and sentences with a past
    contact verb ("اتصل بوزير الخارجية الفرنسي"), among the sentences that name a state."""
    sentences = {m.sentence for e in countries for m in e.mentions}
    if not sentences:
        return frozenset(), frozenset()
    contact_forms, signing_forms = _contact_and_signing_forms()
    tokens = doc.tokens
    # The word-position index finds the few tokens concerned (measured: 22 → 4 µs per
    # ANT article against reading every token of those sentences).
    contact = {tokens[k].sentence for k in tokens.where(contact_forms)}
    signing = {
        tokens[k].sentence
        for k in tokens.where(signing_forms)
        # "توقيع عقوبات": imposing sanctions, not signing
        if k + 1 >= len(tokens) or without_conjunction(tokens[k + 1].norm) not in _PENALTIES
    }
    return frozenset(signing & sentences), frozenset(contact & sentences)


_PENALTIES = normalize_terms(("عقوبات", "العقوبات", "عقوبة", "العقوبة", "غرامة", "غرامات"))


@cache
def _contact_and_signing_forms() -> tuple[frozenset[str], frozenset[str]]:
    """Every token form that is a contact verb without its conjunction, and every other
    one that is a signing word without its conjunction, ب/ل allowed before it (بالتوقيع،
    لتوقيع). Bare وقع/وقعت are left out (they read قع/قعت): alone they mostly mean
    "happened" (الهجوم الذي وقع); ووقعت، فوقعت count."""
    verbs = _role_words().contact_verbs
    conjunctions, prepositions = ("", "و", "ف"), ("", "ب", "ل")
    contact = (c + v for c in conjunctions for v in verbs)
    signing = (c + p + w for c in conjunctions for p in prepositions for w in _SIGNING)
    return (
        shared_words(form for form in contact if without_conjunction(form) in verbs),
        shared_words(
            form for form in signing if _is_signing_form(without_conjunction(form), verbs)
        ),
    )


def _is_signing_form(word: str, verbs: frozenset[str]) -> bool:
    return word not in verbs and (
        word in _SIGNING or (word[:1] in "بل" and word[1:] in _SIGNING)
    )


@dataclass(frozen=True, slots=True)
class _RoleWords:
    actor_heads: frozenset[str]
    counterparts: frozenset[str]
    topic_prepositions: frozenset[str]
    topic_nouns: frozenset[str]
    conflict: frozenset[str]
    federations: frozenset[str]
    delegations: frozenset[str]
    contact_verbs: frozenset[str]
    acting_verbs: frozenset[str]
    official_acts: frozenset[str]
    planned: frozenset[str]
    meetings: frozenset[str]


@cache
def _role_words() -> _RoleWords:
    data = _data()["roles"]

    def words(key: str) -> frozenset[str]:
        return normalize_terms(data[key])

    return _RoleWords(
        actor_heads=words("actor_heads") | _person_heads(),
        counterparts=words("counterparts"),
        topic_prepositions=words("topic_prepositions"),
        topic_nouns=words("topic_nouns"),
        conflict=words("conflict_before_between"),
        federations=normalize_terms(("الاتحاد", "اتحاد", "اللجنة", "لجنة")),
        delegations=words("delegations"),
        contact_verbs=words("contact_verbs"),
        acting_verbs=words("acting_verbs"),
        official_acts=words("official_acts"),
        planned=words("planned_adjectives"),
        meetings=words("meetings"),
    )


def _person_heads() -> frozenset[str]:
    return load_statement_cues().person_heads


def _is_sports(doc: Document) -> bool:
    tokens = doc.tokens
    found = tokens.where(_sport_words())
    words = sum(not is_elect_adjective(tokens, k) for k in found)
    # a game's name is two words ("لكرة القدم", "كرة السلة"), which a word list misses
    games = sum(
        k + 1 < len(tokens) and tokens[k + 1].norm in _BALL_GAMES
        for k in tokens.where(_ball_words())
    )
    return words + games >= 4


@cache
def _ball_words() -> frozenset[str]:
    """"كرة" with its proclitics (الكرة، لكرة، بكرة، وكرة، للكرة)."""
    return shared_words(
        form for word in ("كرة", "الكرة") for form in attached_forms(normalize_term(word))
    )


_BALL_GAMES = normalize_terms(("القدم", "السلة", "الطائرة", "اليد"))


_ELECT = normalize_terms(("المنتخب", "المنتخبة"))


def is_elect_adjective(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is المنتخب (elected) qualifying a definite noun or adjective
    ("الرئيس الأميركي المنتخب"), not the national team ("مدرب المنتخب", "فاز المنتخب")."""
    if tokens[k].norm not in _ELECT or k == 0:
        return False
    before = tokens[k - 1]
    return (
        before.sentence == tokens[k].sentence
        and before.norm.startswith("ال")
        and before.norm not in _sport_words()
    )
