"""The facts schema: one validated, versioned model for curated and extracted facts.

A :class:`Facts` document describes one article: who took part, who was mentioned, what
happened, which instruments were signed, which topics were discussed, who said what, and
how the text reached us. Every fact carries :class:`Evidence`: the paragraph and sentence
it rests on and a character span into the *original* article text, whose quoted text must
equal ``text[start:end]``. The models check their own consistency (unique ids, references
that resolve, evidence inside its sentence); :meth:`Facts.check_against_text` checks the
spans against the article. This module knows nothing of files, pandas or rendering.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from analysis.vocab import EVENT_CODES, topic_labels

__all__ = [
    "SCHEMA_VERSION",
    "FACT_LISTS",
    "ARTICLE_ID_PATTERN",
    "Agreement",
    "Article",
    "Country",
    "Event",
    "Evidence",
    "Facts",
    "Organization",
    "Person",
    "Provenance",
    "SentenceSpan",
    "Source",
    "SourceChain",
    "Statement",
    "TopicFact",
    "EvidenceMismatch",
    "construct_trusted",
]

SCHEMA_VERSION = "1.0"
#: The lists of facts a document holds, in document order.
FACT_LISTS = (
    "countries", "people", "organizations", "events", "agreements", "topics", "statements",
)
ARTICLE_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"

Iso3 = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 code")]
FactId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$")]
EventType = Literal["meeting", "visit", "agreement_signing", "statement", "call"]
NonEmpty = Annotated[str, Field(min_length=1)]


class EvidenceMismatch(ValueError):
    """An evidence span does not match the article text it claims to quote."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


M = TypeVar("M", bound=BaseModel)
# What model_construct calls: object.__new__ and object.__setattr__, past BaseModel's own.
_new_object = object.__new__
_object_setattr = object.__setattr__


def construct_trusted(cls: type[M], values: dict[str, object], fields_set: Iterable[str]) -> M:
    """A ``cls`` model of ``values`` (every field, in the model's order, defaults included),
    built as ``cls.model_construct`` builds one but faster, without running the validator:
    only for values a caller has checked already (the extractor's hot path: its facts were
    validated when each step built them). ``fields_set`` is what ``cls(...)`` would record as
    set (the fields given). About half the cost of validating, a quarter of model_construct's.
    """
    model = _new_object(cls)
    _object_setattr(model, "__dict__", values)
    _object_setattr(model, "__pydantic_fields_set__", set(fields_set))
    _object_setattr(model, "__pydantic_extra__", None)
    _object_setattr(model, "__pydantic_private__", None)
    return model


class Evidence(_Model):
    """Where a fact comes from: a span of the original article text."""

    paragraph: int = Field(ge=0, description="Paragraph index, from 0")
    sentence: int = Field(ge=0, description="Index of the sentence the span starts in, from 0")
    start: int = Field(ge=0, description="Offset of the first character in the original text")
    end: int = Field(gt=0, description="Offset just after the last character")
    text: NonEmpty = Field(description="The quoted text; must equal text[start:end]")

    @model_validator(mode="after")
    def _span_matches_quote_length(self) -> Evidence:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"quoted text has {len(self.text)} characters but the span "
                f"[{self.start}, {self.end}) has {self.end - self.start}"
            )
        return self


Evidences = Annotated[list[Evidence], Field(min_length=1)]


class SentenceSpan(_Model):
    """A sentence of the article, by position and span."""

    index: int = Field(ge=0)
    paragraph: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(gt=0)


class Article(_Model):
    """The article the facts describe."""

    id: str = Field(pattern=ARTICLE_ID_PATTERN, description="Article id (file stem)")
    language: Literal["ar"] = "ar"
    title: str | None = Field(default=None, description="Headline as written, if any")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the UTF-8 text")
    length: int = Field(ge=0, description="Length of the text in characters")
    date: str | None = Field(default=None, description="Publication date as the source gives it")
    url: str | None = None


class Provenance(_Model):
    """How the facts were made. Curated facts are never passed off as extracted."""

    method: Literal["curated", "extracted"]
    by: NonEmpty = Field(description="Curator, or extractor name and version")
    note: str | None = None


class Country(_Model):
    """A state taking part in, hosting, or mentioned in the reported interaction."""

    iso3: Iso3
    name_en: NonEmpty
    name_ar: NonEmpty
    role: Literal["participant", "mentioned", "venue"]
    evidence: Evidences


class Person(_Model):
    """A named person, with office titles and ranks kept apart from the name."""

    id: FactId
    name_ar: NonEmpty = Field(description="Name as written, without titles or ranks")
    name_en: str | None = Field(default=None, description="English transliteration")
    title_ar: str | None = Field(default=None, description="Office title as written")
    title_en: str | None = None
    honorific_ar: str | None = Field(default=None, description="Rank or honorific (اللواء، معالي)")
    country: Iso3 | None = None
    role: Literal["principal", "attendee", "mentioned"]
    aliases_ar: list[str] = Field(default_factory=list, description="Later short mentions")
    evidence: Evidences


class Organization(_Model):
    """A ministry, agency, company or other institution acting in the story."""

    id: FactId
    name_ar: NonEmpty
    name_en: str | None = None
    kind: Literal[
        "ministry", "agency", "government", "parliament", "company", "party",
        "international", "other",
    ]
    country: Iso3 | None = None
    evidence: Evidences


class Event(_Model):
    """Something the text says happened, coded in CAMEO and PLOVER."""

    id: FactId
    type: EventType
    cameo: str = Field(pattern=r"^\d{3,4}$")
    plover: str | None = Field(default=None, description="None where PLOVER has no category")
    participants: list[str] = Field(default_factory=list, description="Person, org or ISO3 ids")
    evidence: Evidences

    @model_validator(mode="after")
    def _codes_match_type(self) -> Event:
        code = EVENT_CODES[self.type]
        if (self.cameo, self.plover) != (code.cameo, code.plover):
            raise ValueError(
                f"event type {self.type!r} has CAMEO {code.cameo} and PLOVER {code.plover}, "
                f"not {self.cameo} and {self.plover}"
            )
        return self


class Agreement(_Model):
    """One instrument (or a group of identical, unnamed ones when only a count is known)."""

    id: FactId
    instrument: Literal["MOU", "agreement", "protocol", "contract", "executive_programme"]
    instrument_ar: NonEmpty = Field(description="The instrument as written (مذكرة تفاهم)")
    count: int | None = Field(
        default=1,
        ge=1,
        description="How many instruments this object stands for; null when the text gives "
        "no number (عدد من مذكرات التفاهم)",
    )
    status: Literal["signed", "planned", "earlier"]
    areas: list[str] = Field(default_factory=list, description="Topic labels")
    area_ar: str | None = Field(default=None, description="The area as written")
    parties: list[str] = Field(default_factory=list, description="ISO3 codes or org ids")
    signatories: list[str] = Field(default_factory=list, description="Person ids")
    evidence: Evidences

    @model_validator(mode="after")
    def _areas_in_vocabulary(self) -> Agreement:
        _check_labels(self.areas)
        return self


class TopicFact(_Model):
    """A topic of the vocabulary as it appears in the article."""

    label: str
    salience: float = Field(ge=0.0, le=1.0, description="Share of the article's topic weight")
    mentions: int = Field(ge=1)
    evidence: Evidences

    @model_validator(mode="after")
    def _label_in_vocabulary(self) -> TopicFact:
        _check_labels([self.label])
        return self


class Statement(_Model):
    """An attributed statement: who, through which reporting verb, said what."""

    id: FactId
    speaker: str | None = Field(description="Person or organization id; None if unresolved")
    speaker_name_ar: NonEmpty
    speaker_name_en: str | None = None
    verb_ar: NonEmpty = Field(description="Reporting verb as written, leading و/ف removed")
    form: Literal["verb", "participle"] = Field(description="Finite verb, or a continuation")
    continues: str | None = Field(default=None, description="Statement this one continues")
    text_ar: NonEmpty = Field(description="What was said, as written")
    gist_en: str | None = Field(default=None, description="English gist (curated only)")
    topics: list[str] = Field(default_factory=list)
    evidence: Evidences

    @model_validator(mode="after")
    def _text_inside_evidence(self) -> Statement:
        _check_labels(self.topics)
        if self.text_ar not in self.evidence[0].text:
            raise ValueError("text_ar must be part of the first evidence span")
        return self


class Source(_Model):
    """One link of the relay chain: a wire agency or an outlet."""

    name_en: NonEmpty
    name_ar: str | None = None
    code: str | None = Field(default=None, description="Agency code (BNA, SPA, MENA, AFP …)")
    evidence: list[Evidence] = Field(default_factory=list)


class SourceChain(_Model):
    """How the text reached the reader: wire → outlet → republisher, and any disclaimer."""

    wire: Source | None = None
    outlet: Source | None = None
    republisher: Source | None = None
    disclaimer: Evidence | None = Field(
        default=None, description="The republisher's note, kept apart from the news content"
    )


class Facts(_Model):
    """All facts of one article."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    provenance: Provenance
    article: Article
    sentences: list[SentenceSpan]
    countries: list[Country] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    topics: list[TopicFact] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    source: SourceChain = Field(default_factory=SourceChain)
    is_cooperation_news: bool
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Facts:
        self._check_references()
        paragraph_ends: dict[int, int] = {}
        for s in self.sentences:
            paragraph_ends[s.paragraph] = max(paragraph_ends.get(s.paragraph, 0), s.end)
        if not self._spans_inside_sentences(paragraph_ends):
            for path, evidence in self.iter_evidence():
                self._check_sentence(path, evidence, paragraph_ends)
        return self

    def _check_references(self) -> None:
        """The checks of :meth:`_consistent` that tie the facts together, in its order:
        sentences numbered in order, ids unique, references resolved, topic labels once
        each; not the spans against the sentences (the extractor made those checks when it
        built each span, see :meth:`analysis.extract.document.Document.evidence`).

        Raises:
            ValueError: the first check that fails.
        """
        for position, sentence in enumerate(self.sentences):
            if sentence.index != position:
                raise ValueError(f"sentences[{position}].index is {sentence.index}")
        # The checks below run without building JSON paths (an f-string per fact, reference
        # and span); only a document that fails is walked again, in the same order, to name
        # the first failure. Measured: Facts(...) 40 → 34 µs per ANT article.
        ids: dict[str, tuple[str, int]] = {}
        for kind in ("people", "organizations", "events", "agreements", "statements"):
            for position, item in enumerate(getattr(self, kind)):
                if item.id in ids:
                    first_kind, first = ids[item.id]
                    raise ValueError(
                        f"{kind}[{position}].id {item.id!r} repeats {first_kind}[{first}]"
                    )
                ids[item.id] = (kind, position)
        known = set(ids) | {c.iso3 for c in self.countries}
        people = {p.id for p in self.people}
        statements = {s.id for s in self.statements}
        if not self._references_resolve(known, people, statements):
            for path, ref, allowed in self._references(known, people, statements):
                if ref not in allowed:
                    raise ValueError(f"{path} refers to unknown id {ref!r}")
        labels = [t.label for t in self.topics]
        if len(set(labels)) != len(labels):
            raise ValueError("topics repeat a label")

    def _references_resolve(
        self, known: set[str], people: set[str], statements: set[str]
    ) -> bool:
        """Whether every reference :meth:`_references` yields resolves."""
        return (
            all(known.issuperset(event.participants) for event in self.events)
            and all(
                known.issuperset(agreement.parties) and people.issuperset(agreement.signatories)
                for agreement in self.agreements
            )
            and all(
                (statement.speaker is None or statement.speaker in known)
                and (statement.continues is None or statement.continues in statements)
                for statement in self.statements
            )
        )

    def _spans_inside_sentences(self, paragraph_ends: dict[int, int]) -> bool:
        """Whether every span passes :meth:`_check_sentence`."""
        sentences = self.sentences
        for evidence in self._evidence():
            if evidence.sentence >= len(sentences):
                return False
            sentence = sentences[evidence.sentence]
            if not (
                sentence.paragraph == evidence.paragraph
                and sentence.start <= evidence.start < sentence.end
                and evidence.end <= paragraph_ends[sentence.paragraph]
            ):
                return False
        return True

    def _evidence(self) -> Iterator[Evidence]:
        """Every evidence span, in :meth:`iter_evidence` order, without its path."""
        for kind in FACT_LISTS:
            for item in getattr(self, kind):
                yield from item.evidence
        source = self.source
        for link in (source.wire, source.outlet, source.republisher):
            if link is not None:
                yield from link.evidence
        if source.disclaimer is not None:
            yield source.disclaimer

    def _references(
        self, known: set[str], people: set[str], statements: set[str]
    ) -> Iterator[tuple[str, str, set[str]]]:
        for i, event in enumerate(self.events):
            for j, ref in enumerate(event.participants):
                yield f"events[{i}].participants[{j}]", ref, known
        for i, agreement in enumerate(self.agreements):
            for j, ref in enumerate(agreement.parties):
                yield f"agreements[{i}].parties[{j}]", ref, known
            for j, ref in enumerate(agreement.signatories):
                yield f"agreements[{i}].signatories[{j}]", ref, people
        for i, statement in enumerate(self.statements):
            if statement.speaker is not None:
                yield f"statements[{i}].speaker", statement.speaker, known
            if statement.continues is not None:
                yield f"statements[{i}].continues", statement.continues, statements

    def _check_sentence(
        self, path: str, evidence: Evidence, paragraph_ends: dict[int, int]
    ) -> None:
        if evidence.sentence >= len(self.sentences):
            raise ValueError(f"{path}.sentence {evidence.sentence} does not exist")
        sentence = self.sentences[evidence.sentence]
        paragraph_end = paragraph_ends[sentence.paragraph]
        if sentence.paragraph != evidence.paragraph:
            raise ValueError(
                f"{path}.paragraph is {evidence.paragraph} but sentence {sentence.index} "
                f"is in paragraph {sentence.paragraph}"
            )
        if not (sentence.start <= evidence.start < sentence.end and evidence.end <= paragraph_end):
            raise ValueError(
                f"{path} span [{evidence.start}, {evidence.end}) is not inside sentence "
                f"{sentence.index} [{sentence.start}, {sentence.end}) and its paragraph"
            )

    def iter_evidence(self) -> Iterator[tuple[str, Evidence]]:
        """Yield every evidence span with its JSON path (``statements[2].evidence[0]``)."""
        for kind in FACT_LISTS:
            for i, item in enumerate(getattr(self, kind)):
                for j, evidence in enumerate(item.evidence):
                    yield f"{kind}[{i}].evidence[{j}]", evidence
        for link in ("wire", "outlet", "republisher"):
            source = getattr(self.source, link)
            if source is not None:
                for j, evidence in enumerate(source.evidence):
                    yield f"source.{link}.evidence[{j}]", evidence
        if self.source.disclaimer is not None:
            yield "source.disclaimer", self.source.disclaimer

    def check_against_text(self, text: str) -> None:
        """Check the facts against the article text they describe.

        Args:
            text: the original article text.

        Raises:
            EvidenceMismatch: the text's hash or length differs from ``article``, a sentence
                lies outside the text, or an evidence quote differs from ``text[start:end]``.
        """
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest != self.article.sha256:
            raise EvidenceMismatch(
                "article.sha256",
                f"the facts were made for text with SHA-256 {self.article.sha256[:12]}…, "
                f"but this text has {digest[:12]}…; re-extract or re-curate the facts",
            )
        if len(text) != self.article.length:
            raise EvidenceMismatch("article.length", f"{self.article.length} != {len(text)}")
        for i, sentence in enumerate(self.sentences):
            if sentence.end > len(text):
                raise EvidenceMismatch(f"sentences[{i}]", "ends after the end of the text")
        for path, evidence in self.iter_evidence():
            actual = text[evidence.start : evidence.end]
            if actual != evidence.text:
                raise EvidenceMismatch(
                    path,
                    f"quotes {evidence.text!r} but the text at "
                    f"[{evidence.start}, {evidence.end}) is {actual!r}",
                )


def _check_labels(labels: list[str]) -> None:
    vocabulary = topic_labels()
    unknown = [label for label in labels if label not in vocabulary]
    if unknown:
        raise ValueError(f"unknown topic label(s) {unknown}; known labels: {', '.join(vocabulary)}")
