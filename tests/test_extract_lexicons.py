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
    for path, key, build in (
        (lexicons._IMPERFECT, "stems", lexicons.build_imperfect_stems),
        (lexicons._NOUNS, "words", lexicons.build_common_nouns),
    ):
        committed = json.loads(path.read_text(encoding="utf-8"))[key]
        assert committed == build(counts), (
            f"{path.name} is stale: run .venv/bin/python -m analysis.extract.lexicons"
        )
    assert {"بحر", "عترف", "هدد"} <= lexicons.imperfect_stems()
    assert not {"ونكر", "وسف", "وران"} & lexicons.imperfect_stems()
    assert "خساير" in lexicons.common_nouns() and "كايتانو" not in lexicons.common_nouns()
