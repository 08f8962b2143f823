"""A flashback in the past perfect told on in the simple past: a count on from the date it just told ("the
following year", "two years later") is counted from that date, and the narration goes on from there."""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The war lasted from the spring of 1631 to the autumn of 1632.\n\nOrigins\n\nIn 1624 the Elector had "
            "doubled the salt duty, and the following year the cities refused to pay it.",
            "the following year",
            "1625",
        ),
        (
            "The duchess died in the winter of 1790. Her husband had left the court in 1771. Three years later he "
            "bought an estate in the north.",
            "Three years later",
            "1774",
        ),
        (
            "The bridge opened on 9 June 1884. Work had begun in March 1879, and the next spring the first pier "
            "was finished.",
            "the next spring",
            "1880-SP",
        ),
    ],
)
def test_a_count_on_after_a_flashback_counts_from_its_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A date of the simple past after the flashback is the story's again.
        (
            "In 1066 the duke landed in England. Two years earlier Harold had sworn an oath to him. In October the "
            "duke marched on London.",
            "October",
            "1066-10",
        ),
        # A state's start in the past perfect is no time to count on from.
        (
            "The votes were counted on 23 October 1958. The party, legal again since 1957, had won most seats. "
            "Its leader took office the following week.",
            "the following week",
            "1958-W44",
        ),
        # A count with a past perfect of its own is still part of the flashback, from its own date.
        (
            "The town fell in 1640. It had been fortified in 1610, and two years later a moat had been dug.",
            "two years later",
            "1612",
        ),
    ],
)
def test_the_story_s_time_after_a_flashback(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
