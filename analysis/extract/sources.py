"""The source chain: which wire agency the text credits, the outlet, and any republisher.

Agencies are credited in a few fixed ways: a dateline ("الدوحة : واس", "القاهرة- (أ ش أ):"),
a parenthesis ("(بنا)"), a reporting phrase ("وفقا لما نقلته وكالة …", "حسبما أوردت وكالة
الأنباء الإماراتية (وام)") or a closing "نقلا عن واس". Long names ("وكالة أنباء البحرين",
"فرانس برس") can only mean the agency and count anywhere; short forms that are also
ordinary words or places ("بنا", "وام", "قنا", "العمانية") count only in one of those
contexts.

Not every credit makes the agency the article's wire. An agency that is the subject of a
reporting verb ("ونقلت وكالة رويترز عن مسؤول …", "وذكرت وكالة وفا أن …") is cited for
one item: it is the wire only when it is credited in the headline or the lead paragraph or
more than once. So is a foreign agency (AFP, Reuters, AP …: no home state in
``agencies.json``) credited once after the lead, however the credit is phrased ("…، وفق ما
نقلت رويترز"): pan-Arab outlets cite them for a quote or a figure, while a national agency
credited so ("ووفق ما ذكرته وكالة الأنباء السعودية، جرى خلال اللقاء …") relays the official
item itself. An outlet's own dateline ("أتلانتا (CNN) –") makes the article the outlet's
reporting: then a single credit further on (a side item of a compilation page) is not its
wire either, but one in the paragraph after its one-sentence lead relays the main item.
Three paragraphs or more after the lead, a single credit is a side item's in any article.
When the top of the story credits two agencies once each, each for its own part, no single
agency carries the item and there is no wire.

The outlet comes from a republisher's disclaimer ("بواسطة اليوم السابع"), else from the
wrapper or metadata (no evidence then: it is not in the text), and the republisher from the
disclaimer ("وجهة نظر منقول").
"""

from __future__ import annotations

import bisect
import json
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.extract.document import (
    Document,
    Gazetteer,
    Match,
    Token,
    shared_words,
    without_conjunction,
)
from analysis.schema import Evidence, Source, SourceChain
from analysis.text import Sentence, normalize_term, normalize_terms

__all__ = ["Agency", "find_source_chain", "find_wire_mentions", "outlet_home"]

_DATA = Path(__file__).parent / "data"

# Words after which a short agency form is a credit: "ذكرت واس", "حسب بنا", "وكالة وام".
_CREDIT_WORDS = normalize_terms(
    (
        "وكالة",
        "نقلته",
        "نقلتها",
        "نقلت",
        "ذكرت",
        "ذكرته",
        "ذكرتها",
        "أوردت",
        "أوردته",
        "أوردتها",
        "أفادت",
        "بثت",
        "بثته",
        "بثتها",
        "نشرت",
        "نشرته",
        "نشرتها",
        "حسب",
        "حسبما",
        "بحسب",
        "وفق",
        "وفقا",
        "وفقاً",
        "المصدر",
        "لوكالة",
        "مراسل",
        "أبلغ",
        "أبلغت",
    )
)
# "في تصريح لواس": the ل-prefixed short form after these words.
_INTERVIEW_WORDS = normalize_terms(
    ("تصريح", "تصريحات", "حديث", "حوار", "قال", "وقال", "أضاف", "وأضاف", "صرح", "وصرح")
)
# "ونقلت وكالة …": the agency is the subject of its own sentence, cited for one item.
_CITING_VERBS = normalize_terms(
    ("نقلت", "ذكرت", "أفادت", "قالت", "أوردت", "نشرت", "بثت", "أعلنت", "أكدت", "أشارت",
     "كشفت", "أضافت", "تابعت",
     # "في تصريحات نشرتها وكالة …", "في مؤتمر صحافي بثته وكالة …": a relative clause
     # citing one item
     "نشرتها", "نقلتها", "أوردتها", "بثتها", "نشرته", "نقلته", "أوردته", "بثته")
)
_ALSO = normalize_term("كما")
# "حسبما نقلت وكالة …", "بحسب ما أفادت …": the same verbs inside an attribution.
_ATTRIBUTING = normalize_terms(
    ("ما", "لما", "حسبما", "بحسب", "حسب", "وفق", "وفقا", "كما", "مثلما")
)
# Words between a citing verb and the agency's own name ("أوردت وكالة أنباء يونهاب").
_AGENCY_WORDS = normalize_terms(("وكالة", "أنباء", "الأنباء"))
# "في مقابلة مع رويترز": an interview given to an agency is one item, not its report.
_INTERVIEWS = normalize_terms(("مقابلة", "حوار", "حديث", "لقاء"))
_WITH = normalize_term("مع")
_OUTLET_DATELINE = re.compile(r"\(\s*([^()\n]{2,30}?)\s*\)")
_NAQLAN = normalize_term("نقلا")
_AN = normalize_term("عن")
_DATELINE_SEPARATORS = frozenset(":-–—/(|")
_BY = re.compile(r"بواسطة\s+(.+?)\s*(?:\s[وف]?لا\s|\s[وف]?إنما\s|\s[وف]?انما\s|[،,.]|$)")
_VIEW = re.compile(
    r"وجهة\s+نظر\s+(.+?)\s*(?:\s[وف]?إنما\s|\s[وف]?انما\s|\s[وف]?لا\s|[،,.]|\sو\S|$)"
)
_FROM = re.compile(
    r"(?:منقول|نقلا)\s+(?:من|عن)\s+(?:موقع\s+|صحيفة\s+|جريدة\s+)?(.+?)\s*(?:[،,.]|\s[وف]|$)"
)


@dataclass(frozen=True, slots=True)
class Agency:
    """A wire agency: code, English name, and home country (ISO alpha-2) if national."""

    code: str
    name_en: str
    home: str | None


@cache
def _agencies() -> tuple[Gazetteer[Agency], Gazetteer[Agency], dict[str, Agency]]:
    data = json.loads((_DATA / "agencies.json").read_text(encoding="utf-8"))
    long_entries: list[tuple[str, Agency]] = []
    short_entries: list[tuple[str, Agency]] = []
    by_code: dict[str, Agency] = {}
    for item in data["agencies"]:
        agency = Agency(item["code"], item["name_en"], item.get("home"))
        by_code[agency.code] = agency
        long_entries += [(name, agency) for name in _with_official(item["names"])]
        short_entries += [(name, agency) for name in item["short"]]
    return Gazetteer(long_entries), Gazetteer(short_entries), by_code


@cache
def wire_code_aliases() -> dict[str, str]:
    """Other codes an agency is known by, each to the code the extractor gives (AA:
    ANADOLU)."""
    data = json.loads((_DATA / "agencies.json").read_text(encoding="utf-8"))
    return {
        other: item["code"] for item in data["agencies"] for other in item.get("other_codes", ())
    }


def _with_official(names: list[str]) -> list[str]:
    """The names, and for each "وكالة الأنباء <nisba …>" the same with الرسمية (official)
    before or after the nisba adjectives: "وكالة الأنباء الرسمية السورية", "… السعودية
    الرسمية", "وكالة الأنباء الرسمية الكورية الشمالية"."""
    out = list(names)
    for name in names:
        words = name.split()
        if (
            len(words) in (3, 4)
            and words[0] == "وكالة"
            and normalize_term(words[1]) == _ANBA
            and all(w.startswith("ال") and w != "الرسمية" for w in words[2:])
        ):
            nisba = " ".join(words[2:])
            out += [f"{words[0]} {words[1]} الرسمية {nisba}", f"{name} الرسمية"]
    return out


_ANBA = normalize_term("الأنباء")


@cache
def _agency_hint() -> re.Pattern[str]:
    """One regex over every agency form, as written (clitics allowed, words one space
    apart). A mention counts only where the hint also finds a form in the text."""
    data = json.loads((_DATA / "agencies.json").read_text(encoding="utf-8"))
    terms = {
        normalize_term(t)
        for item in data["agencies"]
        for t in _with_official(item["names"]) + item["short"]
    }
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:[وف]?[بلك]?)(?:{alternation})(?![^\W_])")


# The last document's mentions: the source chain and people (nationality) both ask.
_LAST: list[tuple[weakref.ref[Document], list[tuple[Agency, int, int]]]] = []


@cache
def _outlets() -> tuple[dict[str, dict], dict[str, dict]]:
    data = json.loads((_DATA / "outlets.json").read_text(encoding="utf-8"))
    by_code: dict[str, dict] = {}
    by_name: dict[str, dict] = {}
    for item in data["outlets"]:
        for code in item["codes"]:
            by_code[code.casefold()] = item
        for name in item["names"]:
            by_name[normalize_term(name)] = item
    return by_code, by_name


@cache
def outlet_names() -> Gazetteer[str]:
    """The outlets' names as the text writes them ("بي بي سي", "لسكاي نيوز"), each with
    its English name."""
    return Gazetteer((name, item["name_en"]) for name, item in _outlets()[1].items())


def outlet_home(doc: Document) -> str | None:
    """The home country (ISO alpha-2) of a national outlet named by the wrapper or meta."""
    item = _outlet_item(doc.meta.get("outlet"))
    if item is None:
        credit = doc.meta.get("byline_credit")
        item = _outlet_item(credit) if isinstance(credit, str) else None
    return item.get("home") if item else None


def _outlet_item(name: object) -> dict | None:
    if not isinstance(name, str) or not name.strip():
        return None
    by_code, by_name = _outlets()
    return by_code.get(name.strip().casefold()) or by_name.get(normalize_term(name))


def find_wire_mentions(doc: Document) -> list[tuple[Agency, int, int]]:
    """Every credited agency mention as ``(agency, start, end)``, in text order."""
    if _LAST and _LAST[0][0]() is doc:
        return _LAST[0][1]
    # The token scan visits only the tokens where an agency name can start, so it is
    # cheaper than the hint's regex, which runs only to confirm what the scan found.
    found = _scan_wire_mentions(doc)
    if found and not _agency_hint().search(doc.norm.text):
        found = []
    _LAST[:] = [(weakref.ref(doc), found)]
    return found


def _scan_wire_mentions(doc: Document) -> list[tuple[Agency, int, int]]:
    long_gaz, short_gaz, _ = _agencies()
    tokens = doc.tokens
    found: list[tuple[Agency, int, int]] = []
    for match in long_gaz.find(tokens):
        if _preceded_by(tokens, match.first, _MEDIA_NOUNS):
            continue  # "وفق ما ذكر موقع بلومبيرغ": a website or paper, not a wire credit
        if _is_survey_author(tokens, match.first):
            continue  # "في استطلاع أجرته رويترز": the source of one forecast, not a credit
        end = _extend_parenthesis(doc, match)
        if found and found[-1][0] == match.value:
            last, start, last_end = found[-1]
            gap = _ABBREVIATION_GAP.fullmatch(doc.text, last_end, match.start)
            if match.start < last_end or gap:
                # the same credit: "وكالة الأنباء الإيرانية الرسمية "إرنا""
                close = _CLOSING.match(doc.text, end)
                found[-1] = (last, start, max(close.end() if close else end, last_end))
                continue
        found.append((match.value, match.start, end))
    covered = [(start, end) for _, start, end in found]
    for match in short_gaz.find(tokens):
        if any(a <= match.start < b for a, b in covered):
            continue
        if _preceded_by(tokens, match.first, _MEDIA_NOUNS):
            continue
        if _credit_context(doc, match):
            found.append((match.value, match.start, match.end))
    found.sort(key=lambda item: item[1])
    return found


_PARENTHESIS = re.compile(r'\s*(?:\(\s*[^()\n]{1,12}\)|"[^"\s]{1,10}"|«[^«»\s]{1,10}»)')
_CLOSING = re.compile(r'\s*[)"»]')
# Between an agency's name and its abbreviation: at most one word ("الرسمية") and quotes.
_ABBREVIATION_GAP = re.compile(r'[\s"«(]*(?:[^\s"«»()]{1,12}[\s"«(]*)?')


def _extend_parenthesis(doc: Document, match: Match[Agency]) -> int:
    """Take in a following "(وام)" or quoted "إرنا" after a long name, so the evidence
    quotes the credit."""
    text = doc.text
    close = _PARENTHESIS.match(text[match.end : match.end + 20])
    return match.end + close.end() if close else match.end


_MEDIA_NOUNS = normalize_terms(("موقع", "صحيفة", "جريدة", "قناة", "مجلة", "شبكة"))
# A poll or survey an agency ran ("استطلاع لرويترز", "مسح أجرته رويترز", "لاستطلاع رأي
# أجرته وكالة رويترز"): economy news quotes its forecast beside official figures.
_SURVEYS = normalize_terms(
    ("استطلاع", "لاستطلاع", "باستطلاع", "استطلاعا", "مسح", "لمسح", "بمسح", "مسحا")
)
_CONDUCTED = normalize_terms(("أجرته", "أجرتها"))


def _is_survey_author(tokens: Sequence[Token], k: int) -> bool:
    """Whether the agency named at token ``k`` is the author of a survey: a survey noun
    just before it, or "أجرته" just before it and a survey noun within the three words
    before that ("استطلاع للرأي أجرته رويترز")."""
    reach = 1
    if k > 0 and tokens[k - 1].norm == _AGENCY:
        k -= 1  # "أجرته وكالة رويترز"
        reach = 3
    if k > 0 and tokens[k - 1].norm in _CONDUCTED:
        k -= 1
        reach = 3
    return _preceded_by(tokens, k, _SURVEYS, reach)


_AGENCY = normalize_term("وكالة")


def _preceded_by(tokens: Sequence[Token], k: int, words: frozenset[str], reach: int = 1) -> bool:
    """Whether one of ``words`` (a conjunction allowed) stands within the ``reach`` words
    before token ``k``, in its sentence: a media noun ("موقع بلومبيرغ") or an agency
    noun ("وكالة الأنباء الحكومية "بترا"")."""
    return any(
        m >= 0
        and tokens[m].sentence == tokens[k].sentence
        and without_conjunction(tokens[m].norm) in words
        for m in range(k - 1, k - 1 - reach, -1)
    )


def _credit_context(doc: Document, match: Match[Agency]) -> bool:
    """Whether a short agency form stands in a credit position (not an ordinary word)."""
    text, tokens, i = doc.text, doc.tokens, match.first
    before = text[max(0, match.token_start - 3) : match.token_start].rstrip()
    after = text[match.end : match.end + 3].lstrip()
    if before[-1:] in "(/" and after[:1] in ")/":
        return True
    if before[-1:] in "-–" and after[:1] in "-–":
        return True  # "-وات-" closing a Tunisian story
    if before[-1:] in ('"', "«") and _preceded_by(tokens, i, _AGENCY_WORDS, reach=2):
        return True  # "وكالة الأنباء الحكومية "بترا"": the agency's name in quotes
    previous = tokens[i - 1] if i > 0 and tokens[i - 1].sentence == tokens[i].sentence else None
    if previous is not None:
        word = previous.norm
        if match.prefix.endswith("ل") and word in _INTERVIEW_WORDS:
            return True
        if not match.prefix and word in _CREDIT_WORDS:
            return True
        if without_conjunction(word) in _CREDIT_WORDS:
            return True
        if word == _AN and i > 1 and tokens[i - 2].norm.lstrip("و") == _NAQLAN:
            return True
    # A dateline: early in its paragraph, after a separator ("الدوحة : واس").
    paragraph = doc.sentences[tokens[i].sentence].paragraph
    first = i
    while first > 0 and doc.sentences[tokens[first - 1].sentence].paragraph == paragraph:
        first -= 1
        if i - first > 6:
            return False
    gap = text[previous.end : match.token_start] if previous is not None else ""
    return previous is not None and any(c in _DATELINE_SEPARATORS for c in gap)


def find_source_chain(doc: Document) -> SourceChain:
    """Find the wire agency, outlet, republisher and disclaimer of an article.

    Args:
        doc: the prepared document.

    Returns:
        The source chain. The wire is the agency credited most often (the first credited
        on a tie); the outlet and republisher come from the disclaimer where there is one.
    """
    wire = _find_wire(doc)
    outlet: Source | None = None
    republisher: Source | None = None
    disclaimer: Evidence | None = None
    if doc.disclaimer_span is not None:
        try:
            disclaimer = doc.evidence(*doc.disclaimer_span)
        except ValueError:
            disclaimer = None
        if disclaimer is not None:
            outlet = _named_in_disclaimer(doc, disclaimer, (_BY, _FROM))
            republisher = _named_in_disclaimer(doc, disclaimer, (_VIEW,))
    if outlet is None:
        outlet = _outlet_from_meta(doc)
    return SourceChain(wire=wire, outlet=outlet, republisher=republisher, disclaimer=disclaimer)


def _find_wire(doc: Document) -> Source | None:
    mentions = find_wire_mentions(doc)
    if not mentions:
        return None
    lead = _lead_paragraph(doc)
    own_dateline = _has_outlet_dateline(doc, lead)
    counts: dict[str, int] = {}
    credits: dict[str, int] = {}
    near: set[str] = set()
    for code in _agency_back_references(doc, mentions):
        counts[code] = counts.get(code, 0) + 1
    for agency, start, end in mentions:
        counts[agency.code] = counts.get(agency.code, 0) + 1
        sentence = doc.sentence_at(start)
        in_lead = sentence is not None and (
            sentence.paragraph == lead or _in_title(doc, start)
        )
        # A foreign agency credited once outside the lead is cited for one item (a quote,
        # a figure); a national agency so credited relays the official item itself. After
        # the outlet's own dateline, the paragraph that follows its one-sentence lead
        # carries the main item on: an agency credited there relays it.
        follows_own_lead = own_dateline and sentence is not None and sentence.paragraph == lead + 1
        # Far down the story a single credit is a side item's, whoever relays it.
        far = sentence is not None and sentence.paragraph >= lead + _SIDE_ITEM_DISTANCE
        if not far or _in_title(doc, start):
            near.add(agency.code)
        if (
            in_lead
            or follows_own_lead
            or _is_sign_off(doc, sentence, start, end)
            or not (own_dateline or far or agency.home is None or _is_citation(doc, start))
        ):
            credits[agency.code] = credits.get(agency.code, 0) + 1
    # Credited twice or more, but only far down the story: the agency relays a side item
    # ("وأفادت وكالة فارس …" and "ونقلت وكالة فارس عنه …" in a long BBC story), not the
    # story the lead tells.
    wires = [
        code for code in counts if credits.get(code) or (counts[code] >= 2 and code in near)
    ]
    if not wires:
        return None
    best = max(wires, key=lambda code: (counts[code], -_first(mentions, code)))
    chosen = [(a, s, e) for a, s, e in mentions if a.code == best]
    if _split_credit(doc, mentions, chosen, lead):
        return None
    agency = chosen[0][0]
    evidence = []
    for _, start, end in chosen[:3]:
        try:
            evidence.append(doc.evidence(start, end))
        except ValueError:
            continue
    name_ar = doc.text[chosen[0][1] : chosen[0][2]]
    return Source(name_en=agency.name_en, name_ar=name_ar, code=agency.code, evidence=evidence)


def _split_credit(
    doc: Document,
    mentions: list[tuple[Agency, int, int]],
    chosen: list[tuple[Agency, int, int]],
    lead: int,
) -> bool:
    """Whether the top of the story credits two agencies once each, each for its own part
    ("توجه كيم …، بحسب ما أفادت وكالة الأنباء الكورية الشمالية … وحسب رويترز، توجه أيضا
    الرئيس الكوري الجنوبي …"): no single agency carries the item, so there is no wire. A
    dateline or bracketed credit ("الرياض (واس) -") is the story's own and is kept."""
    if len(chosen) != 1:
        return False
    _, start, _ = chosen[0]
    if _BRACKETED.search(doc.text, max(0, start - 3), start):
        return False
    top = lead + _SPLIT_REACH
    if not _within(doc, start, top) or not _reports(doc, start):
        return False  # "وأضاف في تصريح لوكالة تونس افريقيا": the minister spoke to it
    return any(
        a.code != chosen[0][0].code and _within(doc, s, top) and _reports(doc, s)
        for a, s, _ in mentions
    )


def _word_before_agency(doc: Document, start: int) -> int | None:
    """The token index of the word before the agency named at ``start``, past its "وكالة" or
    "أنباء" (ونقلت in "ونقلت وكالة رويترز"), or None when the agency opens its sentence or
    ``start`` is no token's start."""
    tokens = doc.tokens
    i = bisect.bisect_left(tokens, start, key=lambda t: t.end) if tokens else 0
    if i >= len(tokens) or tokens[i].start > start:
        return None
    k = i - 1
    while k >= 0 and i - k <= 2 and _AGENCY_WORDS & {tokens[k].norm, tokens[k].norm[1:]}:
        k -= 1
    if k < 0 or tokens[k].sentence != tokens[i].sentence:
        return None
    return k


def _reports(doc: Document, start: int) -> bool:
    """Whether the agency named at ``start`` is credited with a report: the subject of a
    reporting verb or the object of an attribution ("وحسب رويترز، توجه …", "وفقا لوكالة
    الأناضول", "وذكرت وكالة فرانس برس أن …"), not the agency someone spoke to ("وقال مسؤول
    لرويترز", "وأبلغت مصادر رويترز") or whose reporters saw something ("شهود من رويترز")."""
    k = _word_before_agency(doc, start)
    if k is None:
        return False
    tokens = doc.tokens
    first = k + 1  # the agency's name or the "وكالة" before it
    # "ووفقا", "وحسب": the word as written or without its conjunction ("وفق" keeps its و)
    words = {tokens[k].norm, without_conjunction(tokens[k].norm)}
    if normalize_term(doc.text[tokens[first].start : tokens[first].end]).startswith("ل"):
        return bool(words & _ACCORDING)  # "وفقا لوكالة …", not "قال مسؤول لرويترز"
    return bool(words & (_ATTRIBUTING | _CITING_VERBS)) or any(
        w[1:] in _CITING_VERBS for w in words
    )


# Words after which ل introduces the agency credited: "وفقا لوكالة الأنباء السعودية".
_ACCORDING = normalize_terms(("وفقا", "وفقاً", "طبقا", "طبقاً", "تبعا", "نقلا"))


def _within(doc: Document, offset: int, last: int) -> bool:
    """Whether ``offset`` is in the headline or in a paragraph up to ``last``."""
    sentence = doc.sentence_at(offset)
    return _in_title(doc, offset) or (sentence is not None and sentence.paragraph <= last)


# The lead and the two paragraphs after it: where the main item is told and credited.
_SPLIT_REACH = 2
# A credit right after a bracket, dash or colon: a dateline or sign-off ("الرياض (واس)").
_BRACKETED = re.compile(r"[(\-–:/]\s*$")


def _agency_back_references(
    doc: Document, mentions: list[tuple[Agency, int, int]]
) -> list[str]:
    """The agency a later "وذكرت الوكالة"/"ونقلت الوكالة" refers back to (the one named
    last before it), once per such sentence: the item is credited to it again."""
    tokens = doc.tokens
    starts = [start for _, start, _ in mentions]
    found: list[str] = []
    sentences: set[int] = set()
    named = tokens.where(_AGENCY_WORD_FORMS)  # where an agency is named ("وكالة موديز")
    for k in tokens.where(_AGENCY_NOUN_FORMS):
        if k == 0 or tokens[k - 1].sentence != tokens[k].sentence:
            continue
        verb = tokens[k - 1].norm
        if verb not in _CITING_VERBS and verb[1:] not in _CITING_VERBS:
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.sentence == tokens[k].sentence and nxt.norm[:2] == "ال":
            continue  # "وأفادت الوكالة الفدرالية …": another agency, named by its adjective
        before = bisect.bisect_left(starts, tokens[k].start) - 1
        if before < 0 or tokens[k].sentence in sentences:
            continue
        sentence = doc.sentence_at(starts[before])
        if sentence is not None and sentence.index == tokens[k].sentence:
            continue  # the agency is named in this sentence: that is its credit
        last = bisect.bisect_left(named, k) - 1
        if last >= 0 and tokens[named[last]].start > mentions[before][2]:
            continue  # "خفضت وكالة موديز … وأعلنت الوكالة": the last agency named is another
        sentences.add(tokens[k].sentence)
        found.append(mentions[before][0].code)
    return found


_AGENCY_NOUN_FORMS = shared_words([normalize_term("الوكالة")])
_AGENCY_WORD_FORMS = shared_words(
    normalize_term(w) for w in ("وكالة", "ووكالة", "لوكالة", "بوكالة")
)


def _in_title(doc: Document, offset: int) -> bool:
    return doc.title_span is not None and doc.title_span[0] <= offset < doc.title_span[1]


# Paragraphs after the lead from which a single credit is a side item's ("أعلنت وكالة
# الأنباء الفلسطينية (وفا) مقتل …" closing a story about something else).
_SIDE_ITEM_DISTANCE = 3


def _is_sign_off(doc: Document, sentence: Sentence | None, start: int, end: int) -> bool:
    """Whether the credit at ``start:end`` is the story's sign-off: the last paragraph of
    the content, short and on its own ("أ ف ب", "فرانس 24/أ ف ب"), or a bracketed credit
    after the last sentence's full stop ("… في هذه المناطق النائية. (أ ف ب)", "… -وات-")."""
    disclaimer = doc.disclaimer_span[0] if doc.disclaimer_span else len(doc.text)
    content = [s for s in doc.sentences if s.start < disclaimer]
    if sentence is None or not content or sentence.paragraph != content[-1].paragraph:
        return False
    text = doc.text
    if _AFTER_SIGN_OFF.fullmatch(text, end, max(end, content[-1].end)) and _BEFORE_SIGN_OFF.search(
        text, max(0, start - 4), start
    ):
        return True
    first = min(s.start for s in content if s.paragraph == sentence.paragraph)
    return content[-1].end - first <= _SIGN_OFF_LENGTH


_SIGN_OFF_LENGTH = 40  # "فرانس 24/أ ف ب", "المصدر: وكالة الأنباء السعودية (واس)"
# A bracketed sign-off closing the last paragraph: a full stop (or closing quote), the
# opening bracket or dash, the credit, and nothing after it but its closing bracket.
_BEFORE_SIGN_OFF = re.compile(r"[.!؟?\"”»]\s*[(\-–]\s*$")
_AFTER_SIGN_OFF = re.compile(r"\s*[)\-–]\s*\.?\s*")


def _lead_paragraph(doc: Document) -> int:
    """The paragraph of the first body sentence (outside headline and disclaimer)."""
    for sentence in doc.sentences:
        if _in_title(doc, sentence.start):
            continue
        if doc.disclaimer_span and doc.disclaimer_span[0] <= sentence.start:
            continue
        return sentence.paragraph
    return -1


def _has_outlet_dateline(doc: Document, lead: int) -> bool:
    """Whether the body opens with the outlet's own dateline ("دبي (CNN) --")."""
    sentence = next((s for s in doc.sentences if s.paragraph == lead), None)
    if sentence is None:
        return False
    stop = min(sentence.end, sentence.start + 80)
    found = _OUTLET_DATELINE.search(doc.text, sentence.start, stop)
    return found is not None and _outlet_item(found.group(1)) is not None


def _is_citation(doc: Document, start: int) -> bool:
    """Whether the agency credited at ``start`` is cited for one item: the subject of a
    reporting verb that opens its clause ("ونقلت وكالة رويترز عن …", "وأوردت وكالة أنباء
    يونهاب"), not an attribution ("حسبما نقلت …"), or the agency an interview was given to
    ("في مقابلة مع رويترز")."""
    k = _word_before_agency(doc, start)
    if k is None:
        return False
    tokens = doc.tokens
    verb = tokens[k].norm
    if verb == _WITH and k > 0 and tokens[k - 1].norm.lstrip("وب") in _INTERVIEWS:
        return True
    if verb not in _CITING_VERBS and verb[1:] not in _CITING_VERBS:
        return False
    if k == 0 or tokens[k - 1].sentence != tokens[k].sentence:
        return True
    before = tokens[k - 1]
    # "كما" opening its sentence means "also" ("… . كما نقلت وكالة الأناضول عن"), not "as".
    opens_sentence = k - 1 == 0 or tokens[k - 2].sentence != before.sentence
    return before.norm not in _ATTRIBUTING or (before.norm == _ALSO and opens_sentence)


def _first(mentions: list[tuple[Agency, int, int]], code: str) -> int:
    return next(start for agency, start, _ in mentions if agency.code == code)


def _named_in_disclaimer(
    doc: Document, disclaimer: Evidence, patterns: tuple[re.Pattern[str], ...]
) -> Source | None:
    for pattern in patterns:
        found = pattern.search(disclaimer.text)
        if found is None:
            continue
        name = found.group(1).strip()
        words = name.split()
        if not words or len(words) > 4:
            continue
        start = disclaimer.start + found.start(1)
        end = start + len(name)
        item = _outlet_item(name)
        name_en = item["name_en"] if item else name
        try:
            evidence = [doc.evidence(start, end)]
        except ValueError:
            evidence = []
        return Source(name_en=name_en, name_ar=name, evidence=evidence)
    return None


def _outlet_from_meta(doc: Document) -> Source | None:
    for key in ("outlet", "byline_credit"):
        value = doc.meta.get(key)
        if isinstance(value, str) and value.strip():
            item = _outlet_item(value)
            if item is None and key == "byline_credit":
                continue
            name_en = item["name_en"] if item else value.strip()
            name_ar = item["names"][0] if item and item["names"] else None
            return Source(name_en=name_en, name_ar=name_ar)
    return None
