"""A month and its day with "the" between, as the British say a date ("June the 5th", "may the 1st",
"on March the 3rd"): one DATE, the whole phrase, as "June 5th" is. Not the blessing's pun ("may the 4th be
with you"), where "may" is the verb, nor "the" before a word ("may the best team win").

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("moving out on june the 5th, boxes everywhere", "june the 5th", "2025-06-05", "colloquial"),
        ("see you all march the 3rd!!", "march the 3rd", "2025-03-03", "colloquial"),
        ("party on may the 4th obviously", "may the 4th", "2025-05-04", "colloquial"),
        ("may the 1st is a friday next year", "may the 1st", "2025-05-01", "colloquial"),
        ("The fete was held on August the 21st, in the rain.", "August the 21st", "2024-08-21", "news"),
        ("The show closes on December the 2nd.", "December the 2nd", "2024-12-02", "news"),
        ("my birthday is jan the 22nd fyi", "jan the 22nd", "2025-01-22", "colloquial"),
    ],
)
def test_a_month_the_day_is_one_date(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("DATE", value)


def test_said_on_the_day_it_is_that_day() -> None:
    t = find("may the 1st and its already 24 degrees", "may the 1st", date(2026, 5, 1), "colloquial")
    assert t.value == "2026-05-01"


@pytest.mark.parametrize(
    "text",
    [
        "may the 4th be with you all",
        "May the 4th be with you, nerds",
        "may the best team win tonight",
        "they may the first time round",
    ],
)
def test_may_as_the_verb_names_no_day(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[0].lower().startswith("may")]
