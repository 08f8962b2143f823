"""A part of the day (or "day") right before a noun it modifies makes one noun with it: "the night shift",
"the evening paper", "the day shift" name things, no time. The part alone, or before a verb, stays a time.

Every sentence is our own.
"""

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("My sister works the night shift at a bakery.", "colloquial"),
        ("Nurses on the day shift were asked to stay late.", "news"),
        ("He always read the evening paper on the porch.", "narrative"),
        ("We caught the morning train to the coast.", "colloquial"),
        ("Stars filled the night sky above the camp.", "narrative"),
        ("She missed the night bus and walked home.", "colloquial"),
        ("The afternoon show was cancelled after complaints.", "news"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_before_the_noun_it_modifies_is_no_time(text: str, doc_type: str) -> None:
    assert [t.text for t in annotate(text, DCT, doc_type)] == []


@pytest.mark.parametrize(
    ("text", "phrase", "doc_type"),
    [
        ("The crew worked through the night to clear the road.", "the night", "news"),
        ("The night was cold and the wind rose.", "The night", "narrative"),
        ("In the morning we packed up the tents.", "the morning", "colloquial"),
    ],
)  # fmt: skip
def test_the_part_alone_is_still_a_time(text: str, phrase: str, doc_type: str) -> None:
    assert find(text, phrase, document_type=doc_type).type == "TIME"
