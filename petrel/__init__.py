"""petrel: political event data from news text.

>>> import petrel
>>> [event.type for event in petrel.code("Police arrested two protesters in Nairobi on Monday.")]
['COERCE']
"""

from petrel.api import Report, code, code_files, code_inputs, code_many
from petrel.model import Actor, Article, Attribution, Event, Place, Span, When
from petrel.settings import Options

__all__ = [
    "Actor",
    "Article",
    "Attribution",
    "Event",
    "Options",
    "Place",
    "Report",
    "Span",
    "When",
    "code",
    "code_files",
    "code_inputs",
    "code_many",
]
__version__ = "0.1.0"
