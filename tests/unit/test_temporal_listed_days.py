"""Weekdays listed together ("Saturday and Sunday", "Friday, Saturday or Sunday", "6 p.m. Sunday and Monday") run
forward: a weekday listed right after another day is the first such day after it, whether the first is today,
the coming one or one gone by. Told in the past, a day after it that is not past yet is not meant, and the
end of a stretch ("between Nov. 1 and Wednesday") is no item of a list.

Sentences of our own. Publication is Sunday 10 November 2024 for the first set (the coming Saturday is the
16th) and Tuesday 5 November 2024 (``DCT``) for the rest.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from service.temporal.resolve.weekdays import _LIST_JOINER, _joined_to_the_day_before
from tests.unit._helpers import find

SUNDAY = date(2024, 11, 10)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Storms are expected Saturday and Sunday.", "Sunday", "2024-11-17"),
        ("Volunteers will hand out water from 10 a.m. to 6 p.m. Sunday and Monday.", "Monday", "2024-11-11"),
        ("The office will be closed Friday and Monday.", "Monday", "2024-11-18"),
        ("Trains will not run on Saturday or Sunday.", "Sunday", "2024-11-17"),
    ],
)
def test_a_day_listed_after_another_comes_after_it(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SUNDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shares fell on Friday, Saturday and Monday.", "Monday", "2024-11-04"),
        ("The talks were held on Thursday and Monday.", "Monday", "2024-11-04"),
        # Told in the past, out of order: the day after the first would not be past yet.
        ("The talks were held on Monday and Friday.", "Friday", "2024-11-01"),
        # The end of a stretch.
        ("The bank handed out 900 parcels between Oct. 26 and Monday.", "Monday", "2024-11-04"),
    ],
)
def test_past_lists_and_stretches(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A list that opens with a day still to come runs on from it, though the clause is told in the past.
        ("The ferry company has cancelled its sailings tomorrow and on Monday.", "Monday", "2024-11-11"),
        ("Organisers called off the fair tomorrow and Sunday.", "Sunday", "2024-11-10"),
        ("She said snow forecast for Thursday and Friday meant the crews would work late.", "Friday", "2024-11-08"),
        ("The council has shut the park tomorrow and Thursday.", "Thursday", "2024-11-07"),
    ],
)
def test_a_list_opened_by_a_day_to_come_runs_on_whatever_the_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_the_joiner_read_back_from_the_day_is_the_joiner_pattern() -> None:
    # Gaps between two days, generated from the pieces a joiner is made of and others: the reading back from
    # the later day must agree with the pattern it stands for everywhere.
    pieces = [" ", "  ", "\n", "\t", "\xa0", ",", "&", "/", ".", "and", "AND", "or", "Or", "on", "oN", "x", "a", "n"]
    rng = random.Random(4)
    for _ in range(20_000):
        gap = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        text = f"Saturday{gap}Sunday"
        lo, start = len("Saturday"), len("Saturday") + len(gap)
        expected = _LIST_JOINER.fullmatch(text, lo, start) is not None
        assert _joined_to_the_day_before(text, lo, start) is expected, repr(gap)
