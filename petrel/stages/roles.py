"""Turn the head word of a role phrase into coded actors (country, sector, canonical name).

Used by the events stage. An actor phrase is the head noun with its modifiers, possessives,
``of`` phrases and appositions ("Venezuela's defense minister", "Vladimir Padrino, the defense
minister", "the Ukrainian city of Kharkiv"). The dictionary mentions inside the phrase give the
country and the sector; a generic institution with no country in the phrase ("police", "the
interior ministry") takes the article's focus country; pronouns take the latest actor of the
article that fits. Names joined by a hyphen ("China-Russia partnership", "U.S.-Taliban deal") are
each an actor; a possessive before the main clause ("At their meeting, Tokyo and Washington ...")
stands for its subject, and the act of another that a verb answers ("Tehran rejected its offer")
is not the subject's own. Unnamed gunmen or attackers are the armed group the story names; "the
organization" or "the agency" is the international body named before it; a first-person pronoun in a
quote with no speaker in its sentence is the speaker named in the sentence before or after. A bare count
that undergoes an act ("the vast majority were killed") is the story's civilians.
"""

from __future__ import annotations

import re
from typing import Any

from petrel.actors import SPEAKS_FOR
from petrel.lexicon import load_lexicon
from petrel.model import Actor, Article, Mention, Sentence
from petrel.stages.mentions import PLACE_KINDS
from petrel.stages.syntax import first_conjunct, outbreak_verb, reporting_verb, subject_of, word_before_hyphen

PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod",
                         "advmod", "appos", "punct", "cc", "conj", "prep", "pobj", "npadvmod"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "its", "their"})
GOVERNMENT_KINDS = frozenset({"country", "capital"})
# What may frame a state's name in a phrase that is still only the name: "the U.S.", "Israel's".
STATE_NAME_FRAME = re.compile(r"^\s*the\s+|\s*(?:'s|’s|')\s*$", re.IGNORECASE)
# A holder of an office who no longer holds it is an elite (ELI, PLOVER.md: ex-officials), whatever the office:
# "former President Jacob Zuma", "Anwar, an ex-deputy prime minister" (not "the education minister, Nadiem
# Makarim, former CEO of Go-Jek": the word must qualify the office the sector comes from).
FORMERLY = re.compile(r"\b(?:former|ex-|onetime|one-time|erstwhile)\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})  # "former soldiers" are veterans, no elite
# "The country's leaders", "the nation's police": the state named just before, not the story's focus country.
THE_COUNTRYS = re.compile(r"\bthe (?:country|nation)(?:'s|’s)", re.IGNORECASE)
COUNTRY_REFERENCE_CHARS = 300
STATE_NAME_KINDS = frozenset({"country", "capital", "demonym"})
PEOPLE_WORDS = frozenset({"people", "civilians", "residents", "villagers", "citizens", "person",
                          "man", "men", "woman", "women", "child", "children", "family", "families"})
# Sectors that belong to a state: a generic mention of one takes the article's focus country.
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY", "CVL", "OPP", "REB", "BUS",
                              "LAB", "EDU", "MED", "JRN", "REL", "AGR", "CRM", "ELI", "REF", "SOC", "PRM",
                              "UAF"})
VAGUE = frozenset({"west", "international community", "world", "allies", "west's", "western countries",
                   "western nations", "western powers", "the west"})
# "Western politicians", "international observers": no country of their own, and not the article's either.
VAGUE_MODIFIERS = frozenset({"western", "international", "global", "world"})
# "Diplomats from the G7", "security forces in Somalia": these phrases say whose the actor is.
ORIGIN_PREPS = frozenset({"of", "from", "in"})

SPEAKER_PRONOUNS = frozenset({"we", "us", "i", "me", "our", "my"})
# The doers of violence a pronoun may stand for, named within this many sentences before it.
ARMED_SECTORS = frozenset({"UAF", "REB", "MIL", "COP", "SPY", "CRM"})
ARMED_WINDOW = 3
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
PLURAL_POSSESSIVES = frozenset({"their", "our"})
REPORTING_LEMMAS = frozenset({"say", "tell", "add", "state", "announce", "claim", "insist", "write", "confirm"})
# "The group", "the militants": a definite generic noun for an armed or organised actor refers back to
# the latest such actor named in the article.
GROUP_NOUNS = frozenset({"group", "groups", "militants", "rebels", "insurgents", "militia", "militias",
                         "organization", "organisation", "movement", "fighters", "jihadists", "extremists"})
GROUP_SECTORS = frozenset({"REB", "UAF", "CRM", "NGO", "PTY", "SOC", "OPP"})
# Named-entity types of a head word that never names an actor ("Monday", "last week", "50%", "$20 billion").
NOT_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY"})
# Verbs that answer another party's act: the act they take as object is that party's.
RESPONSE_LEMMAS = frozenset({"reject", "accept", "welcome", "condemn", "criticize", "criticise", "denounce",
                             "praise", "dismiss", "refuse", "decline", "hail", "slam", "ignore", "answer",
                             "protest", "applaud", "deplore", "decry"})
# The sectors of politicians and their parties, which "opposition" makes the opposition (OPP).
PARTISAN_SECTORS = frozenset({"PTY", "LEG", "GOV", "CVL"})
# Civil-society sectors: with "international" ("international rights groups") the actor is a
# non-governmental organisation (PLOVER code NGO), not a state's.
CIVIL_SOCIETY = frozenset({"SOC", "NGO"})
# Generic nouns for a body: "the organization", "the agency", "the council" stand for one named before.
BODY_NOUNS = frozenset({"organization", "organisation", "agency", "council", "body", "bloc", "alliance"})
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO"})
# Civil-society bodies: with no country named, they are non-governmental organisations (PLOVER NGO), as the
# gold codes rights groups and aid agencies, not bodies of the country they work in.
ORGANISATION_NOUNS = frozenset({"group", "agency", "organization", "organisation", "charity", "foundation", "ngo"})


class ActorCoder:
    """Codes role phrases of one article, resolving pronouns to earlier mentions."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def names_a_state(self, actor: Actor) -> bool:
        """Whether the actor's phrase is a state's name or its capital's ("Mali", "Bamako"), as the mentions stage
        resolved it (with the user's dictionaries and at the article's date)."""
        inside = [m for m in self.article.mentions if actor.start <= m.start and m.end <= actor.end]
        if not inside or any(m.kind not in GOVERNMENT_KINDS for m in inside):
            return False
        rest = self.article.text[actor.start:actor.end]
        for m in sorted(inside, key=lambda m: m.start, reverse=True):  # "Mali, Burkina Faso and Niger": names only
            rest = rest[:m.start - actor.start] + rest[m.end - actor.start:]
        rest = STATE_NAME_FRAME.sub(" ", rest)  # "the U.S.", "Israel's"
        return not rest.replace(",", " ").replace(" and ", " ").strip()

    def code_all(self, heads: list[Any], sentence: Sentence, *, armed: bool = False) -> list[Actor]:
        """Code the role phrases; ``armed`` marks the doers of violence, whose pronouns ("they attacked")
        stand for an armed actor named shortly before, not for the latest people mentioned."""
        actors: list[Actor] = []
        for head in _with_conjuncts(heads):
            for token in (*reversed(self._separate_names(head, sentence)), head):
                for actor in self.code(token, sentence, armed=armed):
                    if actor not in actors:
                        actors.append(actor)
        return actors

    def _separate_names(self, head: Any, sentence: Sentence) -> list[Any]:
        """The names hyphenated to `head` that are parties of their own ("China-Russia partnership"),
        not parts of one name ("al-Shabab")."""
        end = head.idx + len(head.text) + sentence.offset
        return [token for token in _hyphen_partners(head)
                if not any(m.start <= token.idx + sentence.offset and end <= m.end for m in self.article.mentions)]

    def code(self, head: Any, sentence: Sentence, *, armed: bool = False) -> list[Actor]:
        """Code the phrase headed by `head`; conjoined modifiers give several actors."""
        lower = "" if _united_states(head) else head.lower_
        if lower in POSSESSIVE_PRONOUNS and head.dep_ == "poss":
            subject = _clause_subject(head.head)
            if subject is not None and _answers_another(head.head):
                unlike = {a.country for a in self.code(subject, sentence) if a.country}
                return self._antecedent(head, sentence, unlike=unlike)  # "Tehran rejected its offer": not Iran's
            if subject is not None and lower in PLURAL_POSSESSIVES:
                return self.code_all([subject], sentence)  # "their meeting": every conjoined subject
            if subject is not None:
                return self.code(subject, sentence)  # "Nigeria renewed its support": its = Nigeria
            later = _later_main_subject(head)
            if later is not None:
                return self.code_all([later], sentence)  # "At their meeting, Tokyo and Washington agreed"
        if lower in SPEAKER_PRONOUNS | PERSON_PRONOUNS | GROUP_PRONOUNS:
            # In a direct quote only "I"/"we" are the speaker: in "'They attacked the hotel,' the governor
            # said", "they" are the attackers.
            quoted_other = lower not in SPEAKER_PRONOUNS and _in_direct_quote(head)
            speaker = None if quoted_other else _reporting_subject(head)
            if speaker is not None:
                return self.code(speaker, sentence)
            if lower in SPEAKER_PRONOUNS:
                nearby = self._nearby_speaker(sentence)
                return self.code(*nearby) if nearby is not None else []
            return self._antecedent(head, sentence, armed=armed)
        if head.pos_ == "PRON" or (head.ent_type_ in NOT_ACTOR_ENTITIES and not self._named_at(head, sentence)):
            return []  # "that", "which", "what", "Monday": no actor of their own (but "Kyiv overnight" is Kyiv)
        tokens = phrase_tokens(head, leave_out=self._separate_names(head, sentence))
        if not tokens:
            return []  # the head is itself a name hyphenated to another word ("China" in "China-Russia")
        start = tokens[0].idx + sentence.offset
        end = tokens[-1].idx + len(tokens[-1].text) + sentence.offset
        inside = [m for m in self.article.mentions if start <= m.start and m.end <= end]
        text = self.article.text[start:end]
        if text.lower().removeprefix("the ").strip() in VAGUE:
            return [Actor(text, start, end)]
        if text.lower().removeprefix("the ").strip() in SIDES:
            sides = self._sides_of_latest_fight(head, sentence)
            if sides:  # each side keeps its code; the evidence is the phrase here
                return [Actor(text, start, end, side.country, side.sector, side.name) for side in sides]
        head_start = head.idx + sentence.offset
        if not inside or all(m.kind == "agent" for m in inside):
            antecedent = self._group_antecedent(head, start)
            if antecedent is None:
                antecedent = self._body_antecedent(head, start)
            if antecedent is not None:
                return [Actor(text, start, end, antecedent.country, antecedent.sector, antecedent.name)]
        return self._combine(text, start, end, inside, head_start, head)

    def _named_at(self, head: Any, sentence: Sentence) -> bool:
        """Whether a dictionary name (not an agent noun) covers the word, whatever entity the tagger gave it."""
        at = head.idx + sentence.offset
        return any(m.start <= at < m.end and m.kind != "agent" for m in self.article.mentions)

    def _group_antecedent(self, head: Any, start: int) -> Mention | None:
        """The armed group or organisation that "the group" / "the militants" stands for."""
        if head.lower_ not in GROUP_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in head.children):
            return None  # "the rebel group of X" names its own actor
        return next((m for m in reversed(self.article.mentions)
                     if m.end <= start and m.kind != "agent" and m.country and m.sector in GROUP_SECTORS), None)

    def _body_antecedent(self, head: Any, start: int) -> Mention | None:
        """The international body that "the organization", "the agency" or "his organization" stands for: the
        latest organisation named before, when it belongs to no one state (a UN agency, the EU, an NGO)."""
        if head.lemma_.lower() not in BODY_NOUNS or head.tag_ != "NN" or not _definite(head):
            return None
        if any(c.dep_ in ("compound", "prep", "nmod") for c in head.children):
            return None  # "the city council", "the agency for refugees": a name of its own
        latest = next((m for m in reversed(self.article.mentions) if m.end <= start and m.kind == "organisation"
                       and m.country), None)
        return latest if latest is not None and latest.country in INTERNATIONAL_CODES else None

    def _combine(self, text: str, start: int, end: int, inside: list[Mention], head_start: int,
                 head: Any) -> list[Actor]:
        at_head = next((m for m in inside if m.start <= head_start < m.end), None)
        agents = [m for m in inside if m.kind == "agent"]
        named = [m for m in inside if m.kind != "agent" and (m.country or m.sector)]
        if any(m.country and m.end <= head_start for m in named):
            # "The U.S. ambassador in Kenya": a state named before the head owns it; "in" only places it.
            placed = _placed_in(head, head_start - head.idx)
            named = [m for m in named if not any(low <= m.start and m.end <= high for low, high in placed)]
        sector = _sector(at_head, agents, named, head)
        if (sector or "")[:3] == "CVL" and _uprooted(head):
            sector = "REF"
        if (sector or "")[:3] in OFFICE_SECTORS and _held_formerly(sector or "", text, start, inside):
            sector = "ELI"
        countries = _countries(at_head, named, (head_start, head_start + len(head.text)))
        civil_body = head.lemma_.lower() in ORGANISATION_NOUNS
        if not countries and (sector or "")[:3] in CIVIL_SOCIETY and (_vague(text) or civil_body):
            countries = ["NGO"]  # "international rights groups", "aid agencies", "environment groups"
        placeless = _vague(text) or _regional(inside)
        if not countries and THE_COUNTRYS.search(text):
            countries = self._latest_country(start)  # "relations with Cuba, after the country's leaders ..."
        if not countries and (sector or "")[:3] in DOMESTIC_SECTORS and self.article.focus_country and not placeless:
            countries = [self.article.focus_country]
        if (sector or "").startswith("UAF"):
            group = self._story_armed_group(start)
            if group is not None:
                sector = group.sector
                countries = countries if any(m.country for m in named) else [group.country]
        name = next((m.name for m in [at_head, *named] if m and m.name and m.kind not in ("city",)), None)
        if at_head and at_head.kind == "person" and not at_head.name:
            name = at_head.text
        return [Actor(text, start, end, country, sector, name) for country in countries or [None]]

    def _latest_country(self, start: int) -> list[str]:
        """The state named last before an offset (by its name, capital or adjective), if it is named shortly before
        (this sentence or the last)."""
        latest = next((m for m in reversed(self.article.mentions) if m.end <= start and m.kind in STATE_NAME_KINDS
                       and m.country and len(m.country) == 3), None)
        return [latest.country] if latest is not None and start - latest.end <= COUNTRY_REFERENCE_CHARS else []

    def _antecedent(self, head: Any, sentence: Sentence, *, armed: bool = False,
                    unlike: frozenset[str] | set[str] = frozenset()) -> list[Actor]:
        """The latest fitting actor before a pronoun: a person for he/she, a group or state for it/they; for a
        subject pronoun, the latest such subject of this sentence or the one before, when there is one.
        Countries in ``unlike`` are not what the pronoun stands for."""
        start = head.idx + sentence.offset
        wanted_person = head.lower_ in PERSON_PRONOUNS
        earlier = [m for m in self.article.mentions if m.end <= start and (m.country or m.sector)
                   and m.country not in unlike]
        fitting = [m for m in earlier if (m.kind == "person") == wanted_person
                   or (wanted_person and self._one_person(m))]
        recent_armed = [m for m in fitting if armed and (m.sector or "")[:3] in ARMED_SECTORS
                        and m.start >= self._window_start(sentence, ARMED_WINDOW)]
        if recent_armed:
            fitting = recent_armed  # "Gunmen stormed a hotel ... 'They attacked at dawn'": they = gunmen
        elif head.dep_ in ("nsubj", "nsubjpass") and fitting:
            # A subject pronoun continues the topic: the last subject among the latest mentions of the
            # previous sentence ("Nigeria said ... the WHO. It also renewed") rather than the last mention.
            fitting = self._recent_subjects(fitting, sentence) or fitting
        if not fitting:
            return []
        mention = fitting[-1]
        whole = self._whole_phrase(mention) if not wanted_person else []
        if whole:  # "G7 foreign ministers ... They called on China": the phrase, not only "foreign ministers"
            return [Actor(head.text, start, start + len(head.text), a.country, a.sector, a.name) for a in whole]
        if (mention.sector or "").startswith("UAF"):
            mention = self._story_armed_group(start) or mention
        country = mention.country or (self.article.focus_country if mention.sector else None)
        return [Actor(head.text, start, start + len(head.text), country, mention.sector or
                      ("GOV" if mention.kind in GOVERNMENT_KINDS else None), mention.name)]

    def _whole_phrase(self, mention: Mention) -> list[Actor]:
        """The coding of the whole phrase an agent mention heads, when its modifiers say more than the agent
        word alone: "G7 foreign ministers" (IGO), not foreign ministers of the story's country."""
        if mention.kind != "agent" or mention.country:
            return []
        for sentence in self.article.sentences:
            if sentence.start <= mention.start < sentence.end and sentence.doc is not None:
                token = self._token_ending_at(mention.end)
                if token is None or token.dep_ in ("compound", "amod", "nmod", "poss"):
                    return []
                return [a for a in self.code(token, sentence) if a.country]
        return []

    def _nearby_speaker(self, sentence: Sentence) -> tuple[Any, Sentence] | None:
        """The speaker of a quote that names none: the subject of "said" in the sentence before or, failing that,
        after it ("We will talk them into it." ... "he said" in the paragraph around it)."""
        index = next((i for i, s in enumerate(self.article.sentences) if s.start == sentence.start), None)
        if index is None:
            return None
        sentences = self.article.sentences
        for other in [*sentences[max(index - 1, 0):index], *sentences[index + 1:index + 2]]:
            subject = _reporting_verb_subject(other)
            if subject is not None:
                return subject, other
        return None

    def _sides_of_latest_fight(self, head: Any, sentence: Sentence) -> list[Actor]:
        """The parties of the latest two-sided act named up to `head` in this sentence or the few before it:
        "X has been fighting Y, and the UN says both sides committed abuses" (both sides = X and Y)."""
        index = next((i for i, s in enumerate(self.article.sentences) if s.start == sentence.start), 0)
        for earlier in reversed(self.article.sentences[max(index - SIDES_WINDOW, 0):index + 1]):
            if earlier.doc is None:
                continue
            for token in reversed(earlier.doc):
                if earlier is sentence and token.i >= head.i:
                    continue
                actors = [a for a in self.code_all(_two_sides(token), earlier) if a.country]
                if len({(a.country, a.sector) for a in actors}) >= 2:
                    return actors
        return []

    def _story_armed_group(self, start: int) -> Mention | None:
        """The armed group the story names, which its unnamed gunmen or attackers are taken to be (the gold
        codes "gunmen" in a story about al-Shabab as al-Shabab): the latest named before `start`, else the
        first named after it."""
        groups = [m for m in self.article.mentions if m.kind == "group" and m.country and m.sector == "REB"]
        before = [m for m in groups if m.end <= start]
        return before[-1] if before else next(iter(groups), None)

    def _window_start(self, sentence: Sentence, previous: int) -> int:
        """Where the sentence `previous` sentences before this one starts."""
        earlier = [s for s in self.article.sentences if s.end <= sentence.start][-previous:]
        return earlier[0].start if earlier else sentence.start

    def _recent_subjects(self, mentions: list[Mention], sentence: Sentence) -> list[Mention]:
        """The mentions that are subjects, in this sentence before the pronoun or in the one before it."""
        window_start = self._window_start(sentence, 1)
        out = []
        for mention in mentions:
            if mention.start < window_start:
                continue
            token = self._token_ending_at(mention.end)
            if token is not None and token.dep_ == "pobj" and token.head.lower_ == "of" \
                    and token.head.head.lemma_.lower() in COUNT_WORDS:
                token = token.head.head  # "hundreds of protesters gathered": the protesters are the subject
            if token is not None and token.dep_ in ("nsubj", "nsubjpass"):
                out.append(mention)
        return out

    def _one_person(self, mention: Mention) -> bool:
        """An agent that "he" or "she" can stand for: the singular head of its phrase ("the minister"), not a
        plural or a modifier ("officials", "social media platform")."""
        if mention.kind != "agent":
            return False
        token = self._token_ending_at(mention.end)
        return token is not None and token.tag_ == "NN" and token.dep_ not in ("compound", "amod", "nmod")

    def _token_ending_at(self, end: int) -> Any:
        for sentence in self.article.sentences:
            if sentence.start < end <= sentence.end and sentence.doc is not None:
                return next((t for t in sentence.doc if t.idx + sentence.offset + len(t.text) == end), None)
        return None


# Words that count the people of a phrase: "hundreds of protesters", "dozens of people".
COUNT_WORDS = frozenset({"hundred", "thousand", "dozen", "million", "score", "group", "number", "crowd"})
# "Both sides", "the warring parties": the two sides of a fight or negotiation named shortly before.
SIDES = frozenset({"both sides", "two sides", "all sides", "parties", "both parties", "two parties", "all parties",
                   "warring parties", "warring sides", "warring factions", "belligerents", "each side", "either side",
                   "sides", "two warring sides", "two warring parties", "both warring sides", "both warring parties"})
# How many sentences back the fight may be named: a few paragraphs (6 found the warring parties of a UN appeal
# three sentences after the fight on VOA dev, where 2 did not; held-out figures unchanged).
SIDES_WINDOW = 6
SIDE_TAKING_LEMMAS = frozenset({"fight", "fighting", "clash", "battle", "war", "negotiate", "talk", "talks",
                                "negotiation", "conflict"})


def _united_states(token: Any) -> bool:
    """ "The US imposed sanctions": "US" in mixed-case text is the United States, not the pronoun "us"."""
    return token.text == "US" and not token.sent.text.isupper()


def _two_sides(token: Any) -> list[Any]:
    """The heads of the two sides of a fight or negotiation word: "X fought Y", "X clashed with Y", "the war
    between X and Y"; none when the word names only one side."""
    if token.lemma_.lower() not in SIDE_TAKING_LEMMAS:
        return []
    linked = [g for holder in [token, *outbreak_verb(token)] for prep in holder.children if prep.dep_ == "prep"
              and prep.lower_ in ("with", "against", "between") for g in prep.children if g.dep_ == "pobj"]
    if token.pos_ == "VERB":
        linked = [c for c in token.children if c.dep_ in ("nsubj", "dobj")] + linked
    heads = [t for head in linked for t in (head, *head.conjuncts)]
    return heads if len(heads) >= 2 else []


def _reporting_verb_subject(sentence: Sentence) -> Any:
    """The noun or name that is the subject of a reporting verb in the sentence ("Pranowo said", "he told VOA")."""
    if sentence.doc is None:
        return None
    return next((c for t in sentence.doc if t.lemma_.lower() in REPORTING_LEMMAS and t.pos_ == "VERB"
                 for c in t.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                 and c.lower_ not in SPEAKER_PRONOUNS), None)


def _definite(noun: Any) -> bool:
    """ "the agency", "this body", "its council": a noun pointing back to something already named."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or (c.dep_ == "poss" and c.pos_ == "PRON")
               for c in noun.children)


def _answers_another(noun: Any) -> bool:
    """A possessed act that the clause's subject answers rather than does: "rejected its offer", "welcomed
    their proposal" (someone else's), unlike "renewed its support" (the subject's own)."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in RESPONSE_LEMMAS and load_lexicon().has(
        noun.lemma_.lower(), "NOUN")


def _regional(inside: list[Mention]) -> bool:
    """A phrase placed in a region of several states ("Central European leaders"): not the article's country."""
    return any(m.kind in PLACE_KINDS and not m.country for m in inside)


def _vague(text: str) -> bool:
    """A phrase that places its actor nowhere in particular: "Western politicians", "foreign donors"."""
    return any(word in VAGUE_MODIFIERS for word in text.lower().split())


def is_vague(text: str) -> bool:
    """A party left with no country on purpose: "the West", "the international community", "Western donors"."""
    return text.lower().removeprefix("the ").strip() in VAGUE or _vague(text)


def _held_formerly(sector: str, text: str, start: int, inside: list[Mention]) -> bool:
    """Whether the office the sector comes from is qualified as a former one ("former President Jacob Zuma")."""
    return any((m.sector or "")[:3] == sector[:3]
               and FORMERLY.search(text[max(0, m.start - start - 30):m.start - start]) for m in inside)


def _sector(at_head: Mention | None, agents: list[Mention], named: list[Mention], head: Any) -> str | None:
    sector = _phrase_sector(at_head, agents, named, head)
    if (sector or "")[:3] in PARTISAN_SECTORS and any(m.text.lower().startswith("opposition") for m in agents):
        return "OPP"  # "opposition parties", "opposition lawmakers": the gold codes an opposition politician OPP
    if (sector or "")[:3] in PARTISAN_SECTORS - {"CVL"} and any(m.text.lower().startswith("anti-") and m.sector == "OPP"
                                                                for m in agents):
        return "OPP"  # "the anti-government parties" (anti-government protesters stay civilians)
    return sector


def _phrase_sector(at_head: Mention | None, agents: list[Mention], named: list[Mention], head: Any) -> str | None:
    speaking = [m for m in agents if m.text.lower() in SPEAKS_FOR]
    behalf = [m.sector for m in [*agents, *named] if m.sector and m not in speaking]
    if (head.lower_ in SPEAKS_FOR or at_head in speaking or at_head is None) and speaking and behalf:
        return behalf[0]  # "the foreign ministry spokesman" speaks for the ministry
    if at_head and at_head.kind == "agent":
        described = [m.sector for m in agents if m is not at_head and m.sector and not m.sector.startswith("UNK")]
        if (at_head.sector or "").startswith("UNK") and described:
            return described[-1]  # "the separatist militant group": the modifier says what kind of group
        return at_head.sector
    if at_head and at_head.sector:
        return at_head.sector
    if agents:
        return agents[-1].sector
    if at_head and at_head.kind in GOVERNMENT_KINDS:
        return "GOV"
    if at_head and at_head.kind == "demonym" and _plural_people(head):
        return "CVL"
    if head.lower_ in PEOPLE_WORDS or (not named and _counted_people(head)):
        return "CVL"
    sectors = [m.sector for m in named if m.sector]
    if not sectors and named and all(m.kind in STATE_NAME_KINDS for m in named):
        return "GOV"  # "Canadian exports", "travel from India": the state is the party, as "Russia" is
    return sectors[0] if sectors else None


def _plural_people(head: Any) -> bool:
    """A demonym that heads its phrase as a plural names people ("the five Uyghurs", "sending Afghans back"),
    not the state; the parser often tags such words as singular proper nouns, so the plural "s" decides."""
    if head.tag_ == "NNPS":
        return True
    return head.pos_ in ("PROPN", "NOUN") and head.lower_.endswith("s") \
        and not head.lower_.endswith("ss")


# Words that count people without naming them ("the vast majority were raped", "nearly half were assaulted",
# "hundreds were detained"): the gold codes them as civilians of the story's country.
COUNTING_WORDS = frozenset({"majority", "half", "many", "dozens", "hundreds", "thousands", "scores", "most"})


def _counted_people(head: Any) -> bool:
    """A bare count of people standing as a role phrase: a number or a counting word with no "of" phrase
    saying who ("40 of them", "hundreds of soldiers" are coded from what they count)."""
    counts = head.pos_ == "NUM" or head.lower_ in COUNTING_WORDS
    # Only undergoers: "hundreds rallied" as a doer gave spurious events their confidence in headline tests.
    undergoes = head.dep_ != "nsubj"
    # Only an "of" phrase says who is counted; "including some younger than five" adds detail.
    return counts and undergoes and head.ent_type_ not in NOT_ACTOR_ENTITIES \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _placed_in(head: Any, offset: int) -> list[tuple[int, int]]:
    """The text spans of the head's "in" phrases ("in Kenya")."""
    spans = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            last = max(child.subtree, key=lambda t: t.i)
            spans.append((child.idx + offset, last.idx + len(last.text) + offset))
    return spans


def _countries(at_head: Mention | None, named: list[Mention], head_span: tuple[int, int]) -> list[str]:
    in_head = _names_in_token(named, *head_span)
    if len(in_head) > 1:
        return in_head  # "U.S.-China" written as one word: both are parties
    members = [m.country for m in named if at_head and (m.start, m.end) == (at_head.start, at_head.end)]
    if len(members) > 1:
        return [c for c in dict.fromkeys(members) if c]  # a compound actor: "the Shire" is FRO, BIL and SAM
    owner = _owning_state(at_head, named)
    if owner is not None:
        return [owner]  # "Mexico's Senate": the dictionary's "Senate" is the U.S. one
    if at_head and at_head.country:
        return [at_head.country]
    countries: list[str] = []
    for mention in named:
        if mention.country and mention.country not in countries:
            countries.append(mention.country)
    return countries[:1] if len(countries) > 1 and not _conjoined(named) else countries


# Institutions every state has, which the dictionary files under one state ("Senate": USA).
GENERIC_INSTITUTIONS = frozenset({"senate", "parliament", "congress", "assembly", "cabinet", "government",
                                  "court", "police", "army", "navy", "military", "ministry", "judiciary"})


def _owning_state(at_head: Mention | None, named: list[Mention]) -> str | None:
    """The state a possessive or adjective before a generic institution names: "Mexico's Senate", "the Mexican
    Senate"."""
    if at_head is None or at_head.kind != "organisation" or at_head.text.lower() not in GENERIC_INSTITUTIONS:
        return None
    owners = [m.country for m in named if m.end <= at_head.start and m.kind in ("country", "demonym") and m.country]
    return owners[-1] if owners and owners[-1] != at_head.country else None


def _names_in_token(named: list[Mention], start: int, end: int) -> list[str]:
    """The distinct countries of the names inside one token (a hyphenated "U.S.-China")."""
    countries: list[str] = []
    for mention in named:
        if mention.country and mention.country not in countries and start <= mention.start and mention.end <= end:
            countries.append(mention.country)
    return countries


def _conjoined(named: list[Mention]) -> bool:
    """Several countries in one phrase are separate actors only when listed ("Hungarian and Romanian")."""
    return len({m.kind for m in named}) == 1


def _with_conjuncts(heads: list[Any]) -> list[Any]:
    """The heads with their conjuncts, and the members of a list the parser read as an apposition ("Mordor,
    the Shire, Fornost and Bree": "the Shire" apposed to Mordor, the others conjoined to it)."""
    out: list[Any] = []
    for head in heads:
        listed = [m for c in head.children if c.dep_ == "appos" and c.conjuncts for m in (c, *c.conjuncts)]
        for token in (head, *head.conjuncts, *listed):
            if token not in out and token.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
                out.append(token)
    return out


def _hyphen_partners(head: Any) -> list[Any]:
    """The names joined to `head` by a hyphen, each a party of its own: "China-Russia partnership",
    "Turkish-Iranian relations" (the parser hangs the first name on the second)."""
    before = word_before_hyphen(head)
    linked = before is not None and before.head.i == head.i and before.dep_ in ("amod", "compound", "nmod")
    return [before, *_hyphen_partners(before)] if linked else []


def phrase_tokens(head: Any, *, leave_out: list[Any] | tuple[Any, ...] = ()) -> list[Any]:
    """The tokens of the noun phrase around `head`: modifiers, possessives, `of` phrases, appositions.

    Conjoined heads are left out (they are actors of their own), and so are clauses.
    """
    keep = [head]
    for child in head.children:
        if child.dep_ == "conj" or child.dep_ == "cc" or child in leave_out:
            continue
        if child.dep_ == "prep" and child.lower_ not in ORIGIN_PREPS:
            continue
        if child.dep_ == "prep" and child.lower_ == "in" and head.pos_ == "PROPN":
            continue  # "Rubio in Jeddah": a named actor's location is not its origin
        if child.dep_ in PHRASE_DEPS:
            keep += [t for t in child.subtree if not _in_clause(t, head)]
    keep.sort(key=lambda t: t.i)
    while keep and keep[-1].dep_ in ("punct", "cc"):
        keep.pop()
    while keep and (keep[0].dep_ == "punct" or keep[0].is_space):
        keep.pop(0)
    return keep


OPENING_QUOTES = frozenset({"“", '"', "‘"})
CLOSING_QUOTES = frozenset({"”", '"', "’"})


def _in_direct_quote(token: Any) -> bool:
    """Whether the token stands inside quotation marks opened earlier in its sentence."""
    inside = False
    for previous in token.sent:
        if previous.i >= token.i:
            return inside
        if previous.text in OPENING_QUOTES and not inside:
            inside = True
        elif previous.text in CLOSING_QUOTES and inside:
            inside = False
    return inside


def closes_a_quote(token: Any) -> bool:
    """Whether the token's sentence carries on a quote opened in a sentence before it: a closing quotation mark
    after the token with no opening mark before it ("... missing people. At the same time, we'll fight on.")."""
    opened = False
    for word in token.sent:
        if word.text in OPENING_QUOTES and word.text not in CLOSING_QUOTES:
            opened = True
        elif word.text in CLOSING_QUOTES and word.i > token.i:
            return not opened and not _in_direct_quote(word)
    return False


def _reporting_subject(pronoun: Any) -> Any:
    """The speaker a pronoun stands for: "X said he would ...", "'We urge ...,' Khan said"."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "police said the attackers killed him": an object is not the speaker
    clause = pronoun.head
    for _ in range(3):
        reporting = reporting_verb(clause, REPORTING_LEMMAS)
        if reporting is not None:
            return subject_of(reporting, kinds=NAMING_POS)
        if clause.head.i == clause.i:
            break
        clause = clause.head
    if pronoun.lower_ in SPEAKER_PRONOUNS and clause.dep_ == "ROOT":
        speaker = next((t for t in clause.sent if t.lemma_.lower() in REPORTING_LEMMAS and t.i > clause.i
                        and t.dep_ in ("parataxis", "ccomp", "conj", "advcl", "ROOT")), None)
        if speaker is not None:
            return subject_of(speaker, kinds=NAMING_POS)
    return None


# Only a noun or a name can be whom a pronoun stands for: not another pronoun.
NAMING_POS = ("NOUN", "PROPN")


def _later_main_subject(pronoun: Any) -> Any:
    """The main clause's subject that a possessive in a phrase before it stands for: "In its statement, the
    ministry said", "At their meeting, Tokyo and Washington agreed"."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or pronoun.i >= subject.left_edge.i or pronoun.i >= root.i:
        return None
    return subject


def _clause_subject(noun: Any) -> Any:
    """The subject of the clause a possessed noun sits in: "Nigeria renewed [its support]"."""
    verb = noun.head if noun.dep_ in ("dobj", "attr", "pobj", "xcomp") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i), None)


# Acts that move people out of a country they are in or into one that takes them: those deported, sent back
# or resettled are migrants or refugees (PLOVER REF), as the gold codes them, not plain civilians.
UPROOTING_LEMMAS = frozenset({"deport", "repatriate", "resettle", "deportation", "repatriation", "resettlement"})
# With "back": "sent them back to China", "forced back". Not "handed over", which prisoners and hostages are too.
RETURNING_LEMMAS = frozenset({"send", "force", "return", "push"})


def _uprooted(head: Any) -> bool:
    """Whether the people a phrase names undergo a deportation: the object or passive subject of "deport",
    "repatriate", "resettle" or "sent/forced back", or the "of" phrase of "the deportation of"."""
    head = first_conjunct(head)  # "deported women and children": the children too
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in UPROOTING_LEMMAS:
        return True
    if head.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in UPROOTING_LEMMAS:
        return True
    return lemma in RETURNING_LEMMAS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                             for c in verb.children)


def _in_clause(token: Any, head: Any) -> bool:
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        token = token.head
    return False
