"""Verb dictionaries in PETRARCH's format: a user's own CAMEO verb patterns, loaded with ``--verbs FILE``.

A PETRARCH or TABARI user has years of verb patterns ("- * DIPLOMATIC TIES [064]") tuned to a coding
project. petrel reads them as they are: with ``--verbs`` the events of a text are the dictionary's verbs,
coded by its most specific matching pattern, and everything else (parse, actors, dates, places,
factuality) is petrel's own. The format, in brief:

- ``--- NAME [code] ---`` opens a block of synonymous verbs; the code is the block's default
  (``---`` = no event).
- Verb lines: ``SAY {SAID SAYS}`` (irregular forms in braces), an optional code of the verb's own
  (``DOWNPLAY [014]``); several words make a phrasal verb, ``+`` marks its verb where it is not the first
  word (``WIRE_+TAP``).
- Pattern lines: ``- <words before> * <words after> [code]``. ``*`` stands for the verb. Words joined by
  ``_`` must be adjacent; a space allows words in between. ``$`` marks the source's noun phrase, ``+``
  the target's, ``%`` a compound whose members act on each other, ``^`` any noun phrase to skip, and
  ``&NAME`` any phrase of a synset.
- Synsets: ``&NAME`` followed by ``+phrase`` lines, ended by a blank line.
- A code ``A:B`` codes the event both ways: A from source to target and B back ("visit" [032:033]).
- Comments: ``#`` to the end of a line, and ``<!-- ... -->`` lines.

>>> dictionary = parse_verb_dictionary('''
... &TIES
... +DIPLOMATIC TIES
... +RELATIONS
...
... --- RESTORE  [064] ---
... RESTORE
... - NOT * &TIES  [112]
... '''.splitlines(), "example")
>>> [(entry.words, dictionary.code_of(entry)) for entry in dictionary.entries_for("restored")]
[(('restore',), '064')]
>>> [([e.value for e in p.before], [e.value for e in p.after], p.code) for p in dictionary.blocks[0].patterns]
[(['not'], ['ties'], '112')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from petrel.errors import Errors
from petrel.resources import user_file_text

HEADER = re.compile(r"^---\s*(?P<name>[^\[]*?)\s*\[(?P<code>[^\]]*)\]")
CODE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
FORMS = re.compile(r"\{(?P<forms>[^}]*)\}")
NO_CODE = frozenset({"---", ""})
ROLE_MARKS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}


@dataclass(frozen=True)
class Element:
    """One position of a pattern: a word, a synset, or a noun phrase with a role (source, target, compound,
    skip). ``joined`` means it must follow the previous element (or the verb) with no word in between."""

    kind: str
    value: str
    joined: bool


@dataclass(frozen=True)
class Pattern:
    before: tuple[Element, ...]  # read outwards from the verb: the nearest element first
    after: tuple[Element, ...]
    code: str | None
    text: str

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass(frozen=True)
class VerbEntry:
    """One verb of a block: its words (a phrasal verb has several), which of them is the verb, its
    inflected forms, and its own code when it has one."""

    words: tuple[str, ...]
    head: int
    forms: frozenset[str]
    code: str | None  # its own code ("---": no event), or None to take the block's
    block: int


@dataclass
class Block:
    name: str
    code: str | None
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    blocks: list[Block] = field(default_factory=list)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    by_form: dict[str, list[VerbEntry]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def entries_for(self, word: str) -> list[VerbEntry]:
        """The verbs a word (a surface form or lemma, any case) can be an inflection of."""
        return self.by_form.get(word.lower(), [])

    def add_entry(self, entry: VerbEntry) -> None:
        for form in entry.forms:
            bucket = self.by_form.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    def code_of(self, entry: VerbEntry) -> str | None:
        """The verb's own code, else its block's; None when it codes no event ("---")."""
        code = entry.code if entry.code is not None else self.blocks[entry.block].code
        return None if code is None or code in NO_CODE else code


@functools.cache
def verb_forms(verb: str) -> frozenset[str]:
    """The regular inflections PETRARCH generates for a verb.

    >>> sorted(verb_forms("ban"))
    ['ban', 'banned', 'banning', 'bans']
    >>> sorted(verb_forms("deny"))
    ['denied', 'denies', 'deny', 'denying']
    >>> sorted(verb_forms("agree"))
    ['agree', 'agreed', 'agreeing', 'agrees']
    """
    if verb.endswith("e"):
        return frozenset({verb, verb + "s", verb + "d", (verb if verb.endswith("ee") else verb[:-1]) + "ing"})
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return frozenset({verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"})
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        return frozenset({verb, verb + "es", verb + "ed", verb + "ing"})
    stem = verb + verb[-1] if len(verb) <= 4 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb) else verb
    return frozenset({verb, verb + "s", stem + "ed", stem + "ing"})  # ban -> banned, stab -> stabbed


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The lower-cased words of a dictionary phrase, joined by spaces or underscores ("AUSTRIAN_FLORIN")."""
    return tuple(w.lower() for w in re.split(r"[\s_]+", phrase.strip()) if w)


def strip_comment(line: str) -> str:
    """A line of a PETRARCH dictionary without its comment: none when the line opens with ``#``, ``;`` or
    ``<!``; else the text before a ``#`` or ``;`` that follows a space ("[###]" is a code, not a comment).

    >>> strip_comment("ABANDON    # pas 15 Jul 2003"), strip_comment("- * DIPLXMATIC  [###]"), strip_comment("#- % *")
    ('ABANDON', '- * DIPLXMATIC  [###]', '')
    """
    if line.lstrip().startswith(("#", ";", "<!")):
        return ""
    return re.split(r"\s[#;]", line, maxsplit=1)[0].rstrip()


def parse_pattern(text: str, dictionary: VerbDictionary) -> Pattern:
    """Read one pattern line (without its leading ``-``).

    >>> d = VerbDictionary()
    >>> p = parse_pattern("SAID WOULD_*_TALKS [102]", d)
    >>> [e.value for e in p.before], [e.joined for e in p.before], [(e.value, e.joined) for e in p.after]
    (['would', 'said'], [True, False], [('talks', True)])
    """
    match = CODE.search(text)
    if match is None:
        raise ValueError("a pattern needs a [code] at its end")
    code = match.group("code").strip()
    body = text[: match.start()].strip()
    # "IN_ *" and "* _OUT": an underscore next to a space still joins its neighbours.
    body = re.sub(r"_\s+", "_", re.sub(r"\s+_", "_", body))
    if body.count("*") != 1:
        raise ValueError("a pattern needs exactly one * for the verb")
    left, right = body.split("*")
    before = _sequence(left, dictionary, joined_to_verb=False)
    after = _sequence(right, dictionary, joined_to_verb=right.startswith("_"))
    # Words before the verb are matched outwards from it: reverse them, and move each "joined" flag to the
    # element it joins towards the verb.
    reversed_before = []
    for index, element in enumerate(reversed(before)):
        towards_verb = left.endswith("_") if index == 0 else before[len(before) - index].joined
        reversed_before.append(Element(element.kind, element.value, towards_verb))
    return Pattern(tuple(reversed_before), after, None if code in NO_CODE else code, text.strip())


def _sequence(text: str, dictionary: VerbDictionary, *, joined_to_verb: bool) -> tuple[Element, ...]:
    elements: list[Element] = []
    for chunk_index, chunk in enumerate(text.split()):
        parts = [p for p in chunk.split("_") if p]
        for index, part in enumerate(parts):
            kind = ROLE_MARKS.get(part, "synset" if part.startswith("&") else "word")
            value = part[1:].lower() if kind == "synset" else part.lower()
            if kind == "synset" and value not in dictionary.synsets:
                raise ValueError(f"synset &{value.upper()} is not defined before this pattern")
            joined = index > 0 or (chunk_index == 0 and joined_to_verb)
            elements.append(Element(kind, value, joined))
    return tuple(elements)


def _verb_entry(line: str, block: int) -> VerbEntry:
    """ "SAY {SAID SAYS} [023]", "+BREAK_DOWN {+BROKE_DOWN}", "WIRE_+TAP": a verb line of a block."""
    code_match = CODE.search(line)
    code = code_match.group("code").strip() if code_match else None
    line = line[: code_match.start()] if code_match else line
    forms_match = FORMS.search(line)
    irregular = forms_match.group("forms").split() if forms_match else []
    phrase = (line[: forms_match.start()] if forms_match else line).strip().strip("_")
    parts = [p for p in re.split(r"[\s_]+", phrase) if p]
    head = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    words = tuple(p.lstrip("+").lower() for p in parts)
    if not words:
        raise ValueError("a verb line needs a verb")
    forms = set(verb_forms(words[head]))
    for form in irregular:  # "+BROKE_DOWN": the inflected verb of the phrase
        form_parts = [p for p in re.split(r"[\s_]+", form) if p]
        marked = next((p for p in form_parts if p.startswith("+")), form_parts[head] if head < len(form_parts)
                      else form_parts[0])
        forms.add(marked.lstrip("+").lower())
    return VerbEntry(words, head, frozenset(forms), code, block)


def parse_verb_dictionary(lines: list[str], path: str) -> VerbDictionary:
    """Read a verb dictionary; lines that cannot be read are reported in ``problems`` and skipped."""
    dictionary = VerbDictionary()
    synset: str | None = None
    for number, raw in enumerate(lines, start=1):
        header = HEADER.match(raw.strip())
        line = raw.strip() if header else strip_comment(raw).strip()
        if not raw.strip():
            synset = None  # a blank line ends a synset; a comment line inside one does not
        if not line:
            continue
        try:
            if header:
                synset = None
                code = header.group("code").strip()
                dictionary.blocks.append(Block(header.group("name").strip(), None if code in NO_CODE else code))
            elif line.startswith("&"):
                synset = line[1:].split()[0].rstrip("_").lower()
                dictionary.synsets[synset] = []
            elif synset is not None and line.startswith("+"):
                dictionary.synsets[synset].append(phrase_words(line[1:]))
            elif not dictionary.blocks:
                raise ValueError("a verb or pattern before the first '--- NAME [code] ---' block header")
            elif line.startswith("-"):
                dictionary.blocks[-1].patterns.append(parse_pattern(line[1:], dictionary))
            else:
                dictionary.add_entry(_verb_entry(line, len(dictionary.blocks) - 1))
        except ValueError as err:
            dictionary.problems.append(Errors.E022.format(path=path, line=number, reason=err))
    for block in dictionary.blocks:  # the most specific pattern is tried first (PETRARCH: longest first)
        block.patterns.sort(key=lambda p: -p.size)
    return dictionary


@functools.cache
def load_verb_dictionaries(files: tuple[str, ...]) -> VerbDictionary:
    """Load a user's verb dictionaries (read as one, in order), once per process and set of files."""
    problems: list[str] = []
    dictionary = VerbDictionary()
    for name in files:
        text = user_file_text(Path(name), problems)
        if text is None:
            continue
        part = parse_verb_dictionary(text.splitlines(), name)
        if not part.blocks:
            problems.append(Errors.E023.format(path=name))
        offset = len(dictionary.blocks)
        dictionary.blocks += part.blocks
        dictionary.synsets.update(part.synsets)
        for entries in part.by_form.values():
            for entry in entries:
                dictionary.add_entry(VerbEntry(entry.words, entry.head, entry.forms, entry.code,
                                               entry.block + offset))
        problems += part.problems
    dictionary.problems = problems
    return dictionary
