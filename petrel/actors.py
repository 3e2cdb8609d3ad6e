"""Actor dictionaries: phrases that name countries, people, organisations and agents.

Format (documented in ``resources/actors/README.md``): UTF-8 TSV with ``#`` comments and a header
``phrase country sector name start end kind``; agents: ``phrase sector secondary kind``. A user's
own files in the same format, or in PETRARCH's (``petrel.petrarch_actors``), are added with
``--actors FILE``; a phrase they define replaces the bundled entries for it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from petrel.errors import Errors
from petrel.resources import read_tsv, resource_path, user_file_text

# Generated from PETRARCH2 / NGEC (scripts/build_actor_dictionaries.py), then the hand-written files that
# fill their gaps: recent office holders and news actors the sources lack (never overwritten by the script).
BUNDLED = ("actors/countries.tsv", "actors/international.tsv", "actors/nonstate.tsv",
           "actors/office_holders.tsv", "actors/news_actors.tsv")
# The hand-written agents come first: the first file to list a phrase decides its sector, so they correct
# the generated file ("spokesman" is not media, "militants" are armed opposition, not unidentified gunmen).
AGENTS = ("actors/news_agents.tsv", "actors/agents.tsv")
# A phrase that names a state ("China") means the state, even where a company shares the name.
STATE_KINDS = frozenset({"country", "capital", "demonym"})
# Role nouns that stand for the organisation named with them ("the foreign ministry spokesman" is GOV,
# "a member of a crime group" CRM): their own agent sector yields to the organisation's.
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
                        "member", "members", "representative", "representatives", "official", "officials",
                        "leader", "leaders", "chief", "head", "commander", "commanders"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary line: what a phrase stands for, and when (for office holders)."""

    country: str | None
    sector: str | None
    name: str | None
    kind: str
    start: date | None = None
    end: date | None = None
    compound: bool = False  # one member of a compound actor ("THE_SHIRE [FRO/BIL/SAM]" in PETRARCH's format)

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class ActorDictionary:
    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    surfaces: dict[str, str] = field(default_factory=dict)  # lower-cased phrase -> as written
    agents: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add_phrase(self, phrase: str, entry: Entry) -> None:
        self.phrases.setdefault(phrase.lower(), []).append(entry)
        self.surfaces.setdefault(phrase.lower(), phrase)

    def add_agent(self, phrase: str, sector: str, secondary: str | None) -> None:
        for form in plural_forms(phrase.lower()):
            self.agents.setdefault(form, (sector, secondary))

    def resolve(self, phrase: str, day: date | None) -> Entry | None:
        """Return the entry a phrase stands for on a day (office holders change over time).

        A person out of office on the day (after a term, or between two terms) is coded as a former
        official (ELI); one not yet in any office keeps only their country.
        """
        entries = self.phrases.get(phrase.lower())
        if not entries:
            return None
        valid = [entry for entry in entries if entry.valid_on(day)]
        if valid:
            return max(valid, key=lambda e: (e.kind in STATE_KINDS, e.sector is not None, e.start or date.min))
        if day is not None and all(e.kind == "person" for e in entries):
            return _out_of_office(entries, day)
        return max(entries, key=lambda e: e.end or date.max)


    def members(self, phrase: str, day: date | None) -> list[Entry]:
        """The members of a compound actor valid on the day ("the Shire": FRO, BIL and SAM); empty for any
        other phrase."""
        return [e for e in self.phrases.get(phrase.lower(), []) if e.compound and e.valid_on(day)]


def _out_of_office(entries: list[Entry], day: date) -> Entry:
    ended = [e for e in entries if e.end and e.end < day]
    if ended:
        last = max(ended, key=lambda e: e.end or date.min)
        return Entry(last.country, "ELI", last.name, last.kind, last.start, last.end)
    first = min(entries, key=lambda e: e.start or date.min)
    return Entry(first.country, None, first.name, first.kind)


def plural_forms(phrase: str) -> list[str]:
    """Return the phrase and its regular plural (the last word inflected).

    >>> plural_forms("police officer")
    ['police officer', 'police officers']
    >>> plural_forms("militia")
    ['militia', 'militias']
    """
    head = phrase.rsplit(" ", 1)[-1]
    if head.endswith(("s", "x", "ch", "sh")):
        plural = phrase + "es" if not head.endswith("s") else phrase
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        plural = phrase[:-1] + "ies"
    elif head.endswith("man"):
        plural = phrase[:-3] + "men"
    else:
        plural = phrase + "s"
    return [phrase] if plural == phrase else [phrase, plural]


def _parse_day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def load_actor_file(dictionary: ActorDictionary, path: Path) -> None:
    """Add the entries of one actor file (petrel's TSV or PETRARCH's format); bad lines are reported, the
    rest loaded."""
    from petrel.petrarch_actors import load_petrarch_actor_file, looks_like_petrarch

    text = user_file_text(path, dictionary.problems)
    if text is None:
        return
    if looks_like_petrarch(text):
        load_petrarch_actor_file(dictionary, path, text)
        return
    for number, row in read_tsv(path):
        try:
            if not row.get("phrase"):
                raise ValueError("empty phrase")
            dictionary.add_phrase(row["phrase"], Entry(
                country=row.get("country") or None,
                sector=row.get("sector") or None,
                name=row.get("name") or None,
                kind=row.get("kind") or "organisation",
                start=_parse_day(row.get("start", "")),
                end=_parse_day(row.get("end", "")),
            ))
        except ValueError as err:
            dictionary.problems.append(Errors.E016.format(path=path, line=number, reason=err))


def load_agent_file(dictionary: ActorDictionary, path: Path) -> None:
    for _, row in read_tsv(path):
        if row.get("phrase") and row.get("sector"):
            dictionary.add_agent(row["phrase"], row["sector"], row.get("secondary") or None)


@functools.cache
def load_actors(extra_files: tuple[str, ...] = ()) -> ActorDictionary:
    """Load the bundled dictionaries plus a user's files, once per process and set of files."""
    dictionary = ActorDictionary()
    for name in BUNDLED:
        if resource_path(name).exists():
            load_actor_file(dictionary, resource_path(name))
    for name in AGENTS:
        if resource_path(name).exists():
            load_agent_file(dictionary, resource_path(name))
    if extra_files:  # a phrase in the user's files replaces what the bundled ones say of it
        own = ActorDictionary()
        for extra in extra_files:
            load_actor_file(own, Path(extra))
        for phrase, entries in own.phrases.items():
            dictionary.phrases[phrase] = entries
            dictionary.surfaces[phrase] = own.surfaces[phrase]
        dictionary.agents.update(own.agents)
        dictionary.problems += own.problems
    return dictionary
