"""A story's "that week", "the following week", "that same month" after a date no finer than a month or a year:
a week or month of the story the text never names (1921-WXX, 1921-XX), placed on the date told, never its
first week or month.

Every sentence is our own; histories are annotated in narrative mode.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The dockers struck in March 1889. That week the port stood still.", "That week", "1889-WXX"),
        ("The dockers struck in March 1889. The following week the port stood still.", "The following week",
         "1889-WXX"),
        ("The dockers struck in March 1889. Later that week the port stood still.", "Later that week", "1889-WXX"),
        ("The dockers struck in March 1889. That same week the port stood still.", "That same week", "1889-WXX"),
        ("The dockers struck in 1889. That same month the port stood still.", "That same month", "1889-XX"),
        ("The dockers struck in 1889. The next month the port stood still.", "The next month", "1889-XX"),
        ("The dockers struck in 1889. That month the port stood still.", "That month", "1889-XX"),
    ],
)  # fmt: skip
def test_a_week_or_month_inside_a_wider_date_of_the_story_is_unknown(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.value, t.anchor) == (value, "previous")
    # It sits on the date told: March 1889 (or 1889), not its first week or month.
    assert t.interval_start is not None and t.interval_start.month == (3 if "March" in text else 1)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The dockers struck on 14 March 1889. That week the port stood still.", "That week", "1889-W11"),
        ("The dockers struck on 14 March 1889. The following week the port stood still.", "The following week",
         "1889-W12"),
        ("The dockers struck in March 1889. That same month the port stood still.", "That same month", "1889-03"),
        ("The dockers struck in March 1889. The following month the port stood still.", "The following month",
         "1889-04"),
    ],
)  # fmt: skip
def test_after_a_date_as_fine_the_week_or_month_is_named(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
