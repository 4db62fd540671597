"""Tests of the tidy tables: columns, dtypes, row counts and values on the seed facts."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import tables
from analysis.schema import FACT_LISTS, Facts

BUILDERS = [
    (tables.countries_table, tables.COUNTRY_COLUMNS, 2),
    (tables.people_table, tables.PERSON_COLUMNS, 3),
    (tables.organizations_table, tables.ORGANIZATION_COLUMNS, 2),
    (tables.events_table, tables.EVENT_COLUMNS, 4),
    (tables.agreements_table, tables.AGREEMENT_COLUMNS, 3),
    (tables.topics_table, tables.TOPIC_COLUMNS, 5),
    (tables.statements_table, tables.STATEMENT_COLUMNS, 13),
]


@pytest.mark.parametrize(("build", "columns", "rows"), BUILDERS)
def test_tables_have_documented_columns_and_rows(seed_facts, build, columns, rows):
    table = build(seed_facts)
    assert tuple(table.columns) == columns
    assert len(table) == rows


@pytest.mark.parametrize(("build", "columns", "rows"), BUILDERS)
def test_empty_facts_give_empty_tables_with_the_same_columns(seed_facts, build, columns, rows):
    empty = seed_facts.model_copy(
        update=dict.fromkeys(FACT_LISTS, [])
    )
    table = build(empty)
    assert tuple(table.columns) == columns
    assert table.empty


def test_agreements_table_rows_and_dtypes(seed_facts):
    table = tables.agreements_table(seed_facts)
    assert list(table["areas"]) == ["terrorism_financing", "cybersecurity", "unmanned_aircraft"]
    assert list(table["area_names_en"]) == [
        "Terrorism financing",
        "Cybersecurity",
        "Unmanned aircraft",
    ]
    assert list(table["area_ar"]) == [
        "مكافحة تمويل الإرهاب",
        "الأمن السيبرانى",
        "أنظمة الطائرات المسيرة",
    ]
    assert set(table["status"]) == {"signed"}
    assert isinstance(table["status"].dtype, pd.CategoricalDtype)
    assert list(table["status"].cat.categories) == ["signed", "planned", "earlier"]
    assert table["count"].dtype == "Int64"
    assert table.loc[0, "signatory_names_en"] == (
        "Sheikh Rashid bin Abdullah Al Khalifa; Alejandro Mayorkas"
    )
    assert table.loc[0, "party_names_ar"] == "وزارة الداخلية; وزارة الأمن الداخلي"
    assert table.loc[0, "ref"] == "S5 · ¶5"


def test_topics_table_uses_vocabulary_categories(seed_facts):
    table = tables.topics_table(seed_facts)
    assert isinstance(table["label"].dtype, pd.CategoricalDtype)
    assert "border_security" in table["label"].cat.categories
    row = table.set_index("label").loc["cybersecurity"]
    assert (row["name_en"], row["name_ar"], row["mentions"]) == (
        "Cybersecurity",
        "الأمن السيبراني",
        4,
    )
    assert table["salience"].dtype == "float64"


def test_statements_table_keeps_continuations(seed_facts):
    table = tables.statements_table(seed_facts).set_index("id")
    assert table.loc["s2", "form"] == "participle"
    assert table.loc["s2", "continues"] == "s1"
    assert pd.isna(table.loc["s1", "continues"])
    assert table.loc["s12", "topics"] == "counterterrorism; terrorism_financing"
    assert (table.loc["s1", "start"], table.loc["s1", "end"]) == (294, 416)
    assert table["start"].dtype == "Int64"


def test_people_table_keeps_titles_apart(seed_facts):
    table = tables.people_table(seed_facts).set_index("id")
    assert table.loc["p2", "name_ar"] == "أليخاندرو مايوركاس"
    assert table.loc["p2", "title_ar"] == "وزير الأمن الداخلى الأمريكى"
    assert table.loc["p1", "aliases_ar"] == "الشيخ راشد"


def test_evidence_table_quotes_match_text(seed_facts, seed_text):
    table = tables.evidence_table(seed_facts, seed_text)
    assert tuple(table.columns) == tables.EVIDENCE_COLUMNS
    assert len(table) == sum(1 for _ in seed_facts.iter_evidence())
    for row in table.itertuples():
        assert seed_text[row.start : row.end] == row.quote
        assert row.quote[:5] in row.sentence_text
    disclaimer = table[table["fact"] == "disclaimer"].iloc[0]
    assert disclaimer["kind"] == "source"
    assert disclaimer["path"] == "source.disclaimer"
    assert set(table[table["kind"] == "topics"]["fact"]) == {
        "counterterrorism",
        "terrorism_financing",
        "cybersecurity",
        "unmanned_aircraft",
        "policing_capacity",
    }


def test_evidence_table_without_text_leaves_sentence_text_missing(seed_facts):
    assert tables.evidence_table(seed_facts)["sentence_text"].isna().all()


def test_sentences_table(seed_facts, seed_text):
    table = tables.sentences_table(seed_facts, seed_text)
    assert tuple(table.columns) == tables.SENTENCE_COLUMNS
    assert len(table) == 8
    assert table.loc[0, "ref"] == "S1 · ¶1"
    assert table.loc[0, "text"].startswith("بحث وزير الداخلية")
    assert list(table["is_disclaimer"]) == [False] * 7 + [True]
    assert table["evidence_spans"].sum() == len(list(seed_facts.iter_evidence()))


def test_sentences_table_rejects_short_text(seed_facts, seed_text):
    with pytest.raises(ValueError, match="after the end"):
        tables.sentences_table(seed_facts, seed_text[:100])


def test_index_names_cover_every_reference(seed_facts: Facts):
    names = tables.index_names(seed_facts)
    assert names["BHR"] == ("Bahrain", "البحرين")
    assert names["o2"] == ("Department of Homeland Security", "وزارة الأمن الداخلي")
    assert tables.format_ref(3, 2) == "S4 · ¶3"
