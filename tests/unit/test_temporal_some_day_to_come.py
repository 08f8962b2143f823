"""'one day' or 'another day' closing a clause that looks ahead: some day to come, no count of a day."""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("you lot will thank me one day", "one day"),
        ("i'll get round to it one day lol", "one day"),
        ("we're gonna see them live one day, promise", "one day"),
        ("let's grab that coffee another day", "another day"),
        ("can't make it tonight, maybe another day", "another day"),
        ("we could try the long route another day.", "another day"),
    ],
)
def test_some_day_to_come(text: str, phrase: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("we'll only stay for one day", "one day"),
        ("the repair will take one day", "one day"),
        ("i'll need another day to finish it", "another day"),
        ("we will wait another day.", "another day"),
        ("they'll be back in one day", "one day"),
    ],
)
def test_a_count_of_a_day_stays(text: str, phrase: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DURATION", "P1D")


@pytest.mark.parametrize("text", ["tomorrow is another day", "never mind, next week's another day"])
def test_the_day_named_is_the_other_day(text: str) -> None:
    assert [t.text for t in annotate(text, DCT, "colloquial") if "another" in t.text] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("one of these days i'll actually learn to cook", "one of these days"),
        ("gonna sell that car one of these days", "one of these days"),
        ("One of these days, mark my words", "One of these days"),
    ],
)
def test_one_of_these_days_looks_ahead(text: str, phrase: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")


def test_these_days_alone_stays_the_present() -> None:
    t = find("rent is mental these days", "these days", document_type="colloquial")
    assert t.value == "PRESENT_REF"
