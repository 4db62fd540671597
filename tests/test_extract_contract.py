"""The ``extract`` command's contract (issue 3), which other tools rely on.

``python -m analysis extract FILE [FILE ...]`` prints one facts object per file, one per
line, in input order; unreadable or non-UTF-8 files fail naming the file; empty or
non-Arabic files give valid, empty facts and a warning. On the seed article the extracted
facts agree with the curated ones on what the issue lists.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import analysis
from analysis import paths
from analysis.facts import parse_facts
from analysis.schema import FACT_LISTS, Facts
from analysis.text import normalize_term

# Keys every object must have, per list item, as the contract lists them.
REQUIRED_ITEM_KEYS = {
    "countries": {"iso3", "role"},
    "people": {"name_ar"},
    "topics": {"label"},
    "events": {"type"},
    "agreements": {"instrument", "count", "status", "areas"},
    "statements": {"speaker_name_ar", "verb_ar"},
}


def run_extract(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "extract", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


def parse_lines(stdout: str) -> list[dict[str, Any]]:
    assert stdout.endswith("\n"), "every object ends with a newline"
    lines = stdout.splitlines()
    objects = [json.loads(line) for line in lines]
    assert all(isinstance(o, dict) for o in objects)
    return objects


def check_contract(obj: dict[str, Any], stem: str) -> Facts:
    facts = parse_facts(obj, origin=stem)
    assert obj["article"]["id"] == stem
    for key in (*REQUIRED_ITEM_KEYS, "organizations", "source", "is_cooperation_news"):
        assert key in obj, f"missing {key}"
    for key, item_keys in REQUIRED_ITEM_KEYS.items():
        for item in obj[key]:
            assert item_keys <= set(item), f"{key} item lacks {item_keys - set(item)}"
    wire = obj["source"].get("wire")
    assert wire is None or wire.get("code") is None or isinstance(wire["code"], str)
    assert isinstance(obj["is_cooperation_news"], bool)
    return facts


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("inputs")
    files = {
        "empty.txt": "",
        "english.txt": "The ministers met in Paris on Monday and signed three agreements.\n",
        "trec.txt": "<DOC>\n<DOCNO>X</DOCNO>\n<TITLE>وزير الخارجية يستقبل نظيره</TITLE>\n"
        "<TEXT>\nاستقبل وزير الخارجية نظيره العماني.\n</TEXT>\n</DOC>\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    # Input order is not alphabetical, so the test sees whether order is kept.
    seed = paths.raw_articles_dir() / "seed.txt"
    return [folder / "trec.txt", seed, folder / "empty.txt", folder / "english.txt"]


@pytest.fixture(scope="module")
def extracted(inputs: list[Path]) -> tuple[list[dict[str, Any]], str]:
    run = run_extract(*inputs)
    assert run.returncode == 0, run.stderr
    return parse_lines(run.stdout), run.stderr


def test_extract_help() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and "FILE" in run.stdout


def test_one_valid_object_per_file_in_input_order(inputs, extracted) -> None:
    objects, _ = extracted
    assert len(objects) == len(inputs)
    for obj, path in zip(objects, inputs, strict=True):
        check_contract(obj, path.stem)


@pytest.mark.parametrize("name", ["empty", "english"])
def test_empty_or_non_arabic_file_gives_empty_facts_and_a_warning(extracted, name: str) -> None:
    objects, stderr = extracted
    obj = next(o for o in objects if o["article"]["id"] == name)
    for key in FACT_LISTS:
        assert obj[key] == [], f"{name}: {key} should be empty"
    assert obj["source"].get("wire") is None
    assert obj["is_cooperation_news"] is False
    assert obj["warnings"], "the facts record the warning too"
    warned = [line for line in stderr.splitlines() if f"{name}.txt" in line]
    assert warned, f"no warning naming {name}.txt on stderr:\n{stderr}"


def test_non_utf8_file_fails_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("وزير".encode() + "café".encode("latin-1"))
    run = run_extract(bad)
    assert run.returncode != 0
    assert str(bad) in run.stderr and "UTF-8" in run.stderr


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_file_fails_naming_it(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "nope.txt"
    if kind == "folder":
        target.mkdir()
    run = run_extract(target)
    assert run.returncode != 0
    assert str(target) in run.stderr


def test_a_bad_file_among_good_ones_fails_the_command(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(paths.raw_articles_dir() / "seed.txt", good)
    run = run_extract(good, tmp_path / "absent.txt")
    assert run.returncode != 0
    assert "absent.txt" in run.stderr


# --------------------------------------------------------------------------- seed


@pytest.fixture(scope="module")
def seed_pair(inputs, extracted) -> tuple[Facts, Facts]:
    objects, _ = extracted
    obj = objects[[p.stem for p in inputs].index("seed")]
    return parse_facts(obj, origin="seed"), analysis.load_facts("seed")


def _speaker_names(facts: Facts) -> dict[str, str]:
    return {p.id: normalize_term(p.name_ar) for p in facts.people}


def test_seed_spans_are_valid(seed_pair, seed_text: str) -> None:
    extracted, _ = seed_pair
    extracted.check_against_text(seed_text)


def test_seed_countries(seed_pair) -> None:
    extracted, curated = seed_pair
    participants = {c.iso3 for c in extracted.countries if c.role == "participant"}
    assert participants == {c.iso3 for c in curated.countries if c.role == "participant"}
    assert participants == {"BHR", "USA"}


def test_seed_people(seed_pair) -> None:
    extracted, curated = seed_pair
    names = {normalize_term(p.name_ar) for p in extracted.people}
    assert names == {normalize_term(p.name_ar) for p in curated.people}


def test_seed_three_mous_with_their_areas(seed_pair) -> None:
    extracted, curated = seed_pair
    signed = [a for a in extracted.agreements if a.status == "signed"]
    assert {a.instrument for a in signed} == {"MOU"}
    assert sum(a.count for a in signed) == 3
    want = Counter(area for a in curated.agreements if a.status == "signed" for area in a.areas)
    got = Counter(area for a in signed for area in a.areas)
    assert got == want == Counter(["terrorism_financing", "cybersecurity", "unmanned_aircraft"])


def test_seed_topics(seed_pair) -> None:
    extracted, curated = seed_pair
    assert {t.label for t in extracted.topics} == {t.label for t in curated.topics}


def test_seed_statement_speakers(seed_pair) -> None:
    extracted, curated = seed_pair
    got_names, want_names = _speaker_names(extracted), _speaker_names(curated)
    got = {got_names.get(s.speaker or "") for s in extracted.statements}
    want = {want_names.get(s.speaker or "") for s in curated.statements}
    assert got == want
    # Every finite reporting verb of the curated facts is found with its speaker.
    got_pairs = Counter(
        (got_names.get(s.speaker or ""), normalize_term(s.verb_ar))
        for s in extracted.statements
        if s.form == "verb"
    )
    want_pairs = Counter(
        (want_names.get(s.speaker or ""), normalize_term(s.verb_ar))
        for s in curated.statements
        if s.form == "verb"
    )
    assert not want_pairs - got_pairs, f"missing {want_pairs - got_pairs}"


def test_seed_wire_and_republisher(seed_pair) -> None:
    extracted, curated = seed_pair
    assert extracted.source.wire is not None and extracted.source.wire.code == "BNA"
    assert extracted.source.republisher is not None and curated.source.republisher is not None
    got, want = extracted.source.republisher, curated.source.republisher
    assert got.name_ar == want.name_ar or got.name_en == want.name_en
    assert extracted.source.disclaimer is not None
