"""Apply the user's filters and release the parse.

Reads: article.events (factuality, confidence)
Adds:  nothing; drops events the options exclude, and the spaCy parse (so articles pickle small)
"""

from __future__ import annotations

from petrel.model import Article
from petrel.pipeline import per_article, stage
from petrel.settings import Options


def finish_article(article: Article, options: Options) -> Article:
    article.events = [e for e in article.events if options.keeps(e.factuality, e.confidence)]
    for sentence in article.sentences:
        sentence.doc = None
    return article


stage("finish", reads=("event.factuality",), adds=())(per_article(finish_article))
