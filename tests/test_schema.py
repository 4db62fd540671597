"""The facts schema accepts the curated seed facts and rejects broken variants."""

from __future__ import annotations

import copy
import json

import pytest

from analysis import paths
from analysis.facts import FactsError, parse_facts
from analysis.schema import EvidenceMismatch, Facts


def test_curated_seed_facts_validate_and_are_labelled_curated(seed_facts):
    assert seed_facts.provenance.method == "curated"
    assert seed_facts.schema_version == "1.0"


def test_every_evidence_span_quotes_the_text(seed_facts, seed_text):
    spans = list(seed_facts.iter_evidence())
    assert len(spans) > 40
    for _, evidence in spans:
        assert seed_text[evidence.start : evidence.end] == evidence.text


def test_seed_has_three_separate_signed_mous(seed_facts):
    mous = [a for a in seed_facts.agreements if a.instrument == "MOU" and a.status == "signed"]
    assert sorted(a.areas[0] for a in mous) == [
        "cybersecurity",
        "terrorism_financing",
        "unmanned_aircraft",
    ]
    assert sum(a.count for a in mous) == 3


def test_continuations_keep_their_head_speaker(seed_facts):
    by_id = {s.id: s for s in seed_facts.statements}
    for statement in seed_facts.statements:
        if statement.form == "participle":
            assert statement.continues is not None
            assert by_id[statement.continues].speaker == statement.speaker
    verbs = [s.verb_ar for s in seed_facts.statements if s.form == "verb"]
    assert verbs == ["أكد", "أوضح", "قال", "أكد", "أشار"]


def test_disclaimer_is_kept_apart_from_the_news(seed_facts, seed_text):
    disclaimer = seed_facts.source.disclaimer
    assert disclaimer is not None and disclaimer.text.startswith("ملحوظة:")
    news_paragraphs = {
        e.paragraph for path, e in seed_facts.iter_evidence() if path.startswith("statements")
    }
    assert disclaimer.paragraph not in news_paragraphs


def _broken(data: dict, edit) -> dict:
    data = copy.deepcopy(data)
    edit(data)
    return data


@pytest.mark.parametrize(
    ("edit", "path"),
    [
        (lambda d: d["countries"][0].update(iso3="Bahrain"), "countries[0].iso3"),
        (lambda d: d["countries"][1].update(role="host"), "countries[1].role"),
        (lambda d: d["agreements"][0].update(areas=["cyber"]), "agreements[0]"),
        (lambda d: d["agreements"][2].update(status="done"), "agreements[2].status"),
        (lambda d: d["topics"][0].update(salience=1.5), "topics[0].salience"),
        (lambda d: d["statements"][3].pop("verb_ar"), "statements[3].verb_ar"),
        (lambda d: d["people"][0]["evidence"].clear(), "people[0].evidence"),
        (lambda d: d["events"][0].update(cameo="057"), "events[0]"),
        (lambda d: d["provenance"].update(method="guessed"), "provenance.method"),
        (lambda d: d.update(extra_field=1), "extra_field"),
    ],
)
def test_schema_errors_name_the_json_path(seed_facts_dict, edit, path):
    with pytest.raises(FactsError) as error:
        parse_facts(_broken(seed_facts_dict, edit), "seed.facts.json")
    assert f"at {path}" in str(error.value)
    assert "seed.facts.json" in str(error.value)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["statements"][0].update(speaker="p9"), "unknown id 'p9'"),
        (lambda d: d["people"][1].update(id="p1"), "repeats"),
        (lambda d: d["statements"][1].update(continues="s99"), "unknown id 's99'"),
        (lambda d: d["people"][0]["evidence"][0].update(sentence=99), "does not exist"),
        (lambda d: d["people"][0]["evidence"][0].update(paragraph=3), "paragraph"),
        (lambda d: d["people"][0]["evidence"][0].update(end=1), "greater than start"),
    ],
)
def test_references_and_sentences_are_checked(seed_facts_dict, edit, message):
    with pytest.raises(FactsError, match=message):
        parse_facts(_broken(seed_facts_dict, edit))


def test_span_that_does_not_match_the_text_is_rejected(seed_facts_dict, seed_text):
    def shift(d):
        evidence = d["people"][1]["evidence"][0]
        evidence.update(start=evidence["start"] + 1, end=evidence["end"] + 1)

    facts = parse_facts(_broken(seed_facts_dict, shift))
    with pytest.raises(EvidenceMismatch) as error:
        facts.check_against_text(seed_text)
    assert error.value.path == "people[1].evidence[0]"


def test_changed_text_is_detected_by_its_hash(seed_facts, seed_text):
    with pytest.raises(EvidenceMismatch, match="SHA-256"):
        seed_facts.check_against_text(seed_text.replace("3 مذكرات", "4 مذكرات"))


def test_committed_json_schema_is_up_to_date():
    committed = json.loads((paths.schema_dir() / "facts.schema.json").read_text(encoding="utf-8"))
    current = Facts.model_json_schema()
    committed.pop("title", None)
    current.pop("title", None)
    assert committed == current, "run `briefing schema` to regenerate data/schema/facts.schema.json"
