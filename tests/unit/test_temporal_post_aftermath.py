"""What a day gone by leaves, told right before it in a post (its pictures, the writer's state after it, thanks
for it), places that day in the past whatever the tense: "pics from saturday" is the Saturday just gone.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("pics from saturday coming soon", "saturday", "2024-11-02"),
        ("still buzzing from friday tbh", "friday", "2024-11-01"),
        ("recovering from the weekend with a fry up", "the weekend", "2024-W44-WE"),
        ("thanks for a great saturday everyone", "saturday", "2024-11-02"),
        ("thank you so much for sunday!!", "sunday", "2024-11-03"),
        # Nothing left over: a day still to come.
        ("open from saturday till late", "saturday", "2024-11-09"),
        ("cant wait for friday", "friday", "2024-11-08"),
    ],
)
def test_what_a_day_left_places_it_in_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value
