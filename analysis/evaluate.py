"""Scoring the extractor against hand-made gold facts of a development corpus.

A gold file ``<id>.json`` (format in the shared corpus README) holds what a careful
analyst reads in article ``<id>.txt``. :func:`evaluate_corpus` extracts every article with
:func:`analysis.extract.extract_file`, compares field by field and returns a
:class:`Report`: precision, recall and F1 micro-averaged over articles for the set fields,
accuracy for the single-valued ones, and per article what is missing and what is spurious.

Matching rules (each is what a fair reader would accept as "the same fact"):

* **countries**: gold English names become ISO3 codes (CLDR English territory names from
  babel plus common aliases); compared with the extracted countries whose role is
  ``participant``. An unknown gold name is an error, not a silent miss.
* **people**: ``name_ar`` compared after :func:`analysis.text.normalize_term`, with the
  spacing after عبد/أبو folded (عبد الله = عبدالله) and a leading الشيخ/الأمير (or
  الشيخة/الأميرة) ignored on both sides: the honorific is kept in names by convention, but
  a name with and without it denotes the same person. Everything else must match, so a
  title left in the name (الملك سلمان …) or a short form (مايوركاس) is a miss and a
  spurious item. ``people_strict`` reports the same without the honorific folding.
* **statements**: a multiset of (speaker, verb) pairs. A gold ``speaker_en`` that is the
  ``name_en`` of a gold person stands for that person's name (matched as in people);
  any other gold speaker is an institution, which matches an extracted statement whose
  speaker is an organization, a country or unresolved (``speaker`` is null). Extracted
  person speakers are resolved through ``speaker`` to the person's full ``name_ar``.
  Verbs are compared after normalization with one leading و/ف removed when at least three
  letters remain. The gold lists participial continuations (معربا، مشيرا) only
  sometimes, so an extracted continuation (``form == "participle"``) that matches no gold
  pair is *ignored* (neither right nor wrong); gold continuations must still be found.
  ``statements_strict`` counts those as spurious. ``statement_speakers`` is the set of
  speakers, ``statement_verbs`` the multiset of verbs (same continuation rule).
* **event_types**, **topics**: sets of labels. By the gold convention an article that is
  not cooperation news has no topics, so the topics of an article the extractor judges
  not to be cooperation news are scored as empty.
* **agreement_count**: the gold ``agreements.count`` (null allowed) against the sum of
  ``count`` over extracted agreements with status ``signed``; null when there are none or
  when one of them has a vague count (``count`` None; the gold convention: null if vague or
  open-ended).
  **agreement_instrument**: the gold instrument against the signed instruments' type
  (``mixed`` when they differ, null when there are none).
* **wire**: the gold code against ``source.wire.code``, case-insensitively and with an
  agency's other codes (AA for ANADOLU) read as its own; null = null.
* **cooperation_news**: ``is_cooperation_news`` equal.
* **organizations**: gold names are English, so only counts are reported.

Empty sets score as perfect: precision is 1 when nothing is extracted, recall is 1 when
nothing is expected. Output is deterministic: articles in id order, items sorted.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analysis.schema import Agreement, Facts
from analysis.text import normalize_term, normalize_terms

__all__ = [
    "ACCURACY_FIELDS",
    "SET_FIELDS",
    "TARGETS",
    "AccuracyScore",
    "ArticleResult",
    "EvaluationError",
    "GoldArticle",
    "Report",
    "SetDiff",
    "SetScore",
    "ValueDiff",
    "country_iso3",
    "evaluate_corpus",
    "format_report",
    "load_gold",
    "normalize_person_name",
    "normalize_verb",
    "score_article",
]

SET_FIELDS = (
    "countries",
    "people",
    "people_strict",
    "event_types",
    "topics",
    "statements",
    "statements_strict",
    "statement_speakers",
    "statement_verbs",
)
ACCURACY_FIELDS = ("agreement_count", "agreement_instrument", "wire", "cooperation_news")

#: The issue's targets, shown beside the scores: F1 for set fields, accuracy otherwise.
TARGETS: dict[str, float] = {
    "countries": 0.95,
    "people": 0.90,
    "agreement_count": 0.90,
    "topics": 0.80,
    "statements": 0.85,
    "wire": 0.95,
    "cooperation_news": 0.95,
}

INSTITUTION = "(institution)"


class EvaluationError(ValueError):
    """A gold file or an article that cannot be evaluated, with the file named."""


# --------------------------------------------------------------------------- matching


# Common English names the CLDR display names do not cover; keys are matched after
# :func:`_country_key`.
_COUNTRY_ALIASES = {
    "america": "USA",
    "united states of america": "USA",
    "usa": "USA",
    "us": "USA",
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "england": "GBR",
    "korea": "KOR",
    "republic of korea": "KOR",
    "dprk": "PRK",
    "democratic people's republic of korea": "PRK",
    "russian federation": "RUS",
    "iran islamic republic of": "IRN",
    "islamic republic of iran": "IRN",
    "syrian arab republic": "SYR",
    "palestine": "PSE",
    "state of palestine": "PSE",
    "turkey": "TUR",
    "czech republic": "CZE",
    "ivory coast": "CIV",
    "burma": "MMR",
    "vatican": "VAT",
    "holy see": "VAT",
    "macedonia": "MKD",
    "swaziland": "SWZ",
    "cape verde": "CPV",
    "east timor": "TLS",
    "uae": "ARE",
    "emirates": "ARE",
    "ksa": "SAU",
    "kingdom of saudi arabia": "SAU",
    "dr congo": "COD",
    "drc": "COD",
    "democratic republic of the congo": "COD",
    "republic of the congo": "COG",
    "congo": "COG",
    "bosnia": "BIH",
    "bosnia herzegovina": "BIH",
    "holland": "NLD",
    "lao pdr": "LAO",
    "viet nam": "VNM",
    "hong kong": "HKG",
    "macau": "MAC",
    "macao": "MAC",
    "sultanate of oman": "OMN",
    "kingdom of bahrain": "BHR",
    "state of kuwait": "KWT",
    "state of qatar": "QAT",
}

# ISO 3166 alpha-3 codes CLDR keeps only as deprecated aliases of a current code.
_DEPRECATED_ALPHA3 = frozenset({"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"})


def _country_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("’", "'")).casefold()
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"[.,]", "", folded).replace("&", " and ")
    folded = re.sub(r"[-/]", " ", folded)
    folded = re.sub(r"\bsaint\b", "st", " ".join(folded.split()))
    return folded[4:] if folded.startswith("the ") else folded


@cache
def _country_names() -> dict[str, str]:
    from babel import Locale
    from babel.core import get_global

    alpha3: dict[str, str] = {}
    for code, replacement in get_global("territory_aliases").items():
        current = code not in _DEPRECATED_ALPHA3
        if len(code) == 3 and code.isalpha() and len(replacement) == 1 and current:
            alpha3[replacement[0]] = code
    names: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if code in alpha3:
            names[_country_key(name)] = alpha3[code]
            # "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China": the short form too.
            short = re.split(r" \(| - | SAR ", name)[0]
            names.setdefault(_country_key(short), alpha3[code])
    names.update({_country_key(k): v for k, v in _COUNTRY_ALIASES.items()})
    return names


def country_iso3(name: str) -> str:
    """The ISO3 code of an English country name.

    Args:
        name: a country name as an analyst writes it ("United States", "South Korea",
            "Iran", "UAE"), or an ISO3 code.

    Returns:
        The ISO 3166-1 alpha-3 code.

    Raises:
        EvaluationError: the name is not a known country name.
    """
    names = _country_names()
    if re.fullmatch(r"[A-Z]{3}", name) and name in names.values():
        return name
    try:
        return names[_country_key(name)]
    except KeyError:
        raise EvaluationError(f"unknown country name {name!r}") from None


_HONORIFICS = normalize_terms(("الشيخ", "الشيخة", "الأمير", "الأميرة"))
_JOINED = re.compile(r"(?<!\S)(عبد|ابو) (?=\S)")
_CONJUNCTIONS = ("و", "ف")


def normalize_person_name(name: str, *, fold_honorific: bool = True) -> str:
    """The form under which two person names count as the same name.

    Args:
        name: a name as written (``الشيخ عبدالله بن زايد آل نهيان``).
        fold_honorific: drop a leading الشيخ/الأمير (and their feminine forms).

    Returns:
        The name normalized for matching, عبد/أبو joined to the next word.
    """
    key = _JOINED.sub(r"\1", normalize_term(name))
    if fold_honorific:
        words = key.split(" ")
        if len(words) > 1 and words[0] in _HONORIFICS:
            key = " ".join(words[1:])
    return key


def normalize_verb(verb: str) -> str:
    """A reporting verb normalized for matching, one leading و/ف removed.

    The conjunction is removed only when at least three letters remain, so verbs that
    begin with و or ف (وصف، وفق) keep their first letter.

    Args:
        verb: the verb as written (``وأكد``, ``قالت``, ``مشيرا``).
    """
    key = normalize_term(verb)
    if key[:1] in _CONJUNCTIONS and len(key) >= 4:
        key = key[1:]
    return key


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldArticle:
    """The gold facts of one article, reduced to what is scored.

    Attributes:
        id: the article id.
        countries: participant ISO3 codes.
        people: person names as written.
        person_names_en: ``name_en`` → ``name_ar`` of the gold people.
        organizations: organization names (English).
        event_types: event types.
        agreement_count: total signed instruments, or ``None``.
        agreement_instrument: MOU, agreement, protocol, contract, mixed, or ``None``.
        topics: topic labels.
        statements: ``(speaker_en, verb_ar)`` pairs.
        wire: the wire agency code, or ``None``.
        is_cooperation_news: the cooperation verdict.
    """

    id: str
    countries: tuple[str, ...]
    people: tuple[str, ...]
    person_names_en: dict[str, str]
    organizations: tuple[str, ...]
    event_types: tuple[str, ...]
    agreement_count: int | None
    agreement_instrument: str | None
    topics: tuple[str, ...]
    statements: tuple[tuple[str, str], ...]
    wire: str | None
    is_cooperation_news: bool


def load_gold(path: Path) -> GoldArticle:
    """Read and check one gold file.

    Args:
        path: a ``<id>.json`` file in the gold format of the corpus README.

    Returns:
        The gold facts.

    Raises:
        EvaluationError: unreadable or invalid JSON, a missing or mistyped key, an id that
            is not the file stem, or an unknown country name; the message names the file.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvaluationError(f"{path}: cannot read gold file ({error})") from None
    try:
        return _parse_gold(data, path)
    except (KeyError, TypeError, AttributeError) as error:
        raise EvaluationError(f"{path}: invalid gold file (bad or missing {error})") from None
    except EvaluationError as error:
        raise EvaluationError(f"{path}: {error}") from None


def _parse_gold(data: dict[str, Any], path: Path) -> GoldArticle:
    if not isinstance(data, dict):
        raise EvaluationError("not a JSON object")
    if data["id"] != path.stem:
        raise EvaluationError(f"id {data['id']!r} is not the file stem {path.stem!r}")
    people = data["people"]
    agreements = data.get("agreements") or {}
    count = agreements.get("count")
    if count is not None and (not isinstance(count, int) or count < 1):
        raise EvaluationError(f"agreements.count must be a positive integer or null, not {count!r}")
    attribution = data.get("source_attribution") or {}
    return GoldArticle(
        id=data["id"],
        countries=tuple(country_iso3(name) for name in data["countries"]),
        people=tuple(p["name_ar"] for p in people),
        person_names_en={p["name_en"]: p["name_ar"] for p in people if p.get("name_en")},
        organizations=tuple(data.get("organizations") or ()),
        event_types=tuple(data["event_types"]),
        agreement_count=count,
        agreement_instrument=agreements.get("instrument"),
        topics=tuple(data["topics"]),
        statements=tuple((s["speaker_en"], s["verb_ar"]) for s in data["statements"]),
        wire=attribution.get("wire"),
        is_cooperation_news=bool(data["is_cooperation_news"]),
    )


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class SetDiff:
    """One article's comparison of one set (or multiset) field.

    Attributes:
        tp: items found in both.
        fp: extracted items the gold does not have.
        fn: gold items not extracted.
        missing: the gold items not extracted, as displayed, sorted.
        spurious: the extracted items counted wrong, as displayed, sorted.
        ignored: extracted items neither right nor wrong (unmatched continuations).
    """

    tp: int
    fp: int
    fn: int
    missing: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The comparison as plain JSON-ready data."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "missing": list(self.missing),
            "spurious": list(self.spurious),
            "ignored": list(self.ignored),
        }


@dataclass(frozen=True)
class ValueDiff:
    """One article's comparison of a single-valued field."""

    gold: Any
    extracted: Any

    @property
    def correct(self) -> bool:
        """Whether the extracted value equals the gold value (null equals null)."""
        return self.gold == self.extracted

    def to_dict(self) -> dict[str, Any]:
        """The comparison as plain JSON-ready data."""
        return {"gold": self.gold, "extracted": self.extracted, "correct": self.correct}


@dataclass(frozen=True)
class ArticleResult:
    """Everything compared for one article."""

    id: str
    sets: dict[str, SetDiff]
    values: dict[str, ValueDiff]
    organizations: tuple[int, int]
    warnings: tuple[str, ...] = ()

    @property
    def differs(self) -> bool:
        """Whether any scored field differs from the gold."""
        return any(d.fp or d.fn for d in self.sets.values()) or any(
            not v.correct for v in self.values.values()
        )

    def to_dict(self) -> dict[str, Any]:
        """The article's comparison as plain JSON-ready data."""
        return {
            "id": self.id,
            **{name: diff.to_dict() for name, diff in self.sets.items()},
            **{name: value.to_dict() for name, value in self.values.items()},
            "organizations": {"gold": self.organizations[0], "extracted": self.organizations[1]},
            "warnings": list(self.warnings),
        }


def _ratio(numerator: int, denominator: int, empty: float) -> float:
    return numerator / denominator if denominator else empty


@dataclass(frozen=True)
class SetScore:
    """Micro-averaged precision, recall and F1 of a set field."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1 when nothing was extracted."""
        return _ratio(self.tp, self.tp + self.fp, 1.0)

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1 when nothing was expected."""
        return _ratio(self.tp, self.tp + self.fn, 1.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The score as plain JSON-ready data (rounded to 4 places)."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class AccuracyScore:
    """Share of articles whose single-valued field is right."""

    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        """correct / total; 1 for an empty corpus."""
        return _ratio(self.correct, self.total, 1.0)

    def to_dict(self) -> dict[str, Any]:
        """The score as plain JSON-ready data (rounded to 4 places)."""
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4)}


@dataclass(frozen=True)
class Report:
    """The evaluation of a corpus: per-article comparisons and their micro-averages."""

    gold_dir: str
    articles_dir: str
    extractor: str
    articles: tuple[ArticleResult, ...]

    @property
    def set_scores(self) -> dict[str, SetScore]:
        """Precision, recall and F1 per set field, summed over articles."""
        return {
            name: SetScore(
                sum(a.sets[name].tp for a in self.articles),
                sum(a.sets[name].fp for a in self.articles),
                sum(a.sets[name].fn for a in self.articles),
            )
            for name in SET_FIELDS
        }

    @property
    def accuracy_scores(self) -> dict[str, AccuracyScore]:
        """Accuracy per single-valued field."""
        return {
            name: AccuracyScore(
                sum(a.values[name].correct for a in self.articles), len(self.articles)
            )
            for name in ACCURACY_FIELDS
        }

    def score(self, name: str) -> float:
        """The headline figure of a field: F1 for set fields, accuracy otherwise.

        Raises:
            KeyError: unknown field name.
        """
        if name in SET_FIELDS:
            return self.set_scores[name].f1
        return self.accuracy_scores[name].accuracy

    def to_dict(self) -> dict[str, Any]:
        """The whole report as plain JSON-ready data, keys in a fixed order."""
        return {
            "gold_dir": self.gold_dir,
            "articles_dir": self.articles_dir,
            "extractor": self.extractor,
            "n_articles": len(self.articles),
            "scores": {
                **{name: s.to_dict() for name, s in self.set_scores.items()},
                **{name: s.to_dict() for name, s in self.accuracy_scores.items()},
                "organizations": {
                    "gold": sum(a.organizations[0] for a in self.articles),
                    "extracted": sum(a.organizations[1] for a in self.articles),
                },
            },
            "targets": dict(TARGETS),
            "articles": [a.to_dict() for a in self.articles],
        }


def _compare(
    gold: Iterable[tuple[str, str]],
    extracted: Iterable[tuple[str, str, bool]],
) -> SetDiff:
    """Compare multisets of keys.

    Args:
        gold: ``(key, display)`` per gold item.
        extracted: ``(key, display, lenient)`` per extracted item; a lenient item that
            matches nothing is ignored instead of counted as spurious.
    """
    gold_by_key: dict[str, list[str]] = {}
    for key, shown in gold:
        gold_by_key.setdefault(key, []).append(shown)
    extracted_by_key: dict[str, list[tuple[bool, str]]] = {}
    for key, shown, lenient in extracted:
        extracted_by_key.setdefault(key, []).append((lenient, shown))
    tp = 0
    missing: list[str] = []
    spurious: list[str] = []
    ignored: list[str] = []
    for key in sorted(set(gold_by_key) | set(extracted_by_key)):
        wanted = gold_by_key.get(key, [])
        # Strict items are matched first, so leniency only ever excuses a surplus.
        found = sorted(extracted_by_key.get(key, []))
        matched = min(len(wanted), len(found))
        tp += matched
        missing.extend(sorted(wanted)[matched:])
        for lenient, shown in found[matched:]:
            (ignored if lenient else spurious).append(shown)
    return SetDiff(
        tp,
        len(spurious),
        len(missing),
        tuple(sorted(missing)),
        tuple(sorted(spurious)),
        tuple(sorted(ignored)),
    )


def _plain(items: Iterable[str]) -> list[tuple[str, str]]:
    return [(item, item) for item in sorted(set(items))]


def _is_vague(agreement: Agreement) -> bool:
    # A count the text does not give ("عدد من مذكرات التفاهم") is null.
    return agreement.count is None


def _signed_total(facts: Facts) -> tuple[int | None, str | None]:
    signed = [a for a in facts.agreements if a.status == "signed"]
    if not signed:
        return None, None
    instruments = {a.instrument for a in signed}
    instrument = instruments.pop() if len(instruments) == 1 else "mixed"
    if any(_is_vague(a) for a in signed):
        return None, instrument
    return sum(a.count for a in signed), instrument


def _wire_code(code: str | None) -> str | None:
    """A wire code in upper case, another code of the same agency as the extractor's
    (AA: ANADOLU)."""
    from analysis.extract.sources import wire_code_aliases

    if not code:
        return None
    return wire_code_aliases().get(code.upper(), code.upper())


def _speakers(facts: Facts) -> list[tuple[str | None, str, str, bool]]:
    """``(person name or None for an institution, shown speaker, verb, lenient)``."""
    people = {p.id: p.name_ar for p in facts.people}
    out = []
    for s in facts.statements:
        name = people.get(s.speaker) if s.speaker is not None else None
        out.append(
            (name, name or f"{INSTITUTION} {s.speaker_name_ar}", s.verb_ar, s.form == "participle")
        )
    return out


def score_article(gold: GoldArticle, facts: Facts) -> ArticleResult:
    """Compare one article's extracted facts with its gold facts.

    Args:
        gold: the gold facts.
        facts: the extracted facts of the same article.

    Returns:
        The per-field comparison (see the module docstring for the matching rules).
    """
    sets: dict[str, SetDiff] = {}
    sets["countries"] = _compare(
        _plain(gold.countries),
        [
            (c, c, False)
            for c in sorted({c.iso3 for c in facts.countries if c.role == "participant"})
        ],
    )
    for name, fold in (("people", True), ("people_strict", False)):
        sets[name] = _compare(
            [(normalize_person_name(n, fold_honorific=fold), n) for n in sorted(set(gold.people))],
            [
                (normalize_person_name(n, fold_honorific=fold), n, False)
                for n in sorted({p.name_ar for p in facts.people})
            ],
        )
    sets["event_types"] = _compare(
        _plain(gold.event_types), [(t, t, False) for t in sorted({e.type for e in facts.events})]
    )
    extracted_topics = {t.label for t in facts.topics} if facts.is_cooperation_news else set()
    sets["topics"] = _compare(
        _plain(gold.topics), [(t, t, False) for t in sorted(extracted_topics)]
    )

    def speaker_key(name: str | None) -> str:
        return INSTITUTION if name is None else normalize_person_name(name)

    gold_statements = []
    for speaker_en, verb in gold.statements:
        name_ar = gold.person_names_en.get(speaker_en)
        shown = name_ar if name_ar is not None else f"{INSTITUTION} {speaker_en}"
        gold_statements.append((speaker_key(name_ar), shown, verb))
    extracted_statements = _speakers(facts)
    sets["statements"] = _compare(
        [(f"{k}|{normalize_verb(v)}", f"{shown} | {v}") for k, shown, v in gold_statements],
        [
            (f"{speaker_key(n)}|{normalize_verb(v)}", f"{shown} | {v}", lenient)
            for n, shown, v, lenient in extracted_statements
        ],
    )
    sets["statements_strict"] = _compare(
        [(f"{k}|{normalize_verb(v)}", f"{shown} | {v}") for k, shown, v in gold_statements],
        [
            (f"{speaker_key(n)}|{normalize_verb(v)}", f"{shown} | {v}", False)
            for n, shown, v, _ in extracted_statements
        ],
    )
    gold_speakers = {
        k: shown if k != INSTITUTION else INSTITUTION for k, shown, _ in gold_statements
    }
    extracted_speakers = {speaker_key(n): (n or INSTITUTION) for n, _, _, _ in extracted_statements}
    sets["statement_speakers"] = _compare(
        sorted(gold_speakers.items()),
        [(k, shown, False) for k, shown in sorted(extracted_speakers.items())],
    )
    sets["statement_verbs"] = _compare(
        [(normalize_verb(v), v) for _, _, v in gold_statements],
        [(normalize_verb(v), v, lenient) for _, _, v, lenient in extracted_statements],
    )

    count, instrument = _signed_total(facts)
    wire = facts.source.wire.code if facts.source.wire is not None else None
    values = {
        "agreement_count": ValueDiff(gold.agreement_count, count),
        "agreement_instrument": ValueDiff(gold.agreement_instrument, instrument),
        "wire": ValueDiff(_wire_code(gold.wire), _wire_code(wire)),
        "cooperation_news": ValueDiff(gold.is_cooperation_news, facts.is_cooperation_news),
    }
    return ArticleResult(
        gold.id,
        sets,
        values,
        (len(gold.organizations), len(facts.organizations)),
        tuple(facts.warnings),
    )


def evaluate_corpus(
    gold_dir: Path,
    articles_dir: Path,
    extract: Callable[[Path], Facts] | None = None,
) -> Report:
    """Extract every gold article and score it.

    Args:
        gold_dir: folder of ``<id>.json`` gold files.
        articles_dir: folder holding ``<id>.txt`` for every gold file.
        extract: the extractor, from a file path to facts (default:
            :func:`analysis.extract.extract_file`); tests pass a stub.

    Returns:
        The report, articles in id order.

    Raises:
        EvaluationError: a folder is missing, there are no gold files, a gold file is
            invalid, or an article file is missing (each message names the file).
        ArticleError: an article file is unreadable or not UTF-8.
    """
    gold_dir, articles_dir = Path(gold_dir), Path(articles_dir)
    for folder, what in ((gold_dir, "gold"), (articles_dir, "articles")):
        if not folder.is_dir():
            raise EvaluationError(f"{what} folder {folder} does not exist")
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise EvaluationError(f"no gold files (<id>.json) in {gold_dir}")
    golds = [load_gold(path) for path in gold_files]
    missing = [g.id for g in golds if not (articles_dir / f"{g.id}.txt").is_file()]
    if missing:
        raise EvaluationError(
            f"no article for gold file(s) {', '.join(f'{m}.json' for m in missing)}: "
            f"expected {', '.join(f'{m}.txt' for m in missing)} in {articles_dir}"
        )
    if extract is None:
        from analysis.extract import EXTRACTOR, extract_file

        extract, extractor = extract_file, EXTRACTOR
    else:
        extractor = getattr(extract, "__name__", "custom")
    results = tuple(score_article(g, extract(articles_dir / f"{g.id}.txt")) for g in golds)
    return Report(str(gold_dir), str(articles_dir), extractor, results)


# --------------------------------------------------------------------------- report


def _mark(name: str, value: float) -> str:
    target = TARGETS.get(name)
    if target is None:
        return ""
    return f"  target {target:.2f} {'ok' if value >= target else 'BELOW'}"


def format_report(report: Report, per_article: bool = True) -> str:
    """Render a report as plain text: the score table, then per-article differences.

    Args:
        report: the result of :func:`evaluate_corpus`.
        per_article: whether to list each article's differences; ``False`` keeps a
            held-out set's errors out of sight (the scores only).

    Returns:
        The text, ending with a newline.
    """
    lines = [
        f"Evaluation of {report.extractor} on {len(report.articles)} article(s)",
        f"gold: {report.gold_dir}",
        f"articles: {report.articles_dir}",
        "",
        f"{'field':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
    ]
    for name, s in report.set_scores.items():
        lines.append(
            f"{name:<22}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
            f"{s.tp:>6}{s.fp:>6}{s.fn:>6}{_mark(name, s.f1)}"
        )
    lines += ["", f"{'field':<22}{'accuracy':>9}{'correct':>10}"]
    for name, a in report.accuracy_scores.items():
        lines.append(
            f"{name:<22}{a.accuracy:>9.3f}{f'{a.correct}/{a.total}':>10}{_mark(name, a.accuracy)}"
        )
    gold_orgs = sum(a.organizations[0] for a in report.articles)
    found_orgs = sum(a.organizations[1] for a in report.articles)
    lines += [
        "",
        f"organizations (counts only; gold names are English): gold {gold_orgs}, "
        f"extracted {found_orgs}",
    ]
    if not per_article:
        return "\n".join(lines) + "\n"
    lines += ["", "Per-article differences"]
    for article in report.articles:
        lines.append("")
        lines.append(article.id)
        if not article.differs:
            lines.append("  all scored fields agree")
        for name, diff in article.sets.items():
            if name in ("people_strict", "statements_strict") or not (diff.fp or diff.fn):
                continue
            parts = []
            if diff.missing:
                parts.append("missing " + "; ".join(diff.missing))
            if diff.spurious:
                parts.append("spurious " + "; ".join(diff.spurious))
            lines.append(f"  {name}: " + " / ".join(parts))
        for name, value in article.values.items():
            if not value.correct:
                lines.append(f"  {name}: gold {value.gold}, extracted {value.extracted}")
        ignored = article.sets["statements"].ignored
        if ignored:
            lines.append(f"  (unscored continuations: {'; '.join(ignored)})")
        lines.append(
            f"  organizations: gold {article.organizations[0]}, "
            f"extracted {article.organizations[1]}"
        )
        for warning in article.warnings:
            lines.append(f"  warning: {warning}")
    return "\n".join(lines) + "\n"
