"""An hour in words alone after a preposition of time ("held out until about four, and", "went to bed before
ten."), in a history whose time is a day told in its sentence or the one before: the hour, read as an hour
"o'clock" is in such a story. Elsewhere the number alone is a count or an age. And "about" inside an hour
with its part of the day tells it as a preposition would ("the roof fell, about two in the morning").

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("On 6 June 1822 the rebels took the bridge at 1:30 a.m. They held it until about four, and then fell back.",
         "about four", "1822-06-06T04:00", "APPROX"),
        ("On 2 October 1790 the fleet opened fire at six in the morning. The fort was silenced by about nine, and "
         "the boats went in.", "about nine", "1790-10-02T09:00", "APPROX"),
        ("On the evening of 4 April 1861 the governor dined alone and went to bed before ten.", "ten",
         "1861-04-04T22:00", None),
        ("The abbot was buried on 11 May 1402, in a mass that began at about eleven.", "about eleven",
         "1402-05-11T11:00", "APPROX"),
        ("On 20 July 1926 the strikers met at 7 a.m. in the square. The police arrived at three, when the crowd "
         "had grown to thousands.", "three", "1926-07-20T15:00", None),
    ],
)  # fmt: skip
def test_an_hour_in_words_alone_is_the_story_s_hour(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("TIME", value, mod)


def test_in_a_night_an_early_hour_is_of_the_small_hours() -> None:
    t = find("On the night of 8 January 1799 the storm broke over the town. The rain stopped at about three.",
             "about three", document_type="narrative")  # fmt: skip
    assert t.value == "1799-01-09T03:00"


@pytest.mark.parametrize(
    "text",
    [
        # A count after a verb of amount or change.
        "On 3 May 1850 the mill burned down. The dead stood at four.",
        "On 3 May 1850 the river rose by about nine, and the lower town flooded.",
        "On 3 May 1850 the vote was won by three.",
        # "one by one", "two by two".
        "On 3 May 1850 the guns were silenced one by one, and the town fell.",
        # An age.
        "She was born on 3 May 1850 and could read by about four.",
        "On 3 May 1850 the boy was sent to school; at nine, he could write Latin.",
        # No day the story is on.
        "In 1850 the mill employed forty men until about four, when the river failed.",
        # After a verb with no preposition.
        "On 3 May 1850 the new bell weighed about four.",
    ],
)
def test_a_number_alone_elsewhere_is_no_hour(text: str) -> None:
    assert not any(kind == "TIME" for _, kind, _ in values(text, document_type="narrative"))


def test_news_and_posts_keep_a_number_alone() -> None:
    assert values("The council met on Monday and the vote was taken at about four.") == [
        ("Monday", "DATE", "2024-11-04")
    ]


def test_a_half_and_a_unit_after_it_make_a_count() -> None:
    t = find("On 3 May 1850 the ship sailed and the crossing took about two and a half hours.",
             "about two and a half hours", document_type="narrative")  # fmt: skip
    assert (t.type, t.value) == ("DURATION", "PT2H30M")


@pytest.mark.parametrize(
    "text",
    [
        "On the night of 9 March 1741 the roof of the hall fell, about two in the morning, and the fire spread.",
        "On the night of 9 March 1741 the roof of the hall fell about two in the morning.",
    ],
)
def test_about_an_hour_with_its_part_of_the_day_is_a_time(text: str) -> None:
    t = find(text, "about two in the morning", document_type="narrative")
    assert (t.type, t.value, t.mod) == ("TIME", "1741-03-10T02:00", "APPROX")


def test_an_hour_in_words_may_open_the_next_clause() -> None:
    t = find("On the evening of 11 March 1862 the river rose, and by about eleven the lower streets were flooded.",
             "about eleven", document_type="narrative")  # fmt: skip
    assert t.value == "1862-03-11T23:00"
