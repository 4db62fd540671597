"""Article texts: ids, lookup and strict reading of raw files.

An article is addressed either by id (a file ``data/raw/articles/<id>.txt``) or by a path
to any UTF-8 text file. Ids are restricted to ``[a-z0-9][a-z0-9_-]*`` so an id can never
reach outside the article folder. Raw files are read, never written.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.schema import ARTICLE_ID_PATTERN

__all__ = [
    "ArticleError",
    "ArticleText",
    "article_id_from_path",
    "check_article_id",
    "is_article_path",
    "known_article_ids",
    "read_article",
]

_ID = re.compile(ARTICLE_ID_PATTERN)


class ArticleError(ValueError):
    """An article id or file that cannot be used, with what to do about it."""


@dataclass(frozen=True)
class ArticleText:
    """The original text of one article and what its metadata file says about it."""

    id: str
    path: Path
    text: str
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        """SHA-256 of the UTF-8 encoded text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def check_article_id(article_id: str) -> str:
    """Return ``article_id`` if it is a valid id.

    Raises:
        ArticleError: the id has characters other than ``a-z 0-9 _ -`` or starts with
            ``_`` or ``-``.
    """
    if not _ID.fullmatch(article_id):
        raise ArticleError(
            f"invalid article id {article_id!r}: ids use lower-case letters, digits, '_' "
            "and '-', and start with a letter or digit (to render a file, pass its path)"
        )
    return article_id


def known_article_ids() -> list[str]:
    """Ids of the articles in ``data/raw/articles``, sorted."""
    return sorted(p.stem for p in paths.raw_articles_dir().glob("*.txt") if _ID.fullmatch(p.stem))


def article_id_from_path(path: Path) -> str:
    """Derive an article id from a file name (lower-cased, other characters become ``-``)."""
    stem = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-_")
    return stem or "article"


def is_article_path(ref: str | Path) -> bool:
    """Whether ``ref`` names an article file rather than an article id."""
    # A file is named by a Path, a ".txt" name, or an existing file; anything else is an id
    # and must pass check_article_id, so "../x" is rejected rather than followed.
    return isinstance(ref, Path) or ref.endswith(".txt") or Path(ref).is_file()


def read_article(ref: str | Path) -> ArticleText:
    """Read an article by id or path.

    Args:
        ref: an article id known in ``data/raw/articles``, or a path to a text file.

    Returns:
        The article's text (exactly as stored) and its metadata (``<stem>.meta.json``
        beside the file, if present).

    Raises:
        ArticleError: unknown or invalid id, missing file, a file that is not UTF-8.
    """
    if is_article_path(ref):
        path = Path(ref).expanduser()
        article_id = article_id_from_path(path)
    else:
        article_id = check_article_id(str(ref))
        path = paths.raw_articles_dir() / f"{article_id}.txt"
        if not path.is_file():
            known = ", ".join(known_article_ids()) or "none"
            raise ArticleError(
                f"unknown article id {article_id!r}; known ids: {known} "
                f"(articles live in {paths.raw_articles_dir()})"
            )
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a folder, not an article file") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{path}: not valid UTF-8 (byte {error.start}: {raw[error.start:error.start + 1]!r}); "
            "convert the file to UTF-8 first"
        ) from None
    meta_path = path.with_name(f"{path.stem}.meta.json")
    meta: dict[str, Any] = {}
    if meta_path.is_file():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise ArticleError(f"{meta_path}: invalid metadata JSON ({error})") from None
    return ArticleText(article_id, path, text, meta)
