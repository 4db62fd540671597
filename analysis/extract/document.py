"""The working view of one article that every extraction step reads.

A :class:`Document` holds the original text, the content regions left after cleaning, the
sentences, and one normalized, tokenized copy of the text with a map back to the original.
Steps find things in tokens and report spans of the *original* text, so evidence always
quotes the article exactly. :class:`Gazetteer` matches word lists against tokens,
tolerating the clitics و/ف/ب/ل/ك before a word (and ل + ال written لل). Every step reads
every article, so lookups go through :class:`Tokens`, which knows where each word occurs:
a word list visits only the tokens where one of its entries can start.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from functools import partial
from itertools import chain, repeat
from operator import sub
from typing import Generic, NamedTuple, TypeVar

from analysis.schema import Evidence
from analysis.text import (
    Normalized,
    Sentence,
    normalize,
    normalize_term,
    normalize_terms,
    segment,
    trim_span,
)
from analysis.text import words as text_words

__all__ = [
    "Document",
    "Gazetteer",
    "Match",
    "RELATIVE_PRONOUNS",
    "Token",
    "Tokens",
    "WEEKDAYS",
    "attached_forms",
    "clitic_variants",
    "shared_words",
    "without_conjunction",
]

T = TypeVar("T")

# The relative pronouns, normalized: what follows them is a clause about what precedes.
RELATIVE_PRONOUNS = normalize_terms(("الذي", "التي", "الذين", "اللذين", "اللتين"))

# A preposition with a pronoun attached, normalized: "به", "فيها", "عليه", "إليهم".
PRONOUN_PREPOSITIONS = normalize_terms(
    p + s for p in ("ب", "ل", "في", "من", "عن", "مع", "على", "إلى") for s in ("ه", "ها", "هم")
)

# The days of the week, normalized, with their number (Monday 0, as date.weekday()).
WEEKDAYS = {
    normalize_term(w): n
    for n, names in enumerate(
        (("الاثنين", "الإثنين"), ("الثلاثاء",), ("الأربعاء", "الاربعاء"), ("الخميس",),
         ("الجمعة",), ("السبت",), ("الأحد", "الاحد"))
    )
    for w in names
}


class Token(NamedTuple):
    """A word of the normalized text.

    A named tuple rather than a dataclass: an article has hundreds of tokens, and a tuple
    is built more than twice as fast as a frozen dataclass.

    Attributes:
        index: position among the document's tokens.
        norm: the normalized word.
        start: offset of its first character in the original text.
        end: offset just after its last character in the original text.
        sentence: index of the sentence it belongs to, or -1 outside content regions.
    """

    index: int
    norm: str
    start: int
    end: int
    sentence: int


class Match(NamedTuple, Generic[T]):
    """A gazetteer entry found in the text (a named tuple: built for every hit).

    Attributes:
        first: index of the first token.
        last: index of the last token (inclusive).
        start: original offset where the matched entry begins, after any clitic prefix.
        token_start: original offset where the first token begins, clitics included.
        end: original offset just after the match.
        prefix: the clitic letters (normalized) stripped from the first token.
        value: the entry's payload.
    """

    first: int
    last: int
    start: int
    token_start: int
    end: int
    prefix: str
    value: T


# Match(...) goes through a generated Python __new__; tuple.__new__ builds it directly.
_new_match = partial(tuple.__new__, Match)

_CONJUNCTIONS = ("", "و", "ف")
# Everything clitic_variants may strip from a stem: a conjunction, then a preposition.
_PROCLITICS = tuple(conj + prep for conj in _CONJUNCTIONS for prep in ("", "ب", "ل", "ك"))


def without_conjunction(word: str) -> str:
    """A normalized word without one leading و/ف conjunction, when at least two letters
    remain ("وألمانيا" → "ألمانيا"). A word may begin with و/ف itself (وليد، فلاديمير):
    test a word list with the word first, then with this."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word


# The letters a word with a proclitic begins with (a conjunction or a preposition).
_CLITIC_INITIALS = frozenset("وفبلك")


def clitic_variants(word: str) -> tuple[tuple[str, str], ...]:
    """The ``(prefix, stem)`` readings of a normalized word with proclitics removed.

    The word itself comes first (no prefix). ``وبالبحرين`` gives ``("", "وبالبحرين")``,
    ``("و", "بالبحرين")``, ``("وب", "البحرين")``; ``للملك`` also gives ``("ل", "الملك")``.
    Stems shorter than two letters are not offered.

    A tuple, not a generator: most words begin with no proclitic letter and have one
    reading, and the callers stop at the first reading that answers, which closed a
    generator by raising GeneratorExit in it (about 15 times an article).

    Args:
        word: a normalized token.
    """
    if word[:1] not in _CLITIC_INITIALS:
        return (("", word),)
    readings = [("", word)]
    conj = word[0] if word[0] in ("و", "ف") else ""
    rest = word[len(conj) :]
    if conj and len(rest) >= 2:
        readings.append((conj, rest))
    if rest[:1] in ("ب", "ل", "ك") and len(rest) >= 3:
        readings.append((conj + rest[0], rest[1:]))
        if rest.startswith("لل") and len(rest) >= 4:
            readings.append((conj + "ل", "ا" + rest[1:]))
    return tuple(readings)


def attached_forms(stem: str) -> set[str]:
    """Every word that may have ``stem`` among its :func:`clitic_variants` readings.

    The inverse of :func:`clitic_variants`, without its length limits (so a superset):
    the stem with و/ف and ب/ل/ك attached, and لل for ل + ال.
    """
    forms = {proclitics + stem for proclitics in _PROCLITICS}
    if stem.startswith("ال"):
        forms.update(conj + "لل" + stem[2:] for conj in _CONJUNCTIONS)
    return forms


class _SharedSets:
    """Word sets that every document is asked about, and which of them hold each word.

    Most steps look up a handful of fixed word sets (a gazetteer's first words, the
    statement cues) in every article. Looking each distinct word of an article up once in
    :attr:`member` answers all of them together.

    Attributes:
        bits: one bit per shared set.
        member: for every word of a shared set, the bits of the sets that hold it.
    """

    def __init__(self) -> None:
        self.bits: dict[frozenset[str], int] = {}
        self.member: dict[str, tuple[int, ...]] = {}
        self.words: frozenset[str] = frozenset()

    def add(self, words: frozenset[str]) -> None:
        if words in self.bits:
            return
        bit = 1 << len(self.bits)
        self.bits[words] = bit
        for word in words:
            self.member[word] = self.member.get(word, ()) + (bit,)
        self.words = frozenset(self.member)


_SHARED = _SharedSets()


def shared_words(words: Iterable[str]) -> frozenset[str]:
    """A word set for :meth:`Tokens.where` that lives as long as the program.

    For the fixed word lists of the extraction steps: every document then finds all of
    them with one lookup per distinct word (see :class:`_SharedSets`). A set built for
    one article only (a list of its people's names) should stay a plain frozenset: shared
    sets are never dropped.
    """
    found = frozenset(words)
    _SHARED.add(found)
    return found


class Tokens(list[Token]):
    """A document's tokens, with the positions of each word.

    Word-list lookups use them to visit only the tokens that may start an entry instead
    of every token of the article (:meth:`where`). The positions are computed on first
    use and kept: a document's tokens do not change after :meth:`Document.build`.
    """

    def __init__(self, tokens: Iterable[Token] = (), words: list[str] | None = None):
        """Args:
            tokens: the tokens, in order.
            words: their normalized words, in order, when the caller has them already
                (:meth:`Document.build`): :meth:`word_positions` reads them instead of
                each token's ``norm``.
        """
        super().__init__(tokens)
        self._words = words
        self._positions: dict[str, list[int]] | None = None
        self._where: dict[frozenset[str], list[int]] = {}
        # The article's words of each shared word set (by its bit); built on first use.
        self._shared: dict[int, list[str]] | None = None
        self._shared_known = 0  # the bits that existed when _shared was built

    def where(self, words: frozenset[str]) -> list[int]:
        """Indexes, in order, of the tokens whose normalized word is in ``words``.

        The answer is kept for the document's lifetime: steps ask again with the same
        word sets (a gazetteer's :attr:`~Gazetteer.first_forms`). A set made with
        :func:`shared_words` is answered from one lookup per distinct word of the article
        for all such sets together, instead of one per set.
        """
        found = self._where.get(words)
        if found is None:
            positions = self.word_positions()
            bit = _SHARED.bits.get(words, 0)
            if bit and bit & self._shared_bits():
                members: Iterable[str] = self._shared.get(bit, ())  # type: ignore[union-attr]
            elif len(words) < len(positions):
                # A few words ("التعاون", "والتعاون", "فالتعاون"): each is looked up, where
                # intersection() would walk every distinct word of the article.
                members = positions.keys() & words
            else:
                # intersection() walks the article's words, not the (larger) word set.
                members = words.intersection(positions)
            found = []
            for word in members:
                found += positions[word]
            found.sort()
            self._where[words] = found
        return found

    def _shared_bits(self) -> int:
        """Which shared sets the article's words were sorted into (a bit mask)."""
        if self._shared is None:
            positions = self.word_positions()
            member = _SHARED.member
            shared: defaultdict[int, list[str]] = defaultdict(list)
            # Most words of an article are in no shared set: a set intersection (a compact
            # table) drops them before the (larger) dict is read.
            for word in _SHARED.words.intersection(positions):
                for bit in member[word]:
                    shared[bit].append(word)
            shared.default_factory = None
            self._shared = shared
            self._shared_known = (1 << len(_SHARED.bits)) - 1
        return self._shared_known

    def where_word(self, test: Callable[[str], bool]) -> list[int]:
        """Indexes, in order, of the tokens whose normalized word passes ``test``.

        ``test`` is asked once per distinct word, not once per token.
        """
        found: list[int] = []
        for word, positions in self.word_positions().items():
            if test(word):
                found += positions
        found.sort()
        return found

    def word_positions(self) -> Mapping[str, list[int]]:
        """Each distinct normalized word with the indexes, in order, of its tokens.

        For a test over the distinct words that :meth:`where_word` would call a function
        for: a comprehension over this mapping avoids a call per word. Read only.
        """
        if self._positions is None:
            words = self._words if self._words is not None else [t.norm for t in self]
            # A membership test and a list only for a word's first position: cheaper than
            # setdefault(word, []), which builds a list for every token (measured, with the
            # words read from the build: 320 → 240 k instructions per ANT article).
            positions: dict[str, list[int]] = {}
            for i, word in enumerate(words):
                if word in positions:
                    positions[word].append(i)
                else:
                    positions[word] = [i]
            self._positions = positions
        return self._positions


class _Reading(NamedTuple, Generic[T]):
    """One way a word starts gazetteer entries: its clitic prefix, how many characters
    of the token the match skips, and the entries of the stem: those of several words by
    their second word (longest first), and the stem's one-word entry, if any (a tuple of
    one entry or none)."""

    prefix: str
    shift: int
    longer: dict[str, list[tuple[tuple[str, ...], T]]]
    single: tuple[tuple[tuple[str, ...], T], ...]


class Gazetteer(Generic[T]):
    """A word list matched on tokens, longest entry first, clitics tolerated.

    Entries are normalized with :func:`~analysis.text.normalize_term`; an entry may span
    several words. A later entry with the same normalized form replaces an earlier one.

    Attributes:
        first_forms: every word an entry can start with, with the clitics it may carry
            (see :func:`attached_forms`); :meth:`Tokens.where` finds them in a document.
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, T]] | Mapping[str, T],
        clitics: bool = True,
        shared: bool = True,
    ):
        """Build the index.

        Args:
            entries: ``(term, value)`` pairs or a mapping of term to value.
            clitics: whether و/ف/ب/ل/ك may be attached to the first word.
            shared: whether the gazetteer lives as long as the program (a word list), so
                its first words are a :func:`shared_words` set; ``False`` for one built
                for one article.
        """
        items = entries.items() if isinstance(entries, Mapping) else entries
        self._clitics = clitics
        by_first: dict[str, dict[tuple[str, ...], T]] = {}
        for term, value in items:
            words = tuple(normalize_term(term).split())
            if words:
                by_first.setdefault(words[0], {})[words] = value
        # Longest entries first, so "الولايات المتحدة الامريكيه" wins over "الولايات المتحدة".
        self._index: dict[str, list[tuple[tuple[str, ...], T]]] = {
            first: sorted(group.items(), key=lambda item: -len(item[0]))
            for first, group in by_first.items()
        }
        # The words an entry can start with, clitics attached: most tokens of an article
        # start no entry, and one set lookup tells.
        forms = (
            form
            for first in self._index
            for form in (attached_forms(first) if clitics else (first,))
        )
        self.first_forms: frozenset[str] = shared_words(forms) if shared else frozenset(forms)
        # The readings of each first form met so far (see _readings): a word list is
        # matched at the same few hundred words in article after article.
        self._readings_of: dict[str, tuple[_Reading[T], ...]] = {}

    def __len__(self) -> int:
        return sum(len(group) for group in self._index.values())

    def __contains__(self, term: str) -> bool:
        words = tuple(normalize_term(term).split())
        return any(entry == words for entry, _ in self._index.get(words[0] if words else "", []))

    def match_at(self, tokens: Sequence[Token], i: int) -> Match[T] | None:
        """The longest entry starting at token ``i``, or ``None``."""
        if tokens[i].norm not in self.first_forms:
            return None
        return self._match_first_form(tokens, i)

    def _match_first_form(self, tokens: Sequence[Token], i: int) -> Match[T] | None:
        """:meth:`match_at` for a token known to be one of :attr:`first_forms`."""
        token = tokens[i]
        word = token.norm
        readings = self._readings_of.get(word)
        if readings is None:
            readings = self._readings_of[word] = self._readings(word)
        n = len(tokens)
        sentence = token.sentence
        # The entries of several words go on with the next token's word, in the sentence:
        # only those whose second word it is are tried, longest first, then the one-word
        # entry (the order of a scan of all the stem's entries, longest first).
        second = None
        if i + 1 < n and tokens[i + 1].sentence == sentence:
            second = tokens[i + 1].norm
        for prefix, shift, longer, single in readings:
            if second is not None:
                for words, value in longer.get(second, ()):
                    last = i + len(words) - 1
                    if last >= n or tokens[last].sentence != sentence:
                        continue
                    if last == i + 1 or all(
                        tokens[i + k].norm == words[k] for k in range(2, len(words))
                    ):
                        start = token.start + shift
                        end = tokens[last].end
                        return _new_match((i, last, start, token.start, end, prefix, value))
            for _, value in single:
                start = token.start + shift
                return _new_match((i, i, start, token.start, token.end, prefix, value))
        return None

    def _readings(self, word: str) -> tuple[_Reading[T], ...]:
        """The readings of ``word`` (see :func:`clitic_variants`) that start entries, in
        the order :meth:`match_at` tries them."""
        found = []
        for prefix, stem in clitic_variants(word) if self._clitics else (("", word),):
            group = self._index.get(stem)
            if group is not None:
                # A rewritten stem (لل → ال) has no span of its own: quote the whole token.
                rewritten = stem != word[len(prefix) :]
                longer: dict[str, list[tuple[tuple[str, ...], T]]] = {}
                for entry in group:
                    if len(entry[0]) > 1:
                        longer.setdefault(entry[0][1], []).append(entry)
                single = tuple(entry for entry in group if len(entry[0]) == 1)
                shift = len(prefix) if not rewritten else 0
                found.append(_Reading(prefix, shift, longer, single))
        return tuple(found)

    def find(
        self, tokens: Sequence[Token], start: int = 0, stop: int | None = None
    ) -> list[Match[T]]:
        """All non-overlapping matches in ``tokens[start:stop]``, left to right.

        Args:
            tokens: the document's tokens (or a slice's worth, by index range).
            start: first token index to consider.
            stop: token index to stop before (default: the end).
        """
        stop = len(tokens) if stop is None else stop
        found: list[Match[T]] = []
        following = start  # the first token a new match may start at
        # Visit only the tokens where an entry can start; match_at decides the rest.
        if isinstance(tokens, Tokens):
            candidates: Sequence[int] = tokens.where(self.first_forms)
            match_at = self._match_first_form  # every candidate is a first form
        else:
            candidates, match_at = range(len(tokens)), self.match_at
        for i in candidates[bisect.bisect_left(candidates, start) :]:
            if i >= stop:
                break
            if i < following:
                continue
            match = match_at(tokens, i)
            if match is not None and match.last < stop:
                found.append(match)
                following = match.last + 1
        return found


@dataclass
class Document:
    """One article prepared for extraction.

    Attributes:
        article_id: the article id.
        text: the original text, exactly as read.
        regions: spans of ``text`` holding article content (title, abstract, body), in
            reading order; boilerplate, markup and the republisher's disclaimer are outside.
        sentences: the sentences of the content regions.
        norm: the whole text normalized, with its offset map.
        tokens: the words of the content regions, in order.
        meta: what the wrapper or a metadata file says (title, outlet, date, url, …).
        title_span: span of the headline in ``text``, if any.
        disclaimer_span: span of a republisher's disclaimer, if any.
    """

    article_id: str
    text: str
    regions: list[tuple[int, int]]
    sentences: list[Sentence]
    norm: Normalized
    tokens: Tokens
    meta: dict[str, object] = field(default_factory=dict)
    title_span: tuple[int, int] | None = None
    disclaimer_span: tuple[int, int] | None = None
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _first_token: list[int] = field(default_factory=list, repr=False)
    _paragraph_ends: dict[int, int] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls,
        article_id: str,
        text: str,
        regions: list[tuple[int, int]] | None = None,
        *,
        extra_sentence_regions: list[tuple[int, int]] | None = None,
        meta: dict[str, object] | None = None,
        title_span: tuple[int, int] | None = None,
        disclaimer_span: tuple[int, int] | None = None,
    ) -> Document:
        """Segment, normalize and tokenize ``text``.

        Args:
            article_id: the article id.
            text: the original text.
            regions: content spans (default: the whole text).
            extra_sentence_regions: spans that get sentences (so evidence can point into
                them, e.g. the disclaimer) but no tokens, so no facts are found in them.
            meta: metadata to keep with the document.
            title_span: span of the headline.
            disclaimer_span: span of the disclaimer.
        """
        regions = [(0, len(text))] if regions is None else sorted(regions)
        extra = sorted(extra_sentence_regions or [])
        all_regions = sorted(regions + extra)
        sentences = segment(text, all_regions)
        norm = normalize(text)
        starts = [s.start for s in sentences]

        # The words of the content regions are made into tokens by C-level loops (map,
        # zip) rather than one Python statement per word.
        words, word_starts, word_ends = text_words(norm, regions)
        # The first token of each sentence: the number of words that start before it.
        first_token = list(map(partial(bisect.bisect_left, word_starts), starts))
        # So the words from first_token[k] on are in sentence k (those before the first
        # sentence in none, -1): one bisection per sentence, not one per word.
        counts = map(sub, first_token[1:] + [len(words)], first_token)
        sentence_of = chain(
            repeat(-1, first_token[0] if first_token else len(words)),
            chain.from_iterable(map(repeat, range(len(sentences)), counts)),
        )
        # Token(...) goes through a generated Python __new__; tuple.__new__ builds the
        # named tuple directly.
        tokens = Tokens(
            map(
                tuple.__new__,
                repeat(Token),
                zip(range(len(words)), words, word_starts, word_ends, sentence_of, strict=True),
            ),
            words,
        )
        paragraph_ends = {s.paragraph: s.end for s in sentences}
        return cls(
            article_id,
            text,
            regions,
            sentences,
            norm,
            tokens,
            dict(meta or {}),
            title_span,
            disclaimer_span,
            starts,
            first_token,
            paragraph_ends,
        )

    def __post_init__(self) -> None:
        if not isinstance(self.tokens, Tokens):
            self.tokens = Tokens(self.tokens)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing original offset ``offset``, or ``None``."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_tokens(self, sentence: int) -> range:
        """Index range of the tokens of sentence ``sentence``."""
        first = self._first_token[sentence]
        stop = (
            self._first_token[sentence + 1]
            if sentence + 1 < len(self._first_token)
            else len(self.tokens)
        )
        return range(first, stop)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the original span ``[start, end)``, trimmed of white space.

        Raises:
            ValueError: the span is empty or starts outside every sentence.
        """
        start, end = trim_span(self.text, start, end)
        sentence = self.sentence_at(start)
        if sentence is None or end <= start:
            raise ValueError(f"span [{start}, {end}) is not inside a sentence")
        end = min(end, self._paragraph_ends[sentence.paragraph])
        return _trusted_evidence(
            {
                "paragraph": sentence.paragraph,
                "sentence": sentence.index,
                "start": start,
                "end": end,
                "text": self.text[start:end],
            }
        )

    def lead_sentences(self) -> set[int]:
        """Indexes of the headline's sentences and of the first sentence of the body.

        The lead is where a story names its sides; the republisher's disclaimer is never
        part of it.
        """
        title, disclaimer = self.title_span, self.disclaimer_span
        lead: set[int] = set()
        body_seen = False
        for sentence in self.sentences:
            if title is not None and title[0] <= sentence.start < title[1]:
                lead.add(sentence.index)
            elif not body_seen and (disclaimer is None or sentence.start < disclaimer[0]):
                lead.add(sentence.index)
                body_seen = True
        return lead

    def normalized(self, start: int, end: int) -> str:
        """The normalized text of the original span ``[start, end)``: what
        :func:`~analysis.text.normalize` gives for ``text[start:end]``, read from the
        document's normalized copy instead of normalizing the span again."""
        n_start, n_end = _norm_span(self.norm, start, end)
        return self.norm.text[n_start:n_end]

    def sentence_text(self, sentence: int) -> str:
        """The original text of sentence ``sentence``."""
        s = self.sentences[sentence]
        return self.text[s.start : s.end]


# What model_construct calls: object.__new__ and object.__setattr__, past BaseModel's own.
_new_object = object.__new__
_object_setattr = object.__setattr__


def _trusted_evidence(values: dict[str, object]) -> Evidence:
    """An :class:`~analysis.schema.Evidence` of values that already pass its checks, built
    as ``Evidence.model_construct`` builds a model (every field set, no extra and no private
    attributes) without running the validator.

    :meth:`Document.evidence` checks what the validator would: its span is non-empty, starts
    in a sentence and ends in that sentence's paragraph, so the offsets are positive ints
    and the quote is ``text[start:end]``, of the span's length. The validator took 2.4 µs a
    call, this 0.7 µs (model_construct, a Python loop over the fields, takes 3.1 µs);
    measured: 9.21 → 9.13 M instructions per ANT article.
    """
    evidence = _new_object(Evidence)
    _object_setattr(evidence, "__dict__", values)
    _object_setattr(evidence, "__pydantic_fields_set__", {*values})
    _object_setattr(evidence, "__pydantic_extra__", None)
    _object_setattr(evidence, "__pydantic_private__", None)
    return evidence


def _norm_span(norm: Normalized, start: int, end: int) -> tuple[int, int]:
    """Map an original span to the normalized text (inverse of ``to_original``)."""
    return norm.normalized_index(start), norm.normalized_index(end)


def publication_date(doc: Document) -> date | None:
    """The article's date, from ``doc.meta["date"]`` when readable (ISO, dd/mm/yyyy or
    the e-mail form of the wrappers, "Tue, 19 Jun 2018 10:29:49 +0400")."""
    value = doc.meta.get("date")
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for pattern in ((0, 4, 5, 7, 8, 10), (6, 10, 3, 5, 0, 2)):  # 2017-02-27…, 07/03/2016
        y0, y1, m0, m1, d0, d1 = pattern
        try:
            return date(int(text[y0:y1]), int(text[m0:m1]), int(text[d0:d1]))
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
