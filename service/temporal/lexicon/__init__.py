"""Word lists for the temporal engine, one module per language.

The grammar is built from these lists at import time, so supporting another language means adding a
module beside ``en`` with the same names, not touching the patterns' structure.
"""

from service.temporal.lexicon import en

__all__ = ["en"]
