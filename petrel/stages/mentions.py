"""Find actor mentions: dictionary phrases (countries, demonyms, capitals, people, organisations,
armed groups) and agent nouns ("police", "opposition lawmakers"), resolved at the article's date.

People the dictionaries do not know take the country and sector of their title ("U.S. President
Donald Trump", "Vladimir Padrino, the defense minister"); a later surname ("Trump") or an acronym
defined in brackets ("Baloch Liberation Army (BLA)") stands for the same actor.

Reads: article.sentences (parse), article.published
Adds:  article.mentions, article.focus_country (the country the article is mostly about)
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from petrel.actors import SPEAKS_FOR, STATE_KINDS, ActorDictionary, load_actors
from petrel.model import Article, Mention
from petrel.nlp import load_nlp
from petrel.pipeline import per_article, stage
from petrel.settings import Options
from petrel.stages.parse import dateline_end, ordinary_words
from petrel.stages.syntax import hyphenated_parts

NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"})
PLACE_KINDS = frozenset({"country", "demonym", "capital", "city"})
# "Full Name (ACRONYM)" or "Full Name, or ACRONYM,": the capitals name the same actor later in the article.
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9&\-]{1,9})\)|,\s+or\s+([A-Z][A-Z0-9&\-]{1,9})\b(?=[,.;)]|\s+[a-z])")
# Words of an unknown organisation's name that do not say whose it is: with no place in the name,
# "Rapid Support Forces" or "Arakan Army" may be a state's force or its enemy.
# A word joined by hyphens ("U.S.-China", "Washington-Seoul"); each token found is then checked part by part.
HYPHENATED = re.compile(r"[^\s\-]+(?:-[^\s\-]+)+")
GENERIC_NAME_WORDS = frozenset({"forces", "force", "army", "militia", "front", "movement", "group", "guard"})
TITLE_KINDS = frozenset({"country", "demonym", "capital", "organisation", "group", "agent"})


@functools.cache
def _matcher(extra_files: tuple[str, ...]) -> tuple[Any, ActorDictionary]:
    from spacy.matcher import PhraseMatcher

    nlp = load_nlp()
    dictionary = load_actors(extra_files)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("ACTOR", list(nlp.tokenizer.pipe(dictionary.surfaces.values())))
    matcher.add("AGENT", list(nlp.tokenizer.pipe(dictionary.agents)))
    return matcher, dictionary


def find_mentions(article: Article, options: Options) -> Article:
    """Match the dictionaries against each parsed piece of the article."""
    if article.skipped:
        return article
    from spacy.util import filter_spans

    matcher, dictionary = _matcher(tuple(options.actor_files))
    docs = {id(s.doc.doc): (s.doc.doc, s.offset) for s in article.sentences}
    surnames: set[str] = set()  # state names that end a person's name in this article ("Volker Turk")
    for doc, offset in docs.values():
        matched = filter_spans(matcher(doc, as_spans=True))
        surnames |= {span.text for span in matched if _a_surname(span, dictionary)}
        spans = [span for span in matched if span.text not in surnames and not _a_compass_part(span)]
        found = [member for span in spans if (m := _mention(span, offset, dictionary, article))
                 for member in _members(m, dictionary, article)]
        found = _named_institutions(doc, found, offset)
        covered = {i for span in spans for i in range(span.start, span.end)}
        found += _hyphenated_places(doc, covered, offset, dictionary, article)
        found.sort(key=lambda m: m.start)
        article.mentions += found
        article.mentions += [_titled(_person(ent, offset), ent, offset, found) for ent in doc.ents
                             if ent.label_ == "PERSON" and not covered & set(range(ent.start, ent.end))]
    article.mentions += _dateline_mentions(article, matcher, dictionary)
    article.mentions.sort(key=lambda m: m.start)
    _link_surnames(article.mentions)
    article.mentions += _acronym_mentions(article)
    article.mentions.sort(key=lambda m: m.start)
    article.focus_country = focus_country([m for m in article.mentions if not _opposed(m, article.text)])
    return article


def _a_surname(span: Any, dictionary: ActorDictionary) -> bool:
    """Whether a one-word state name ends a person's name: "Volker Turk", "Jim Jordan" (not "Nazi Germany",
    "United Russia", "Wednesday Beijing"). The given name before it is capitalised, unknown to the
    dictionaries and no ordinary word."""
    if len(span) != 1 or span.label_ != "ACTOR" or span.start == 0 or span[0].pos_ != "PROPN":
        return False
    if not any(entry.kind in STATE_KINDS for entry in dictionary.phrases.get(span.text.lower(), [])):
        return False
    given = span.doc[span.start - 1]
    return given.pos_ == "PROPN" and given.head == span[0] and given.dep_ in ("compound", "flat") \
        and given.text[:1].isupper() and given.ent_type_ in ("", "PERSON") and span[0].ent_type_ in ("", "PERSON") \
        and given.lower_ not in dictionary.phrases and given.lower_ not in dictionary.agents \
        and given.lower_ not in ordinary_words()


# One-word compass names the dictionaries read as the two Koreas ("the North", "the South").
COMPASS_WORDS = frozenset({"north", "south"})


def _a_compass_part(span: Any) -> bool:
    """ "Makoni South", "Darfur North": a compass word after a capitalised name is part of that place's name, not
    the Korea "the South" stands for."""
    if len(span) != 1 or span.label_ != "ACTOR" or span.start == 0 or span[0].lower_ not in COMPASS_WORDS:
        return False
    before = span.doc[span.start - 1]
    return before.text[:1].isupper() and before.is_alpha and not before.is_sent_start


def _opposed(mention: Mention, text: str) -> bool:
    """A name that says whom something is against ("anti-American protests"), not where the story is."""
    return text[max(0, mention.start - 5):mention.start].lower() == "anti-"


def _mention(span: Any, offset: int, dictionary: ActorDictionary, article: Article) -> Mention | None:
    text, start, end = span.text, span.start_char + offset, span.end_char + offset
    if span.label_ == "AGENT":
        if span.root.pos_ == "VERB":
            return None  # "to train pilots", "to police the border": a role noun only as a noun
        sector, secondary = dictionary.agents[text.lower()]
        return Mention(text, start, end, None, sector + (secondary or ""), None, "agent")
    surface = dictionary.surfaces[text.lower()]
    if text.islower() and surface[:1].isupper():
        return None  # a name written in lower case is a common word: "the north", "turkey"
    if surface.isupper() and len(surface) <= 4 and text != surface:
        return None  # an acronym matches only in capitals: "UN", not the "Un" of "Kim Jong Un"
    entry = dictionary.resolve(text, article.published)
    if entry is None:
        return None
    return Mention(text, start, end, entry.country, entry.sector, entry.name, entry.kind)


def _members(mention: Mention, dictionary: ActorDictionary, article: Article) -> list[Mention]:
    """A compound actor's mention stands for each of its members ("the Shire": FRO, BIL and SAM)."""
    entries = dictionary.members(mention.text, article.published) if mention.kind != "agent" else []
    return [Mention(mention.text, mention.start, mention.end, e.country, e.sector, e.name, e.kind)
            for e in entries] or [mention]


def _hyphenated_places(doc: Any, covered: set[int], offset: int, dictionary: ActorDictionary,
                       article: Article) -> list[Mention]:
    """The places of one token joined by a hyphen ("U.S.-China talks", "U.S.-Taliban deal"): each is an actor.

    Only when every part is a dictionary name, so "U.S.-backed" or "Russian-speaking" stay unmatched.
    """
    found: list[Mention] = []
    hyphenated = {token.i: token for match in HYPHENATED.finditer(doc.text)  # most tokens have no hyphen
                  for token in doc.char_span(match.start(), match.end(), alignment_mode="expand") or []
                  if "-" in token.text}
    for token in hyphenated.values():
        parts = hyphenated_parts(token.text)
        if token.i in covered or not parts:
            continue
        starts = [token.idx + offset + len("-".join(parts[:n])) + (1 if n else 0) for n in range(len(parts))]
        mentions = [_part_mention(part, start, dictionary, article) for part, start in zip(parts, starts, strict=True)]
        found += [m for m in mentions if m is not None] if all(mentions) else []
    return found


def _part_mention(part: str, start: int, dictionary: ActorDictionary, article: Article) -> Mention | None:
    """A name written with a capital that the dictionary knows, as one part of a hyphenated token."""
    surface = dictionary.surfaces.get(part.lower())
    if surface is None or not part[:1].isupper():
        return None
    entry = dictionary.resolve(part, article.published)
    if entry is None:
        return None
    return Mention(part, start, start + len(part), entry.country, entry.sector, entry.name, entry.kind)


def _dateline_mentions(article: Article, matcher: Any, dictionary: ActorDictionary) -> list[Mention]:
    """The places of a dateline (left out of the parse): they count towards the article's focus country."""
    end = dateline_end(article.text)
    if not end:
        return []
    from spacy.util import filter_spans

    doc = load_nlp().make_doc(article.text[:end])
    spans = filter_spans(matcher(doc, as_spans=True))
    found = [m for span in spans if (m := _mention(span, 0, dictionary, article))]
    return [m for m in found if m.kind in PLACE_KINDS]


def _named_institutions(doc: Any, found: list[Mention], offset: int) -> list[Mention]:
    """Merge the agent words of an institution's proper name into one organisation mention.

    "Somalia's National Intelligence and Security Agency" is one actor, coded by the agent noun of its
    name (SPY), so that its acronym and later uses ("NISA said") carry that sector. Names with a
    dictionary entry inside them are left to the dictionary.
    """
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        start, end = ent.start_char + offset, ent.end_char + offset
        within = [m for m in found if start <= m.start and m.end <= end]
        agents = [m for m in within if m.kind == "agent"]
        if not agents or any(m.kind not in ("agent", *PLACE_KINDS) for m in within):
            continue
        name_start = _after_places(ent, offset, [m for m in within if m.kind in PLACE_KINDS])
        head_start = ent.root.idx + offset
        sector = next((m.sector for m in agents if m.start <= head_start < m.end), agents[0].sector)
        if all(m.text.lower() in GENERIC_NAME_WORDS for m in agents) and not any(m.kind in PLACE_KINDS
                                                                                 for m in within):
            sector = None  # "Rapid Support Forces", "Arakan Army": any side may name itself so
        text = ent.doc.text[name_start - offset:end - offset]
        found = [m for m in found if m not in agents]
        found.append(Mention(text, name_start, end, None, sector, text, "organisation"))
    return sorted(found, key=lambda m: m.start)


def _after_places(ent: Any, offset: int, places: list[Mention]) -> int:
    """Where the name proper starts: after a leading place and its possessive ("Somalia's")."""
    last = max((m.end for m in places), default=None)
    tokens = [t for t in ent if last is None or t.idx + offset >= last]
    while tokens and (tokens[0].tag_ == "POS" or tokens[0].lower_ == "the"):
        tokens.pop(0)
    return (tokens[0].idx if tokens else ent.start_char) + offset


def _person(ent: Any, offset: int) -> Mention:
    return Mention(ent.text, ent.start_char + offset, ent.end_char + offset, None, None, None, "person")


def _titled(person: Mention, ent: Any, offset: int, found: list[Mention]) -> Mention:
    """Give an unknown person the country and sector of their title or apposition."""
    ranges = _title_ranges(ent)
    inside = [m for m in found if m.kind in TITLE_KINDS
              and any(start <= m.start - offset and m.end - offset <= end for start, end in ranges)]
    person.country = next((m.country for m in inside if m.country), None)
    speaking = [m for m in inside if m.kind == "agent" and m.text.lower() in SPEAKS_FOR]
    behalf = [m for m in inside if m.sector and m not in speaking]
    titles = [m for m in behalf if m.kind == "agent"] if behalf else speaking
    person.sector = next((m.sector for m in reversed(titles) if m.sector),
                         next((m.sector for m in behalf if m.sector), None))
    person.name = ent.text if person.country or person.sector else None
    return person


def _title_ranges(ent: Any) -> list[tuple[int, int]]:
    """Character ranges (in the parsed piece) of the words that describe a person: title and appositions."""
    root = ent.root
    ranges = [(root.left_edge.idx, ent.start_char)]
    ranges += [(child.left_edge.idx, child.right_edge.idx + len(child.right_edge)) for child in root.children
               if child.dep_ == "appos"]
    if root.dep_ == "appos":  # "the defense minister, Vladimir Padrino"
        head = root.head
        ranges.append((head.left_edge.idx, head.idx + len(head)))
    return ranges


def _link_surnames(mentions: list[Mention]) -> None:
    """A bare surname ("Rubio") takes the coding of the earlier full name ("Marco Rubio")."""
    known: list[Mention] = []
    for mention in mentions:
        if mention.kind != "person":
            continue
        if mention.country or mention.sector:
            known.append(mention)
            continue
        earlier = next((m for m in reversed(known) if m.text.endswith(" " + mention.text)), None) or next(
            (m for m in reversed(known) if m.text.startswith(mention.text + " ")), None)  # "Kim" (Jong Un)
        if earlier is not None:
            mention.country, mention.sector, mention.name = earlier.country, earlier.sector, earlier.name


def _acronym_mentions(article: Article) -> list[Mention]:
    """Later uses of an acronym defined in brackets after a coded mention."""
    taken = {(m.start, m.end) for m in article.mentions}
    added: list[Mention] = []
    for mention in list(article.mentions):
        match = ACRONYM_AFTER.match(article.text, mention.end)
        if not match or not (mention.country or mention.sector):
            continue
        acronym = match.group(1) or match.group(2)
        for use in re.finditer(rf"\b{re.escape(acronym)}\b", article.text):
            if (use.start(), use.end()) not in taken:
                taken.add((use.start(), use.end()))
                added.append(Mention(acronym, use.start(), use.end(), mention.country, mention.sector,
                                     mention.name or mention.text, mention.kind))
    return added


def focus_country(mentions: list[Mention]) -> str | None:
    """The state most mentioned as a place or people; the first-mentioned breaks ties."""
    counts = Counter(m.country for m in mentions
                     if m.country and m.country not in NON_STATE_CODES and m.kind in PLACE_KINDS)
    if not counts:
        return None
    best = max(counts.values())
    return next(m.country for m in mentions if m.country and counts.get(m.country) == best)


stage("mentions", reads=("sentence.parse", "article.published"),
      adds=("article.mentions", "article.focus_country"))(per_article(find_mentions))
