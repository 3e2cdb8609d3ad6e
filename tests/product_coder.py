"""The whole product (``petrel.code``, every stage) on sentences built by hand, for tests of what a user gets."""

from __future__ import annotations

import petrel

PUBLISHED = "2024-05-01"


def events_of(text: str) -> list[petrel.Event]:
    return petrel.code(text, published=PUBLISHED)


def types_of(text: str) -> list[str]:
    return [event.type for event in events_of(text)]


def top_type(text: str) -> str | None:
    """The type of the most confident event, or None when nothing is coded."""
    events = events_of(text)
    return max(events, key=lambda event: event.confidence).type if events else None
