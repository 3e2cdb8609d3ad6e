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
