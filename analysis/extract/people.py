"""People: named persons with their office titles, ranks, nationality and later mentions.

Arabic news names a person through an office title and a name ("وزير الخارجية الإيراني
محمد جواد ظريف"), a name and an appositive title ("روبرتو روباداي قائد فريق الإطفاء"), a
kept honorific (الشيخ، الأمير) or plain Arabic name grammar (X بن Y, آل, عبد, أبو). The
reader here works on tokens:

* a **title** is a head word (وزير، الرئيس، ولي، سفير، المتحدث …) followed by what
  completes it: definite nouns (الخارجية، الراحل), construct nouns (عهد، مجلس، شؤون), country
  words (الإماراتي، إريتريا، أبوظبي), and links (لدى، باسم، و+ال…, ل+ال…);
* a **name** starts at the first word that is none of those; ranks and honorifics
  (اللواء، معالي، الدكتور) go to ``honorific_ar``, الشيخ/الأمير stay in the name. The name
  runs through particles (بن، آل، عبد، أبو) and indefinite words, ends after a definite
  family name (الجعفري) and stops at punctuation, function words, time words, verbs,
  titles and country words, which covers foreign names in Arabic script (أسياس أفورقي);
* later **short mentions** (the family name, "الشيخ راشد", the first words before بن) are
  linked to the full name, and a **bare title** later in the text ("ولي عهد أبوظبي",
  "الرئيس الصيني", "المسؤول") becomes a title mention of the person holding it.

Nationality comes from the title (an adjective, a country, a capital or emirate, the
sender side of "سفير X لدى Y"), else a ruling family (آل نهيان), else, for a state office
named without a country (رئيس الحكومة، وزير الخارجية), the home country of the credited
national wire agency or national outlet — the convention of domestic news; otherwise null.
Bylines are not in the content and so never become people.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from analysis.extract import countries as country_words
from analysis.extract.document import (
    PRONOUN_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    Document,
    Gazetteer,
    Match,
    Token,
    Tokens,
    attached_forms,
    clitic_variants,
    shared_words,
    without_conjunction,
)
from analysis.extract.entities import Entity, Mention
from analysis.extract.lexicons import (
    clubs,
    common_nouns,
    family_names,
    given_names,
    imperfect_stems,
)
from analysis.extract.sources import find_wire_mentions, outlet_home, outlet_names
from analysis.extract.statements import load_statement_cues
from analysis.schema import Country, Person
from analysis.text import normalize_term, normalize_terms

__all__ = ["find_people", "is_political_office"]

_DATA = Path(__file__).parent / "data"
_MAX_NAME = 7
_ALLAH = "الله"
_DIN = "الدين"
_ALAN = "الان"
_ABD = "عبد"
_AL_MALIK = normalize_term("الملك")  # a divine name after عبد, not the title (عبد الملك)
_MAX_TITLE = 14
_STATE_HEADS = frozenset(
    normalize_term(w)
    for w in (
        "وزير",
        "وزيرة",
        "الوزير",
        "الوزيرة",
        "رئيس",
        "رئيسة",
        "الرئيس",
        "الرئيسة",
        "نائب",
        "ولي",
        "الملك",
        "العاهل",
        "عاهل",
        "سفير",
        "السفير",
        "المتحدث",
        "الناطق",
        "مستشار",
        "المستشار",
        "محافظ",
        "المحافظ",
        "وكيل",
        "المبعوث",
        "المندوب",
        "أمير",
        "الأمير",
        "الأمين",
        "أمين",
    )
)
_ATTEND = re.compile(normalize_term("^[وف]?(?:حضر|حضره|حضرها|بحضور|حضور|يحضر|وحضر)"))
_LATE = normalize_terms(("الراحل", "الراحلة", "السابق", "السابقة", "الأسبق"))
# Heads of a territory, written in construct with the place: "والي صفاقس", "محافظ أسيوط".
_TERRITORIAL = normalize_terms(("والي", "محافظ", "معتمد", "حاكم", "عمدة"))
_WALI = normalize_term("والي")
# Nouns of a title that a bare place name may follow ("إقليم كردستان", "برلمان طبرق").
_PLACE_HEADS = normalize_terms(("إقليم", "ولاية", "محافظة", "مقاطعة", "بلدية", "برلمان", "حكومة"))
_PUNCT_GAP = re.compile(r"[^\s\u0640\u064b-\u065f\u0670]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_DIGIT = re.compile(r"\d")
# Letters Arabic never uses to write Chinese or Korean syllables (جونغ، أون، جين بينغ).
_NOT_EAST_ASIAN = re.compile("[حخذعقصضطظث]")


@dataclass(frozen=True, slots=True)
class _PoliticalOffices:
    offices: frozenset[str]
    presidents: frozenset[str]
    states: frozenset[str]
    ministers: frozenset[str]
    portfolios: frozenset[str]


@dataclass(frozen=True)
class _Vocab:
    heads: frozenset[str]
    kin: frozenset[str]  # kinship nouns with a possessive suffix (وابنته، زوجها), heads too
    descriptors: frozenset[str]  # what a person is, not an office (الإعلامي، الطفلة), heads too
    # Every word that may read as a head with clitics attached (a superset): most tokens
    # are not, and one lookup tells before clitic_variants is walked.
    head_forms: frozenset[str]
    title_nouns: frozenset[str]
    honorifics: Gazetteer[str]
    kept: frozenset[str]
    given: frozenset[str]
    arabic_given: frozenset[str]
    family_first: frozenset[str]
    al_given: frozenset[str]
    ordinals: frozenset[str]
    stop: frozenset[str]
    verbs: frozenset[str]
    starters: frozenset[str]
    anaphors: frozenset[str]
    named_places: frozenset[str]
    months: frozenset[str]
    political: _PoliticalOffices
    political_heads: frozenset[str]


@cache
def _vocab() -> _Vocab:
    data = json.loads((_DATA / "people.json").read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize_term(w) for w in data[key] if " " not in w.strip())

    arabic = {normalize_term(w).replace(" ", "") for w in data["given_names"]}
    arabic |= given_names("arabic")
    given = arabic | given_names("foreign") | _alef_variants(given_names("foreign"))
    kin = words("kin_heads")
    descriptors = words("descriptor_heads")
    heads = words("heads") | kin | descriptors
    offices = data["political_offices"]
    political = _PoliticalOffices(
        *(
            normalize_terms(offices[key])
            for key in ("offices", "presidents", "states", "ministers", "portfolios")
        )
    )
    return _Vocab(
        heads=heads,
        kin=kin,
        descriptors=descriptors,
        head_forms=frozenset(form for head in heads for form in attached_forms(head)),
        title_nouns=words("title_nouns"),
        honorifics=Gazetteer([(h, h) for h in data["honorifics"]]),
        kept=words("kept_honorifics"),
        given=frozenset(given),
        arabic_given=frozenset(arabic),
        family_first=given_names("family_first"),
        al_given=words("al_given_names"),
        ordinals=words("ordinals"),
        stop=words("stop_words") | words("months"),
        months=words("months"),
        political=political,
        political_heads=political.offices | political.presidents | political.ministers,
        verbs=words("verbs"),
        starters=words("name_starters"),
        anaphors=words("generic_anaphors"),
        named_places=words("named_places"),
    )


def _alef_variants(names: frozenset[str]) -> frozenset[str]:
    """Spellings of foreign given names of five letters or more with one inner ا more or
    less, as transliteration varies (اليكسندر، اليكساندر؛ سامانثا، سامنثا), leaving out
    common nouns, their duals (مرتين: مرة) and feminine plurals (براءات)."""
    variants: set[str] = set()
    for name in names:
        if len(name) < 5:
            continue
        for k in range(1, len(name) - 1):
            if name[k] == "ا":
                variants.add(name[:k] + name[k + 1 :])
            elif name[k - 1] != "ا" and name[k + 1] != "ا":
                variants.add(name[: k + 1] + "ا" + name[k + 1 :])
    nouns = common_nouns()
    def dual(word: str) -> bool:
        return word.endswith(("ين", "ان")) and (word[:-2] in nouns or word[:-3] + "ه" in nouns)

    return frozenset(
        v
        for v in variants
        if len(v) >= 5 and v not in nouns and not v.endswith("ات") and not dual(v)
    )


def is_future_verb(word: str) -> bool:
    """Whether a normalized word is س + an imperfect verb (ستكون، سيلتقي، سنعمل، وسيقرر،
    سيزرعان): a stem the corpus has with ي and ت, also with a dual or plural ending, and
    no given name of that shape (سيرجي)."""
    word = without_conjunction(word)
    if len(word) < 5 or word[0] != "س" or word[1] not in "يتنا" or word in _vocab().given:
        return False
    stem, stems = word[2:], imperfect_stems()
    return stem in stems or (stem[-2:] in ("ان", "ون") and stem[:-2] in stems)


def is_political_office(title_ar: str | None) -> bool:
    """Whether an office title is at the political level of foreign relations.

    Heads of state and government, monarchs and crown princes, leaders, chancellors,
    foreign ministers, ambassadors and envoys: "الرئيس الفرنسي", "رئيس الوزراء", "ولي عهد
    أبوظبي", "وزير خارجية مملكة النرويج", "المستشارة الألمانية", a chargé d'affaires
    ("القائم بالأعمال") and an acting holder ("القائم بأعمال وزير الخارجية"). Not a president of an
    institution ("رئيس مجلس إدارة الشركة") nor another minister ("وزير الداخلية"). The
    words are in ``data/people.json`` (``political_offices``).

    Args:
        title_ar: an office title as written (a person's ``title_ar``), or None.
    """
    words = normalize_term(title_ar or "").split()
    if words[:1] == [_CHARGE] and words[1:2] and words[1] in _AFFAIRS:
        if words[1] == _AFFAIRS_DEFINITE or words[2:3] in ([], [_EMBASSY]):
            return True  # "القائم بالأعمال الأمريكي", "… بأعمال السفارة": a head of mission
        words = words[2:]  # "القائم بأعمال وزير الخارجية": the acting holder of the office
    if not words:
        return False
    vocab = _vocab()
    offices = vocab.political
    head, rest = words[0], words[1:]
    if head.startswith("لل"):  # "للرئيس الصيني"
        head = "ال" + head[2:]
    elif head[:1] == "ل" and head[1:] in vocab.political_heads:
        head = head[1:]
    if head in offices.offices:
        return True
    if head in offices.presidents:
        if not rest or rest[0] in offices.states or " ".join(rest[:2]) in offices.states:
            return True
        # a nationality or a state's name, not an institution ("رئيس مجلس الأمة")
        nouns = vocab.title_nouns
        return len(rest) <= 2 and not any(
            word in nouns or word.removeprefix("ال") in nouns for word in rest
        )
    if head in offices.ministers:
        return any(word in offices.portfolios for word in rest[:3])
    return False


@dataclass
class _Candidate:
    first: int
    last: int
    start: int
    title: tuple[int, int] | None = None  # original span of the title phrase
    title_tokens: tuple[int, int] | None = None  # token range of the title (inclusive)
    honorific: str | None = None
    anchored_by_title: bool = False
    mentions: list[Mention] = field(default_factory=list)
    appositive_tokens: tuple[int, int] | None = None  # a second title after the name


def _titled(
    doc: Document,
    first: int,
    last: int,
    title: tuple[int, int],
    title_tokens: tuple[int, int],
    honorific: str | None,
) -> _Candidate:
    """A candidate whose office title names it (before or after the name)."""
    start = _strip_conjunction(doc, doc.tokens[first])
    return _Candidate(first, last, start, title, title_tokens, honorific, True)


def _stem(token: Token) -> str:
    """The token without a leading و/ف conjunction."""
    return without_conjunction(token.norm)


def _gap(doc: Document, a: Token, b: Token) -> bool:
    """Whether punctuation separates two consecutive tokens.

    A hashtag sign or underscore (دونالد #ترمب، #إسياس_أفورقي) and a hyphen with no space
    around it (مون جي-إن) join words rather than separate them.
    """
    if a.sentence != b.sentence:
        return True
    between = doc.text[a.end : b.start]
    if between == " ":
        return False  # the common case, settled before the regex
    if between in ("_", "-") or between.strip() == "#":
        return False
    return bool(_PUNCT_GAP.search(doc.text, a.end, b.start))


def _is_preposition_ala(doc: Document, token: Token) -> bool:
    """ "على" (a preposition) normalizes like the name علي: the original spelling tells."""
    return without_conjunction(token.norm) == "علي" and doc.text[token.end - 1 : token.end] == "ى"


def _noun_complement(doc: Document, token: Token) -> bool:
    """Whether ``token``, after a common noun, is its complement: a common noun, definite
    ("قيادات الحوثيين") or not ("رفع سعر الفائدة"), and no given name ("خير الدين")."""
    word = token.norm
    if word == _DIN or word in _vocab().given:
        return False
    return _common_word(word[2:] if _is_definite(doc, token) else word)


def _is_country_word(tokens: list[Token], i: int) -> int:
    """Index of the last token of a country word starting at ``i``, or -1 (a weak name
    counts after a ruler's title: "سلطان عمان")."""
    match = country_words.country_gazetteer().match_at(tokens, i)
    if match is not None and match.value is not None:
        return match.last
    return i if i > 0 and country_words.ruled_state(tokens, i - 1) is not None else -1


def _is_head(vocab: _Vocab, token: Token) -> bool:
    return _is_head_word(vocab, token.norm)


def _is_head_word(vocab: _Vocab, word: str) -> bool:
    return word in vocab.head_forms and any(
        stem in vocab.heads for _, stem in clitic_variants(word)
    )


def _is_blocked_phrase(tokens: list[Token], i: int) -> bool:
    """Whether a phrase of two words or more that the country gazetteer blocks as no state
    starts at ``i`` ("باريس سان جيرمان", "أمريكا اللاتينية"): a club or a region, no name. A
    blocked single word (تركي, also a given name) is left to the name rules."""
    match = country_words.country_gazetteer().match_at(tokens, i)
    return match is not None and match.value is None and match.last > i


@cache
def _club_phrases() -> dict[str, frozenset[str]]:
    """The corpus's club names (:func:`lexicons.clubs`) by first word: the second words
    ("" for a club of one word)."""
    seconds: dict[str, set[str]] = {}
    for name in clubs():
        first, _, second = name.partition(" ")
        seconds.setdefault(first, set()).add(second)
    return {first: frozenset(words) for first, words in seconds.items()}


def _club_end(tokens: Tokens, i: int) -> int:
    """Index of the last token of a football club's name starting at ``i`` ("مانشستر
    يونايتد", "وليفربول", "لبايرن ميونيخ"), or -1: the longest name the corpus's list has."""
    phrases, word = _club_phrases(), without_conjunction(tokens[i].norm)
    seconds = phrases.get(tokens[i].norm) or phrases.get(word)
    if seconds is None and word[:1] in ("ل", "ب"):
        seconds = phrases.get(word[1:])  # the club of a preposition: "مدرب لبايرن ميونيخ"
    if seconds is None:
        return -1
    match = country_words.country_gazetteer().match_at(tokens, i)
    if match is not None and match.value is None:
        return match.last  # the longer name the country gazetteer blocks: باريس سان جيرمان
    if i + 1 < len(tokens) and tokens[i + 1].norm in seconds:
        return i + 1
    return i if "" in seconds else -1


def _is_blocker(vocab: _Vocab, tokens: list[Token], i: int) -> bool:
    """Words that cannot be part of a name."""
    word = tokens[i].norm
    alone = _blocks_alone(word)
    if alone is not None:
        return alone
    if (
        _is_country_word(tokens, i) >= 0
        or _is_blocked_phrase(tokens, i)
        or _club_end(tokens, i) >= 0  # a club is no name ("مانشستر يونايتد")
    ):
        return True
    # A preposition on a definite noun (بالمدينة، كالعادة); but ك + ال + no common noun is a
    # foreign name in كال (إبراهيم كالين، كالفن).
    return any(
        s.startswith("ال") and len(s) > 3 and p and (p[-1:] != "ك" or s[2:] in common_nouns())
        for p, s in clitic_variants(word)
    )


@lru_cache(maxsize=16384)
def _blocks_alone(word: str) -> bool | None:
    """What a word says by itself for :func:`_is_blocker`: ``True`` (a verb, a code, an
    office word: "وأكد", "2018", "الوزير"), ``False`` (a given name: "محمد"), or ``None``
    when the words after it decide (a country's name: "كوريا الجنوبية").

    Kept per word: the same few thousand words follow names article after article, and
    reading them is most of the cost of :func:`_is_blocker`.
    """
    vocab = _vocab()
    stem = without_conjunction(word)
    if (
        len(word) < 2
        or _ARABIC_LETTER.search(word) is None
        or _LATIN_LETTER.search(word)
        or _DIGIT.search(word)
    ):
        return True  # no Arabic letter, or Latin letters or digits: a code, a count, mojibake
    if word in vocab.given and word not in vocab.stop and not _is_head_word(vocab, word):
        return False
    if word in vocab.stop or stem in vocab.stop or word in vocab.verbs or stem in vocab.verbs:
        return True
    if _is_head_word(vocab, word) or word in vocab.title_nouns:
        return True
    rest = stem[1:]
    # A verb's form after ب/ك is its verbal noun (بوصف، كأمر، بتلقي), but an imperfect one
    # takes only ل of purpose (ليرى): "كيري" is Kerry, not ك + يرى.
    known = [vocab.stop, vocab.title_nouns, vocab.heads]
    if stem[:1] == "ل" or rest[:1] != "ي":
        known.append(vocab.verbs)
    if stem[:1] in ("ب", "ل", "ك") and len(rest) >= 3 and any(rest in words for words in known):
        return True  # a preposition on a known word (بمستشفى، لعقد، بوالي)
    if (
        len(word) >= 5
        and word.endswith("يا")
        and (word in common_nouns() or _common_with_feminine(word[:-1]))
    ):
        return True  # an adverb (رسميا، هاتفيا) or noun (ميليشيا), not a name (شيرستيا)
    if len(stem) >= 5 and stem.startswith(("است", "مست", "يت", "يست", "تت")):
        return True  # verbs and participles of derived forms (استمر، مستقرا، يتوعد)
    if _imperfect_verb(vocab, word) or (word[:1] == "ل" and _imperfect_verb(vocab, word[1:])):
        return True  # an imperfect verb, also after ل of purpose ("تعمل", "ليخرج", "ليضيف")
    return None


def _read_title(doc: Document, i: int) -> int:
    """Last token index of a title phrase whose head is token ``i``."""
    vocab = _vocab()
    tokens = doc.tokens
    j = i
    limit = min(len(tokens), i + _MAX_TITLE)
    kin = _is_kin(tokens[i])  # "بابنه التلميذ، …", "ابنته بالمستشفى": no office after it
    if _is_charge(tokens, i):
        j += 1  # "القائم بأعمال السفارة": the affairs are the head's own word
    if (
        any(stem in _TERRITORIAL for _, stem in clitic_variants(tokens[i].norm))
        and j + 1 < limit
        and not _gap(doc, tokens[j], tokens[j + 1])
        and tokens[j + 1].norm not in vocab.given
        and not _is_blocker(vocab, tokens, j + 1)
    ):
        j += 1  # "والي صفاقس", "محافظ أسوان": the place completes the title
    while j + 1 < limit:
        nxt = tokens[j + 1]
        if _gap(doc, tokens[j], nxt):
            break
        word, stem = nxt.norm, _stem(nxt)
        if (
            j + 2 < limit
            and not _gap(doc, nxt, tokens[j + 2])
            and (stem, tokens[j + 2].norm) in _compound_heads()
        ):
            j += 1  # "نائبة مساعد وزير الخارجية": مساعد (also a given name) before its head
            continue
        if (
            tokens[j].norm in _PLACE_HEADS
            and word not in vocab.given
            and not _is_blocker(vocab, tokens, j + 1)
        ):
            j += 1  # "رئيس برلمان إقليم كردستان": the place completes the title
            continue
        if (
            word == _TO
            and _stem(tokens[i]).removeprefix("ال") in _ENVOYS
            and j + 2 < limit
            and not _gap(doc, nxt, tokens[j + 2])
            and (country_end := _is_country_word(tokens, j + 2)) >= 0
        ):
            j = country_end  # "مبعوث الأمم المتحدة إلى اليمن مارتن غريفيثس"
            continue
        if (
            word in vocab.al_given
            or word in vocab.kept
            or not _definite_or_plain(doc, nxt)
            or _foreign_al_given(word)  # "… الروسي اليكسندر نوفاك"
        ):
            break
        if kin and not _is_definite(doc, nxt) and _is_country_word(tokens, j + 1) < 0:
            break  # "زوجها المخرج اللبناني": a relative's title is its adjectives and nouns
        if word in vocab.title_nouns and _quoted_after(doc, nxt):
            j = _skip_quote(doc, j + 1)
            continue
        if _honorific_at(tokens, j + 1) is not None:
            break
        country_end = _is_country_word(tokens, j + 1)
        if country_end >= 0:
            j = country_end
            continue
        club_end = _club_end(tokens, j + 1)
        if (
            club_end >= 0
            and club_end + 1 < limit
            and not _gap(doc, tokens[club_end], tokens[club_end + 1])
            and (
                tokens[j].norm in _PLACE_HEADS
                or tokens[club_end + 1].norm in vocab.given
                or tokens[club_end + 1].norm in _LATE
                or (
                    _nisba_adjective(doc, tokens[club_end + 1])
                    and club_end + 2 < limit
                    and not _gap(doc, tokens[club_end + 1], tokens[club_end + 2])
                )
            )
        ):
            # "لاعب مانشستر يونايتد بول بوغبا", "لاعب مانشستر سيتي الإنجليزي إلكاي غوندوغان",
            # "رئيسة بلدية برشلونة أدا كولاو": the club (or its city) completes the title
            # when a given name, السابق or its nationality before a name follows it; a
            # title on a club before any other word ("لاعب ليفربول عدم وضعه"، "مدرب مانشستر
            # يونايتد المديح للشاب"، "لاعب ليفربول الإنجليزي، علما") is no name's
            j = club_end
            continue
        if stem in _STATE_NOUNS and j + 2 < limit and not _gap(doc, nxt, tokens[j + 2]):
            country_end = _is_country_word(tokens, j + 2)
            if country_end >= 0:
                j = country_end  # "وزير خارجية مملكة النرويج"
                continue
        if word == "عام" and j == i:
            j += 1  # "مدير عام", "أمين عام": general, not year
            continue
        if word == _DELEGATION and j == i and _stem(tokens[i]) in _DELEGATION_HEADS:
            j += 1  # "رئيس الوفد", "عضو الوفد": الوفد is otherwise no part of a title
            continue
        if word in ("لدي", "باسم") and j + 2 < limit and not _gap(doc, nxt, tokens[j + 2]):
            j += 2
            country_end = _is_country_word(tokens, j)
            j = max(j, country_end)
            continue
        if (
            word == _IN
            and j + 2 < limit
            and not _gap(doc, nxt, tokens[j + 2])
            and _stem(tokens[j + 2]) in vocab.title_nouns
            and j + 3 < limit
            and not _gap(doc, tokens[j + 2], tokens[j + 3])
            and tokens[j + 3].norm.startswith("ال")
        ):
            j += 1  # "القيادي في حركة النهضة": the body the office is in, by its name
            continue
        if word in _PLACE_PREPOSITIONS:
            end = _place_before_name(doc, j + 2, limit)
            if end is not None:
                j = end  # "الممثلة السامية في الاتحاد الأوروبي فيدريكا موغريني"
                continue
        if word in vocab.stop or stem in vocab.stop or word in vocab.verbs:
            break
        if word.startswith("ال"):
            j += 1
            continue
        if _named_body_before_name(doc, j + 1, limit, _is_head(vocab, tokens[j])):
            j += 1  # "الرئيس التنفيذي لتسلا إيلون ماسك": the company, by its name
            continue
        if _genitive_before_name(doc, j + 1, limit):
            j += 2  # "رئيس المرصد التونسي لحقوق الإنسان", "… بوزارة الشؤون الخارجية"
            continue
        # "والطيران" goes on; ف + ال does not in a title ("الروسية فاليري": a name)
        if (stem.startswith("ال") and word[:1] != "ف") or word.startswith(("لل", "بال")):
            j += 1
            continue
        if word in vocab.title_nouns or stem in vocab.title_nouns or _is_head(vocab, nxt):
            j += 1
            continue
        break
    # A title does not end on a connective.
    return j


@cache
def _compound_heads() -> frozenset[tuple[str, ...]]:
    """The heads of two words (مساعد وزير), as pairs of normalized words."""
    data = json.loads((_DATA / "people.json").read_text(encoding="utf-8"))
    return frozenset(
        tuple(normalize_term(head).split()) for head in data["heads"] if " " in head.strip()
    )


def _named_body_before_name(doc: Document, k: int, limit: int, right_after_head: bool) -> bool:
    """Whether token ``k`` is a body's name (a company, an agency: no given name, no common
    noun) with a given name right after it: the body a title is held in ("الرئيسة التنفيذية
    لناسداك أدينا فريدمان", "رئيس يوروبول روب وينرايت"), not the name. In ل/ب after the
    title's words ("لكيم", "لمحمد" are a person's); bare right after the head, before a
    foreign given name only: "المستشار لاشين إبراهيم" is a name, إبراهيم the father's."""
    tokens, vocab = doc.tokens, _vocab()
    word = tokens[k].norm
    prefixed = word[:1] in ("ل", "ب")
    body = word[1:] if prefixed else word
    if (
        len(body) < 3
        or body.startswith("ال")
        or _in_either(word, vocab.given)
        or _in_either(body, vocab.given)
        or _in_either(body, vocab.family_first)
        or body in common_nouns()  # "بمستشفى شارل نيكول", "بإمام الأزهر": a noun
        or word in vocab.stop
        or word.endswith(("ها", "هم", "هما", "هن"))  # "المسؤولة عنهما ريبيكا كوربت"
        or (not prefixed and not right_after_head)
        or k + 1 >= limit
        or _gap(doc, tokens[k], tokens[k + 1])
    ):
        return False
    name = tokens[k + 1].norm
    if right_after_head and (name in vocab.arabic_given or _in_either(name, vocab.family_first)):
        return False  # "السفير سونغ كيم": كيم is the family name
    if not prefixed and (
        k + 2 >= limit
        or _gap(doc, tokens[k + 1], tokens[k + 2])
        or _is_blocker(vocab, tokens, k + 2)
    ):
        return False  # "القاضي غرانت باول،": a given name alone after it is a family name
    return name in vocab.given and not name.startswith("ال") and not _is_head(vocab, tokens[k + 1])


def _genitive_before_name(doc: Document, k: int, limit: int) -> bool:
    """Whether token ``k`` is ل/ب + a common noun with a definite genitive after it, in a
    title that a given name ends ("رئيس المرصد التونسي لحقوق الإنسان مصطفى عبد الكبير",
    "المدير العام للشؤون القنصلية بوزارة الشؤون الخارجية شفيق حجي"; not "لحسن", a name)."""
    vocab, tokens = _vocab(), doc.tokens
    word = tokens[k].norm
    if not (word[:1] in ("ل", "ب") and word[1:] in common_nouns() and word[1:] not in vocab.given):
        return False
    j = k + 1
    while j < min(limit, k + _GENITIVE_REACH) and not _gap(doc, tokens[j - 1], tokens[j]):
        norm = tokens[j].norm
        if norm in vocab.given:
            return j > k + 1
        if not (_is_definite(doc, tokens[j]) or norm[:1] in ("ل", "ب")):
            return False
        j += 1
    return False


# Envoys and ambassadors are sent "إلى" a state ("المبعوث الأمريكي إلى سوريا").
_ENVOYS = normalize_terms(("مبعوث", "مبعوثة", "سفير", "سفيرة", "موفد", "مندوب", "مندوبة"))
_TO = normalize_term("إلى")
_GENITIVE_REACH = 7  # "بوزارة الشؤون الخارجية والتونسيين بالخارج شفيق"
_IN = normalize_term("في")


def _honorific_at(tokens: Tokens, i: int) -> Match[str] | None:
    """The rank or honorific starting at token ``i``, bare or after و/ف ("والسيدة روز …");
    not after a preposition ("للفريق": for the team, not the general)."""
    found = _vocab().honorifics.match_at(tokens, i)
    return found if found is not None and found.prefix in ("", "و", "ف") else None

_DELEGATION = normalize_term("الوفد")
_DELEGATION_HEADS = normalize_terms(("رئيس", "رئيسة", "عضو", "أعضاء"))
_PLACE_PREPOSITIONS = normalize_terms(("في", "إلى", "الى"))
_PLACE_WORDS = 4  # "في الاتحاد الأوروبي", "إلى اليمن", "في المملكة العربية السعودية"


def _place_before_name(doc: Document, k: int, limit: int) -> int | None:
    """The last token of the place or body after "في/إلى" in a title when a given name
    follows it ("المبعوث الأممي إلى اليمن مارتن غريفيث"): definite words or a state's
    name, then the name. ``None`` when no given name follows."""
    vocab = _vocab()
    tokens = doc.tokens
    j = k
    while j < min(limit, k + _PLACE_WORDS) and not _gap(doc, tokens[j - 1], tokens[j]):
        country_end = _is_country_word(tokens, j)
        if country_end >= 0:
            j = country_end + 1
        elif tokens[j].norm.startswith("ال") and tokens[j].norm not in vocab.al_given:
            j += 1
        else:
            break
    if j == k or j >= len(tokens):
        return None
    between = doc.text[tokens[j - 1].end : tokens[j].start].replace("#", "").strip()
    if between not in ("", "،", ","):
        return None  # only a comma may set the name off ("في الرياض، جون أبي زيد")
    return j - 1 if tokens[j].norm in vocab.given else None
# Particles of French, Portuguese and Italian family names that are Arabic words too (لو: if).
_FOREIGN_PARTICLES = normalize_terms(("لو", "دا", "دو", "دي", "فان", "فون", "دير", "ديل"))
_STATE_NOUNS = frozenset(
    normalize_term(w) for w in ("مملكة", "جمهورية", "دولة", "سلطنة", "إمارة", "اتحاد")
)


def _definite_or_plain(doc: Document, token: Token) -> bool:
    """False for a foreign name that only looks definite once normalized (أليخاندرو)."""
    for prefix, stem in clitic_variants(token.norm):
        if stem.startswith("ال") and stem == token.norm[len(prefix) :]:
            return doc.text[token.start + len(prefix) : token.start + len(prefix) + 1] == "ا"
    return True


_ORG_NOUNS = frozenset(
    normalize_term(w)
    for w in (
        "حزب",
        "لحزب",
        "شركة",
        "لشركة",
        "حركة",
        "لحركة",
        "جبهة",
        "جمعية",
        "لجمعية",
        "مجموعة",
        "نادي",
        "لنادي",
        "منظمة",
        "لمنظمة",
        "وكالة",
        "لوكالة",
        "مؤسسة",
        "لمؤسسة",
        "بنك",
        "لبنك",
        "مصرف",
        "لمصرف",
        "فريق",
        "لفريق",
        "منتخب",
        "صحيفة",
        "لصحيفة",
        "قناة",
        "موقع",
        "مجلة",
        "تنظيم",
        "ائتلاف",
    )
)


def _ends_on_org_noun(doc: Document, i: int) -> bool:
    """Whether the token before ``i`` (with no punctuation between) is an org noun."""
    if i == 0:
        return False
    before, token = doc.tokens[i - 1], doc.tokens[i]
    return before.norm in _ORG_NOUNS and not _gap(doc, before, token)


def _is_definite(doc: Document, token: Token) -> bool:
    return token.norm.startswith("ال") and doc.text[token.start : token.start + 1] == "ا"


def _quoted_after(doc: Document, token: Token) -> bool:
    gap = doc.text[token.end : token.end + 3].lstrip()
    return gap[:1] in ('"', "«", "“")


def _skip_quote(doc: Document, i: int) -> int:
    """Index of the last token inside the quotation that follows token ``i``."""
    tokens = doc.tokens
    j = i + 1
    while j < len(tokens) and j - i <= 6 and tokens[j].sentence == tokens[i].sentence:
        tail = doc.text[tokens[j].end : tokens[j].end + 2]
        if tail[:1] in ('"', "»", "”"):
            return j
        j += 1
    return i


def _read_name(
    doc: Document, i: int, after_title: bool = False
) -> tuple[int, int, str | None] | None:
    """Read a name starting at token ``i``: ``(first, last, honorific)`` or ``None``."""
    vocab = _vocab()
    tokens = doc.tokens
    honorific: str | None = None
    if i >= len(tokens):
        return None
    found = _honorific_at(tokens, i)
    if found is not None:
        honorific = doc.text[found.start : found.end]
        i = found.last + 1
        if i >= len(tokens) or _gap(doc, tokens[found.last], tokens[i]):
            return None
    if after_title and _stem(tokens[i]) in vocab.starters:
        return None  # "المتهمة تدعى إلينا …": the starter reads the name itself
    if i >= len(tokens):
        return None
    first = i
    word = tokens[i].norm
    kept = _kept_honorific(tokens[i])  # "والأمير هاري", "بالأمير محمد"
    if kept:
        i += 1
        if i >= len(tokens) or _gap(doc, tokens[i - 1], tokens[i]):
            return None
    start_word = tokens[i].norm
    if (
        after_title
        and start_word[:1] in ("و", "ف")
        and (
            start_word[1:] in vocab.given
            or start_word[1:] in vocab.kept
            or start_word[1:4] == "عبد"
        )
    ):
        return None  # "الرئيس اليمني وعبدالله بن زايد": a second person, coordinated
    if (
        after_title
        and start_word[:1] == "و"
        and start_word not in vocab.given
        and (
            start_word[1:] in common_nouns()
            or _is_head(vocab, tokens[i])
            or (
                i > 0
                and "،" in doc.text[tokens[i - 1].end : tokens[i].start]
                and not _between_commas(doc, i)  # "رئيس كينيا، وليام روتو،"
            )
            or _conjoined_verb(start_word)
            or _imperfect_verb(vocab, start_word[1:])  # "المواطن المصري ويضاف"
        )
    ):
        return None  # "وزراء الخارجية ورؤساء أجهزة المخابرات", "بوزير الأمن وكبار قادة"
    if outlet_names().match_at(tokens, i) is not None:
        return None  # "…، المتحدث باسم الحكومة، لبي بي سي إن": the outlet told, no name
    if _age_noun(tokens, i):
        return None  # "توفي عن عمر ناهز 83 عاما": the noun عمر (age), not the name Omar
    clitic = _clitic_given(start_word)  # "لكيم جونغ أون": ل/ب on a foreign given name
    if _is_preposition_ala(doc, tokens[i]) or (
        (_is_prepositional_masdar(vocab, tokens[i]) or _prepositional_noun(vocab, tokens[i]))
        and not _between_commas(doc, i)
        and not clitic
    ):
        return None  # "المتهم بتدبير تفجير", "بقضايا إرهاب"
    if after_title and _imperfect_verb(vocab, start_word):
        return None  # "المرشح ينقلب على …": a verb after the title, not a name
    if (
        after_title
        and start_word not in vocab.given
        and _verbal_noun(start_word)
        and doc.text[tokens[i].start] not in ("أ", "آ")
        and not _family_name_after(doc, i)
    ):
        # "وأكد رئيس الوزراء ارتكاب جرائم": the verb's object, a verbal noun; not before a
        # family name the text writes elsewhere too ("إدوار فيليب … فيليب"), and not أفعال
        # in أ, a plural or a name ("الفنانة أحلام"): the verbal noun is written in إ
        return None
    if (
        after_title
        and start_word not in vocab.given
        and _common_word(start_word)
        and i + 1 < len(tokens)
        and not _gap(doc, tokens[i], tokens[i + 1])
        and _noun_complement(doc, tokens[i + 1])
    ):
        return None  # "المبعوث الأممي للقاء قيادات الحوثيين": a noun and its complement
    # A given name in ال: an Arabic one (الباجي) or a foreign one written without the
    # hamza (اليكسندر، اليزابيث).
    al_given = start_word in vocab.al_given or _foreign_al_given(start_word)
    if al_given or (after_title and _foreign_fal(doc, i)):
        pass
    elif (
        _is_blocker(vocab, tokens, i)
        and not (kept and start_word in vocab.given)
        and not (start_word == _ALAN and doc.text[tokens[i].start] == "آ")
    ) or _is_definite(doc, tokens[i]):
        # A blocker, unless a given name after الشيخ ("الشيخ صباح", not "صباح اليوم") or
        # "آلان" (Alain), which normalizes as "الآن" (now) does.
        return None
    elif (
        start_word.endswith("ه")
        and start_word not in vocab.given  # "فاطمة": no ف conjunction before اطمة
        and _stem(tokens[i]) not in vocab.given
        and not (
            after_title
            and _between_commas(doc, i)
            and i + 1 < len(tokens)
            and not tokens[i + 1].norm.startswith("ال")
        )
        and not (after_title and _foreign_given_in_ha(doc, i))
    ):
        return None  # a noun in ة (اتفاقية، أهمية), not a name; a name set off by commas
        # may end so (بريجيته تسيبريس)
    elif start_word.endswith(("ها", "هم", "هما")) and start_word not in vocab.given:
        return None  # a pronoun suffix (باعتبارها)
    elif _plural_or_dual_verb(vocab, tokens[i]):
        return None  # "وزير الخارجية التركي وأخذوا يتابعون", "… المشتركة تحدثا هاتفيا"
    elif doc.text[tokens[i].end - 1 : tokens[i].end + 1].find("\u064b") >= 0:
        return None  # tanween (سعيداً) marks an adjective or adverb
    elif after_title and (_ends_on_org_noun(doc, i) or start_word in _ORG_NOUNS):
        return None  # "رئيس حزب آفاق تونس", "مدير عام مصرف التمويل": an institution
    elif is_future_verb(start_word) or (
        start_word[:2] in ("سي", "ست")
        and start_word not in vocab.given
        and i + 1 < len(tokens)
        and tokens[i + 1].norm in _PREPOSITIONS
    ):
        return None  # a future verb (سيجري، ستشمل، سيتعين على), not a name (سيلفستر)
    elif (
        start_word[:1] == "ي"
        and len(start_word) == 4
        and start_word not in vocab.given
        and (
            i + 1 >= len(tokens)
            or _gap(doc, tokens[i], tokens[i + 1])
            or tokens[i + 1].norm[:1] != "ي"
        )
    ):
        return None  # an imperfect verb after its subject ("الرئيس التونسي يعلن")
    anchored = after_title
    # With no title, a given name (دونالد، علي) still carries a family name or two.
    bare_start = start_word[1:] if clitic else start_word
    given_start = start_word in vocab.given or _stem(tokens[i]) in vocab.given or clitic
    # A Western given name with no title takes one family name ("مارك زوكربيرغ يثق").
    western_start = (
        given_start
        and not anchored
        and not _in_either(bare_start, vocab.arabic_given)
        and not _in_either(bare_start, vocab.family_first)
    )
    compound = False
    last = i
    family_done = _is_definite(doc, tokens[i]) and not al_given
    j = i + 1
    count = 1
    # "عبد الفتاح السيسي", "أبو بكر": the divine name or kunya belongs to the first name.
    if (
        start_word in ("عبد", "ابو")
        and j < len(tokens)
        and not _gap(doc, tokens[i], tokens[j])
        and (not _is_blocker(vocab, tokens, j) or tokens[j].norm.startswith("ال"))
    ):
        last, j, count, given_start, compound = j, j + 1, 2, True, True
    while j < len(tokens) and count < _MAX_NAME and not family_done:
        prev, tok = tokens[j - 1], tokens[j]
        if _gap(doc, prev, tok):
            break
        if doc.text[prev.end : tok.start] == "-":
            last, j, count = j, j + 1, count + 1
            continue  # "كيم إيوي-كيوم": a hyphen joins the parts of one name
        word = tok.norm
        if word in ("بن", "ابن", "بنت", "ولد", "ال", "عبد", "ابو", "ابي", "ام") and not (
            word == "ابي" and doc.text[tok.start] == "آ"
        ):  # "شينزو آبي" (Abe) is no kunya (أبي)
            if j + 1 < len(tokens) and not _gap(doc, tok, tokens[j + 1]):
                follower = tokens[j + 1].norm
                divine = word == _ABD and follower == _AL_MALIK  # "معين عبد الملك"
                if follower in vocab.verbs or (_is_head(vocab, tokens[j + 1]) and not divine):
                    break
                if follower in vocab.stop and word == "ابي":
                    last = j  # "شينزو أبي يوم أمس": Abe, no kunya before a time word
                    break
                last = j + 1
                if word == "ال":
                    family_done = True
                j += 2
                count += 2
                # "بن عبد الله": عبد takes the next word with it.
                if (
                    follower in ("عبد", "ابو")
                    and j < len(tokens)
                    and not _gap(doc, tokens[j - 1], tokens[j])
                ):
                    last = j
                    j += 1
                    count += 1
                continue
            break
        if (
            word[:1] in ("و", "ف")
            and word not in vocab.given
            and (
                word[1:] in vocab.given
                or word[1:] in vocab.kept
                or word[1:4] == "عبد"
                or (count >= 2 and _common_word(word[1:]))  # "جمال خاشقجي وملابسات"
            )
        ):
            break  # "محمد بن راشد ومحمد بن زايد"
        if _is_preposition_ala(doc, tok):
            break
        if doc.text[tok.end : tok.end + 1] == "\u064b":
            break  # tanween (رسمياً) marks an adverb or adjective
        if (
            word == "ان"
            and count >= 2
            and _in_either(tokens[i].norm, vocab.family_first)
            and doc.text[tok.start : tok.start + 1] in ("إ", "ا")
            and not any(tokens[k].norm.startswith("ال") for k in range(i, j))
            and _ends_clause(doc, j)
        ):
            last = j
            break  # "مون جيه إن" / "مون جي-إن": a Korean name part, not the particle إن
        if (
            not anchored
            and word not in vocab.given
            and not word.startswith("ال")
            and not (
                given_start
                and count < 3
                and not (
                    western_start
                    and (
                        (word[:1] == "و" and not _family_name_in_w(doc, j))
                        # "ماري وهيغواين": a conjunction
                        or (
                            not _in_either(tokens[last].norm, vocab.given)
                            and not (last == i and clitic)
                            and tokens[last].norm not in _FOREIGN_PARTICLES
                            # a word the text repeats is the family name ("جيمس منداي
                            # إينوكا" … "قال إينوكا")
                            and (
                                len(tokens.word_positions().get(word, ())) < 2
                                or _next_to_number(tokens, j)  # "ترامب عامي 2006 و2007"
                            )
                        )
                    )
                )
                and not word.endswith("ه")
                and word[:1] != "ل"  # "الأمير سلطان لأبحاث"
                and not (word.startswith("كال") and word[3:] in common_nouns())  # كالعادة
                and not word.startswith("بال")
                and not _is_prepositional_masdar(vocab, tok)
            )
        ):
            break  # with no title, only given names and particles continue a name
        if (
            western_start
            and word not in vocab.given
            and _common_word(word[2:] if _is_definite(doc, tok) else word)
        ):
            break  # "بيل مهاجم ريال", "مايكل الجزء": an ordinary word, not a family name
        if (
            count >= 2
            and given_start
            and not compound  # "عبد الرقيب فتح"
            and not _in_either(bare_start, vocab.arabic_given)
            and not _in_either(bare_start, vocab.family_first)
            and not word.startswith("ال")
            and word not in vocab.given
            and (_common_word(word) or _past_verb(_stem(tok)))
        ):
            # "دونالد ترامب عقوبات", "كريستيانو رونالدو هدفين", "ترامب فرض": after a
            # foreign given name and a family name, an ordinary word or a past verb, also
            # after a title
            break
        if count == 1 and (
            _imperfect_verb(vocab, word)
            or (
                word[:1] in ("ي", "ت")
                and word not in vocab.given
                and not anchored
                and not western_start  # "دونالد ترامب في"
                and len(word) >= 5
                and j + 1 < len(tokens)
                and tokens[j + 1].norm in _PREPOSITIONS
            )
        ):
            break  # "جمال ينحدر من عائلة", "كيم يقبل دعوة": a verb, not a family name
        if count >= 2 and j + 1 < len(tokens) and not word.startswith("ال"):
            after = tokens[j + 1]
            if (
                not _gap(doc, tok, after)
                and after.norm not in vocab.stop
                and (
                    (_is_definite(doc, after) and _ordinary_word(vocab, word))
                    or (_common_word(word) and _common_word(after.norm))
                )
            ):
                # "ميشيل تامر خسائر المتحف", "فلاديمير بوتين حفل زفاف": a common noun and
                # its complement, not the name (but "آلان بيتر كايتانو البلاد": a last
                # name the corpus never writes with the article)
                break
        if word in vocab.ordinals:
            last = j
            break
        if _stem(tok) in _KIN_NOUNS:
            break  # "الأمير وليام نجل ولي العهد", "ميغان خطيبة الأمير هاري": a relation
        indefinite = not word.startswith("ال")
        if indefinite and word not in vocab.given and _accusative(word):
            break  # "رجب طيب أردوغان متحديا", "ترامب دفاعا", "سكريبال وابنته يوليا تعرضا"
        if _dual_imperfect(vocab, word):
            break  # "شي وكيم يسيران", "رابين يوافقان": a verb in the dual
        if (
            count >= 2
            and indefinite
            and word.endswith(("ه", "ها", "هم", "هما"))
            and word not in vocab.given
        ):
            if _family_name_in_ta(doc, j):
                last = j  # "عبد العزيز بوتفليقة الجمعة": a family name in ة ends the name
            break  # "إيمانويل ماكرون ضيفه": a noun with a pronoun suffix
        if _prepositional_noun(vocab, tok):
            break  # "فلاديمير بوتين بإنشاء آلية", "ماكرون لإصلاحات", "كاسترو بحملة"
        if (
            word[:1] == "ك"
            and len(word) >= 5
            and word[1:2] in ("م", "ا")
            and word[1:3] != "ال"
            and word not in vocab.given
            and word[1:] in common_nouns()
        ):
            # "ترامب كمحاور جيد", "راموس كأفضل لاعب": ك (as) and a participle or elative,
            # not a family name (but "كالمان", "كفوري", "كروس")
            break
        if count >= 2 and word[:1] in ("ل", "ب") and word[1:] in tokens.word_positions():
            break  # "إيمانويل ماكرون لبوتين": ل + a name the text writes bare elsewhere
        if _in_either(start_word, vocab.family_first) and _NOT_EAST_ASIAN.search(word):
            break  # "كيم منح", "كيم اتخذ خطوات": a letter no East Asian name is written with
        if is_future_verb(word):
            break  # "ايمانويل ماكرون سيقرر"
        if count >= 2 and indefinite and _derived_masdar(word) and _common_word(word):
            break  # "دونالد ترامب انسحاب بلاده": a verbal noun after the name
        if (
            count >= 2
            and given_start
            and not _in_either(bare_start, vocab.arabic_given)  # "محمد حسني مبارك"
            and word[:1] == "م"
            and word[1:] in imperfect_stems()
            and word not in vocab.given
        ):
            break  # "دونالد ترمب مهتم", "ترامب ملتزم": a participle (يهتم، يلتزم), no name
        if count >= 2 and word[:1] == "و" and _derived_past_verb(word[1:]):
            break  # "جوزيه مورينيو وأهدى", "… وتصدر المجموعة": a new clause
        if count >= 2 and word[:1] in ("و", "ف") and word not in vocab.given and _past_verb(
            word[1:]
        ):
            break  # "محمد صلاح فغرد", "… وقتل": و/ف and a past verb open a new clause
        if count >= 2 and word[:1] == "و" and _imperfect_verb(vocab, word[1:]):
            break  # "جاك رينشو ويبلغ من العمر": a new clause (but "جاستن ويلبي")
        if (
            word[:2] == "وت"
            and word not in vocab.given
            and (
                count >= 2
                or _imperfect_verb(vocab, word[1:])
                or _feminine_past_verb(word[1:])
                or _derived_past_verb(word[1:])
                or _derived_masdar(word[1:])
            )
        ):
            # "حسن روحاني وتضم", "أشرف ريفي وتراجعت", "ريتا وتعمل": و and a verb or a
            # verbal noun in ت (no name part opens so: W is written وي or وا, ويلسون،
            # واتسون); after one word, only a verb's or verbal noun's form, not "كيم وترامب"
            break
        if count >= 2 and indefinite and _verb_or_accusative(doc, j):
            break  # "كريستوفر كولومبوس يبحر في", "تيد كروز جهودا كبيرة": not the name
        if (
            _is_definite(doc, tok)
            and count >= 2
            and _stem(tokens[first if tokens[first].norm not in vocab.kept else first + 1])
            not in vocab.arabic_given
            and not compound
            and not any(tokens[k].norm in ("بن", "ابن", "ال") for k in range(first, j))
        ):
            break  # "لويز دوارتي الحكومة": no Arabic family name after a foreign name
        if (
            word in _FOREIGN_PARTICLES
            and prev.norm in vocab.given  # after a given name: not "ميسي لو خاض"
            and j + 1 < len(tokens)
            and not _gap(doc, tok, tokens[j + 1])
        ):
            step = 1
            if (
                tokens[j + 1].norm in _FOREIGN_PARTICLES
                and j + 2 < len(tokens)
                and not _gap(doc, tokens[j + 1], tokens[j + 2])
            ):
                step = 2  # "أورسولا فون دير لاين": two particles
            after = tokens[j + step].norm
            if not (
                after.startswith("ال") or after in vocab.stop or after in vocab.verbs
            ) and not _common_word(after):
                last, j, count = j + step, j + step + 1, count + step + 1
                continue  # "جان إيف لو دريان": a particle of the family name
        if _east_asian_syllable(doc, i, j, count):
            last = j
            if count == 2:
                break  # the third part ends the name
            j += 1
            count += 1
            continue
        # "تيريزا ماي السبت": a last name, not the month (no day or year next to it)
        month_name = word in vocab.months and not _next_to_number(tokens, j)
        if (word in vocab.stop or word in vocab.verbs) and not month_name:
            break
        if word.startswith("ال") and not _definite_or_plain(doc, tok):
            if _hamza_verb_or_noun(vocab, word):
                break  # "دونالد ترامب إلغاء قمته", "كيم ألغى القمة": Arabic, not أليغري
            last = j
            j += 1
            count += 1
            continue
        if word.startswith("ال"):
            if word in vocab.ordinals:
                last = j
                break
            if word in vocab.stop or _is_head(vocab, tok):
                break
            if _is_country_word(tokens, j) >= 0 and not (
                count == 1
                and _in_either(bare_start, vocab.arabic_given)
                and not bare_start.startswith("ال")  # "العربي العراقي"
                and not bare_start.endswith("ه")  # "ناديه السعودي": his club
                and not _common_with_feminine(bare_start)  # "مساعد الألماني"
                and word.endswith("ي")  # a singular nisba, not "الإسرائيليون"
                and _nationality_before(tokens, j + 1)
            ):
                break  # a country word, but after one Arabic given name a nisba is the
                # family name ("محمد السويدي", "طاهر المصري")
            if (
                count == 1
                and given_start
                and not _in_either(bare_start, vocab.arabic_given)
                and word[2:] in common_nouns()
                and word[:-1] not in vocab.ordinals  # "إليزابيث الثانية"
                and _honorific_at(tokens, j) is None  # "سوزان الحاج": a family name
            ):
                break  # "وزوجته بريجيت المنتخب", "كيم البالغ": a foreign name takes no ال
            if (
                count >= 2
                and word[2:3] == "م"
                and word[3:] in imperfect_stems()
                and word[2:] in common_nouns()
                and word[2:] not in vocab.given
            ):
                break  # "محمد مرسي المنتمي لجماعة": a participle (ينتمي) describing him
            if word in vocab.title_nouns:
                break
            if word in load_statement_cues().institution_heads:
                # "وأكد الرئيس الفلسطيني حرص الحكومة": a noun and the body it governs.
                if count == 1 and not given_start:
                    return None
                break
            if count == 1 and not given_start and word.endswith("يه"):
                return None  # "بحث وزير الخارجية سبل التسوية": a noun and its abstract noun
            last = j
            if count == 1 and word == _DIN:
                j += 1  # "بدر الدين العلالي", "نور الدين": a compound first name goes on
                count += 1
                continue
            family_done = True
            break
        # "الباجي قايد السبسي": a single ال-given name may go on through a title-like word;
        # after a given name, فال… is a foreign name (فرانك فالتر), not ف + ال.
        through = (
            (count == 1 and tokens[last].norm in vocab.al_given and _is_head(vocab, tok))
            or (word.startswith("فال") and prev.norm in vocab.given)
            or month_name
        )
        if _is_blocker(vocab, tokens, j) and not through:
            break
        last = j
        j += 1
        count += 1
    last = _through_ruling_family(doc, last)
    # "رامي الحمد الله", "حسن نصر الله": the divine name closes a compound family name,
    # also after a word the reader stopped at ("مصطفى عبدالله صنع الله"; not "رحمه الله").
    if (
        last + 1 < len(tokens)
        and tokens[last + 1].norm == _ALLAH
        and not _gap(doc, tokens[last], tokens[last + 1])
    ):
        last += 1
    elif (
        last + 2 < len(tokens)
        and tokens[last + 2].norm == _ALLAH
        and not _gap(doc, tokens[last], tokens[last + 1])
        and not _gap(doc, tokens[last + 1], tokens[last + 2])
        and tokens[last + 1].norm not in vocab.stop
        and tokens[last + 1].norm not in vocab.title_nouns  # not "ميليشيات حزب الله"
        and not tokens[last + 1].norm.endswith(("ه", "ها", "هم"))
        and tokens[last + 1].norm[:1] not in ("ل", "ب", "و", "ف")
        and not tokens[last + 1].norm.startswith("ال")
    ):
        last += 2
    if after_title and _quote_before(doc, i) and not _quote_after(doc, last):
        return None  # "وتابع الرئيس الفرنسي "أريد تهنئتكم …"": a quotation, not a name
    opener = tokens[i].norm
    # A prepositional phrase (بتطوير المسرح، بقدر), unless a longer foreign name
    # (باولو جانتلوني، لويز دوارتي) follows.
    if (
        opener[:1] in ("ب", "ل", "ك")
        and opener not in vocab.given
        and not any(tokens[k].norm in ("بن", "ابن", "ال", "عبد") for k in range(i, last + 1))
        and (last == i or _is_definite(doc, tokens[last]))
    ):
        return None
    return first, last, honorific


_LINEAGE = 3  # father's and grandfather's names before a ruling family's


def _through_ruling_family(doc: Document, last: int) -> int:
    """Extend a name through the fathers' names to its ruling family ("الشيخ صباح الأحمد
    الجابر الصباح"): up to three definite words, with no punctuation, then the family."""
    tokens = doc.tokens
    families = country_words.ruling_families()
    for k in range(last + 1, min(len(tokens), last + 2 + _LINEAGE)):
        if _gap(doc, tokens[k - 1], tokens[k]):
            return last
        found = families.match_at(tokens, k)
        if found is not None and not found.prefix:
            return found.last
        if not tokens[k].norm.startswith("ال"):
            return last
    return last


def _is_prepositional_masdar(vocab: _Vocab, token: Token) -> bool:
    """ب/ل on a verbal noun opening a phrase (بمنع، بهدف، باتخاذ), not a name."""
    stem = _stem(token)
    rest = stem[1:]
    if stem[:1] not in ("ب", "ل") or stem in vocab.given:
        return False
    # A bare three-letter masdar only without a conjunction: "وليام" is a name; and no
    # Arabic word ends in نغ, the "ng" of Chinese and Korean names ("شي جين بينغ").
    three = len(rest) == 3 and stem == token.norm and not rest.endswith("نغ")
    return three or _derived_masdar(rest)


def _family_name_after(doc: Document, i: int) -> bool:
    """Whether the word after token ``i`` is a given name or a word the text also writes
    after another word, as a family name is ("إدوار فيليب … وقال فيليب"), and no word the
    corpus often writes with ال."""
    tokens = doc.tokens
    if i + 1 >= len(tokens) or _gap(doc, tokens[i], tokens[i + 1]):
        return False
    word = tokens[i + 1].norm
    if word in _vocab().given:
        return True
    if _common_word(word) or _common_word(word.removeprefix("ال")):
        return False  # "تفعيل الاتفاق": the verbal noun's complement
    first = tokens[i].norm
    return any(
        k != i + 1 and (k == 0 or tokens[k - 1].norm != first)
        for k in tokens.word_positions().get(word, ())
    )


def _derived_masdar(word: str) -> bool:
    """A verbal noun of a derived form (اتخاذ، استمرار، انتخاب، إنشاء، انسحاب، اعتماد، تدبير)."""
    # إفعال and انفعال in ن: إنشاء، انسحاب (not بانغيلينان); تفعيل: تدبير، تقديم
    in_nun = word.startswith("ان") and (
        (len(word) == 5 and word[3] == "ا") or (len(word) == 6 and word[4] == "ا")
    )
    taf_il = len(word) == 5 and word[0] == "ت" and word[3] == "ي"
    return (len(word) >= 4 and word.startswith(("ات", "است", "انت", "اع"))) or in_nun or taf_il


def _prepositional_noun(vocab: _Vocab, token: Token) -> bool:
    """ب/ل on a noun that no name part is: one the corpus often writes with ال, or a
    derived verbal noun ("لإصلاحات", "بإنشاء"; not "بينغ" or "لولا")."""
    stem = _stem(token)
    rest = stem[1:]
    return (
        stem[:1] in ("ب", "ل")
        and stem not in vocab.given
        and (rest in common_nouns() or _derived_masdar(rest))
    )


def _hamza_verb_or_noun(vocab: _Vocab, word: str) -> bool:
    """Whether a word written أل/إل (normalized ال…, read as a foreign name part: أليغري،
    ألونسو) is Arabic: a past verb أفعل (ألغى: يلغي، ألزم: يلزم), its verbal noun إفعال
    (إلغاء، إلزام، إلحاق) or a noun the corpus often writes with ال (ألعاب)."""
    if word in vocab.given:
        return False
    stems = imperfect_stems()
    if len(word) == 5 and word[3] == "ا":
        root = word[1:3] + word[4]
        if root in stems or (root[-1] == "ء" and root[:2] + "ي" in stems):
            return True
    return _derived_past_verb(word) or _common_word(word)


_AGE = normalize_term("عمر")
_APPROACHING = normalize_terms(("ناهز", "يناهز", "قارب", "يقارب"))


def _age_noun(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` is the noun عمر (age) before a count ("عن عمر ناهز 83 عاما",
    "عن عمر 90 عاما"), which is written as the given name Omar is."""
    if tokens[i].norm != _AGE or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].norm
    return nxt in _APPROACHING or nxt[:1].isdigit()


def _family_name_in_w(doc: Document, j: int) -> bool:
    """Whether token ``j``, a word in و after a Western given name, is a family name
    written with W (واتسون، ويليامز، وود) rather than و and a second name or noun ("ماري
    وهيغواين", "بويول وإيكر"): و before ا (no hamza), ي or و, the rest no given name, common
    noun, verb or family name of the news, and the text never writes it bare."""
    tokens = doc.tokens
    rest = tokens[j].norm[1:]
    return (
        len(rest) >= 2
        and doc.text[tokens[j].start + 1 : tokens[j].start + 2] in ("ا", "ي", "و")
        and rest not in _vocab().given
        and not _common_with_feminine(rest)
        and rest not in family_names()
        and rest not in tokens.word_positions()
        and not _past_verb(rest)
        and not _imperfect_verb(_vocab(), rest)
    )


def _next_to_number(tokens: Tokens, j: int) -> bool:
    """Whether a digit token stands right before or after token ``j`` (a date)."""
    return any(0 <= k < len(tokens) and tokens[k].norm[:1].isdigit() for k in (j - 1, j + 1))


def _foreign_fal(doc: Document, i: int) -> bool:
    """A foreign name in فال… (فاليري، فالنتينا) rather than ف + ال: a name after a title
    that a last name follows ("الروسية فاليري جيراسيموف"; "فالرئيس قال" has a verb)."""
    tokens, vocab = doc.tokens, _vocab()
    if not tokens[i].norm.startswith("فال") or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return not (
        _gap(doc, tokens[i], nxt)
        or nxt.norm.startswith("ال")
        or _is_blocker(vocab, tokens, i + 1)
        or nxt.norm[:1] in ("ي", "ت")  # an imperfect verb
    )


def _plural_or_dual_verb(vocab: _Vocab, token: Token) -> bool:
    """A past verb in the plural or dual (أخذوا، تحدثا): a stem the corpus has in the
    imperfect with both ي and ت, and the suffix وا or ا; never a given name."""
    word = _stem(token)
    if word in vocab.given:
        return False
    stems = imperfect_stems()
    return (word.endswith("وا") and word[:-2] in stems) or (
        word.endswith("ا") and len(word) >= 5 and word[:-1] in stems
    )


def _imperfect_verb(vocab: _Vocab, word: str) -> bool:
    """A verb in the imperfect (ينقلب، تبحر): a stem the corpus has with both ي and ت, and
    no given name (يوسف)."""
    return word[:1] in ("ي", "ت") and word[1:] in imperfect_stems() and word not in vocab.given


def _conjoined_verb(word: str) -> bool:
    """و + a feminine past verb of the form أفعلت (وأفضت، وأعلنت، وأكدت): a new clause
    after the title, not a name."""
    rest = word[1:]
    return len(rest) in (4, 5) and rest[0] == "ا" and rest[-1] == "ت"


def _ordinary_word(vocab: _Vocab, word: str) -> bool:
    """Whether a word after two words of a name is an ordinary one rather than a last name:
    a common noun (one the corpus often writes with ال), the same after ب/ل ("بتصعيد"),
    a word joined by و, or a short word that is no given name."""
    return _common_word(word) or word[:1] == "و" or (len(word) <= 3 and word not in vocab.given)


def _ordinary_one_word(token: Token) -> bool:
    """Whether a one-word name is an ordinary word: no given name, and a common noun of
    the corpus as it stands, after ب/ل, or in the accusative (رقما); a past verb, also
    with the feminine ت (تراجعت، منحت، شهدت); a common noun or participle
    in the dual or plural ين (هاتفين، معبرين); a three-letter verb of a doubled or weak
    root (يرد، يثق، أقر); or a verb or common noun after و (وتوفي، ويحاولون، وعدم), which
    begins a new clause after the title."""
    word = token.norm
    vocab = _vocab()
    if _in_either(word, vocab.given):
        return False
    if _common_word(word) or _accusative(word) or _past_verb(word):
        return True
    if word[-1:] == "ت" and len(word) >= 4 and _past_verb(word[:-1]):
        return True  # "الرئيس تراجعت", "المتحدثة تحدثت": a feminine past verb
    stems = imperfect_stems()
    if len(word) >= 4 and (
        (word[0] == "م" and word[1:] in stems)
        or (len(word) == 4 and word[1] == "ا" and word[0] + word[2:] in stems)
    ):
        return True  # "وزير الخارجية متوعك", "الرئيس عازم": a participle (يتوعك، يعزم)
    if word.endswith("ين") and len(word) >= 6 and _common_word(word[:-2]):
        return True  # "والي هاتفين", "الفنان معبرين"
    if len(word) == 3 and word[0] in ("ي", "ت", "ا") and not set(word[1:]) & set("اوي"):
        # a verb of a doubled or weak root, which the list of imperfect stems leaves out:
        # "الرئيس يرد", "يقف", "يثق", "أقر", "أصر" (but "تود", "يان", "تيم": a long vowel)
        return True
    rest = word[1:]
    return (
        word[:1] in ("و", "ف")
        and len(rest) >= 3
        and (
            _common_word(rest)
            or _past_verb(rest)
            or (rest[-1:] == "ت" and _past_verb(rest[:-1]))
            or _imperfect_verb(vocab, rest)
            or _dual_imperfect(vocab, rest)
        )
    )


def _foreign_given(word: str) -> bool:
    """A foreign given name (تشارلز، هاري): after الأمير/الأميرة it is a royal's whole
    name ("الأمير تشارلز"), where an Arabic one ("الشيخ محمد") is a later short form."""
    vocab = _vocab()
    return word in vocab.given and not _in_either(word, vocab.arabic_given)


def _foreign_al_given(word: str) -> bool:
    """A foreign given name written in ال without its hamza (اليكسندر، اليزابيث), which is
    no definite noun."""
    return word.startswith("ال") and _foreign_given(word)


def _common_with_feminine(word: str) -> bool:
    """A word the corpus often writes with ال, itself or in the feminine (هاتفي: الهاتفية)."""
    nouns = common_nouns()
    return word in nouns or word + "ه" in nouns


def _common_word(word: str) -> bool:
    """A word the corpus often writes with ال, bare or after ب/ل ("بتصعيد")."""
    nouns = common_nouns()
    return word in nouns or (word[:1] in ("ب", "ل") and word[1:] in nouns)


def _accusative(word: str) -> bool:
    """A noun, adjective or participle in the indefinite accusative: a common noun of the
    corpus (دفاعا، سريعا) or a word of a verb whose imperfect the corpus has: its verbal
    noun or past (تعرضا: يتعرض), its participle in م (متحديا: يتحدى، مقارنا: يقارن) or of
    the form فاعل (عازفا: يعزف); a foreign name in ا (يوليا، أورا) is none of these."""
    if len(word) < 4 or word[-1] != "ا":
        return False
    stem, stems = word[:-1], imperfect_stems()
    return (
        _common_word(stem)
        or (len(stem) >= 4 and (stem in stems or (stem[0] == "م" and stem[1:] in stems)))
        or (len(stem) == 4 and stem[1] == "ا" and stem[0] + stem[2:] in stems)
    )


def _dual_imperfect(vocab: _Vocab, word: str) -> bool:
    """A verb in the imperfect dual or plural (يسيران، تبحثان، يعملون): a stem the corpus
    has with ي and ت, the prefix and the suffix ان/ون; no given name (يونان)."""
    return (
        len(word) >= 5
        and word[:1] in ("ي", "ت")
        and word[-2:] in ("ان", "ون")
        and word[1:-2] in imperfect_stems()
        and word not in vocab.given
    )


def _common_accusative(word: str) -> bool:
    """A common noun of the corpus in the indefinite accusative (وفدا، رقما، حظرا)."""
    return word.endswith("ا") and _common_word(word[:-1])


def _verb_or_accusative(doc: Document, j: int) -> bool:
    """Whether token ``j``, after two or more words of a name, is a verb in the imperfect
    (one the corpus has with both ي and ت: يبحر، تهدد; not يونكر) or an indefinite
    accusative noun with its adjective or a prepositional phrase after it ("حظرا مؤقتا",
    "جهودا جديدة", "طلبا بتدخل"; not "ستيفان دي ميستورا إن") rather than a last name."""
    tokens, vocab = doc.tokens, _vocab()
    word = tokens[j].norm
    if word in vocab.given or len(word) < 4 or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if _gap(doc, tokens[j], nxt):
        return False
    if _imperfect_verb(vocab, word):
        return True  # a verb: the corpus has it with both ي and ت (يبحر/تبحر)
    after = nxt.norm
    if len(word) == 4 and word[1] == "ا" and word in imperfect_stems() and _is_definite(doc, nxt):
        return True  # "أردوغان هاجم المسؤولين": a past verb فاعل (يهاجم/تهاجم) and its object
    if len(word) == 4 and word[0] == "ا" and word[1:] in imperfect_stems():
        return True  # "يانغون زو أوقف": a past verb أفعل (يوقف/توقف)
    if _feminine_past_verb(word) and (
        after in _PREPOSITIONS or after in PRONOUN_PREPOSITIONS or _is_definite(doc, nxt)
    ):
        # "ريناتو فيلا تمكنت من", "اتخذت القرار", "مون جي إين اهتمت به": a verb and what
        # follows it
        return True
    if word in common_nouns() and _noun_complement(doc, nxt):
        return True  # "كريستيا فريلاند تحديد عدد": a noun and its genitive, the verb's object
    return _common_accusative(word) or (  # "سونغ كيم وفدا إلى"
        word.endswith("ا")
        and (
            (after.endswith("ا") and len(after) >= 4)
            or after[:1] in ("ب", "ل")
            # an indefinite feminine adjective: "جهودا جديدة"
            or (len(after) >= 4 and doc.text[nxt.end - 1] == "ة" and not after.startswith("ال"))
        )
    )


def _feminine_past_verb(word: str) -> bool:
    """Whether a normalized word is a feminine past verb of a derived form whose imperfect
    the corpus has with ي and ت: تفعّل/تفاعل (تمكنت: يتمكن) or أفعل/افتعل (اتخذت: يتخذ)."""
    if len(word) < 5 or word[-1] != "ت":
        return False
    stems = imperfect_stems()
    return (word[0] == "ت" and word[:-1] in stems) or (
        word[0] == "ا" and len(word) == 5 and word[1:-1] in stems
    )


def _past_verb(word: str) -> bool:
    """Whether a normalized word is a past verb whose imperfect the corpus has with ي and
    ت: one with the same letters (هدد: يهدد، ساعد: يساعد) or of a derived form (أرجع:
    يرجع، تصدر: يتصدر)."""
    return word in imperfect_stems() or _derived_past_verb(word)


def _derived_past_verb(word: str) -> bool:
    """Whether a normalized word is a past verb of a derived form whose imperfect the
    corpus has with ي and ت: تفعّل/تفاعل (تصدر: يتصدر) or أفعل (أهدى: يهدي)."""
    stems = imperfect_stems()
    return (word[:1] == "ت" and len(word) >= 4 and word in stems) or (
        # أفعل (أهدى: يهدي), افتعل/انفعل (امتنع: يمتنع، انسحب: ينسحب), استفعل (استقبل: يستقبل)
        word[:1] == "ا" and len(word) in (4, 5, 6) and word[1:] in stems
    )


def _family_name_in_ta(doc: Document, j: int) -> bool:
    """Whether token ``j`` after a name's first words is a family name in ة (بوتفليقة،
    شحاتة) rather than a noun with a pronoun suffix (ضيفه) or a feminine noun (ركلة): a
    word written with ة, no common noun, no ب/ل/و phrase, and the last word of its clause
    (punctuation, a function word or a verb after it)."""
    tokens, vocab = doc.tokens, _vocab()
    tok = tokens[j]
    word = tok.norm
    if not _ta_marbuta(doc, tok) or _common_word(word) or _prepositional_noun(vocab, tok):
        return False
    if word[:1] in ("و", "ل", "ك") or (word[:1] == "ب" and word[1:2] != "و"):
        return False  # a word joined by و or after a preposition (للمرة، بكدمة), but
        # the Maghrebi family names in بو (بوتفليقة، بوجدرة)
    stem, stems = word[:-1], imperfect_stems()
    if (
        stem in common_nouns()
        or stem in stems
        or (stem[:1] == "م" and stem[1:] in stems)
        or (len(stem) == 4 and stem[1] == "ا" and stem[0] + stem[2:] in stems)
    ):
        return False  # a feminine adjective or participle (واضحة، مؤلمة، جالسة)
    if word.endswith("يه") or (len(word) == 5 and word[0] == "ا" and word[2] == "ا"):
        return False  # an abstract noun or adverb (علانية، عشية), a verbal noun إفالة
        # of a hollow verb (إضافة، إعادة، إشارة)
    if j + 1 >= len(tokens) or _gap(doc, tok, tokens[j + 1]):
        return True
    after = tokens[j + 1]
    return (
        after.norm in vocab.stop
        or after.norm in vocab.verbs
        or _is_definite(doc, after)
        or after.norm[:1] == "و"
    )


def _foreign_given_in_ha(doc: Document, i: int) -> bool:
    """Whether token ``i`` after a title is a foreign given name written with a final يه
    (إكزافييه، روجيه: French -ier, -et) before its family name, rather than a noun with a
    pronoun suffix (محاميه، يديه) or in ية: the letter is ه as written, the word without it
    no common noun, given name or verb, and a plain word, no definite one, follows."""
    tokens, vocab = doc.tokens, _vocab()
    token = tokens[i]
    word = token.norm
    if (
        not word.endswith("يه")  # the French -ier/-et (روجيه، رينيه), not خارجيته، دهشته
        or _ta_marbuta(doc, token)
        or i + 1 >= len(tokens)
        or _gap(doc, token, tokens[i + 1])
    ):
        return False
    stem = word[:-1]
    if (
        _common_with_feminine(stem)
        or stem in imperfect_stems()
        or stem in vocab.given  # "أبيه"
        or word[:1] in ("ب", "ل", "و")
    ):
        return False
    nxt = tokens[i + 1]
    return not (
        _is_definite(doc, nxt)
        or _is_blocker(vocab, tokens, i + 1)
        or _common_word(nxt.norm)
        or nxt.norm.endswith(("ه", "ها", "هم"))
    )


def _ta_marbuta(doc: Document, token: Token) -> bool:
    """Whether a word is written with a final ة (بوتفليقة), which normalizes as the pronoun
    suffix ه does (ضيفه)."""
    return doc.text[token.start : token.end].rstrip("".join(_MARKS)).endswith("ة")


def _quote_before(doc: Document, i: int) -> bool:
    """Whether a quotation mark is attached to the start of token ``i``."""
    start = doc.tokens[i].start
    return start > 0 and doc.text[start - 1] in _QUOTES


def _quote_after(doc: Document, k: int) -> bool:
    """Whether a quotation mark is attached to the end of token ``k`` (a quoted name)."""
    end = doc.tokens[k].end
    return end < len(doc.text) and doc.text[end] in _QUOTES


_QUOTES = frozenset('"«»“”')


_TITLE_PHRASE = 10  # words a title may run on past where the title reader stopped


def _name_after_title_phrase(doc: Document, title_end: int) -> tuple[int, int, str | None] | None:
    """A full name set off by commas after the rest of a long title phrase."""
    tokens = doc.tokens
    sentence = tokens[title_end].sentence
    stops = load_statement_cues().verbs
    for k in range(title_end, min(len(tokens) - 1, title_end + _TITLE_PHRASE)):
        nxt = tokens[k + 1]
        between = doc.text[tokens[k].end : nxt.start]
        if nxt.sentence != sentence or _QUOTES.intersection(between):
            return None
        if _COMMAS.intersection(between):
            opener = nxt.norm
            if not _between_commas(doc, k + 1) or (
                opener[:1] in ("و", "ك") and _stem(nxt) not in _vocab().given
            ):
                return None  # "…، ونشرته الصحف": a clause goes on, not a name
            name = _read_name(doc, k + 1, after_title=True)
            return name if name is not None and name[1] > name[0] else None
        if (
            between.strip()
            or _stem(nxt) in stops
            or (nxt.norm in _vocab().stop and nxt.norm not in _LINKS)
        ):
            return None  # other punctuation, a verb or a function word ends the phrase
    return None


_LINKS = frozenset({"في", "من", "لدي", "عن"})  # prepositions inside a title phrase


def _between_commas(doc: Document, i: int) -> bool:
    """Whether token ``i`` opens a short phrase set off by commas, as a name after its
    title is ("وزير الخارجية النرويجي، بورج براندي، …"); a phrase of a verbal noun after
    a comma runs on ("…، بهدف تعزيز التعاون")."""
    tokens, text = doc.tokens, doc.text
    if i == 0 or not _COMMAS.intersection(text[tokens[i - 1].end : tokens[i].start]):
        return False
    for k in range(i, min(len(tokens) - 1, i + 3)):
        gap = text[tokens[k].end : tokens[k + 1].start]
        if gap.strip():
            return bool(_COMMAS.intersection(gap)) and k > i
    return False


_COMMAS = frozenset("،,")


_QUOTE_OPENERS = frozenset({'"', "«", "“", ':"', ': "'})


def _ends_clause(doc: Document, j: int) -> bool:
    """Whether nothing clause-like follows token ``j`` (punctuation, a preposition, the end).

    "إن" that opens a clause ("قال مون إن المحادثات") is followed by its subject.
    """
    tokens = doc.tokens
    if j + 1 >= len(tokens):
        return True
    if _gap(doc, tokens[j], tokens[j + 1]):
        # a quotation opening after it ("قرقاش إن \"عهد …\"") is the clause إن opens
        return doc.text[tokens[j].end : tokens[j + 1].start].strip() not in _QUOTE_OPENERS
    nxt = tokens[j + 1].norm
    return nxt in ("في", "مع", "خلال", "الي", "من", "عن", "امس", "اليوم") or nxt in _vocab().verbs


def _clitic_given(word: str) -> bool:
    """A foreign given name after ل/ب ("لكيم جونغ أون", "بدونالد ترامب"); Arabic given
    names are left out, as ل/ب on them is mostly an ordinary word (لأمل، بجمال)."""
    vocab = _vocab()
    rest = word[1:]
    return (
        word[:1] in ("ل", "ب")
        and len(rest) >= 3
        and _foreign_given(rest)
        and word not in vocab.given
    )


def _kept_honorific(token: Token) -> bool:
    """Whether a token is a kept honorific (الشيخ، الأمير …), with و/ف or ب before it."""
    kept = _vocab().kept
    word = without_conjunction(token.norm)
    return word in kept or token.norm in kept or (word[:1] == "ب" and word[1:] in kept)


def _after_letters(doc: Document, start: int, letters: int) -> int:
    """The original offset after ``letters`` letters from ``start``, past the diacritics
    and tatweel that follow them."""
    k = start
    for _ in range(letters):
        k += 1
        while k < len(doc.text) and doc.text[k] in _MARKS:
            k += 1
    return k


_MARKS = frozenset("\u0640" + "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670")


def _strip_conjunction(doc: Document, token: Token) -> int:
    """Original start of a name token, after a leading و/ف conjunction, the ب before a
    kept honorific ("بالأمير") or the ل/ب of a foreign given name."""
    word = token.norm
    rest = without_conjunction(word)
    if rest[:1] == "ب" and rest[1:] in _vocab().kept:
        return _after_letters(doc, token.start, len(word) - len(rest) + 1)
    if _clitic_given(word):
        return _after_letters(doc, token.start, 1)  # "لـكيم": the tatweel after the clitic
    if word[:1] in ("و", "ف") and len(word) > 3:
        rest = word[1:]
        vocab = _vocab()
        if (
            rest in vocab.given
            or rest in vocab.kept
            or rest.startswith("عبد")
            or rest in vocab.al_given
        ):
            return _after_letters(doc, token.start, 1)
    return token.start


def _title_head_at(doc: Document, i: int) -> bool:
    """Whether token ``i`` opens an office title."""
    vocab = _vocab()
    tokens = doc.tokens
    token = tokens[i]
    nxt = (
        tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == token.sentence else None
    )
    if country_words.ruled_state(tokens, i) is not None:
        return True  # "سلطان عمان": a ruler's title that is also a given name
    if token.norm in _MONARCHS and nxt is not None and _is_country_word(tokens, i + 1) >= 0:
        return True  # "ملك الأردن", "أمير قطر": a monarch's title before the state's name
    if _is_charge(tokens, i):
        return True  # "القائم بالأعمال الليبي", "القائم بأعمال وزير الدفاع"
    if token.norm not in vocab.head_forms:
        return False
    for prefix, stem in clitic_variants(token.norm):
        if stem not in vocab.heads or prefix not in ("", "و", "ف", "ل", "ول", "فل", "ب", "وب"):
            continue
        if stem == "ولي":
            return nxt is not None and nxt.norm in ("عهد", "العهد")
        if stem == _WALI and "إ" in doc.text[token.start : token.end]:
            return False  # "وإلى حي جوبر": و + the preposition إلى, not the governor والي
        if stem in vocab.kin and doc.text[token.end - 1 : token.end] == "ة":
            return False  # "والدة ميغان": a noun in construct, not "والده" (his father)
        if (
            stem in vocab.descriptors
            and not prefix
            and i > 0
            and _is_definite(doc, tokens[i - 1])
            and not _gap(doc, tokens[i - 1], token)
        ):
            return False  # "التنظيم الإرهابي", "التقارير الصحفية": an adjective of the noun
        if stem in vocab.kept:
            # "الأمير البرتغالي دوم بيدرو": a kept honorific used as a title.
            return nxt is not None and (
                _is_country_word(tokens, i + 1) >= 0 or _is_definite(doc, nxt)
            )
        return True
    return False


# Kinship nouns in construct, which follow a name in apposition ("الأمير وليام نجل ولي العهد")
# and are never part of it; with a possessive suffix they are kin_heads (نجله، زوجته).
_KIN_NOUNS = normalize_terms(
    ("نجل", "زوج", "زوجة", "شقيق", "والد", "خطيب", "خطيبة", "حفيد", "أرملة", "صهر", "أخت")
)
# A chargé d'affaires, or an acting office-holder: "القائم بالأعمال", "القائم بأعمال وزير".
_CHARGE = normalize_term("القائم")
_AFFAIRS = normalize_terms(("بالأعمال", "بأعمال"))
_AFFAIRS_DEFINITE = normalize_term("بالأعمال")
_EMBASSY = normalize_term("السفارة")


def _is_charge(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` opens "القائم بالأعمال/بأعمال" (also after و/ب/ل); القائم alone is
    an adjective ("الوضع القائم")."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].sentence == tokens[i].sentence
        and tokens[i + 1].norm in _AFFAIRS
        and any(stem == _CHARGE for _, stem in clitic_variants(tokens[i].norm))
    )


def _is_kin(token: Token) -> bool:
    """Whether a token is a kinship noun with its possessive suffix (وابنته، لزوجها)."""
    kin = _vocab().kin
    return any(stem in kin for _, stem in clitic_variants(token.norm))


def _is_descriptor(token: Token) -> bool:
    """Whether a token is a noun of what a person is (الإعلامي، للطفلة، والمواطن)."""
    descriptors = _vocab().descriptors
    return any(stem in descriptors for _, stem in clitic_variants(token.norm))


def _plain_name_start(doc: Document, first: int) -> bool:
    """Whether token ``first``, after a kinship noun or a descriptor (وابنته، الإعلامي), may
    open a name: a given name ("زوجته بريجيت") or a word of no other reading ("وابنته
    يوليا"), not a word of a verb ("مع والدتها، أوقفت", "الطفل اقتداء بنجم", "والرهينة
    المذكور مختطف"), a clause in و ("ووالدتها وأودع"), a common noun as it stands, in the
    accusative ("صهره منصبا جديدا") or after ب/ل."""
    vocab, token = _vocab(), doc.tokens[first]
    word = token.norm
    if _in_either(word, vocab.given) or _clitic_given(word):
        return True
    return not (
        len(word) <= 2
        or (word[:1] in ("و", "ف") and _conjoined_word(vocab, word[1:]))
        or (word[:1] in ("ب", "ل") and word[1:] in _NAME_PARTICLES)  # "ببن قردان"
        or _verbal_word(vocab, word)
        or _ordinary_one_word(token)
        or _prepositional_noun(vocab, token)
        or _is_prepositional_masdar(vocab, token)
    )


def _verbal_word(vocab: _Vocab, word: str) -> bool:
    """Whether a word (no given name) is a form of a verb whose imperfect the corpus has:
    the verb in the past (أوقفت، ركبتا، أثاروا) or the imperfect (يحرضون), its participle in
    م (مختطف: يختطف) or a verbal noun of a derived form (اقتداء، تمكين)."""
    stems = imperfect_stems()
    return (
        (len(word) >= 4 and word[-1] == "ت")  # a feminine past verb (عثرت، أوقفت)
        or (word.endswith("تا") and _past_verb(word[:-2]))  # "وابنته ركبتا السيارة"
        or _past_verb(word)
        or _imperfect_verb(vocab, word)
        or _dual_imperfect(vocab, word)
        or (word.endswith("وا") and word[:-2] in stems)  # أثاروا
        or (len(word) >= 5 and word[0] == "م" and word[1:] in stems)
        or _verbal_noun(word)
    )


def _verbal_noun(word: str) -> bool:
    """A verbal noun of a derived form whose verb the corpus has in the imperfect: تفعيل
    (تمكين: يمكن), إفعال (إطلاق: يطلق) or افتعال (اقتداء: يقتدي، ارتكاب: يرتكب)."""
    stems = imperfect_stems()
    if len(word) == 5 and word[0] == "ت" and word[3] == "ي":
        return word[1:3] + word[4] in stems
    if len(word) == 5 and word[0] == "ا" and word[3] == "ا":
        return word[1:3] + word[4] in stems
    if len(word) == 6 and word[0] == "ا" and word[2] == "ت" and word[4] == "ا":
        return any(word[1:4] + last in stems for last in (word[5], "ي"))
    return False


def _conjoined_word(vocab: _Vocab, rest: str) -> bool:
    """Whether a word after و/ف is a word of its own (وأودع، وأبو، ومحمد، وتمكين), not the
    start of a name in و or ف (وليفريد، فاتن)."""
    return (
        _verbal_word(vocab, rest)
        or _common_word(rest)
        # "وزوجتي وأطفالي", "وعائلتي": a noun with the suffix of "my"
        or (rest[-2:] == "تي" and _common_with_feminine(rest[:-2]))
        or (rest[-1:] == "ي" and _common_word(rest[:-1]))
        or rest in _NAME_PARTICLES
        or rest in vocab.given
    )


def _title_span(doc: Document, i: int, end: int) -> tuple[int, int]:
    token = doc.tokens[i]
    for prefix, stem in clitic_variants(token.norm):
        if (stem in _vocab().heads or stem == _CHARGE) and prefix:
            rewritten = stem != token.norm[len(prefix) :]
            return (token.start if rewritten else token.start + len(prefix), doc.tokens[end].end)
    return token.start, doc.tokens[end].end


def _name_boundary_before(doc: Document, i: int) -> bool:
    """A name with no title may start after a verb, punctuation, و or مع."""
    vocab = _vocab()
    if i == 0:
        return True
    before, token = doc.tokens[i - 1], doc.tokens[i]
    if _gap(doc, before, token):
        return True
    if token.norm[:1] == "و" and token.norm[1:] in vocab.given:
        return True  # "… ومحمد بن زايد": a coordinated name
    stem = _stem(token)
    if (
        (_foreign_given(stem) or _clitic_given(token.norm))
        and _is_country_word(doc.tokens, i - 1) < i  # not "بيونغ يانغ"
    ):
        return True  # a foreign given name is no ordinary word: "إدارة دونالد ترامب"
    return (
        before.norm in ("و", "مع", "عن")
        or _is_name_boundary(vocab, before)
        or (_governs_name(vocab, before) and _unambiguous_name(doc, i))
        or _title_head_at(doc, i - 1)
        # a definite dual or plural names the people that follow: "وزيرا خارجية البلدين
        # سامح شكري وسيرغي لافروف", "الرئيسين عبد الفتاح السيسي وميشال عون"
        or (before.norm.startswith("ال") and before.norm.endswith("ين") and len(before.norm) >= 6)
        or _nationality_before(doc.tokens, i)
        or (_club_before(doc.tokens, i) and _unambiguous_name(doc, i))
    )


def _nisba_adjective(doc: Document, token: Token) -> bool:
    """Whether ``token`` is a definite adjective in ي, a nationality or an epithet of a club
    ("الإنجليزي", "الكتالوني"), not a noun ("المديح")."""
    return _is_definite(doc, token) and token.norm.endswith("ي")


def _club_before(tokens: Tokens, i: int) -> bool:
    """Whether a football club's name ends right before token ``i``, naming its player or
    coach who follows: "نجم ليفربول محمد صلاح", "مدرب بايرن ميونيخ يوب هاينكس"."""
    return _club_end(tokens, i - 1) == i - 1 or (i >= 2 and _club_end(tokens, i - 2) == i - 1)


def _nationality_before(tokens: Tokens, i: int) -> bool:
    """Whether a definite nationality adjective (a nisba of one word) stands right before
    token ``i``, naming who follows: "وسجل المصري محمد صلاح", "عن الليبي علاء الدين فرج";
    not a country's name ("المغرب العربي الكبير")."""
    before = tokens[i - 1]
    if not before.norm.startswith("ال"):
        return False
    match = country_words.country_gazetteer().match_at(tokens, i - 1)
    return (
        match is not None
        and match.value is not None
        and match.last == i - 1
        and match.value.kind == "nisba"
    )


def _unambiguous_name(doc: Document, i: int) -> bool:
    """Whether the given name at token ``i`` and the word after it read only as a name
    after a verb: the given name no word the corpus often writes with ال ("أمل", "عمر"),
    no month (رمضان) and not مني (from me, written as منى, Mona, normalizes); the word
    after it a definite family name in ي or one no common noun ("ياسين الشيخاوي"; not "سجل
    صلاح الهدف") or a plain word, no common noun, verb or verbal noun, ب/ل phrase or word
    in و ("صلاح أداء", "علي ترك العمل", "رمضان انطلقت"); a given name in ة written with ة
    ("ناديه السابق": his club)."""
    tokens = doc.tokens
    token = tokens[i]
    if i + 1 >= len(tokens) or _common_with_feminine(_stem(token)) or token.norm in _MONTHS:
        return False
    if token.norm == _MINNI and doc.text[token.end - 1] == "ي":
        return False
    if token.norm.endswith("ه") and not _ta_marbuta(doc, token):
        return False  # "ناديه": a noun and its pronoun, not نادية
    second = tokens[i + 1].norm
    if second.startswith("ال"):
        return second.endswith("ي") or not _common_with_feminine(second[2:])
    return not (
        _common_with_feminine(second)
        or _past_verb(second)
        or _feminine_past_verb(second)
        or _derived_masdar(second)  # "مني تقديم"
        or second[:1] in ("و", "ب", "ل")
    )


_MINNI = normalize_term("مني")
_MONTHS = normalize_terms(("رمضان", "شعبان"))  # Hijri months also given names


def _governs_name(vocab: _Vocab, token: Token) -> bool:
    """Whether a token is a verb (:func:`_verb_before_name`) or a verbal noun whose object
    a name may be, also after ب/ل: a derived verbal noun whose verb the corpus has
    ("اعتقال خالد العمري", "بتعيين فوزي البنزرتي"); not a noun of place in م, which
    names a place after a person ("ملعب الطيب المهيري")."""
    if _verb_before_name(vocab, token):
        return True
    word = _stem(token)
    for noun in (word, word[1:]) if word[:1] in ("ب", "ل") else (word,):
        if _verbal_noun(noun):
            return True
    return False


def _verb_before_name(vocab: _Vocab, token: Token) -> bool:
    """Whether a token is a verb whose subject or object a name may be ("وتقدمت منال
    الشريف", "روى حسن نصرالله", "نرى إبراهيم الجعفري"): a past verb, a feminine past verb
    of a derived form or an imperfect verb the corpus has with ي and ت, no given name."""
    stem = _stem(token)
    if stem in vocab.given or token.norm in vocab.given or stem == _ABD:
        return False  # "عبد الحسن الجابري": عبد opens the name, no verb (عبد: يعبد)
    return (
        _past_verb(stem)
        or _feminine_past_verb(stem)
        or _imperfect_verb(vocab, stem)
        or (stem[:1] == "ن" and stem[1:] in imperfect_stems())
    )


@cache
def _triggers() -> frozenset[str]:
    """Words (clitics stripped) that can open a person mention; other tokens are skipped."""
    vocab = _vocab()
    words = set(vocab.heads | vocab.kept | vocab.starters | vocab.given | vocab.al_given)
    words |= {"ل" + w[1:] for w in vocab.heads if w.startswith("ال")}
    words |= vocab.honorifics.first_forms  # the first word of each honorific
    words |= _MONARCH_TITLES | _LED_BY | {_CHARGE, _ABD}
    return frozenset(words)


@cache
def _trigger_forms() -> frozenset[str]:
    """The triggers with the clitics that may come before them (وبالوزير، للرئيس)."""
    return shared_words(form for word in _triggers() for form in attached_forms(word))


_NASAB = shared_words(("بن", "ابن", "بنت"))


def _openers(tokens: Tokens) -> list[int]:
    """Tokens that may open a person mention: a trigger word (clitics allowed before it)
    or the word before بن/ابن/بنت."""
    found = set(tokens.where(_trigger_forms()))
    found.update(i - 1 for i in tokens.where(_NASAB) if i > 0)
    return sorted(found)


def _split_known_names(doc: Document, candidates: list[_Candidate]) -> list[_Candidate]:
    """Give back a last word that is another person's family name.

    A verb's subject and object may be two names in a row ("أرسل الرئيس دونالد ترامب
    بومبيو") or two names joined by و ("كيم وبومبيو"); the name reader takes them as one
    when the second is a single word. When that word ends another candidate of the article
    written in full (مايك بومبيو), it is that person's short mention; so is an East Asian
    family name after another (مون كيم) when both open names written in full.
    """
    tokens = doc.tokens
    vocab = _vocab()
    # Family names of two-word names (given name + family name), by their first token.
    family: dict[str, set[int]] = {}
    for c in candidates:
        if c.first >= 0 and c.last == c.first + 1 and tokens[c.last].norm[:1] not in "وف":
            family.setdefault(tokens[c.last].norm, set()).add(c.first)
    # East Asian names written in full, by their family name, which comes first.
    east_asian = {
        tokens[c.first].norm
        for c in candidates
        if c.first >= 0
        and c.last > c.first
        and tokens[c.first].norm in vocab.family_first
        and tokens[c.first + 1].norm not in vocab.family_first
    }
    for cand in candidates:
        if cand.first < 0 or cand.last <= cand.first:
            continue
        word, before = tokens[cand.last].norm, tokens[cand.last - 1].norm
        if word[:1] == "و" and word[1:] in family:
            cand.last -= 1  # "كيم وبومبيو"
        elif cand.last == cand.first + 1 and word != before and {word, before} <= east_asian:
            cand.last -= 1  # "واستقبل مون كيم": the family names of two people named in full
        elif (
            cand.last - cand.first >= 2
            and family.get(word, set()) - {cand.first}
            and before not in vocab.given
            and before not in _NAME_PARTICLES
        ):
            cand.last -= 1  # "دونالد ترامب بومبيو", not "عبدالله بن زايد" or "جون إف كينيدي"
        elif _verb_after_known_name(doc, candidates, cand):
            cand.last -= 1  # "الرئيس دونالد ترامب فرض عقوبات" … "ترامب": the verb after it
    return candidates


def _verb_after_known_name(doc: Document, candidates: list[_Candidate], cand: _Candidate) -> bool:
    """Whether a candidate's last word is a verb (فرض، تجاهلت، يبحث) or an ordinary noun, the
    verb's object (الوضع، حدوث، بشن) after a name the text writes without it: a family name
    it repeats (ترامب … ترامب) or the whole name as another candidate (محمد صلاح … محمد صلاح
    وجد، محمود عباس … محمود عباس الوضع); not "نبيه بري", "أشرف غني", whose first word the
    text does not write alone, nor a verb the text repeats, a noun it writes after the same
    word again, or a last word after a particle (هاني أبو ريدة) or a hyphen."""
    tokens, vocab = doc.tokens, _vocab()
    word, before = tokens[cand.last].norm, tokens[cand.last - 1].norm
    positions = tokens.word_positions()
    if (
        word in vocab.given
        or before in _NAME_PARTICLES
        or _in_either(tokens[cand.first].norm, vocab.family_first)
        # a verb goes on to its object or complement ("بوتين حقق نجاحا"); a name part may end
        # the clause ("أبلغ سوه هون، مدير المخابرات")
        or cand.last + 1 >= len(tokens)
        or _gap(doc, tokens[cand.last], tokens[cand.last + 1])
        or doc.text[tokens[cand.last - 1].end : tokens[cand.last].start] != " "
    ):
        return False
    after_before = [k for k in positions.get(word, ()) if k > 0 and tokens[k - 1].norm == before]
    if not (
        # a verb, which the text does not repeat: a family name it repeats is one (نجوى كرم)
        (
            len(positions.get(word, ())) == 1
            and (_past_verb(word) or _feminine_past_verb(word) or _imperfect_verb(vocab, word))
        )
        # an ordinary noun, which the text does not write after the same word again
        or (
            len(after_before) == 1
            and word not in vocab.ordinals
            and word[:-1] not in vocab.ordinals  # "إليزابيث الثانية"
            # "الشيخ صباح الأحمد الصباح": after a family name in ال, another one
            and not before.startswith("ال")
            and _ordinary_after_name(tokens[cand.last])
        )
    ):
        return False
    # a repeated word before it that is no given name, also after و ("وعبدالله المعيوف …
    # وعبدالله عطيف": two people)
    given_before = before in vocab.given or _in_either(without_conjunction(before), vocab.given)
    if not given_before and len(positions.get(before, ())) >= 2:
        return True
    shorter = [tokens[k].norm for k in range(cand.first, cand.last)]
    return any(
        c.first >= 0
        and c.last - c.first == len(shorter) - 1
        and [tokens[k].norm for k in range(c.first, c.last + 1)] == shorter
        for c in candidates
    )


def _ordinary_after_name(token: Token) -> bool:
    """Whether a word after a name is an ordinary noun, its object or complement rather than
    a last name: a common noun of the corpus, also with ال, after ب/ل or و ("محمود عباس
    الوضع", "بيتر نافارو حدوث", "أردوغان بشن", "جمال خاشقجي وملابسات")."""
    word = token.norm
    if word.startswith("ال") and word[2:] in common_nouns():
        return True
    return _ordinary_one_word(token)


_PREPOSITIONS = frozenset({"من", "في", "الي", "علي", "عن", "مع"})
_NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "عبد", "ولد", "ام"})


def _names_a_place(doc: Document, i: int) -> bool:
    """Whether the title or honorific at token ``i`` follows a noun of a place or
    institution named after a person ("مطار الملك عبدالعزيز", "جامعة الملك سعود")."""
    tokens = doc.tokens
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return False
    places = _vocab().named_places
    return any(stem in places for _, stem in clitic_variants(tokens[i - 1].norm))


def _find_candidates(doc: Document) -> list[_Candidate]:
    vocab = _vocab()
    tokens = doc.tokens
    candidates: list[_Candidate] = []
    n = len(tokens)
    following = 0  # the first token a new candidate may start at
    for i in _openers(tokens):
        if i < following:
            continue
        token = tokens[i]
        word, stem = token.norm, _stem(token)
        if _title_head_at(doc, i):
            title_end = _read_title(doc, i)
            k = title_end + 1
            name = (
                _read_name(doc, k, after_title=True)
                if k < n
                and tokens[k].sentence == token.sentence
                and ":" not in doc.text[tokens[title_end].end : tokens[k].start]
                else None
            )  # "رئيسة وزراء بريطانيا: سنناقش …": what the title says follows the colon
            if _names_a_place(doc, i):
                following = name[1] + 1 if name is not None else title_end + 1
                continue  # "مطار الملك عبدالعزيز": a place named after a person
            span = _title_span(doc, i, title_end)
            if name is not None and title_end == i and _is_noun_phrase(doc, name):
                name = None  # "وتوقع الوزير ارتفاع الأسعار": an object, not a name
            if (
                name is not None
                and (_is_kin(token) or _is_descriptor(token))
                and not _plain_name_start(doc, name[0])
            ):
                name = None  # "ويمنح صهره منصبا", "الطفلة جذبت اهتمام": no name after it
            if name is not None and _indefinite_title(doc, i, title_end):
                name = None  # "أول رئيس كوري شمالي تطأ": a predicate, not an office title
            if (
                name is not None
                and title_end == i
                and name[0] == name[1]
                and not _stem(token).startswith("ال")
                and not _is_kin(token)  # "وابنته يوليا": the suffix makes it definite
                and tokens[name[0]].norm not in vocab.given
            ):
                name = None  # "وزير اتحادي بارز": an indefinite head and its adjective
            if name is not None:
                first, last, honorific = name
                candidates.append(_titled(doc, first, last, span, (i, title_end), honorific))
                after = _appositive(doc, candidates[-1], last + 1)
                following = _coordinated(doc, candidates, after)
                continue
            # "سكريبال وابنته": a relative's name before a kinship noun is not the holder's;
            # a word before a descriptor is its noun ("تقديم مساعدة للطفلة")
            back = None if _is_kin(token) or _is_descriptor(token) else _read_name_before(doc, i)
            if back is not None and not any(c.first <= back[0] <= c.last for c in candidates):
                first, last = back
                candidates.append(_titled(doc, first, last, span, (i, title_end), None))
            elif (far := _name_after_title_phrase(doc, title_end)) is not None:
                # "مديرة قسم الشرق الأوسط في هيومن رايتس ووتش، سارة ليا ويتسن،": a title
                # the reader stopped in, then the name set off by a comma.
                first, last, honorific = far
                end = first - 1
                candidates.append(
                    _titled(doc, first, last, (span[0], tokens[end].end), (i, end), honorific)
                )
                following = last + 1
                continue
            else:
                candidates.append(_Candidate(-1, -1, -1, span, (i, title_end)))
            following = title_end + 1
            continue
        starter = stem in vocab.starters or word in vocab.starters
        if _kept_honorific(tokens[i]) or starter:
            k = i + 1 if starter else i
            name = _read_name(doc, k, after_title=starter)
            if name is not None and not starter and _names_a_place(doc, i):
                following = name[1] + 1
                continue  # "مطار الأمير محمد بن عبدالعزيز"
            if name is not None and (
                name[1] > name[0] + 1 or starter or _foreign_given(tokens[name[1]].norm)
            ):
                first, last, honorific = name
                candidates.append(
                    _Candidate(
                        first, last, _strip_conjunction(doc, tokens[first]), None, None, honorific
                    )
                )
                following = _appositive(doc, candidates[-1], last + 1)
                continue
        if _is_led_by(word) and (name := _led_by(doc, i + 1)) is not None:
            first, last, honorific = name
            start = _strip_conjunction(doc, tokens[first])
            candidates.append(_Candidate(first, last, start, None, None, honorific))
            following = _appositive(doc, candidates[-1], last + 1)
            continue
        found = _honorific_at(tokens, i)
        if found is not None:
            name = _read_name(doc, i, after_title=True)
            if name is not None and name[1] > found.last:
                first, last, honorific = name
                candidates.append(
                    _Candidate(first, last, tokens[found.last + 1].start, None, None, honorific)
                )
                following = _appositive(doc, candidates[-1], last + 1)
                continue
        # Arabic name grammar with no title: a given name, or any word before بن.
        nxt = tokens[i + 1] if i + 1 < n else None
        linked = nxt is not None and not _gap(doc, token, nxt)
        grammar = linked and nxt.norm in ("بن", "ابن", "بنت") and not _is_blocker(vocab, tokens, i)
        abd = False
        given = (
            linked
            and (
                stem in vocab.given
                or word in vocab.given
                or stem in vocab.al_given
                or _clitic_given(word)
                # "وقال عبد الفتاح السيسي": عبد and a divine name written apart, a given name
                or (abd := stem == _ABD and nxt.norm.startswith("ال") and nxt.norm != _AL_MALIK)
            )
            and _name_boundary_before(doc, i)
        )
        if grammar or given:
            name = _read_name(doc, i)
            # with no title, "عبد الرحمن" alone may be cut from a longer name or be a place's:
            # a family name must follow it
            if name is not None and name[1] > name[0] + (1 if abd else 0):
                first, last, honorific = name
                if grammar or _looks_like_full_name(tokens, first, last):
                    candidates.append(
                        _Candidate(
                            first,
                            last,
                            _strip_conjunction(doc, tokens[first]),
                            None,
                            None,
                            honorific,
                        )
                    )
                    following = _appositive(doc, candidates[-1], last + 1)
                    continue
    taken = {k for c in candidates for k in range(c.first, c.last + 1) if c.first >= 0}
    for cand in list(candidates):
        if cand.first < 0:
            continue
        k = cand.last + 1
        while (name := _coordinated_name(doc, k)) is not None and name[0] not in taken:
            first, last = name
            start = _after_letters(doc, tokens[first].start, 1)  # after the و
            candidates.append(_Candidate(first, last, start, None, None, None))
            taken.update(range(first, last + 1))
            k = last + 1
        if cand.start > tokens[cand.first].start and tokens[cand.first].norm[:1] == "و":
            name = _name_before_coordinated(doc, cand.first)
            if name is not None and not any(j in taken for j in range(name[0], name[1] + 1)):
                first, last = name
                candidates.append(_Candidate(first, last, tokens[first].start, None, None, None))
                taken.update(range(first, last + 1))
    for i in _ages(doc):
        name = _name_before_age(doc, i)
        if name is None or any(k in taken for k in range(name[0], name[1] + 1)):
            continue
        first, last = name
        start = _age_name_start(doc, tokens[first])
        candidates.append(_Candidate(first, last, start, None, None, None))
        taken.update(range(first, last + 1))
    for i in tokens.where(_verb_forms()):
        name = _name_after_verb(doc, i)
        if name is None or any(k in taken for k in range(name[0], name[1] + 1)):
            continue
        first, last = name
        candidates.append(
            _Candidate(first, last, doc.tokens[first].start, None, None, None)
        )
        _appositive(doc, candidates[-1], last + 1)
        taken.update(range(first, last + 1))
    return candidates


@cache
def _verb_forms() -> frozenset[str]:
    """The clause-opening verbs (قال، أكد، التقى) with و/ف before them."""
    return shared_words(
        form for verb in _vocab().verbs for form in (verb, "و" + verb, "ف" + verb)
    )


_SET_OFF = normalize_terms(("وهو", "وهي", "الذي", "التي", "أحد", "إحدى", "البالغ", "البالغة"))
_NAME_AFTER_VERB = 4  # "قال سارجيس بابايان،", "حث خلف الحبتور،", "قالت لي سو يوون،"


def _name_after_verb(doc: Document, i: int) -> tuple[int, int] | None:
    """A name with no title as the subject of a clause-opening verb, set off by a comma
    before what describes it ("قال سارجيس بابايان، وهو طالب", "وحذرت ليزلي بوير، طبيبة
    السموم", "حث خلف الحبتور، أحد أبرز رجال الأعمال") or right before a title ("قال
    نبيل بفون عضو الهيئة العليا"): ``(first, last)`` or ``None``.

    The words are none a common noun, function word, verb, title or country word, so an
    unnamed source ("قال مصدر أمني، إن") is no name; the word after the comma is a title,
    a descriptor, a relative pronoun, وهو/وهي, أحد or البالغ.
    """
    tokens, vocab = doc.tokens, _vocab()
    n = len(tokens)
    if i > 0 and not _gap(doc, tokens[i - 1], tokens[i]) and tokens[i].norm == _stem(tokens[i]):
        return None  # a verb inside a clause, not opening one
    first = i + 1
    if first >= n or _gap(doc, tokens[i], tokens[first]):
        return None
    if outlet_names().match_at(tokens, first) is not None:
        return None  # "وقالت بي بي سي، وهي …": an outlet
    last = first
    while True:
        token = tokens[last]
        word = token.norm
        if not _plain_name_word(doc, last, word, last == first):
            return None
        if last + 1 >= n or _gap(doc, token, tokens[last + 1]):
            break
        if (
            last > first
            and _title_head_at(doc, last + 1)
            and not _is_kin(tokens[last + 1])
            and not _is_descriptor(tokens[last + 1])
            and tokens[last + 1].norm[:1] != "و"  # "مزين الشعر والمغني": a second noun
        ):
            return first, last  # "قال نبيل بفون عضو الهيئة": a title in apposition
        if last - first + 1 >= _NAME_AFTER_VERB or _is_definite(doc, token):
            return None
        last += 1
    if last == first or last + 1 >= n or tokens[last + 1].sentence != tokens[last].sentence:
        return None
    if doc.text[tokens[last].end : tokens[last + 1].start].strip() not in ("،", ","):
        return None
    k = last + 1
    cue = tokens[k]
    if not (
        _title_head_at(doc, k)
        or _is_descriptor(cue)
        or cue.norm in _SET_OFF
        or cue.norm[:1].isdigit()
        or (  # "طبيبة السموم", "عالمة في بحوث القمر": a noun in construct or its place
            not _is_definite(doc, cue)
            and cue.norm not in vocab.stop  # "، يوم الأربعاء": a time
            and (
                _common_with_feminine(cue.norm)
                or (cue.norm.endswith("ه") and cue.norm[:-1] in common_nouns())  # طبيبة
            )
            and k + 1 < len(tokens)
            and not _gap(doc, cue, tokens[k + 1])
            and (_is_definite(doc, tokens[k + 1]) or tokens[k + 1].norm in ("في", "من"))
        )
    ):
        return None
    return first, last


def _plain_name_word(doc: Document, j: int, word: str, opening: bool) -> bool:
    """Whether token ``j``, read as ``word`` (its conjunction removed for a coordinated
    name), may be a word of a name no title or given name announces: no function word,
    verb, title, country or outlet word, common noun or accusative, verbal noun (تعيين،
    إدراج), kinship noun (خطيبة، شريكها), word with a pronoun suffix or honorific, and a
    definite word or a preposition on a noun only after the first word ("خلف الحبتور")."""
    tokens, vocab = doc.tokens, _vocab()
    token = tokens[j]
    given = word in vocab.given
    return not (
        _is_blocker(vocab, tokens, j)
        or (not given and (_common_with_feminine(word) or _accusative(word)))
        or (opening and word.startswith("ال"))
        or (word.startswith("ال") and _common_with_feminine(word[2:]))  # "سدد الكرة"
        or (opening and not given and (_past_verb(word) or _feminine_past_verb(word)))
        # a past verb: "وخطف الفوز", "اتخذت"
        or (opening and not given and len(word) == 3 and word[0] == "ا")  # "أسس سيرغي برين"
        or (opening and word[:1] == "ي" and not given and len(word) >= 4)  # "وينطبق"
        or (word[:1] == "و" and not opening)  # "… ومحمد": a second person
        or _prepositional_noun(vocab, token)
        or (opening and _is_prepositional_masdar(vocab, token))  # not "بوير"
        or (word[:1] in ("ب", "ل") and len(word) == 6 and word[1] + word[4] == "اا")  # بإيجاد
        or (
            not given
            and (_derived_masdar(word) or (len(word) == 5 and word[0] + word[3] == "اا"))
        )  # "تم تعيين الملقي", "وتم إدراج جواد": a verbal noun (تفعيل، إفعال)
        or _is_kin(token)  # "وكان شريكها تشارلي رولي": the relation, not the name
        or _stem(token) in _KIN_NOUNS  # "وقالت خطيبة خاشقجي"
        or (word.endswith(("ها", "هم", "هما")) and not given)
        or (word.endswith("ه") and not _ta_marbuta(doc, token) and not given)
        or _kept_honorific(token)
        or _honorific_at(tokens, j) is not None
    )


_CLAUSE_END = 3  # words of a coordinated name: "ونذير القطاري،", "وكزافيي بتال."


def _coordinated_name(doc: Document, k: int) -> tuple[int, int] | None:
    """A second name joined by و right after a name, up to the end of the clause
    ("سفيان الشورابي ونذير القطاري،", "شارل ميشال ومارك روت وكزافيي بتال."): ``(first,
    last)`` or ``None``; each word as in :func:`_plain_name_word`, two or three of them."""
    tokens, vocab = doc.tokens, _vocab()
    n = len(tokens)
    if k >= n or tokens[k].norm[:1] != "و" or _gap(doc, tokens[k - 1], tokens[k]):
        return None
    rest = tokens[k].norm[1:]
    if len(rest) < 3 or not _plain_name_word(doc, k, rest, True):
        return None
    last = k
    while last + 1 < n and not _gap(doc, tokens[last], tokens[last + 1]):
        nxt = tokens[last + 1].norm
        if nxt in vocab.stop or nxt in vocab.verbs:
            break
        if last - k + 1 >= _CLAUSE_END or not _plain_name_word(doc, last + 1, nxt, False):
            return None
        last += 1
    return (k, last) if last > k else None


def _name_before_coordinated(doc: Document, k: int) -> tuple[int, int] | None:
    """The first of two names joined by و, before the found second one at ``k``, from the
    start of the clause (punctuation, a function word, a verb, a title or any word no name
    has before it): "هما عطاف الجلخي ومحمود محمد المحمود", "أسس سيرغي برين ولاري بيج";
    two or three words, each as in :func:`_plain_name_word`."""
    tokens, vocab = doc.tokens, _vocab()
    last = k - 1
    if last < 1 or _gap(doc, tokens[last], tokens[k]):
        return None
    if not _plain_name_word(doc, last, tokens[last].norm, False):
        return None
    first = last
    while first > 0 and not _gap(doc, tokens[first - 1], tokens[first]):
        before = first - 1
        word = tokens[before].norm
        if word[:1] in ("و", "ف") and word not in vocab.given:
            break  # "وسجل كورنتين توليسو", "… ونادية بوستة": a clause or a list before it
        if (
            word in vocab.stop
            or word in vocab.verbs
            or _title_head_at(doc, before)
            or not _plain_name_word(doc, before, word, True)
            or (_ta_marbuta(doc, tokens[before]) and word not in vocab.given)
        ):
            # "هما عطاف الجلخي", "أسس سيرغي برين": the clause before the name; "زيجة
            # شيرين": a feminine noun in construct with it
            break
        if last - before + 1 > _CLAUSE_END:
            return None
        first = before
    if tokens[first].norm in ("بن", "ابن", "بنت", "ال"):
        return None  # "الخنساء بن حراث": the given name before بن is no plain word
    return (first, last) if first < last else None


_LED_BY = frozenset({"زعامه", "قياده"})


def _is_led_by(word: str) -> bool:
    """Whether a word is "بزعامة" or "بقيادة" (led by), with و before it or not."""
    return any(p in ("ب", "وب") and stem in _LED_BY for p, stem in clitic_variants(word))


def _led_by(doc: Document, i: int) -> tuple[int, int, str | None] | None:
    """The name of a leader after "بزعامة/بقيادة" ("تيار الحكمة بزعامة عمار الحكيم"),
    which would otherwise read as a noun's complement: a given name and what follows it
    up to a word in و ("بقيادة ميسي وسواريز"), not a title ("بقيادة خادم الحرمين
    الشريفين", "بقيادة المدرب …") or a state ("بقيادة روسيا")."""
    vocab = _vocab()
    tokens = doc.tokens
    if i >= len(tokens) or tokens[i].norm not in vocab.given:
        return None
    name = _read_name(doc, i, after_title=True)
    if name is None:
        return None
    first, last, honorific = name
    last = next(
        (k - 1 for k in range(first + 1, last + 1)
         if tokens[k].norm[:1] == "و" and tokens[k].norm not in vocab.given),
        last,
    )
    return first, last, honorific


def _coordinated(doc: Document, candidates: list[_Candidate], k: int) -> int:
    """Peers coordinated after a titled name, each with its nisba; returns the next index.

    "وزراء الخارجية الروسي سيرغي لافروف والتركي مولود تشاوش أوغلو والإيراني محمد جواد
    ظريف": every "و + nisba + name" is one more person of that nationality.
    """
    tokens = doc.tokens
    gazetteer = country_words.country_gazetteer()
    while k < len(tokens) and tokens[k].norm[:1] == "و" and not _gap(doc, tokens[k - 1], tokens[k]):
        match = gazetteer.match_at(tokens, k)
        term = match.value if match is not None else None
        if term is None or term.kind != "nisba" or match.prefix != "و":
            break
        nxt = match.last + 1
        if nxt >= len(tokens) or _gap(doc, tokens[match.last], tokens[nxt]):
            break
        name = _read_name(doc, nxt, after_title=True)
        if name is None:
            break
        first, last, honorific = name
        candidates.append(
            _titled(doc, first, last, (match.start, match.end), (k, match.last), honorific)
        )
        k = last + 1
    return k


def _indefinite_title(doc: Document, head: int, end: int) -> bool:
    """An indefinite head with an indefinite nisba ("رئيس كوري", "مسؤول أميركي").

    Such a phrase describes someone ("a Korean president"); it never stands before a name.
    """
    tokens = doc.tokens
    if end == head or "ال" in (_stem(tokens[head])[:2], tokens[head].norm[1:3]):
        return False
    nxt = tokens[head + 1]
    match = country_words.country_gazetteer().match_at(tokens, head + 1)
    return (
        match is not None
        and match.value is not None
        and match.value.kind == "nisba"
        and not nxt.norm.startswith("ال")
    )


def _is_noun_phrase(doc: Document, name: tuple[int, int, str | None]) -> bool:
    """A two-word "name" that reads as a noun phrase: a construct (ارتفاع الأسعار) or a
    common noun and its adjective (تأثير طفيف)."""
    first, last, honorific = name
    tokens = doc.tokens
    given = _vocab().given
    return (
        honorific is None
        and last == first + 1
        and tokens[first].norm not in given
        and (
            _is_definite(doc, tokens[last])
            or (_common_word(tokens[first].norm) and tokens[last].norm not in given)
        )
    )


def _appositive(doc: Document, cand: _Candidate, k: int) -> int:
    """Attach a title that follows a name ("… آل نهيان ولي عهد أبوظبي") and return the next index.

    A title followed by another name belongs to that name, not to this one.
    """
    tokens = doc.tokens
    if k >= len(tokens) or tokens[k].sentence != tokens[cand.last].sentence:
        return k
    if doc.text[tokens[cand.last].end : tokens[k].start].strip() not in ("", "،", ","):
        return k
    if not _title_head_at(doc, k) or _is_kin(tokens[k]):
        return k  # "توماس ماركل وزوجته": the relative is someone else
    end = _read_title(doc, k)
    same = end + 1 < len(tokens) and tokens[end + 1].sentence == tokens[k].sentence
    if same and _read_name(doc, end + 1, after_title=True) is not None:
        return k
    if cand.title is None:
        cand.title = _title_span(doc, k, end)
        cand.title_tokens = (k, end)
    else:
        cand.appositive_tokens = (k, end)  # "الرئيس مون، رئيس كوريا الجنوبية"
    return end + 1


def _head_stem(token: Token) -> str:
    vocab = _vocab()
    for _, stem in clitic_variants(token.norm):
        if stem in vocab.heads:
            return stem
    return token.norm


# Syllables of Korean names that are Arabic words: كي ("so that"), هو/هي ("he", "she").
_SYLLABLE_WORDS = normalize_terms(("كي", "هو", "هي"))


def _east_asian_syllable(doc: Document, i: int, j: int, count: int) -> bool:
    """Whether the Arabic word at token ``j`` is a syllable of an East Asian name that opens
    at token ``i`` with its family name: the second of three parts when a syllable follows
    ("كيم كي غوان", not "مون كي يستمتع"), or the third after one ("ري يونغ هو", "بارك غيون
    هي"; not "بين كيم وترامب كي يتسنى", nor a copula before a relative: "وانغ يي هو الذي")."""
    vocab = _vocab()
    tokens = doc.tokens
    if tokens[j].norm not in _SYLLABLE_WORDS or not _in_either(tokens[i].norm, vocab.family_first):
        return False
    k = j + 1
    after = tokens[k].norm if k < len(tokens) and not _gap(doc, tokens[j], tokens[k]) else None
    if count == 2:
        return (
            _is_syllable(vocab, tokens[j - 1].norm)
            and after not in RELATIVE_PRONOUNS
            and not (after and _imperfect_verb(vocab, after))
        )
    return count == 1 and after is not None and _is_syllable(vocab, after)


def _is_syllable(vocab: _Vocab, word: str) -> bool:
    """Whether a word can be one syllable of an East Asian name written in Arabic."""
    return (
        len(word) <= 5
        and word[:1] != "و"
        and not word.startswith("ال")
        and word not in vocab.stop
        and word not in vocab.verbs
        and not _NOT_EAST_ASIAN.search(word)
        and not _imperfect_verb(vocab, word)
    )


def _in_either(word: str, words: frozenset[str]) -> bool:
    """Whether a word, or the word without its conjunction, is in ``words`` (وليد and
    ومحمد; not لاديمير for فلاديمير)."""
    return word in words or without_conjunction(word) in words


def _looks_like_full_name(tokens: list[Token], first: int, last: int) -> bool:
    """A given name followed by a family name or particle, not by an ordinary word."""
    vocab = _vocab()
    word, second = tokens[first].norm, tokens[first + 1].norm
    return (
        _in_either(word, vocab.al_given)  # "الباجي قايد السبسي"
        or second.startswith("ال")
        or second in ("بن", "ابن", "بنت", "ال", "عبد", "ابو")
        or second in vocab.given
        or second.startswith("عبد")
        or (
            (_in_either(word, vocab.given) or _clitic_given(word))
            and not _is_blocker(vocab, tokens, first + 1)
            and not second.endswith(("ه", "ها", "هم"))
        )
    )


def _prepositional_phrase(doc: Document, i: int) -> bool:
    """Whether token ``i`` is ل and a consonant, or ب and an Arabic word, which no name
    opens. After ب: a word in hamza and
    a consonant (بإحدى، بإحالة; a foreign name in ب is written with a bare alif: باتريك،
    and one in hamza takes a vowel letter: بإيفر بانيغا), a
    function word (بكل), a noun or participle in م (بمقتل، بموجب: no foreign name opens
    with بم), a verbal noun of a derived form (باختطاف، بارتكاب، بتجاهل، بتدبير) or a
    noun in ة the corpus often writes with ال (بجائزة)."""
    token = doc.tokens[i]
    word = token.norm
    rest = word[1:]
    vocab = _vocab()
    if word[:1] not in ("ب", "ل") or len(rest) < 2 or word in vocab.given or rest in vocab.given:
        return False
    hamza = doc.text[token.start + 1 : token.start + 2] in ("أ", "إ")
    if word[0] == "ل":
        # ل and a word in hamza, م or ت (a noun, participle or verbal noun: لأي، لمنخرط،
        # لتفاؤل), or a word the text also writes bare (لمانشستر … مانشستر), is the
        # preposition; a Maghrebi given name keeps its ل (لزهر، لقمان، لمين: الأمين).
        if (rest[0] in "اوي" and not hamza) or "ا" + rest in vocab.given:
            return False
        return hamza or rest[0] in "مت" or rest in vocab.stop or rest in doc.tokens.word_positions()
    return (
        (hamza and rest[1] not in "وي")
        or rest in vocab.stop
        or (rest[0] == "م" and len(rest) >= 3)
        or _derived_form_masdar(rest)
        or (rest[-1] == "ه" and rest in common_nouns())
    )


def _conjoined_clause(doc: Document, i: int) -> bool:
    """Whether token ``i`` is و/ف and a verb or a derived verbal noun with its subject or
    object after it (a definite word, a noun of the corpus, a pronoun suffix, بن), which
    opens a new clause, not a name: "ولقي مصرعه", "فتعالى صراخ", "وتحطيم مضربها" (but
    "وليد", "وحيد خليلودزيتش", "فاسيل غريتساك": a name part no word of the corpus follows)."""
    tokens, vocab = doc.tokens, _vocab()
    word = tokens[i].norm
    rest = word[1:]
    if word[:1] not in ("و", "ف") or len(rest) < 3 or word in vocab.given or rest in vocab.given:
        return False
    if not (_past_verb(rest) or _imperfect_verb(vocab, rest) or _derived_form_masdar(rest)):
        return False
    if i + 1 >= len(tokens) or _gap(doc, tokens[i], tokens[i + 1]):
        return False
    after = tokens[i + 1]
    return (
        _is_definite(doc, after)
        or _common_word(after.norm)
        or after.norm.endswith(("ه", "ها", "هم", "هما"))
        or after.norm in ("بن", "ابن")
    )


def _opening_verb(doc: Document, cand: _Candidate) -> bool:
    """Whether a name of two words or more opens with a verb in the imperfect (يعاين،
    يهاجمون: a stem the corpus has with ي and ت) or a feminine past verb of a derived form
    (اختارت، تجاهلت): "وزير الدفاع يعاين الاحتياطات", not "يانغ جيشي" or "طلعت حافظ"."""
    vocab = _vocab()
    word = doc.tokens[cand.first].norm
    if cand.last == cand.first or _in_either(word, vocab.given):
        return False
    return (
        _imperfect_verb(vocab, word)
        or _dual_imperfect(vocab, word)
        or _feminine_past_verb(word)
        # a derived past verb and ت (اختارت: يختار), not a given name in ت (طلعت، فكرت)
        or (word[-1:] == "ت" and len(word) >= 5 and _derived_past_verb(word[:-1]))
    )


def _derived_form_masdar(word: str) -> bool:
    """A verbal noun of the forms افتعال (اختطاف، ارتكاب), تفاعل (تجاهل), تفعيل (تدبير),
    انفعال (انسحاب) or استفعال (استخدام), by its letters."""
    n = len(word)
    return (
        (n == 6 and word[0] == "ا" and word[2] in "تطد" and word[4] == "ا")
        or (n == 5 and word[0] == "ت" and (word[2] == "ا" or word[3] == "ي"))
        or (n == 6 and word[:2] == "ان" and word[4] == "ا")
        or (n == 7 and word[:3] == "است" and word[5] == "ا")
    )


def _ages(doc: Document) -> list[int]:
    """The tokens that open a person's age right after a name: the number in "(35 عاما)"
    and "، 26 عاما،", or البالغ/البالغة in "، البالغة من العمر 26 عاما"."""
    tokens = doc.tokens
    found = []
    for k in range(1, len(tokens) - 1):
        word = tokens[k].norm
        if word.isdigit() and len(word) <= 3 and tokens[k + 1].norm in _YEARS:
            gap = doc.text[tokens[k - 1].end : tokens[k].start].strip()
            close = doc.text[tokens[k + 1].end : tokens[k + 1].end + 3].lstrip()
            if (gap == "(" and close[:1] == ")") or (gap in ("،", ",") and close[:1] in "،,"):
                found.append(k)
        elif word in _AGED and doc.text[tokens[k - 1].end : tokens[k].start].strip() in ("،", ","):
            found.append(k)  # "سنا شيما، البالغة من العمر 26 عاما"
    return found


_YEARS = normalize_terms(("عاما", "عامًا", "عاماً", "سنة", "سنوات", "عام"))
_AGED = normalize_terms(("البالغ", "البالغة"))


def _name_before_age(doc: Document, k: int) -> tuple[int, int] | None:
    """The name of one to three words right before a person's age at token ``k`` ("يقف
    حيدر الشمري (35 عاما)", "ابنان، حافظ (16 عاما) وكريم (13 عاما)"): it starts after
    punctuation, a verb or function word, a definite noun (الطالب) or a noun with a pronoun
    suffix (ابنته), and is no string of common nouns ("منفذ الهجوم (25 عاما)")."""
    tokens, vocab = doc.tokens, _vocab()
    last = k - 1
    if last < 0 or tokens[last].sentence != tokens[k].sentence:
        return None
    first = last + 1
    while first > 0 and last - first < 2:
        token = tokens[first - 1]
        word = without_conjunction(token.norm)
        if (
            _is_blocker(vocab, tokens, first - 1)
            or _is_name_boundary(vocab, token)
            or _is_preposition_ala(doc, token)  # "على بلفورت (41 عاما)"
            or word in vocab.stop
            or word in vocab.verbs
            or (word not in vocab.given and _verb_or_prefixed(vocab, token))
            or (first <= last and _gap(doc, token, tokens[first]))
            or (token.norm.endswith(("ه", "ها", "هم", "هما")) and word not in vocab.given)
            or (
                first <= last
                and _is_definite(doc, token)
                and word not in vocab.al_given
                and word != _DIN
            )
        ):
            break
        first -= 1
        if first > 0 and _gap(doc, tokens[first - 1], tokens[first]):
            break
    if first > last:
        return None
    words = [without_conjunction(tokens[j].norm) for j in range(first, last + 1)]
    if all(_common_word(w[2:] if w[:2] == "ال" else w) and w not in vocab.given for w in words):
        return None
    if _is_definite(doc, tokens[first]) and words[0] not in vocab.al_given:
        return None
    if doc.text[tokens[first].start - 2 : tokens[first].start].strip()[-1:] in ("-", "–"):
        return None  # "ميغيل دياز- كانيل": the end of a hyphenated name
    given = next((j for j in range(first, last) if _in_either(words[j - first], vocab.given)), None)
    if given is not None and given > first:
        first = given  # "إلى جوار أنطوان غريزمان (27 عاما)": the name opens with the given name
    elif (
        first < last
        and _common_word(words[0])
        and not _in_either(words[0], vocab.given)
        and not _is_definite(doc, tokens[last])
    ):
        first += 1  # "وعقب نجاح بينيرو (39 عاما)": a noun governing a foreign name
    before = tokens[first - 1] if first > 0 else None
    if before is not None and not _gap(doc, before, tokens[first]):
        if _kept_honorific(before):
            first -= 1  # "الأمير جورج، 4 سنوات"
        elif (
            {before.norm, without_conjunction(before.norm)} & _PLACE_HEADS
            or any(stem in vocab.named_places for _, stem in clitic_variants(before.norm))
            or (not before.norm.startswith("ال") and _is_country_word(tokens, first - 1) >= 0)
            or _is_blocked_phrase(tokens, first - 1)
        ):
            return None  # "من ولاية تكساس (30 عاما)", "نجم باريس سان جيرمان، البالغ …"
    return first, last


def _age_name_start(doc: Document, token: Token) -> int:
    """Where a name read before an age starts: after و/ف when what follows is written
    without it elsewhere, is a family name of the news or a given name, or is no foreign
    name in وا/وي ("وميسي"، "وانيستون، 49 عاما" after "جينيفر أنيستون"; not "ويلسون")."""
    word = token.norm
    rest = word[1:]
    vocab = _vocab()
    if (
        word[:1] in ("و", "ف")
        and len(rest) >= 3
        and not _in_either(word, vocab.given)
        and (
            len(doc.tokens.word_positions().get(rest, ())) > 0
            or rest in family_names()
            or _in_either(rest, vocab.given)
            or rest[:1] not in ("ا", "ي")
        )
    ):
        return _after_letters(doc, token.start, 1)
    return _strip_conjunction(doc, token)


def _verb_or_prefixed(vocab: _Vocab, token: Token) -> bool:
    """A verb (يقف، تزوجت، اعتقل) or an ordinary word after و/ب/ل (واغتصاب، بسجن): no part
    of a name before an age."""
    word = token.norm
    rest = without_conjunction(word)
    if (
        is_future_verb(rest)  # "وسيسير هنري (41 عاما)"
        or _past_verb(rest)
        or _feminine_past_verb(rest)
        or (rest[-1:] == "ت" and len(rest) >= 4 and _past_verb(rest[:-1]))  # زعمت
        or _imperfect_verb(vocab, rest)
        or _accusative(rest)
        or (len(rest) == 3 and rest[0] in ("ي", "ت") and not set(rest[1:]) & set("اوي"))
    ):
        return True
    return word[:1] in ("و", "ف", "ب", "ل") and _ordinary_one_word(token)


def _read_name_before(doc: Document, head: int) -> tuple[int, int] | None:
    """A name of 1–3 words just before a title head, right after a verb or punctuation.

    "وقال روبرتو روباداي قائد فريق الإطفاء" → روبرتو روباداي; a comma may stand between
    the name and its title ("قال لام فول قبريال، نائب المتحدث باسم …").
    """
    vocab = _vocab()
    tokens = doc.tokens
    last = head - 1
    if last < 0 or tokens[last].sentence != tokens[head].sentence:
        return None
    between = doc.text[tokens[last].end : tokens[head].start].strip()
    if between not in ("", "،", ","):
        return None

    def boundary(token: Token) -> bool:
        # after a preposition only when a comma sets the title off: "استجابة لدعوة من كيم
        # جونج أون، زعيم الشمال", "بحثت مع كريستالينا جيروجيفا، المديرة الإدارية"
        return _is_name_boundary(vocab, token) or (bool(between) and token.norm in _PREPOSITIONS)

    first = last
    while True:
        token = tokens[first]
        if _is_blocker(vocab, tokens, first) or _is_prepositional_masdar(vocab, token):
            return None
        if token.norm.endswith(("ها", "هم", "هما")) and token.norm not in vocab.given:
            return None  # "التقت خلالها وزراء": a pronoun suffix, not a name
        if first == last and _accusative(token.norm) and token.norm not in vocab.given:
            return None  # "قال مادورو مخاطبا نائب الرئيس": the title is the participle's object
        if (
            _is_definite(doc, token)
            and token.norm not in vocab.al_given
            and first != last
            and not (token.norm == _DIN and first > 0)  # "فخر الدين ألتون"
        ):
            return None
        before = tokens[first - 1] if first > 0 else None
        if before is None or _gap(doc, before, token) or boundary(before):
            break
        if head - first >= 3:
            return None
        first -= 1
    if _is_definite(doc, tokens[first]) and tokens[first].norm not in vocab.al_given:
        return None
    words = [tokens[k].norm for k in range(first, last + 1)]
    if all(_common_word(w) and w not in vocab.given for w in words):
        return None  # "يعتزم إرسال مبعوث", "احترام قرار": nouns governing the title
    before = tokens[first - 1] if first > 0 else None
    if before is None or not boundary(before):
        return None
    opening = tokens[first].norm
    if (
        first < last
        and not _is_name_boundary(vocab, before)
        and _common_word(opening)
        and opening not in vocab.given
    ):
        first += 1  # "مع مواطنه ماوريتسيو ساري، مدرب …": the noun is not the name
    return first, last


def _is_name_boundary(vocab: _Vocab, token: Token) -> bool:
    """A verb (قال، وصف) or starter after which a name may begin."""
    stem = _stem(token)
    return token.norm in vocab.verbs or stem in vocab.verbs or stem in vocab.starters


def find_people(doc: Document, countries: list[Entity]) -> list[Entity]:
    """Find the people named in an article.

    Args:
        doc: the prepared document.
        countries: country entities (to resolve "المملكة" and nationalities).

    Returns:
        Person entities with ids ``p1``, ``p2`` … in order of first mention, each with its
        full-name, short and title mentions.
    """
    tokens = doc.tokens
    if not tokens:
        return []
    candidates = _split_known_names(doc, _find_candidates(doc))
    vocab = _vocab()
    people: list[dict] = []
    by_key: dict[str, dict] = {}
    bare_titles: list[_Candidate] = []
    for cand in candidates:
        if cand.first >= 0 and (
            _prepositional_phrase(doc, cand.first)
            or _conjoined_clause(doc, cand.first)
            or _opening_verb(doc, cand)
        ):
            # "أمر النائب العام بإحالة محافظ …", "وصرح مسؤول بإحدى شركات": a preposition and
            # its noun; "… الأمم المتحدة ولقي مصرعه": a new clause, not the name; a name
            # may follow it ("المدير الفني لمانشستر سيتي بيب غوارديولا")
            given = next(
                (k for k in range(cand.first + 1, cand.last) if tokens[k].norm in vocab.given),
                None,
            )
            if given is not None:
                cand.first, cand.start = given, tokens[given].start
            else:
                cand = _Candidate(-1, -1, -1, cand.title, cand.title_tokens)
                if cand.title is None:
                    continue
        if cand.first >= 0 and cand.first == cand.last and _ordinary_one_word(tokens[cand.first]):
            # "ذراع", "منصب", "رقما": a lone common noun after a title is no name
            cand = _Candidate(-1, -1, -1, cand.title, cand.title_tokens)
            if cand.title is None:
                continue
        if cand.first < 0:
            bare_titles.append(cand)
            continue
        cand = _known_family_name(doc, cand, people)
        start = cand.start
        end = tokens[cand.last].end
        name = _clean_name(doc.text[start:end])
        key = _name_key(name)
        if not key:
            continue
        mention = Mention(start, end, cand.first, cand.last, tokens[cand.first].sentence, "name")
        person = by_key.get(key) or _match_existing(people, key)
        if person is None:
            person = {"name": name, "key": key, "cands": [], "mentions": [], "aliases": []}
            people.append(person)
            by_key[key] = person
        elif person["key"] != key and len(key) > len(person["key"]):
            # A fuller form seen later becomes the name; the earlier one is its alias.
            person["aliases"].append(person["name"])
            by_key[key] = person
            person["name"], person["key"] = name, key
            mention = Mention(start, end, cand.first, cand.last, mention.sentence, "name")
        elif person["key"] == key and _has_kept(name) and not _has_kept(person["name"]):
            person["name"] = name  # "محمد بن سلمان" … "الأمير محمد بن سلمان": the honorific kept
        elif person["key"] != key:
            person["aliases"].append(name)
            mention = Mention(start, end, cand.first, cand.last, mention.sentence, "short")
        person["cands"].append(cand)
        person["mentions"].append(mention)
    _add_short_mentions(doc, people)
    _add_bare_family_names(doc, people)
    people = _drop_appositions(doc, people)
    home = _home_country(doc)
    if home and country_words.foreign_lead(doc, countries, country_words.iso3(home)):
        home = None  # a national outlet's foreign story: unnamed offices are not home's
    facts: list[Entity] = []
    lead = doc.lead_sentences()
    for number, person in enumerate(
        sorted(people, key=lambda p: min(m.start for m in p["mentions"])), 1
    ):
        cand = next((c for c in person["cands"] if c.title is not None), person["cands"][0])
        title = _clean_title(doc.text[cand.title[0] : cand.title[1]]) if cand.title else None
        honorific = next((c.honorific for c in person["cands"] if c.honorific), None)
        person["title_head"] = (
            _head_stem(tokens[cand.title_tokens[0]]) if cand.title_tokens else None
        )
        country = _nationality(doc, cand, person, countries, home)
        person["title_norm"] = normalize_term(title) if title else None
        person["country"] = country
        person["id"] = f"p{number}"
        person["late"] = bool(cand.title_tokens) and any(
            tokens[k].norm in _LATE for k in range(cand.title_tokens[0], cand.title_tokens[1] + 1)
        )
        person["title"] = title
        person["honorific"] = honorific
    ordered = sorted(people, key=lambda p: p["id"] and int(p["id"][1:]))
    _counterpart_heads(tokens, ordered)
    _add_title_mentions(doc, ordered, bare_titles)
    for person in ordered:
        mentions = sorted(person["mentions"], key=lambda m: m.start)
        role = _role(doc, person, mentions, lead)
        first_name = next((m for m in mentions if m.kind == "name"), mentions[0])
        evidence = [doc.evidence(first_name.start, first_name.end)]
        aliases = sorted(
            {a for a in person["aliases"] if a != person["name"]}, key=person["aliases"].index
        )
        fact = Person(
            id=person["id"],
            name_ar=person["name"],
            title_ar=person["title"],
            honorific_ar=person["honorific"],
            country=person["country"],
            role=role,
            aliases_ar=aliases,
            evidence=evidence,
        )
        facts.append(Entity(fact, mentions))
    return facts


def _add_bare_family_names(doc: Document, people: list[dict]) -> None:
    """Add a person for a family name the news writes alone ("إدارة ترامب", "وقال ميسي")
    when it is the family name of someone the corpus names often (:func:`family_names`)
    and no one the article names has it (in any spelling: نتنياهو، نتانياهو): the first
    mention is the name, the others are short. A foreign given name right before it that
    the name reader missed ("مرشحة الجبهة الوطنية مارين لوبان") opens the name; a name in
    quotes is a company's ("شركة "بيكر هيوز"")."""
    tokens = doc.tokens
    positions = tokens.word_positions()
    covered = {
        k for p in people for m in p["mentions"] for k in range(m.first_token, m.last_token + 1)
    }
    named = set()
    for p in people:
        words = p["key"].split()
        named.update(_skeleton(w) for w in words)
        # "لو دريان" as one word
        named.update(_skeleton(a + b) for a, b in zip(words, words[1:], strict=False))
    found: dict[str, dict] = {}
    forms = _family_forms()
    hits = sorted(
        (i, family)
        for word, where in positions.items()
        for family, skeleton in forms.get(word, ())
        if skeleton not in named
        for i in where
    )
    for i, family in hits:
        token = tokens[i]
        if i in covered or token.sentence < 0:
            continue
        if doc.text[token.start - 1 : token.start] in _QUOTES or _name_goes_on(doc, i):
            continue  # "شركة "بيكر هيوز"", "كوستا ريكا": part of a longer name
        prefix = next((pre for pre, stem in clitic_variants(token.norm) if stem == family), None)
        if prefix is None:
            continue
        first = i
        start = _after_letters(doc, token.start, len(prefix))
        before = tokens[i - 1] if i > 0 else None
        if (
            not prefix
            and before is not None
            and before.sentence == token.sentence
            and (i - 1) not in covered
            and not _gap(doc, before, token)
            and _foreign_given(without_conjunction(before.norm))  # not "على" (علي)
        ):
            first = i - 1  # "مرشحة الجبهة الوطنية مارين لوبان": the given name the reader missed
            start = _strip_conjunction(doc, before)
        name = doc.text[start : token.end]
        person = found.get(family)
        if person is None:
            person = {
                "name": name,
                "key": _name_key(name),
                "cands": [_Candidate(first, i, start)],
                "mentions": [],
                "aliases": [],
            }
            people.append(person)
            found[family] = person
            kind = "name"
        elif first < i and len(name) > len(person["name"]):
            person["aliases"].append(person["name"])  # "لوبان" in the headline, then in full
            person["name"], person["key"] = name, _name_key(name)
            kind = "name"
        else:
            kind = "short"
        person["mentions"].append(Mention(start, token.end, first, i, token.sentence, kind))


def _name_goes_on(doc: Document, i: int) -> bool:
    """Whether the word after token ``i`` goes on with a longer name (a company's, a
    country's: "بيكر هيوز", "كوستا ريكا", "هولاند أند ياريت"): a word of the same
    sentence right after it that is no function word, verb, common or definite noun,
    number or word joined by و/ف."""
    tokens, vocab = doc.tokens, _vocab()
    if i + 1 >= len(tokens):
        return False
    token, nxt = tokens[i], tokens[i + 1]
    if nxt.sentence != token.sentence or _gap(doc, token, nxt):
        return False
    word = nxt.norm
    return not (
        word[:1] in ("و", "ف")
        or word.startswith("ال")
        or word[:1].isdigit()
        or word in vocab.stop
        or word in vocab.verbs
        or _ordinary_one_word(nxt)
        or _imperfect_verb(vocab, word)
        or is_future_verb(word)
        or word.endswith(("ه", "ها", "هم", "هما"))  # "بوتن بنظيره": a pronoun suffix
        # a preposition's phrase or a verb after ل ("أردوغان لخفض", "سواريز ليفتتح",
        # "رونالدو برصيد"), a dual or plural ("ورونالدو نجمين")
        or (word[:1] in ("ب", "ل", "ك") and len(word) >= 3)
        or (word.endswith("ين") and len(word) >= 5)
        or len(word) <= 2  # "كافاني دق 71", "ورونالدو يا ترى"
        or _is_preposition_ala(doc, nxt)  # "ساركوزي على", normalized as the name علي
        or _is_country_word(tokens, i + 1) >= 0  # "غوتيريش إيران"
        or _is_kin(nxt)  # "كوشنر صهر ترامب"
        or _dual_imperfect(vocab, word)  # "ماكرون وميركل يدعوان"
        or _is_prepositional_masdar(vocab, nxt)
    )


@cache
def _family_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every written form of a :func:`family_names` word (with و/ف, ب/ل/ك attached) with
    the families it may be and their :func:`_skeleton`: an article's distinct words are
    looked up here, which is cheaper than looking every form of every family up in the
    article."""
    found: dict[str, list[tuple[str, str]]] = {}
    for family in sorted(family_names()):
        for form in attached_forms(family):
            found.setdefault(form, []).append((family, _skeleton(family)))
    return {form: tuple(families) for form, families in found.items()}


def _skeleton(word: str) -> str:
    """A word without its long vowels and with غ as ج: one key for the spellings of a
    foreign name (نتنياهو، نتانياهو; بوتين، بوتن; غوتيريس)."""
    return word.translate(_SPELLING_VARIANTS).translate(_NO_VOWELS)


_NO_VOWELS = str.maketrans("", "", "اويى")


def _known_family_name(doc: Document, cand: _Candidate, people: list[dict]) -> _Candidate:
    """An untitled name that opens with the family name of someone named before with a
    title, the rest common words, is that person's short mention and the verb's object
    after it ("ووصف شكري الاتفاق" after "وزير الخارجية سامح شكري"): the candidate is cut
    to the family name. A family name of someone named with no title gives no cut: in a
    list of names ("فادي سعد، …، سعد الحريري") the next name may open with it."""
    tokens = doc.tokens
    if cand.title is not None or cand.last == cand.first:
        return cand
    first = tokens[cand.first].norm
    if not any(
        len(p["key"].split()) >= 2
        and p["key"].split()[-1] == first
        and any(c.title is not None for c in p["cands"])
        for p in people
    ):
        return cand
    rest = range(cand.first + 1, cand.last + 1)
    if not all(_common_word(tokens[k].norm.removeprefix("ال")) for k in rest):
        return cand
    return _Candidate(cand.first, cand.first, cand.start, honorific=cand.honorific)


def _has_kept(name: str) -> bool:
    """Whether a name opens with a kept honorific (الشيخ، الأمير …)."""
    return normalize_term(name).split(" ", 1)[0] in _vocab().kept


def _clean_name(name: str) -> str:
    """The name as written, without hashtag marks ("دونالد #ترمب", "#أبي_أحمد")."""
    if "#" in name or "_" in name:
        name = " ".join(name.replace("#", " ").replace("_", " ").split())
    return name


def _name_key(name: str) -> str:
    key = _JOINED_PREFIX.sub(r"\1", normalize_term(name))  # "عبد الله" = "عبدالله"
    key = _JOINED_DIN.sub("الدين", key)  # "نور الدين البحيري" = "نورالدين البحيري"
    return " ".join(w for w in key.split() if w not in ("الشيخ", "الشيخه", "الامير", "الاميره"))


_SPELLING_VARIANTS = str.maketrans({"غ": "ج", "-": " "})


_JOINED_PREFIX = re.compile(r"\b(عبد|ابو)\s+")
_JOINED_DIN = re.compile(r"(?<=\S)\s+الدين\b")  # a compound given name in الدين
_SPLIT_PREFIX = re.compile(r"\b(عبد|ابو)(?=\S)")


def _match_existing(people: list[dict], key: str) -> dict | None:
    """A person whose name contains this one as a prefix or suffix of words, or leaves
    out middle names of it.

    A foreign G is written غ or ج, and name parts joined by a hyphen or not: "كيم جونغ-أون"
    and "كيم جونج أون" are one person.
    """
    words = key.translate(_SPELLING_VARIANTS).split()
    for person in people:
        other = person["key"].translate(_SPELLING_VARIANTS).split()
        short, full = (words, other) if len(words) <= len(other) else (other, words)
        if full[: len(short)] == short or full[-len(short) :] == short:
            return person
        # "مصطفى صنع الله" = "مصطفى عبدالله صنع الله": the father's name left out
        ends = (short[0], short[-1]) == (full[0], full[-1])
        if len(short) >= 2 and ends and _within(short, full):
            return person
    return None


def _within(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is ``full`` with some words left out, in order."""
    rest = iter(full)
    return all(word in rest for word in short)


def _drop_appositions(doc: Document, people: list[dict]) -> list[dict]:
    """Drop a "name" read after an appositive title that follows another person's name.

    "فريد لاعب وسط شاختار دونيتسك": the words after the title are not a second person.
    """
    name_tokens = {
        k for p in people for m in p["mentions"] for k in range(m.first_token, m.last_token + 1)
    }
    kept = []
    for person in people:
        dubious = all(
            c.anchored_by_title
            and c.title_tokens
            and c.title_tokens[1] < c.first
            and c.title_tokens[0] - 1 in name_tokens
            and c.title_tokens[0] - 1 not in range(c.first, c.last + 1)
            and not _gap(doc, doc.tokens[c.title_tokens[0] - 1], doc.tokens[c.title_tokens[0]])
            and doc.tokens[c.title_tokens[0]].norm[:1] not in ("و", "ف")
            and not _object_title(doc.tokens[c.title_tokens[0]])
            # "التقى … مايك بومبيو الرئيس المكسيكي المنتخب أندريس مانويل …": a definite
            # title after a name opens the verb's object, a second person
            and not _is_definite(doc, doc.tokens[c.title_tokens[0]])
            for c in person["cands"]
        )
        if not dubious or any(t in ("بن", "ابن", "ال") for t in person["key"].split()):
            kept.append(person)
    return kept


def _object_title(head: Token) -> bool:
    """Whether a title head after a name governs an object, not an apposition: the head
    after a preposition ("شارل ميشال للرئيس الفرنسي إيمانويل ماكرون", "بالقائم بالأعمال")
    or a counterpart ("ماكرون نظيره الأميركي دونالد ترامب")."""
    heads = _vocab().heads | {_CHARGE}
    return any(
        stem in heads and (prefix[-1:] in ("ل", "ب") or stem.startswith(_COUNTERPART))
        for prefix, stem in clitic_variants(head.norm)
    )


def _short_forms(person: dict) -> list[str]:
    """Later short forms of a full name: family name (the first word of an East Asian one),
    honorific + first name, name before بن."""
    words = person["key"].split()
    written = normalize_term(person["name"]).split()
    forms: list[str] = [person["key"]]
    if len(words) >= 2:
        if words[-2] not in ("ال", "بن", "ابن", "عبد", "ابو"):
            forms.append(words[-1])
        else:
            forms.append(" ".join(words[-2:]))
        if len(words) >= 3 and words[-3] not in ("بن", "ابن"):
            forms.append(" ".join(words[-2:]))
        if written and written[0] in ("الشيخ", "الامير", "الشيخه", "الاميره"):
            forms.append(" ".join(written[:2]))
            if len(written) >= 4 and written[2] in ("بن", "ابن"):
                forms.append(" ".join(written[:4]))
        if "بن" in words[1:]:
            forms.append(" ".join(words[: words.index("بن") + 2]))
            if words[1] == "بن":
                forms.append(words[0])  # "الشيخ تميم بن حمد آل ثاني" … "وأكد تميم"
        if words[0] in _vocab().family_first:
            forms.append(words[0])  # "كيم جونغ أون" … "وقال كيم": the family name is first
    # Two letters are too short a form, but for an East Asian family name ("تعهد شي").
    return [f for f in forms if len(f) >= 3 or f in _vocab().family_first]


def _add_short_mentions(doc: Document, people: list[dict]) -> None:
    """Add the later short forms of each name (see :func:`_short_forms`) as mentions.

    A form two people share is nobody's. The forms are matched as a :class:`Gazetteer`
    would (left to right, longest first, clitics tolerated) but found through the
    document's word positions: a gazetteer built for one article cost more to build than
    to use (measured: 41 → 30 µs per ANT article for this function).
    """
    owners: dict[str, list[dict]] = {}
    for person in people:
        for form in _short_forms(person):
            owners.setdefault(form, []).append(person)
            # The key joins عبد/أبو to the next word; the text may not ("عبد الفتاح").
            if "عبد" in form or "ابو" in form:
                split = _SPLIT_PREFIX.sub(r"\1 ", form)
                if split != form:
                    owners.setdefault(split, []).append(person)
    # The forms are normalized already (built from normalize_term), so they are split as
    # they are. Longest first for each first word, as in a Gazetteer.
    by_first: dict[str, list[tuple[list[str], dict]]] = {}
    for form, group in owners.items():
        if len({id(p) for p in group}) == 1:
            words = form.split()
            by_first.setdefault(words[0], []).append((words, group[0]))
    if not by_first:
        return
    for entries in by_first.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    tokens = doc.tokens
    positions = tokens.word_positions()
    candidates = sorted(
        {i for first in by_first for form in _attached(first) for i in positions.get(form, ())}
    )
    covered = {
        k for p in people for m in p["mentions"] for k in range(m.first_token, m.last_token + 1)
    }
    following = 0  # the first token a new match may start at
    for i in candidates:
        if i < following:
            continue
        found = _short_form_at(tokens, i, by_first)
        if found is None:
            continue
        start, last, person = found
        following = last + 1
        if any(k in covered for k in range(i, last + 1)):
            continue
        person["mentions"].append(
            Mention(start, tokens[last].end, i, last, tokens[i].sentence, "short")
        )
        person["aliases"].append(doc.text[start : tokens[last].end])
        covered.update(range(i, last + 1))


@lru_cache(maxsize=2048)
def _attached(first: str) -> frozenset[str]:
    """:func:`attached_forms` of the first word of a short form, kept: the same names
    come back article after article, and building the forms is most of the lookup."""
    return frozenset(attached_forms(first))


def _short_form_at(
    tokens: Tokens, i: int, by_first: dict[str, list[tuple[list[str], dict]]]
) -> tuple[int, int, dict] | None:
    """The short form starting at token ``i`` (as :meth:`Gazetteer.match_at` finds it):
    its original start offset, after any clitics, its last token and its person."""
    token = tokens[i]
    word = token.norm
    for prefix, stem in clitic_variants(word):
        entries = by_first.get(stem)
        if entries is None:
            continue
        # A rewritten stem (لل → ال) has no span of its own: quote the whole token.
        shift = len(prefix) if stem == word[len(prefix) :] else 0
        for words, person in entries:
            last = i + len(words) - 1
            if last >= len(tokens) or tokens[last].sentence != token.sentence:
                continue
            if all(tokens[i + k].norm == words[k] for k in range(1, len(words))):
                return token.start + shift, last, person
    return None


def _add_title_mentions(doc: Document, people: list[dict], bare: list[_Candidate]) -> None:
    """Link bare titles ("ولي عهد أبوظبي", "الرئيس الصيني", "المسؤول") to their holders."""
    vocab = _vocab()
    tokens = doc.tokens
    for cand in bare:
        assert cand.title is not None and cand.title_tokens is not None
        text = _clean_title(doc.text[cand.title[0] : cand.title[1]])
        if not text:
            continue
        norm = normalize_term(text)
        norm_stripped = (
            norm.lstrip("وف")
            if norm[:1] in "وف" and norm[1:3] != "ال" or norm[:2] in ("وا", "فا")
            else norm
        )
        head = _head_stem(tokens[cand.title_tokens[0]])
        title_country = _title_country(doc, cand.title_tokens)
        scored: list[tuple[int, int, dict]] = []
        for person in people:
            own = person.get("title_norm")
            last_seen = max(
                (m.start for m in person["mentions"] if m.start < cand.title[0]), default=-1
            )
            if own and (
                own == norm_stripped
                or own.startswith(norm_stripped + " ")
                or norm_stripped.startswith(own)
            ):
                scored.append((3, last_seen, person))
            elif (
                head
                and person.get("title_head")
                and _same_head(head, person["title_head"])
                and title_country
                and title_country == person.get("country")
            ):
                scored.append((2, last_seen, person))
            elif (
                head in vocab.anaphors
                and cand.title_tokens[0] == cand.title_tokens[1]
                and last_seen >= 0
                and (
                    head in ("المسوول", "المسووله")
                    or _same_head(head, person.get("title_head") or "")
                )
            ):
                scored.append((1, last_seen, person))
        if not scored:
            continue
        best = max(scored, key=lambda s: (s[0], s[1]))
        rivals = [s for s in scored if s[0] == best[0] and s[2] is not best[2]]
        if rivals and best[0] >= 2:
            continue
        start = cand.title[0]
        first, last = cand.title_tokens
        best[2]["mentions"].append(
            Mention(start, tokens[last].end, first, last, tokens[first].sentence, "title")
        )


def _counterpart_heads(tokens: Tokens, people: list[dict]) -> None:
    """Give a counterpart the office of the person it is the counterpart of: in "الرئيس
    الفرنسي … ونظيره الروسي فلاديمير بوتين", Putin is a president, so a later "الرئيس
    الروسي" is him."""
    titled = [
        (c.title_tokens[0], p) for p in people for c in p["cands"] if c.title_tokens is not None
    ]
    titled.sort(key=lambda item: item[0])
    for k, (start, person) in enumerate(titled):
        if not (person.get("title_head") or "").startswith(_COUNTERPART):
            continue
        sentence = tokens[start].sentence
        for before, other in reversed(titled[:k]):
            if tokens[before].sentence != sentence:
                break
            head = other.get("title_head") or ""
            if other is not person and head and not head.startswith(_COUNTERPART):
                person["title_head"] = head
                break


_COUNTERPART = "نظير"
# Monarchs' titles without the article, which name the state after them ("ملك المغرب");
# alone they are also ordinary words (ملك: property) or given names (أمير).
_MONARCH_TITLES = normalize_terms(("ملك", "ملكة", "أمير", "أميرة", "عاهل", "سلطان"))
_MONARCHS = shared_words(form for title in _MONARCH_TITLES for form in attached_forms(title))


def _same_head(a: str, b: str) -> bool:
    def base(word: str) -> str:
        word = word[2:] if word.startswith("ال") else word
        return word[:-1] if word.endswith("ه") else word

    return base(a) == base(b)


def _clean_title(title: str) -> str:
    title = title.strip(" ،,:-–")
    if title[:1] in ("و", "ف") and len(title) > 3 and title[1] != " ":
        rest = title[1:]
        if normalize_term(rest.split()[0]) in _vocab().heads:
            title = rest
    return title


def _title_country(doc: Document, span: tuple[int, int] | None) -> str | None:
    """The country a title names: its adjective, country, capital or emirate.

    In "سفير X لدى Y" and "المبعوث X إلى Y" the sender X counts, not the host Y. A bare
    "المملكة" is the one kingdom the article names, if there is exactly one.
    """
    if span is None:
        return None
    tokens = doc.tokens
    gazetteer = country_words.country_gazetteer()
    k = span[0]
    while k <= span[1]:
        if tokens[k].norm in ("لدي", _TO):
            break
        match = gazetteer.match_at(tokens, k)
        if match is not None and match.value is not None:
            return country_words.iso3(match.value.iso2)
        if (ruled := country_words.ruled_state(tokens, k)) is not None:
            return country_words.iso3(ruled)
        k += 1
    return None


def _nationality(
    doc: Document, cand: _Candidate, person: dict, countries: list[Entity], home: str | None
) -> str | None:
    tokens = doc.tokens
    for c in person["cands"]:
        code = _title_country(doc, c.title_tokens) or _title_country(doc, c.appositive_tokens)
        if code is not None:
            return code
        if c.title_tokens is not None:
            words = {tokens[k].norm for k in range(c.title_tokens[0], c.title_tokens[1] + 1)}
            if "المملكه" in words:
                named = [
                    e.fact.iso3
                    for e in countries
                    if isinstance(e.fact, Country) and e.fact.iso3 in country_words.kingdoms()
                ]
                if len(set(named)) == 1:
                    return named[0]
    # After the name: "الأمير البرتغالي دوم بيدرو" is handled above; "عبدالله بن زايد آل نهيان
    # وزير الخارجية ... الإماراتي" gives the appositive title's country.
    families = country_words.ruling_families()
    for m in person["mentions"]:
        for k in range(m.first_token, m.last_token + 1):
            found = families.match_at(tokens, k)
            if found is not None and found.last <= m.last_token:
                if found.value == "SA" and not (
                    person["name"].startswith(("الأمير", "الملك")) or cand.title_tokens
                ):
                    continue
                return country_words.iso3(found.value)
    head = person["title_head"]
    if (
        home
        and head in _STATE_HEADS
        and not (
            cand.title is not None
            and country_words.is_supranational(doc.text[cand.title[0] : cand.title[1]])
        )
    ):
        return country_words.iso3(home)
    return None


def _home_country(doc: Document) -> str | None:
    """The home country of a national wire agency or outlet credited for the article."""
    for agency, _, _ in find_wire_mentions(doc):
        if agency.home:
            return agency.home
    return outlet_home(doc)


def _role(doc: Document, person: dict, mentions: list[Mention], lead: set[int]) -> str:
    tokens = doc.tokens
    for m in mentions:
        for k in doc.sentence_tokens(m.sentence):
            if k >= m.first_token:
                break
            if _ATTEND.match(tokens[k].norm):
                return "attendee"
    if person.get("late"):
        return "mentioned"
    if any(m.sentence in lead for m in mentions):
        return "principal"
    return "mentioned"
