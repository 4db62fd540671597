"""Tests of the metrics: salience ranking, cooperation matrix, speakers, positions, counts."""

from __future__ import annotations

from analysis import metrics

MAYORKAS = "Alejandro Mayorkas"
RASHID = "Sheikh Rashid bin Abdullah Al Khalifa"
SIGNED = ["terrorism_financing", "cybersecurity", "unmanned_aircraft"]


def test_summary_counts_on_seed(seed_facts):
    counts = metrics.summary_counts(seed_facts)
    assert counts.participant_countries == 2
    assert counts.signed_mous == 3
    assert counts.signed_instruments == 3
    assert list(counts.signed_areas) == SIGNED
    assert counts.statements_per_speaker == {MAYORKAS: 5, RASHID: 8}
    assert counts.statements == 13
    assert counts.head_statements + counts.continuations == 13
    assert counts.people == 3 and counts.principals == 2


def test_topic_salience_is_ranked(seed_facts):
    ranked = metrics.topic_salience(seed_facts)
    assert list(ranked["label"]) == [
        "cybersecurity",
        "counterterrorism",
        "terrorism_financing",
        "unmanned_aircraft",
        "policing_capacity",
    ]
    assert ranked["salience"].is_monotonic_decreasing
    assert list(ranked.index) == list(range(5))


def test_cooperation_matrix_on_seed(seed_facts):
    matrix = metrics.cooperation_matrix(seed_facts)
    assert list(matrix.columns) == [
        "name_en",
        "name_ar",
        "discussed",
        "signed_mou",
        "signed_instruments",
        MAYORKAS,
        RASHID,
    ]
    assert matrix.index.name == "label"
    assert sorted(matrix.index[matrix["signed_mou"] > 0]) == sorted(SIGNED)
    assert matrix.loc["cybersecurity", "discussed"] == 4
    assert matrix.loc["counterterrorism", "signed_instruments"] == 0
    assert matrix.loc["terrorism_financing", RASHID] == 2  # s12 and s13
    assert matrix[MAYORKAS].sum() == 0


def test_cooperation_matrix_counts_grouped_instruments(seed_facts):
    first = seed_facts.agreements[0].model_copy(update={"count": 3, "instrument": "protocol"})
    facts = seed_facts.model_copy(update={"agreements": [first]})
    matrix = metrics.cooperation_matrix(facts)
    assert matrix.loc["terrorism_financing", "signed_instruments"] == 3
    assert matrix.loc["terrorism_financing", "signed_mou"] == 0


def test_planned_instruments_are_not_signed(seed_facts):
    planned = [a.model_copy(update={"status": "planned"}) for a in seed_facts.agreements]
    facts = seed_facts.model_copy(update={"agreements": planned})
    assert metrics.summary_counts(facts).signed_instruments == 0
    assert metrics.cooperation_matrix(facts)["signed_instruments"].sum() == 0


def test_speaker_topic_matrix(seed_facts):
    matrix = metrics.speaker_topic_matrix(seed_facts)
    assert list(matrix.index) == [MAYORKAS, RASHID]
    assert list(matrix["statements"]) == [5, 8]
    assert list(matrix.columns[:3]) == list(metrics.SPEAKER_NAME_COLUMNS)
    assert matrix.loc[RASHID, "cybersecurity"] == 2
    assert matrix.loc[RASHID, "speaker_name_ar"] == "الشيخ راشد"


def test_topic_positions(seed_facts):
    positions = metrics.topic_positions(seed_facts)
    assert list(positions.columns) == list(range(8))
    assert positions.loc["cybersecurity"].tolist() == [1, 0, 0, 0, 1, 2, 0, 0]
    assert positions.loc["terrorism_financing", 6] == 2
    assert positions.index[0] in {"counterterrorism", "cybersecurity"}  # first in paragraph 0
    totals = {t.label: t.mentions for t in seed_facts.topics}
    assert positions.sum(axis=1).to_dict() == totals


def test_no_statements(seed_facts):
    facts = seed_facts.model_copy(update={"statements": []})
    assert metrics.speaker_topic_matrix(facts).empty
    assert metrics.summary_counts(facts).statements_per_speaker == {}
