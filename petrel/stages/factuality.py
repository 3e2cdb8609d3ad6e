"""Decide how certain each event is, and who claims it.

Reads: article.events (trigger), article.sentences (parse), article.mentions
Adds:  event.factuality, event.attribution

Cues are read on the path from the trigger up to the sentence root (NegEx/ConText-style scope on
the parse): a negation on the trigger or on a verb that embeds it ("did not attack", "denied
meeting", "called off talks"), an attempt ("tried to storm", "failed coup attempt"), a modal, plan
or condition ("would consider talks", "plans to visit", "if talks fail"), a hedge ("reportedly",
"may have"), and a reporting frame ("officials said", "according to the newspaper", a quote).

Precedence, strongest first: negated > failed > hypothetical > hedged > reported > asserted. A
reported failed attack is ``failed``, with ``attribution`` still set.
"""

from __future__ import annotations

from typing import Any

from petrel.model import Article, Attribution, Sentence
from petrel.pipeline import per_article, stage
from petrel.settings import Options

REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "report",
        "claim",
        "announce",
        "state",
        "add",
        "confirm",
        "note",
        "insist",
        "allege",
        "write",
        "declare",
        "explain",
        "acknowledge",
        "admit",
        "assert",
        "testify",
        "tweet",
        "post",
        "reveal",
        "disclose",
        "indicate",
        "argue",
        "warn",
    ]
)
NEGATING_VERBS = frozenset(["deny", "refute", "reject", "dismiss"])
CANCELLING_VERBS = frozenset(["cancel", "abandon", "halt", "scrap", "suspend", "postpone", "drop", "abort"])
ATTEMPT_VERBS = frozenset(["try", "attempt", "seek"])
FAILURE_WORDS = frozenset(
    [
        "fail",
        "failed",
        "foil",
        "thwart",
        "repel",
        "repulse",
        "avert",
        "miss",
        "unsuccessful",
        "botched",
        "abortive",
        "attempt",
        "attempted",
    ]
)
PLANNING_VERBS = frozenset(
    [
        "plan",
        "intend",
        "consider",
        "propose",
        "want",
        "wish",
        "hope",
        "aim",
        "prepare",
        "expect",
        "threaten",
        "vow",
        "promise",
        "pledge",
        "offer",
        "agree",
        "decide",
        "seek",
        "urge",
        "ask",
        "demand",
        "call",
        "order",
        "plot",
        "mull",
        "weigh",
    ]
)
MODALS = frozenset({"will", "would", "could", "should", "shall", "might", "may", "can", "must", "'ll", "wo"})
HEDGES = frozenset(
    [
        "reportedly",
        "allegedly",
        "apparently",
        "purportedly",
        "possibly",
        "probably",
        "likely",
        "presumably",
        "seemingly",
        "unconfirmed",
        "alleged",
        "suspected",
    ]
)
BELIEF_VERBS = frozenset(["believe", "suspect", "think", "appear", "seem"])
# PLOVER codes future or intended CONSULT/SUPPORT/COOPERATE/AID as AGREE.
FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONDITION_MARKERS = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "without"})
OUTLET_WORDS = frozenset(
    [
        "newspaper",
        "agency",
        "times",
        "post",
        "journal",
        "reuters",
        "ap",
        "afp",
        "tass",
        "xinhua",
        "bbc",
        "cnn",
        "television",
        "tv",
        "radio",
        "channel",
        "network",
        "media",
        "outlet",
        "daily",
        "broadcaster",
        "magazine",
    ]
)
DOCUMENT_WORDS = frozenset(["statement", "report", "document", "communique", "communiqué", "letter", "memo", "filing"])


def assess_events(article: Article, options: Options) -> Article:
    """Set factuality and attribution on every event of the article."""
    if article.skipped:
        return article
    sentences = {s.start: s for s in article.sentences}
    for event in article.events:
        sentence = sentences[event.sentence.start]
        trigger = _token_at(sentence, event.trigger.start)
        if trigger is None:
            continue
        event.attribution = find_attribution(article, sentence, trigger)
        event.factuality = classify(trigger, attributed=event.attribution is not None)
        if event.factuality == "hypothetical" and event.type in FUTURE_AS_AGREE:
            event.type, event.mode = "AGREE", None  # PLOVER: intended cooperation is AGREE
    return article


def _token_at(sentence: Sentence, start: int) -> Any:
    return next((t for t in sentence.doc if t.idx + sentence.offset == start), None)


def _path(trigger: Any) -> list[Any]:
    """The trigger and the words above it, up to the first reporting verb or the root."""
    path, token = [trigger], trigger
    while token.head.i != token.i and len(path) < 8:
        token = token.head
        if token.lemma_.lower() in REPORTING_VERBS and token.pos_ == "VERB":
            break
        path.append(token)
    return path


def classify(trigger: Any, *, attributed: bool) -> str:
    """Return the factuality of the event whose trigger word is given.

    Scope: the trigger's own modifiers and those of the verbs that embed it, below any reporting verb.
    """
    path = _path(trigger)
    lemmas = {t.lemma_.lower() for t in path[1:]}
    children = [c for t in path for c in t.children]
    child_lemmas = {c.lower_ for c in children} | {c.lemma_.lower() for c in children}
    objects = [c for c in trigger.children if c.dep_ == "dobj"]  # "launched a failed attack"
    modifiers = [*trigger.children, *(m for o in objects for m in o.children if m.dep_ == "amod")]
    own = {c.lower_ for c in modifiers} | {c.lemma_.lower() for c in modifiers}
    if _negated(path, lemmas, child_lemmas, own):
        return "negated"
    if lemmas & FAILURE_WORDS or own & FAILURE_WORDS or trigger.lemma_.lower() in FAILURE_WORDS:
        return "failed"
    if lemmas & ATTEMPT_VERBS:
        return "failed" if _failure_nearby(trigger) else "hypothetical"
    if _hypothetical(trigger, path, lemmas):
        return "hypothetical"
    if child_lemmas & HEDGES or lemmas & BELIEF_VERBS or _may_have(path):
        return "hedged"
    return "reported" if attributed else "asserted"


def _negated(path: list[Any], lemmas: set[str], child_lemmas: set[str], own: set[str]) -> bool:
    verbs = [t for t in path if t.pos_ in ("VERB", "AUX")]
    negated_verb = any(c.dep_ == "neg" for v in verbs[:3] for c in v.children)
    no_determiner = any(c.dep_ == "det" and c.lower_ == "no" for c in path[0].children)
    against = any(c.lower_ == "against" for t in path[1:2] for c in t.children) and "decide" in lemmas
    called_off = any(t.lemma_.lower() == "call" and any(c.lower_ == "off" for c in t.children) for t in path)
    return (
        negated_verb
        or no_determiner
        or against
        or called_off
        or bool(lemmas & NEGATING_VERBS)
        or bool(lemmas & CANCELLING_VERBS)
        or "without" in own
    )


def _failure_nearby(trigger: Any) -> bool:
    sentence_lemmas = {t.lemma_.lower() for t in trigger.sent}
    return bool(sentence_lemmas & (FAILURE_WORDS | {"push", "beat", "repel", "stop", "prevent", "halt"}))


def _hypothetical(trigger: Any, path: list[Any], lemmas: set[str]) -> bool:
    if lemmas & PLANNING_VERBS and any(t.dep_ in ("xcomp", "ccomp", "dobj", "pobj") for t in path[:2]):
        return True
    for token in path[:3]:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in MODALS and not _has_perfect(token):
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKERS:
                return True
        if token.dep_ == "advcl" and any(c.lower_ in CONDITION_MARKERS for c in token.children):
            return True
    going_to = any(c.lower_ == "going" for c in trigger.head.children) or trigger.head.lower_ == "going"
    return going_to and trigger.dep_ == "xcomp"


def _has_perfect(token: Any) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)


def _may_have(path: list[Any]) -> bool:
    return any(any(c.lower_ in ("may", "might", "could") for c in t.children) and _has_perfect(t) for t in path[:3])


def find_attribution(article: Article, sentence: Sentence, trigger: Any) -> Attribution | None:
    """Return who makes the claim: a reporting verb's subject, "according to" X, or a quote's speaker."""
    token = trigger
    for _ in range(8):
        if token.head.i == token.i:
            break
        token = token.head
        if token.lemma_.lower() in REPORTING_VERBS and token.pos_ == "VERB":
            speaker = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if speaker is not None and speaker.lower_ not in ("it", "there"):
                return _attribution(article, sentence, speaker, token.lemma_.lower())
    for candidate in sentence.doc:
        if candidate.lower_ == "according" and candidate.i + 1 < len(candidate.doc):
            to = candidate.doc[candidate.i + 1]
            speaker = next((c for c in to.children if c.dep_ == "pobj"), None)
            if speaker is not None:
                return _attribution(article, sentence, speaker, "according to")
    return None


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
