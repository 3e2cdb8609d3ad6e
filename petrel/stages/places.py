"""Geocode where each event happened.

Reads: article.events (trigger, sentence), article.mentions, article.focus_country
Adds:  event.place (name, country, admin1, lat/lon, GeoNames id, precision, the mention's span)

A place is a gazetteer name in a locative phrase of the trigger's sentence ("in Kharkiv", "near
the border with Colombia", "in Iraq's Anbar desert"), nearest the trigger. A capital that acts as a
subject or object ("Moscow said", "talks with Washington") is an actor, not a place. Ambiguous
names are read in the light of the article's countries ("Tripoli" in a Lebanon story).
"""

from __future__ import annotations

import re
from typing import Any

from petrel.gazetteer import GeoPlace, load_gazetteer
from petrel.model import Article, Event, Place, Span
from petrel.pipeline import per_article, stage
from petrel.settings import Options

LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "across", "around", "inside", "into", "on",
                            "from", "to", "toward", "towards", "within", "throughout", "through"})
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "capital",
                         "port", "state", "county", "suburb", "outskirts", "area", "governorate"})
CAPITALISED = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:al-|el-|de\s+)?[A-Z][\w'’\-]*){0,3}")


def place_events(article: Article, options: Options) -> Article:
    if article.skipped:
        return article
    sentences = {s.start: s for s in article.sentences}
    context = _context_countries(article)
    for event in article.events:
        sentence = sentences.get(event.sentence.start)
        if sentence is not None:
            event.place = locate(article, event, sentence.doc, sentence.offset, context)
    return article


def _context_countries(article: Article) -> tuple[str, ...]:
    ordered: list[str] = []
    for country in [article.focus_country, *(m.country for m in article.mentions)]:
        if country and len(country) == 3 and country not in ordered:
            ordered.append(country)
    return tuple(ordered)


def locate(article: Article, event: Event, sent: Any, offset: int, context: tuple[str, ...]) -> Place | None:
    """The gazetteer place in a locative phrase of the sentence nearest the trigger, if any."""
    found: list[tuple[int, Place]] = []
    for token in sent:
        if token.dep_ != "pobj" or not _locative(token.head):
            continue
        for start, end, geo in _places_in(token, offset, context):
            distance = abs(start - event.trigger.start)
            found.append((distance, _place(geo, Span(article.text[start:end], start, end))))
    return min(found, key=lambda item: item[0])[1] if found else None


def _locative(preposition: Any) -> bool:
    """ "in", "near"...; and "of" after a place noun ("the city of Kharkiv")."""
    if preposition.lower_ == "of":
        return preposition.head.lemma_.lower() in PLACE_NOUNS
    return preposition.lower_ in LOCATIVE_PREPS


def _places_in(token: Any, offset: int, context: tuple[str, ...]) -> list[tuple[int, int, GeoPlace]]:
    """Gazetteer names inside the phrase of a preposition's object, most specific first."""
    gazetteer = load_gazetteer()
    first = min(t.idx for t in token.subtree)
    last = max(t.idx + len(t.text) for t in token.subtree)
    text = token.doc.text[first:last]
    hits = []
    for match in CAPITALISED.finditer(text):
        name = match.group(0).removesuffix("'s").removesuffix("’s")
        geo = gazetteer.resolve(name, countries=context)
        if geo is not None:
            start = first + match.start() + offset
            hits.append((start, start + len(name), geo))
    rank = {"city": 0, "admin1": 1, "country": 2}
    return sorted(hits, key=lambda hit: rank.get(hit[2].precision, 3))[:1]


def _place(geo: GeoPlace, mention: Span) -> Place:
    return Place(name=geo.name, country=geo.country, lat=geo.lat, lon=geo.lon, precision=geo.precision,
                 geonameid=geo.geonameid, admin1=geo.admin1, mention=mention)


stage("places", reads=("article.events", "article.mentions", "article.focus_country"),
      adds=("event.place",))(per_article(place_events))
