"""The word lists counted from the ANT corpus (analysis.extract.lexicons)."""

from __future__ import annotations

import json

import pytest

from analysis import corpus
from analysis.extract import lexicons


def test_imperfect_stems_need_both_forms_and_a_fair_share():
    counts = lexicons.count_words(
        ["يبحر تبحر يبحر تبحر", "يونكر يونكر يونكر", "توران " * 40 + "يوران يوران"]
    )
    assert lexicons.build_imperfect_stems(counts) == ["بحر"]


def test_common_nouns_are_words_written_with_the_article_often():
    counts = lexicons.count_words(["الخسائر " * lexicons.MIN_DEFINITE + "الماكرون"])
    assert lexicons.build_common_nouns(counts) == ["خساير"]
    # a hamza on the alef: a name (ألونسو), not the article
    counts = lexicons.count_words(["ألونسو إليزابيث " * lexicons.MIN_DEFINITE])
    assert lexicons.build_common_nouns(counts) == []


def test_committed_lists_are_what_the_corpus_gives():
    if not corpus.ant_files():
        pytest.skip("the shared ANT corpus (../shared/corpus/ant) is absent")
    counts = lexicons.count_words()
    pairs = lexicons.count_full_names()
    family = lexicons.build_family_names(pairs, counts)
    clubs = lexicons.count_clubs()
    for path, key, build in (
        (lexicons._IMPERFECT, "stems", lexicons.build_imperfect_stems),
        (lexicons._NOUNS, "words", lexicons.build_common_nouns),
        (lexicons._FAMILY, "words", lambda c: lexicons.build_family_names(pairs, c)),
        (lexicons._CLUBS, "names", lambda c: lexicons.build_clubs(*clubs, c, family)),
    ):
        committed = json.loads(path.read_text(encoding="utf-8"))[key]
        assert committed == build(counts), (
            f"{path.name} is stale: run .venv/bin/python -m analysis.extract.lexicons"
        )
    assert {"بحر", "عترف", "هدد"} <= lexicons.imperfect_stems()
    assert not {"ونكر", "وسف", "وران"} & lexicons.imperfect_stems()
    assert "خساير" in lexicons.common_nouns() and "كايتانو" not in lexicons.common_nouns()
    assert {"ترامب", "ميسي"} <= lexicons.family_names()
    assert {"ليفربول", "مانشستر يونايتد"} <= lexicons.clubs()


def test_family_names_follow_one_given_name_in_many_texts():
    texts = ["قال دونالد ترامب إن"] * lexicons.MIN_FULL_NAME + ["قال دونالد بوش"] * 2
    texts += ["قال كيم وترامب"] * lexicons.MIN_FULL_NAME  # و and an East Asian family name
    pairs = lexicons.count_full_names(texts)
    assert lexicons.build_family_names(pairs, lexicons.count_words(texts)) == ["ترامب"]
    # a common noun of the corpus is no family name ("دونالد الخسائر" or not)
    texts = ["الخسائر " * lexicons.MIN_DEFINITE] + ["رأى دونالد خسائر"] * lexicons.MIN_FULL_NAME
    pairs = lexicons.count_full_names(texts)
    assert lexicons.build_family_names(pairs, lexicons.count_words(texts)) == []


def test_clubs_follow_a_club_noun_in_many_texts():
    texts = ["وقال لاعب نادي مانشستر يونايتد إن"] * lexicons.MIN_CLUB
    texts += ["يعيش في مانشستر يونايتد"] * (lexicons.MIN_CLUB * 5)  # a fair share still
    texts += ["وصل فريق منذ"] * lexicons.MIN_CLUB + ["منذ " * 3] * (lexicons.MIN_CLUB * 10)
    texts += ["لفريق ليفربول الإنجليزي"] * lexicons.MIN_CLUB  # the adjective is no club
    texts += ["فريق دونالد ترامب"] * lexicons.MIN_CLUB  # a given and a family name
    after, anywhere = lexicons.count_clubs(lambda: texts)
    counts = lexicons.count_words(texts)
    assert lexicons.build_clubs(after, anywhere, counts, ["ترامب"]) == [
        "ليفربول",
        "مانشستر",
        "مانشستر يونايتد",
    ]
