"""A news headline's present tense tells no time: the nearer date is meant; its infinitive looks ahead.

The headline is the text's first line, short, with no stop at its end, the story below it. Sentences of
our own; publication is Thursday 7 November 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

THURSDAY = date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The simple present of a headline: the day gone as well as the day to come, the nearer one.
        ("Storm hits coast on Tuesday\n\nThe storm brought down power lines.", "Tuesday", "2024-11-05"),
        ("Chipmaker unveils new phone Wednesday\nThe launch drew crowds.", "Wednesday", "2024-11-06"),
        ("FERRY STRIKE ENDS WEDNESDAY\n\nCrews went back to work.", "WEDNESDAY", "2024-11-06"),
        ("Ministers meet on Friday to settle budget\n\nThe talks are the third this year.", "Friday", "2024-11-08"),
        ("City marathon closes roads Sunday\n\nDrivers are warned.", "Sunday", "2024-11-10"),
        # Its infinitive and its modals look ahead, however near the day gone.
        ("Ministers to meet Monday on budget\n\nThe talks are the third this year.", "Monday", "2024-11-11"),
        ("Central bank will cut rates Wednesday, economists say\n\nMarkets agree.", "Wednesday", "2024-11-13"),
        # A form that can only be past looks back.
        ("Two arrested Monday after raid on warehouse\n\nPolice seized goods.", "Monday", "2024-11-04"),
    ],
)
def test_a_headline_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The first sentence of running prose is no headline: its present looks ahead as before.
        ("The mayor presents the budget on Tuesday. Councillors will vote later.", "Tuesday", "2024-11-12"),
        # Nor is a first line that ends with a stop.
        ("The mayor presents the budget on Tuesday.\n\nCouncillors will vote later.", "Tuesday", "2024-11-12"),
        # The story below a headline keeps its own tenses.
        ("Budget row deepens\n\nThe mayor presents the budget on Tuesday.", "Tuesday", "2024-11-12"),
    ],
)
def test_no_headline_no_change(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


def test_posts_have_no_headlines() -> None:
    # A post's first line is the post: its weekday is the coming one, as everywhere in posts.
    t = find("party at mine sunday\n\nbring snacks", "sunday", THURSDAY, document_type="colloquial")
    assert t.value == "2024-11-10"
    t = find("gym tuesday\nlegs day", "tuesday", THURSDAY, document_type="colloquial")
    assert t.value == "2024-11-12"
