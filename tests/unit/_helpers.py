"""Shared helpers for the temporal engine tests."""

from __future__ import annotations

from datetime import date

from service.temporal import Timex, annotate

# A Tuesday: weekday arithmetic in the tests is easy to check by hand against it.
DCT = date(2024, 11, 5)


def find(text: str, phrase: str, reference: date = DCT, document_type: str = "news") -> Timex:
    """The timex whose text is exactly ``phrase``; fails with what was found otherwise."""
    found = annotate(text, reference, document_type)
    for t in found:
        if t.text == phrase:
            return t
    raise AssertionError(f"{phrase!r} not found in {[(t.text, t.value) for t in found]}")


def values(text: str, reference: date = DCT, document_type: str = "news") -> list[tuple[str, str, str]]:
    """(text, type, value) of every timex found."""
    return [(t.text, t.type, t.value) for t in annotate(text, reference, document_type)]
