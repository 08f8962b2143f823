"""The past perfect in a history: which verb forms make one, and when it moves the story's day.

- A participle that is also a base form ("had come", "had run", "had become") makes a past perfect as much as
  "had arrived": a bare weekday told in it lies before the story's day, not after it.
- A date before the story's day told in a relative clause of the past perfect ("passengers who had left a
  week earlier") tells in passing what someone had done; the narration stays at its day, so a weekday or
  "the weekend" told after it in the same clause is counted from the story's day, not from the date told in
  passing. A past perfect in a main clause ("Ten days earlier the drovers had set out; the next day they had
  crossed the river") is still a flashback that later dates count from.

Sentences of our own, in narrative mode.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

WRITTEN = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Saturday 14 June 1890.
        (
            "The regatta opened on Saturday, 14 June 1890. The crews had come down from the north on Wednesday.",
            "Wednesday",
            "1890-06-11",
        ),
        (
            "The regatta opened on Saturday, 14 June 1890. The favourite had run a trial on Thursday.",
            "Thursday",
            "1890-06-12",
        ),
        (
            "The regatta opened on Saturday, 14 June 1890. One of the rowers had become ill on Tuesday.",
            "Tuesday",
            "1890-06-10",
        ),
        (
            "The mill burned down on Monday, 3 March 1890. Its owner had overcome a strike on Friday.",
            "Friday",
            "1890-02-28",
        ),
    ],
)
def test_a_participle_like_a_base_form_makes_a_past_perfect(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WRITTEN, "narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Friday 6 September 1901; the weekend before it is that of ISO week 35.
        (
            "The fair opened on Friday, 6 September 1901. Among the crowd were drovers who had set out a "
            "fortnight earlier and had camped by the river since the weekend.",
            "the weekend",
            "1901-W35-WE",
        ),
        (
            "The fair opened on Friday, 6 September 1901. Its first visitors were a family who had left the hills "
            "eight days earlier and a shepherd who had walked in on Wednesday.",
            "Wednesday",
            "1901-09-04",
        ),
        # Monday 3 March 1890.
        (
            "The bridge was opened on Monday, 3 March 1890 by a minister who had landed from Canada a month "
            "earlier and had toured the works on Saturday.",
            "Saturday",
            "1890-03-01",
        ),
        (
            "The bridge was opened on Monday, 3 March 1890. The ribbon was cut by a girl who had been born nine "
            "years earlier, and the crowd cheered that afternoon.",
            "that afternoon",
            "1890-03-03TAF",
        ),
    ],
)
def test_a_relative_clause_in_the_past_perfect_leaves_the_story_at_its_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WRITTEN, "narrative").value == value


def test_a_past_perfect_main_clause_is_still_a_flashback() -> None:
    text = (
        "The fair opened on Friday, 6 September 1901. Ten days earlier the drovers had set out; the next day "
        "they had crossed the river."
    )
    assert find(text, "the next day", WRITTEN, "narrative").value == "1901-08-28"
