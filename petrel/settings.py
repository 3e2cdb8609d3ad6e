"""Settings: one table of named defaults, and the frozen options object every stage receives."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import NamedTuple


class Setting(NamedTuple):
    name: str
    default: object
    help: str


SETTINGS = (
    Setting("min_confidence", 0.0, "Drop events whose confidence is below this (0-1)."),
    Setting("min_factuality", "negated", "Keep events at least this certain (see FACTUALITY_ORDER)."),
    Setting("asserted_only", False, "Keep only events the article states as fact in its own voice."),
    Setting("max_chars", 1_000_000, "Articles longer than this many characters are refused."),
    Setting("piece_chars", 100_000, "Long articles are parsed in pieces of about this many characters."),
    Setting("english_only", True, "Skip articles that do not look like English."),
    Setting("implied_parties", True, "Code an act with no named target (and a protest with no named protesters) "
                                     "against the country where it took place, marked inferred."),
    Setting("batch_size", 32, "Articles parsed together by spaCy."),
    Setting("actor_files", (), "Extra actor dictionaries (TSV) added to the bundled ones."),
    Setting("verb_files", (), "PETRARCH-format verb dictionaries that replace petrel's trigger lexicon."),
)

# From most to least certain. `--min-factuality hedged` keeps asserted, reported and hedged events.
FACTUALITY_ORDER: tuple[str, ...] = ("asserted", "reported", "hedged", "hypothetical", "failed", "negated")


@dataclass(frozen=True, kw_only=True)
class Options:
    """What a run may change; stages read it and never mutate it."""

    min_confidence: float = 0.0
    min_factuality: str = "negated"
    asserted_only: bool = False
    max_chars: int = 1_000_000
    piece_chars: int = 100_000
    english_only: bool = True
    implied_parties: bool = True
    batch_size: int = 32
    actor_files: tuple[str, ...] = field(default_factory=tuple)
    verb_files: tuple[str, ...] = field(default_factory=tuple)

    def keeps(self, factuality: str, confidence: float) -> bool:
        """Whether an event with this factuality and confidence passes the filters.

        >>> Options(min_factuality="reported").keeps("hedged", 0.9)
        False
        """
        if confidence < self.min_confidence:
            return False
        if self.asserted_only:
            return factuality == "asserted"
        return FACTUALITY_ORDER.index(factuality) <= FACTUALITY_ORDER.index(self.min_factuality)


def settings_match_options() -> bool:
    """The settings table and the Options fields name the same things with the same defaults.

    >>> settings_match_options()
    True
    """
    option_defaults = {f.name: (f.default_factory() if callable(f.default_factory) else f.default)
                       for f in fields(Options)}
    return option_defaults == {s.name: s.default for s in SETTINGS}
