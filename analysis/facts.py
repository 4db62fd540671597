"""Loading, validating and saving facts documents.

``load_facts`` is the one entry point analysts and notebooks use: give it an article id
(curated facts from ``data/curated``, or facts extracted on the fly) or a path, and it
returns a :class:`~analysis.schema.Facts` whose every evidence span has been checked
against the article text. Errors name the file and the JSON path of the bad field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from analysis import paths
from analysis.articles import ArticleError, ArticleText, read_article
from analysis.files import write_text_atomic
from analysis.schema import SCHEMA_VERSION, EvidenceMismatch, Facts

__all__ = ["FactsError", "FactsSource", "facts_path", "load_facts", "parse_facts", "save_facts"]

FactsSource = Literal["curated", "extracted"]


class FactsError(ValueError):
    """A facts file that is missing, malformed, or does not match its article."""


def facts_path(article_id: str) -> Path:
    """Path of the curated facts file of an article id."""
    return paths.curated_dir() / f"{article_id}.facts.json"


def _format_location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(document)"


def parse_facts(data: str | bytes | dict, origin: str = "<facts>") -> Facts:
    """Validate a facts document against the schema.

    Args:
        data: JSON text or an already parsed object.
        origin: where it came from, for error messages.

    Returns:
        The validated facts (not yet checked against the article text).

    Raises:
        FactsError: invalid JSON, or the first schema violations with their JSON paths.
    """
    try:
        if isinstance(data, dict):
            return Facts.model_validate(data)
        return Facts.model_validate_json(data)
    except ValidationError as error:
        problems = [_describe(e) for e in error.errors()[:10]]
        more = error.error_count() - len(problems)
        raise FactsError(
            f"{origin}: invalid facts ({error.error_count()} problem(s)):\n"
            + "\n".join(problems)
            + (f"\n  … and {more} more" if more > 0 else "")
        ) from None


def _describe(error: dict) -> str:
    line = f"  at {_format_location(error['loc'])}: {error['msg']}"
    value = error.get("input")
    if error["type"] != "missing" and not isinstance(value, (dict, list)):
        line += f" (got {value!r:.80})"
    return line


def _checked(facts: Facts, article: ArticleText, origin: str) -> Facts:
    if facts.article.id != article.id:
        raise FactsError(
            f"{origin}: at article.id: facts are for {facts.article.id!r}, "
            f"not for article {article.id!r}"
        )
    try:
        facts.check_against_text(article.text)
    except EvidenceMismatch as error:
        raise FactsError(f"{origin}: evidence does not match {article.path}: {error}") from None
    return facts


def load_facts(
    article: str | Path, source: FactsSource = "curated", *, text_path: str | Path | None = None
) -> Facts:
    """Load an article's facts and check every evidence span against its text.

    Args:
        article: an article id (``"seed"``), a path to an article text file, or a path to a
            ``.facts.json`` file.
        source: ``"curated"`` reads ``data/curated/<id>.facts.json``; ``"extracted"`` runs
            the extractor on the article text. Ignored when ``article`` is a facts file.
        text_path: for a ``.facts.json`` path, the article text to check it against
            (default: the article with the id the facts name).

    Returns:
        Validated facts.

    Raises:
        FactsError: missing or invalid facts, or evidence that does not match the text.
        ArticleError: unknown article id, unreadable or non-UTF-8 article file.
    """
    if str(article).endswith(".json"):
        path = Path(article)
        facts = _read_facts_file(path)
        text = read_article(text_path if text_path is not None else facts.article.id)
        return _checked(facts, text, str(path))
    text = read_article(article)
    if source == "extracted":
        from analysis.extract import extract_article

        return _checked(extract_article(text), text, f"extracted facts of {text.path}")
    if source != "curated":
        raise FactsError(f"unknown facts source {source!r}; use 'curated' or 'extracted'")
    path = facts_path(text.id)
    if not path.is_file():
        raise FactsError(
            f"no curated facts for article {text.id!r} (expected {path}); "
            "use source='extracted' to extract them from the text"
        )
    return _checked(_read_facts_file(path), text, str(path))


def _read_facts_file(path: Path) -> Facts:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FactsError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise FactsError(f"{path}: not valid JSON ({error})") from None
    return parse_facts(raw, str(path))


def save_facts(facts: Facts, path: Path) -> None:
    """Write facts as indented UTF-8 JSON, atomically, byte-identical for equal facts."""
    write_text_atomic(path, facts.model_dump_json(indent=2) + "\n")


__all__ += ["ArticleError"]


def write_json_schema(out_dir: Path | None = None) -> Path:
    """Write the JSON Schema of :class:`~analysis.schema.Facts`.

    Args:
        out_dir: folder to write into (default: ``data/schema``).

    Returns:
        The path of ``facts.schema.json``.
    """
    schema = Facts.model_json_schema()
    schema["title"] = f"Bayan facts, schema version {SCHEMA_VERSION}"
    path = (out_dir or paths.schema_dir()) / "facts.schema.json"
    write_text_atomic(path, json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return path


__all__ += ["write_json_schema"]
