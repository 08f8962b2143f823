"""A news story's day stays its day through what is told of it.

- "on 8 May last year", "on March 3 this year": the year words only say which year the day is of, so the
  story is still at that day, and "that evening", "the next day" and a bare clock time after it are of it (were
  of any day of that year, or of the publication's day).
- A clock time on the story's day told in a past perfect ("the pair had left the bar at 11pm") is no day
  before the story's: the day was named before, in a plain past, and a later clock time is on it still.

Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

# A Thursday.
_OCT = date(2024, 10, 10)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The couple were married in Bath on 8 May last year. Guests danced in the garden that evening.",
            "that evening",
            "2023-05-08TEV",
        ),
        (
            "A lorry overturned on the A30 on March 3 this year. The road did not reopen until the next day.",
            "the next day",
            "2024-03-04",
        ),
        (
            "The warehouse caught fire on 21 November last year. Crews stayed on the scene that night.",
            "that night",
            "2023-11-21TNI",
        ),
        (
            "Two climbers went missing on Ben Nevis on 2 February last year. They were found the following day.",
            "the following day",
            "2023-02-03",
        ),
    ],
)  # fmt: skip
def test_a_day_told_with_its_year_words_anchors_what_follows(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _OCT, document_type="news").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The bank was robbed on 14 August last year. Staff called police at 10.05am.",
            "10.05am",
            "2023-08-14T10:05",
        ),
        (
            "A gas main burst in the high street on January 9 this year. Engineers capped it at 4pm.",
            "4pm",
            "2024-01-09T16:00",
        ),
        (
            "The ferry ran aground on 30 June last year. The last passengers were taken off at 11.40pm.",
            "11.40pm",
            "2023-06-30T23:40",
        ),
    ],
)  # fmt: skip
def test_a_clock_time_after_a_day_with_its_year_words_is_on_that_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _OCT, document_type="news").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Mr Dale was attacked outside a takeaway on 6 April 2023. The court heard the two men had left a bar "
            "at about 11pm. At 11.25pm a passer-by called an ambulance.",
            "11.25pm",
            "2023-04-06T23:25",
        ),
        (
            "The cottage burned down on 19 March 2022. Neighbours said the owner had gone to bed at 10pm. "
            "Firefighters arrived at 1.15am.",
            "1.15am",
            "2022-03-20T01:15",
        ),
        (
            "The boat left Oban on 2 July 2021. Its skipper said the crew had checked the engine at 6am. "
            "At 9.40am it sent a mayday call.",
            "9.40am",
            "2021-07-02T09:40",
        ),
    ],
)  # fmt: skip
def test_a_clock_time_after_one_told_in_the_past_perfect_stays_on_the_story_s_day(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, _OCT, document_type="news").value == value


def test_a_day_first_told_in_the_past_perfect_is_still_before_the_story_s() -> None:
    # The rule this keeps: "by Wednesday ... had" is a time before the story's, and the ship docks later.
    text = "By Wednesday 150 passengers had fallen ill. The ship docked at 6:40 a.m."
    assert find(text, "6:40 a.m.", _OCT, document_type="news").value == "2024-10-10T06:40"
