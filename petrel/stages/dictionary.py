"""Code events with a user's PETRARCH verb dictionary (``--verbs``) instead of petrel's lexicon.

Reads: article.sentences (parse), article.mentions (through the actor coder)
Adds:  article.events: one per dictionary match and actor pair, typed by the CAMEO code's PLOVER row

Called by the events stage when ``Options.verb_files`` is set. The matching itself is in
``petrel.stages.patterns``; roles come from petrel's own role rules (``events.coded_roles``), overridden
by the phrases a pattern marks. The conventions are PETRARCH's: one event per source and target pair, a
code "A:B" both ways, a compound ("%") acting on each of its members, only coded members of a compound
acting, no event when no party is coded, and one event per coded pair and code in a sentence. A pattern
that marks the verb's own subject as target ("SUGGESTED + * DEMAND ...") takes its source from the clause
above ("Arnor suggested Gondor should demand ...": Arnor acts on Gondor), and a passive with no "by" keeps its
subject as the source, as PETRARCH's own unit tests expect.
"""

from __future__ import annotations

from typing import Any

from petrel.lexicon import Trigger
from petrel.model import Actor, Article, Event, Sentence
from petrel.plover import cameo_to_plover
from petrel.settings import Options
from petrel.stages.events import Candidate, coded_roles, first_party_after, trigger_confidence
from petrel.stages.patterns import Match, clause_verb, match_sentence
from petrel.stages.roles import ActorCoder
from petrel.stages.syntax import NO_EVENT
from petrel.verbs import load_verb_dictionaries

# A verb heading a clause another verb governs: "said (that) Gondor should demand".
CLAUSE_DEPS = frozenset({"ccomp"})


def code_with_verb_dictionary(article: Article, coder: ActorCoder, options: Options) -> Article:
    """Code the events a user's PETRARCH verb dictionary finds (``--verbs``), in PETRARCH's conventions: one
    event per source and target pair, a code "A:B" both ways, a compound ("%") acting on each of its members.
    The pattern's marked phrases fix the roles; unmarked ones are the verb's subject and object."""
    verbs = load_verb_dictionaries(options.verb_files)
    for sentence in article.sentences:
        coded: set[tuple[str, Any, Any]] = set()
        for match in match_sentence(sentence.doc, verbs):
            if match.code is None:
                continue
            negation_in_code = any(_negation(sentence.doc.doc[i]) for i in match.taken)
            for source, target, code in _dictionary_pairs(match, sentence, coder):
                key = (code, _code_of(source), _code_of(target))
                if key in coded:
                    continue  # "Lawmakers and officials in Fornost": one event per coded pair, as PETRARCH gives
                coded.add(key)
                event = _dictionary_event(article, sentence, match.token, code, source, target)
                if event is not None:
                    event.negation_in_code = negation_in_code
                if event is not None and event.confidence >= options.min_confidence:
                    event.index = len(article.events)
                    article.events.append(event)
    return article


def _dictionary_pairs(match: Match, sentence: Sentence,
                      coder: ActorCoder) -> list[tuple[Actor | None, Actor | None, str]]:
    forward, _, backward = (match.code or "").partition(":")
    if match.compound:
        members = coder.code_all(match.compound, sentence)
        return [(a, b, forward) for a in members for b in members if a != b] or \
            [(a, None, forward) for a in members]
    event_type = cameo_to_plover(forward)[0] or NO_EVENT
    trigger = Trigger(match.token.lemma_.lower(), "VERB", None, event_type, None, forward, 1.0, "dictionary")
    verb = clause_verb(match.token)
    source, target = coded_roles(sentence, coder, Candidate(verb, trigger), partners_act=False)
    subjects = [child for child in verb.children if child.dep_ == "nsubjpass"]
    if subjects and not any(child.dep_ == "agent" for child in verb.children):
        # PETRARCH keeps a passive's subject as the source when no "by" names the doer ("The Philippines was
        # criticized over its dispute with Eriador": the Philippines acts on Eriador).
        source = coder.code_all(subjects, sentence)
        target = [a for a in target if a not in source]
    if match.sources:
        source = coder.code_all(match.sources, sentence)
    if match.targets:
        marked = coder.code_all(match.targets, sentence)
        if not match.sources and source and all(a in marked for a in source) and verb.dep_ in CLAUSE_DEPS:
            # The pattern makes the verb's own subject its target ("suggested + should demand"): the party
            # acting is the one of the clause above ("Arnor suggested Gondor should demand ...": Arnor).
            source, _ = coded_roles(sentence, coder, Candidate(verb.head, trigger), partners_act=False)
        target = [a for a in marked if a not in source]
    if not any(a.country for a in target):
        # PETRARCH's target: the first party after the verb in its phrase; once the source is known, anywhere
        # after it in the sentence ("restore ties with Gxndor, years after Calenardhon crowds burned its
        # embassy": Calenardhon).
        target = first_party_after(verb, sentence, coder, source, event_type,
                                   whole_sentence=any(a.country for a in source)) or target
    source, target = _known_parties(source), _known_parties(target)
    pairs: list[tuple[Actor | None, Actor | None, str]] = []
    for one in source or [None]:
        for other in target or [None]:
            pairs.append((one, other, forward))
            if backward:
                pairs.append((other, one, backward))
    return pairs


def _code_of(actor: Actor | None) -> tuple[str | None, str | None] | None:
    return (actor.country, actor.sector) if actor is not None and (actor.country or actor.sector) else None


NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})


def _negation(token: Any) -> bool:
    """A word of a matched pattern that negates: the pattern's code then already tells the negation."""
    return token.dep_ == "neg" or token.lower_ in NEGATION_WORDS


def _known_parties(actors: list[Actor]) -> list[Actor]:
    """Coded members of a compound ("Lions, tigers, and Gondor" is Gondor); an uncoded lone actor stays."""
    return [a for a in actors if a.country or a.sector] or actors[:1]


def _dictionary_event(article: Article, sentence: Sentence, token: Any, code: str, source: Actor | None,
                      target: Actor | None) -> Event | None:
    event_type, mode = cameo_to_plover(code)
    if event_type is None:
        return None  # a code with no PLOVER type (CAMEO 01-02, or not CAMEO at all)
    if not any(a.country or a.sector for a in (source, target) if a):
        return None  # no party coded: "a pleasant place to visit", "to meet demand"
    trigger = Trigger(token.lemma_.lower(), "VERB", None, event_type, mode, code, 1.0, "dictionary")
    start = token.idx + sentence.offset
    sources, targets = [source] if source else [], [target] if target else []
    return Event(article_id=article.id, type=event_type, mode=mode, cameo=code,
                 trigger=article.span(start, start + len(token.text)),
                 sentence=article.span(sentence.start, sentence.end), source=sources, target=targets,
                 confidence=trigger_confidence(trigger, sources, targets))
