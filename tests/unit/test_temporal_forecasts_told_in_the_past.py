"""Forecasts told in the past tense: what was foreseen lies after the forecast, on either side of the time
of writing, and the nearer date is meant ("Economists expected a cut in March", told in November: next
March). Publication Tuesday 5 November 2024: the nearer Friday is the 8th, the nearer March 2025's.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A forecast with its "be": "was forecast to", "were predicted to", "was projected to".
        ("The heatwave began last week and was forecast to peak on Friday.", "Friday", "2024-11-08"),
        ("The storm was predicted to make landfall on Friday.", "Friday", "2024-11-08"),
        ("Output was projected to recover in March.", "March", "2025-03"),
        # A verb of foreseeing with the object the expression dates.
        ("Economists expected a cut in March.", "March", "2025-03"),
        ("Forecasters expected the storm to make landfall on Friday.", "Friday", "2024-11-08"),
        ("The bank left rates unchanged but hinted at a cut in March.", "March", "2025-03"),
        ("Most traders anticipated a rebound in March.", "March", "2025-03"),
        ("The chairman signalled a further rise in March.", "March", "2025-03"),
    ],
)
def test_a_forecast_told_in_the_past_is_the_nearer_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The date right after the verb is the day the forecast was made.
        ("Cuba predicted Wednesday that the talks would fail.", "Wednesday", "2024-10-30"),
        # A forecast told as over ("had expected") looks back, as "had planned" does.
        ("Analysts had expected a rise in March.", "March", "2024-03"),
        # Past events stay past.
        ("Prices fell sharply in March.", "March", "2024-03"),
        ("The storm made landfall on Friday.", "Friday", "2024-11-01"),
    ],
)
def test_what_is_not_a_forecast_stays_in_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What is likely or possible at a day named bare, as wire copy writes it, is still to come.
        ("Snow is likely Thursday across the north.", "Thursday", "2024-11-07"),
        ("Forecasters said more storms were likely Friday and Saturday.", "Friday", "2024-11-08"),
        # Told in the past, the nearer such day, as for any forecast so told.
        (
            "Thunderstorms were possible Thursday afternoon, the weather service said.",
            "Thursday afternoon",
            "2024-11-07TAF",
        ),
        ("A second round of sleet is possible Sunday night, forecasters said.", "Sunday night", "2024-11-10TNI"),
        ("Officials warned that delays were probable Thursday.", "Thursday", "2024-11-07"),
    ],
)
def test_what_is_likely_on_a_bare_weekday_is_still_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_likely_as_an_adverb_before_a_possessive_day_is_no_forecast() -> None:
    # "likely" qualifies what the day's thing was, not a day ahead.
    assert find("The strike was likely Monday's biggest story.", "Monday").value == "2024-11-04"
