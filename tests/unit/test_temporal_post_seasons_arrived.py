"""A season whose arrival is told as reaching now ("winter has arrived", "spring is basically here", "autumn is
well and truly here") is the season come now or just coming, whatever the tense: "winter has arrived" in late
October is the winter about to begin (was the one a year gone, the present perfect read as a past), and a bare
"spring" with a word of degree before "here" is the season, as "spring is here" already was.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("winter has arrived and i am not ok", datetime(2024, 10, 28, 12, 0), ("winter", "DATE", "2024-WI")),
        ("winter has finally arrived, hats on", datetime(2025, 11, 20, 8, 0), ("winter", "DATE", "2025-WI")),
        ("winter is here properly now", datetime(2025, 1, 10, 12, 0), ("winter", "DATE", "2024-WI")),
        ("spring is basically here, daffs are out", datetime(2025, 3, 10, 13, 12), ("spring", "DATE", "2025-SP")),
        ("autumn is well and truly here", datetime(2024, 10, 28, 12, 0), ("autumn", "DATE", "2024-FA")),
        ("summer is finally here!", datetime(2024, 6, 2, 12, 0), ("summer", "DATE", "2024-SU")),
        ("6 degrees but summer is basically here", datetime(2023, 3, 26, 10, 5), ("summer", "DATE", "2023-SU")),
    ],
)
def test_a_season_arrived_is_the_one_now(text: str, posted: datetime, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, posted, document_type="colloquial")


def test_a_season_gone_by_keeps_its_past() -> None:
    found = values("winter was brutal, it snowed till april", datetime(2024, 10, 28, 12, 0), "colloquial")
    assert ("winter", "DATE", "2023-WI") in found


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("light till 6 now!!! spring is actually happening", datetime(2024, 3, 12, 17, 14),
         ("spring", "DATE", "2024-SP")),
        ("birds screaming outside the window. spring you are loud", datetime(2025, 3, 19, 7, 11),
         ("spring", "DATE", "2025-SP")),
        ("up since 5 with the baby. hello spring", datetime(2025, 3, 20, 7, 0), ("spring", "DATE", "2025-SP")),
        ("leaves everywhere, welcome fall", datetime(2024, 10, 1, 9, 0), ("fall", "DATE", "2024-FA")),
    ],
)  # fmt: skip
def test_spring_or_fall_happening_greeted_or_spoken_to_is_the_season(
    text: str, posted: datetime, expected: tuple[str, str, str]
) -> None:
    assert expected in values(text, posted, document_type="colloquial")


@pytest.mark.parametrize(
    "text",
    ["watch the cat spring at the bird", "i will spring you out of there", "the leaves fall you know"],
)
def test_the_verb_stays_a_verb(text: str) -> None:
    found = values(text, datetime(2025, 3, 20, 7, 0), "colloquial")
    assert not any(t in ("spring", "fall") for t, _, _ in found)
