"""Entities found in a document and every place they are mentioned.

Extraction steps hand entities to later steps (speakers for statements, parties for
agreements, participants for events) as :class:`Entity` objects: the schema fact plus its
mentions, including short forms ("مايوركاس") and bare titles ("وزير الداخلية") that refer
back to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from analysis.schema import Country, Organization, Person

__all__ = ["Entity", "Mention"]


class Mention(NamedTuple):
    """One place an entity is named or referred to (a named tuple: an article has a few
    dozen, and a tuple is built three times as fast as a frozen dataclass).

    Attributes:
        start: original offset of the mention (clitics excluded).
        end: original offset just after it.
        first_token: index of its first token in ``Document.tokens``.
        last_token: index of its last token (inclusive).
        sentence: sentence index.
        kind: how it refers: ``name`` (full name), ``short`` (later short form),
            ``title`` (an office title standing for the person), ``nisba`` (an adjective
            such as البحريني), ``capital`` (a capital standing for its government), ``alias``.
    """

    start: int
    end: int
    first_token: int
    last_token: int
    sentence: int
    kind: Literal["name", "short", "title", "nisba", "capital", "alias"] = "name"


@dataclass
class Entity:
    """A fact of the schema (person, organization or country) with its mentions."""

    fact: Person | Organization | Country
    mentions: list[Mention] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The id used in references: person/org id, or the country's ISO3 code."""
        return self.fact.iso3 if isinstance(self.fact, Country) else self.fact.id
