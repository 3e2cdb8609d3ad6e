"""Find actor mentions: dictionary phrases (countries, demonyms, capitals, people, organisations,
armed groups) and agent nouns ("police", "opposition lawmakers"), resolved at the article's date.

Reads: article.sentences (parse), article.published
Adds:  article.mentions, article.focus_country (the country the article is mostly about)
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from petrel.actors import ActorDictionary, load_actors
from petrel.model import Article, Mention
from petrel.nlp import load_nlp
from petrel.pipeline import per_article, stage
from petrel.settings import Options

NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"})
PLACE_KINDS = frozenset({"country", "demonym", "capital", "city"})


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
    for doc, offset in docs.values():
        spans = filter_spans(matcher(doc, as_spans=True))
        article.mentions += [m for span in spans if (m := _mention(span, offset, dictionary, article))]
        covered = {i for span in spans for i in range(span.start, span.end)}
        article.mentions += [_person(ent, offset) for ent in doc.ents
                             if ent.label_ == "PERSON" and not covered & set(range(ent.start, ent.end))]
    article.mentions.sort(key=lambda m: m.start)
    article.focus_country = focus_country(article.mentions)
    return article


def _mention(span: Any, offset: int, dictionary: ActorDictionary, article: Article) -> Mention | None:
    text, start, end = span.text, span.start_char + offset, span.end_char + offset
    if span.label_ == "AGENT":
        sector, secondary = dictionary.agents[text.lower()]
        return Mention(text, start, end, None, sector + (secondary or ""), None, "agent")
    entry = dictionary.resolve(text, article.published)
    if entry is None:
        return None
    return Mention(text, start, end, entry.country, entry.sector, entry.name, entry.kind)


def _person(ent: Any, offset: int) -> Mention:
    return Mention(ent.text, ent.start_char + offset, ent.end_char + offset, None, None, None, "person")


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
