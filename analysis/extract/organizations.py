"""Organizations: ministries, agencies, parliaments, parties, companies, international bodies.

An organization is either a named body from the word list (الأمم المتحدة، مجلس التعاون
الخليجي) or a head noun (وزارة، هيئة، شركة، حزب، الاتحاد …) followed by its complement:
definite nouns and country words ("وزارة الشؤون الخارجية", "الاتحاد العام التونسي
للشغل"), or a quoted name ("شركة "وهج""). The country is the country word inside the name
(التونسي، الإماراتية). Media and wire agencies are left out: they are the source chain.
This is a first, rule-based pass; recall on company names without a head noun is low.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from analysis.extract import countries as country_words
from analysis.extract.document import WEEKDAYS, Document, Gazetteer, shared_words
from analysis.extract.entities import Entity, Mention
from analysis.schema import Organization
from analysis.text import normalize_term, normalize_terms

__all__ = ["find_organizations"]

_DATA = Path(__file__).parent / "data"
_MAX_WORDS = 8
# Normalized words that look definite but are not nouns (إلى، التي، الذي).
_FUNCTION_WORDS = frozenset({"الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "الا", "الان"})
_DAYS = frozenset(WEEKDAYS) | normalize_terms(("اليوم", "أمس"))
# Words a quotation opens with and a quoted name does not (أن، إن، لقد، لن، لم).
_SAID_OPENERS = normalize_terms(("أن", "إن", "لقد", "قد", "لن", "لم", "لا"))
_QUOTES_OPEN = ('"', "«", "“")
_QUOTES_CLOSE = ('"', "»", "”")


@cache
def _data() -> dict:
    return json.loads((_DATA / "organizations.json").read_text(encoding="utf-8"))


@cache
def _lists() -> tuple[Gazetteer[str], Gazetteer[str], Gazetteer[bool]]:
    data = _data()
    heads = Gazetteer(data["heads"])
    named = Gazetteer(data["named"])
    media = Gazetteer([(w, True) for w in data["media_words"]])
    return heads, named, media


@cache
def _not_names() -> frozenset[str]:
    return normalize_terms(_data()["not_names"])


@cache
def _titles() -> frozenset[str]:
    """Ranks and office titles that open a person's name after a body's name ("رئيس جهاز
    المخابرات العامة اللواء ماجد فرج"); الأمير/الملك/الشيخ are left out, since they also
    name bodies (جامعة الملك سعود)."""
    words = ("اللواء", "الفريق", "العميد", "العقيد", "الدكتور", "السيد", "السيدة", "المهندس",
             "الأستاذ", "معالي", "سعادة", "الوزير", "الوزيرة", "الرئيس", "السفير")
    return normalize_terms(words)


@cache
def _opening_words() -> frozenset[str]:
    """Every word an organization name (or a media word) can start with."""
    heads, named, media = _lists()
    return shared_words(heads.first_forms | named.first_forms | media.first_forms)


def _extent(doc: Document, first: int) -> int:
    """Last token of an organization name whose head is token ``first``."""
    tokens = doc.tokens
    gazetteer = country_words.country_gazetteer()
    j = first
    stop = min(len(tokens), first + _MAX_WORDS)
    while j + 1 < stop:
        nxt = tokens[j + 1]
        if nxt.sentence != tokens[j].sentence:
            break
        raw_gap = doc.text[tokens[j].end : nxt.start]
        gap = raw_gap.strip()
        # An opening quote touches the word it opens ("شركة "وهج""); a quote after a
        # space-less word and before a space closes an earlier one.
        if gap in _QUOTES_OPEN and (raw_gap.endswith(gap) or raw_gap[:1].isspace()):
            if nxt.norm in _SAID_OPENERS:
                break  # "وأوضحت وزارة العدل "أن …"": what the body said, not its name
            k = j + 1
            while (
                k < stop - 1
                and tokens[k + 1].sentence == nxt.sentence
                and doc.text[tokens[k].end : tokens[k].end + 2].strip()[:1] not in _QUOTES_CLOSE
            ):
                k += 1
            return k
        if gap:
            break
        match = gazetteer.match_at(tokens, j + 1)
        if match is not None and match.value is not None:
            if match.value.kind in ("nisba", "name", "alias"):
                j = match.last
                continue
            break
        word = nxt.norm
        if word in _FUNCTION_WORDS or word in _DAYS or word in _titles():
            break  # "الحكومة الألمانية الاثنين", "الحكومة اليوم": when the body acted
        if j == first and word in _not_names():
            return first  # "مصلحة البلدين", "المركز الأول": not a body's name
        stem = word[1:] if word[:1] == "و" else word
        # "بال…" is a prepositional phrase ("الحكومة بالحوار"), not part of the name.
        if stem.startswith("ال") or word.startswith("لل"):
            j += 1
            continue
        break
    return j


def _country(doc: Document, first: int, last: int) -> str | None:
    gazetteer = country_words.country_gazetteer()
    for match in gazetteer.find(doc.tokens, first, last + 1):
        if match.value is not None and match.value.kind != "capital":
            return country_words.iso3(match.value.iso2)
    return None


_HOME_KINDS = frozenset({"ministry", "parliament"})
_HOME_GOVERNMENT = tuple(
    normalize_term(w) for w in ("رئاسة", "حكومة", "الحكومة", "مجلس الوزراء", "الديوان")
)


def _is_home_body(kind: str, name: str) -> bool:
    """A ministry, parliament, presidency, cabinet or government: in a national outlet's
    story it is that country's own when its name says no other."""
    if country_words.is_supranational(name):
        return False  # "البرلمان الأوروبي"
    return kind in _HOME_KINDS or (
        kind == "government" and normalize_term(name).startswith(_HOME_GOVERNMENT)
    )


def _home_country(doc: Document) -> str | None:
    """Alpha-3 home country of the national wire or outlet credited for the article."""
    from analysis.extract.sources import find_wire_mentions, outlet_home

    for agency, _, _ in find_wire_mentions(doc):
        if agency.home:
            return country_words.iso3(agency.home)
    home = outlet_home(doc)
    return country_words.iso3(home) if home else None


def find_organizations(doc: Document, countries: list[Entity]) -> list[Entity]:
    """Find the organizations named in an article.

    Args:
        doc: the prepared document.
        countries: country entities (unused for now; the country comes from the name).

    Returns:
        Organization entities with ids ``o1``, ``o2`` … in order of first mention.
    """
    heads, named, media = _lists()
    tokens = doc.tokens
    found: dict[str, tuple[str, str, str | None, list[Mention]]] = {}
    following = 0  # the first token a new name may start at
    for i in tokens.where(_opening_words()):  # only the tokens a name can start with
        if i < following:
            continue
        match = named.match_at(tokens, i)
        kind: str | None = None
        last = i
        if match is not None:
            kind, last = match.value, match.last
            start = match.start
        elif media.match_at(tokens, i) is not None:
            following = _extent(doc, i) + 1
            continue
        else:
            head = heads.match_at(tokens, i)
            if head is not None:
                last = _extent(doc, head.last)
                # A head of two words or more is a name by itself ("مجلس نواب الشعب").
                if last > head.last or head.last > head.first:
                    kind = head.value
                    start = head.start
        if kind is None:
            continue
        end = tokens[last].end
        close = doc.text[end : end + 2]
        end += len(close) - len(close.lstrip()) + 1 if close.strip()[:1] in _QUOTES_CLOSE else 0
        name = " ".join(
            doc.text[start:end].replace('"', " ").replace("«", " ").replace("»", " ").split()
        )
        if tokens[i].norm.startswith("لل") and name.startswith("لل"):
            name = "ال" + name[2:]  # "للحزب الجمهوري" names "الحزب الجمهوري"
        key = normalize_term(name)
        mention = Mention(start, end, i, last, tokens[i].sentence, "name")
        if key in found:
            found[key][3].append(mention)
        else:
            found[key] = (name, kind, _country(doc, i, last), [mention])
        following = last + 1
    entities: list[Entity] = []
    home = _home_country(doc) if found else None
    if country_words.foreign_lead(doc, countries, home):
        home = None  # a foreign story of a national outlet: its bodies are not home's
    for number, (name, kind, country, mentions) in enumerate(found.values(), 1):
        if not name:
            continue
        if kind == "international" and country is not None:
            kind = "agency"  # "منظمة الطاقة الذرية الإيرانية" is a national body
        if country is None and home is not None and _is_home_body(kind, name):
            # "وزارة الصحة" in a national outlet's story is that country's ministry.
            country = home
        fact = Organization(
            id=f"o{number}",
            name_ar=name,
            kind=kind,
            country=country,  # type: ignore[arg-type]
            evidence=[doc.evidence(mentions[0].start, mentions[0].end)],
        )
        entities.append(Entity(fact, mentions))
    return entities
