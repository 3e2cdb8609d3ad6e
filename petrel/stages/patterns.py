"""Match a user's PETRARCH verb dictionary (``petrel.verbs``) on a sentence's parse.

Reads: a sentence's parse
Gives: for each verb of the dictionary, the code of its most specific matching pattern and the phrases
       the pattern marks as source (``$``), target (``+``) or compound (``%``)

Only words the parser tags as verbs are looked up, by surface form and lemma; a phrasal verb ("break
down") needs its other words next to it. Auxiliaries are looked up only as a clause's root or as a modal
("SHOULD" in PETRARCH's validation dictionary); a modal codes only through its patterns, which read its main
verb's phrase ("Gondor should demand Geneva conventions"). Words after ``*`` are matched forwards from the
verb inside its own phrase, words before it backwards to the start of the sentence. A space lets other words in between,
``_`` does not. A role mark or ``^`` takes a whole noun phrase (with its conjuncts: "Gondor and
Osgiliath"), or right after a word of the pattern the rest of that word's phrase ("THEIR ^" in "their Gulf
allies"). Patterns are tried longest first; none matching, the verb's own or its block's code applies.
A verb whose words a matching pattern took ("agreed to attend" under AGREE ``* TO ATTEND``) is no event
of its own.

>>> from petrel.nlp import load_nlp
>>> from petrel.verbs import parse_verb_dictionary
>>> lines = ["--- RESTORE [064] ---", "RESTORE", "- NOT * RELATIONS [112]", "- * TIES [064]"]
>>> verbs = parse_verb_dictionary(lines, "example")
>>> [(m.token.text, m.code) for m in match_sentence(load_nlp()("Arnor did not restore relations."), verbs)]
[('restore', '112')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from petrel.verbs import Element, Pattern, VerbDictionary, VerbEntry, verb_forms

NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@dataclass
class Match:
    """A dictionary verb in a sentence and what its pattern says."""

    token: Any
    code: str | None  # "064", or "032:033" (both ways); None: the dictionary codes no event here
    pattern: str | None
    sources: list[Any] = field(default_factory=list)
    targets: list[Any] = field(default_factory=list)
    compound: list[Any] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)  # token indices the pattern matched


def match_sentence(span: Any, dictionary: VerbDictionary) -> list[Match]:
    """Every dictionary verb of the sentence (a parsed span or text) with its code, leaving out verbs another
    match's pattern took."""
    whole = span.doc
    start, end = (span.start, span.end) if span is not whole else (0, len(whole))
    forms = frozenset(form for token in span for form in (token.lower_, token.lemma_.lower()))
    sentence = ParsedSentence(whole, start, end, _noun_phrases(span, whole), dictionary.synsets, forms)
    matches = [m for token in span if token.pos_ in ("VERB", "AUX") and (m := _match_verb(token, dictionary, sentence))]
    taken = {i for m in matches for i in m.taken}
    return [m for m in matches if m.token.i not in taken]


def _match_verb(token: Any, dictionary: VerbDictionary, sentence: ParsedSentence) -> Match | None:
    modal = is_modal(token)
    if token.pos_ == "AUX" and token.dep_ != "ROOT" and not modal:
        return None
    entries = [e for e in _entries(token, dictionary) if _phrasal_words_present(token, e)]
    if not entries:
        return None
    entry = max(entries, key=lambda e: len(e.words))
    first = token.i - entry.head
    last = token.i + len(entry.words) - entry.head - 1
    for pattern in dictionary.blocks[entry.block].patterns:
        if not sentence.may_match(pattern):
            continue
        found = _match_pattern(pattern, sentence, first, last, _phrase_end(clause_verb(token), sentence))
        if found is not None:
            roles, taken = found
            return Match(token, pattern.code, pattern.text, roles["source"], roles["target"], roles["compound"],
                         taken)
    if modal:
        return None  # a modal codes only through its patterns: its bare code would code every "should"
    return Match(token, dictionary.code_of(entry), None)


def is_modal(token: Any) -> bool:
    """A modal auxiliary ("should", "must") of a verb."""
    return token.tag_ == "MD" and token.dep_ == "aux"


def clause_verb(token: Any) -> Any:
    """The verb whose clause a dictionary verb stands for: a modal's main verb, else the verb itself."""
    return token.head if is_modal(token) else token


def _entries(token: Any, dictionary: VerbDictionary) -> list[VerbEntry]:
    found = list(dictionary.entries_for(token.lower_))
    found += [e for e in dictionary.entries_for(token.lemma_) if e not in found]
    return found


def _phrasal_words_present(token: Any, entry: VerbEntry) -> bool:
    doc = token.doc
    for offset, word in enumerate(entry.words):
        position = token.i - entry.head + offset
        if position == token.i:
            continue
        if not 0 <= position < len(doc) or not _word_matches(doc[position], word):
            return False
    return True


def _phrase_end(verb: Any, sentence: ParsedSentence) -> int:
    """The last token of the verb's own phrase: words after the verb are looked for up to here."""
    return min(max(t.i for t in verb.subtree), sentence.end - 1)


def _match_pattern(pattern: Pattern, sentence: ParsedSentence, first: int, last: int,
                   end: int) -> tuple[dict[str, list[Any]], set[int]] | None:
    roles: dict[str, list[Any]] = {"source": [], "target": [], "compound": []}
    taken: set[int] = set()
    budget = [MAX_STEPS]
    for after in _walk(pattern.after, 0, sentence, last + 1, 1, end, budget):
        for before in _walk(pattern.before, 0, sentence, first - 1, -1, sentence.start, budget):
            for role, head, span in after + before:
                if role in roles:
                    roles[role].append(head)
                taken.update(span)
            return roles, taken
    return None


Step = tuple[str, Any, range]  # (role or "word", head token, the token indices matched)


@dataclass(frozen=True)
class ParsedSentence:
    """What matching reads of a sentence: the whole parsed text (token positions are the text's), the
    sentence's bounds in it, its noun phrases, and the dictionary's synsets."""

    doc: Any
    start: int
    end: int
    phrases: dict[int, tuple[int, int, Any]]
    synsets: dict[str, list[tuple[str, ...]]]
    forms: frozenset[str]  # every token's lower-cased form and lemma
    present: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # synset -> its phrases found here

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end

    def may_hold(self, word: str) -> bool:
        """Whether some token of the sentence may be the word (a quick test before matching patterns)."""
        return word.startswith("&") or not self.forms.isdisjoint(word_forms(word))

    def synset_phrases(self, name: str) -> list[tuple[str, ...]]:
        """The synset's phrases whose every word occurs in the sentence: only these can match."""
        if name not in self.present:
            self.present[name] = [words for words in self.synsets.get(name, [])
                                  if all(self.may_hold(w) for w in words)]
        return self.present[name]

    def may_match(self, pattern: Pattern) -> bool:
        return all(self.may_hold(e.value) if e.kind == "word" else bool(self.synset_phrases(e.value))
                   for e in (*pattern.before, *pattern.after) if e.kind in ("word", "synset"))


# Positions tried per pattern before giving up on it: patterns with several gaps ("$ ^ * ^ +") would
# otherwise take time polynomial in the sentence's length, and a run-on "sentence" can be thousands of words.
MAX_STEPS = 20_000


def _walk(elements: tuple[Element, ...], index: int, sentence: ParsedSentence, position: int, step: int,
          limit: int, budget: list[int]) -> Iterator[list[Step]]:
    """Every way of matching elements[index:] from `position` onwards (backwards when step is -1), while
    the budget of positions lasts."""
    if index == len(elements):
        yield []
        return
    element = elements[index]
    after_word = index > 0 and elements[index - 1].kind in ("word", "synset")
    starts = [position] if element.joined else range(position, limit + step, step)
    for start in starts:
        budget[0] -= 1
        if not _inside(start, limit, step) or budget[0] < 0:
            break
        for next_position, matched in _consume(element, sentence, start, step,
                                               rest_of_phrase=after_word and start == position):
            for rest in _walk(elements, index + 1, sentence, next_position, step, limit, budget):
                yield [matched, *rest]


def _inside(position: int, limit: int, step: int) -> bool:
    return position >= limit if step < 0 else position <= limit


def _consume(element: Element, sentence: ParsedSentence, position: int, step: int, *,
             rest_of_phrase: bool = False) -> Iterator[tuple[int, Step]]:
    """The ways the element matches at `position`. A role mark or ``^`` takes a whole noun phrase, or with
    ``rest_of_phrase`` (right after a word of the pattern) what the word left of it: "THEIR ^" reads
    "their Gondor allies"."""
    doc = sentence.doc
    if not sentence.holds(position):
        return
    if element.kind == "word":
        if _word_matches(doc[position], element.value):
            yield position + step, ("word", doc[position], range(position, position + 1))
        return
    if element.kind == "synset":
        for length in _synset_lengths(element.value, sentence, position, step):
            low, high = sorted((position, position + step * (length - 1)))
            yield position + step * length, ("word", doc[position], range(low, high + 1))
        return
    phrase = sentence.phrases.get(position)
    if phrase is None:
        return
    start, stop, head = phrase
    edge = start if step > 0 else stop - 1
    if position != edge and not (rest_of_phrase and sentence.holds(position - step)
                                 and sentence.phrases.get(position - step) == phrase):
        return
    low, high = (position, stop) if step > 0 else (start, position + 1)
    yield (stop if step > 0 else start - 1), (element.kind, head, range(low, high))


def _synset_lengths(name: str, sentence: ParsedSentence, position: int, step: int, depth: int = 0) -> list[int]:
    """How many tokens each phrase of the synset covers when matched at `position` (none: no match)."""
    lengths = []
    for words in sentence.synset_phrases(name):
        ordered = words if step > 0 else tuple(reversed(words))
        if len(ordered) == 1 and ordered[0].startswith("&") and depth < 3:  # a synset inside a synset
            lengths += _synset_lengths(ordered[0][1:], sentence, position, step, depth + 1)
            continue
        positions = [position + step * k for k in range(len(ordered))]
        if all(sentence.holds(p) and _word_matches(sentence.doc[p], w)
               for p, w in zip(positions, ordered, strict=True)):
            lengths.append(len(ordered))
    return sorted(set(lengths), reverse=True)


def _word_matches(token: Any, word: str) -> bool:
    """A pattern word matches its inflections: "ties" for TIE, "postponed" for POSTPONE, "n't" for NOT."""
    return token.lower_ in word_forms(word) or token.lemma_.lower() == word


@functools.cache
def word_forms(word: str) -> frozenset[str]:
    return verb_forms(word) | ({"n't"} if word == "not" else frozenset())


def _noun_phrases(span: Any, doc: Any) -> dict[int, tuple[int, int, Any]]:
    """Each token of a noun phrase -> (start, end, head) of the phrase with its conjuncts ("Gondor and
    Osgiliath"); pronouns and lone nouns outside spaCy's chunks are phrases of their own."""
    phrases: dict[int, tuple[int, int, Any]] = {}
    chunks = [(chunk.start, chunk.end, chunk.root) for chunk in span.noun_chunks]
    merged: list[tuple[int, int, Any]] = []
    for start, end, root in chunks:
        if merged and root.dep_ == "conj" and root.head == merged[-1][2] \
                and all(doc[i].dep_ in ("cc", "punct") for i in range(merged[-1][1], start)):
            merged[-1] = (merged[-1][0], end, merged[-1][2])
        else:
            merged.append((start, end, root))
    for start, end, root in merged:
        for i in range(start, end):
            phrases[i] = (start, end, root)
    for token in span:
        if token.i not in phrases and token.pos_ in NOUN_POS:
            phrases[token.i] = (token.i, token.i + 1, token)
    return phrases
