"""Days a news story tells as background are not the day of the clock times told after them.

- "at 9:30 this morning", "six o'clock tonight": the part of the day names the writer's own day, whatever day
  the story told before it.
- "since Thursday" opens a stretch that runs up to the story's time: a clock time after it is on the story's
  day, not on the stretch's first one (but "since Tuesday, when ..." tells what happened that day).
- A day told in the past perfect ("by Wednesday 150 had fallen ill") is before the story's time: a clock time
  in a later sentence, or in its own sentence out of its clause ("The sign, which had been put up on Saturday,
  was found at 6am"), told in the simple past is on the story's day; one told in the past perfect too is still
  on that day.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``) in the afternoon.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.temporal import annotate
from tests.unit._helpers import find

POSTED = datetime(2024, 11, 5, 15, 30)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The show was cancelled on Friday. Police said a pipe burst at 9:30 this morning.",
            "9:30 this morning",
            "2024-11-05T09:30",
        ),
        (
            'The talks began on Sunday. "By six o\'clock this morning we had a deal," she said.',
            "six o'clock this morning",
            "2024-11-05T06:00",
        ),
        (
            "Storm damage was first reported on Saturday. Crews expect to finish by 8 this evening.",
            "8 this evening",
            "2024-11-05T20:00",
        ),
        (
            "The vote was held last Thursday. The result will be announced at 9 tonight.",
            "9 tonight",
            "2024-11-05T21:00",
        ),
    ],
)
def test_a_clock_time_told_with_this_morning_or_tonight_is_on_the_writers_day(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, POSTED).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # US wire: the lead day, then a stretch from an earlier day, then a clock time.
        (
            "The Hawks postponed their opener on Tuesday. The club said it had checked the forecast since Saturday "
            "and that crews began clearing the field at 5 a.m.",
            "5 a.m.",
            "2024-11-05T05:00",
        ),
        (
            "DOVER (AP) — Rescuers freed a trapped seal Tuesday that had been stuck in a culvert since early Sunday. "
            "It swam off at 11:20 a.m.",
            "11:20 a.m.",
            "2024-11-05T11:20",
        ),
        # UK web: present perfect.
        (
            '"We\'ve been watching the river since Friday," the warden said. The gates were shut at 7am.',
            "7am",
            "2024-11-05T07:00",
        ),
        # A clause on what happened that day keeps it.
        ("The road has been closed since Sunday, when a lorry overturned at 4 a.m.", "4 a.m.", "2024-11-03T04:00"),
        # A day the story is about still dates its clock times.
        ("The market reopened on Sunday. Stalls opened at 7 a.m.", "7 a.m.", "2024-11-03T07:00"),
    ],
)
def test_a_day_that_opens_a_stretch_is_not_the_day_of_a_clock_time_after_it(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, POSTED).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The ferry returned to port on Tuesday. The first cases were seen on Saturday, and by Sunday the number "
            "had passed 90, the operator said. The ship docked at 6:40 a.m.",
            "6:40 a.m.",
            "2024-11-05T06:40",
        ),
        (
            "Voting closed on Tuesday. By Sunday more than 4,000 postal ballots had arrived. Counting began at 10am.",
            "10am",
            "2024-11-05T10:00",
        ),
        (
            "The strike ended Tuesday. Talks had broken down on Friday. Union leaders met again at 8 a.m.",
            "8 a.m.",
            "2024-11-05T08:00",
        ),
        # Told in the past perfect too: still the background day.
        (
            "The strike ended Tuesday. Talks had broken down on Friday. The union had walked out at 8 p.m.",
            "8 p.m.",
            "2024-11-01T20:00",
        ),
        # In the same sentence the clock time is still that day's.
        ("The strike ended Tuesday. Talks had broken down on Friday at 8 p.m.", "8 p.m.", "2024-11-01T20:00"),
        # A past-perfect day in a clause set off in the clock time's own sentence is background there too.
        (
            "The sign, which had been put up on Saturday, was found on the pavement at about 6am.",
            "about 6am",
            "2024-11-05T06:00",
        ),
        (
            "The barge, which had left Antwerp on Friday, ran aground at 3:15 a.m., the coast guard said.",
            "3:15 a.m.",
            "2024-11-05T03:15",
        ),
        (
            "Residents, who had been warned on Sunday, were moved out at 10 a.m.",
            "10 a.m.",
            "2024-11-05T10:00",
        ),
        # A day told in the simple past dates the clock time after it.
        (
            "The strike ended Tuesday. Talks broke down on Friday. Union leaders walked out at 8 p.m.",
            "8 p.m.",
            "2024-11-01T20:00",
        ),
    ],
)
def test_a_day_told_in_the_past_perfect_is_not_the_day_of_a_later_clock_time(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, POSTED).value == value


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # Published Tuesday evening: the small hours told in the past after "Tuesday night" are that Tuesday's.
        (
            "Thousands were without power Tuesday night after a storm swept in. Heavy rain began around 1 a.m. and "
            "fell for 14 hours.",
            datetime(2024, 11, 5, 21, 5),
            "2024-11-05T01:00",
        ),
        (
            "Roads were still closed on Tuesday night. The lorry overturned at about 3 a.m., police said.",
            datetime(2024, 11, 5, 22, 0),
            "2024-11-05T03:00",
        ),
        # Published the next morning, the small hours after the night are the next day's, as before.
        (
            "Thousands were without power Tuesday night after a storm swept in. The last lines came down around 1 a.m.",
            datetime(2024, 11, 6, 9, 0),
            "2024-11-06T01:00",
        ),
        # Still to come, the next day's small hours.
        (
            "The bar stays open late on Tuesday night. Last orders are at 1 a.m.",
            datetime(2024, 11, 5, 21, 5),
            "2024-11-06T01:00",
        ),
    ],
)
def test_small_hours_told_in_the_past_are_not_after_publication(text: str, reference: datetime, value: str) -> None:
    t = next(x for x in annotate(text, reference) if "a.m." in x.text)
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Published at 06:30: a decision told in the past sets going what starts later that day.
        ("The airport suspended all flights from 10am.", "2026-01-17T10:00"),
        ("Ferries were cancelled last night, and the port closed its gates from 11am.", "2026-01-17T11:00"),
        ("Councils closed the coast road from 2pm as a precaution.", "2026-01-17T14:00"),
        # Without "from", a time later than publication told in the past is yesterday's, as before.
        ("The airport closed its runway at 10pm.", "2026-01-16T22:00"),
    ],
)
def test_a_time_set_going_by_a_past_decision_may_be_later_that_day(text: str, value: str) -> None:
    t = next(x for x in annotate(text, datetime(2026, 1, 17, 6, 30)) if x.type == "TIME" and "m" in x.text[-2:])
    assert t.value == value
