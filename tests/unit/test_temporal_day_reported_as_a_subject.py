"""A day named right after a verb of saying or thinking and right before a modal is the subject of the clause
reported: a day still to come ("forecasters said Tuesday would be hotter"), not the day of saying ("officials
said Tuesday they would appeal"). Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import find

# A Monday.
MONDAY = date(2025, 6, 30)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Forecasters said Tuesday would be hotter still.", "Tuesday", "2025-07-01"),
        ("The Met Office said Wednesday will be the hottest day of the week.", "Wednesday", "2025-07-02"),
        ("Organisers said Saturday could see record crowds at the ground.", "Saturday", "2025-07-05"),
        ("Shop owners say Friday might be the busiest day of the year.", "Friday", "2025-07-04"),
        ("She thinks Thursday should be a day off for everyone.", "Thursday", "2025-07-03"),
    ],
)
def test_a_day_before_a_modal_after_a_verb_of_saying_is_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MONDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The day of saying, its clause after it; the past of what did not happen; a past verb after the day.
        ("Officials said Tuesday they would appeal the ruling.", "Tuesday", "2025-06-24"),
        ("His widow said Sunday would have been his 80th birthday.", "Sunday", "2025-06-29"),
        ("He said Friday was the worst day of his life.", "Friday", "2025-06-27"),
    ],
)
def test_the_day_of_saying_and_the_past_are_kept(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MONDAY).value == value
