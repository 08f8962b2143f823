"""A season named alone after "in", with no article or year, is that season as it comes every year.

- "In winter the shepherds brought the flocks down", "the pass could be crossed only on foot in winter", "the
  fleet fished mostly in spring and autumn": XXXX-WI, XXXX-SP, XXXX-FA, not the story's year.
- The story's own season keeps an article, a demonstrative or a year ("in the winter", "that winter", "in
  summer 1790"), and a part of a season dates one event ("the town fell in midsummer").
- A sentence that opens with such a season as its time tells the times of day of any day of it ("In summer the
  gates opened at first light").

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
        ("The valley was settled in 1705. In winter the shepherds brought the flocks down to the river.", "winter",
         "XXXX-WI"),
        ("The road over the pass was built in 1842, but it could be crossed only on foot in winter.", "winter",
         "XXXX-WI"),
        ("The harbour was opened in 1611. The fleet fished mostly in spring and autumn.", "spring", "XXXX-SP"),
        ("The harbour was opened in 1611. The fleet fished mostly in spring and autumn.", "autumn", "XXXX-FA"),
        ("The college was founded in 1388. In summer the students walked to the river after dinner.", "summer",
         "XXXX-SU"),
    ],
)  # fmt: skip
def test_a_bare_season_after_in_is_every_year_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WRITTEN, "narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The valley was settled in 1705. In the winter the river froze.", "the winter", "1705-WI"),
        ("The valley was settled in 1705. That winter the river froze.", "That winter", "1705-WI"),
        ("The siege began in 1640. The town fell in midsummer.", "midsummer", "1640-SU"),
        ("The valley was settled in 1705. In summer 1710 the first mill was built.", "summer 1710", "1710-SU"),
    ],
)
def test_the_story_s_own_season_keeps_its_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WRITTEN, "narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The castle was finished in 1320. In summer the gates opened at first light.", "first light",
         "XXXX-XX-XXTMO"),
        ("The mill was built in 1788. In winter the wheel stopped at dusk.", "dusk", "XXXX-XX-XXTEV"),
        ("The hospital opened in 1866. In spring the nurses walked in the garden in the evening.", "the evening",
         "XXXX-XX-XXTEV"),
    ],
)  # fmt: skip
def test_times_of_day_in_a_sentence_of_such_a_season_are_any_day_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WRITTEN, "narrative").value == value
