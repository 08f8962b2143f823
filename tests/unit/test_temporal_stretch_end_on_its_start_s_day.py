"""The end of a stretch written with no day of its own ("from 6am tomorrow until midnight", "from 10am on
Friday 29 March to 4pm") is on the day the stretch opens on, whatever the tense of the clause that tells it: the
two ends are told together ("has issued a warning ... until midnight" was the midnight of the day of
writing). Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

# A Thursday.
_MAR = date(2024, 3, 28)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Met Office has issued a warning for rain from 6am tomorrow until midnight.", "midnight",
         "2024-03-29T24"),
        ("Organisers have moved the market from 10am on Friday 29 March to 4pm.", "4pm", "2024-03-29T16:00"),
        ("The council has shut the car park from 7am on April 2 until 6pm.", "6pm", "2024-04-02T18:00"),
        ("Engineers have closed the bridge from 9am tomorrow till noon.", "noon", "2024-03-29T12:00"),
    ],
)  # fmt: skip
def test_the_end_of_a_stretch_is_on_the_day_it_opens(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _MAR, document_type="news").value == value
