"""Agreements: which instruments were signed, how many, in which areas, by whom.

An instrument is a word of ``data/agreement_cues.json`` (مذكرة تفاهم، اتفاقية، اتفاق،
معاهدة، بروتوكول، عقد، برنامج تنفيذي) in singular, dual (مذكرتي تفاهم = 2) or plural form, with a
count in digits, words (ثلاث، أربعة، خمس وعشرين، أحد عشر) or a definite number (الـ13،
الاتفاقيات الثلاث) when the text gives one. Its status comes from the nearest cue of its
sentence: signed (وقع، تم توقيع، أبرم، أمضى), planned (المزمع، سيتم، إمكانية، من المنتظر)
or earlier (a sentence opening with كان/يذكر أن, في وقت سابق, a year before the article's, a
month other than the article's: "وقعت بولندا عقدا … في مارس" in June).
A sentence that opens with the signing verb governs all of it ("وقع الرئيس …، وولي العهد
…، إعلان شراكة"). A signing under discussion ("نقاشات … حول … إبرام اتفاق سلام") is planned.
A signed document (إعلان، بيان مشترك، وثيقة) is an agreement; the same words with no signing
are announcements. An instrument added with "بالإضافة إلى"/"فضلا عن" shares the signing of
the one before it.

News repeats itself: the headline, the lead and later paragraphs name the same signing.
So for each instrument type the signed total is the largest stated count, or the number
of distinct indefinite mentions ("اتفاقية لبناء سوق" twice is one), whichever is larger; a
definite mention ("الاتفاقية"، "مذكرة التفاهم") refers back and adds nothing. A plural with
no number ("عدد من مذكرات التفاهم") is a vague count: ``count`` is None.

Areas are the topic-lexicon matches after the instrument ("في مجالات X وY وZ"): one
Agreement object per area when the number of areas equals the count, otherwise one object
with the count and all areas.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from analysis.extract.document import (
    Document,
    Token,
    attached_forms,
    clitic_variants,
    publication_date,
    without_conjunction,
)
from analysis.extract.entities import Entity, Mention
from analysis.extract.topics import match_topics
from analysis.schema import Agreement, Person
from analysis.text import normalize_term, normalize_terms

__all__ = ["find_agreements", "signed_total"]

_DATA = Path(__file__).resolve().parent / "data" / "agreement_cues.json"

_BACK = 25  # tokens looked back for a status cue
_AHEAD = 5  # tokens looked ahead (passive "سيتم إمضاؤها", "وقعت")
_AREA_SPAN = 25
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class AgreementCues:
    """The agreement word lists, normalized."""

    forms: dict[str, tuple[str, str]]  # form -> (instrument, number kind)
    form_words: frozenset[str]  # every word that may be a form, clitics and article attached
    second_word: dict[str, frozenset[str]]
    units: dict[str, int]
    ten: dict[str, int]
    teens_first: dict[str, int]
    tens: dict[str, int]
    months: dict[str, int]  # month name -> 1..12
    vague_before: frozenset[str]
    signed: frozenset[str]
    signed_weak: frozenset[str]
    planned: frozenset[str]
    planned_only_after: frozenset[str]
    earlier: frozenset[str]
    earlier_starts: frozenset[str]
    cancelled: frozenset[str]
    joint_signers: frozenset[str]
    coordinators: frozenset[str]
    under_discussion: frozenset[str]
    area_stop: frozenset[str]
    not_conjunction: frozenset[str]


@cache
def load_agreement_cues() -> AgreementCues:
    """Read and normalize ``data/agreement_cues.json`` (once per process)."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    forms: dict[str, tuple[str, str]] = {}
    second: dict[str, frozenset[str]] = {}
    for instrument, spec in data["instruments"].items():
        for form, kind in spec["forms"].items():
            forms[normalize_term(form)] = (instrument, kind)
        second[instrument] = normalize_terms(spec["second_word"])

    def numbers(key: str) -> dict[str, int]:
        return {normalize_term(k): int(v) for k, v in data[key].items()}

    return AgreementCues(
        forms=forms,
        form_words=frozenset(
            word for form in forms for word in attached_forms(form) | attached_forms("ال" + form)
        ),
        second_word=second,
        units=numbers("units"),
        ten=numbers("ten"),
        teens_first=numbers("teens_first"),
        tens=numbers("tens"),
        months=numbers("months"),
        vague_before=normalize_terms(data["vague_before"]),
        signed=normalize_terms(data["signed"]),
        signed_weak=normalize_terms(data["signed_weak"]),
        planned=normalize_terms(data["planned"]),
        planned_only_after=normalize_terms(data["planned_only_after"]),
        earlier=normalize_terms(data["earlier"]),
        earlier_starts=normalize_terms(data["earlier_sentence_starts"]),
        cancelled=normalize_terms(data["cancelled"]),
        joint_signers=normalize_terms(data["joint_signers"]),
        coordinators=normalize_terms(data["coordinators"]),
        under_discussion=normalize_terms(data["under_discussion"]),
        area_stop=normalize_terms(data["area_stop"]),
        not_conjunction=normalize_terms(data["not_conjunction"]),
    )


@dataclass(slots=True)
class _Mention:
    """One instrument named in the text."""

    instrument: str
    first: int  # first token (number or instrument word)
    head: int  # the instrument word
    last: int  # last token of the instrument phrase (with تفاهم / تنفيذي)
    count: int | None  # None: vague
    definite: bool
    stated: bool  # the count is a number, a dual or a closed list
    status: str | None  # signed / planned / earlier / None (no cue) / cancelled
    in_title: bool
    document: bool = False  # إعلان/بيان/وثيقة: an instrument only when signed
    areas: list[tuple[str, int, int]] = field(default_factory=list)  # (label, start, end)
    area_text: tuple[int, int] | None = None
    purpose: frozenset[str] = frozenset()


def find_agreements(
    doc: Document,
    countries: list[Entity],
    organizations: list[Entity],
    people: list[Entity],
) -> list[Agreement]:
    """Find agreement instruments, their count, status, areas, parties and signatories.

    Args:
        doc: the prepared article.
        countries: country entities with their mentions.
        organizations: organization entities with their mentions.
        people: person entities with their mentions.

    Returns:
        Agreement objects, ids ``a1`` …: the signed ones first (their counts add up to the
        article's signed total), then planned and earlier ones.
    """
    cues = load_agreement_cues()
    tokens = doc.tokens
    if not tokens:
        return []
    mentions = _find_mentions(doc, cues)
    if not mentions:
        return []
    year = _article_year(doc)
    published = publication_date(doc)
    month = published.month if published is not None else None
    kept: list[_Mention] = []
    for mention in mentions:
        # "بيان"، "إعلان" with no signing word governing it is an announcement: most are,
        # and that check is cheaper than reading the status.
        if mention.document and not _document_signed(doc, mention, cues):
            continue
        mention.status = _status(doc, mention, cues, year)
        if mention.status == "signed" and _other_month_after(doc.tokens, mention, month, cues):
            mention.status = "earlier"
        if mention.document and mention.status != "signed":
            continue
        _read_areas(doc, mention, cues)
        kept.append(mention)
    mentions = kept
    chosen = _choose_signed(mentions, tokens, cues)
    others = [
        m for m in mentions
        if m.status in ("planned", "earlier") and not m.definite and not m.in_title
    ]
    out: list[Agreement] = []
    for mention in chosen + others:
        out.extend(_objects(doc, mention, len(out), countries, organizations, people, cues))
    return out


def signed_total(agreements: list[Agreement]) -> int | None:
    """The article's signed total as the gold convention counts it (None: none or vague)."""
    signed = [a for a in agreements if a.status == "signed"]
    if not signed or any(a.count is None for a in signed):
        return None
    return sum(a.count for a in signed)


# --------------------------------------------------------------------------- mentions


def _find_mentions(doc: Document, cues: AgreementCues) -> list[_Mention]:
    tokens = doc.tokens
    title = doc.title_span
    found: list[_Mention] = []
    following = 0  # the first token a new mention may start at
    for i in tokens.where(cues.form_words):  # only the words that may be instruments
        if i < following:
            continue
        hit = _instrument_at(tokens, i, cues)
        if hit is None:
            continue
        instrument, kind, definite, last = hit
        if kind == "bare" and not _bare_contract_ok(tokens, i, cues):
            continue
        count, first, stated = _count(tokens, i, last, kind, definite, cues)
        if (
            i >= 2 and tokens[i - 1].norm == "من" and tokens[i - 2].norm in cues.vague_before
            and tokens[i - 2].sentence == tokens[i].sentence
        ):
            # "عدد من مذكرات التفاهم": several, number not given.
            count, first, stated, definite = None, i - 2, False, False
        in_title = title is not None and title[0] <= tokens[i].start < title[1]
        following = last + 1
        if count == 0:  # an ordinal or a reference ("الاتفاقية الأولى"): skip
            continue
        found.append(
            _Mention(instrument, first, i, last, count, definite and not stated, stated, None,
                     in_title, document=kind == "document", purpose=_purpose(tokens, last, cues))
        )
    return found


def _instrument_at(
    tokens: list[Token], i: int, cues: AgreementCues
) -> tuple[str, str, bool, int] | None:
    word = tokens[i].norm
    if word not in cues.form_words:  # most words: one set lookup
        return None
    for _prefix, stem in clitic_variants(word):
        definite = False
        entry = cues.forms.get(stem)
        if entry is None and stem.startswith("ال"):
            entry = cues.forms.get(stem[2:])
            definite = entry is not None
        if entry is None:
            continue
        instrument, kind = entry
        last = i
        need = cues.second_word[instrument]
        if need:
            if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence:
                return None
            nxt = tokens[i + 1].norm
            if nxt not in need:
                return None
            last = i + 1
            if nxt.startswith("ال") and kind != "plural" and not definite:
                definite = True  # "مذكرة التفاهم": the MOU already named
            if nxt.startswith("ال") and kind == "plural":
                definite = True
        return instrument, kind, definite, last
    return None


def _bare_contract_ok(tokens: list[Token], i: int, cues: AgreementCues) -> bool:
    """"عقد" is a contract only right after a signing word or a number ("وقع عقد")."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return False
    prev = tokens[i - 1].norm
    stems = {stem for _p, stem in clitic_variants(prev)}
    return bool(stems & cues.signed) or prev.isdigit()


def _count(
    tokens: list[Token], i: int, last: int, kind: str, definite: bool, cues: AgreementCues
) -> tuple[int | None, int, bool]:
    """``(count, first token, stated)``; count None when vague, 0 for an ordinal."""
    sentence = tokens[i].sentence
    number, first = _number_before(tokens, i, cues)
    if number is not None:
        before = first - 1
        if before >= 0 and tokens[before].sentence == sentence:
            prev = tokens[before].norm
            if prev == "من" and before - 1 >= 0 and tokens[before - 1].norm in cues.vague_before:
                return None, before - 1, False  # "أكثر من عشرين اتفاقية": open-ended
        return number, first, True
    if kind == "dual":
        return 2, i, True
    # "الـ13 اتفاقية" / "ال13"
    word = tokens[i].norm
    if i > 0 and tokens[i - 1].sentence == sentence:
        prev = tokens[i - 1].norm
        if prev.startswith("ال") and prev[2:].isdigit():
            return int(prev[2:]), i - 1, True
    # "الاتفاقيات الثلاث" / "المذكرات الأربع"
    if definite and last + 1 < len(tokens) and tokens[last + 1].sentence == sentence:
        after = tokens[last + 1].norm
        if after.startswith("ال"):
            value = cues.units.get(after[2:]) or cues.tens.get(after[2:])
            if value:
                return value, i, True
            if after[2:] in ("اولي", "اول", "ثانيه", "ثاني", "ثالثه", "ثالث", "اخيره", "اخير",
                             "رابعه", "خامسه"):
                return 0, i, False
    if _is_ordinal_before(tokens, i):
        return 0, i, False
    if kind == "plural":
        if i > 0 and tokens[i - 1].norm == "من":
            return None, i, False
        return None, i, False
    del word
    return 1, i, False


def _is_ordinal_before(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].norm in ("اول", "ثاني", "ثالث", "اخر")


def _number_before(tokens: list[Token], i: int, cues: AgreementCues) -> tuple[int | None, int]:
    """A number ending right before token ``i``: digits or up to three number words."""
    sentence = tokens[i].sentence
    k = i - 1
    if k < 0 or tokens[k].sentence != sentence:
        return None, i
    word = tokens[k].norm
    if word.isdigit():
        if _YEAR.match(word):
            return None, i  # "وانهار في يوليو 2016، اتفاق سلام": a year, no count
        return int(word), k
    # compound "خمس وعشرين": unit + و + tens
    if word.startswith("و") and word[1:] in cues.tens and k - 1 >= 0:
        unit = cues.units.get(tokens[k - 1].norm)
        if unit is not None and tokens[k - 1].sentence == sentence:
            return unit + cues.tens[word[1:]], k - 1
    if word in cues.tens:
        return cues.tens[word], k
    if word in cues.ten and k - 1 >= 0 and tokens[k - 1].sentence == sentence:
        prev = tokens[k - 1].norm
        if prev in cues.units:
            return cues.units[prev] + 10, k - 1
        if prev in cues.teens_first:
            return cues.teens_first[prev] + 10, k - 1
        return 10, k
    if word in cues.ten:
        return 10, k
    if word in cues.units:
        return cues.units[word], k
    return None, i


def _purpose(tokens: list[Token], last: int, cues: AgreementCues) -> frozenset[str]:
    """Content words right after the instrument, to tell two singular mentions apart."""
    words = set()
    sentence = tokens[last].sentence
    for k in range(last + 1, min(len(tokens), last + 7)):
        if tokens[k].sentence != sentence:
            break
        stem = tokens[k].norm
        for _p, s in clitic_variants(stem):
            stem = s
        if len(stem) >= 3 and stem not in _GENERIC:
            words.add(stem)
    return frozenset(words)


_GENERIC = frozenset(
    normalize_term(w)
    for w in ("تعاون", "التعاون", "مجال", "مجالات", "بين", "مع", "الجانبين", "البلدين",
              "الطرفين", "بشأن", "حول", "تعزيز", "لتعزيز", "المشترك", "التي", "الذي", "وذلك",
              "بهدف", "اخري", "اخرى", "ضخم", "كبري", "جديده")
)


# --------------------------------------------------------------------------- status


def _article_year(doc: Document) -> int | None:
    date = doc.meta.get("date")
    if isinstance(date, str):
        match = re.search(r"(19|20)\d\d", date)
        if match:
            return int(match.group(0))
    return None


_MONTH_REACH = 8  # "وقعت بولندا عقدا بقيمة 4.75 مليار دولار في مارس"
_MONTH_REACH_BEFORE = 10  # "وفي ديسمبر 2017، أبرمت لندن وبروكسل اتفاقا"


def _other_month_after(
    tokens: Sequence[Token], mention: _Mention, month: int | None, cues: AgreementCues
) -> bool:
    """Whether the signing is dated to another month than the article's, a few words after
    the instrument in its clause ("رغم إبرام اتفاق في أيار/مايو لوقفها" in a June article),
    or before it ("وفي ديسمبر 2017، أبرمت لندن وبروكسل اتفاقا", "ووقع لبنان في فبراير
    اتفاقا"): a past signing recalled, not the reported one."""
    if month is None:
        return False
    sentence = tokens[mention.last].sentence
    stop = min(len(tokens), mention.last + 1 + _MONTH_REACH)
    for k in range(mention.last + 1, stop - 1):
        if tokens[k].sentence != sentence or tokens[k].norm in ("،", ",", "."):
            return False
        if tokens[k].norm == _IN:
            named = cues.months.get(tokens[k + 1].norm)
            if named is not None and tokens[k + 1].sentence == sentence:
                return named != month
    # Before it, the date opens the sentence ("وفي ديسمبر 2017، أبرمت لندن وبروكسل اتفاقا")
    # or stands between the signing verb and the instrument ("ووقع لبنان في فبراير اتفاقا"),
    # not in another clause ("الذي أقيل في يونيو، وقد وقع عقدا").
    floor = max(-1, mention.first - 2 - _MONTH_REACH_BEFORE)
    verb_after = False  # a signing word between the date and the instrument
    for k in range(mention.first - 1, floor, -1):
        if tokens[k].sentence != sentence:
            break
        if _cue(tokens[k].norm, cues, after=False) == "signed":
            verb_after = True
            continue
        if without_conjunction(tokens[k].norm) != _IN or k + 1 >= mention.first:
            continue
        named = cues.months.get(tokens[k + 1].norm)
        if named is None:
            continue
        if verb_after:
            opens = k == 0 or tokens[k - 1].sentence != sentence
            return opens and named != month
        verb_before = any(
            tokens[m].sentence == sentence and _cue(tokens[m].norm, cues, after=False) == "signed"
            for m in range(k - 1, floor, -1)
        )
        return verb_before and named != month
    return False


_IN = normalize_term("في")


def _status(doc: Document, mention: _Mention, cues: AgreementCues, year: int | None) -> str | None:
    tokens = doc.tokens
    sentence = tokens[mention.head].sentence
    span = doc.sentence_tokens(sentence)
    first = span.start
    opener = tokens[first].norm
    opener_stem = opener[1:] if opener[:1] in ("و", "ف") and len(opener) > 3 else opener
    if opener_stem in cues.earlier_starts or opener in cues.earlier_starts:
        # "وكانت … قد وقعت", "وكان كشف …", "يذكر أن …": background, not the reported event.
        return "earlier"
    best: tuple[int, str] | None = None
    floor = _clause_floor(doc, mention, first)
    for k in range(mention.first - 1, max(floor - 1, mention.first - 1 - _BACK), -1):
        kind = _cue(tokens[k].norm, cues, after=False)
        if kind == "planned" and k > 0 and any(
            stem in cues.coordinators for _p, stem in clitic_variants(tokens[k - 1].norm)
        ):
            kind = "signed"  # "بالإضافة لتوقيع 20 اتفاقية": in addition to, not in order to
        if kind == "year":
            if year is not None and int(tokens[k].norm) < year:
                return "earlier"
            continue
        if kind is not None and kind != "signed_weak":
            best = (mention.first - k, kind)
            if kind == "signed" and (
                _is_masdar(tokens[k].norm) or _is_imperfect(tokens[k].norm, cues)
            ):
                # "المزمع توقيع"، "إمكانية توقيع"، "سيتم توقيع": the noun takes the
                # time of the word before it, and so does an imperfect after أن ("من
                # المقرر أيضا أن يوقع البلدان اتفاقية", "من المنتظر أن يوقع الرئيس").
                for m in range(k - 1, max(floor - 1, k - 4), -1):
                    if _cue(tokens[m].norm, cues, after=False) == "planned":
                        best = (mention.first - m, "planned")
                        break
                # "من أجل إبرام اتفاقيات", "بهدف توقيع": a purpose, signed or not.
                if k > 0 and _is_masdar(tokens[k].norm) and tokens[k - 1].norm in _PURPOSE:
                    best = (mention.first - k + 1, "planned")
                # "نقاشات … حول … وإبرام اتفاق سلام": a signing discussed, not done.
                if best[1] == "signed" and any(
                    tokens[m].norm in cues.under_discussion
                    for m in range(max(floor, k - 12), k)
                ):
                    best = (mention.first - k, "planned")
            if kind == "signed" and _pluperfect(tokens, floor, k):
                return "earlier"
            if kind == "signed" and year is not None and any(
                _YEAR.match(tokens[m].norm) and int(tokens[m].norm) < year
                for m in range(floor, k)
            ):
                return "earlier"  # "في 2016 أبرمت باريس وبيروت اتفاق تعاون"
            break
    for k in range(mention.last + 1, min(span.stop, mention.last + 1 + _AHEAD)):
        kind = _cue(tokens[k].norm, cues, after=True)
        if kind == "year":
            if year is not None and int(tokens[k].norm) < year:
                return "earlier"
            continue
        if kind is not None and kind != "signed_weak":
            distance = k - mention.last
            if kind == "planned" or best is None or distance < best[0]:
                best = (distance, kind)
            break
    if best is None:
        return "signed" if _opening_verb_governs(doc, mention, cues) else None
    kind = best[1]
    if kind == "signed_weak":
        return "signed" if not mention.definite else None
    if kind == "signed" and (
        _between_has_earlier(doc, first, mention.head, cues)
        or _earlier_year_after(tokens, mention.last, span.stop, year)
    ):
        return "earlier"
    return kind


def _earlier_year_after(tokens: Sequence[Token], last: int, stop: int, year: int | None) -> bool:
    """Whether a year before the article's follows the instrument within a few words of
    its clause ("بموجب معاهدة وقعها في عام 2000 الرئيسان"): a signing of the past."""
    if year is None:
        return False
    for k in range(last + 1, min(stop, last + 1 + _AHEAD)):
        norm = tokens[k].norm
        if norm in ("،", ",", "."):
            return False
        if _YEAR.match(norm) and int(norm) < year:
            return True
    return False


_OPENER_REACH = 20  # tokens an opening signing verb reaches across its subject's commas


def _opening_verb_governs(doc: Document, mention: _Mention, cues: AgreementCues) -> bool:
    """"وقع الرئيس …، وولي العهد …، إعلان شراكة": a signing verb opening the sentence
    governs its first object across the commas of a long subject (no other instrument
    between them)."""
    tokens = doc.tokens
    first = doc.sentence_tokens(tokens[mention.head].sentence).start
    opener = tokens[first].norm
    if mention.first - first > _OPENER_REACH or _cue(opener, cues, after=False) != "signed":
        return False
    if _is_masdar(opener):
        return False
    return not any(
        _instrument_at(tokens, k, cues) is not None for k in range(first + 1, mention.first)
    )


def _document_signed(doc: Document, mention: _Mention, cues: AgreementCues) -> bool:
    """A declaration, statement or document is an instrument only when a signing word
    governs it: right before it ("توقيع إعلان"), as the verb opening its sentence, or
    right after it ("بيان … مشترك وقع بين الطرفين"). "بعد إعلان مجموعة …" is an
    announcement."""
    tokens = doc.tokens
    sentence = tokens[mention.head].sentence
    k = mention.first - 1
    if k >= 0 and tokens[k].sentence == sentence and _cue(tokens[k].norm, cues, False) == "signed":
        return True
    if _opening_verb_governs(doc, mention, cues):
        return True
    for k in range(mention.last + 1, min(len(tokens), mention.last + 1 + _AHEAD)):
        if tokens[k].sentence != sentence:
            break
        if _cue(tokens[k].norm, cues, after=True) == "signed" and not _is_masdar(tokens[k].norm):
            return True
    return False


def _clause_floor(doc: Document, mention: _Mention, first: int) -> int:
    """First token of the instrument's clause: after the last comma before it, unless the
    instrument is a coordinated object ("…، واتفاقية لإقامة …")."""
    tokens = doc.tokens
    head = tokens[mention.first]
    cues = load_agreement_cues()
    coordinated = head.norm.startswith("و") or any(
        stem in cues.coordinators
        for k in range(max(first, mention.first - 2), mention.first)
        for _p, stem in clitic_variants(tokens[k].norm)
    )
    for k in range(mention.first, first, -1):
        gap = doc.text[tokens[k - 1].end : tokens[k].start]
        if "،" in gap or ", " in gap or ";" in gap:
            if coordinated and k >= mention.first - 2:
                continue
            return k
    return first


# Words that make the signing noun after them a purpose ("من أجل", "بهدف", "بغية").
_PURPOSE = normalize_terms(("أجل", "لأجل", "بهدف", "بغية", "قصد", "سعيا"))
_MASDAR = normalize_terms(("توقيع", "التوقيع", "إبرام", "إمضاء", "الإمضاء"))


def _is_masdar(word: str) -> bool:
    return any(stem in _MASDAR for _p, stem in clitic_variants(word))


def _is_imperfect(word: str, cues: AgreementCues) -> bool:
    """Whether a signing verb is imperfect ("يوقع", "يبرمان"), not perfect ("وقع")."""
    return any(
        stem in cues.signed and stem[:1] in "يت" and not prefix.endswith("ل")
        for prefix, stem in clitic_variants(word)
    )


def _pluperfect(tokens: list[Token], floor: int, k: int) -> bool:
    """"كانت … قد وقعت": a signing reported as background."""
    if k == 0 or tokens[k - 1].norm not in ("قد", "وقد"):
        return False
    return any(
        tokens[m].norm in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت")
        for m in range(max(floor, k - 8), k)
    )


def _between_has_earlier(doc: Document, first: int, head: int, cues: AgreementCues) -> bool:
    tokens = doc.tokens
    for k in range(first, head):
        norm = tokens[k].norm
        if norm in cues.earlier or (
            norm == "وقت" and k + 1 < head and tokens[k + 1].norm == "سابق"
        ):
            return True
    return False


def _cue(word: str, cues: AgreementCues, after: bool) -> str | None:
    if _YEAR.match(word):
        return "year"
    for prefix, stem in clitic_variants(word):
        if stem in cues.cancelled:
            # "اتفاقا لإلغاء الرسوم": after the instrument, ل + the word is its purpose
            return None if after and prefix.endswith("ل") else "cancelled"
        if prefix.endswith("ل") and stem in cues.signed and (stem[:1] in "يت" or stem in _MASDAR):
            return "planned"  # "لتوقيع"، "ليوقعا": in order to sign ("ليبرمان" is a name)
        if stem in cues.planned and (after or stem not in cues.planned_only_after):
            return "planned"
        if stem in cues.signed_weak:
            return "signed_weak"
        if stem in cues.signed:
            return "signed"
        if stem in cues.earlier:
            return "earlier"
    return None


# --------------------------------------------------------------------------- areas


def _read_areas(doc: Document, mention: _Mention, cues: AgreementCues) -> None:
    """Topic-lexicon matches in the clause after the instrument, as (label, start, end)."""
    tokens = doc.tokens
    sentence = tokens[mention.head].sentence
    stop = doc.sentence_tokens(sentence).stop
    end = min(stop, mention.last + 1 + _AREA_SPAN)
    # The clause ends at another instrument or at a comma followed by a new clause.
    for k in range(mention.last + 1, end):
        if _instrument_at(tokens, k, cues) is not None:
            end = k
            break
        gap = doc.text[tokens[k - 1].end : tokens[k].start]
        if ("،" in gap or "," in gap) and k > mention.last + 1:
            end = k
            break
    start = mention.last + 1
    if start >= end:
        return
    areas: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for match in match_topics(doc, start, end):
        label = match.value[0]
        if label in seen or label == "diplomacy_general":
            continue
        seen.add(label)
        a_start = (
            match.start if "و" in match.prefix
            else _conjunct_start(doc, match.first, start, cues, match.start)
        )
        areas.append((label, a_start, match.end))
    mention.areas = areas
    mention.area_text = (tokens[start].start, tokens[end - 1].end)


def _conjunct_start(doc: Document, first: int, floor: int, cues: AgreementCues, start: int) -> int:
    """Carry an area back over a head noun of its conjunct ("وأنظمة الطائرات المسيرة")."""
    tokens = doc.tokens
    k = first - 1
    steps = 0
    while k >= floor and steps < 2:
        word = tokens[k].norm
        gap = doc.text[tokens[k].end : tokens[k + 1].start]
        if "،" in gap or "," in gap:
            break
        if word in _AREA_HEAD_STOP or word in cues.area_stop:
            break
        if word.startswith("و") and word not in cues.not_conjunction and len(word) > 3:
            return tokens[k].start + 1
        if word.startswith(("ل", "ب")) and len(word) > 4 and word[1:3] == "ال":
            break
        start = tokens[k].start
        k -= 1
        steps += 1
    return start


_AREA_HEAD_STOP = frozenset(
    normalize_term(w)
    for w in ("في", "فى", "مجال", "مجالات", "بمجال", "بمجالات", "المشترك", "التعاون",
              "تعزيز", "لتعزيز", "بشأن", "حول", "قطاع", "قطاعات", "ل", "من")
)


# --------------------------------------------------------------------------- selection


def _choose_signed(
    mentions: list[_Mention], tokens: Sequence[Token], cues: AgreementCues
) -> list[_Mention]:
    """The signed mentions whose counts add up to the signed total, per instrument type."""
    heads = {m.head for m in mentions}
    chosen: list[_Mention] = []
    by_type: dict[str, list[_Mention]] = {}
    for mention in mentions:
        if mention.status == "signed":
            by_type.setdefault(mention.instrument, []).append(mention)
    for group in by_type.values():
        body = [m for m in group if not m.in_title] or group
        stated = [m for m in body if m.stated and m.count]
        singles = _distinct_singles([m for m in body if not m.stated and m.count == 1
                                     and not m.definite])
        closed = [m for m in body if m.count is None and len(m.areas) >= 2 and not m.definite]
        for m in closed:
            m.count, m.stated = len(m.areas), True
        stated += closed
        vague = [
            m for m in body
            if m.count is None and not m.definite and not m.in_title
            and _signing_governs(tokens, m, heads, cues)
        ]
        if stated:
            best = max(stated, key=lambda m: (m.count or 0, -m.head))
            if len(singles) > (best.count or 0):
                chosen.extend(singles)
            else:
                chosen.append(best)
        elif len(singles) == 1 and vague:
            # "وقع … عدة اتفاقيات اقتصادية، بالإضافة إلى اتفاقية تعاون": a plural is two or
            # more, so one single cannot be all it names: the total is vague.
            chosen.append(vague[0])
        elif singles:
            chosen.extend(singles)
        else:
            vague = [m for m in body if m.count is None and not m.definite]
            # "توقيع 18 اتفاقية" in the headline counts the body's "وقعت … اتفاقيات".
            counted = [m for m in group if m.in_title and m.stated and m.count]
            if vague and counted:
                chosen.append(counted[0])
            elif vague:
                chosen.append(vague[0])
    chosen.sort(key=lambda m: m.head)
    return chosen


_SIGNING_REACH = 6  # "ووقع محمد بن سلمان على عدة اتفاقيات"


def _signing_governs(
    tokens: Sequence[Token], mention: _Mention, heads: set[int], cues: AgreementCues
) -> bool:
    """Whether a signing verb or noun stands a few words before the mention, in its
    sentence, with no other instrument between ("تم توقيع حزمة اتفاقيات", "أبرمت في الأيام
    الأخيرة اتفاقات"), unlike a plural that only recalls others ("وفق اتفاقات سابقة")."""
    sentence = tokens[mention.first].sentence
    for k in range(mention.first - 1, max(-1, mention.first - 1 - _SIGNING_REACH), -1):
        if tokens[k].sentence != sentence or k in heads:
            return False
        if _cue(tokens[k].norm, cues, after=False) == "signed":
            return True
    return False


def _distinct_singles(singles: list[_Mention]) -> list[_Mention]:
    kept: list[_Mention] = []
    for mention in singles:
        if any(len(mention.purpose & other.purpose) >= 1 for other in kept):
            continue
        kept.append(mention)
    return kept


# --------------------------------------------------------------------------- output


def _objects(
    doc: Document,
    mention: _Mention,
    offset: int,
    countries: list[Entity],
    organizations: list[Entity],
    people: list[Entity],
    cues: AgreementCues,
) -> list[Agreement]:
    tokens = doc.tokens
    text = doc.text
    instrument_ar = text[_strip_clitic_start(doc, mention.head) : tokens[mention.last].end]
    start = _clause_start(doc, mention)
    evidence = doc.evidence(start, tokens[mention.last].end)
    parties, signatories = _parties(doc, mention, countries, organizations, people, cues)
    status = mention.status or "signed"
    count = mention.count  # None: a vague count ("عدد من مذكرات التفاهم")
    base = dict(
        instrument=mention.instrument,
        instrument_ar=instrument_ar,
        status=status,
        parties=parties,
        signatories=signatories,
    )
    out: list[Agreement] = []
    if mention.areas and count is not None and len(mention.areas) == count and count > 1:
        for label, a_start, a_end in mention.areas:
            out.append(
                Agreement(
                    id=f"a{offset + len(out) + 1}", count=1, areas=[label],
                    area_ar=text[a_start:a_end],
                    evidence=[evidence, doc.evidence(a_start, a_end)], **base,
                )
            )
        return out
    area_ar = None
    extra = []
    if mention.areas:
        a_start = mention.areas[0][1]
        a_end = mention.areas[-1][2]
        area_ar = text[a_start:a_end]
        extra = [doc.evidence(a_start, a_end)]
    elif mention.area_text is not None:
        area_ar = text[mention.area_text[0] : mention.area_text[1]].strip(" ،,.")
    return [
        Agreement(
            id=f"a{offset + 1}", count=count, areas=[label for label, _s, _e in mention.areas],
            area_ar=area_ar or None, evidence=[evidence, *extra], **base,
        )
    ]


def _strip_clitic_start(doc: Document, i: int) -> int:
    token = doc.tokens[i]
    word = token.norm
    for prefix, stem in clitic_variants(word):
        if stem in load_agreement_cues().forms or (
            stem.startswith("ال") and stem[2:] in load_agreement_cues().forms
        ):
            rewritten = stem != word[len(prefix) :]
            return token.start + len(prefix) if prefix and not rewritten else token.start
    return token.start


def _clause_start(doc: Document, mention: _Mention) -> int:
    """Start the evidence at the signing verb when it is near, else at the instrument."""
    tokens = doc.tokens
    cues = load_agreement_cues()
    sentence = tokens[mention.head].sentence
    first = doc.sentence_tokens(sentence).start
    for k in range(mention.first - 1, max(first - 1, mention.first - 8), -1):
        kind = _cue(tokens[k].norm, cues, after=False)
        if kind in ("signed", "planned"):
            token = tokens[k]
            if token.norm[:1] in ("و", "ف") and _cue(token.norm[1:], cues, after=False):
                return token.start + 1
            return token.start
    return tokens[mention.first].start


_WITH = normalize_terms(("مع", "ومع"))


def _parties(
    doc: Document,
    mention: _Mention,
    countries: list[Entity],
    organizations: list[Entity],
    people: list[Entity],
    cues: AgreementCues,
) -> tuple[list[str], list[str]]:
    sentence = doc.tokens[mention.head].sentence

    def in_sentence(entities: list[Entity]) -> list[str]:
        keys = []
        for entity in entities:
            if any(m.sentence == sentence and m.kind != "capital" for m in entity.mentions):
                keys.append(entity.key)
        return keys

    # "وقعت مصر والأردن اتفاقية … على هامش الجلسة الافتتاحية للمجلس": the states or bodies
    # named before the instrument sign it, and those it is made with ("اتفاقا مع البنك
    # الدولي"); a body named only after it otherwise is the setting.
    tokens = doc.tokens
    head_start = tokens[mention.head].start

    def signs(m: Mention) -> bool:
        if m.sentence != sentence or m.kind == "capital":
            return False
        if m.end <= head_start:
            return True
        k = m.first_token - 1
        return k > mention.head and tokens[k].norm in _WITH

    signers = [e.key for e in countries + organizations if any(signs(m) for m in e.mentions)]
    orgs = in_sentence(organizations)
    parties = signers or orgs or in_sentence(countries)
    signatories = in_sentence(people)
    if not signatories:
        span = doc.sentence_tokens(sentence)
        if any(
            clitic_stem in cues.joint_signers
            for k in range(span.start, mention.head)
            for _p, clitic_stem in clitic_variants(doc.tokens[k].norm)
        ):
            principals = [e for e in people if isinstance(e.fact, Person)
                          and e.fact.role == "principal"]
            signatories = [e.key for e in principals[:2]]
    return parties, signatories
