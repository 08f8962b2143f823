"""Long narratives of a life or of an institution over a century: the relative dates a biography or a modern
history writes after its own dates ("in the new year" after a winter)."""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the winter of 1942 he was arrested; he was released in the new year.", "the new year", "1943"),
        ("The mill closed in December 1850 and reopened in the new year.", "the new year", "1851"),
        ("The strike began in 1911 and was settled in the new year.", "the new year", "1912"),
        ("Talks broke down in November 1961. They resumed early in the new year.", "early in the new year", "1962"),
        ("In the autumn of 1777 the army fell back; in the new year it marched north.", "the new year", "1778"),
        ("She sailed for Lisbon in May 1820 and was home again in the new year.", "the new year", "1821"),
        ("On 2 January 1905 the pits flooded, the first disaster of the new year.", "the new year", "1905"),
    ],
)
def test_the_new_year_of_a_narrative_is_the_one_after_the_story_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_the_new_year_of_news_still_reads_the_tense() -> None:
    assert find("Talks will resume in the new year.", "the new year").value == "2025"
    assert find("The strike began in the new year.", "the new year").value == "2024"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The requiem was first sung on 24 April 1918, two years to the day after the rising began.", "two years"),
        ("He died on 3 May 1950, ten years to the day after his wife.", "ten years"),
        ("She landed at Dover in June 1930, a year to the day since she had left.", "a year"),
        ("The club was wound up in 1990, a century almost to the day after its founding.", "a century"),
        ("The second attack came six months to the day after the first.", "six months"),
    ],
)
def test_to_the_day_after_a_count_is_no_date(text: str, count: str) -> None:
    for document_type in ("narrative", "news"):
        found = [t.text for t in annotate(text, DCT, document_type)]
        assert count in found
        assert "the day" not in found


def test_the_day_told_without_a_count_before_it_is_still_a_day() -> None:
    text = "The prisoners waited for their release. On 4 May 1921 the day came."
    assert find(text, "the day", document_type="narrative").value == "1921-05-04"


@pytest.mark.parametrize(
    "text",
    [
        "She won the 1500 metres at the Games.",
        "The 2000 metres record was hers.",
        "She set a world record at 2000 metres in Oslo.",
        "He ran the 1500 m faster than anyone.",
        "The party climbed 1800 feet before dark.",
        "The crane lifted a 1200 kg load.",
    ],
)
def test_a_number_before_a_unit_of_measure_is_no_year(text: str) -> None:
    for document_type in ("narrative", "news"):
        assert annotate(text, DCT, document_type) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 1912 tons of coal were shipped from the port.", "1912"),
        ("In 1850 miles of track were laid.", "1850"),
        ("She won the 1500 metres in 1986.", "1986"),
    ],
)
def test_a_year_after_a_preposition_of_time_keeps_the_measure_after_it(text: str, year: str) -> None:
    assert [t.value for t in annotate(text, DCT, "narrative")] == [year]


@pytest.mark.parametrize(
    ("text", "day", "year"),
    [
        ("The ship was launched in 1912 and sank on 3 April of the following year.", "1913-04-03", "1913"),
        ("He was elected in 1870 and resigned on 12 May of the next year.", "1871-05-12", "1871"),
        ("The war ended in 1918; on 11 January of the previous year the fleet had mutinied.", "1917-01-11", "1917"),
        ("The treaty was signed in 1871. On 14 March of the same year the king died.", "1871-03-14", "1871"),
        ("She was elected in 1920 and took her seat on March 3 of that year.", "1920-03-03", "1920"),
    ],
)
def test_a_day_of_the_story_s_year_or_the_next_takes_that_year(text: str, day: str, year: str) -> None:
    found = [(t.type, t.value) for t in annotate(text, DCT, "narrative")]
    assert found[1:] == [("DATE", day), ("DATE", year)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Her account, published in London in 1896, sold well, and in the same year she joined the society.",
         "the same year", "1896"),
        ("His first novel, written in Rome in 1921, was rejected, and that year he went home.", "that year", "1921"),
        ("The dam, begun in 1952, was opened the following year.", "the following year", "1953"),
        ("In 1870 the mill, built in 1846, burned down, and the following year it was rebuilt.",
         "the following year", "1871"),
        ("The bridge, begun in 1880, was finished in 1884; in the same year the railway came.",
         "the same year", "1884"),
    ],
)  # fmt: skip
def test_the_same_year_after_an_aside_is_the_aside_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "day", "day_value", "year_value"),
    [
        (
            "In 1640 the abbey got its charter. Lady Day the following year saw the first rents paid.",
            "Lady Day",
            "1641-03-25",
            "1641",
        ),
        (
            "The fair opened in 1702. At Michaelmas the following year the tolls were doubled.",
            "Michaelmas",
            "1703-09-29",
            "1703",
        ),
        (
            "He came of age in 1455, and on Midsummer Day the next year he married.",
            "Midsummer Day",
            "1456-06-24",
            "1456",
        ),
        (
            "The bridge opened in 1880. On Midsummer Day the previous year the first stone had been laid.",
            "Midsummer Day",
            "1879-06-24",
            "1879",
        ),
        (
            "In 1640 the abbey got its charter. On Lady Day of the following year the rents were paid.",
            "Lady Day",
            "1641-03-25",
            "1641",
        ),
        (
            "In 1640 the abbey got its charter. On 25 March the following year the rents were paid.",
            "25 March",
            "1641-03-25",
            "1641",
        ),
    ],
)
def test_a_feast_or_day_before_the_following_year_is_of_that_year(
    text: str, day: str, day_value: str, year_value: str
) -> None:
    found = {t.text: t.value for t in annotate(text, DCT, "narrative")}
    assert found[day] == day_value
    assert next(v for k, v in found.items() if k.endswith("year")) == year_value


def test_a_feast_before_the_previous_year_s_noun_keeps_the_story_s_year() -> None:
    text = "In 1701 the fair was held again. At Michaelmas the previous year's winner returned."
    assert find(text, "Michaelmas", document_type="narrative").value == "1701-09-29"
