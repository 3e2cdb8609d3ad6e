"""Find event triggers on the dependency parse, type them, and code their source and target actors.

Reads: article.sentences (parse), article.mentions, article.focus_country
Adds:  article.events (type, mode, CAMEO code, trigger, sentence, source, target, confidence)

Triggers are verbs and nouns of the lexicon (``petrel.lexicon``). The subject of a verb is its
source and its object, passive subject or a role-marking preposition ("with", "against", "on") its
target; in passives the ``by`` phrase is the source. A nominal trigger takes its source from a
possessive or demonym ("Russia's invasion", "Israeli airstrikes"), a ``by`` phrase, or the subject of
the light verb that governs it ("held talks", "carried out an attack").

A trigger that is the content of another settles the outer one's type and mode instead of standing
alone: "threatened to invade" is THREATEN territory, "agreed to a ceasefire" CONCEDE, "declined a
request for talks" REJECT meet; ending an event is an event of its own ("suspended protests" CONCEDE,
"cease military aid" SANCTION). A definite nominal naming a type the article already coded ("claimed
the attack") refers back to that event and is not coded again.
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
ABSORBING_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "CONCEDE", "-"})
ABSORBED_DEPS = frozenset({"dobj", "xcomp", "pobj", "ccomp", "attr", "oprd", "nsubjpass", "acl"})
# A trigger in one of these phrases is the background of another, not its content ("curfew lifted
# after the agreement"); it also counts for less as an event of its own.
BACKGROUND_PREPS = frozenset({"after", "following", "amid", "before", "despite", "since", "over", "because",
                              "during", "ahead"})
# Mode of a request or refusal from what is asked for or refused (PLOVER REQUEST/REJECT modes).
CONTENT_MODES = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield",
                 "CONCEDE": "yield", "SUPPORT": "assist"}
# Ending a hostile act is a concession ("suspend protests", "agree to stop fighting", "lift the
# curfew"); ending a cooperative one cuts relations ("cease military aid", "suspend talks").
ENDING_LEMMAS = frozenset({"stop", "end", "halt", "cease", "suspend", "lift", "abandon", "suspension",
                           "cessation", "lifting", "freeze", "remove"})
CONFLICT_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
ENDED_COOPERATION = {"AID": ("SANCTION", "discontinue"), "COOPERATE": ("SANCTION", "discontinue"),
                     "AGREE": ("SANCTION", "withdraw")}
# Only a break ("suspend", "halt") ends talks; "ended his visit" is the visit itself.
TALK_BREAKING_LEMMAS = frozenset({"suspend", "halt", "abandon", "freeze", "suspension"})
# What a threat threatens (PLOVER THREATEN modes), from the threatened act.
TERRITORY_LEMMAS = frozenset({"invade", "invasion", "occupy", "annex", "annexation", "seize"})
RESTRICTING_LEMMAS = frozenset({"sanction", "embargo", "tariff", "blockade", "boycott"})
# Agreeing to or announcing a retreat is a verbal concession (PLOVER: announced ceasefires, withdrawals).
PROMISING_TYPES = frozenset({"AGREE", "CONCEDE"})
# Fighting and talking have two sides: the "with"/"between" party acts too ("clashed with rebels").
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
SYMMETRIC_LEMMAS = frozenset({"clash", "fight", "fighting", "exchange", "battle", "skirmish", "gunfight"})
PARTNER_PREPS = frozenset({"with", "between"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})  # who, which, that (relative)
# A hostile act promised on a condition is a threat: "would impose sanctions if ...".
CONDITIONAL_AUX = frozenset({"will", "would", "could", "'ll", "to", "may", "might"})
THREAT_CONTENT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
NON_STATE_TARGETS = frozenset({"IGO", "UNO", "EUR", "NGO"})
# Unarmed actors that pull out cut relations (SANCTION withdraw); only forces retreat.
UNARMED_SECTORS = frozenset({"NGO", "BUS", "SOC", "JRN", "MED", "EDU", "IGO", "REL", "LAB"})
# Observers or peacekeepers arriving are let in (RETREAT access), not visiting.
ACCESS_WORDS = frozenset({"peacekeeper", "observer", "inspector", "monitor", "investigator"})
# The weapon named next to an ASSAULT gives its mode ("killed by a roadside bomb", "drone strike").
INSTRUMENT_MODES = {"bomb": "explosives", "explosive": "explosives", "ied": "explosives", "landmine": "explosives",
                    "grenade": "explosives", "suicide": "suicide-attack", "bomber": "suicide-attack",
                    "drone": "drone", "airstrike": "aerial", "air": "aerial", "aircraft": "aerial",
                    "warplane": "aerial", "jet": "aerial", "helicopter": "aerial", "missile": "heavy-weapons",
                    "rocket": "heavy-weapons", "artillery": "heavy-weapons", "mortar": "heavy-weapons",
                    "tank": "heavy-weapons", "shell": "heavy-weapons", "gun": "firearms", "gunman": "firearms",
                    "gunmen": "firearms", "gunfire": "firearms", "rifle": "firearms", "bullet": "firearms",
                    "knife": "primitive", "machete": "primitive", "axe": "primitive", "stone": "primitive",
                    "rock": "primitive", "arson": "primitive", "baton": "beat", "bat": "beat",
                    "tear": "crowd-control", "cannon": "crowd-control"}
INSTRUMENT_DEPS = frozenset({"nsubj", "agent", "prep", "dobj", "compound", "amod", "npadvmod"})
# Headlines tagged without verbs ("Activists Decry Bombings"): a word only the verb lexicon knows, with
# a clear verbal sense, is read as the verb. Only in short lines without a full stop.
HEADLINE_MAX_TOKENS = 16
MISTAGGED_VERB_MIN_WEIGHT = 0.6
# Swept on the dev splits (0.05-0.15): nominal triggers carried by a light verb ("held talks") are
# events that happened; those in a background phrase ("after clashes") mostly are not the news.
ANCHORED_NOUN_BONUS = 0.1
BACKGROUND_PENALTY = 0.1
# Names, dates and amounts are no triggers: "in March", "Rally Street", "the Summit Hotel" (a FAC).
NON_EVENT_ENTITIES = frozenset({"DATE", "TIME", "PERSON", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "CARDINAL",
                                "ORDINAL", "QUANTITY", "WORK_OF_ART", "LANGUAGE"})
NEEDS_OBJECT = frozenset({"decline", "receive"})
# A lexicon entry of this type marks an idiom that is no event ("met with success").
NO_EVENT = "-"
# "The attack", "the killing", "its proposal": a definite nominal of a type the article already coded
# refers back to that event rather than reporting a new one.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# A verbal attack: "attacked the newspaper for refusing ...", "hit out at X for ...".
VERBAL_ATTACK_LEMMAS = frozenset({"attack", "hit", "blast", "slam", "target"})
PARTICIPANT_PREPS = frozenset({"of", "by", "on", "against", "between", "with", "from"})
# A warning is a threat only when the warner is the one who would act ("warned it will retaliate");
# "warned that the country could become a target" is a statement.
SELF_PRONOUNS = frozenset({"it", "we", "they", "he", "she", "i"})
MIN_EVENT_CONFIDENCE = 0.35


@dataclass
class Candidate:
    token: Any
    trigger: Trigger
    absorbed: bool = False
    content: Any = None  # the event word an ending trigger ends ("suspended the protests" -> protests)


def code_events(article: Article, options: Options) -> Article:
    """Code every event of every sentence of the article."""
    if article.skipped:
        return article
    coder = ActorCoder(article)
    for sentence in article.sentences:
        for event in _sentence_events(article, sentence, coder):
            if _refers_back(event, article.events, sentence):
                continue
            if event.confidence >= max(options.min_confidence, MIN_EVENT_CONFIDENCE):
                event.index = len(article.events)
                article.events.append(event)
    return article


def _refers_back(event: Event, earlier: list[Event], sentence: Sentence) -> bool:
    """A definite nominal trigger naming an event type already coded in the article ("claimed the attack")."""
    if not any(previous.type == event.type for previous in earlier):
        return False
    token = _token_at(sentence, event.trigger.start)
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    children = list(token.children)
    if any(child.dep_ in ("nummod", "acl", "relcl") or (child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPS)
           for child in children):
        return False  # "the arrest of five people" names new participants
    return any(child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS)
               for child in children)


def _token_at(sentence: Sentence, start: int) -> Any:
    return next((t for t in sentence.doc if t.idx + sentence.offset == start), None)


def _sentence_events(article: Article, sentence: Sentence, coder: ActorCoder) -> list[Event]:
    candidates = [c for token in sentence.doc if (c := _candidate(token))]
    candidates = _mark_endings(candidates)
    _absorb_contents(candidates)
    for candidate in candidates:
        if not candidate.absorbed and _is_empty_warning(candidate):
            candidate.absorbed = True
        if not candidate.absorbed and _is_conditional_threat(candidate):
            candidate.trigger = _retyped(candidate.trigger, "THREATEN", _threat_mode(candidate))
    return [_event(article, sentence, coder, c) for c in candidates
            if not c.absorbed and c.trigger.type != NO_EVENT]


def _candidate(token: Any) -> Candidate | None:
    lexicon = load_lexicon()
    lemma = token.lemma_.lower()
    if token.ent_type_ in NON_EVENT_ENTITIES or _lacks_needed_object(token, lemma):
        return None
    verbal = token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT")
    if verbal or _mistagged_headline_verb(token, lemma):
        pos = "VERB"
    elif token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
        pos = "NOUN"
    else:
        return None
    if not lexicon.has(lemma, pos):
        return None
    trigger = lexicon.lookup(lemma, pos, _context_lemmas(token), _particle(token))
    return Candidate(token, trigger) if trigger else None


def _lacks_needed_object(token: Any, lemma: str) -> bool:
    """Verbs that are events only with an object: "declined to attend" (not "exports declined"),
    "received the delegation" (not "received $94 million")."""
    if lemma not in NEEDS_OBJECT or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if lemma == "receive":
        return not any(c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in objects)
    return not objects


def _mistagged_headline_verb(token: Any, lemma: str) -> bool:
    """A headline verb the tagger took for a noun: "Activists Decry Bombings" (decry/NOUN)."""
    sentence = token.sent
    if token.pos_ not in ("NOUN", "PROPN") or len(sentence) > HEADLINE_MAX_TOKENS:
        return False
    if sentence.text.rstrip().endswith(".") or any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    lexicon = load_lexicon()
    if lexicon.has(lemma, "NOUN") or not lexicon.has(lemma, "VERB"):
        return False
    return any(t.weight >= MISTAGGED_VERB_MIN_WEIGHT and not t.object for t in lexicon.entries[(lemma, "VERB")])


def _context_lemmas(token: Any) -> set[str]:
    """Lemmas that can condition a trigger: objects, preposition words and their objects, modifiers."""
    lemmas = set()
    if token.dep_ in ("relcl", "acl"):
        lemmas.add(token.head.lemma_.lower())  # "a charge New Delhi rejected", "a report released"
    for child in token.children:
        lemmas.add(child.lemma_.lower())
        if child.dep_ in ("prep", "agent"):
            lemmas.update(grand.lemma_.lower() for grand in child.children if grand.dep_ == "pobj")
        if child.dep_ in ("dobj", "pobj", "compound", "amod"):
            lemmas.update(c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod"))
    if token.dep_ in ("pobj", "compound"):
        lemmas.add(token.head.lemma_.lower())
    return lemmas


def _particle(token: Any) -> str | None:
    return next((child.lemma_.lower() for child in token.children if child.dep_ == "prt"), None)


def _mark_endings(candidates: list[Candidate]) -> list[Candidate]:
    """Turn "stop"/"suspend"/"end to" over an event into the event of ending it, which absorbs the content."""
    by_token = {c.token.i: c for c in candidates}
    for candidate in list(candidates):
        ending = _ending_word(candidate.token)
        if ending is None:
            continue
        retyped = _ended(candidate, ending)
        if retyped is None:
            continue
        candidate.absorbed = True
        if ending.i in by_token:
            by_token[ending.i].trigger = retyped
            by_token[ending.i].content = candidate.token
        else:
            by_token[ending.i] = Candidate(ending, retyped, content=candidate.token)
            candidates.append(by_token[ending.i])
    return sorted(candidates, key=lambda c: c.token.i)


def _ending_word(token: Any) -> Any:
    """The ending verb or noun whose object or complement the trigger is ("halted the attacks")."""
    token = _first_conjunct(token)
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in ENDING_LEMMAS:
        return token.head  # "the fighting stopped"
    if token.dep_ not in ABSORBED_DEPS:
        return None
    governor = _governor(token)
    if governor is not None and governor.lemma_.lower() in ENDING_LEMMAS and governor.pos_ in ("VERB", "NOUN"):
        return governor
    return None


def _ended(candidate: Candidate, ending: Any) -> Trigger | None:
    """The event of ending the candidate's event, or None when ending it is no event of its own."""
    kind = candidate.trigger.type
    pos = "VERB" if ending.pos_ == "VERB" else "NOUN"
    if candidate.token.dep_ == "nsubj":  # the hostile act itself ended: a truce in effect
        return Trigger(ending.lemma_.lower(), pos, None, "RETREAT", "ceasefire", "0871", candidate.trigger.weight,
                       "rule") if kind == "ASSAULT" else None
    if kind in CONFLICT_TYPES:
        return Trigger(ending.lemma_.lower(), pos, None, "CONCEDE", None, "080", candidate.trigger.weight,
                       "rule")
    if kind == "CONSULT" and ending.lemma_.lower() in TALK_BREAKING_LEMMAS and candidate.trigger.mode is None:
        return Trigger(ending.lemma_.lower(), pos, None, "SANCTION", "withdraw", "161", candidate.trigger.weight,
                       "rule")
    if kind in ENDED_COOPERATION:
        new_type, mode = ENDED_COOPERATION[kind]
        return Trigger(ending.lemma_.lower(), pos, None, new_type, mode, "160", candidate.trigger.weight, "rule")
    return None


def _absorb_contents(candidates: list[Candidate]) -> None:
    """Drop triggers that are the content of another (the verb of a light-verb phrase, a request)."""
    by_token = {c.token.i: c for c in candidates}
    # Innermost first, so a request's own content settles its mode before a refusal takes it over.
    for candidate in reversed(candidates):
        if candidate.absorbed:
            continue
        outer = _outer_trigger(candidate.token, by_token)
        if outer is None:
            continue
        same_type = outer.trigger.type == candidate.trigger.type
        if same_type and (candidate.token.dep_ in ABSORBED_DEPS or _elaborates(candidate.token)):
            candidate.absorbed = True  # "launched an attack", "imposed sanctions", "killed in an airstrike"
            if not outer.trigger.mode and candidate.trigger.mode:
                outer.trigger = _with_mode(outer.trigger, candidate.trigger.mode)
        elif outer.trigger.type in ABSORBING_TYPES:
            candidate.absorbed = True  # "urged Russia to accept a ceasefire", "refused to meet"
            outer.trigger = _with_content(outer.trigger, candidate)


def _elaborates(token: Any) -> bool:
    """A participle that spells out the act it hangs from: "carried out airstrikes, hitting targets"."""
    return token.dep_ == "advcl" and token.tag_ == "VBG"


def _with_content(outer: Trigger, content: Candidate) -> Trigger:
    """Settle the outer trigger's type and mode from what it is about."""
    kind = content.trigger.type
    if outer.type == "REJECT" and not outer.mode and kind in CONFLICT_TYPES:
        return _retyped(outer, "ACCUSE", "disapprove")  # rejecting sanctions is condemning them
    if outer.type in ("REQUEST", "REJECT") and not outer.mode:
        mode = content.trigger.mode if kind in ("REQUEST", "REJECT") else CONTENT_MODES.get(kind)
        return _with_mode(outer, mode)
    if outer.type == "THREATEN" and not outer.mode:
        return _with_mode(outer, _threat_mode(content))
    if outer.type in PROMISING_TYPES and kind in ("RETREAT", "CONCEDE"):
        return _retyped(outer, "CONCEDE", None)  # "agreed to a ceasefire", "promised concessions"
    return outer


def _threat_mode(content: Candidate) -> str | None:
    """What a threat threatens, from the threatened act ("threatened to invade" -> territory)."""
    kind, mode, lemma = content.trigger.type, content.trigger.mode, content.token.lemma_.lower()
    if kind == "ASSAULT":
        return "territory" if lemma in TERRITORY_LEMMAS else "violence"
    if kind == "COERCE":
        return {"arrest": "arrest", "deport": "expel"}.get(mode or "", "restrict")
    if kind == "SANCTION":
        if mode == "expel":
            return "expel"
        restricting = lemma in RESTRICTING_LEMMAS or content.trigger.object in RESTRICTING_LEMMAS
        return "restrict" if restricting else "relations"
    if kind == "THREATEN":
        return content.trigger.mode
    return "relations" if kind in ("CONSULT", "REJECT") else None


def _is_empty_warning(candidate: Candidate) -> bool:
    """A warning that someone else could do or suffer something threatens nothing."""
    token, trigger = candidate.token, candidate.trigger
    if trigger.type != "THREATEN" or trigger.mode or token.lemma_.lower() != "warn" or token.pos_ != "VERB":
        return False
    for child in token.children:
        if child.dep_ == "ccomp":
            subjects = [g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")]
            return not any(s.lower_ in SELF_PRONOUNS for s in subjects)
        if child.dep_ == "prep" and child.lower_ == "of":
            return True
    return False


def _is_conditional_threat(candidate: Candidate) -> bool:
    """A hostile act in the future, on a condition: "would impose sanctions if the talks fail"."""
    token = candidate.trigger.type in THREAT_CONTENT_TYPES and candidate.token
    if not token or token.pos_ != "VERB":
        return False
    future = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX for c in token.children)
    conditional = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                                for g in c.children) for c in token.children)
    return future and conditional


def _retyped(trigger: Trigger, event_type: str, mode: str | None) -> Trigger:
    return Trigger(trigger.lemma, trigger.pos, trigger.object, event_type, mode, trigger.cameo,
                   trigger.weight, trigger.origin)


def _outer_trigger(token: Any, by_token: dict[int, Candidate]) -> Candidate | None:
    """The trigger whose complement holds this one, through at most two plain verbs ("urged X to accept Y")."""
    current = _first_conjunct(token)
    if _elaborates(current) and current.head.i in by_token:
        return by_token[current.head.i]
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


def _first_conjunct(token: Any) -> Any:
    """The first of a list of conjoined words, which carries the list's role ("for arms and aid")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _governor(token: Any) -> Any:
    """The word a trigger depends on, skipping a preposition ("called for talks" -> "called")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        return None if head.lower_ in BACKGROUND_PREPS else head.head
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
    target_heads = _actors_of_events(target_heads, candidate)
    if trigger.type in SYMMETRIC_TYPES or token.lemma_.lower() in SYMMETRIC_LEMMAS:
        partners = _partners(token)
        source_heads = source_heads + [p for p in partners if p not in source_heads]
        target_heads = [t for t in target_heads if t not in partners]
    source = coder.code_all(source_heads, sentence)
    target = [actor for actor in coder.code_all(target_heads, sentence) if actor not in source]
    trigger = _settled_sense(trigger, source, target, token)
    if trigger.type == "ASSAULT" and not trigger.mode:
        trigger = _with_mode(trigger, _instrument_mode(token))
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
        confidence=_confidence(trigger, source, target) + _setting_adjustment(token, trigger),
    )


def _actors_of_events(heads: list[Any], candidate: Candidate) -> list[Any]:
    """Targets that are events stand for their participants: ending "aid to Ukraine" targets Ukraine;
    condemning "the attack by X" targets X."""
    if candidate.content is not None:
        _sources, targets = (verb_roles if candidate.content.pos_ == "VERB" else noun_roles)(candidate.content)
        return [t for t in targets if t.i != candidate.token.i]
    lexicon = load_lexicon()
    out: list[Any] = []
    for head in heads:
        authors = [s for s in noun_roles(head, inherit=False)[0] if s.i != candidate.token.i] \
            if head.pos_ == "NOUN" and lexicon.has(head.lemma_.lower(), "NOUN") else []
        out += authors or [head]
    return out


def _partners(token: Any) -> list[Any]:
    """The other side of a two-sided event: "talks with Iran", "clashes between police and protesters"."""
    return [g for child in token.children if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS
            for g in child.children if g.dep_ == "pobj"]


def _gives_reason(token: Any) -> bool:
    """A "for" phrase holding an act: "attacked the paper for refusing to support him"."""
    return any(child.dep_ == "prep" and child.lower_ == "for" and any(
        g.dep_ == "pcomp" or g.tag_ == "VBG" for g in child.children) for child in token.children)


def _instrument_mode(token: Any) -> str | None:
    """The ASSAULT mode named by a weapon in the trigger's own phrases ("killed by a car bomb")."""
    for child in token.children:
        if child.dep_ not in INSTRUMENT_DEPS:
            continue
        for word in child.subtree:
            mode = INSTRUMENT_MODES.get(word.lemma_.lower()) or INSTRUMENT_MODES.get(word.lower_)
            if mode:
                return mode
    return None


def _settled_sense(trigger: Trigger, source: list[Actor], target: list[Actor], token: Any) -> Trigger:
    """Leaving an organisation is cutting ties (SANCTION), not a military pull-back (RETREAT); attacking
    someone *for* something they did is criticism (ACCUSE)."""
    if trigger.type == "ASSAULT" and token.lemma_.lower() in VERBAL_ATTACK_LEMMAS and _gives_reason(token):
        return _retyped(trigger, "ACCUSE", "disapprove")
    if trigger.type == "RETREAT" and trigger.mode == "withdraw" and (
            any(a.country in NON_STATE_TARGETS for a in target)
            or any((a.sector or "")[:3] in UNARMED_SECTORS for a in source)):
        return _retyped(trigger, "SANCTION", "withdraw")
    if trigger.type == "CONSULT" and not trigger.mode and any(
            a.country in NON_STATE_TARGETS - {"NGO"} for a in [*source, *target]):
        return _with_mode(trigger, "multilateral")  # talks within an alliance or IGO
    if trigger.type == "CONSULT" and trigger.mode == "visit" and any(
            word.rstrip("s") in ACCESS_WORDS for a in source for word in a.text.lower().split()):
        return _retyped(trigger, "RETREAT", "access")
    return trigger


def _setting_adjustment(token: Any, trigger: Trigger) -> float:
    """Raise nominal triggers a light verb carries ("held talks"); lower background ones ("after clashes")."""
    if trigger.type == "SUPPORT" and token.dep_ == "acl" and token.tag_ == "VBN":
        return -BACKGROUND_PENALTY * 2  # "soldiers, backed by militias": a description, not an act
    if trigger.pos != "NOUN":
        return 0.0
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in LIGHT_VERBS | {"impose"}:
        return ANCHORED_NOUN_BONUS
    if token.dep_ == "pobj" and head.lower_ in BACKGROUND_PREPS:
        return -BACKGROUND_PENALTY
    return 0.0


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
    if verb.dep_ == "relcl":
        sources, targets = _relative_roles(verb, passive, sources, targets)
    return sources, targets


def _relative_roles(verb: Any, passive: bool, sources: list[Any], targets: list[Any]) -> tuple[list[Any], list[Any]]:
    """The noun a relative clause hangs from fills the role its own clause leaves open: "militants who
    attacked" (source), "the man police arrested" and "a journalist who was arrested" (target); in "a
    country where the leader was shot" both roles are taken inside the clause."""
    sources = [verb.head if t.tag_ in RELATIVE_TAGS else t for t in sources]  # "who attacked"
    targets = [verb.head if t.tag_ in RELATIVE_TAGS else t for t in targets]  # "who was arrested"
    if passive:
        has_subject = any(child.dep_ == "nsubjpass" for child in verb.children)
        return sources, targets if targets or has_subject else [verb.head]
    if not sources:
        return [verb.head], targets
    return sources, targets or [verb.head]


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


def noun_roles(noun: Any, *, inherit: bool = True) -> tuple[list[Any], list[Any]]:
    """Return the head tokens of the source and target phrases of a nominal trigger.

    With ``inherit=False`` only the noun's own phrases count, not the subject of the verb it hangs from.
    """
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
    sources += _participle_agents(noun) if not sources else []
    if not inherit:
        return sources, targets
    noun = _through_quantity(noun)
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and not sources:
        carried = head.lemma_.lower() in LIGHT_VERBS or (
            noun.dep_ == "dobj" and not load_lexicon().has(head.lemma_.lower(), "VERB"))
        sources = verb_roles(head)[0] if carried else []  # not "condemned the attack": that is its content
    elif noun.dep_ == "nsubj" and not targets:
        targets = [c for c in head.children if c.dep_ in ("dobj",)]
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and not sources:
        sources = verb_roles(head.head)[0]
    return sources, targets


def _participle_agents(noun: Any) -> list[Any]:
    """The by-agent of a participle on the noun: "an offensive launched by forces in Puntland"."""
    return [g for child in noun.children if child.dep_ == "acl"
            for agent in child.children if agent.dep_ == "agent"
            for g in agent.children if g.dep_ == "pobj"]


def _through_quantity(noun: Any) -> Any:
    """The quantity noun a trigger is counted by: "carried out a series of airstrikes" -> "series"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and head.head.dep_ in ("dobj", "attr", "nsubjpass"):
        return head.head
    return noun


stage("events", reads=("sentence.parse", "article.mentions", "article.focus_country"),
      adds=("article.events", "event.trigger", "event.source", "event.target"))(per_article(code_events))
