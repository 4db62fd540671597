"""Shared fixtures: the seed article and its curated facts, read from the project data."""

from __future__ import annotations

import json

import pytest

import analysis
from analysis import paths


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (paths.raw_articles_dir() / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_facts() -> analysis.Facts:
    return analysis.load_facts("seed")


@pytest.fixture()
def seed_facts_dict() -> dict:
    return json.loads((paths.curated_dir() / "seed.facts.json").read_text(encoding="utf-8"))
