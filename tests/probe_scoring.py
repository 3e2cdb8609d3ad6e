"""Shared scoring of probe sets (codebook probes, headline probes): each probe coded once, then the share whose
most confident event has the probed type and the share of no-event probes that code nothing, with failure
messages that list the misses by expected type."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import petrel

PUBLISHED = date(2024, 5, 1)


@dataclass(frozen=True)
class Outcome:
    text: str
    expected: str | None
    top_type: str | None
    coded_types: tuple[str, ...]


def code_probes(probes: list[dict[str, str | None]], type_field: str) -> list[Outcome]:
    """Every probe coded once, in one batch."""
    articles = [petrel.Article(text=str(probe["text"]), published=PUBLISHED) for probe in probes]
    results = []
    for probe, article in zip(probes, petrel.code_many(articles), strict=True):
        top = max(article.events, key=lambda event: event.confidence) if article.events else None
        coded = tuple(event.type for event in article.events)
        results.append(Outcome(str(probe["text"]), probe[type_field], top.type if top else None, coded))
    return results


def top_type_share(outcomes: list[Outcome]) -> tuple[float, str]:
    """The share of typed probes whose most confident event has the probed type, and the misses listed."""
    typed = [outcome for outcome in outcomes if outcome.expected is not None]
    misses = [outcome for outcome in typed if outcome.top_type != outcome.expected]
    return 1 - len(misses) / len(typed), misses_by_type(misses)


def no_event_share(outcomes: list[Outcome]) -> tuple[float, str]:
    """The share of no-event probes that code nothing, and those that code something listed."""
    empty = [outcome for outcome in outcomes if outcome.expected is None]
    coded = [outcome for outcome in empty if outcome.coded_types]
    return 1 - len(coded) / len(empty), misses_by_type(coded)


def misses_by_type(misses: list[Outcome]) -> str:
    grouped: dict[str, list[str]] = defaultdict(list)
    for miss in misses:
        grouped[str(miss.expected)].append(f"    got {miss.top_type} {list(miss.coded_types)}: {miss.text}")
    return "\n".join(f"{name} ({len(lines)} missed)\n" + "\n".join(lines) for name, lines in sorted(grouped.items()))
