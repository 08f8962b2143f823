"""In a narrative, a later date after a passive verb and "until" ("the charter was suspended until 1466") is
the end of a state the story's time set going: the narration stays at its own date, so a month told next is
still of the story's year. So, after any verb, is a month or season without a year after "until" ("Snow
closed the road from November until April"), and one before the story's date after "since" ("the churches,
closed since June, reopened"): each only bounds a state. A span told whole ("from 1914 until 1918") still
brings the story to its end, and a year written out after "until" dates it anew ("led the government until
1974 and died ten years later").

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey was seized in 1536, and its lands were leased until 1560. The monks left in June.", "June",
         "1536-06"),
        ("In 1812 the port was blockaded until 1815. In March a convoy slipped through.", "March", "1812-03"),
        ("The guild lost its hall in 1661; its charter was quietly revoked until 1670. In May the masters met.",
         "May", "1661-05"),
    ],
)  # fmt: skip
def test_the_end_of_a_state_set_going_does_not_move_the_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_the_end_of_a_span_told_whole_still_does() -> None:
    text = "The war lasted from 1914 until 1918. In November the guns fell silent."
    assert find(text, "November", document_type="narrative").value == "1918-11"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The siege began on 3 September 1643. The garrison held the walls from October until March, and on "
         "Christmas Day a sortie burned the trenches.", "Christmas Day", "1643-12-25"),
        ("The regime took power on 12 May 1971. Martial law stayed in force until the autumn. The new "
         "constitution was signed on 30 June.", "30 June", "1971-06-30"),
        ("In August 1914 the regiment crossed to France. It stayed in the line until November, and in October "
         "it lost half its officers.", "October", "1914-10"),
        ("The strike began in March 1926. The pits stayed shut till December, and in May the general strike "
         "collapsed.", "May", "1926-05"),
    ],
)  # fmt: skip
def test_a_month_or_season_after_until_only_ends_a_state(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In June 1630 the plague reached the city. By Michaelmas the deaths had fallen. The churches, closed "
         "since June, reopened on the following Sunday.", "the following Sunday", "1630-10-06"),
        ("War was declared on 4 August 1914. The frontier, closed since July, stayed shut; the next day the "
         "first troops crossed it.", "the next day", "1914-08-05"),
        ("The port was blockaded from March 1812. By October the warehouses, empty since the spring, were sold, "
         "and on the 20th the merchants petitioned the king.", "the 20th", "1812-10-20"),
    ],
)  # fmt: skip
def test_a_month_or_season_after_since_only_starts_a_state(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The queen ruled until 1558 and died ten years later.", "ten years later", "1568"),
        ("The schools had been shut since 1918. In 1921 they reopened, and in March the pupils returned.",
         "March", "1921-03"),
    ],
)  # fmt: skip
def test_a_year_written_out_after_until_or_since_still_dates_the_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
