"""A count of minutes or hours on from the story's last clock time ("[an hour] later", "[20 minutes] later")
tells the story's day again: a bare clock time in the sentence after it is still on that day, as it is right
after a clock time ("The men had returned at 9.15pm. Neighbours heard shouting an hour later. At 10.32pm he
rang 999": the day told before, not the publication's). Every sentence is our own.
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
            "The boat left the harbour on 3 July 2022. It had passed the lighthouse at about 6.10am. Its engine "
            "failed 20 minutes later. At 7.05am the crew called the coastguard.",
            "7.05am",
            "2022-07-03T07:05",
        ),
        (
            "The shop was raided on 18 February 2023. The court heard the men had arrived at 1.40am. The alarm "
            "sounded ten minutes later. Police reached the shop at 2.05am.",
            "2.05am",
            "2023-02-18T02:05",
        ),
        (
            "The mine flooded on 12 March 2019. Water had reached the lower shaft at 3pm. Pumps failed two hours "
            "later. At 6.45pm the last miners were brought up.",
            "6.45pm",
            "2019-03-12T18:45",
        ),
    ],
)  # fmt: skip
def test_a_clock_time_after_a_count_on_from_the_story_s_time_is_on_its_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _OCT, document_type="news").value == value


def test_a_count_of_days_does_not_keep_the_story_s_day() -> None:
    # Days on, the story is on another day, which the count alone does not name.
    text = (
        "The boat left the harbour on 3 July 2022. It had passed the lighthouse at about 6.10am. Its crew "
        "were rescued two days later. At 7.05am the coastguard was called."
    )
    assert find(text, "7.05am", _OCT, document_type="news").value != "2022-07-03T07:05"
