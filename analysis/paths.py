"""Where Bayan's files live, built from this file's location, never the working directory.

Environment variables override the roots: ``BAYAN_DATA_DIR`` (articles, facts, schema),
``BAYAN_REPORTS_DIR`` (rendered briefings) and ``BAYAN_CORPUS_DIR`` (the shared evaluation
corpus). Functions, not constants, so an override set after import still applies.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
BRIEFING_NOTEBOOK = NOTEBOOKS_DIR / "reports" / "briefing.ipynb"
TEMPLATES_DIR = PACKAGE_DIR / "templates"


def _root(variable: str, default: Path) -> Path:
    value = os.environ.get(variable)
    return Path(value).expanduser().resolve() if value else default


def data_dir() -> Path:
    """Root of the data folder (``data/`` or ``$BAYAN_DATA_DIR``)."""
    return _root("BAYAN_DATA_DIR", PROJECT_DIR / "data")


def raw_articles_dir() -> Path:
    """Immutable article texts and their ``.meta.json`` files."""
    return data_dir() / "raw" / "articles"


def curated_dir() -> Path:
    """Hand-curated facts, one ``<id>.facts.json`` per article."""
    return data_dir() / "curated"


def processed_dir() -> Path:
    """Derived data (extracted facts, tables); never committed."""
    return data_dir() / "processed"


def schema_dir() -> Path:
    """The JSON Schema of the facts, generated from :mod:`analysis.schema`."""
    return data_dir() / "schema"


def reports_dir() -> Path:
    """Root of rendered briefings (``reports/`` or ``$BAYAN_REPORTS_DIR``)."""
    return _root("BAYAN_REPORTS_DIR", PROJECT_DIR / "reports")


def corpus_dir() -> Path:
    """The shared development corpus (``../shared/corpus`` or ``$BAYAN_CORPUS_DIR``)."""
    return _root("BAYAN_CORPUS_DIR", PROJECT_DIR.parent / "shared" / "corpus")
