"""A history told day by day, under a heading of the next day: "Fighting continued through the night" before
any hour of the new day is the night between the two days, the earlier day's; the story stays on the new day."""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "night", "after", "after_value"),
    [
        (
            "Monday, 13 March 1848\n\nBy nightfall there were forty barricades.\n\nTuesday, 14 March\n\n"
            "Fighting continued through the night. At first light the guard refused to march.",
            "1848-03-13TNI",
            "first light",
            "1848-03-14TMO",
        ),
        (
            "Friday, 6 June 1704\n\nThe battery opened in the evening.\n\nSaturday, 7 June\n\nThe bombardment "
            "went on all through the night. The wall held. At noon a breach opened.",
            "1704-06-06TNI",
            "noon",
            "1704-06-07T12:00",
        ),
        (
            "9 September 1666\n\nThe wind rose after dark.\n\n10 September\n\nThe fire raged on through the "
            "night. Many fled. By the evening the wind had dropped.",
            "1666-09-09TNI",
            "the evening",
            "1666-09-10TEV",
        ),
    ],
)
def test_a_night_carried_on_under_a_new_day_is_the_night_before(
    text: str, night: str, after: str, after_value: str
) -> None:
    assert find(text, "the night", document_type="narrative").value == night
    assert find(text, after, document_type="narrative").value == after_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The day named with an event of its own: the night after it.
        (
            "On 13 March 1848 the barricades went up. On 14 March the troops withdrew. The shelling continued "
            "through the night.",
            "1848-03-14TNI",
        ),
        # The new day's hours told first: its own night.
        (
            "Monday, 13 March 1848\n\nThe crowd gathered.\n\nTuesday, 14 March\n\nAt noon the guard mutinied. "
            "Fighting continued through the night.",
            "1848-03-14TNI",
        ),
        # Not told as going on: the day's own night.
        (
            "Monday, 13 March 1848\n\nThe crowd gathered.\n\nTuesday, 14 March\n\nThe city was quiet during the night.",
            "1848-03-14TNI",
        ),
    ],
)
def test_the_night_of_the_story_s_day(text: str, value: str) -> None:
    assert find(text, "the night", document_type="narrative").value == value
