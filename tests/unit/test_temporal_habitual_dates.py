"""In a narrative, a day or month named without its year in a clause that tells a habit in the present ("the
rains usually come in April", "the day is still marked on 3 May") is that day of no year (DATE XXXX-...),
not the story's year; told in the past, or as a plan, it stays the story's.

Sentences of our own; the story opens in 1820, publication is 19 August 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

STORY = "The harbour town was founded in 1820 by settlers from the coast. "
WRITTEN = date(2024, 8, 19)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The town still marks its founding on 3 May with a parade.", "3 May", "XXXX-05-03"),
        ("The spring floods usually come in April.", "April", "XXXX-04"),
        ("The anniversary is still kept on 12 October.", "12 October", "XXXX-10-12"),
        ("The herring typically arrive in June and leave by September.", "September", "XXXX-09"),
        ("Fishermen traditionally bless the boats in March.", "March", "XXXX-03"),
        # A date set off by itself takes the habit of the clause after it, whatever the clause beside it says.
        ("Its founding day, 3 May, is still kept with a fair, and the town has grown since.", "3 May", "XXXX-05-03"),
    ],
)
def test_a_date_of_a_habit_in_the_present_has_no_year(sentence: str, phrase: str, value: str) -> None:
    t = find(STORY + sentence, phrase, WRITTEN, "narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # Told in the past, a habit of the story's year.
        ("The harvest still failed in June.", "June", "1820-06"),
        ("The ships usually sailed in May.", "May", "1820-05"),
        # A plan, not a habit.
        ("The fleet will usually sail in May.", "May", "1820-05"),
        # No word of a habit.
        ("The first winter was hard, and the well froze in December.", "December", "1820-12"),
    ],
)
def test_other_dates_keep_the_storys_year(sentence: str, phrase: str, value: str) -> None:
    assert find(STORY + sentence, phrase, WRITTEN, "narrative").value == value
