"""The curated seed facts agree with the independent human reading in the shared corpus."""

from __future__ import annotations

import json

import pytest

from analysis import paths
from analysis.text import normalize_term


@pytest.fixture(scope="module")
def gold() -> dict:
    path = paths.corpus_dir() / "gold" / "seed.json"
    if not path.is_file():
        pytest.skip(f"the shared corpus is not at {path.parent} (set BAYAN_CORPUS_DIR)")
    return json.loads(path.read_text(encoding="utf-8"))


def test_people_match_gold(seed_facts, gold):
    assert {normalize_term(p.name_ar) for p in seed_facts.people} == {
        normalize_term(p["name_ar"]) for p in gold["people"]
    }


def test_countries_agreements_topics_wire_match_gold(seed_facts, gold):
    assert {c.name_en for c in seed_facts.countries if c.role == "participant"} == set(
        gold["countries"]
    )
    signed = [a for a in seed_facts.agreements if a.status == "signed"]
    assert sum(a.count for a in signed) == gold["agreements"]["count"]
    assert {a.instrument for a in signed} == {gold["agreements"]["instrument"]}
    assert {t.label for t in seed_facts.topics} == set(gold["topics"])
    assert seed_facts.source.wire.code == gold["source_attribution"]["wire"]
    assert seed_facts.is_cooperation_news is gold["is_cooperation_news"]
    assert {e.type for e in seed_facts.events} == set(gold["event_types"])


def test_head_statements_match_gold_speakers_and_verbs(seed_facts, gold):
    heads = [(s.speaker_name_en, s.verb_ar) for s in seed_facts.statements if s.form == "verb"]
    assert heads == [(s["speaker_en"], s["verb_ar"]) for s in gold["statements"]]
