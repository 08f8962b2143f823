"""In a history, a count told only roughly from the story's date ("about forty years later", "almost a century
later", "some two years earlier") is how far on or back, a DURATION with its mod and "later"/"earlier" outside:
too loose to name the date it reaches. An exact count still dates the event ("forty years later": 1660)."""

from __future__ import annotations

from datetime import date

import pytest

from service.temporal import annotate

HISTORY = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The mill was built in 1620. About forty years later it burned down.", "About forty years", "P40Y", "APPROX"),
        ("The abbey was founded in 1130. Almost a century later a tower was added.", "Almost a century", "P1C",
         "LESS_THAN"),
        ("The port opened in 1702, and more than fifty years later it silted up.", "more than fifty years", "P50Y",
         "MORE_THAN"),
        ("The treaty was signed in 1648. Around two years earlier the war had turned.", "Around two years", "P2Y",
         "APPROX"),
    ],
)  # fmt: skip
def test_a_rough_count_from_the_story_s_date_is_a_duration(text: str, phrase: str, value: str, mod: str) -> None:
    found = {t.text: t for t in annotate(text, HISTORY, "narrative")}
    assert phrase in found, list(found)
    t = found[phrase]
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)


def test_an_exact_count_from_the_story_s_date_still_dates_the_event() -> None:
    found = [(t.text, t.value) for t in annotate("The mill was built in 1620. Forty years later it burned down.",
                                                 HISTORY, "narrative")]  # fmt: skip
    assert found == [("1620", "1620"), ("Forty years later", "1660")]
