"""A body of people takes the plural verb in British English: "the team face Arsenal on Sunday".

The base form after such a noun (or after a name in the plural, "the Lakers play", or a team's name before a
verb of fixtures, "Liverpool host Everton") is the simple present of a
fixture or plan, which looks ahead, as "the players face Arsenal on Sunday" does. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

# Friday 17 October 2025.
FRIDAY = date(2025, 10, 17)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The team face Arsenal on Sunday.", "Sunday", "2025-10-19"),
        ("His side host Leeds on Sunday in a game they must win.", "Sunday", "2025-10-19"),
        ("The squad fly to Madrid on Sunday.", "Sunday", "2025-10-19"),
        ("The government publish their review on Monday.", "Monday", "2025-10-20"),
        ("The band play two nights at the Apollo from Tuesday.", "Tuesday", "2025-10-21"),
        ("The Lakers play the Celtics on Sunday.", "Sunday", "2025-10-19"),
        ("The Democrats hold a vote on the bill on Monday.", "Monday", "2025-10-20"),
    ],
)
def test_a_body_of_people_with_a_plural_verb_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, FRIDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A past verb, or the noun a body of people qualifies, still tells the past.
        ("The team played Arsenal on Sunday.", "Sunday", "2025-10-12"),
        ("The team face questions after the defeat on Sunday.", "Sunday", "2025-10-12"),
        ("The government report on Sunday showed a fall in crime.", "Sunday", "2025-10-12"),
        ("The team bus on Sunday was two hours late.", "Sunday", "2025-10-12"),
    ],
)
def test_the_past_is_kept(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, FRIDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Manchester United face Chelsea at Old Trafford on Sunday.", "Sunday", "2025-10-19"),
        ("Liverpool host Everton on Saturday evening.", "Saturday evening", "2025-10-18TEV"),
        ("England take on Wales at Twickenham on Saturday.", "Saturday", "2025-10-18"),
        ("Britain and France sign the treaty in Paris on Monday.", "Monday", "2025-10-20"),
        ("Real Madrid travel to Munich on Tuesday for the first leg.", "Tuesday", "2025-10-21"),
    ],
)
def test_a_name_before_the_base_form_of_a_fixture_verb_looks_ahead(text: str, phrase: str, value: str) -> None:
    # The base form after a name tells a plural subject (a team, nations in a list): a fixture or plan ahead.
    assert find(text, phrase, FRIDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Manchester United faced Chelsea at Old Trafford on Sunday.", "Sunday", "2025-10-12"),
        ("Liverpool beat Everton on Saturday.", "Saturday", "2025-10-11"),
        ("In contrast to Thursday, trading was calm.", "Thursday", "2025-10-16"),
    ],
)
def test_a_name_before_a_past_or_no_fixture_verb_keeps_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, FRIDAY).value == value
