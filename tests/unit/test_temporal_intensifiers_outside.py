"""An intensifier before a time word ("right now", "just last month", "even now", "only yesterday") sets no
modifier of the time: it stays outside the span, which is the time word alone. ("just now", a moment ago, is
another word, not "now" stressed.)"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Right now we have no spare beds, a nurse said.", "now", "PRESENT_REF"),
        ("Fuel is scarce in the valley right now.", "now", "PRESENT_REF"),
        ("Right now, nobody knows where he is.", "now", "PRESENT_REF"),
        ("I need an answer right now!", "now", "PRESENT_REF"),
        ("The shop was sold just last month.", "last month", "2024-10"),
        ("Even now the village is split over the plan.", "now", "PRESENT_REF"),
        ("It happened only yesterday.", "yesterday", "2024-11-04"),
    ],
)
def test_the_intensifier_stays_outside(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.mod) == (value, None)
    assert len(values(text)) == 1


def test_just_now_is_a_moment_ago() -> None:
    assert find("She left the room just now.", "just now").value == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The flight took just over six hours.", "over six hours", "PT6H", "MORE_THAN"),
        ("The siege lasted just over a month.", "over a month", "P1M", "MORE_THAN"),
        ("He was held for just over a week.", "over a week", "P1W", "MORE_THAN"),
        ("Crews had the fire out in just over an hour.", "over an hour", "PT1H", "MORE_THAN"),
        ("It took well over a decade to rebuild.", "over a decade", "P1E", "MORE_THAN"),
        ("The bridge was finished in just under two years.", "under two years", "P2Y", "LESS_THAN"),
    ],
)
def test_just_before_over_or_under_stays_outside(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)
