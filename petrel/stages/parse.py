"""Split articles into sentences and parse them.

Reads: article.text
Adds:  article.language, article.sentences (each with its spaCy parse), article.skipped for
       articles too long or not in English
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from petrel.errors import Errors, Warnings
from petrel.model import Article, Sentence
from petrel.nlp import load_nlp
from petrel.pipeline import stage
from petrel.settings import Options
from petrel.stages.syntax import (
    FINAL_PUNCTUATION,
    HEADLINE_MAX_TOKENS,
    PARTICLE_PREPS,
    first_conjunct,
    headline_like,
)

# Frequent English function words; news prose in English has about 35-45 % of its words here,
# other languages (even with English loanwords) under 10 %.
ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "by",
        "as",
        "at",
        "from",
        "it",
        "his",
        "her",
        "said",
        "has",
        "have",
        "be",
        "were",
        "are",
        "an",
        "not",
        "this",
        "which",
        "but",
        "had",
        "after",
        "its",
        "their",
        "they",
        "he",
        "she",
        "who",
        "will",
        "been",
        "would",
        "also",
        "more",
        "than",
        # Pronouns and modals of quoted speech, and the commonest words of news prose, so that a short
        # quote-led sentence ("'We urge X to cooperate,' the spokesman told reporters.") reads as English.
        "we",
        "our",
        "us",
        "you",
        "i",
        "my",
        "them",
        "there",
        "or",
        "if",
        "about",
        "against",
        "over",
        "into",
        "when",
        "while",
        "could",
        "should",
        "can",
        "told",
        "says",
        "reporters",
        "statement",
        "government",
        "minister",
        "ministry",
        "president",
        "officials",
        "police",
        "people",
        "foreign",
        "spokesman",
        "spokeswoman",
        "military",
        "forces",
        "troops",
    ]
)
# Function words of the languages most often mixed into news feeds; a text with more of these than of
# the English ones is not English, however short.
FOREIGN_WORDS = frozenset(
    "de la el los las que y en del por para con una un est le les des et du dans pour une der die das und "
    "ist von mit den nicht il che di della per sono e da em os não ao uma".split()
)
MIN_ENGLISH_SHARE = 0.15
TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
HEADLINE_CAPITALISED = 0.7  # share of capitalised words that marks a Title Case headline
# Words Title Case leaves in lower case (articles, conjunctions, short prepositions); they do not count against a
# headline being Title Case ("Military Ramps up Production in Anticipation of Conflict with Armenia").
TITLE_CASE_MINOR_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on onto per to up via with from into over amid than vs "
    "out down".split())
# Headline verbs the tagger reads as nouns ("Police in Addis Ababa Allege ...", "Rebels announce suspension") are
# mended by reparsing a copy of the sentence (mend_headline_verbs); switch off to compare.
MEND_HEADLINE_VERBS = True
# A word that is also a noun is no verb when the probe's only subject for it is an adjective (switch off to compare).
REJECT_ADJECTIVE_SUBJECTS = True
# A name before a verb read as the plural subject of a participle marks that verb (switch off to compare).
NAMED_SUBJECT_BEFORE_PARTICIPLE = True
# A verb read as a plural noun before an event noun read as the verb: "ICC Issues Arrest Warrant"
# (_verbs_before_event_nouns; switch off to compare).
VERBS_BEFORE_EVENT_NOUNS = True
# Dependencies of a tensed verb the parser built into a noun phrase ("Suicide Bomber Strikes Mosque").
NOMINAL_DEPS = frozenset(["compound", "amod", "nmod"])
KICKER_MAX_TOKENS = 6  # words before a headline's colon that can be a kicker: "Analysis:", "Turmoil in Iraq:"
FINITE_VERB_TAGS = frozenset(["VBZ", "VBP", "VBD", "MD"])
NOUN_MODIFIERS = frozenset(["DET", "NUM", "PRON"])  # "the attack", "their intention", "two attacks"
SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])
NOT_VERB_DEPS = frozenset(["pobj", "dobj", "nsubj", "nsubjpass", "poss"])
SINGULAR_TAGS = frozenset(["NN", "NNP"])
COMMON_WORDS = ENGLISH_WORDS | frozenset(
    "leader leaders government forces army police attack attacks talks deal new minister president "
    "people party court council state security national republic united democratic".split())
SHORT_TEXT_WORDS = 30  # headlines and short items have few function words: English unless foreign ones show
WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """Return "en" when the text reads as English, else "other" ("" when there are no words).

    >>> detect_language("Police arrested two men in the capital on Monday.")
    'en'
    >>> detect_language("La policía detuvo a dos hombres en la capital el lunes.")
    'other'
    >>> detect_language("UN Welcomes Peace Agreement")
    'en'
    >>> detect_language("RSF Shells Displacement Camp Near El Fasher")
    'en'
    """
    written = WORD.findall(text[:5000])
    if not written:
        return ""
    words = [word.lower() for word in written]
    english = sum(word in ENGLISH_WORDS for word in words) / len(words)
    # An acronym in mixed-case text is no foreign function word: "UN Welcomes Peace Agreement" is not French.
    mixed_case = not text[:5000].isupper()
    # Nor is a capitalised one that opens a name in English text: "El Fasher", "La Paz", "Le Pen", "Des Moines".
    foreign_words = [w for i, w in enumerate(written) if w.lower() in FOREIGN_WORDS
                     and not (mixed_case and (w.isupper() or _opens_a_name(written, i)))]
    foreign = len(foreign_words) / len(words)
    if foreign > english and foreign >= 0.1:
        return "other"
    return "en" if english >= MIN_ENGLISH_SHARE or len(words) < SHORT_TEXT_WORDS else "other"


def split_pieces(text: str, piece_chars: int) -> list[tuple[int, str]]:
    """Cut a long text into (offset, piece) parts at paragraph or sentence ends.

    >>> split_pieces("One. Two. Three.", 6)
    [(0, 'One. '), (5, 'Two. '), (10, 'Three.')]
    """
    pieces, start = [], 0
    while start < len(text):
        end = min(start + piece_chars, len(text))
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end) + 1)
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def split_title(piece: str) -> list[tuple[int, str]]:
    r"""Cut a title line off the start of an article, as (offset, text) parts: the parser would run it into the
    first sentence, and a title is parsed (and recased) best on its own.

    >>> split_title("Rebels Announce Ceasefire\nThe rebels said on Monday that they would stop fighting.")
    [(0, 'Rebels Announce Ceasefire'), (26, 'The rebels said on Monday that they would stop fighting.')]
    """
    line, newline, rest = piece.partition("\n")
    words = line.split()
    if not newline or not rest.strip() or not words or len(words) > HEADLINE_MAX_TOKENS:
        return [(0, piece)]
    if line.rstrip().endswith(tuple(FINAL_PUNCTUATION)):
        return [(0, piece)]
    return [(0, line), (len(line) + 1, rest)]


RECASE_MIN_WORDS = 3  # "Kenya Scolds Uganda": subject, verb, object


def recase_headline(text: str, actor_files: tuple[str, ...] = ()) -> str:
    """Lower-case a Title Case Headline (same length, so offsets hold), keeping names the dictionaries know
    (the bundled ones and the user's ``actor_files``).

    The parser tags most capitalised words as proper nouns, so "Leader Criticizes Response" has no verb.

    >>> recase_headline("Russia Condemns Attack On Embassy In Kyiv")
    'Russia condemns attack on embassy in Kyiv'
    """
    words = TITLE_WORD.findall(text)
    major = [w for w in words if w not in TITLE_CASE_MINOR_WORDS]
    capitalised = [w for w in major if w[0].isupper()]
    if len(words) < RECASE_MIN_WORDS or len(capitalised) < HEADLINE_CAPITALISED * len(major) or "\n" in text.strip():
        return text
    names, ordinary = proper_words(actor_files), ordinary_words()
    kept = _words_of_known_names(text, actor_files)
    return TITLE_WORD.sub(lambda m: m.group(0) if m.start() == 0 or m.start() in kept
                          or _name_word(m.group(0).lower(), names, ordinary) else m.group(0).lower(), text)


NAME_MAX_WORDS = 5  # "Islamic State West Africa Province"


def _words_of_known_names(text: str, actor_files: tuple[str, ...] = ()) -> set[int]:
    """Offsets of the words of capitalised names the dictionaries know whole, though each word is ordinary
    ("Amnesty International", "Security Council", "Red Cross"): lower-cased, "amnesty" would read as an act."""
    words = list(TITLE_WORD.finditer(text))
    names, kept = multiword_names(actor_files), set()
    for i in range(len(words)):
        for n in range(min(NAME_MAX_WORDS, len(words) - i), 1, -1):
            run = words[i:i + n]
            if _adjacent(text, run) and all(w.group(0)[0].isupper() for w in run) \
                    and " ".join(w.group(0).lower() for w in run) in names:
                kept.update(w.start() for w in run)
                break
    return kept


def _adjacent(text: str, words: list[re.Match[str]]) -> bool:
    return all(text[a.end():b.start()] == " " for a, b in itertools.pairwise(words))


@functools.cache
def multiword_names(actor_files: tuple[str, ...] = ()) -> frozenset[str]:
    """Lower-cased capitalised names of two words or more in the actor dictionaries ("amnesty international")."""
    from petrel.actors import load_actors

    return frozenset(key for key, surface in load_actors(actor_files).surfaces.items()
                     if " " in key and all(w[:1].isupper() for w in surface.split()))


def _name_word(word: str, names: frozenset[str], ordinary: frozenset[str]) -> bool:
    """A headline word to keep capitalised: part of a known name, and not an ordinary word or one that
    names an event ("Sign", "Border" and "Response" occur in some organisation's name, but in a headline
    they are the verb or a common noun). A possessive keeps its name: "Kenya's"."""
    word = word.removesuffix("'s").removesuffix("’s")
    return word in names and not any(form in ordinary for form in _base_forms(word))


def _base_forms(word: str) -> tuple[str, ...]:
    """The word and the stems its regular inflections may come from ("signs" -> "sign", "blocked" -> "block")."""
    forms = [word]
    for ending in ("ies", "es", "s", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            forms += [stem, stem + "e", stem + "y"] if ending in ("ies", "ing", "ed") else [stem]
    return tuple(forms)


@functools.cache
def ordinary_words() -> frozenset[str]:
    """Words that are not names in a headline: the trigger lexicon's lemmas (the first word of multi-word
    triggers) and the words news prose writes in lower case (resources/common_words.txt)."""
    from petrel.lexicon import load_lexicon
    from petrel.resources import resource_path

    lines = resource_path("common_words.txt").read_text(encoding="utf-8").splitlines()
    common = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(common | {lemma for lemma, _ in load_lexicon().entries})


@functools.cache
def proper_words(actor_files: tuple[str, ...] = ()) -> frozenset[str]:
    """Lower-cased words of capitalised dictionary names and gazetteer places ("russia", "kyiv")."""
    from petrel.actors import load_actors

    words = set()
    for surface in load_actors(actor_files).surfaces.values():
        words.update(w.lower() for w in surface.split() if w[:1].isupper() and w.lower() not in COMMON_WORDS)
    return frozenset(words)


def dateline_end(text: str) -> int:
    """Where a wire dateline opening the text ends ("KYIV, Ukraine (Reuters) — "), or 0 if there is none.

    >>> dateline_end("GOMA, Congo (Reuters) — Rebels attacked the town.")
    24
    >>> dateline_end("Russia - Ukraine talks resumed on Monday.")
    0
    """
    from petrel.stages.places import dateline_match

    match = dateline_match(text)
    return match.end() if match else 0


def mask_dateline(text: str) -> str:
    """Blank a dateline out of the text to parse (same length, so offsets hold): it names where the story was
    filed, not an actor of its first sentence, and "KYIV, Ukraine (Reuters" is no subject."""
    end = dateline_end(text)
    return " " * end + text[end:] if end else text


EDITORIAL_INSERTION = re.compile(r"\[([^\[\]\n]{1,60})\]")


def mask_brackets(text: str) -> str:
    """Blank the brackets of an editor's insertion in a quote (same length, so offsets hold): "[We] urge
    Pakistan to ..." parses as "We urge", and "They [attackers] stopped the train" reads the insertion as
    standing beside "They", where the brackets themselves break the parse.

    >>> mask_brackets("[We] urge restraint")
    ' We  urge restraint'
    """
    return EDITORIAL_INSERTION.sub(lambda match: f" {match.group(1)} ", text)


def _opens_a_name(words: list[str], index: int) -> bool:
    following = words[index + 1] if index + 1 < len(words) else ""
    return words[index][:1].isupper() and following[:1].isupper() and following.lower() not in FOREIGN_WORDS


def _check(article: Article, options: Options) -> None:
    origin = article.origin or article.id
    if len(article.text) > options.max_chars:
        article.skipped = Errors.E008.format(origin=origin, size=len(article.text), limit=options.max_chars)
        return
    article.language = detect_language(article.text)
    if options.english_only and article.language == "other":
        article.skipped = Errors.E009.format(origin=origin, language="not English")
    elif len(article.text) > options.piece_chars:
        article.notes.append(Warnings.W003.format(origin=origin, size=len(article.text), piece=options.piece_chars))


@stage("parse", reads=("article.text",), adds=("article.language", "article.sentences", "sentence.parse"))
def parse_articles(articles: list[Article], options: Options) -> list[Article]:
    """Parse every piece of every codable article in one spaCy batch."""
    jobs: list[tuple[Article, int, str]] = []
    for article in articles:
        _check(article, options)
        if not article.skipped:
            pieces = split_pieces(article.text, options.piece_chars)
            jobs += [(article, offset, piece) for offset, piece in split_title(pieces[0][1]) + pieces[1:]]
    texts = (recase_headline(mask_brackets(mask_dateline(piece) if offset == 0 else piece), options.actor_files)
             for _, offset, piece in jobs)
    docs = load_nlp().pipe(texts, batch_size=options.batch_size)
    for (article, offset, _), doc in zip(jobs, docs, strict=True):
        name_acronyms(doc, options.actor_files)
        if MEND_HEADLINE_VERBS:
            mend_headline_verbs(doc)
        article.sentences += [_sentence(span, offset) for span in doc.sents if span.text.strip()]
    return articles


def _sentence(span: object, offset: int) -> Sentence:
    """A sentence without the white space around it, offsets into the article text."""
    raw = span.text  # type: ignore[attr-defined]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    start = span.start_char + offset + lead  # type: ignore[attr-defined]
    return Sentence(text=text, start=start, end=start + len(text), doc=span, offset=offset)


def name_acronyms(doc: Any, actor_files: tuple[str, ...] = ()) -> None:
    """Tag as a name an acronym the dictionaries know that the tagger read as a verb ("Burkina Faso Quits ECOWAS":
    ECOWAS/VBZ, taken for a verb in -s), so that it can be a party to the act."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.is_upper and token.is_alpha and len(token.text) > 2 \
                and token.lower_ in proper_words(actor_files):
            token.pos_, token.tag_ = "PROPN", "NNP"


def mend_headline_verbs(doc: Any) -> None:
    """Reparse each headline-like sentence of the doc whose verb the tagger took for a noun.

    The small model tags a bare headline verb as a noun ("Allege", "announce", "rally") and builds one long
    noun phrase. A copy of the sentence with that word in its past form (unambiguously a verb: "alleged")
    gets the clause reading; its parse is written back onto the original tokens, so texts and offsets hold.
    """
    for start, end in [(sent.start, sent.end) for sent in doc.sents]:
        sentence = doc[start:end]
        if headline_like(sentence):
            _mend_sentence(sentence)
            _mend_kicker(sentence)


def _mend_kicker(sentence: Any) -> bool:
    """Give the clause after a headline's kicker its own verb reading: in "Turmoil in Iraq: Curfew Imposed After
    Clashes" the parser hangs the clause on "Turmoil" and "imposed" becomes a modifier of "curfew". The clause is
    parsed as a sentence of its own (the colon read as a full stop); when that reading has a verb, it is written
    back, with the kicker hung on that verb, so the headline stays one sentence of the same tokens. It runs after
    the verb mending, which may already have given the clause its verb ("Sudan: Army Shells Market")."""
    colon = next((t for t in sentence[1:KICKER_MAX_TOKENS + 1] if t.text == ":"), None)
    if colon is None or colon.i + 2 >= sentence.end or sentence.root.i > colon.i:
        return False  # no kicker, or the clause after it already heads the parse
    at = colon.i - sentence.start
    text = "".join(_kicker_probe_word(t, colon.i) + t.whitespace_ for t in sentence)
    probe = load_nlp()(text)
    roots = [t for t in probe if t.dep_ == "ROOT"]
    if len(probe) != len(sentence) or len(roots) != 2 or roots[0].i >= at or roots[1].i <= at \
            or roots[1].pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECT_DEPS for c in roots[1].children):
        return False
    roots[0].head, roots[0].dep_ = roots[1], "npadvmod"  # as the parser hangs "Egypt" in "Egypt: Journalists Held"
    probe[at].head, probe[at].dep_ = roots[1], "punct"
    _copy_tree(sentence, probe)
    sentence.doc[colon.i].tag_ = ":"
    return True


def _mend_sentence(sentence: Any) -> bool:
    """Try the words that may be the verb, those that can only be verbs first; keep the first probe that reads
    one as a verb. A word that is also a noun ("rally", "pledges") is tried only when no verb is tensed, unless
    the parse itself is broken around it (the word after plural doers read as the verb: "Security Forces Fire";
    a verb read as the plural subject of a participle: "Red Cross Evacuates Wounded Civilians")."""
    misread = _doers_read_as_verbs(sentence)
    participles = _verbs_before_participles(sentence)
    forced = {i + 1 for i in misread} | set(participles) | _verbs_before_event_nouns(sentence) \
        | _verbs_read_as_subjects(sentence) | _verbs_read_as_auxiliaries(sentence) \
        | _verbs_after_listed_names(sentence) | _verbs_before_particles(sentence)
    has_finite_verb = any(_heads_clause(t) and t.i not in misread | set(participles.values()) for t in sentence)
    candidates = [(token, base, _noun_form(token.lower_, base), token.i in forced) for token in sentence[1:]
                  if token.i not in misread and (base := _candidate_base(token, forced)) is not None]
    # Forced words first, then words that can only be verbs, then those that are also nouns, adjectives last.
    for token, base, also_noun, is_forced in sorted(candidates, key=lambda c: (not c[3], c[0].pos_ == "ADJ", c[2])):
        if also_noun and has_finite_verb and not is_forced:
            continue
        probe = _probe(sentence, token, base, also_noun)
        if probe is not None:
            _copy_parse(sentence, probe, token.i - sentence.start, base)
            return True
    return False


def _verbs_before_participles(sentence: Any) -> dict[int, int]:
    """Third-person verbs the parser read as the plural subject of the participle after them, which it took for
    the verb: "Red Cross Evacuates Wounded Civilians", "Museum Returns Looted Artifacts" (wounded/VBD, looted/VBD
    with an object after them). Maps the verb's index to the participle's."""
    found = {}
    for token in sentence[1:-2]:
        after = token.nbor(1)
        if token.tag_ == "NNS" and token.dep_ == "nsubj" and token.head.i == after.i and after.dep_ == "ROOT" \
                and after.tag_ in ("VBD", "VBN") and after.nbor(1).pos_ in ("NOUN", "PROPN", "ADJ"):
            base = _base_form(token.lower_)
            if base is None or base == token.lower_ or _doer(token.lower_):
                continue  # "Troops Razed Village": the plural of a doer is the subject
            if base not in _lemma_index("noun") or after.lower_ in _lemma_index("adj") or _named_subject(token):
                found[token.i] = after.i  # "evacuates" is no noun; "looted" is an adjective: "Returns Looted Art"
    return found


def _verbs_before_event_nouns(sentence: Any) -> set[int]:
    """Third-person verbs the parser read as a plural noun before the event noun it made the root: "ICC Issues
    Arrest Warrant", "Emir Grants Amnesty" (issues/NNS, arrest/NN or VBP). Only when the plural-looking word names no
    event itself, so "Talks Stall" and "Protests Grow" keep their nouns, and is no doer ("Rebels Attack")."""
    from petrel.lexicon import load_lexicon

    lexicon, found = load_lexicon(), set()
    for token in sentence[1:-1]:
        after = token.nbor(1)
        if not (VERBS_BEFORE_EVENT_NOUNS and token.tag_ == "NNS" and token.head.i == after.i
                and after.tag_ in ("VBP", "NN") and after.dep_ == "ROOT" and lexicon.has(after.lower_, "NOUN")):
            continue
        base = _base_form(token.lower_)
        if base is not None and base != token.lower_ and not _doer(token.lower_) and not lexicon.has(base, "NOUN"):
            found.add(token.i)
    return found


def _verbs_read_as_subjects(sentence: Any) -> set[int]:
    """Third-person verbs the parser made the subject of the word after them, which cannot be the verb: a
    participle ("Azerbaijan Cancels Planned Meeting"), an acronym ("Junta Rejects ECOWAS Demand") or a noun before a
    name ("Party Expels Rebel MP"). Doers ("Rebels Attack") and event nouns ("Protests Rock Capital") keep their
    reading."""
    from petrel.lexicon import load_lexicon

    lexicon, found = load_lexicon(), set()
    for token in sentence[1:-1]:
        after = token.nbor(1)
        if token.tag_ not in ("NNS", "VBZ") or token.dep_ != "nsubj" or token.head.i != after.i \
                or not (after.dep_ == "ROOT" or (after.dep_ == "advcl" and token.tag_ == "VBZ")):
            continue  # (an advcl: "Workers Will End Strike After Seoul Promises Improved Conditions")
        base = _base_form(token.lower_)
        if base is None or base == token.lower_ or _doer(token.lower_) or lexicon.has(base, "NOUN"):
            continue
        following = after.nbor(1) if after.i + 1 < sentence.end else None
        not_a_verb = after.tag_ in ("VBD", "VBN") or (after.text.isupper() and len(after.text) > 1) or (
            after.tag_ == "NN" and following is not None and following.tag_ == "NNP") or (
            after.tag_ in ("VB", "VBP") and after.lower_ in _lemma_index("noun") and following is not None
            and following.pos_ == "NOUN") or (  # "Madagascar Axes Fuel Tax Hike": "fuel" is the object's modifier
            after.tag_ in ("VB", "VBP", "VBZ") and lexicon.has(after.lemma_.lower(), "NOUN") and following is not None
            and following.pos_ == "ADP") or (  # "Government Lifts Ban on Rallies", "Minister Rejects Calls for
            # Election": an event noun and its preposition
            after.tag_ in ("VB", "VBP") and following is not None and following.tag_ == "TO"
            and _after_a_doer(token))  # "President Shelves Plan to Change Term Limits": the doer names the subject
        if not_a_verb:
            found.add(token.i)
    return found


# Particles that mark the plural-looking word before them as a headline's verb: "Army Seals Off Hebron
# Neighbourhoods". Not "over", which follows nouns as often ("Student Protests Over Fees").
PARTICLES = PARTICLE_PREPS - {"over"}


def _verbs_before_particles(sentence: Any) -> set[int]:
    """A plural-looking word after a doer and before a particle that hangs from it ("Israeli Army Seals Off Hebron
    Neighbourhoods", read as seals off the neighbourhoods): the doer's verb with its particle."""
    return {token.i for token in sentence[1:-1]
            if token.tag_ == "NNS" and _after_a_doer(token) and token.nbor(1).lower_ in PARTICLES
            and token.nbor(1).head.i == token.i}


def _after_a_doer(token: Any) -> bool:
    """A plural-looking word whose noun modifier names a doer ("president shelves", "parliament rejects"): the
    doer is the subject and the word after it its verb."""
    return any(child.dep_ == "compound" and child.i == token.i - 1 and _doer(child.lower_) for child in token.children)


AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "will", "shall", "would", "should", "can", "could", "may", "might",
                              "must", "get", "need", "dare", "ought", "use"})


def _verbs_read_as_auxiliaries(sentence: Any) -> set[int]:
    """Third-person verbs the parser made the auxiliary of the noun after them, read as the verb: "Sri Lanka Lifts
    Ban on Opposition Party" (lifts/aux, ban/VERB). Only a word that is no auxiliary can be mended."""
    found = set()
    for token in sentence[1:-1]:
        if token.dep_ in ("aux", "auxpass") and token.tag_ == "VBZ" and token.lemma_.lower() not in AUXILIARY_LEMMAS \
                and token.lower_ not in ("is", "has", "does"):
            base = _base_form(token.lower_)
            if base is not None and base != token.lower_:
                found.add(token.i)
    return found


def _verbs_after_listed_names(sentence: Any) -> set[int]:
    """The word after a headline's opening list of names, which is its verb: "Egypt, Greece Stage Joint Drills",
    "Australia, Indonesia, Exchange Data" (the parser reads "stage" as a noun before "drills")."""
    words = list(sentence)
    at = 0
    while at < len(words) and words[at].pos_ == "PROPN":
        at += 1
    if at == 0 or at >= len(words) or words[at].text != ",":
        return set()
    at += 1
    start = at
    while at < len(words) and words[at].pos_ == "PROPN" and words[at].text[:1].isupper():
        at += 1
    if at == start:
        return set()
    if at < len(words) and words[at].text == ",":
        at += 1
    if at >= len(words) or not words[at].is_alpha or _base_form(words[at].lower_) is None:
        return set()
    return {words[at].i} if words[at].pos_ != "VERB" or words[at].dep_ in NOMINAL_DEPS else set()


def _named_subject(token: Any) -> bool:
    """A name just before the plural-looking word, which is then its subject: "Iran Frees Detained Tourist"."""
    return NAMED_SUBJECT_BEFORE_PARTICIPLE and token.nbor(-1).pos_ == "PROPN"


def _heads_clause(token: Any) -> bool:
    """A tensed verb of the main clause. One the parser built into a noun phrase ("Bomber Strikes Mosque" with
    strikes/VBZ as a compound of "mosque") is no verb of the parse yet, and one in a clause that modifies a noun
    ("Court Rules That Police Must Return Vehicle": "must" in a relative clause of "rules") leaves the headline
    without a verb of its own."""
    if token.tag_ not in FINITE_VERB_TAGS or token.pos_ not in ("VERB", "AUX"):
        return False
    verb = first_conjunct(token.head if token.dep_ in ("aux", "auxpass") else token)
    return token.dep_ not in NOMINAL_DEPS and (verb.dep_ == "ROOT" or verb.head.pos_ in ("VERB", "AUX"))


def _candidate_base(token: Any, forced: set[int]) -> str | None:
    """The base form of a word that may be the headline's verb: a noun-tagged verb, a tensed verb built into a
    noun phrase, a word the parse around it marks as the verb ("fire" in "Security Forces Fire on Crowd"), or, in a
    headline with no verb at all, a verb tagged as an adjective ("Rebels Snub Peace Conference")."""
    if not token.is_alpha:
        return None
    if token.i in forced:
        return _base_form(token.lower_)
    if token.tag_ in ("VB", "VBZ", "VBP") and token.dep_ in NOMINAL_DEPS:
        return _base_form(token.lower_)
    if token.tag_ == "JJ" and token.dep_ == "amod" and token.lower_ in _lemma_index("verb") \
            and _object_follows(token) and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in token.sent):
        return token.lower_  # not "Rebels Open to Dialogue": an adjective before a preposition
    if token.tag_ == "JJ" and token.dep_ == "ROOT" and token.lower_ in _lemma_index("verb") \
            and any(c.dep_ == "dobj" for c in token.children):
        return token.lower_  # "Gunmen Free Kidnapped Workers": an adjective with an object is the verb
    return _verb_base(token)


def _doers_read_as_verbs(sentence: Any) -> set[int]:
    """Plural doers after a modifier and before a plain verb, which the parser (or a probe) may take for the verb:
    "Security Forces Fire on Crowd", "Rebel Fighters Attack Base". The next word is then tried as the verb, and
    kept only if the doers are its subject. Doers only, since in "President Signs Decree" the plural-looking word
    is the verb."""
    misread = set()
    for token in sentence[1:-1]:
        after = token.nbor(1)
        if not (after.is_alpha and _base_form(after.lower_)) or not _modifier(token.nbor(-1)):
            continue
        if after.pos_ == "VERB" and token.head.i == after.i and token.dep_ == "nsubj":
            continue  # already the verb's subject
        if _plural_noun(token.lower_) and _doer(token.lower_):
            misread.add(token.i)
    return misread


def _doer(plural: str) -> bool:
    """A plural the actor dictionaries list as an agent: "forces", "fighters", "workers"."""
    from petrel.actors import load_actors

    agents = load_actors().agents
    return any(form in agents for form in (plural, plural[:-1], plural[:-2]))


def _plural_noun(word: str) -> bool:
    nouns = _lemma_index("noun")
    return word.endswith("s") and (word[:-1] in nouns or (word.endswith("es") and word[:-2] in nouns))


def _modifier(token: Any) -> bool:
    """A word that can modify the noun after it: an adjective, a common noun or a nationality ("Houthi")."""
    return token.pos_ in ("ADJ", "NOUN") or token.ent_type_ == "NORP"


def _verb_base(token: Any) -> str | None:
    """The base form of a noun-tagged word that can be a present-tense verb ("alleges" -> "allege")."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha or token.dep_ in NOT_VERB_DEPS:
        return None  # the object of a preposition, or the subject of a verb: "following transition"
    if any(c.pos_ in NOUN_MODIFIERS and c.i < token.i for c in token.children):
        return None  # "the attack", "their intention": a noun phrase
    return _base_form(token.lower_)


def _base_form(word: str) -> str | None:
    """The verb a present-tense form comes from, the third-person reading first ("summons" -> "summon", which
    WordNet also lists as "summons"; "dies" -> "die"; "pushes" -> "push"), or None if it is no verb."""
    verbs = _lemma_index("verb")
    forms = [word[:-3] + "y"] if word.endswith("ies") else []
    forms += [word[:-1]] if word.endswith("s") else []
    forms += [word[:-2]] if word.endswith("es") else []
    forms += [word]
    return next((form for form in forms if form in verbs), None)


def _noun_form(word: str, base: str) -> bool:
    nouns = _lemma_index("noun")
    return word in nouns or base in nouns


@functools.cache
def _lemma_index(pos: str) -> frozenset[str]:
    """The base forms the parser's lemmatizer lists for a part of speech (WordNet's)."""
    lookups = load_nlp().get_pipe("lemmatizer").lookups
    return frozenset(lookups.get_table("lemma_index").get(pos, []))


@functools.cache
def _past_forms() -> dict[str, str]:
    """Irregular past forms by base ("take" -> "took", "ban" -> "banned"), from the lemmatizer's exceptions."""
    forms: dict[str, str] = {}
    exceptions = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb", {})
    # Simple past before participles in -n ("withdrew", not "withdrawn", which reads as a passive).
    for form, bases in sorted(exceptions.items(), key=lambda item: item[0].endswith("n")):
        if not form.endswith(("ing", "s")):
            for base in bases:
                forms.setdefault(base, form)
    return forms


def past_form(base: str) -> str:
    """
    >>> past_form("allege"), past_form("decry"), past_form("announce"), past_form("withdraw")
    ('alleged', 'decried', 'announced', 'withdrew')
    """
    if base in _past_forms():
        return _past_forms()[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _probe(sentence: Any, token: Any, base: str, also_noun: bool) -> Any:
    """Parse the sentence with the word in its past form; the parse if it reads that word as a verb with a
    subject before it, and the sentence stays one sentence of the same tokens. A word that is also a noun
    must agree with that subject ("hundreds rally", "military ramps"; not "power plant", "bilateral trade").
    Headlines drop articles, and without one the parser reads a compound verb ("test-fired missile", "tear-gassed
    protesters") or one the tagger already took for a verb ("Party Ousts Leader") as a modifier of its object; so a
    second probe puts "the" before that object. A verb read as such a modifier is no verb of the clause."""
    at = token.i - sentence.start
    past = past_form(base)
    if token.text[:1].isupper():
        past = past.capitalize()
    words = [t.text_with_ws if t.i != token.i else past + t.whitespace_ for t in sentence]
    probes = [load_nlp()("".join(words))]
    if (_hyphenated(token) or token.tag_ in ("VBZ", "VBP", "NNS")) and _object_follows(token):
        probes.append(_parse_without_inserted(words, at + 1, "the"))
    for probe in probes:
        if probe is not None and _verb_with_subject(probe, sentence, token, base, also_noun):
            return probe
    return None


def _verb_with_subject(probe: Any, sentence: Any, token: Any, base: str, also_noun: bool) -> bool:
    at = token.i - sentence.start
    if len(probe) != len(sentence) or len(list(probe.sents)) != 1 or probe[at].pos_ != "VERB":
        return False
    if probe[at].dep_ in NOMINAL_DEPS:
        return False
    subjects = [c for c in probe[at].children if c.dep_ in SUBJECT_DEPS and c.i < at]
    subject = subjects[-1] if subjects else None  # the nearest: "Egypt, Greece staged", "Sudan: Army shells"
    if subject is None or (also_noun and REJECT_ADJECTIVE_SUBJECTS and subject.pos_ == "ADJ"):
        return False  # "Chinese Influence Operation Targets Voters": an adjective before a noun is its modifier
    singular = _singular(subject) and not _listed_before(subject, probe[at])
    return not (also_noun and singular != (token.lower_ != base))


def _listed_before(subject: Any, verb: Any) -> bool:
    """Headlines list subjects with commas and no "and": in "Senegal, Gambia ink treaty" the parser hangs
    "Senegal" on the verb as a modifier, so the subject is plural although "Gambia" is singular."""
    return any(c.i < subject.i and c.pos_ in ("PROPN", "NOUN") and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ","
               for c in verb.children if c.dep_ in ("npadvmod", "nsubj", "appos"))


def _hyphenated(token: Any) -> bool:
    """The last part of a hyphenated word: "fires" in "Test-Fires"."""
    return token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_ \
        and not token.nbor(-2).whitespace_


def _object_follows(token: Any) -> bool:
    """The word after is where an object would start: an adjective or a noun with no determiner of its own."""
    after = token.nbor(1) if token.i + 1 < token.sent.end else None
    return after is not None and token.whitespace_ == " " and (
        after.pos_ in ("NOUN", "PROPN", "ADJ") or (after.tag_ == "VBN" and after.dep_ == "amod"))  # "Kidnapped"


def _parse_without_inserted(words: list[str], at: int, word: str) -> Any:
    """Parse the words (texts with their white space) with `word` put in before index `at`, and return that parse
    without it (a Doc of the given words); None when the word is read as more than a leaf of the tree."""
    from spacy.tokens import Doc

    parsed = load_nlp()("".join([*words[:at], word + " ", *words[at:]]))
    if len(parsed) != len(words) + 1 or parsed[at].lower_ != word or any(parsed[at].children):
        return None
    kept = [t for t in parsed if t.i != at]
    index = {t.i: n for n, t in enumerate(kept)}
    return Doc(parsed.vocab, words=[t.text for t in kept], spaces=[bool(t.whitespace_) for t in kept],
               heads=[index[t.head.i] for t in kept], deps=[t.dep_ for t in kept], tags=[t.tag_ for t in kept],
               pos=[t.pos_ for t in kept], lemmas=[t.lemma_ for t in kept], morphs=[str(t.morph) for t in kept])


def _singular(subject: Any) -> bool:
    return subject.tag_ in SINGULAR_TAGS and not any(c.dep_ == "conj" for c in subject.children) \
        and not _plural_name(subject)


def _plural_name(token: Any) -> bool:
    """A group's or a people's name in the plural that the tagger took for a singular name: "Houthis", "Uyghurs"
    (not a country's name that ends in -s: "Philippines", "Seychelles")."""
    from petrel.actors import load_actors

    word = token.lower_
    if not word.endswith("s") or not token.text[:1].isupper():
        return False
    entries = load_actors().phrases.get(word, [])
    return bool(entries) and all(e.kind in ("group", "demonym") for e in entries)


def _kicker_probe_word(token: Any, colon: int) -> str:
    """The word in the kicker probe: the colon becomes a full stop, and the clause after it starts capitalised."""
    if token.i == colon:
        return "."
    return token.text[:1].upper() + token.text[1:] if token.i == colon + 1 else token.text


def _copy_parse(sentence: Any, probe: Any, at: int, base: str) -> None:
    """Write the probe's tags and tree onto the sentence's tokens; the mended word keeps its own text."""
    _copy_tree(sentence, probe)
    verb = sentence.doc[sentence.start + at]
    third_person = verb.lower_ != base
    verb.tag_ = "VBZ" if third_person else "VBP"
    verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" if third_person else "Tense=Pres|VerbForm=Fin")
    verb.lemma_ = base


def _copy_tree(sentence: Any, probe: Any) -> None:
    """Write the probe's tags, lemmas and tree onto the sentence's tokens (their texts stay)."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    doc = sentence.doc
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    array = doc.to_array(attrs)
    array[sentence.start:sentence.end] = probe.to_array(attrs)
    doc.from_array(attrs, array)
