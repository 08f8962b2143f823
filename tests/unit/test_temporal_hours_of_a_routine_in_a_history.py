"""A history that tells a routine names its hours in words alone ("at four on Saturdays", "from ten until six"):
where the sentence tells a habit (every morning, on Saturdays, daily, five days a week) and names another hour of
the day, such an hour after a preposition of time is a clock time of no one day (XXXX-XX-XXThh:mm), in the half
of the day its sentence tells, or of daylight. A number after a preposition with no second hour beside it stays
a count, however habitual its sentence.

Sentences of our own; publication is 5 November 2024.
"""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1862 the clerks asked for the shops to shut at eight in the evening on weekdays and at four on "
         "Saturdays.", "four", "XXXX-XX-XXT16:00"),
        ("By 1911 the reading room was open daily from nine until five, and until eight at night in winter.",
         "nine", "XXXX-XX-XXT09:00"),
        ("By 1911 the reading room was open daily from nine until five, and until eight at night in winter.",
         "five", "XXXX-XX-XXT17:00"),
        ("In 1790 the mill ran two shifts every day: the first began at five in the morning and the second at "
         "two.", "two", "XXXX-XX-XXT14:00"),
        ("In 1820 the novices were woken every morning at half past four and sat down to breakfast at six, "
         "before the bell.", "six", "XXXX-XX-XXT06:00"),
    ],
)  # fmt: skip
def test_an_hour_of_a_habit_is_of_no_one_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


def test_a_day_named_in_the_sentence_does_not_date_the_habit() -> None:
    text = "In 1905 the baths were open daily except Good Friday, from seven until ten at night."
    assert find(text, "seven", document_type="narrative").value == "XXXX-XX-XXT07:00"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # A habit, but no second hour: counts.
        ("In 1890 the college crew won every race that summer by four, and by five the next year.", "four"),
        ("In 1930 the club met every Friday, and membership rose to nine in the first season.", "nine"),
        # A second hour, but no habit told: a number on a list stays one.
        ("In 1850 the ship left at seven in the morning; she was at four on the list of arrivals.", "four"),
        ("In 1700 the prize went up from three to six for every wolf killed, paid at noon.", "three"),
    ],
)  # fmt: skip
def test_a_count_in_a_habitual_sentence_stays_a_count(text: str, number: str) -> None:
    assert not [t for t in annotate(text, DCT, "narrative") if t.text.endswith(number) and t.type == "TIME"]
