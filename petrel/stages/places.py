"""Geocode where each event happened.

Reads: article.events (trigger, sentence), article.mentions, article.focus_country
Adds:  event.place (name, country, admin1, lat/lon, GeoNames id, precision, the mention's span)
       and the country of a party with a sector but no country of its own (the place's), or of the
       unnamed civilian victims of an attack placed in its own or a recent sentence (the place's, not the story's);
       a target (a source, for a protest) inferred from the place when the role names no one of any
       country (``Actor.inferred == "place"``)

A place is a gazetteer name in a locative phrase of the trigger's sentence ("in Kharkiv", "near
the border with Colombia", "in Iraq's Anbar desert"), nearest the trigger. A capital that acts as a
subject or object ("Moscow said", "talks with Washington") is an actor, not a place. Ambiguous
names are read in the light of the article's countries ("Tripoli" in a Lebanon story).

An event whose sentence names no place takes the best place the article offers, marked in
``place.inferred``: the last locative place of the few sentences before it, else the dateline
("GOMA, Congo —"), both ``"article"``; else the article's focus country at country precision
(``"focus"``). Places in the event's own sentence have ``inferred`` None.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from petrel.actors import load_actors
from petrel.gazetteer import GeoPlace, load_gazetteer
from petrel.model import Actor, Article, Event, Place, Sentence, Span
from petrel.pipeline import per_article, stage
from petrel.settings import Options
from petrel.stages.events import TOLLED_TYPES
from petrel.stages.roles import DOMESTIC_SECTORS, is_vague
from petrel.stages.syntax import token_at

LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "across", "around", "inside", "into", "on",
                            "from", "to", "toward", "towards", "within", "throughout", "through"})
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "capital",
                         "port", "state", "county", "suburb", "outskirts", "area", "governorate"})
PLACE_WORDS = PLACE_NOUNS | {"the", "of", "southern", "northern", "eastern", "western", "central", "regional",
                             "port", "frontline", "front-line", "border"}
CAPITALISED = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:al-|el-|de\s+)?[A-Z][\w'’\-]*){0,3}")


# How far back a place named earlier still frames an event: a story moves on within a few sentences.
# Chosen by reading, not tuned (no gold set has event places across sentences).
MAX_SENTENCES_BACK = 3
# A wire dateline at the very start: "GOMA, Congo (Reuters) — ...", "KYIV - ...", "Goma, Congo — ...".
DATELINE = re.compile(r"\s*(?P<city>[A-Z][A-Za-z'’.\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z'’.\- ]{1,40}?))?"
                      r"\s*(?P<agency>\([^()\n]{1,40}\)\s*)?(?:—|–|--?)\s")
DATELINE_CHARS = 120

# A place named in another sentence frames the event only if that sentence put something *in* it: not an
# origin, destination or topic ("ministers from Britain", "aid to Sudan", "talks on a Ukraine ceasefire").
SETTING_PREPS = frozenset({"in", "near", "at", "outside", "inside", "around", "across", "within", "throughout",
                           "of"})

# An act whose target goes unnamed lands on the country where it took place, except a deployment or a
# withdrawal: troops sent to or pulled out of a place do not act on it. Real VOA dev, target country on
# type-matched events, counting a country where the gold names none as wrong: 953 -> 1,242 of 1,582 right;
# MOBILIZE and RETREAT alone would lose 15.
PLACE_NOT_TARGET_TYPES = frozenset({"MOBILIZE", "RETREAT"})
# Protesters nobody names are people of the place (the same count: 66 right, none wrong): civilians.
PLACE_SOURCE_TYPES = {"PROTEST": "CVL"}
# Whom an unnamed target is. A protest is made against the authorities, and so are accusations, demands and
# refusals aimed at a place (real VOA dev, gold sector of the targets this fills: PROTEST GOV 52 of 57, ACCUSE 30
# of 53, REQUEST 11 of 21, REJECT 7 of 11). A state's dealings with a place (a visit, a pledge, a concession,
# sanctions, aid, a threat, backing) are with its government, as a country named in the role is coded GOV
# (session 18: real VOA target sector 769 -> 801 of 1,582; VOA held-out 0.536 -> 0.563, dev 0.712 -> 0.739).
# Coercion (arrests, bans, crackdowns) in a place falls on its people, civilians unless named otherwise (real VOA
# 808 -> 817; held-out 0.563 -> 0.580, dev 0.739 -> 0.754). Attacks land on anyone, and keep no sector.
PLACE_TARGET_SECTORS = {"PROTEST": "GOV", "ACCUSE": "GOV", "REQUEST": "GOV", "REJECT": "GOV",
                        **dict.fromkeys(("CONSULT", "AGREE", "CONCEDE", "SANCTION", "AID", "THREATEN", "SUPPORT"),
                                        "GOV"), "COERCE": "CVL"}

Found = tuple[int, Place, str]  # offset in the article, the place, the preposition that introduced it
PlacesOf = Callable[[int], list[Found]]


def place_events(article: Article, options: Options) -> Article:
    if article.skipped:
        return article
    context = _context_countries(article)
    named = _named_places(article)
    index_of = {s.start: i for i, s in enumerate(article.sentences)}

    @functools.cache
    def places_of(index: int) -> list[Found]:
        return sentence_places(article, index, context, named)

    for event in article.events:
        index = index_of.get(event.sentence.start)
        if index is not None:
            event.place = _object_place(event, article.sentences[index], context, named) \
                or _nearest(places_of(index), event.trigger.start) or _fallback(article, index, places_of, context)
            if not article.focus_country:  # otherwise the roles stage has lent its parties the focus country
                _locals_of_the_place(event)
            else:
                _victims_of_the_place(event, article)
            if options.implied_parties:
                _parties_of_the_place(event)
    return article


def _parties_of_the_place(event: Event) -> None:
    """ "A missile strike in Kherson killed five", "protests spread to Mandalay", "Blinken arrived in Kyiv": an
    act that names no one of any country it lands on is coded against the country where it took place, as the
    dictionary coders code "Kherson" itself, and a protest with no protesters named as made by people of that
    country. The party is added, marked ``inferred="place"``. Deployments and withdrawals are left alone (their
    place is a destination or what is left), and so is a role naming a party of no country on purpose ("the
    West"). ``Options.implied_parties`` (``--named-parties-only``) turns this off."""
    place = event.place
    if place is None or not place.country:
        return
    mention = place.mention
    if mention is not None and event.type not in PLACE_NOT_TARGET_TYPES:
        # "shelled Kherson": a party that is the place itself is of the place's country
        event.source = _of_the_place(event.source, place.country, mention)
        event.target = _of_the_place(event.target, place.country, mention)

    def party(sector: str | None) -> Actor:
        if mention is not None:
            return Actor(mention.text, mention.start, mention.end, place.country, sector, inferred="place")
        # the article's focus country, named by no phrase: no text, an empty span at the trigger
        at = event.trigger.start
        return Actor("", at, at, place.country, sector, place.name, inferred="place")

    if event.type not in PLACE_NOT_TARGET_TYPES and _names_no_country(event.target):
        event.target = [*event.target, party(PLACE_TARGET_SECTORS.get(event.type))]
    if event.type in PLACE_SOURCE_TYPES and _names_no_country(event.source):
        event.source = [*event.source, party(PLACE_SOURCE_TYPES[event.type])]


def _of_the_place(actors: list[Actor], country: str, mention: Span) -> list[Actor]:
    """The parties named by the place's own words, given its country when the dictionaries gave them none."""

    def names_the_place(actor: Actor) -> bool:
        if actor.country or not (actor.start <= mention.start and mention.end <= actor.end):
            return False
        rest = (actor.text[:mention.start - actor.start] + " " + actor.text[mention.end - actor.start:]).lower()
        return all(word in PLACE_WORDS for word in rest.replace(",", " ").split())  # "the city of Kherson"

    return [replace(actor, country=country) if names_the_place(actor) else actor for actor in actors]


def _names_no_country(actors: list[Actor]) -> bool:
    """No party of the role has a country, and none is a vague collective that has none on purpose."""
    return not any(actor.country or is_vague(actor.text) for actor in actors)


def _victims_of_the_place(event: Event, article: Article) -> None:
    """ "Russian shelling killed two people in the southern city of Kherson": victims with no country in their
    own words belong to the country where the act took place, in their sentence or in one just before ("Russian
    forces shelled the city overnight"), not to the story's focus country the roles stage lent them (a story that
    names Russia most is still about Ukrainians killed)."""
    place = event.place
    if event.type not in TOLLED_TYPES or place is None or place.inferred == "focus" or not place.country \
            or place.country == article.focus_country:
        return

    def local(actor: Actor) -> Actor:
        if actor.country != article.focus_country or (actor.sector or "")[:3] != "CVL":
            return actor
        if any(m.country and actor.start <= m.start and m.end <= actor.end for m in article.mentions):
            return actor  # the victims' own words name their country
        return replace(actor, country=place.country)

    event.target = [local(actor) for actor in event.target]


def _locals_of_the_place(event: Event) -> None:
    """ "BLA insurgents ambushed a bus in Kalat": a party of a domestic sector with no country of its own, in an
    article with no focus country to lend it one (``petrel.stages.roles``), belongs to the country where the act
    took place (VOA dev source country coded sentence by sentence 0.597 -> 0.600; no held-out figure moved). Where
    the article has a focus country the roles stage has already decided, leaving vague parties ("Central
    European leaders") without one on purpose."""
    country = event.place.country if event.place is not None else None
    if not country:
        return

    def local(actor: Actor) -> Actor:
        if actor.country or (actor.sector or "")[:3] not in DOMESTIC_SECTORS:
            return actor
        return replace(actor, country=country)

    event.source = [local(actor) for actor in event.source]
    event.target = [local(actor) for actor in event.target]


# Acts of force land where what they strike lies: "Russian forces shelled Kherson", "Kharkiv was hit".
STRUCK_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})
STRUCK_DEPS = frozenset({"dobj", "nsubjpass"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
GROUP_ENTITIES = frozenset({"ORG", "NORP"})
STRUCK_CITY_MIN_POPULATION = 50_000


def _named_places(article: Article) -> dict[int, str]:
    """The countries the actor dictionaries give the cities and capitals the article names, by offset."""
    return {m.start: m.country for m in article.mentions
            if m.kind in ("city", "capital") and m.country and len(m.country) == 3}


def _object_place(event: Event, sentence: Sentence, context: tuple[str, ...],
                  named: dict[int, str]) -> Place | None:
    """The place an act of force strikes, named as its object ("shelled Kherson", "shelled the city of Kherson",
    "Kharkiv was shelled", "an attack against Odesa"): that is where it happened, before any other place in the
    sentence ("shelled Kherson from positions across the river")."""
    if event.type not in STRUCK_PLACE_TYPES or sentence.doc is None:
        return None
    trigger = token_at(sentence, event.trigger.start)
    if trigger is None:
        return None
    struck = [c for c in trigger.children if c.dep_ in STRUCK_DEPS]
    if trigger.dep_ == "nsubj":  # "a missile strike hit Kherson": the noun's verb names what it struck
        struck += [c for c in trigger.head.children if c.dep_ == "dobj"]
    struck += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "against"
               for g in c.children if g.dep_ == "pobj"]
    for word in struck:
        if word.ent_type_ in PLACE_ENTITIES or word.lemma_.lower() in PLACE_NOUNS:  # "the city of Kherson"
            for start, end, geo in _places_in(word, sentence.offset, context, named):
                return _place(geo, Span(sentence.text[start - sentence.start:end - sentence.start], start, end))
        elif word.pos_ == "PROPN" and word.ent_type_ not in GROUP_ENTITIES:  # "shelled Kherson"
            name = word.doc[min([word.i, *(c.i for c in word.children if c.dep_ == "compound")]):word.i + 1]
            known = named.get(name.start_char + sentence.offset)
            geo = load_gazetteer().resolve(name.text, countries=(known, *context) if known else context)
            # the parser's entities often call a city a person; a town of the gazetteer's would too often be one
            if geo is not None and (geo.precision != "city" or geo.population >= STRUCK_CITY_MIN_POPULATION):
                start = name.start_char + sentence.offset
                return _place(geo, Span(name.text, start, start + len(name.text)))
    return None


def _nearest(found: list[Found], at: int) -> Place | None:
    return min(found, key=lambda item: abs(item[0] - at))[1] if found else None


def _fallback(article: Article, index: int, places_of: PlacesOf, context: tuple[str, ...]) -> Place | None:
    """The best place outside the event's sentence: a recent sentence's, the dateline's, the focus country."""
    for earlier in range(index - 1, max(index - MAX_SENTENCES_BACK, 0) - 1, -1):
        found = [item for item in places_of(earlier) if item[2] in SETTING_PREPS]
        if found:
            return replace(max(found, key=lambda item: item[0])[1], inferred="article")
    dateline = dateline_place(article.text, context)
    if dateline is not None:
        return replace(dateline, inferred="article")
    geo = country_place(article.focus_country) if article.focus_country else None
    return replace(_place(geo, None), inferred="focus") if geo else None


def dateline_match(text: str) -> re.Match[str] | None:
    """The wire dateline opening the text ("GOMA, Congo (Reuters) — "), if there is one.

    "Russia - Ukraine talks resumed" is no dateline: one is in capitals, or names a region or an agency.
    """
    match = DATELINE.match(text[:DATELINE_CHARS])
    if match is None or not (match["city"].isupper() or match["region"] or match["agency"]):
        return None
    return match


def dateline_place(text: str, context: tuple[str, ...] = ()) -> Place | None:
    """The city of a dateline opening the text.

    >>> dateline_place("GOMA, Congo (Reuters) — Rebels attacked the town.").name
    'Goma'
    """
    match = dateline_match(text)
    if match is None:
        return None
    gazetteer = load_gazetteer()
    region = gazetteer.resolve(match["region"].title()) if match["region"] else None
    countries = (region.country, *context) if region else context
    geo = gazetteer.resolve(match["city"].strip().title(), countries=countries)
    if geo is None:
        return None
    start, end = match.start("city"), match.start("city") + len(match["city"].strip())
    return _place(geo, Span(text[start:end], start, end))


def country_place(code: str) -> GeoPlace | None:
    """The gazetteer's row for a country (ISO alpha-3).

    >>> country_place("COD").name
    'Democratic Republic of the Congo'
    """
    return _country_places().get(code)


@functools.cache
def _country_places() -> dict[str, GeoPlace]:
    """Country rows by ISO alpha-3, found once through the country names of the actor dictionary (the
    gazetteer is indexed by name only)."""
    gazetteer, actors = load_gazetteer(), load_actors()
    rows: dict[str, GeoPlace] = {}
    for phrase, entries in actors.phrases.items():
        codes = {e.country for e in entries if e.kind == "country" and e.country and e.country not in rows}
        geo = gazetteer.resolve(actors.surfaces[phrase]) if codes else None
        if geo is not None and geo.feature == "country" and geo.country in codes:
            rows[geo.country] = geo
    return rows


def _context_countries(article: Article) -> tuple[str, ...]:
    ordered: list[str] = []
    for country in [article.focus_country, *(m.country for m in article.mentions)]:
        if country and len(country) == 3 and country not in ordered:
            ordered.append(country)
    return tuple(ordered)


def sentence_places(article: Article, index: int, context: tuple[str, ...],
                    named: dict[int, str] | None = None) -> list[Found]:
    """The gazetteer places in locative phrases of one sentence, with their offsets and prepositions."""
    sentence = article.sentences[index]
    if sentence.doc is None:
        return []
    found: list[Found] = []
    for token in sentence.doc:
        if token.dep_ != "pobj" or not _locative(token.head):
            continue
        hits = _places_in(token, sentence.offset, context, named)
        for start, end, geo in hits:
            found.append((start, _place(geo, Span(article.text[start:end], start, end)), token.head.lower_))
        if not hits and (country := _dictionary_country(article, token, sentence.offset)) is not None:
            found.append(country)
    return found


def _dictionary_country(article: Article, token: Any, offset: int) -> Found | None:
    """A country named in a locative phrase that the gazetteer's name matching misses ("in the U.S.", "to
    Northern Mali") or does not know (a user's own dictionary's: PETRARCH's "in Gondor"), as the actor
    dictionaries resolved it: a place at country precision, with no coordinates."""
    start = token.idx + offset
    for mention in article.mentions:
        if mention.kind == "country" and mention.start == start and mention.country and len(mention.country) == 3:
            place = Place(name=mention.name or mention.text, country=mention.country, lat=None, lon=None,
                          precision="country", mention=Span(mention.text, mention.start, mention.end))
            return mention.start, place, token.head.lower_
    return None


def _locative(preposition: Any) -> bool:
    """ "in", "near"...; and "of" after a place noun ("the city of Kharkiv")."""
    if preposition.lower_ == "of":
        return preposition.head.lemma_.lower() in PLACE_NOUNS
    return preposition.lower_ in LOCATIVE_PREPS


def _places_in(token: Any, offset: int, context: tuple[str, ...],
               named: dict[int, str] | None = None) -> list[tuple[int, int, GeoPlace]]:
    """Gazetteer names inside the phrase of a preposition's object, most specific first. A name the actor
    dictionaries code to a country (``named``, by offset) is read as that country's place first: "Geneva" is
    Switzerland's in a story about U.S. talks."""
    gazetteer = load_gazetteer()
    # The phrase is the contiguous stretch between the subtree's edges; reading Doc.text instead would
    # rebuild the whole document's text for every phrase.
    phrase = token.doc[token.left_edge.i:token.right_edge.i + 1]
    first, text = phrase.start_char, phrase.text
    hits = []
    for match in CAPITALISED.finditer(text):
        name = match.group(0).removesuffix("'s").removesuffix("’s")
        start = first + match.start() + offset
        known = (named or {}).get(start)
        geo = gazetteer.resolve(name, countries=(known, *context) if known else context)
        if geo is not None:
            hits.append((start, start + len(name), geo))
    rank = {"city": 0, "admin1": 1, "country": 2}
    return sorted(hits, key=lambda hit: rank.get(hit[2].precision, 3))[:1]


def _place(geo: GeoPlace, mention: Span | None) -> Place:
    return Place(name=geo.name, country=geo.country, lat=geo.lat, lon=geo.lon, precision=geo.precision,
                 geonameid=geo.geonameid, admin1=geo.admin1, mention=mention)


stage("places", reads=("article.events", "article.mentions", "article.focus_country"),
      adds=("event.place", "event.source", "event.target"))(per_article(place_events))
