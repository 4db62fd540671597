"""Arabic text utilities: normalization for matching, offset maps, segmentation.

Normalization here exists only to *match* words (gazetteers, verbs, lexicons); it is never
shown to a reader. Every normalized string carries an offset map back to the original text,
so a match found in normalized text becomes a span ``text[start:end]`` of the original
article. Segmentation splits the original text into paragraphs and sentences and returns
their spans; it does not copy or change the text.
"""

from __future__ import annotations

import bisect
import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from encodings import cp1256
from functools import partial
from itertools import accumulate, compress, repeat
from operator import add, sub
from typing import NamedTuple

__all__ = [
    "Normalized",
    "Sentence",
    "WORD",
    "lines",
    "normalize",
    "normalize_term",
    "normalize_terms",
    "segment",
    "trim_span",
    "words",
]

# Characters removed for matching: harakat and Quranic marks, superscript alef, tatweel,
# and the invisible direction/joiner marks that copy-paste from web pages leaves behind.
_DELETED = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
)

# One-to-one replacements: letter variants, punctuation and digits. Keeping these 1:1 is
# what makes the offset map cheap: only deletions shift positions.
_REPLACED = {
    "آ": "ا",
    "أ": "ا",
    "إ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",
    "٬": ",",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "–": "-",
    "—": "-",
}
_REPLACED.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_REPLACED.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_REPLACED.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})

# str.translate pays for a raised and cleared LookupError on every character its table
# does not map, so the table maps every code point of the blocks news text is written in
# (Latin-1, Arabic, general punctuation) to itself or its replacement. A tuple indexed by
# code point rather than a dict: no hashing per character (measured: 35 → 28 µs per ANT
# article). Characters past its end raise IndexError, a LookupError, and are kept as they
# are; the few of them that change (U+FEFF) go through a second pass, when present.
_CHANGES = str.maketrans({**_REPLACED, **{c: None for c in _DELETED}})
_TABLE: tuple[str | None, ...] = tuple(_CHANGES.get(c, chr(c)) for c in range(0x2070))
_BEYOND_TABLE = [chr(c) for c in _CHANGES if c >= len(_TABLE)]


# Fast path: almost all news text (98.7% of a sample of 3,000 ANT articles) can be written
# in Windows-1256, the Arabic code page, one byte per character. There the whole
# normalization is one bytes.translate, a quarter of the cost of str.translate (measured:
# 31 → 5 µs per ANT article, encoding and decoding included). Text the code page cannot
# hold (Arabic-Indic digits, Persian letters, presentation forms) takes the general path.
_CODE_PAGE = "cp1256"
# The code page's codec functions called directly: str.encode and bytes.decode look the
# codec up and go through its Python wrapper on every call, most of the cost for the
# short strings normalize_term is given (measured: 14 → 8 k instructions for 24 chars).
_ENCODING_TABLE = cp1256.encoding_table
_DECODING_TABLE = cp1256.decoding_table


_charmap_encode = codecs.charmap_encode
_charmap_decode = codecs.charmap_decode


def _encode(text: str) -> bytes:
    """``text.encode(_CODE_PAGE)``; raises UnicodeEncodeError as it does."""
    return _charmap_encode(text, None, _ENCODING_TABLE)[0]


def _decode(raw: bytes) -> str:
    """``raw.decode(_CODE_PAGE)``."""
    return _charmap_decode(raw, None, _DECODING_TABLE)[0]


def _code_page_tables() -> tuple[bytes, bytes]:
    """The byte table and the deleted bytes of the fast path, from the same lists."""
    table = bytearray(range(256))
    deleted = bytearray()
    for byte in range(256):
        char = bytes([byte]).decode(_CODE_PAGE, errors="replace")
        if char == "\ufffd":
            continue  # a byte the code page leaves undefined never comes out of encode()
        new = char.translate(_CHANGES)
        if not new:
            deleted.append(byte)
        elif new != char:
            table[byte] = new.encode(_CODE_PAGE)[0]  # every replacement is in the code page
    return bytes(table), bytes(deleted)


_BYTE_TABLE, _BYTE_DELETED = _code_page_tables()


def _translate(text: str) -> str:
    """``text.translate(_CHANGES)``, faster."""
    try:
        raw = _encode(text)
    except UnicodeEncodeError:
        return _translate_general(text)
    return _decode(raw.translate(_BYTE_TABLE, _BYTE_DELETED))


def _translate_general(text: str) -> str:
    """``text.translate(_CHANGES)`` for text the code page cannot hold."""
    out = text.translate(_TABLE)
    return out.translate(_CHANGES) if any(c in out for c in _BEYOND_TABLE) else out


_DELETED_RE = re.compile("[" + "".join(re.escape(c) for c in _DELETED) + "]")
# For text in the code page: its deleted bytes become 0, every other byte 1.
_DELETED_MARKS = bytes(0 if byte in _BYTE_DELETED else 1 for byte in range(256))
_MARK = re.compile(b"\x00")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized string and the way back to the original.

    Normalization only replaces characters one for one or deletes them, so the map between
    the two texts is kept as the deleted positions alone: a few per article, where a map
    of every character would cost an int per character to build.

    Attributes:
        text: the normalized string, for matching only.
        deleted: sorted indexes of the original characters that normalization deleted
            (empty when the map is the identity).
        skips: ``skips[j] = deleted[j] - j``, the number of kept characters before the
            ``j``-th deletion: normalized character ``i`` is original character
            ``i + bisect_right(skips, i)``.
        original_length: length of the original string.
        encoded: the original string in the Arabic code page, when it can be written so
            (see :func:`words`); ``None`` otherwise.
    """

    text: str
    deleted: tuple[int, ...]
    skips: tuple[int, ...]
    original_length: int
    encoded: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def offsets(self) -> list[int] | None:
        """``offsets[i]`` is the index in the original of normalized character ``i``;
        ``None`` when nothing was deleted and the map is the identity."""
        if not self.deleted:
            return None
        return [self.original_index(i) for i in range(len(self.text))]

    def original_index(self, i: int) -> int:
        """The index in the original of normalized character ``i``."""
        return i + bisect.bisect_right(self.skips, i)

    def normalized_index(self, offset: int) -> int:
        """How many normalized characters come from original characters before ``offset``."""
        return offset - bisect.bisect_left(self.deleted, offset)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span ``[start, end)`` to the original text.

        The end is placed just after the last mapped character, so diacritics that follow
        the last letter stay outside the span; a span never cuts a character in two.

        Args:
            start: start offset in the normalized text.
            end: end offset (exclusive) in the normalized text, ``end >= start``.

        Returns:
            The ``(start, end)`` span in the original text.
        """
        if not self.deleted:
            return start, end
        if start >= len(self.text):
            return self.original_length, self.original_length
        o_start = self.original_index(start)
        o_end = self.original_index(end - 1) + 1 if end > start else o_start
        return o_start, o_end


def normalize(text: str) -> Normalized:
    """Normalize Arabic text for matching and keep an offset map to the original.

    Removes diacritics, tatweel and invisible marks; unifies alef and hamza forms, final
    ya/alef maqsura, ta marbuta/ha, Arabic punctuation and digits, and Latin case.

    Args:
        text: original text.

    Returns:
        The normalized text with its offset map.
    """
    encoded: bytes | None
    try:
        encoded = raw = _encode(text)
    except UnicodeEncodeError:
        encoded = None
        norm = _translate(text)
    else:
        norm = _decode(raw.translate(_BYTE_TABLE, _BYTE_DELETED))
    if len(norm) == len(text):
        return Normalized(norm, (), (), len(text), encoded)
    if encoded is not None:
        # One byte per character, and the deleted characters are the deleted bytes: marked
        # 0 by one translate and found by a search for that byte, not by a character-set
        # regex tested at every character of the text (measured: 9.25 → 9.22 M instructions
        # per ANT article; about half of the articles delete a mark).
        marked = encoded.translate(_DELETED_MARKS)
        deleted = tuple(map(re.Match.start, _MARK.finditer(marked)))
    else:
        deleted = tuple(map(re.Match.start, _DELETED_RE.finditer(text)))
    skips = tuple(map(sub, deleted, range(len(deleted))))
    return Normalized(norm, deleted, skips, len(text), encoded)


def normalize_term(term: str) -> str:
    """Normalize a gazetteer or lexicon entry the same way as article text.

    Args:
        term: a word or phrase as it is spelled in a word list.

    Returns:
        The normalized form with runs of white space collapsed.
    """
    # _translate with _encode and _decode written out, the codec functions bound once:
    # terms are short (a word, a name, a line's head), and for them the three Python calls
    # cost more than the translation itself; the steps ask about 35 terms an article.
    try:
        raw = _charmap_encode(term, None, _ENCODING_TABLE)[0]
    except UnicodeEncodeError:
        return " ".join(_translate_general(term).split())
    translated = raw.translate(_BYTE_TABLE, _BYTE_DELETED)
    return " ".join(_charmap_decode(translated, None, _DECODING_TABLE)[0].split())


def normalize_terms(terms: Iterable[str]) -> frozenset[str]:
    """The set of :func:`normalize_term` forms of a word list."""
    return frozenset(normalize_term(t) for t in terms)


# A word: letters and digits; underscores (hashtags) and punctuation split words.
WORD = re.compile(r"[^\W_]+")


def _word_split_table() -> bytes:
    """For :func:`words`: every byte of the code page that neither is a word character
    nor is deleted by normalization becomes a space; the others stay."""
    table = bytearray(range(256))
    for byte in range(256):
        char = bytes([byte]).decode(_CODE_PAGE, errors="replace")
        if byte not in _BYTE_DELETED and not WORD.fullmatch(char):
            table[byte] = ord(" ")
    return bytes(table)


_WORD_SPLIT = _word_split_table()


def words(
    norm: Normalized, spans: Iterable[tuple[int, int]]
) -> tuple[list[str], list[int], list[int]]:
    """The words (see :data:`WORD`) of the normalized text within original spans.

    "وَزِيـرُ الخارجية" gives the words "وزير" and "الخارجيه", with the original offsets
    of their first letters and just past their last ones (the tatweel inside a word and
    the diacritics inside and after it are part of its span only where they lie between
    its letters, as :meth:`Normalized.to_original` places them).

    Args:
        norm: the normalized text.
        spans: ``(start, end)`` spans of the original text, in order, not overlapping.

    Returns:
        The normalized words, their original start offsets and their original end offsets.
    """
    found: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    encoded = norm.encoded
    if encoded is None:
        for start, end in spans:
            n_start, n_end = norm.normalized_index(start), norm.normalized_index(end)
            matches = list(WORD.finditer(norm.text, n_start, n_end))
            found += map(re.Match.group, matches)
            starts += map(re.Match.start, matches)
            ends += map(re.Match.end, matches)
        if norm.skips:  # Normalized.to_original: a word is never empty
            shift = partial(bisect.bisect_right, norm.skips)
            starts = list(map(add, starts, map(shift, starts)))
            last = list(map(sub, ends, repeat(1)))
            ends = list(map(add, ends, map(shift, last)))
        return found, starts, ends
    # The code page's fast path, with no regex and no call per word: in the original
    # bytes, every byte that is neither a word character nor deleted becomes a space, and
    # splitting at spaces leaves each word with its deleted marks, which normalize away.
    # Normalization maps word characters to word characters and others to others
    # (tests/test_text.py), so these are the words of the normalized text. Measured:
    # 1.1 → 0.6 M instructions per ANT article (regex, a call per word, bisections).
    pieces: list[bytes] = []
    for start, end in spans:
        parts = encoded[start:end].translate(_WORD_SPLIT).split(b" ")
        offsets = accumulate(map(add, map(len, parts), repeat(1)), initial=start)
        pieces += compress(parts, parts)
        starts += compress(offsets, parts)
    ends = list(map(add, starts, map(len, pieces)))
    if norm.deleted and pieces:
        _trim_deleted(norm.deleted, pieces, starts, ends)
    if pieces:
        joined = b"\n".join(pieces).translate(_BYTE_TABLE, _BYTE_DELETED)
        found = _decode(joined).split("\n")
    return found, starts, ends


def _trim_deleted(
    deleted: Iterable[int], pieces: list[bytes], starts: list[int], ends: list[int]
) -> None:
    """Trim the marks that normalization deletes from the ends of the pieces of
    :func:`words` holding them ("شكراً" ends before its tanween), and drop pieces of marks
    alone, in place. Only the few pieces at the deleted positions are visited."""
    holding = set()
    for position in deleted:
        k = bisect.bisect_right(starts, position) - 1
        if k >= 0 and position < ends[k]:
            holding.add(k)
    for k in sorted(holding, reverse=True):
        piece = pieces[k]
        core = piece.strip(_BYTE_DELETED)
        if not core:
            del pieces[k], starts[k], ends[k]
            continue
        starts[k] += len(piece) - len(piece.lstrip(_BYTE_DELETED))
        ends[k] = starts[k] + len(core)
        pieces[k] = core


class Sentence(NamedTuple):
    """A sentence of the original text.

    A named tuple rather than a frozen dataclass: a frozen dataclass's __init__ sets each
    field through object.__setattr__, and an article has tens of sentences.

    Attributes:
        index: position among all sentences of the article, from 0.
        paragraph: index of the paragraph it belongs to, from 0.
        start: offset of its first character in the original text.
        end: offset just after its last character.
    """

    index: int
    paragraph: int
    start: int
    end: int


# Sentence(...) goes through a generated Python __new__; tuple.__new__ builds it directly.
_new_sentence = partial(tuple.__new__, Sentence)

# A sentence ends at . ! ? ؟ (or a run of them, or an ellipsis) followed by white space or
# the end of the paragraph (group 1 is the end; the white space after it is taken along, so
# the next sentence starts at the match's end). A full stop inside a number ("1.6") or an
# abbreviation with no space after it does not end a sentence. The pattern opens with a
# character set, which lets the regex engine skip to the punctuation instead of trying a
# match at every character (measured: 240 → 100 k instructions per ANT article).
_SENTENCE_END = re.compile(r"([.!?؟…][.!?؟…]*[\"'”»)]*)(?:\s+|$)")


def lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the lines of ``text[start:end]`` (split at \\r and \\n), trimmed of white
    space, blank lines left out: ``"  أولا \\n\\n ثانيا"`` gives the spans of "أولا" and
    "ثانيا".

    The text is split by str.split, not by a regex: a regex tests every character of
    the text against its character set (measured: 88 → 34 k instructions per ANT
    article).
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    if "\r" in chunk:
        chunk = chunk.replace("\r", "\n")
    found: list[tuple[int, int]] = []
    for piece in chunk.split("\n"):
        if piece and not piece.isspace():
            kept = piece.lstrip()
            first = start + len(piece) - len(kept)
            found.append((first, first + len(kept.rstrip())))
        start += len(piece) + 1
    return found


def segment(text: str, regions: Iterable[tuple[int, int]] | None = None) -> list[Sentence]:
    """Split text into paragraphs (non-empty lines) and sentences.

    Args:
        text: the original text.
        regions: spans of ``text`` that hold article content (for example, the title and
            body inside a TREC wrapper); the whole text when ``None``. Each line of a region
            is a paragraph.

    Returns:
        Sentences in reading order, with spans trimmed of surrounding white space.
    """
    sentences: list[Sentence] = []
    paragraph = -1
    for region_start, region_end in regions if regions is not None else [(0, len(text))]:
        # A match is a line with its white space trimmed; blank lines give none.
        for start, end in lines(text, region_start, region_end):
            paragraph += 1
            s = start
            # A sentence ends on its punctuation: only white space before it is trimmed.
            for stop in _SENTENCE_END.finditer(text, start, end):
                e = stop.end(1)
                if e > s:
                    sentences.append(_new_sentence((len(sentences), paragraph, s, e)))
                s = stop.end()
            if end > s:
                sentences.append(_new_sentence((len(sentences), paragraph, s, end)))
    return sentences


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space at both ends (empty spans stay empty)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
