"""Decide how certain each event is, and who claims it.

Reads: article.events (trigger), article.sentences (parse), article.mentions
Adds:  event.factuality, event.attribution

Cues are read in the trigger's scope on the parse (NegEx/ConText-style): the trigger and the words
that embed it, climbing from the trigger towards the root. The climb stops at a reporting frame
("officials said", "accused X of"), at a relative or adverbial clause (whose modality is its own:
"..., arresting two suspects", "if talks fail") and at a temporal preposition ("after the attack").
In scope, the cues are a negation ("did not attack", "denied meeting", "called off talks", "decided
against", "no ransom was paid"), a failure ("failed coup attempt", "the attack was foiled", "tried
to storm ... but were pushed back", "before they could detonate"), a modal, plan, purpose or
condition ("would consider talks", "plans to visit", "to carry out attacks", "if talks fail"), a
hedge ("reportedly", "may have", "is said to have", "unconfirmed reports said").

Precedence, strongest first: negated > failed > hypothetical > hedged > reported > asserted. A
reported failed attack is ``failed``, with ``attribution`` still set.

A hypothetical CONSULT/SUPPORT/COOPERATE/AID its actor commits to is recoded AGREE, as PLOVER codes intent
to cooperate: agreed, pledged or signed up to, stated readiness ("ready to", "open to talks"), stated
intention, a future auxiliary over an infinitive chain ("will try to help") or a schedule ("is set to meet").
Stated readiness to yield ("ready for a ceasefire") is AGREE too. "would consider talks" stays CONSULT.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from petrel.model import Article, Attribution, Event, Factuality, Sentence
from petrel.pipeline import per_article, stage
from petrel.settings import Options
from petrel.stages.syntax import subject_of, to_infinitive, token_at

REPORTING_VERBS = frozenset(
    "say tell report claim announce state add confirm note insist allege write declare explain acknowledge "
    "admit assert testify tweet post reveal disclose indicate argue warn estimate speculate suggest find show "
    "conclude quote cite brief inform stress".split()
)
# Their content is reached through a preposition: "accused the Taliban of plotting", "blamed X for".
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge"})
# Speculation is a claim its speaker does not vouch for.
HEDGING_FRAMES = frozenset({"speculate", "rumor", "rumour"})
# What a reporting verb says: its clause or object ("said that...", "reported an attack"); not an adverbial
# clause ("said, condemning the attack") nor a preposition ("claimed responsibility for the attack").
CONTENT_DEPS = frozenset({"ccomp", "parataxis", "dobj", "dep"})
# "claimed responsibility for the attack" vouches for the attack rather than reporting it.
OWNING_OBJECTS = frozenset({"responsibility", "credit"})
# Nouns that carry a claim: "reiterated the claim that the attack was orchestrated by ...".
CLAIM_NOUNS = frozenset("claim allegation accusation charge assertion report reports".split())
NEGATING_VERBS = frozenset("deny refute reject dismiss refuse decline refrain avoid".split())
# A denial is a claim too: its attribution is the denier ("The Kremlin denied that troops shelled ...").
DENYING_VERBS = frozenset({"deny", "refute", "reject", "dismiss"})
CANCELLING_VERBS = frozenset(["cancel", "abandon", "halt", "scrap", "suspend", "postpone", "drop", "abort"])
# "decided against sending troops", "voted against imposing sanctions"
DECIDING_VERBS = frozenset({"decide", "vote", "opt", "choose", "rule"})
ATTEMPT_VERBS = frozenset(["try", "attempt", "seek"])
ATTEMPT_NOUNS = frozenset({"attempt", "bid"})
FAILURE_WORDS = frozenset(
    "fail failed foil thwart repel repulse avert miss defuse disrupt intercept frustrate unsuccessful "
    "unsuccessfully botched abortive attempt attempted vain".split()
)
# Failure verbs whose subject is the thing that failed: "the attack failed", "the missile missed".
INTRANSITIVE_FAILURES = frozenset({"fail", "miss"})
# Clauses a trigger embeds: what they say failed is their own event, not the trigger's ("said Kabul was failing").
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "conj", "relcl", "acl"})
# "were pushed back", "was beaten back", "fended off the assault"
REPELLING_VERBS = frozenset({"beat", "push", "drive", "fight", "fend", "force"})
PLANNING_VERBS = frozenset(
    "plan intend consider propose want wish hope aim prepare expect threaten vow promise pledge offer agree "
    "decide seek urge ask demand call order plot mull weigh warn proposal threat intention request appeal".split()
)
# How a planned event hangs from the plan: "plans to visit", "called for talks", "a deal to cooperate".
PLANNED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "acl", "relcl"})
# "is set to meet", "is due to visit", "was scheduled to sign": the event lies ahead.
FUTURE_FRAMES = frozenset({"set", "due", "schedule", "slate", "poise"})
MODALS = frozenset({"will", "would", "could", "should", "shall", "might", "may", "can", "must", "'ll", "wo"})
HEDGES = frozenset(
    "reportedly allegedly apparently purportedly possibly probably likely presumably seemingly unconfirmed "
    "alleged suspected unverified".split()
)
BELIEF_VERBS = frozenset(["believe", "suspect", "think", "appear", "seem"])
# PLOVER codes intended CONSULT/SUPPORT/COOPERATE/AID as AGREE, but only when the actor commits to it
# ("agreed to hold talks", "pledged aid", "signed a deal to cooperate"); a modal, a plan or a call for it
# ("would consider talks") keeps its type and is only hypothetical.
FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact"})  # "signed a deal to cooperate"
COMMITMENT_WORDS = AGREEMENT_NOUNS | frozenset("agree pledge promise vow offer commit undertake guarantee".split())
# Stated readiness is an offer: "is ready to accept", "stands ready to help", "open for dialogue", "expressed
# willingness to work with". The adjectives count only as adjectives ("opened talks" is an act).
READINESS_ADJECTIVES = frozenset("ready willing prepared open eager keen".split())
READINESS_NOUNS = frozenset({"readiness", "willingness", "commitment"})
# Stated intent commits to cooperation ("announced its intention to hold talks") but is no offer to yield:
# "announced their intention to lay down arms" is an announced retreat, CONCEDE.
INTENT_NOUNS = frozenset({"intention", "intent"})
# How the offered act hangs from the readiness word: "ready to talk", "open to/for talks", "willingness to".
READINESS_DEPS = frozenset({"xcomp", "acl", "relcl", "prep"})
READINESS_PREPS = frozenset({"to", "for"})
# Stated readiness to yield (CAMEO 035: "ready for a ceasefire", "ready to accept the proposal") is AGREE too;
# a yield merely announced ("will withdraw", "announced a ceasefire") stays CONCEDE/RETREAT.
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})
# A future auxiliary on a verb whose own subject goes on to act promises that act: "will try to help", "will
# continue to provide aid", "would seek to mediate" ("would" is the reported form of "will"). Not "will
# consider sending aid" (deliberation), "will urge Kenya to send aid" (a request), "would allow Kenya to".
PROMISING_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "would"})
PROMISING_CHAIN_VERBS = frozenset(
    "try seek attempt strive endeavour endeavor work continue begin start resume keep move want like wish aim "
    "plan intend".split()
)
# Switch for measuring the readiness, intent, future-chain and schedule commitments on and off in one run.
AGREE_WIDENING = True
CONDITION_MARKERS = frozenset({"if", "unless", "whether"})
ONGOING_VERBS = frozenset({"continue", "keep", "maintain"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
# "forthcoming peace talks", "a planned visit", "possible sanctions": not (yet) real.
FUTURE_MODIFIERS = frozenset("forthcoming upcoming planned proposed future possible potential prospective".split())
PURPOSE_MARKERS = frozenset({"so", "order"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "neither", "nothing"})
# Modality does not cross these: "did not comment after the attack" leaves the attack asserted.
TEMPORAL_PREPS = frozenset("after before during since until amid despite following as when while".split())
CLAUSE_EDGES = frozenset({"relcl", "advcl"})
MAX_CLIMB = 8
OUTLET_WORDS = frozenset(
    "newspaper agency times post journal reuters ap afp tass xinhua bbc cnn television tv radio channel network "
    "media outlet daily broadcaster magazine".split()
)
DOCUMENT_WORDS = frozenset(
    "statement report document communique communiqué letter memo filing video footage images image "
    "photos".split()
)


@dataclass(frozen=True)
class Scope:
    """The trigger and the words whose cues reach it, with where the climb stopped."""

    path: list[Any]  # trigger first, then each word that embeds the previous one
    frame: Any = None  # the reporting verb whose content the trigger is, if the climb stopped there
    edge: Any = None  # the relative or adverbial clause head the climb stopped at, if any
    anchor: Any = None  # the word a temporal preposition hangs from, if the climb stopped there


def assess_events(article: Article, options: Options) -> Article:
    """Set factuality and attribution on every event of the article."""
    if article.skipped:
        return article
    sentences = {s.start: s for s in article.sentences}
    for event in article.events:
        sentence = sentences[event.sentence.start]
        trigger = token_at(sentence, event.trigger.start)
        if trigger is None:
            continue
        event.attribution = find_attribution(article, sentence, trigger)
        event.factuality = classify(trigger, attributed=event.attribution is not None,
                                    negation_in_code=event.negation_in_code)
        _code_commitment(event, trigger)
    return article


def _code_commitment(event: Event, trigger: Any) -> None:
    """A committed-to future CONSULT/SUPPORT/COOPERATE/AID is AGREE in PLOVER ("pledged to send aid"), and so is
    an offer to yield ("ready for a ceasefire"). Readiness is a present state, so the offer it makes is as
    factual as the word that states it ("Ukraine said it is ready to ..." is reported, not hypothetical)."""
    if event.factuality != "hypothetical":
        return
    if (event.type in FUTURE_AS_AGREE and committed(trigger)) or (event.type in YIELD_TYPES and offered(trigger)):
        event.type, event.mode = "AGREE", None
        readiness = _readiness_word(scope_of(trigger))
        if readiness is not None:
            event.factuality = classify(readiness, attributed=event.attribution is not None)


def committed(trigger: Any) -> bool:
    """Whether the trigger is what its actor agreed, pledged, offered or is scheduled to do, not merely
    considered."""
    scope = scope_of(trigger)
    if any(t.lemma_.lower() in COMMITMENT_WORDS or _signed_agreement(t) for t in scope.path[1:4]):
        return True
    if not AGREE_WIDENING:
        return False
    intended = any(t.lemma_.lower() in INTENT_NOUNS and t.pos_ == "NOUN" for t in scope.path[1:4])
    return intended or _ready(scope) or _promised_chain(scope) or _scheduled(scope)


def offered(trigger: Any) -> bool:
    """Whether the trigger is what its actor said it is ready to do ("ready for a ceasefire")."""
    return AGREE_WIDENING and _ready(scope_of(trigger))


def _ready(scope: Scope) -> bool:
    return _readiness_word(scope) is not None


def _readiness_word(scope: Scope) -> Any:
    return next((word for word, child in _steps(scope)[:3] if _readiness(word, child)), None)


def _readiness(word: Any, child: Any) -> bool:
    """ "ready to accept", "willing to send aid", "open for dialogue", "willingness to work with"."""
    lemma, text = word.lemma_.lower(), word.lower_
    if word.pos_ == "ADJ":
        stated = text in READINESS_ADJECTIVES or lemma in READINESS_ADJECTIVES
    else:
        stated = word.pos_ == "NOUN" and lemma in READINESS_NOUNS
    if not stated or child.dep_ not in READINESS_DEPS:
        return False
    return child.dep_ != "prep" or child.lower_ in READINESS_PREPS


def _promised_chain(scope: Scope) -> bool:
    """ "will try to help", "will continue to provide aid": a future auxiliary on a verb the trigger's clause
    is the infinitive of (a nominal trigger through the verb that governs it: "will seek to hold talks")."""
    steps = _steps(scope)[:3]
    if steps and scope.path[0].pos_ == "NOUN":
        steps = steps[1:] if steps[0][1].dep_ in ("dobj", "nsubjpass") else []
    for word, child in steps:
        if child.dep_ != "xcomp" or word.lemma_.lower() not in PROMISING_CHAIN_VERBS:
            return False
        if any(c.dep_ == "aux" and c.lower_ in PROMISING_AUXILIARIES for c in word.children):
            return True
    return False


def _scheduled(scope: Scope) -> bool:
    """ "is set to meet", "is due to visit", "is going to send aid" (not "went to meet", which is past)."""
    return any((word.lemma_.lower() in FUTURE_FRAMES or word.lower_ == "going") and child.dep_ == "xcomp"
               for word, child in _steps(scope)[:3])


def _signed_agreement(verb: Any) -> bool:
    """ "signed an accord on Thursday to supply wheat": the deal is the verb's object, the event its purpose."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in verb.children)


def scope_of(trigger: Any) -> Scope:
    """Climb from the trigger to the first reporting frame, clause edge or temporal preposition."""
    path, token = [trigger], trigger
    while token.head.i != token.i and len(path) < MAX_CLIMB:
        if token.dep_ in CLAUSE_EDGES and not _noun_infinitive(token):
            return Scope(path, edge=token)
        if token.dep_ == "prep" and token.lower_ in TEMPORAL_PREPS:
            return Scope(path, anchor=token.head)
        head = token.head
        if _reports(head, token):
            return Scope(path, frame=head)
        path.append(head)
        token = head
    return Scope(path)


def _noun_infinitive(token: Any) -> bool:
    """ "a deal to cooperate", "a plan to attack": the parser may call these relative clauses, but the noun's
    cues (a deal, a plan, an attempt) reach into them."""
    return token.dep_ == "relcl" and token.tag_ == "VB" and any(c.lower_ == "to" for c in token.children)


def _reports(verb: Any, child: Any) -> bool:
    """Whether `verb` is a reporting verb and `child` is (the head of) what it reports."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in REPORTING_VERBS | ACCUSING_VERBS:
        return False
    if child.dep_ in CONTENT_DEPS:
        return child.lemma_.lower() not in OWNING_OBJECTS
    if child.dep_ == "xcomp":  # "is said to have resigned", not "told residents to leave"
        return _passive(verb)
    return lemma in ACCUSING_VERBS and child.dep_ in ("prep", "pcomp", "pobj")


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def classify(trigger: Any, *, attributed: bool, negation_in_code: bool = False) -> Factuality:
    """Return the factuality of the event whose trigger word is given.

    Scope: the trigger's own modifiers and those of the words that embed it (see :func:`scope_of`). With
    ``negation_in_code`` the event's code already tells the negation (a refusal), so it is not negated.
    """
    scope = scope_of(trigger)
    if not negation_in_code and _negated(scope):
        return "negated"
    if _failed(scope):
        return "failed"
    if _hypothetical(scope):
        return "hypothetical"
    if _hedged(scope):
        return "hedged"
    return "reported" if attributed else "asserted"


def _steps(scope: Scope) -> list[tuple[Any, Any]]:
    """(word, the path word below it) pairs: each embedding word with the child it was reached from."""
    return list(zip(scope.path[1:], scope.path, strict=False))


def _negated(scope: Scope) -> bool:
    path = scope.path
    verbs = [t for t in path if t.pos_ in ("VERB", "AUX")][:3]
    return (
        any(c.dep_ == "neg" for v in verbs for c in v.children)
        or _no_participant(path[0])
        or any(_negating(word, child, path[0]) for word, child in _steps(scope))
        or any(c.lower_ == "without" for c in _own_modifiers(path[0]))
    )


def _no_participant(trigger: Any) -> bool:
    """ "no talks were held", "no ransom was paid", "neither side fired", "nobody was arrested"."""
    if any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in trigger.children):
        return True
    arguments = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(a.lower_ in NEGATIVE_PRONOUNS or any(d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS
                                                   for d in a.children) for a in arguments)


CLAIM_NOUNS = frozenset({"allegation", "accusation", "claim", "charge", "assertion"})


def _negating(word: Any, child: Any, trigger: Any) -> bool:
    """Whether `word` negates what it embeds: "denied shelling", "called off talks", "decided against"."""
    lemma = word.lemma_.lower()
    if child.pos_ == "NOUN" and child.lemma_.lower() in CLAIM_NOUNS and child.i == trigger.i:
        return False  # "rejected Pakistan's allegation": denied, but the allegation was made
    # (what the denied claim tells, "denied claims that its troops had shelled the plant", is negated)
    if word.pos_ == "VERB" and child.dep_ != "nsubj":
        particles = {c.lower_ for c in word.children if c.dep_ in ("prt", "advmod")}
        if lemma in NEGATING_VERBS | CANCELLING_VERBS:
            return True
        if (lemma == "call" and "off" in particles) or (lemma == "rule" and "out" in particles):
            return True
    if lemma == "short" and word.head.lemma_.lower() == "stop":  # "stopped short of imposing sanctions"
        return True
    return word.lower_ == "against" and word.head.lemma_.lower() in DECIDING_VERBS


def _own_modifiers(trigger: Any) -> list[Any]:
    """The trigger's children, and the adjectives of its object ("launched a failed attack")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return [*trigger.children, *(m for o in objects for m in o.children if m.dep_ == "amod")]


def _words(tokens: list[Any]) -> set[str]:
    return {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}


def _failed(scope: Scope) -> bool:
    trigger = scope.path[0]
    modifiers = [m for m in _own_modifiers(trigger) if m.dep_ not in CLAUSE_DEPS]  # not "said [Kabul was failing]"
    if trigger.lemma_.lower() in ATTEMPT_NOUNS or _words(modifiers) & FAILURE_WORDS:
        return True
    if any(_failing(word, child) for word, child in _steps(scope)) or _stopped_before(scope.edge):
        return True
    attempt = _attempt(scope)
    return attempt is not None and (_failure_nearby(trigger) or attempt.tag_ in ("VBD", "VBN"))


def _failing(word: Any, child: Any) -> bool:
    """ "foiled a plot to bomb", "the attack was repelled", "the coup failed", "an attempt to overthrow"."""
    lemma = word.lemma_.lower()
    if lemma in ATTEMPT_NOUNS and word.pos_ == "NOUN":
        return True
    if child.dep_ == "nsubj":
        return lemma in INTRANSITIVE_FAILURES
    if lemma in FAILURE_WORDS:
        return True
    return lemma in REPELLING_VERBS and any(c.lower_ in ("back", "off") for c in word.children)


def _stopped_before(edge: Any) -> bool:
    """ "arrested before they could detonate explosives": the clause names what was prevented."""
    if edge is None:
        return False
    children = {c.lower_ for c in edge.children}
    return "before" in children and bool(children & {"could", "can"})


def _attempt(scope: Scope) -> Any:
    return next((t for t in scope.path[1:] if t.lemma_.lower() in ATTEMPT_VERBS and t.pos_ == "VERB"), None)


def _failure_nearby(trigger: Any) -> bool:
    sentence_lemmas = {t.lemma_.lower() for t in trigger.sent}
    return bool(sentence_lemmas & (FAILURE_WORDS | {"repel", "stop", "prevent", "halt", "overpower"}))


def _hypothetical(scope: Scope) -> bool:
    path = scope.path
    if _attempt(scope) is not None or _planned(scope) or _conditional(scope.edge):
        return True
    if any(_purpose(t) for t in path[:3]):
        return True
    for token in path[:3]:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in MODALS and not _has_perfect(token):
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKERS:
                return True
    trigger = path[0]
    modifiers = [c for c in trigger.children if c.dep_ in ("amod", "advmod", "compound", "nmod")]
    if _words(modifiers) & FUTURE_MODIFIERS or _future_tense(scope.anchor):  # not "the claim that X planned"
        return True
    going_to = any(c.lower_ == "going" for c in trigger.head.children) or trigger.head.lower_ == "going"
    return going_to and trigger.dep_ == "xcomp"


def _planned(scope: Scope) -> bool:
    """ "plans to visit", "threatened to impose sanctions", "called for talks", "is set to meet"."""
    for word, child in _steps(scope)[:3]:
        lemma = word.lemma_.lower()
        if lemma in PLANNING_VERBS | AGREEMENT_NOUNS and child.dep_ in PLANNED_DEPS \
                and not _done_to_the_plan(word, child):
            return True
        if lemma in FUTURE_FRAMES and child.dep_ == "xcomp":
            return True
        if AGREE_WIDENING and _readiness(word, child):
            return True
    return False


def _done_to_the_plan(word: Any, child: Any) -> bool:
    """A past participle that tells what was done to the deal or the plan is no act it plans: "Trade Accord
    Ratified by Paraguayan Senate", "the plan approved by the cabinet" (but "a deal to cooperate" plans one)."""
    return child.dep_ == "acl" and child.tag_ == "VBN" and word.pos_ == "NOUN"


def _conditional(edge: Any) -> bool:
    """An adverbial clause of condition ("if talks fail") or purpose ("so that", "in order to")."""
    if edge is None or edge.dep_ != "advcl":
        return False
    markers = {c.lower_ for c in edge.children if c.dep_ in ("mark", "advmod")}
    return bool(markers & (CONDITION_MARKERS | PURPOSE_MARKERS))


def _purpose(token: Any) -> bool:
    """A to-infinitive clause of purpose: "making bombs to carry out attacks" (the attacks lie ahead); but
    "a ruling to continue to imprison him" (the imprisonment is real)."""
    return (token.dep_ in ("advcl", "ccomp") and token.tag_ == "VB" and token.lemma_.lower() not in ONGOING_VERBS
            and to_infinitive(token))


def _future_tense(verb: Any) -> bool:
    """ "will meet them during a visit": the future, unlike negation, reaches through "during"."""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def _has_perfect(token: Any) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)


def _hedged(scope: Scope) -> bool:
    path = scope.path
    children = [c for t in path for c in t.children]
    if _words(children) & HEDGES or {t.lemma_.lower() for t in path[1:]} & BELIEF_VERBS or _may_have(path):
        return True
    frame = scope.frame
    if frame is None:
        return False
    speaker = _speaker(frame)
    doubted = speaker is not None and bool(_words(list(speaker.children)) & HEDGES)
    said_to = path[-1].dep_ == "xcomp" and _passive(frame)  # "is said to have resigned"
    return doubted or said_to or frame.lemma_.lower() in HEDGING_FRAMES


def _may_have(path: list[Any]) -> bool:
    return any(any(c.lower_ in ("may", "might", "could") for c in t.children) and _has_perfect(t) for t in path[:3])


def find_attribution(article: Article, sentence: Sentence, trigger: Any) -> Attribution | None:
    """Return who makes the claim: a reporting (or denying) verb's subject, "according to" X, or a quote's speaker."""
    frame = _claim_frame(trigger)
    if frame is not None:
        speaker = _speaker(frame)
        if speaker is not None:
            return _attribution(article, sentence, speaker, frame.lemma_.lower())
    for candidate in sentence.doc:
        if candidate.lower_ == "according" and candidate.i + 1 < len(candidate.doc):
            to = candidate.doc[candidate.i + 1]
            speaker = next((c for c in to.children if c.dep_ == "pobj"), None)
            if speaker is not None:
                return _attribution(article, sentence, speaker, "according to")
    return None


def _claim_frame(trigger: Any) -> Any:
    """The nearest verb above the trigger that reports or denies it; else a reporting verb set beside its
    clause ("Rebels, officials said, attacked the town")."""
    token = trigger
    for _ in range(MAX_CLIMB):
        head = token.head
        if head.i == token.i:
            break
        if _reports(head, token) or (head.lemma_.lower() in DENYING_VERBS and head.pos_ == "VERB"):
            return head
        if head.lemma_.lower() in CLAIM_NOUNS and head.pos_ == "NOUN" and token.dep_ in ("acl", "ccomp"):
            return head
        token = head
    return next((c for c in token.children if c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING_VERBS), None)


def _speaker(verb: Any) -> Any:
    """Who speaks: the subject, the "by" agent of a passive, or the subject a participle shares ("..., telling
    journalists that ..."); for a claim noun, its possessor or the subject of the verb that makes it."""
    if verb.pos_ == "NOUN":
        owner = next((c for c in verb.children if c.dep_ == "poss"), None)
        if owner is not None or verb.dep_ != "dobj":
            return owner
        verb = verb.head
    subject = subject_of(verb)
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if subject is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        subject = subject_of(verb.head)
    if subject is None or subject.lower_ in ("it", "there"):
        return None
    return subject


def _attribution(article: Article, sentence: Sentence, speaker: Any, cue: str) -> Attribution:
    from petrel.stages.roles import ActorCoder, phrase_tokens

    tokens = phrase_tokens(speaker)
    start = tokens[0].idx + sentence.offset
    end = tokens[-1].idx + len(tokens[-1].text) + sentence.offset
    words = {t.lower_ for t in tokens}
    coded = ActorCoder(article).code(speaker, sentence)
    actor = coded[0] if coded else None
    if words & OUTLET_WORDS:
        kind = "outlet"
    elif words & DOCUMENT_WORDS:
        kind = "document"
    elif any(t.pos_ == "PROPN" for t in tokens) or speaker.pos_ == "PRON":
        kind = "named_source"
    else:
        kind = "anonymous_source"
    return Attribution(
        article.text[start:end],
        start,
        end,
        kind,
        cue,
        actor.country if actor else None,
        actor.sector if actor else None,
    )


stage(
    "factuality",
    reads=("article.events", "sentence.parse", "article.mentions"),
    adds=("event.factuality", "event.attribution"),
)(per_article(assess_events))
