""" "over" before a count is "more than" (inside, mod MORE_THAN) after a word of lasting or before a count from
a date; elsewhere it is the preposition of a stretch and stays outside, as TimeBank marks both.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The siege dragged on for over four years.", "over four years", "P4Y"),
        ("The hearings lasted over three months.", "over three months", "P3M"),
        ("Rebuilding the nave took over 20 years.", "over 20 years", "P20Y"),
        ("She spent over a decade in exile.", "over a decade", "P1E"),
        ("It was the first frost in over a century.", "over a century", "P1C"),
        ("After a blockade of over six weeks, the port gave in.", "over six weeks", "P6W"),
    ],
)
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_over_after_a_word_of_lasting_is_more_than(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value, t.mod) == ("DURATION", value, "MORE_THAN")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The canal opened in 1822. Over a century later, it was filled in.", "Over a century later", "1922"),
        ("The canal opened in 1822. Over two decades later the locks were widened.", "Over two decades later", "1842"),
    ],
)
def test_over_before_a_count_from_the_story_s_date_is_more_than(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.value, t.mod) == (value, "MORE_THAN")


def test_over_before_a_count_back_from_publication_is_more_than() -> None:
    t = find("The mill shut over a year ago.", "over a year ago")
    assert (t.value, t.mod) == ("2023", "MORE_THAN")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The recipe evolved over several years.", "several years"),
        ("The grant can be spent over three years.", "three years"),
        ("Over two years, prices doubled.", "two years"),
        ("Repairs were spread over two days after the storm.", "two days"),
        ("Over the next three weeks the river rose.", "the next three weeks"),
    ],
)
def test_over_as_the_preposition_of_a_stretch_stays_outside(text: str, phrase: str) -> None:
    assert find(text, phrase).mod is None
