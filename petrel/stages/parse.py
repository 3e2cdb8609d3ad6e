"""Split articles into sentences and parse them.

Reads: article.text
Adds:  article.language, article.sentences (each with its spaCy parse), article.skipped for
       articles too long or not in English
"""

from __future__ import annotations

import functools
import re

from petrel.errors import Errors, Warnings
from petrel.model import Article, Sentence
from petrel.nlp import load_nlp
from petrel.pipeline import stage
from petrel.settings import Options

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
COMMON_WORDS = ENGLISH_WORDS | frozenset(
    "leader leaders government forces army police attack attacks talks deal new minister president "
    "people party court council state security national republic united democratic".split())
SHORT_TEXT_WORDS = 12
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


def recase_headline(text: str) -> str:
    """Lower-case a Title Case Headline (same length, so offsets hold), keeping names the dictionaries know.

    The parser tags most capitalised words as proper nouns, so "Leader Criticizes Response" has no verb.

    >>> recase_headline("Russia Condemns Attack On Embassy In Kyiv")
    'Russia condemns attack on embassy in Kyiv'
    """
    words = TITLE_WORD.findall(text)
    capitalised = [w for w in words if w[0].isupper()]
    if len(words) < 4 or len(capitalised) < HEADLINE_CAPITALISED * len(words) or "\n" in text.strip():
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
            jobs += [(article, offset, piece) for offset, piece in split_pieces(article.text, options.piece_chars)]
    texts = (recase_headline(mask_dateline(piece) if offset == 0 else piece) for _, offset, piece in jobs)
    docs = load_nlp().pipe(texts, batch_size=options.batch_size)
    for (article, offset, _), doc in zip(jobs, docs, strict=True):
        article.sentences += [_sentence(span, offset) for span in doc.sents if span.text.strip()]
    return articles


def _sentence(span: object, offset: int) -> Sentence:
    """A sentence without the white space around it, offsets into the article text."""
    raw = span.text  # type: ignore[attr-defined]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    start = span.start_char + offset + lead  # type: ignore[attr-defined]
    return Sentence(text=text, start=start, end=start + len(text), doc=span, offset=offset)
