"""A day word ("today's", "tomorrow's") before a noun of people or of the age ("today's youth", "in today's world",
"tomorrow's leaders") names the age at large, as "of today's" does, not a day of the calendar; before the
name of a thing done on a day ("today's meeting", "tomorrow's vote") it is still that day."""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    "text",
    [
        "Raising a family is harder in today's world, she said.",
        "Surveys suggest today's youth care more about housing than jobs.",
        "Today's teenagers live on their phones.",
        "Today's young people read fewer newspapers than their parents did.",
        "Critics say today's children get too little sleep.",
        "By today's standards the wages were tiny.",
        "The school says it is training tomorrow's leaders.",
        "Tomorrow’s generation will pay for the debt.",
        "In TODAY'S ECONOMY nobody keeps a job for life.",
    ],
)
def test_a_day_word_owning_a_noun_of_the_age_is_no_day(text: str) -> None:
    assert values(text, document_type="news") == []
    assert values(text, document_type="narrative") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Today's meeting was called off at noon.", "Today", "2024-11-05"),
        ("The ad runs in today's editions of the paper.", "today", "2024-11-05"),
        ("Tomorrow's vote will be close, aides said.", "Tomorrow", "2024-11-06"),
        ("Shares rose in today's trading.", "today", "2024-11-05"),
        # The noun of the age must be the one owned: here "today's" owns the rally.
        ("Today's rally drew leaders from around the world.", "Today", "2024-11-05"),
    ],
)
def test_a_day_word_owning_a_thing_done_that_day_is_the_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "document_type"),
    [
        ("Today's youth rally drew thousands to the square.", "Today", "news"),
        ("Today's World Cup final kicks off at eight.", "Today", "news"),
        ("today's world cup game was a thriller", "today", "colloquial"),
        ("Today's parents' evening has been called off.", "Today", "news"),
        ("Today's children's concert was moved indoors.", "Today", "news"),
        ("Tomorrow's leaders summit opens in Lima.", "Tomorrow", "news"),
    ],
)
def test_a_noun_of_the_age_that_names_a_thing_held_that_day_keeps_the_day(
    text: str, phrase: str, document_type: str
) -> None:
    assert find(text, phrase, document_type=document_type).type == "DATE"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The base rate stands at 3.75 percent as of today.", "today", "2024-11-05"),
        ("As of yesterday, about 400 homes were still without power.", "yesterday", "2024-11-04"),
        ("The new fares apply as of tomorrow, the operator said.", "tomorrow", "2024-11-06"),
        ("six months off the cigarettes as of today", "today", "2024-11-05"),
    ],
)
def test_as_of_a_day_word_is_the_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize("text", ["They are building the cities of tomorrow.", "The music of today is louder."])
def test_of_a_day_word_after_a_noun_is_the_age(text: str) -> None:
    assert values(text) == []
