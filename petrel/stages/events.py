"""Find event triggers on the dependency parse, type them, and code their source and target actors.

Reads: article.sentences (parse), article.mentions, article.focus_country
Adds:  article.events (type, mode, CAMEO code, trigger, sentence, source, target, confidence)

Triggers are verbs and nouns of the lexicon (``petrel.lexicon``). The subject of a verb is its
source and its object, passive subject or a role-marking preposition ("with", "against", "on") its
target; in passives the ``by`` phrase is the source. A nominal trigger takes its source from a
possessive or demonym ("Russia's invasion", "Israeli airstrikes"), a ``by`` phrase, or the subject of
the light verb that governs it ("held talks", "carried out an attack").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from petrel.lexicon import LIGHT_VERBS, Trigger, load_lexicon
from petrel.model import Actor, Article, Event, Sentence
from petrel.pipeline import per_article, stage
from petrel.settings import Options
from petrel.stages.roles import ActorCoder

TARGET_PREPS = frozenset({"with", "against", "on", "to", "at", "into", "toward", "towards", "upon", "from"})
SOURCE_PREPS = frozenset({"by"})
# A trigger that is the object of one of these types is its content, not a separate event:
# "urged talks", "threatened sanctions", "agreed to withdraw", "refused to meet".
ABSORBING_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
ABSORBED_DEPS = frozenset({"dobj", "xcomp", "pobj", "ccomp", "attr", "oprd"})
# Mode of a request or refusal from what is asked for or refused (PLOVER REQUEST/REJECT modes).
CONTENT_MODES = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield",
                 "CONCEDE": "yield", "SUPPORT": "assist"}
MIN_EVENT_CONFIDENCE = 0.35


@dataclass
class Candidate:
    token: Any
    trigger: Trigger
    absorbed: bool = False


def code_events(article: Article, options: Options) -> Article:
    """Code every event of every sentence of the article."""
    if article.skipped:
        return article
    coder = ActorCoder(article)
    for sentence in article.sentences:
        for event in _sentence_events(article, sentence, coder):
            if event.confidence >= max(options.min_confidence, MIN_EVENT_CONFIDENCE):
                event.index = len(article.events)
                article.events.append(event)
    return article


def _sentence_events(article: Article, sentence: Sentence, coder: ActorCoder) -> list[Event]:
    candidates = [c for token in sentence.doc if (c := _candidate(token))]
    _absorb_contents(candidates)
    return [_event(article, sentence, coder, c) for c in candidates if not c.absorbed]


def _candidate(token: Any) -> Candidate | None:
    lexicon = load_lexicon()
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
        pos = "VERB"
    elif token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
        pos = "NOUN"
    else:
        return None
    lemma = token.lemma_.lower()
    if not lexicon.has(lemma, pos):
        return None
    trigger = lexicon.lookup(lemma, pos, _context_lemmas(token), _particle(token))
    return Candidate(token, trigger) if trigger else None


def _context_lemmas(token: Any) -> set[str]:
    """Lemmas that can condition a trigger: objects, preposition words and their objects, modifiers."""
    lemmas = set()
    for child in token.children:
        lemmas.add(child.lemma_.lower())
        if child.dep_ == "prep":
            lemmas.update(grand.lemma_.lower() for grand in child.children if grand.dep_ == "pobj")
        if child.dep_ in ("dobj", "pobj"):
            lemmas.update(c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod"))
    if token.dep_ == "pobj":
        lemmas.add(token.head.lemma_.lower())
    return lemmas


def _particle(token: Any) -> str | None:
    return next((child.lemma_.lower() for child in token.children if child.dep_ == "prt"), None)


def _absorb_contents(candidates: list[Candidate]) -> None:
    """Drop triggers that are the content of another (the verb of a light-verb phrase, a request)."""
    by_token = {c.token.i: c for c in candidates}
    for candidate in candidates:
        outer = _outer_trigger(candidate.token, by_token)
        if outer is None:
            continue
        if outer.trigger.type == candidate.trigger.type and candidate.token.dep_ in ABSORBED_DEPS:
            candidate.absorbed = True  # "launched an attack", "imposed sanctions"
        elif outer.trigger.type in ABSORBING_TYPES:
            candidate.absorbed = True  # "urged Russia to accept a ceasefire", "refused to meet"
            if outer.trigger.type in ("REQUEST", "REJECT") and not outer.trigger.mode:
                outer.trigger = _with_mode(outer.trigger, CONTENT_MODES.get(candidate.trigger.type))


def _outer_trigger(token: Any, by_token: dict[int, Candidate]) -> Candidate | None:
    """The trigger whose complement holds this one, through at most two plain verbs ("urged X to accept Y")."""
    current = token
    for _ in range(3):
        if current.dep_ not in ABSORBED_DEPS:
            return None
        governor = _governor(current)
        if governor is None:
            return None
        if governor.i in by_token:
            return by_token[governor.i]
        current = governor
    return None


def _governor(token: Any) -> Any:
    """The word a trigger depends on, skipping a preposition ("called for talks" -> "called")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        return head.head
    return head if head.i != token.i else None


def _with_mode(trigger: Trigger, mode: str | None) -> Trigger:
    return Trigger(trigger.lemma, trigger.pos, trigger.object, trigger.type, mode, trigger.cameo,
                   trigger.weight, trigger.origin)


def _event(article: Article, sentence: Sentence, coder: ActorCoder, candidate: Candidate) -> Event:
    token, trigger = candidate.token, candidate.trigger
    if trigger.pos == "VERB":
        source_heads, target_heads = verb_roles(token)
    else:
        source_heads, target_heads = noun_roles(token)
    source = coder.code_all(source_heads, sentence)
    target = [actor for actor in coder.code_all(target_heads, sentence) if actor not in source]
    start = token.idx + sentence.offset
    return Event(
        article_id=article.id,
        type=trigger.type,
        mode=trigger.mode,
        cameo=trigger.cameo,
        trigger=article.span(start, start + len(token.text)),
        sentence=article.span(sentence.start, sentence.end),
        source=source,
        target=target,
        confidence=_confidence(trigger, source, target),
    )


def _confidence(trigger: Trigger, source: list[Actor], target: list[Actor]) -> float:
    """Prior of the trigger word, raised by coded actors: an event needs someone doing it."""
    score = trigger.weight * 0.6
    score += 0.25 if any(a.country or a.sector for a in source) else (0.1 if source else 0.0)
    score += 0.15 if any(a.country or a.sector for a in target) else (0.05 if target else 0.0)
    return min(1.0, score)


def verb_roles(verb: Any) -> tuple[list[Any], list[Any]]:
    """Return the head tokens of the source and target phrases of a verbal trigger."""
    sources, targets = [], []
    passive = any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubj":
            sources.append(child)
        elif child.dep_ == "nsubjpass":
            targets.append(child)
        elif child.dep_ == "agent":
            sources += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("dobj", "dative"):
            targets.append(child)
        elif child.dep_ == "prep" and child.lemma_.lower() in TARGET_PREPS and not targets:
            targets += [g for g in child.children if g.dep_ == "pobj"]
    if not sources and not passive:
        sources = _inherited_subject(verb)
    if not targets and verb.dep_ == "relcl" and not passive:
        targets = [verb.head] if sources else []
    elif not sources and verb.dep_ == "relcl":
        sources = [verb.head]
    return sources, targets


def _inherited_subject(verb: Any) -> list[Any]:
    """The subject a verb shares with the verb it hangs from ("vowed to attack", "met and agreed")."""
    current = verb
    for _ in range(4):
        if current.dep_ not in ("xcomp", "conj", "advcl", "pcomp") or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in ("nsubj",)]
        if subjects:
            return subjects
        if current.dep_ == "relcl":
            return [current.head]
    return []


def noun_roles(noun: Any) -> tuple[list[Any], list[Any]]:
    """Return the head tokens of the source and target phrases of a nominal trigger."""
    sources, targets = [], []
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE")):
            sources.append(child)
        elif child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if child.lemma_.lower() in SOURCE_PREPS:
                sources += objects
            elif child.lemma_.lower() in TARGET_PREPS | {"between", "of"}:
                targets += objects
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and not sources:
        sources = verb_roles(head)[0] if head.lemma_.lower() in LIGHT_VERBS or noun.dep_ == "dobj" else []
    elif noun.dep_ == "nsubj" and not targets:
        targets = [c for c in head.children if c.dep_ in ("dobj",)]
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and not sources:
        sources = verb_roles(head.head)[0]
    return sources, targets


stage("events", reads=("sentence.parse", "article.mentions", "article.focus_country"),
      adds=("article.events", "event.trigger", "event.source", "event.target"))(per_article(code_events))
