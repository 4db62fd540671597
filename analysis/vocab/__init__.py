"""Controlled vocabularies of Bayan facts: cooperation topics and event types.

The topic vocabulary is data (``topics.json`` beside this file) so analysts can read and
review it without reading code; event types carry their CAMEO and PLOVER codes here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["EVENT_CODES", "EventCode", "Topic", "load_topics", "topic_labels"]

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Topic:
    """One entry of the topic vocabulary."""

    label: str
    group: str
    name_en: str
    name_ar: str


@dataclass(frozen=True, slots=True)
class EventCode:
    """CAMEO and PLOVER codes of an event type.

    PLOVER has no category for a bare statement (it dropped CAMEO's 01 "make public
    statement"), so ``plover`` is ``None`` for statements.
    """

    cameo: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None


EVENT_CODES: dict[str, EventCode] = {
    "meeting": EventCode("040", "Consult, not specified below", "CONSULT", "meet"),
    "visit": EventCode("042", "Make a visit", "CONSULT", "visit"),
    "agreement_signing": EventCode("057", "Sign formal agreement", "AGREE", None),
    "statement": EventCode("010", "Make statement, not specified below", None, None),
    "call": EventCode("041", "Discuss by telephone", "CONSULT", "phone"),
}


@cache
def load_topics() -> dict[str, Topic]:
    """Read the topic vocabulary.

    Returns:
        Topics keyed by label, in vocabulary order.
    """
    data = json.loads((_HERE / "topics.json").read_text(encoding="utf-8"))
    return {t["label"]: Topic(**t) for t in data["topics"]}


def topic_labels() -> tuple[str, ...]:
    """Return the topic labels in vocabulary order."""
    return tuple(load_topics())
