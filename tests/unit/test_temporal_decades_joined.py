"""A decade of the first millennium joined to one told with "the" before it shares the article ("in the 460s
and 470s", "the 380s or 390s"): both are decades of a history. A measure keeps them counts.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the 460s and 470s the monks preached in the villages.",
         [("the 460s", "DATE", "046"), ("470s", "DATE", "047")]),
        ("The wall was raised in the 380s or 390s.", [("the 380s", "DATE", "038"), ("390s", "DATE", "039")]),
        ("Through the 610s to 630s the port traded with the east.",
         [("the 610s", "DATE", "061"), ("630s", "DATE", "063")]),
    ],
)  # fmt: skip
def test_a_second_decade_shares_the_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, document_type="narrative") == expected


def test_a_decade_alone_without_the_is_still_no_date() -> None:
    assert values("The mill made 470s of cloth.", document_type="narrative") == []


def test_news_has_no_first_millennium_decades() -> None:
    assert values("In the 460s and 470s the monks preached.") == []
