"""Cleaning: from the raw article text to the content regions the extractor reads.

Raw text arrives plain or inside a TREC-style ``<DOC>…<TITLE>…<TEXT>…</DOC>`` wrapper, and
often carries web-page furniture (share buttons, "اقرأ أيضا" teasers, crawler time
stamps) and, when an aggregator republished it, a disclaimer naming the original outlet.
:func:`prepare` finds the content regions (headline, abstract unless it repeats the lead,
body), leaves furniture and markup outside them, keeps the disclaimer apart (it gets
sentences, so evidence can quote it, but no tokens, so no facts come from it), and puts
what the wrapper says (title, url, date, outlet, byline) into ``Document.meta``. Nothing
is copied or rewritten: every span points into the original text.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from analysis.extract.document import Document
from analysis.text import lines, normalize_term, trim_span

__all__ = ["prepare"]

_DATA = Path(__file__).parent / "data"

_WRAPPER_FIELD = re.compile(
    r"<(DOCNO|URL|SRC|CAT|TITLE|TIME|AUTHOR|ABSTRACT|TEXT)>(.*?)</\1\s*>", re.S | re.I
)
_HEAD_CHARS = 80
# Enough for the first word of almost every line (see _first_word).
_FIRST_WORD_CHARS = 24
# Cheap pre-check on the original text before normalizing a line for the disclaimer rule:
# the labels a disclaimer opens with, as written. Plain substring tests, one over the whole
# text and then one per line where it found one: a regex alternation of them stops at
# every alef, mim and ta (measured: 165 → under 5 k instructions per ANT article).
_DISCLAIMER_HINTS = (
    "ملاوظ", "ملاحوظ", "ملحوظ", "ملححوظ", "ملاحظ", "تنويه", "تنبيه", "إخلاء", "اخلاء"
)
_ARABIC = re.compile(r"[\u0621-\u064a]")
_WORD = re.compile(r"[^\W_]+")
# Wrapper tag → key in Document.meta.
_META_KEYS = {
    "DOCNO": "docno",
    "URL": "url",
    "SRC": "outlet",
    "CAT": "category",
    "TITLE": "title",
    "TIME": "date",
    "AUTHOR": "byline",
}
# A byline "CITY - OUTLET" (أبوظبي - سكاي نيوز عربية) is a dateline, not a person.
_BYLINE_DATELINE = re.compile(r"\s*([^\-–—:|]{2,40}?)\s*[\-–—:|]\s*(.+?)\s*$")


class _Boilerplate(NamedTuple):
    """The furniture lists, as :func:`_key` forms.

    Attributes:
        lines: whole lines that are furniture.
        prefixes: line openings that make the line furniture, longest first.
        openers: first words of ``lines`` and of the prefixes of several words.
        word_prefixes: the prefixes of one word (a line's first word starting with one
            of them may be furniture).
        date_prefix: a crawler's time stamp before a line.
        disclaimer: the opening of a republisher's disclaimer (on normalized text).
    """

    lines: frozenset[str]
    prefixes: tuple[str, ...]
    openers: frozenset[str]
    word_prefixes: tuple[str, ...]
    date_prefix: re.Pattern[str]
    disclaimer: re.Pattern[str]


@cache
def _boilerplate() -> _Boilerplate:
    data = json.loads((_DATA / "boilerplate.json").read_text(encoding="utf-8"))
    lines = frozenset(_key(line) for line in data["lines"])
    prefixes = tuple(sorted({_key(p) for p in data["line_prefixes"]}, key=len, reverse=True))
    openers = frozenset(key.split()[0] for key in lines | {p for p in prefixes if " " in p} if key)
    date_prefix = re.compile(data["date_prefix"])
    starts = "|".join(re.escape(normalize_term(s)) for s in data["disclaimer_starts"])
    words = "|".join(re.escape(normalize_term(w)) for w in data["disclaimer_words"])
    # The note opens with a label and a colon and says it does not speak for the site.
    disclaimer = re.compile(rf"(?:^|(?<=\s)|(?<=[.!?]))(?:{starts})\s*[:：\-]\s*(?=.*?(?:{words}))")
    return _Boilerplate(
        lines,
        prefixes,
        openers,
        tuple(p for p in prefixes if p and " " not in p),
        date_prefix,
        disclaimer,
    )


def _key(line: str) -> str:
    """A line reduced for comparison with the boilerplate lists: its words, one space apart."""
    return " ".join(_WORD.findall(normalize_term(line)))


def _first_word(line: str) -> str | None:
    """The first word of ``_key(line)``, read from the line's first few characters only;
    ``None`` when they do not hold a whole word (then ask :func:`_key`).

    Normalization works character by character, so the head's first word is the line's
    as long as something follows it within the head.
    """
    head = normalize_term(line[:_FIRST_WORD_CHARS])
    word = _WORD.search(head)
    return word.group() if word is not None and word.end() < len(head) else None


def prepare(article_id: str, text: str, meta: dict) -> Document:
    """Find the content of an article and build its :class:`Document`.

    Args:
        article_id: the article id.
        text: the original text, plain or in a TREC ``<DOC>`` wrapper.
        meta: what is known beyond the text (a metadata file's ``outlet``, ``date``,
            ``url``, ``title`` …); values found in the wrapper are added with their spans
            under ``meta["spans"]``.

    Returns:
        The document. Text with no Arabic letters in its content gives a document with
        no tokens (and no sentences), which the pipeline reports as a warning.
    """
    info: dict[str, object] = {k: v for k, v in (meta or {}).items()}
    spans: dict[str, tuple[int, int]] = {}
    fields = _read_wrapper(text)
    title_span: tuple[int, int] | None = None
    raw_regions: list[tuple[int, int]] = []
    if fields is not None:
        for tag, span in fields.items():
            key = _META_KEYS.get(tag)
            if key is not None and span[1] > span[0]:
                spans[key] = span
                info[key] = text[span[0] : span[1]]
        _read_byline(text, spans, info)
        title = fields.get("TITLE")
        if title is not None and title[1] > title[0]:
            title_span = title
            raw_regions.append(title)
        body = fields.get("TEXT", (0, 0))
        abstract = fields.get("ABSTRACT")
        has_abstract = abstract is not None and abstract[1] > abstract[0]
        if has_abstract and not _repeats_lead(text, abstract, body):  # type: ignore[arg-type]
            raw_regions.append(abstract)  # type: ignore[arg-type]
        if body[1] > body[0]:
            raw_regions.append(body)
    else:
        raw_regions.append((0, len(text)))
    regions, disclaimer = _clean_regions(text, raw_regions, title_span)
    if not any(_ARABIC.search(text, a, b) for a, b in regions):
        regions, disclaimer, title_span = [], None, None
    info["spans"] = spans
    return Document.build(
        article_id,
        text,
        regions,
        extra_sentence_regions=[disclaimer] if disclaimer else None,
        meta=info,
        title_span=title_span,
        disclaimer_span=disclaimer,
    )


def _read_wrapper(text: str) -> dict[str, tuple[int, int]] | None:
    """Spans of the wrapper's fields (trimmed), or ``None`` for plain text."""
    head = text[:200].lstrip().upper()
    if not head.startswith("<DOC"):
        return None
    fields: dict[str, tuple[int, int]] = {}
    for match in _WRAPPER_FIELD.finditer(text):
        tag = match.group(1).upper()
        if tag not in fields:
            fields[tag] = trim_span(text, match.start(2), match.end(2))
    return fields if fields else None


def _read_byline(text: str, spans: dict[str, tuple[int, int]], info: dict[str, object]) -> None:
    """Split a byline "CITY - OUTLET" into a dateline city and a credit."""
    span = spans.get("byline")
    if span is None:
        return
    match = _BYLINE_DATELINE.match(text, span[0], span[1])
    if match is not None and match.end(2) <= span[1]:
        spans["dateline"] = (match.start(1), match.end(1))
        info["dateline"] = match.group(1)
        spans["byline_credit"] = (match.start(2), match.end(2))
        info["byline_credit"] = match.group(2)
    else:
        spans["byline_credit"] = span
        info["byline_credit"] = text[span[0] : span[1]]


def _repeats_lead(text: str, abstract: tuple[int, int], body: tuple[int, int]) -> bool:
    """Whether the abstract is (a possibly truncated copy of) the start of the body."""
    summary = _key(text[abstract[0] : abstract[1]]).split()
    lead = _key(text[body[0] : min(body[1], body[0] + 4 * (abstract[1] - abstract[0]) + 200)])
    if not summary:
        return True
    # Abstracts are often cut mid-word: compare all words but the last.
    words = summary[:-1] if len(summary) > 3 else summary
    return lead.startswith(" ".join(words))


def _clean_regions(
    text: str, regions: list[tuple[int, int]], title: tuple[int, int] | None
) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """Cut regions into content lines, dropping furniture and the disclaimer."""
    furniture = _boilerplate()
    lines_set, prefixes, date_prefix = furniture.lines, furniture.prefixes, furniture.date_prefix
    kept: list[tuple[int, int]] = []
    disclaimer: tuple[int, int] | None = None
    hinted = _has_disclaimer_hint(text)
    for region_start, region_end in regions:
        if (region_start, region_end) == title:
            kept.append(title)
            continue
        for start, end in lines(text, region_start, region_end):
            stamp = date_prefix.match(text, start, end)
            if stamp is not None and stamp.end() > start:
                start = stamp.end()
                if start >= end:
                    continue
            content = text[start:end]
            # Furniture is short, or opens with a teaser label: only the head of a line
            # needs checking, which keeps long paragraphs cheap. Most lines open with a
            # word no furniture opens with, which their first word tells.
            first = _first_word(content)
            if (
                first is None
                or first in furniture.openers
                or first.startswith(furniture.word_prefixes)
            ):
                key = _key(content[:_HEAD_CHARS])
                if not key or (len(content) <= _HEAD_CHARS and key in lines_set):
                    continue
                if key.startswith(prefixes):
                    continue
            if disclaimer is None and hinted and _has_disclaimer_hint(content):
                found = furniture.disclaimer.search(normalize_term(content))
                if found is not None:
                    offset = _original_offset(content, found.start())
                    cut = start + offset
                    before = trim_span(text, start, cut)
                    if before[1] > before[0]:
                        kept.append(before)
                    disclaimer = trim_span(text, cut, region_end)
                    break
            kept.append((start, end))
    return kept, disclaimer if disclaimer and disclaimer[1] > disclaimer[0] else None


def _has_disclaimer_hint(text: str) -> bool:
    """Whether ``text`` holds one of the labels a disclaimer opens with ("ملحوظة")."""
    return any(hint in text for hint in _DISCLAIMER_HINTS)


def _original_offset(line: str, norm_offset: int) -> int:
    """Offset in ``line`` of the character at ``norm_offset`` in ``normalize_term(line)``.

    ``normalize_term`` deletes marks and collapses white space; walking both strings
    together recovers the original position.
    """
    count = 0
    previous_space = True
    for i, char in enumerate(line):
        if count >= norm_offset and not char.isspace():
            return i
        if char.isspace():
            count += 0 if previous_space else 1
            previous_space = True
        else:
            count += len(normalize_term(char))
            previous_space = False
    return len(line)
