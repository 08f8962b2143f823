"""A history told by its hours keeps its clock running while it stays on its day: an hour with its minutes
("at 9.40") or an hour in words ("at about ten") after a preposition of time, several sentences after the day
was named, is still a clock time of that day when a clock time of the day was told in its paragraph or the
paragraph before. Without a clock time told, a day named long before says nothing of such a number, which is
as often a count ("stood at 4.50", "by about ten").

Sentences of our own; publication is 5 November 2024.
"""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find

_FERRY = (
    "The ferry left the harbour on 2 April 1911 at half past six in the morning. The sea was calm. The passengers "
    "took breakfast on deck, and the band played. Most of them had never been out of sight of land before. "
)
_STRIKE = (
    "The dockers walked out on 14 August 1889 at seven in the morning. The gates were chained. Crowds gathered "
    "along the quay as the news spread. Carts stood idle in every street of the district. "
)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (_FERRY + "At 9.40 the engines stopped.", "9.40", "1911-04-02T09:40"),
        (_FERRY + "She struck the rock at 11.15, a mile off the point.", "11.15", "1911-04-02T11:15"),
        (_STRIKE + "The leaders spoke from a cart at about ten, and then marched west.", "about ten",
         "1889-08-14T10:00"),
        (_STRIKE + "The police arrived at 10.25 and read the order.", "10.25", "1889-08-14T10:25"),
    ],
)  # fmt: skip
def test_an_hour_told_sentences_after_the_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (_FERRY + "\n\nThe captain ordered the boats lowered at 11.50, when the list grew worse.", "11.50",
         "1911-04-02T11:50"),
        (_STRIKE + "\n\nBy about ten the whole of the East End was at a stand.", "about ten", "1889-08-14T10:00"),
        (_STRIKE + "\n\nThe first meeting with the owners began at 2.30 in the boardroom.", "2.30",
         "1889-08-14T14:30"),
    ],
)  # fmt: skip
def test_the_clock_runs_on_into_the_next_paragraph(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # A day named, no clock time told: a number several sentences on is no hour.
        ("The ferry left the harbour on 2 April 1911. The sea was calm. The passengers took breakfast on deck. "
         "Most of them had never been at sea. The fare was fixed at 4.50 for the crossing.", "4.50"),
        ("The dockers walked out on 14 August 1889. The gates were chained. Crowds gathered on the quay. Carts "
         "stood idle. The union's strength was put at about ten thousand.", "ten"),
        # A clock time told, but three paragraphs back: the clock no longer runs.
        (_FERRY + "\n\nThe line ran north.\n\nSheep grazed along it.\n\nThe toll was fixed at 2.40 a head.", "2.40"),
    ],
)  # fmt: skip
def test_no_clock_running_leaves_a_number_alone(text: str, number: str) -> None:
    assert not [t for t in annotate(text, DCT, "narrative") if number in t.text and t.type == "TIME"]
