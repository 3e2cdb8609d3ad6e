"""The one data model every stage reads and writes.

An :class:`Article` goes in; stages add sentences, actor mentions and events to it. Every span is a
pair of character offsets into ``article.text`` (Unicode code points, end exclusive), so
``article.text[span.start:span.end] == span.text`` holds for everything petrel outputs.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Factuality = Literal["asserted", "reported", "hedged", "hypothetical", "negated", "failed"]
FACTUALITY_VALUES: tuple[Factuality, ...] = (
    "asserted",
    "reported",
    "hedged",
    "hypothetical",
    "negated",
    "failed",
)
Precision = Literal["day", "month", "year"]


def article_id(text: str, url: str | None = None) -> str:
    """Return a stable id: the same text from the same URL always gets the same id.

    >>> article_id("Troops  shelled the town.") == article_id("Troops shelled the town.")
    True
    """
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    digest = hashlib.blake2b(f"{url or ''}\0{normalised}".encode(), digest_size=16)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts or is acted upon: a text span coded to country and sector."""

    text: str
    start: int
    end: int
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    # None when the text names the party; "place" when the event names no party in this role and the party is
    # read as the country where the act took place (``petrel.stages.places``). Its span is then the place's
    # mention; when the place is the article's focus country, named by no phrase, the text is empty, the span
    # empty at the trigger, and ``name`` is the country's.
    inferred: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
            "inferred": self.inferred,
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who makes the claim that an event happened, and how."""

    text: str
    start: int
    end: int
    kind: str = "named_source"
    cue: str | None = None
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(frozen=True, slots=True)
class When:
    """When an event happened, at the precision the text allows."""

    value: str | None
    precision: Precision | None
    expression: Span | None = None
    defaulted: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, geocoded against the bundled gazetteer."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str
    geonameid: int | None = None
    admin1: str | None = None
    mention: Span | None = None
    # None when the place is named in the event's own sentence; "article" when it is taken from
    # elsewhere in the article (a dateline, an earlier sentence); "focus" for the article's focus country.
    inferred: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "geonameid": self.geonameid,
            "admin1": self.admin1,
            "text": self.mention.text if self.mention else None,
            "start": self.mention.start if self.mention else None,
            "end": self.mention.end if self.mention else None,
            "inferred": self.inferred,
        }


@dataclass(slots=True)
class Mention:
    """An actor-like phrase found in the text (a country, an agent noun, a named person...)."""

    text: str
    start: int
    end: int
    country: str | None
    sector: str | None
    name: str | None
    kind: str


@dataclass(slots=True)
class Sentence:
    """One sentence of an article, with its parse kept for the stages that follow."""

    text: str
    start: int
    end: int
    doc: Any = None  # spaCy Span; dropped before results leave the pipeline
    offset: int = 0  # add to a token's ``idx`` to get its offset in the article text


@dataclass(slots=True)
class Event:
    """One coded event: who did what to whom, with its evidence."""

    article_id: str
    type: str
    trigger: Span
    sentence: Span
    mode: str | None = None
    cameo: str | None = None
    context: list[str] = field(default_factory=list)
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    factuality: Factuality = "asserted"
    attribution: Attribution | None = None
    when: When | None = None
    place: Place | None = None
    confidence: float = 0.5
    index: int = 0
    # Not part of the record: the event's code already says it did not happen ("NOT * RELATIONS [112]" in a
    # user's verb dictionary codes the refusal), so a "not" is no reason to call it negated.
    negation_in_code: bool = False

    @property
    def id(self) -> str:
        return f"{self.article_id}-{self.index}"

    def to_dict(self) -> dict[str, Any]:
        """Return the public event record (the CLI's JSON Lines contract)."""
        when = self.when
        return {
            "id": self.id,
            "article_id": self.article_id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "context": list(self.context),
            "source": [actor.to_dict() for actor in self.source],
            "target": [actor.to_dict() for actor in self.target],
            "factuality": self.factuality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "date": when.value if when else None,
            "date_precision": when.precision if when else None,
            "date_text": when.expression.text if when and when.expression else None,
            "date_defaulted": when.defaulted if when else None,
            "place": self.place.to_dict() if self.place else None,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Article:
    """A news article and everything the stages add to it."""

    text: str
    id: str = ""
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # where it came from: "file.jsonl:12"
    external_id: str | None = None  # the id the input gave the article, if any
    language: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    focus_country: str | None = None
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None  # why the article was not coded (a numbered message)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text, self.url)

    def span(self, start: int, end: int) -> Span:
        """Return the span of the article text between two offsets."""
        return Span(self.text[start:end], start, end)
