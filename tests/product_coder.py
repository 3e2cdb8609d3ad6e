"""The whole product (``petrel.code``, every stage) on sentences built by hand, for tests of what a user gets."""

from __future__ import annotations

import petrel

PUBLISHED = "2024-05-01"


def events_of(text: str) -> list[petrel.Event]:
    return petrel.code(text, published=PUBLISHED)


def types_of(text: str) -> list[str]:
    return [event.type for event in events_of(text)]
