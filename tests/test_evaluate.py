"""Tests of the evaluation against gold facts: matching rules, scores, report, corpus floors."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from analysis import paths
from analysis.evaluate import (
    EvaluationError,
    SetScore,
    country_iso3,
    evaluate_corpus,
    format_report,
    load_gold,
    normalize_person_name,
    normalize_verb,
    score_article,
)
from analysis.schema import Facts

# Regression floors on the development corpus: F1 for set fields, accuracy otherwise. Set
# a little below what the extractor scored on 2026-11-30 (countries 0.939, people 0.978,
# people_strict 0.957, event_types 0.986, topics 0.970, statements 0.982, statements_strict
# 0.896, statement_speakers 0.978, statement_verbs 0.982; agreement_count 16/17,
# agreement_instrument 15/17, wire 17/17, cooperation_news 17/17). Accuracy floors allow
# one more miss in 17 articles. Raise them as the extractor improves; never lower one to
# make a change pass.
FLOORS: dict[str, float] = {
    "countries": 0.90,
    "people": 0.94,
    "people_strict": 0.92,
    "event_types": 0.95,
    "topics": 0.93,
    "statements": 0.94,
    "statements_strict": 0.85,
    "statement_speakers": 0.93,
    "statement_verbs": 0.94,
    "agreement_count": 0.88,
    "agreement_instrument": 0.82,
    "wire": 0.94,
    "cooperation_news": 0.94,
}

TEXT = "التقى الوزير نظيره في المنامة"
EVIDENCE = {"paragraph": 0, "sentence": 0, "start": 0, "end": 5, "text": TEXT[:5]}


def make_facts(**fields: Any) -> Facts:
    """Facts for ``TEXT`` with the given lists; every evidence is the first word."""
    people = [
        {"id": f"p{i}", "name_ar": name, "role": "principal", "evidence": [EVIDENCE]}
        for i, name in enumerate(fields.pop("people", []), 1)
    ]
    orgs = [
        {"id": f"o{i}", "name_ar": name, "kind": "ministry", "evidence": [EVIDENCE]}
        for i, name in enumerate(fields.pop("organizations", []), 1)
    ]
    countries = [
        {"iso3": iso3, "name_en": iso3, "name_ar": iso3, "role": role, "evidence": [EVIDENCE]}
        for iso3, role in fields.pop("countries", [])
    ]
    statements = [
        {
            "id": f"s{i}",
            "speaker": speaker,
            "speaker_name_ar": "المتحدث",
            "verb_ar": verb,
            "form": form,
            "text_ar": TEXT[:5],
            "evidence": [EVIDENCE],
        }
        for i, (speaker, verb, form) in enumerate(fields.pop("statements", []), 1)
    ]
    agreements = [
        {
            "id": f"a{i}",
            "instrument": instrument,
            "instrument_ar": "مذكرة تفاهم",
            "count": count,
            "status": status,
            "area_ar": area_ar[0] if area_ar else None,
            "evidence": [EVIDENCE],
        }
        for i, (instrument, count, status, *area_ar) in enumerate(fields.pop("agreements", []), 1)
    ]
    events = [
        {"id": f"e{i}", "type": kind, "cameo": cameo, "plover": plover, "evidence": [EVIDENCE]}
        for i, (kind, cameo, plover) in enumerate(
            [_EVENT_CODES[t] for t in fields.pop("event_types", [])], 1
        )
    ]
    topics = [
        {"label": label, "salience": 0.5, "mentions": 1, "evidence": [EVIDENCE]}
        for label in fields.pop("topics", [])
    ]
    wire = fields.pop("wire", None)
    data = {
        "provenance": {"method": "extracted", "by": "test"},
        "article": {
            "id": "a1",
            "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
            "length": len(TEXT),
        },
        "sentences": [{"index": 0, "paragraph": 0, "start": 0, "end": len(TEXT)}],
        "countries": countries,
        "people": people,
        "organizations": orgs,
        "statements": statements,
        "agreements": agreements,
        "events": events,
        "topics": topics,
        "source": {"wire": {"name_en": "agency", "code": wire}} if wire else {},
        "is_cooperation_news": fields.pop("is_cooperation_news", True),
    }
    assert not fields, f"unknown fields {fields}"
    return Facts.model_validate(data)


_EVENT_CODES = {
    "meeting": ("meeting", "040", "CONSULT"),
    "visit": ("visit", "042", "CONSULT"),
    "agreement_signing": ("agreement_signing", "057", "AGREE"),
    "statement": ("statement", "010", None),
    "call": ("call", "041", "CONSULT"),
}


def gold_data(**fields: Any) -> dict[str, Any]:
    """A gold record with nothing in it, updated with ``fields``."""
    data: dict[str, Any] = {
        "id": "a1",
        "countries": [],
        "people": [],
        "organizations": [],
        "event_types": [],
        "agreements": {"count": None, "instrument": None, "areas": []},
        "topics": [],
        "statements": [],
        "source_attribution": {"outlet": "x", "wire": None},
        "is_cooperation_news": True,
    }
    data.update(fields)
    return data


def write_gold(folder: Path, **fields: Any) -> Path:
    data = gold_data(**fields)
    path = folder / f"{data['id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def gold(tmp_path: Path):
    """Build a gold article from fields, through the file loader."""

    def build(**fields: Any):
        return load_gold(write_gold(tmp_path, **fields))

    return build


def person(name_ar: str, name_en: str) -> dict[str, Any]:
    return {"name_ar": name_ar, "name_en": name_en, "title_en": "Minister", "country": None}


# --------------------------------------------------------------------------- countries


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("United States", "USA"),
        ("United Kingdom", "GBR"),
        ("South Korea", "KOR"),
        ("Iran", "IRN"),
        ("Russia", "RUS"),
        ("Syria", "SYR"),
        ("United Arab Emirates", "ARE"),
        ("UAE", "ARE"),
        ("U.S.", "USA"),
        ("the Netherlands", "NLD"),
        ("Côte d’Ivoire", "CIV"),
        ("Bosnia and Herzegovina", "BIH"),
        ("Myanmar", "MMR"),
        ("Palestine", "PSE"),
        ("Turkey", "TUR"),
        ("Yemen", "YEM"),
        ("Germany", "DEU"),
        ("Eritrea", "ERI"),
    ],
)
def test_country_names_map_to_iso3(name: str, iso3: str) -> None:
    assert country_iso3(name) == iso3


def test_unknown_country_name_is_an_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="Atlantis") as info:
        load_gold(write_gold(tmp_path, countries=["Atlantis"]))
    assert "a1.json" in str(info.value)


def test_countries_compare_participants_only(gold) -> None:
    facts = make_facts(
        countries=[
            ("BHR", "participant"),
            ("SAU", "venue"),
            ("IRN", "mentioned"),
            ("FRA", "participant"),
        ]
    )
    diff = score_article(gold(countries=["Bahrain", "United States"]), facts).sets["countries"]
    assert (diff.tp, diff.fp, diff.fn) == (1, 1, 1)
    assert diff.missing == ("USA",) and diff.spurious == ("FRA",)


# --------------------------------------------------------------------------- people


def test_person_names_fold_spacing_after_abd_and_leading_honorific() -> None:
    assert normalize_person_name("عبدالله بن زايد") == normalize_person_name("عبد الله بن زايد")
    assert normalize_person_name("الشيخ عبدالله بن زايد") == normalize_person_name(
        "عبدالله بن زايد"
    )
    assert normalize_person_name("الأمير محمد بن سلمان") == normalize_person_name("محمد بن سلمان")
    assert normalize_person_name("الباجي قائد السبسي") == normalize_person_name(
        "الباجي قايد السبسي"
    )
    assert normalize_person_name("الشيخ راشد", fold_honorific=False) != normalize_person_name(
        "راشد"
    )
    # A title is not an honorific: it must not be in the name.
    assert normalize_person_name("الملك سلمان") != normalize_person_name("سلمان")
    # A lone honorific is a (bad) name of its own, not an empty string.
    assert normalize_person_name("الشيخ") == "الشيخ"


def test_people_match_by_normalized_name(gold) -> None:
    g = gold(
        people=[
            person("الشيخ عبدالله بن زايد آل نهيان", "Sheikh Abdullah bin Zayed Al Nahyan"),
            person("عبدربه منصور هادي", "Abdrabbuh Mansur Hadi"),
            person("سلمان بن عبد العزيز", "King Salman"),
        ]
    )
    facts = make_facts(
        people=[
            "عبد الله بن زايد آل نهيان",
            "عبد ربه منصور هادي",
            "الملك سلمان بن عبدالعزيز",
            "هادي",
        ]
    )
    result = score_article(g, facts)
    diff = result.sets["people"]
    assert (diff.tp, diff.fp, diff.fn) == (2, 2, 1)
    assert diff.missing == ("سلمان بن عبد العزيز",)
    assert diff.spurious == ("الملك سلمان بن عبدالعزيز", "هادي")
    strict = result.sets["people_strict"]
    assert (strict.tp, strict.fp, strict.fn) == (1, 3, 2)


def test_duplicate_extracted_people_count_once(gold) -> None:
    g = gold(people=[person("يوسف الشاهد", "Youssef Chahed")])
    diff = score_article(g, make_facts(people=["يوسف الشاهد"])).sets["people"]
    assert (diff.tp, diff.fp, diff.fn) == (1, 0, 0)


# --------------------------------------------------------------------------- statements


def test_verbs_lose_one_leading_conjunction_only_when_three_letters_remain() -> None:
    assert normalize_verb("وأكد") == normalize_verb("أكد") == "اكد"
    assert normalize_verb("فقال") == "قال"
    assert normalize_verb("وصف") == "وصف"
    assert normalize_verb("قالت") != normalize_verb("قال")
    assert normalize_verb("مشيراً") == normalize_verb("مشيرا")


def test_statements_map_gold_speakers_to_people_or_institutions(gold) -> None:
    g = gold(
        people=[
            person("الشيخ راشد بن عبد الله آل خليفة", "Sheikh Rashid"),
            person("أليخاندرو مايوركاس", "Mayorkas"),
        ],
        statements=[
            {"speaker_en": "Sheikh Rashid", "verb_ar": "قال", "gist_en": "."},
            {"speaker_en": "Mayorkas", "verb_ar": "أكد", "gist_en": "."},
            {"speaker_en": "Mayorkas", "verb_ar": "أكد", "gist_en": "."},
            {"speaker_en": "Ministry of Interior", "verb_ar": "أوضحت", "gist_en": "."},
            {"speaker_en": "Ministry of Interior", "verb_ar": "أضافت", "gist_en": "."},
        ],
    )
    facts = make_facts(
        people=["الشيخ راشد بن عبدالله آل خليفة", "أليخاندرو مايوركاس"],
        organizations=["وزارة الداخلية"],
        countries=[("BHR", "participant")],
        statements=[
            ("p1", "وقال", "verb"),  # person, conjunction removed
            ("p2", "أكد", "verb"),  # only one of the two gold أكد
            ("o1", "أوضحت", "verb"),  # organization speaker = institution
            ("BHR", "أضافت", "verb"),  # country speaker = institution
            ("p1", "أوضح", "verb"),  # spurious
        ],
    )
    result = score_article(g, facts)
    diff = result.sets["statements"]
    assert (diff.tp, diff.fp, diff.fn) == (4, 1, 1)
    assert diff.missing == ("أليخاندرو مايوركاس | أكد",)
    assert diff.spurious == ("الشيخ راشد بن عبدالله آل خليفة | أوضح",)
    speakers = result.sets["statement_speakers"]
    assert (speakers.tp, speakers.fp, speakers.fn) == (3, 0, 0)
    verbs = result.sets["statement_verbs"]
    assert (verbs.tp, verbs.fp, verbs.fn) == (4, 1, 1)


def test_unresolved_speaker_is_an_institution_and_not_a_person(gold) -> None:
    g = gold(
        people=[person("تيتي", "Tite")],
        statements=[
            {"speaker_en": "Some of the signing parties", "verb_ar": "كشفت", "gist_en": "."},
            {"speaker_en": "Tite", "verb_ar": "قال", "gist_en": "."},
        ],
    )
    facts = make_facts(statements=[(None, "كشفت", "verb"), (None, "قال", "verb")])
    diff = score_article(g, facts).sets["statements"]
    assert (diff.tp, diff.fp, diff.fn) == (1, 1, 1)


def test_unmatched_continuations_are_ignored_but_gold_ones_must_be_found(gold) -> None:
    g = gold(
        people=[person("يوسف الشاهد", "Youssef Chahed")],
        statements=[
            {"speaker_en": "Youssef Chahed", "verb_ar": "قال", "gist_en": "."},
            {"speaker_en": "Youssef Chahed", "verb_ar": "مشيرا", "gist_en": "."},
            {"speaker_en": "Youssef Chahed", "verb_ar": "مضيفا", "gist_en": "."},
        ],
    )
    facts = make_facts(
        people=["يوسف الشاهد"],
        statements=[
            ("p1", "قال", "verb"),
            ("p1", "مشيرا", "participle"),
            ("p1", "معربا", "participle"),  # not in gold: ignored
            ("p1", "مشيرا", "participle"),  # a second one: surplus, ignored
            ("p1", "أكد", "verb"),  # not in gold, finite: spurious
        ],
    )
    result = score_article(g, facts)
    diff = result.sets["statements"]
    assert (diff.tp, diff.fp, diff.fn) == (2, 1, 1)
    assert diff.ignored == ("يوسف الشاهد | مشيرا", "يوسف الشاهد | معربا")
    assert diff.missing == ("يوسف الشاهد | مضيفا",)
    strict = result.sets["statements_strict"]
    assert (strict.tp, strict.fp, strict.fn) == (2, 3, 1)
    verbs = result.sets["statement_verbs"]
    assert (verbs.tp, verbs.fp, verbs.fn) == (2, 1, 1)


# --------------------------------------------------------------------------- events, topics


def test_event_types_are_a_set(gold) -> None:
    g = gold(event_types=["visit", "meeting", "statement"])
    facts = make_facts(event_types=["meeting", "meeting", "call", "statement"])
    diff = score_article(g, facts).sets["event_types"]
    assert (diff.tp, diff.fp, diff.fn) == (2, 1, 1)
    assert diff.missing == ("visit",) and diff.spurious == ("call",)


def test_topics_of_non_cooperation_news_are_scored_as_empty(gold) -> None:
    g = gold(topics=["energy", "investment"])
    diff = score_article(g, make_facts(topics=["energy", "tourism"])).sets["topics"]
    assert (diff.tp, diff.fp, diff.fn) == (1, 1, 1)
    sport = gold(topics=[], is_cooperation_news=False)
    diff = score_article(sport, make_facts(topics=["health"], is_cooperation_news=False)).sets[
        "topics"
    ]
    assert (diff.tp, diff.fp, diff.fn) == (0, 0, 0)
    diff = score_article(g, make_facts(topics=["energy"], is_cooperation_news=False)).sets["topics"]
    assert (diff.tp, diff.fp, diff.fn) == (0, 0, 2)


# --------------------------------------------------------------------------- single values


@pytest.mark.parametrize(
    ("gold_agreements", "extracted", "count", "instrument", "correct"),
    [
        ({"count": 3, "instrument": "MOU"}, [("MOU", 1, "signed")] * 3, 3, "MOU", True),
        (
            {"count": 3, "instrument": "mixed"},
            [("contract", 2, "signed"), ("agreement", 1, "signed")],
            3,
            "mixed",
            True,
        ),
        (
            {"count": 1, "instrument": "MOU"},
            [("MOU", 1, "signed"), ("MOU", 2, "planned"), ("agreement", 1, "earlier")],
            1,
            "MOU",
            True,
        ),
        ({"count": None, "instrument": None}, [("MOU", 1, "planned")], None, None, True),
        ({"count": None, "instrument": None}, [], None, None, True),
        ({"count": None, "instrument": "MOU"}, [("MOU", 1, "signed")], 1, "MOU", False),
        # A vague count ("عدد من مذكرات التفاهم") makes the total null, as in the gold.
        (
            {"count": None, "instrument": "MOU"},
            [("MOU", None, "signed", "الأمن"), ("MOU", 2, "signed")],
            None,
            "MOU",
            True,
        ),
        ({"count": 4, "instrument": "MOU"}, [], None, None, False),
    ],
)
def test_agreement_count_is_the_signed_total(
    gold, gold_agreements, extracted, count, instrument, correct
) -> None:
    g = gold(agreements={**gold_agreements, "areas": []})
    values = score_article(g, make_facts(agreements=extracted)).values
    assert values["agreement_count"].extracted == count
    assert values["agreement_count"].correct is correct
    assert values["agreement_instrument"].extracted == instrument
    assert values["agreement_instrument"].correct is (instrument == gold_agreements["instrument"])


@pytest.mark.parametrize(
    ("gold_wire", "wire", "correct"),
    [
        ("BNA", "BNA", True),
        (None, None, True),
        ("Reuters", "REUTERS", True),
        ("AA", "ANADOLU", True),  # the agency's other code
        ("AA", "AFP", False),
        (None, "SPA", False),
        ("WAM", None, False),
    ],
)
def test_wire_accuracy_counts_null_equal_null(gold, gold_wire, wire, correct) -> None:
    g = gold(source_attribution={"outlet": "x", "wire": gold_wire})
    assert score_article(g, make_facts(wire=wire)).values["wire"].correct is correct


def test_cooperation_news(gold) -> None:
    g = gold(is_cooperation_news=False)
    assert (
        not score_article(g, make_facts(is_cooperation_news=True))
        .values["cooperation_news"]
        .correct
    )
    assert (
        score_article(g, make_facts(is_cooperation_news=False)).values["cooperation_news"].correct
    )


# --------------------------------------------------------------------------- scores


def test_set_scores_treat_empty_sides_as_perfect() -> None:
    assert (SetScore(0, 0, 0).precision, SetScore(0, 0, 0).recall, SetScore(0, 0, 0).f1) == (
        1,
        1,
        1,
    )
    assert (SetScore(0, 2, 0).precision, SetScore(0, 2, 0).f1) == (0, 0)
    assert (SetScore(0, 0, 2).recall, SetScore(0, 0, 2).precision) == (0, 1)
    s = SetScore(3, 1, 2)
    assert s.precision == 0.75 and s.recall == 0.6 and s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir, articles = tmp_path / "gold", tmp_path / "articles"
    gold_dir.mkdir()
    articles.mkdir()
    write_gold(
        gold_dir,
        id="b2",
        countries=["Bahrain"],
        people=[person("يوسف الشاهد", "Youssef Chahed")],
        source_attribution={"outlet": "x", "wire": "BNA"},
    )
    write_gold(gold_dir, id="a1", countries=["Bahrain", "Egypt"], is_cooperation_news=False)
    for name in ("a1", "b2"):
        (articles / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    return gold_dir, articles


def stub_extract(path: Path) -> Facts:
    return make_facts(
        countries=[("BHR", "participant")],
        people=["يوسف الشاهد", "عمر"],
        wire="BNA",
        is_cooperation_news=path.stem == "b2",
    )


def test_evaluate_corpus_micro_averages_over_articles(tmp_path: Path) -> None:
    report = evaluate_corpus(*_corpus(tmp_path), extract=stub_extract)
    assert [a.id for a in report.articles] == ["a1", "b2"]
    countries = report.set_scores["countries"]
    assert (countries.tp, countries.fp, countries.fn) == (2, 0, 1)
    people = report.set_scores["people"]
    assert (people.tp, people.fp, people.fn) == (1, 3, 0)
    assert report.accuracy_scores["wire"].correct == 1
    assert report.score("cooperation_news") == 1.0
    assert report.score("countries") == pytest.approx(0.8)


def test_report_text_and_dict_are_deterministic(tmp_path: Path) -> None:
    folders = _corpus(tmp_path)
    first, second = (evaluate_corpus(*folders, extract=stub_extract) for _ in range(2))
    assert format_report(first) == format_report(second)
    assert json.dumps(first.to_dict(), ensure_ascii=False) == json.dumps(
        second.to_dict(), ensure_ascii=False
    )
    text = format_report(first)
    assert "countries" in text and "Per-article differences" in text
    assert "missing EGY" in text
    assert "spurious عمر" in text
    assert "wire: gold None, extracted BNA" in text
    summary = format_report(first, per_article=False)
    assert "countries" in summary and "Per-article differences" not in summary
    assert "missing EGY" not in summary and "a1" not in summary
    data = first.to_dict()
    assert data["n_articles"] == 2 and data["scores"]["countries"]["f1"] == 0.8
    assert data["articles"][0]["id"] == "a1"


def test_missing_article_is_an_error_naming_it(tmp_path: Path) -> None:
    gold_dir, articles = _corpus(tmp_path)
    (articles / "b2.txt").unlink()
    with pytest.raises(EvaluationError, match=r"b2\.json.*b2\.txt"):
        evaluate_corpus(gold_dir, articles, extract=stub_extract)


def test_gold_errors_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(EvaluationError, match="bad.json"):
        load_gold(tmp_path / "bad.json")
    path = write_gold(tmp_path, id="a1")
    path.rename(tmp_path / "other.json")
    with pytest.raises(EvaluationError, match="other.json.*not the file stem"):
        load_gold(tmp_path / "other.json")
    data = gold_data()
    del data["people"]
    (tmp_path / "a1.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(EvaluationError, match="a1.json.*people"):
        load_gold(tmp_path / "a1.json")


def test_empty_or_absent_folders_are_errors(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="does not exist"):
        evaluate_corpus(tmp_path / "nope", tmp_path)
    with pytest.raises(EvaluationError, match="no gold files"):
        evaluate_corpus(tmp_path, tmp_path)


def test_evaluate_help() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "evaluate", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and "--gold" in run.stdout


def test_evaluate_command_reports_a_missing_article(tmp_path: Path) -> None:
    gold_dir, articles = _corpus(tmp_path)
    (articles / "a1.txt").unlink()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "evaluate",
            "--gold",
            str(gold_dir),
            "--articles",
            str(articles),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert "a1.json" in run.stderr and "a1.txt" in run.stderr


# --------------------------------------------------------------------------- corpus floors


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, Any]:
    corpus = paths.corpus_dir()
    if not (corpus / "gold").is_dir() or not (corpus / "articles").is_dir():
        pytest.skip(f"the shared evaluation corpus is absent ({corpus}/gold and /articles)")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "evaluate",
            "--json",
            "--gold",
            str(corpus / "gold"),
            "--articles",
            str(corpus / "articles"),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


@pytest.mark.corpus
@pytest.mark.parametrize("field", sorted(FLOORS))
def test_corpus_scores_stay_above_floors(corpus_scores: dict[str, Any], field: str) -> None:
    score = corpus_scores["scores"][field]
    value = score["f1"] if "f1" in score else score["accuracy"]
    assert value >= FLOORS[field], f"{field}: {value:.3f} fell below its floor {FLOORS[field]:.3f}"


@pytest.mark.corpus
def test_corpus_report_covers_every_gold_file(corpus_scores: dict[str, Any]) -> None:
    gold_ids = sorted(p.stem for p in (paths.corpus_dir() / "gold").glob("*.json"))
    assert [a["id"] for a in corpus_scores["articles"]] == gold_ids
