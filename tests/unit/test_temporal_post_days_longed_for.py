"""In a post, a day off asked for or granted ("ive booked thursday off", "got friday off!!", "booked the day off on
friday"), a day something is on its way for ("ordered a new phone, arriving thursday") and a day wished for
("i wish it was friday", "wish it was summer already") are still to come, whatever the tense of the asking: the
next such day. A day off had ("i took friday off") is the one gone by.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

# A Monday evening.
_POSTED = datetime(2024, 7, 8, 22, 33)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("semi final wednesday. ive booked thursday off work just in case", "thursday", "2024-07-11"),
        ("ive booked friday off so its a long weekend for me", "friday", "2024-07-12"),
        ("got friday off!! beach here we come", "friday", "2024-07-12"),
        ("requested wednesday off for the dentist, fingers crossed", "wednesday", "2024-07-10"),
        ("i wish it was friday", "friday", "2024-07-12"),
        ("honestly wish it was summer already", "summer", "2024-SU"),
    ],
)
def test_a_day_off_or_a_wish_is_to_come(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in values(text, _POSTED, document_type="colloquial")


def test_a_day_off_had_is_gone_by() -> None:
    found = values("i took friday off and it was the best decision", _POSTED, document_type="colloquial")
    assert ("friday", "DATE", "2024-07-05") in found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("booked the day off on friday for my birthday", "friday", "2024-07-12"),
        ("ordered a new phone, arriving thursday. cant wait", "thursday", "2024-07-11"),
        ("sent the forms off, decision due friday apparently", "friday", "2024-07-12"),
    ],
)
def test_a_day_off_for_a_day_or_a_day_on_its_way_is_to_come(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in values(text, _POSTED, document_type="colloquial")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the parcel was due friday and never came", "friday", "2024-07-05"),
        ("i came out on friday and saw him", "friday", "2024-07-05"),
    ],
)
def test_what_was_due_is_gone_by(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in values(text, _POSTED, document_type="colloquial")
