"""Articles of the shared ANT corpus, read from its gzipped JSON-lines files.

The shared corpus (``paths.corpus_dir() / "ant"``) holds about 40,000 Arabic news
articles, one JSON object a line, with no gold facts. They serve robustness checks (nothing
may crash on real text), speed and memory benchmarks, and corpus-mode work. Each record
becomes an :class:`AntArticle` whose ``text`` has one fixed layout, the title line, a blank
line, then the body, so evidence spans computed on it are reproducible from the record.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis import paths

__all__ = [
    "AntArticle",
    "ant_files",
    "iter_ant_articles",
    "join_title_and_body",
    "to_trec",
    "write_ant_articles",
]


def join_title_and_body(title: str | None, body: str | None) -> str:
    """Lay out an article as extraction reads it: title line, blank line, body.

    Args:
        title: the headline (may be empty or missing).
        body: the article body (may be empty or missing).

    Returns:
        ``title + "\\n\\n" + body`` when both are present, otherwise whichever is.
    """
    title, body = title or "", body or ""
    if title and body:
        return f"{title}\n\n{body}"
    return title or body


@dataclass(frozen=True, slots=True)
class AntArticle:
    """One ANT article.

    Attributes:
        id: the corpus id (``al-economy-115-20180227``), a valid article id.
        title: the headline as published.
        body: the article body as published.
        text: the article as extraction reads it (see :func:`join_title_and_body`).
        outlet: publishing outlet code as the corpus gives it (``alarabia``, ``skynews``).
        date: publication date as the source wrote it.
        url: the article's address, if known.
        categories: the corpus's section labels.
    """

    id: str
    title: str
    body: str
    text: str
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    categories: tuple[str, ...] = field(default_factory=tuple)

    @property
    def meta(self) -> dict[str, object]:
        """Metadata in the form :func:`analysis.extract.extract_text` accepts."""
        meta: dict[str, object] = {"title": self.title} if self.title else {}
        for key in ("outlet", "date", "url"):
            value = getattr(self, key)
            if value:
                meta[key] = value
        return meta


def ant_files(corpus_dir: Path | None = None) -> list[Path]:
    """The ANT JSON-lines files of the shared corpus, sorted; empty if it is absent.

    Args:
        corpus_dir: the corpus root (default: :func:`analysis.paths.corpus_dir`).
    """
    root = (corpus_dir or paths.corpus_dir()) / "ant"
    return sorted(root.glob("*.jsonl.gz")) if root.is_dir() else []


def iter_ant_articles(
    path: Path, *, every: int = 1, limit: int | None = None
) -> Iterator[AntArticle]:
    """Read the articles of one ANT ``.jsonl.gz`` file, in file order.

    Args:
        path: a gzipped JSON-lines file with ``id``, ``title``, ``text``, ``outlet``,
            ``date``, ``url`` and ``categories`` per line.
        every: keep one article in ``every`` (the 1st, the ``every+1``-th, …), for a fixed,
            reproducible sample.
        limit: stop after this many articles.

    Yields:
        The articles.

    Raises:
        ValueError: ``every`` is below 1, or a line is not a JSON object with an ``id``
            (the message names the file and the line).
        OSError: the file cannot be read or is not gzip.
    """
    if every < 1:
        raise ValueError(f"every must be at least 1, not {every}")
    if limit is not None and limit <= 0:
        return
    kept = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % every or not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number + 1}: not valid JSON ({error})") from None
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                raise ValueError(f"{path}:{number + 1}: not an article record with an 'id'")
            title, body = record.get("title") or "", record.get("text") or ""
            yield AntArticle(
                id=record["id"],
                title=title,
                body=body,
                text=join_title_and_body(title, body),
                outlet=record.get("outlet") or None,
                date=record.get("date") or None,
                url=record.get("url") or None,
                categories=tuple(record.get("categories") or ()),
            )
            kept += 1
            if limit is not None and kept >= limit:
                return


def to_trec(article: AntArticle) -> str:
    """Wrap an article in the TREC-style ``<DOC>`` layout of the development files.

    Gold sets of ANT articles are evaluated on this layout, so the extractor reads them
    exactly as it reads the development set (headline, outlet, date and body in tags).
    """
    return (
        f"<DOC>\n<DOCNO>{article.id}</DOCNO>\n<URL>{article.url or ''}</URL>\n"
        f"<SRC>{article.outlet or ''}</SRC>\n<TITLE>{article.title}</TITLE>\n"
        f"<TIME>{article.date or ''}</TIME>\n<AUTHOR></AUTHOR>\n"
        f"<TEXT>\n{article.body}\n</TEXT>\n</DOC>\n"
    )


def write_ant_articles(ids: set[str], folder: Path, corpus_dir: Path | None = None) -> list[str]:
    """Write the ANT articles with the given ids into ``folder`` as ``<id>.txt`` (TREC layout).

    Args:
        ids: article ids to look for.
        folder: destination folder (created if missing).
        corpus_dir: the corpus root (default: :func:`analysis.paths.corpus_dir`).

    Returns:
        The ids that were not found, sorted.
    """
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set(ids)
    for path in ant_files(corpus_dir):
        for article in iter_ant_articles(path):
            if article.id in wanted:
                (folder / f"{article.id}.txt").write_text(to_trec(article), encoding="utf-8")
                wanted.discard(article.id)
    return sorted(wanted)
