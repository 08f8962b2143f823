"""The temporal engine: TIMEX3 time expressions in English news, normalised against a reference date.

Pure Python, no I/O, no clock: ``annotate(text, reference, document_type)`` is a function of its
arguments only.
"""

from service.temporal.engine import DOCUMENT_TYPES, Timex, annotate

__all__ = ["DOCUMENT_TYPES", "Timex", "annotate"]
