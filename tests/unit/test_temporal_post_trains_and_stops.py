"""A post's clock time with its minutes after "the", as a train or bus by when it leaves, once a verb of
catching or missing (or "on") comes before it, whatever follows ("back on the 7.15 after a fortnight off",
"caught the 6.50 with a minute to spare"); "got the 2.50 one" stays a price. And a post's bare hour that ends
its sentence is a time though the next sentence opens with a number ("kids finish at 3.20. 2 hours of peace"),
as is a month that ends its sentence ("the end of june. 4 nights in porto": no 4 June).

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find, values

_MORNING = datetime(2026, 1, 7, 7, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("back on the 7.15 after a fortnight off. same faces", "7.15", "2026-01-07T07:15"),
        ("caught the 6.50 with a minute to spare, legs gone", "6.50", "2026-01-07T06:50"),
        ("missed the 7.42 by literally 10 seconds", "7.42", "2026-01-07T07:42"),
        ("sat on the 6.58 for an hour outside leeds", "6.58", "2026-01-07T06:58"),
    ],
)
def test_a_train_caught_or_missed_is_its_time(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _MORNING, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["got the 2.50 one off the market stall", "took the 4.99 deal in the end"])
def test_a_price_after_the_is_no_train(text: str) -> None:
    assert [v for v in values(text, _MORNING, document_type="colloquial") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("school holidays start at 3.20. 2 weeks of chaos", "3.20", "2026-01-07T15:20"),
        ("kids finish at 3. 2 hours of peace left", "3", "2026-01-07T15:00"),
        ("parents evening at 6.30. 3 teachers to see", "6.30", "2026-01-07T18:30"),
    ],
)
def test_an_hour_at_the_end_of_its_sentence_before_a_number(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, datetime(2026, 1, 7, 10, 0), document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["the countdown went 3. 2. 1. go", "voted at 3, 4 and 5 times"])
def test_a_run_of_numbers_is_no_hour(text: str) -> None:
    assert [v for v in values(text, _MORNING, document_type="colloquial") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "june" and "july" are whole words, no abbreviations: the full stop after them ends the sentence.
        ("lads holiday booked for the end of june. 4 nights in lisbon", "the end of june", "2026-06"),
        ("cousins wedding in july. 3 outfits bought already", "july", "2026-07"),
        ("flying june 4th, cant wait", "june 4th", "2026-06-04"),
        ("bbq at ours july 12 if the weather holds", "july 12", "2026-07-12"),
        ("dentist on dec. 3 ugh", "dec. 3", "2026-12-03"),
    ],
)
def test_a_month_written_whole_takes_no_day_across_a_full_stop(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, datetime(2026, 5, 4, 17, 0), document_type="colloquial").value == value
