"""The word lists counted from the ANT corpus (analysis.extract.lexicons)."""

from __future__ import annotations

import json

import pytest

from analysis import corpus
from analysis.extract import lexicons


def test_imperfect_stems_need_both_forms_and_a_fair_share():
    texts = ["يبحر تبحر يبحر تبحر", "يونكر يونكر يونكر", "توران " * 40 + "يوران يوران"]
    assert lexicons.build_imperfect_stems(texts) == ["بحر"]


def test_committed_stems_are_what_the_corpus_gives():
    if not corpus.ant_files():
        pytest.skip("the shared ANT corpus (../shared/corpus/ant) is absent")
    committed = json.loads(lexicons._PATH.read_text(encoding="utf-8"))["stems"]
    assert committed == lexicons.build_imperfect_stems(), (
        "data/imperfect_stems.json is stale: run .venv/bin/python -m analysis.extract.lexicons"
    )
    stems = lexicons.imperfect_stems()
    assert {"بحر", "عترف", "هدد"} <= stems
    assert not {"ونكر", "وسف", "وران"} & stems
