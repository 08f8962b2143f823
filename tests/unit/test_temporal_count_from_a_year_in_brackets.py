"""A year alone in brackets dates the thing named before it ("the novel Dark Water (1932)"), and a count later
in its sentence ("which was filmed twenty-six years later") is counted from it, not from the story's decade
or year told before the sentence. A range in brackets (a lifetime, "(1801-1873)") is no such date.

Sentences of our own, in narrative mode.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

WRITTEN = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The ballad was still sung in the 1950s. The story inspired the novel Dark Water (1932), which was "
            "filmed twenty-six years later.",
            "twenty-six years later",
            "1958",
        ),
        (
            "The town grew fast in the 1850s. Its first school (1861) was rebuilt ten years later.",
            "ten years later",
            "1871",
        ),
        (
            "The canal was busy through the 1790s. Its largest lock (1784) was widened eleven years later and "
            "closed in 1901.",
            "eleven years later",
            "1795",
        ),
        (
            "In 1870 the mill burned. Its owner, Jan Brask (1801-1873), rebuilt it two years later.",
            "two years later",
            "1872",
        ),
    ],
)
def test_a_count_after_a_year_in_brackets(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WRITTEN, "narrative").value == value
