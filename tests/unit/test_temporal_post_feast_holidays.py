"""The school holidays named after a feast are weeks around it, not its day, however a post shortens them:
"easter hols", "the christmas hols" name no date, as "the easter holidays" already did; the feast alone or its
own day still does ("easter sunday", "back after easter").

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2025, 4, 9, 17, 38)


@pytest.mark.parametrize(
    "text",
    [
        "easter hols day 4 and ive said no 47 times",
        "2 days till the easter hols and the class is feral",
        "the christmas hols were far too short",
        "xmas hols week 2, nobody knows what day it is",
    ],
)
def test_the_hols_of_a_feast_are_no_date(text: str) -> None:
    found = values(text, _POSTED, document_type="colloquial")
    assert [v for v in found if v[0].lower() in ("easter", "christmas", "xmas")] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("back to school after easter, cant wait", "easter"),
        ("easter sunday lunch at my mums", "easter sunday"),
        ("christmas is in 5 weeks apparently", "christmas"),
    ],
)
def test_the_feast_itself_is_still_its_day(text: str, phrase: str) -> None:
    assert phrase in [v[0] for v in values(text, _POSTED, document_type="colloquial")]
