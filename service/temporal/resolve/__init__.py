"""Resolution: a grammar match + its context -> TIMEX3 type, value and mod.

One function per grammar kind, named ``r_<kind>`` and grouped by what it resolves into the modules of
this package; ``grammar.KINDS`` names each kind's function. They see the match's named groups and a
``Context`` holding the publication date, the date last mentioned in the text (for "the following
day"), the period last reported (for "a year earlier" in an earnings report), the tense of the clause
and the document type. A function returns ``None`` to reject a candidate (e.g. "May" the verb).
"""

from service.temporal.resolve.context import Context, Resolved

__all__ = ["Context", "Resolved"]
