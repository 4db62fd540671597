"""Word lists learned from the unlabelled ANT corpus, and the command that rebuilds them.

Most word lists of :mod:`analysis.extract` are written by hand (``data/*.json``). Some kinds
of knowledge are better counted than written, to tell a person's name from the ordinary
words and the names of things around it:

- **verbs in the imperfect**: a word of four letters or more that opens with ي and whose
  form with ت also occurs in the corpus, not much more rarely (يبحر/تبحر، يعترف/تعترف), is
  a verb; a last name of that shape has no such twin (يونكر، يعلون، يوسف) or a stray one
  (توران). The stems (the word without ي) are kept in ``data/imperfect_stems.json``.
- **common nouns**: a word the corpus often writes with the article (خسائر: الخسائر 264
  times) is an ordinary noun or adjective; a foreign last name almost never is (كايتانو 0,
  ماكرون 1). Only a bare alef before ل is the article: ألونسو and ألمانيا are not. Kept,
  without the article, in ``data/common_nouns.json``.

- **family names of people in the news**: a word that follows one foreign given name in
  many articles (ترامب after دونالد in 3,000, ميسي after ليونيل in 500) is the family name
  of a person the news names often, so written alone (إدارة ترامب، وقال ميسي) it still names
  that person. Only words that are no common noun, no given name and not joined to و/ف
  qualify; kept in ``data/family_names.json``.
- **football clubs**: a name of one or two words that follows نادي or فريق in many articles
  (مانشستر يونايتد after them in 62, ليفربول in 313), at least a tenth of all the articles
  writing it, names a club or team, no person: "لاعب مانشستر يونايتد بول بوغبا" names بول
  بوغبا. Only words with no article (a descriptor: ليفربول الإنجليزي), no و/ف in front, no
  given name, family name or verb in the imperfect qualify, and at least one of them no
  common noun (فريق عمل مشترك is no club); kept in ``data/clubs.json``.

The lists are counted over all ~40,000 articles of the shared ANT corpus (both files),
never from a gold set's choices, and are committed, so extraction needs no corpus. A test
checks they are current. Rebuild them::

    .venv/bin/python -m analysis.extract.lexicons
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from analysis import corpus
from analysis.files import write_text_atomic
from analysis.text import normalize, normalize_terms

__all__ = [
    "build_clubs",
    "build_common_nouns",
    "build_family_names",
    "clubs",
    "count_clubs",
    "build_imperfect_stems",
    "common_nouns",
    "count_full_names",
    "count_words",
    "family_names",
    "given_names",
    "imperfect_stems",
    "main",
]

_DATA = Path(__file__).parent / "data"
_IMPERFECT = _DATA / "imperfect_stems.json"
_NOUNS = _DATA / "common_nouns.json"
_GIVEN = _DATA / "given_names.json"
_FAMILY = _DATA / "family_names.json"
_CLUBS = _DATA / "clubs.json"
_WORD = re.compile(r"[^\W_]+")
_SOURCE = "ANT corpus, ant-jawhara.jsonl.gz and ant-multisource.jsonl.gz, all articles"
MIN_COUNT = 2  # occurrences each of the ي and the ت form
# The rarer form must be at least this share of the other: a name in ت with a stray ي twin
# (توران 65, يوران 2) is no verb; verbs are written with both (يدلي 85, تدلي 23).
MIN_SHARE = 0.1
MIN_DEFINITE = 50  # times a word must occur with the article to count as a common noun
MIN_FULL_NAME = 30  # articles writing one given name + the family name
MIN_CLUB = 8  # articles writing a club's name after نادي/فريق
# ... at least this share of the articles writing the name at all: a place or a word of any
# topic (منذ، باريس) follows فريق now and then, a club's name (ليفربول 313 of 1,065) often.
MIN_CLUB_SHARE = 0.1
# The nouns a club's name follows (نادي ليفربول، لفريق بايرن ميونيخ), with و/ل/ب; not الفريق,
# also a general's rank (الفريق أول).
_CLUB_HEADS = frozenset(
    ["نادي", "النادي", "ونادي", "لنادي", "بنادي", "فريق", "وفريق", "لفريق", "بفريق"]
)


@cache
def imperfect_stems() -> frozenset[str]:
    """Normalized stems S such that يS and تS are both verbs in the imperfect."""
    return _listed(_IMPERFECT, "stems")


@cache
def common_nouns() -> frozenset[str]:
    """Normalized words (without the article) the corpus often writes with ال."""
    return _listed(_NOUNS, "words")


@cache
def given_names(kind: str) -> frozenset[str]:
    """Normalized given names of one list of ``data/given_names.json``: ``"arabic"``,
    ``"foreign"`` or ``"family_first"``."""
    return normalize_terms(_listed(_GIVEN, kind))


@cache
def family_names() -> frozenset[str]:
    """Normalized family names of people the corpus names often (ترامب، ميسي)."""
    return _listed(_FAMILY, "words")


@cache
def clubs() -> frozenset[str]:
    """Normalized names of football clubs, of one or two words ("ليفربول", "مانشستر يونايتد")."""
    return _listed(_CLUBS, "names")


def _listed(path: Path, key: str) -> frozenset[str]:
    """The list under ``key`` of the JSON word list at ``path``."""
    return frozenset(json.loads(path.read_text(encoding="utf-8"))[key])


def count_full_names(texts: Iterable[str] | None = None) -> Counter[tuple[str, str]]:
    """For each pair (foreign given name, next word) in ``texts`` (default: every ANT
    article, headline and body), the number of texts that write it."""
    if texts is None:
        texts = _ant_texts()
    given = _foreign_given()
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        words = _WORD.findall(normalize(text).text)
        counts.update({(a, b) for a, b in zip(words, words[1:], strict=False) if a in given})
    return counts


def _foreign_given() -> frozenset[str]:
    """Foreign given names that open a name (not East Asian family names, which come
    first: كيم جونغ أون)."""
    return given_names("foreign") - given_names("arabic") - given_names("family_first")


def count_words(texts: Iterable[str] | None = None) -> Counter[str]:
    """Normalized words of four letters or more in ``texts`` (default: every ANT article)."""
    if texts is None:
        texts = (a.text for f in corpus.ant_files() for a in corpus.iter_ant_articles(f))
    counts: Counter[str] = Counter()
    for text in texts:
        # A word written with a hamza on its alef before ل (ألمانيا، إليزابيث، ألونسو) is no
        # definite noun, though it normalizes to ال…: a Latin mark keeps it apart.
        text = _HAMZA_LAM.sub(r"x\1", text)
        counts.update(w for w in _WORD.findall(normalize(text).text) if len(w) >= 4)
    return counts


_HAMZA_LAM = re.compile(r"(?<![^\W_])[أإآ](ل)")


def count_clubs(
    texts: Callable[[], Iterable[str]] | None = None,
) -> tuple[Counter[str], Counter[str]]:
    """For each phrase of one or two words after a club noun (:data:`_CLUB_HEADS`) in the
    texts ``texts()`` gives (default: every ANT article, headline and body), the number of
    texts writing it there, and the number of texts writing it anywhere. Two passes: the
    second counts only the phrases the first found after a club noun."""
    if texts is None:
        texts = _ant_texts
    after: Counter[str] = Counter()
    for text in texts():
        words = _WORD.findall(normalize(text).text)
        found = set()
        for i, word in enumerate(words[:-1]):
            if word in _CLUB_HEADS:
                found.add(words[i + 1])
                if i + 2 < len(words):
                    found.add(f"{words[i + 1]} {words[i + 2]}")
        after.update(found)
    wanted = {phrase for phrase, n in after.items() if n >= MIN_CLUB}
    anywhere: Counter[str] = Counter()
    for text in texts():
        words = _WORD.findall(normalize(text).text)
        pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        anywhere.update((set(words) | pairs) & wanted)
    return after, anywhere


def _ant_texts() -> Iterator[str]:
    """Every ANT article, headline and body."""
    for f in corpus.ant_files():
        for a in corpus.iter_ant_articles(f):
            yield f"{a.title}\n{a.text}"


def build_imperfect_stems(counts: Counter[str]) -> list[str]:
    """The sorted stems whose ي and ت forms both occur :data:`MIN_COUNT` times or more,
    the rarer at least :data:`MIN_SHARE` as often as the other."""
    stems = []
    for word, n in counts.items():
        twin = counts.get("ت" + word[1:], 0)
        rarer = min(n, twin)
        if word[0] == "ي" and rarer >= MIN_COUNT and rarer >= MIN_SHARE * max(n, twin):
            stems.append(word[1:])
    return sorted(stems)


def build_common_nouns(counts: Counter[str]) -> list[str]:
    """The sorted words (article removed) written with ال :data:`MIN_DEFINITE` times or more."""
    return sorted(
        word[2:]
        for word, n in counts.items()
        if word.startswith("ال") and len(word) >= 5 and n >= MIN_DEFINITE
    )


def build_family_names(
    pairs: Counter[tuple[str, str]], counts: Counter[str]
) -> list[str]:
    """The sorted words that follow one foreign given name in :data:`MIN_FULL_NAME` texts or
    more: four letters or more, no article and no و/ف in front (وترامب in "كيم وترامب"), no
    common noun of ``counts`` and no given name."""
    nouns = set(build_common_nouns(counts))
    given = given_names("foreign") | given_names("arabic") | given_names("family_first")
    return sorted(
        {
            word
            for (_, word), n in pairs.items()
            if n >= MIN_FULL_NAME
            and len(word) >= 4
            and word[:2] != "ال"
            and word[:1] not in ("و", "ف")
            and word not in nouns
            and word not in given
        }
    )


def build_clubs(
    after: Counter[str], anywhere: Counter[str], counts: Counter[str], family: Iterable[str]
) -> list[str]:
    """The sorted phrases written after a club noun in :data:`MIN_CLUB` texts or more and
    :data:`MIN_CLUB_SHARE` of the texts writing them: words of three letters or more with no
    article, no و/ف in front, no given name, family name (of ``family``) or imperfect verb,
    not all of them common nouns of ``counts``."""
    nouns = set(build_common_nouns(counts))
    stems = set(build_imperfect_stems(counts))
    given = given_names("foreign") | given_names("arabic") | given_names("family_first")
    family = set(family)

    def fits(word: str) -> bool:
        return (
            len(word) >= 3
            and _ARABIC_WORD.fullmatch(word) is not None
            and word[:2] != "ال"
            and word[:1] not in ("و", "ف")
            and word not in given
            and word not in family
            and not (word[:1] in ("ي", "ت") and word[1:] in stems)
        )

    return sorted(
        phrase
        for phrase, n in after.items()
        if n >= MIN_CLUB
        and n >= MIN_CLUB_SHARE * anywhere[phrase]
        and all(fits(word) for word in phrase.split())
        and not all(word in nouns for word in phrase.split())
    )


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def main(argv: list[str] | None = None) -> int:
    """Rebuild ``data/imperfect_stems.json``, ``data/common_nouns.json``,
    ``data/family_names.json`` and ``data/clubs.json``."""
    del argv
    if not corpus.ant_files():
        print("the shared ANT corpus is absent; nothing rebuilt", file=sys.stderr)
        return 1
    counts = count_words()
    family = build_family_names(count_full_names(), counts)
    built = {
        _IMPERFECT: (
            "stems",
            build_imperfect_stems(counts),
            "Stems S (normalized) such that the imperfect verbs يS and تS each occur at "
            f"least {MIN_COUNT} times in the shared ANT corpus, the rarer at least "
            f"{MIN_SHARE:.0%} as often as the other.",
        ),
        _NOUNS: (
            "words",
            build_common_nouns(counts),
            "Words W (normalized) such that الW occurs at least "
            f"{MIN_DEFINITE} times in the shared ANT corpus.",
        ),
        _FAMILY: (
            "words",
            family,
            "Words W (normalized) of four letters or more, with no ال or و/ف in front, no "
            "common noun and no given name, such that one foreign given name G is followed "
            f"by W in at least {MIN_FULL_NAME} articles of the shared ANT corpus (headline "
            "and body): family names of people the news names often.",
        ),
        _CLUBS: (
            "names",
            build_clubs(*count_clubs(), counts, family),
            "Phrases P (normalized) of one or two words of three letters or more, with no ال "
            "or و/ف in front, no given name, family name or imperfect verb, not all common "
            f"nouns, written after نادي/فريق (with و/ل/ب, or النادي) in at least {MIN_CLUB} "
            f"articles of the shared ANT corpus (headline and body) and at least "
            f"{MIN_CLUB_SHARE:.0%} of the articles writing P: names of football clubs.",
        ),
    }
    for path, (key, words, doc) in built.items():
        data = {
            "_doc": f"{doc} Built by `python -m analysis.extract.lexicons`; counted, not chosen.",
            "source": _SOURCE,
            key: words,
        }
        write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=0) + "\n")
        print(f"{len(words)} entries written to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
