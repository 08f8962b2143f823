"""A clock time in a story told in the present about a day gone by (a chronology's entries, a live account
written up afterwards) is on that day: the simple present there narrates, it does not schedule. The day is
named in the clock time's own sentence, or heads its paragraph ("Tuesday 4 March: ..."). A word of the
future in the clock time's clause, or a day itself told in the past, leaves the present to the day of
writing."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find

# A Friday afternoon.
FRIDAY = datetime(2025, 3, 14, 15, 30)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # The day heads the paragraph of a chronology; the clock time in its first sentence.
        (
            "How the week went.\n\nTuesday 11 March: A neighbour spots smoke rising from the mill at 9.40pm.",
            "9.40pm",
            "2025-03-11T21:40",
        ),
        # ... and in the sentence after it.
        (
            "How the week went.\n\nTuesday 11 March: A neighbour spots smoke rising from the mill. "
            "Two engines arrive at 10.05pm.",
            "10.05pm",
            "2025-03-11T22:05",
        ),
        # A weekday alone heading the entry.
        (
            "The search, day by day.\n\nWednesday: Divers search the lake until about 6pm.",
            "about 6pm",
            "2025-03-12T18:00",
        ),
        # The day named in the clock time's own sentence, told in the present.
        (
            "On 10 March the crew sets off from the harbour and reaches the lighthouse at 2.15pm.",
            "2.15pm",
            "2025-03-10T14:15",
        ),
        # A dash after the day, as a timeline in a newspaper writes it.
        (
            "Timeline of the outage.\n\n12 March - The first customers report a fault at 7.20am.",
            "7.20am",
            "2025-03-12T07:20",
        ),
    ],
)
def test_a_clock_time_on_the_past_day_of_its_present_narration(text: str, phrase: str, expected: str) -> None:
    assert find(text, phrase, FRIDAY).value == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # The day told in the past: the present beside it is of the day of writing.
        ("The cafe, which closed on Monday, reopens at 6pm.", "6pm", "2025-03-14T18:00"),
        # A word of the future in the clock time's clause.
        ("Wednesday: The union met the managers. A vote will be held at 6pm.", "6pm", "2025-03-14T18:00"),
        # The day in the sentence before, in a paragraph it does not head.
        ("Sales fell sharply on Tuesday. The shop opens at 7pm.", "7pm", "2025-03-14T19:00"),
    ],
)
def test_a_present_that_stays_at_the_day_of_writing(text: str, phrase: str, expected: str) -> None:
    assert find(text, phrase, FRIDAY).value == expected
