"""A photograph's caption: a line of its own ending with the picture's credit in brackets. Its simple
present tells what the picture shows, taken before publication, so a day it names is past. Publication
is Tuesday 5 November 2024; sentences are our own."""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Volunteers fill sandbags Saturday along the river in Dresden, Germany. (AP Photo/Anna Berg)",
         "Saturday", "2024-11-02"),
        ("A worker clears fallen branches Sunday in Leeds. (Photo by Tom Hale/Getty Images)", "Sunday", "2024-11-03"),
        ("The mayor cuts the ribbon at the new library on Friday. (File photo)", "Friday", "2024-11-01"),
        ("Fans wave flags as the team arrives at the airport Monday. (AP Photo/Luis Mora)", "Monday", "2024-11-04"),
        # An agency and its photographer, parted by a slash.
        ("Protesters march through the old town Sunday. (REUTERS/Maria Stone)", "Sunday", "2024-11-03"),
        ("Divers search the harbour Saturday in Piraeus. (Xinhua/Chen Ming)", "Saturday", "2024-11-02"),
        # Under a headline, with the story below it.
        ("Floods close roads across the valley\n\nRescuers carry a resident to safety Saturday in Ashford, "
         "Kent. (AP Photo/Ruth Cole)\n\nASHFORD, England (AP) — Heavy rain flooded hundreds of homes.",
         "Saturday", "2024-11-02"),
        # A caption on the first line is no headline.
        ("Rescuers carry a resident to safety Saturday in Ashford. (AP Photo/Ruth Cole)\n\nHeavy rain fell.",
         "Saturday", "2024-11-02"),
    ],
)  # fmt: skip
def test_a_caption_present_names_a_day_gone(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # No credit: the simple present of the calendar.
        ("Volunteers fill sandbags Saturday along the river in Dresden.", "Saturday", "2024-11-09"),
        # The credit is on another line: this line is the story's.
        ("The mayor cuts the ribbon at the new library on Friday.\n\nThe crowd cheered. (AP Photo/Luis Mora)",
         "Friday", "2024-11-08"),
        # A slash in brackets that names no agency and photographer.
        ("The mayor presents the plan Friday (draft/final).", "Friday", "2024-11-08"),
        # A future in the caption still looks ahead.
        ("The bridge, seen here on Monday, will reopen Thursday. (AP Photo/Luis Mora)", "Thursday", "2024-11-07"),
    ],
)  # fmt: skip
def test_only_a_line_ending_with_a_credit_is_a_caption(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value
