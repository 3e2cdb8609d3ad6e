"""The rule coder alone, for tests of coding on sentences built by hand.

Later stages (the learned classifier, factuality) may add or retype events, so tests of the rules run
the parse, mention and event stages only.
"""

from __future__ import annotations

from datetime import date

from petrel.model import Article, Event
from petrel.pipeline import run

PUBLISHED = date(2024, 5, 16)
CODING_STAGES = ("parse", "mentions", "events")


def coded(text: str, published: date = PUBLISHED) -> Article:
    [article] = run([Article(text=text, published=published)], stages=CODING_STAGES)
    return article


def events_of(text: str) -> list[Event]:
    return coded(text).events


def triggers_coded(text: str) -> list[tuple[str, str | None, str]]:
    """(type, mode, trigger text) of each event the rules code in the text."""
    return [(event.type, event.mode, event.trigger.text) for event in events_of(text)]


def types_at(text: str, word: str) -> list[str]:
    """The types of the events whose trigger is the given word."""
    return [event.type for event in events_of(text) if event.trigger.text == word]
