"""Split articles into sentences and parse them.

Reads: article.text
Adds:  article.language, article.sentences (each with its spaCy parse), article.skipped for
       articles too long or not in English
"""

from __future__ import annotations

import functools
import re
from typing import Any

from petrel.errors import Errors, Warnings
from petrel.model import Article, Sentence
from petrel.nlp import load_nlp
from petrel.pipeline import stage
from petrel.settings import Options
from petrel.stages.syntax import FINAL_PUNCTUATION, HEADLINE_MAX_TOKENS, headline_like

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
    """
    words = WORD.findall(text[:5000].lower())
    if not words:
        return ""
    english = sum(word in ENGLISH_WORDS for word in words) / len(words)
    foreign = sum(word in FOREIGN_WORDS for word in words) / len(words)
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


def recase_headline(text: str) -> str:
    """Lower-case a Title Case Headline (same length, so offsets hold), keeping names the dictionaries know.

    The parser tags most capitalised words as proper nouns, so "Leader Criticizes Response" has no verb.

    >>> recase_headline("Russia Condemns Attack On Embassy In Kyiv")
    'Russia condemns attack on embassy in Kyiv'
    """
    words = TITLE_WORD.findall(text)
    major = [w for w in words if w not in TITLE_CASE_MINOR_WORDS]
    capitalised = [w for w in major if w[0].isupper()]
    if len(words) < RECASE_MIN_WORDS or len(capitalised) < HEADLINE_CAPITALISED * len(major) or "\n" in text.strip():
        return text
    names, ordinary = proper_words(), ordinary_words()
    return TITLE_WORD.sub(lambda m: m.group(0) if m.start() == 0 or _name_word(m.group(0).lower(), names, ordinary)
                          else m.group(0).lower(), text)


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
def proper_words() -> frozenset[str]:
    """Lower-cased words of capitalised dictionary names and gazetteer places ("russia", "kyiv")."""
    from petrel.actors import load_actors

    words = set()
    for surface in load_actors().surfaces.values():
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
    texts = (recase_headline(mask_dateline(piece) if offset == 0 else piece) for _, offset, piece in jobs)
    docs = load_nlp().pipe(texts, batch_size=options.batch_size)
    for (article, offset, _), doc in zip(jobs, docs, strict=True):
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


def _mend_sentence(sentence: Any) -> bool:
    """Try the words that may be the verb, those that can only be verbs first; keep the first probe that reads
    one as a verb. A word that is also a noun ("rally", "pledges") is tried only when no verb is tensed."""
    has_finite_verb = any(t.tag_ in FINITE_VERB_TAGS and t.pos_ in ("VERB", "AUX") for t in sentence)
    candidates = [(token, base, _noun_form(token.lower_, base)) for token in sentence[1:]
                  if (base := _verb_base(token)) is not None]
    for token, base, also_noun in sorted(candidates, key=lambda candidate: candidate[2]):
        if also_noun and has_finite_verb:
            continue
        probe = _probe(sentence, token, base, also_noun)
        if probe is not None:
            _copy_parse(sentence, probe, token.i - sentence.start, base)
            return True
    return False


def _verb_base(token: Any) -> str | None:
    """The base form of a noun-tagged word that can be a present-tense verb ("alleges" -> "allege")."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha or token.dep_ in NOT_VERB_DEPS:
        return None  # the object of a preposition, or the subject of a verb: "following transition"
    if any(c.pos_ in NOUN_MODIFIERS and c.i < token.i for c in token.children):
        return None  # "the attack", "their intention": a noun phrase
    word = token.lower_
    verbs = _lemma_index("verb")
    forms = [word] + ([word[:-1]] if word.endswith("s") else []) + ([word[:-2]] if word.endswith("es") else [])
    forms += [word[:-3] + "y"] if word.endswith("ies") else []
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
    must agree with that subject ("hundreds rally", "military ramps"; not "power plant", "bilateral trade")."""
    at = token.i - sentence.start
    past = past_form(base)
    if token.text[:1].isupper():
        past = past.capitalize()
    text = "".join(t.text_with_ws if t.i != token.i else past + t.whitespace_ for t in sentence)
    probe = load_nlp()(text)
    if len(probe) != len(sentence) or len(list(probe.sents)) != 1 or probe[at].pos_ != "VERB":
        return None
    subject = next((c for c in probe[at].children if c.dep_ in SUBJECT_DEPS and c.i < at), None)
    if subject is None or (also_noun and _singular(subject) != (token.lower_ != base)):
        return None
    return probe


def _singular(subject: Any) -> bool:
    return subject.tag_ in SINGULAR_TAGS and not any(c.dep_ == "conj" for c in subject.children)


def _copy_parse(sentence: Any, probe: Any, at: int, base: str) -> None:
    """Write the probe's tags and tree onto the sentence's tokens; the mended word keeps its own text."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    doc = sentence.doc
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    array = doc.to_array(attrs)
    array[sentence.start:sentence.end] = probe.to_array(attrs)
    doc.from_array(attrs, array)
    verb = doc[sentence.start + at]
    third_person = verb.lower_ != base
    verb.tag_ = "VBZ" if third_person else "VBP"
    verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" if third_person else "Tense=Pres|VerbForm=Fin")
    verb.lemma_ = base
