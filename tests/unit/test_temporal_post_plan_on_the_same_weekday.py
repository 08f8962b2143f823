"""A post's bare weekday that falls on the day of posting is a week on when a plan hangs on it: the day it
starts from or lasts till ("off from monday", "term starts monday", "on nights till friday", "see you
friday", posted on that weekday: a writer says "today" of today). A weekday that names the day itself
("monday again", "payday friday"), or one told in the past, stays the day of posting.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_MONDAY_EVENING = datetime(2025, 9, 1, 20, 15)
_FRIDAY_MORNING = datetime(2025, 9, 5, 8, 30)


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        ("uniform ironed, bags packed, term starts monday", "monday", _MONDAY_EVENING, "2025-09-08"),
        ("half term: the kids have a week off from monday, send snacks", "monday", _MONDAY_EVENING, "2025-09-08"),
        ("on nights till friday so dont expect replies", "friday", _FRIDAY_MORNING, "2025-09-12"),
        ("great first week team, see you friday!", "friday", _FRIDAY_MORNING, "2025-09-12"),
        ("new rota begins friday, fingers crossed", "friday", _FRIDAY_MORNING, "2025-09-12"),
    ],
)
def test_a_plan_hung_on_the_weekday_of_posting_is_a_week_on(
    text: str, phrase: str, posted: datetime, value: str
) -> None:
    assert find(text, phrase, posted, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        ("monday again. coffee please", "monday", _MONDAY_EVENING, "2025-09-01"),
        ("payday friday!! pub later", "friday", _FRIDAY_MORNING, "2025-09-05"),
        ("been on my feet from friday till now", "friday", _FRIDAY_MORNING, "2025-09-05"),
        ("had a week off from monday, it went so fast", "monday", _MONDAY_EVENING, "2025-09-01"),
    ],
)
def test_the_weekday_of_posting_named_as_itself_stays(text: str, phrase: str, posted: datetime, value: str) -> None:
    found = find(text, phrase, posted, document_type="colloquial")
    assert found.value.startswith(value)
