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
from analysis.extract.document import Document, Gazetteer
from analysis.extract.entities import Entity, Mention
from analysis.schema import Organization
from analysis.text import normalize_term

__all__ = ["find_organizations"]

_DATA = Path(__file__).parent / "data"
_MAX_WORDS = 8
# Normalized words that look definite but are not nouns (إلى، التي، الذي).
_FUNCTION_WORDS = frozenset({"الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "الا", "الان"})
_QUOTES_OPEN = ('"', "«", "“")
_QUOTES_CLOSE = ('"', "»", "”")


@cache
def _lists() -> tuple[Gazetteer[str], Gazetteer[str], Gazetteer[bool]]:
    data = json.loads((_DATA / "organizations.json").read_text(encoding="utf-8"))
    heads = Gazetteer(data["heads"])
    named = Gazetteer(data["named"])
    media = Gazetteer([(w, True) for w in data["media_words"]])
    return heads, named, media


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
        gap = doc.text[tokens[j].end : nxt.start].strip()
        if gap and gap[:1] in _QUOTES_OPEN:
            k = j + 1
            while (
                k < stop - 1
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
        if word in _FUNCTION_WORDS:
            break
        stem = word[1:] if word[:1] == "و" else word
        if stem.startswith("ال") or word.startswith("لل") or word.startswith("بال"):
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
    i = 0
    while i < len(tokens):
        match = named.match_at(tokens, i)
        kind: str | None = None
        last = i
        if match is not None:
            kind, last = match.value, match.last
            start = match.start
        elif media.match_at(tokens, i) is not None:
            i = _extent(doc, i) + 1
            continue
        else:
            head = heads.match_at(tokens, i)
            if head is not None:
                last = _extent(doc, head.last)
                if last > head.last:
                    kind = head.value
                    start = head.start
        if kind is None:
            i += 1
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
        i = last + 1
    entities: list[Entity] = []
    for number, (name, kind, country, mentions) in enumerate(found.values(), 1):
        if not name:
            continue
        fact = Organization(
            id=f"o{number}",
            name_ar=name,
            kind=kind,
            country=country,  # type: ignore[arg-type]
            evidence=[doc.evidence(mentions[0].start, mentions[0].end)],
        )
        entities.append(Entity(fact, mentions))
    return entities
