"""A narrative's date still to come when it was written ("the new bridge is due to open in 2027") is foreseen,
whatever the verb says: the story, told from the time of writing, has not reached it, so a month told in the
past after it is one gone by, not one of that later year.

Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

WRITTEN = date(2024, 9, 3)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The new bridge is due to open in 2027. The old one was closed in March.", "March", "2024-03"),
        ("Work on the stand should end in 2026; the club sold its old ground in May.", "May", "2024-05"),
        ("The museum reopens in spring 2025. Its director resigned in June.", "June", "2024-06"),
        ("A tram line is planned for 2028. The council approved the route in July.", "July", "2024-07"),
    ],
)  # fmt: skip
def test_a_month_told_in_the_past_after_a_date_to_come_is_one_gone_by(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, reference=WRITTEN, document_type="narrative").value == value


def test_a_past_date_after_a_date_to_come_still_anchors_the_story() -> None:
    text = "The library is due to reopen in 2026. The first one burned in 1901, and in May the school burned too."
    assert find(text, "May", reference=WRITTEN, document_type="narrative").value == "1901-05"
