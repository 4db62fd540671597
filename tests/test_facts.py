"""Loading facts by id or path, and the errors bad input gets."""

from __future__ import annotations

import json
import shutil

import pytest

from analysis import load_facts, paths
from analysis.articles import ArticleError, read_article
from analysis.facts import FactsError, save_facts


def test_load_by_id_and_by_path_give_the_same_facts(seed_facts):
    by_path = load_facts(paths.curated_dir() / "seed.facts.json")
    assert by_path == seed_facts


def test_unknown_article_id_lists_the_known_ids():
    with pytest.raises(ArticleError, match=r"unknown article id 'nope'; known ids: .*seed"):
        load_facts("nope")


@pytest.mark.parametrize("bad", ["../seed", "..", "Seed", "-x", "a b", "seed;rm", "_x", ""])
def test_ids_cannot_name_paths_or_odd_characters(bad):
    with pytest.raises(ArticleError, match="invalid article id"):
        read_article(bad)


def test_path_like_ids_are_read_as_files_not_ids(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.txt")


def test_non_utf8_article_names_the_file(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("وزير".encode() + b"\xff\xfe")
    with pytest.raises(ArticleError, match=r"latin1\.txt: not valid UTF-8"):
        read_article(bad)


def test_facts_for_another_article_are_rejected(tmp_path, seed_facts_dict):
    data = dict(seed_facts_dict)
    data["article"] = dict(data["article"], id="other")
    path = tmp_path / "other.facts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FactsError, match="at article.id"):
        load_facts(path, text_path=paths.raw_articles_dir() / "seed.txt")


def test_invalid_json_is_reported_with_the_file(tmp_path):
    path = tmp_path / "broken.facts.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(FactsError, match=r"broken\.facts\.json: not valid JSON"):
        load_facts(path)


def test_missing_curated_facts_suggest_extraction(tmp_path, monkeypatch):
    data = tmp_path / "data"
    (data / "raw" / "articles").mkdir(parents=True)
    shutil.copy(paths.raw_articles_dir() / "seed.txt", data / "raw" / "articles" / "other.txt")
    monkeypatch.setenv("BAYAN_DATA_DIR", str(data))
    with pytest.raises(FactsError, match="no curated facts for article 'other'.*extracted"):
        load_facts("other")


def test_save_is_byte_identical_for_equal_facts(tmp_path, seed_facts):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    save_facts(seed_facts, first)
    save_facts(load_facts("seed"), second)
    assert first.read_bytes() == second.read_bytes()
    assert load_facts(first) == seed_facts
    assert not list(tmp_path.glob(".*.tmp"))


def test_raw_seed_is_byte_identical_to_the_shared_seed():
    shared = paths.PROJECT_DIR.parent / "shared" / "seed" / "000_a642a386d681ed82.txt"
    if not shared.is_file():
        pytest.skip("../shared/seed is not beside the project")
    assert (paths.raw_articles_dir() / "seed.txt").read_bytes() == shared.read_bytes()
