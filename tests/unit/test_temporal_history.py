"""Forms that histories use and news rarely does: years of an era ("300 BC", "AD 79"), approximate years
("c. 1120"), centuries before the common era."""

from __future__ import annotations

from itertools import pairwise

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The mounds were raised in 300 BC by farmers.", "300 BC", "BC0300", None),
        ("Carthage fell in 146 B.C. after a long siege.", "146 B.C.", "BC0146", None),
        ("The treaty of 241 BCE ended the first war.", "241 BCE", "BC0241", None),
        ("The town was buried in AD 79 by ash.", "AD 79", "0079", None),
        ("A coin of A.D. 410 was found in the well.", "A.D. 410", "0410", None),
        ("The wall was begun in 122 AD and finished later.", "122 AD", "0122", None),
        ("Farming reached the valley in 4000 BC.", "4000 BC", "BC4000", None),
        ("The graves date from about 300 BC, the finds suggest.", "about 300 BC", "BC0300", "APPROX"),
        ("The shrine was built around 50 CE on the hill.", "around 50 CE", "0050", "APPROX"),
    ],
)
def test_a_year_of_an_era_is_that_year(text: str, phrase: str, value: str, mod: str | None) -> None:
    for document_type in ("narrative", "news"):
        t = find(text, phrase, document_type=document_type)
        assert (t.type, t.value, t.mod) == ("DATE", value, mod)


def test_a_year_of_the_common_era_is_on_the_timeline_and_one_before_it_is_not() -> None:
    t = find("The town was buried in AD 79 by ash.", "AD 79", document_type="narrative")
    assert (t.granularity, t.interval_start is not None) == ("year", True)
    t = find("Carthage fell in 146 BC after a long siege.", "146 BC", document_type="narrative")
    assert (t.interval_start, t.interval_end) == (None, None)  # the calendar of the timeline starts at year 1


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The first church was built c. 1120 by monks.", "c. 1120", "1120"),
        ("The tower dates from ca. 1350, the survey says.", "ca. 1350", "1350"),
        ("A hall stood here circa 1480.", "circa 1480", "1480"),
        ("The carving was made c. 900.", "c. 900", "0900"),
        ("The villa was abandoned c. 400 BC.", "c. 400 BC", "BC0400"),
    ],
)
def test_an_approximate_year_keeps_its_marker_inside(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, "APPROX")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The city was founded in the 8th century BC.", "the 8th century BC", "BC07"),
        ("Bronze tools spread in the second century BCE.", "the second century BCE", "BC01"),
        ("Monks arrived in the 5th century AD.", "the 5th century AD", "04"),
        ("The road was built in the 1st century.", "the 1st century", "00"),
    ],
)
def test_a_century_of_an_era(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    "text",
    [
        # Letters that only look like an era.
        "The AD campaign cost 300 dollars.",
        "The firm sold 300 BC-branded bikes.",
        "Group CE 300 won the award.",
    ],
)
def test_letters_that_are_no_era_are_not_dates(text: str) -> None:
    assert values(text, document_type="narrative") == [], text


def test_letters_before_a_name_are_no_era() -> None:
    # British Columbia's utility, an award: the year is a plain year.
    assert values("In 2010 BC Hydro raised its rates.") == [("2010", "DATE", "2010")]
    assert values("The 2012 AD Awards were held in a barn.") == [("2012", "DATE", "2012")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Vikings raided the island in 793.", "793", "0793"),
        ("In 871, the young king won his first battle.", "871", "0871"),
        ("The abbey was sacked in 867 and again in 870.", "867", "0867"),
        ("Danes settled the coast in 876; they farmed it for decades.", "876", "0876"),
    ],
)
def test_in_a_history_a_three_digit_year_after_in_is_a_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A year of the first millennium after a season or a month, and a decade of it after "the".
        ("Raiders burned the church in the spring of 878; it was rebuilt in stone.", "the spring of 878",
         "0878-SP"),
        ("In the winter of 410 the last legion left the island.", "the winter of 410", "0410-WI"),
        ("The abbey on the headland was sacked in June 793.", "June 793", "0793-06"),
        ("In March 871 Alfred fought at Ashdown.", "March 871", "0871-03"),
        ("Coins found on the site run to the 380s.", "the 380s", "038"),
        ("By the late 790s the monks had returned.", "the late 790s", "079"),
        ("In the 800s the town grew around its minster.", "the 800s", "08"),
    ],
)  # fmt: skip
def test_in_a_history_a_season_month_or_decade_of_the_first_millennium(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        # A count after a month or season, numbers after "the" that measure, and any of them in news.
        "In May 300 men marched north.",
        "By the spring of 400 more had joined.",
        "Temperatures in the 100s were common that summer.",
    ],
)
def test_first_millennium_forms_that_are_counts(text: str) -> None:
    assert all(
        t[0] not in ("May 300", "the spring of 400", "the 100s") for t in values(text, document_type="narrative")
    )
    assert values("Raiders came in the spring of 878.") == []  # news: not this spring either


@pytest.mark.parametrize(
    "text",
    [
        # Counts and numbers of things, and any number in news.
        "The ship sank with 300 men in 793 fathoms of water.",
        "Sales rose in 300 shops and fell in 120 towns.",
        "The team finished in 150th place.",
    ],
)
def test_three_digit_numbers_that_are_no_year(text: str) -> None:
    assert values(text, document_type="narrative") == [], text
    assert values("The vote was held in 793.") == []  # news: a number of something


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        # A round hundred with "s" is a century, not its first decade; the 2000s, still near, are a decade.
        ("Trade boomed in the 1800s.", "the 1800s", "18", None),
        ("The colony had ten thousand people by the late 1600s.", "the late 1600s", "16", "END"),
        ("The mills closed in the early 1900s.", "the early 1900s", "19", "START"),
        ("The chapel dates from the mid-1300s.", "the mid-1300s", "13", "MID"),
        ("Prices were stable in the 2000s.", "the 2000s", "200", None),
        ("The port grew in the 1810s.", "the 1810s", "181", None),
    ],
)
def test_the_hundreds_of_a_century(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.value, t.mod) == (value, mod)
    assert find(text, phrase).value == value  # the same in news


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 19th and 20th centuries saw great change.", [("The 19th", "18"), ("20th centuries", "19")]),
        ("Between the fifth and seventh centuries the town lay empty.",
         [("the fifth", "04"), ("seventh centuries", "06")]),
        ("Monks copied books from the 9th to the 11th centuries.", [("the 9th", "08"), ("11th centuries", "10")]),
        # A range of centuries may end in the singular.
        ("The dynasty ruled from the 9th to the 11th century.", [("the 9th", "08"), ("11th century", "10")]),
        ("The port flourished from the twelfth to the fifteenth century.",
         [("the twelfth", "11"), ("fifteenth century", "14")]),
        # Before the era they count down, and the era written once is both's.
        ("The sites date from the 5th to the 3rd century BC.", [("the 5th", "BC04"), ("3rd century BC", "BC02")]),
        ("Greek colonies spread in the 8th and 7th centuries BC.", [("the 8th", "BC07"), ("7th centuries BC", "BC06")]),
    ],
)  # fmt: skip
def test_two_centuries_named_together_are_split_in_two(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t[0], t[2]) for t in values(text, document_type="narrative")] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Counting on from a year before the era stays before it, with no year zero on the way across.
        ("The walls went up in 480 BC. Thirty years later they were torn down.", "Thirty years later", "BC0450"),
        ("Carthage was founded in 814 B.C., and a century later it ruled the coast.", "a century later", "BC0714"),
        ("The king died in 323 BC. The following year his generals divided the empire.",
         "The following year", "BC0322"),
        ("Rome was sacked in 390 BC. That year the harvest also failed.", "That year", "BC0390"),
        ("The temple burned in 3 BC, and ten years later a new one stood on the site.", "ten years later", "0008"),
        ("The last coins were struck in 1 BC. The next year the mint was closed.", "The next year", "0001"),
    ],
)  # fmt: skip
def test_a_story_counts_on_from_a_year_before_the_era(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "placed_in"),
    [
        # News counts from a year before the era as a history does, never from the publication.
        ("In 431 BC war broke out, and two years later a plague struck.", "two years", "P2Y", None),
        ("The walls went up in 480 BC; thirty years later they were torn down.", "thirty years", "P30Y",
         None),
        ("The temple burned in 3 BC, and ten years later a new one stood on the site.", "ten years",
         "P10Y", 8),
        ("The king died in 323 BC. The following year his generals divided the empire.", "The following year",
         "BC0322", None),
    ],
)  # fmt: skip
def test_news_counts_on_from_a_year_before_the_era(text: str, phrase: str, value: str, placed_in: int | None) -> None:
    t = find(text, phrase)
    assert t.value == value
    if placed_in is None:
        assert t.interval_start is None  # before the timeline's calendar, not a year after the publication
    else:
        assert t.interval_start is not None and t.interval_start.year == placed_in


def test_a_date_reached_after_the_era_is_on_the_timeline_and_one_before_it_is_not() -> None:
    text = "The fort was built in 12 BC. Five years later it was enlarged, and twenty years later it fell."
    before, after = (
        find(text, "Five years later", document_type="narrative"),
        find(text, "twenty years later", document_type="narrative"),
    )
    assert (before.value, before.interval_start) == ("BC0007", None)
    assert after.value == "0014" and after.interval_start is not None and after.interval_start.year == 14


@pytest.mark.parametrize(
    ("text", "phrase", "value", "then", "later"),
    [
        ("In the summer of 415 BC a fleet sailed west. It was lost the following year.",
         "the summer of 415 BC", "BC0415-SU", "the following year", "BC0414"),
        ("Caesar crossed the river in January 49 B.C. That autumn he was master of Italy.",
         "January 49 B.C.", "BC0049-01", "That autumn", "BC0049-FA"),
        ("The revolt began in the winter of 52 BC, and in February the town fell.",
         "the winter of 52 BC", "BC0052-WI", "February", "BC0051-02"),
        # Four digits before the era are no year of it: the era decides.
        ("The old queen died in the winter of 1319 BC. The following spring her son was crowned.",
         "the winter of 1319 BC", "BC1319-WI", "The following spring", "BC1318-SP"),
        ("The raiders burned the harbour in March 1190 BC, and the next year they came inland.",
         "March 1190 BC", "BC1190-03", "the next year", "BC1189"),
        ("A tablet of the spring of 1204 BC lists bronze for arrowheads. That summer the walls were raised.",
         "the spring of 1204 BC", "BC1204-SP", "That summer", "BC1204-SU"),
    ],
)  # fmt: skip
def test_a_month_or_season_of_a_year_before_the_era(text: str, phrase: str, value: str, then: str, later: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
    assert find(text, then, document_type="narrative").value == later


def test_a_year_before_the_era_in_news_stays_a_year_and_anchors_nothing() -> None:
    # News counts from its publication; only a history dates its events from the story's own years.
    assert find("The wall was built in 480 BC, historians say.", "480 BC").value == "BC0480"
    assert find("The summer of 415 BC was dry.", "The summer of 415 BC").value == "BC0415-SU"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Early in 1941 the army was still small.", "Early in 1941", "1941", "START"),
        ("The war ended late in 1913 with a truce.", "late in 1913", "1913", "END"),
        ("The rains came late in March 1846, after the harvest.", "late in March 1846", "1846-03", "END"),
        ("She moved to Lyon early in 1890 and stayed there.", "early in 1890", "1890", "START"),
    ],
)
def test_early_or_late_in_a_period_is_its_start_or_end(text: str, phrase: str, value: str, mod: str) -> None:
    for document_type in ("narrative", "news"):
        t = find(text, phrase, document_type=document_type)
        assert (t.type, t.value, t.mod) == ("DATE", value, mod)


def test_early_in_the_day_is_no_modifier_of_a_year() -> None:
    # "early in" takes a year or month after it, not "the morning" of a clock phrase.
    found = values("He left early in the morning and arrived in 1912.", document_type="narrative")
    assert ("1912", "DATE", "1912") in found
    assert not any(text.lower().startswith("early in 1") for text, _, _ in found)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The port boomed in the first decade of the 20th century.",
         "the first decade of the 20th century", "190", None),
        ("In the last decade of the 19th century the mills closed.",
         "the last decade of the 19th century", "189", None),
        ("The third decade of the eighteenth century was hard.",
         "The third decade of the eighteenth century", "172", None),
        ("The town grew in the middle of the 18th century.", "the middle of the 18th century", "17", "MID"),
        ("In the first half of the 20th century the valley emptied.",
         "the first half of the 20th century", "19", "START"),
        ("The railways came in the second half of the 19th century.",
         "the second half of the 19th century", "18", "END"),
        ("By the end of the 16th century the guild was gone.", "the end of the 16th century", "15", "END"),
        ("Monks arrived at the beginning of the 9th century.", "the beginning of the 9th century", "08", "START"),
        # Its quarters: the first opens it, the last ends it, the two between are the century alone.
        ("Graves fit a date in the third quarter of the 7th century BC.",
         "the third quarter of the 7th century BC", "BC06", None),
        ("In the last quarter of the 18th century the town doubled.",
         "the last quarter of the 18th century", "17", "END"),
        ("The first quarter of the 20th century saw the port decline.",
         "The first quarter of the 20th century", "19", "START"),
        # "later" as "late".
        ("The democrats of the later 19th century admired the republic.", "the later 19th century", "18", "END"),
    ],
)  # fmt: skip
def test_a_part_of_a_century(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


def test_the_first_half_of_a_year_is_still_a_half() -> None:
    assert find("Sales fell in the first half of 1990.", "the first half of 1990").value == "1990-H1"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The rising began on the night of 4 March 1848, when students took the arsenal.",
         "the night of 4 March 1848", "1848-03-04TNI"),
        ("The fleet sailed in 1497. On the morning of 25 December it sighted land.",
         "the morning of 25 December", "1497-12-25TMO"),
        ("The siege began in May 1645. The walls were breached on the evening of June 3.",
         "the evening of June 3", "1645-06-03TEV"),
        ("In 1916 the offensive stalled. On the afternoon of Friday, 7 July, the rain began.",
         "the afternoon of Friday, 7 July", "1916-07-07TAF"),
    ],
)  # fmt: skip
def test_a_history_names_the_part_of_a_day_with_its_date(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.granularity) == ("TIME", value, "part_of_day")


def test_news_keeps_the_date_alone_after_the_part_of_the_day() -> None:
    # TimeBank and AQUAINT mark "the night of [Oct. 23]": the date alone, a DATE.
    t = find("He was shot on the night of Oct. 23 as he stood in his kitchen.", "Oct. 23")
    assert (t.type, t.value) == ("DATE", "2024-10-23")


def test_a_part_of_the_day_already_named_is_not_taken_twice() -> None:
    # "That morning" is an expression of its own: the date after it does not reach back over it.
    found = annotate("The army marched in 1848. That morning of 9 March was cold.", DCT, "narrative")
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert [t.text for t in found if "March" in t.text] == ["9 March"]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("By the end of the 1970s the works had closed.", "the end of the 1970s", "197", "END"),
        ("The town grew fast in the middle of the 1920s.", "the middle of the 1920s", "192", "MID"),
        ("At the beginning of the 1800s the village was small.", "the beginning of the 1800s", "18", "START"),
        ("The close of the 1960s brought new roads.", "The close of the 1960s", "196", "END"),
    ],
)
def test_a_part_of_a_decade(text: str, phrase: str, value: str, mod: str) -> None:
    for document_type in ("narrative", "news"):
        t = find(text, phrase, document_type=document_type)
        assert (t.type, t.value, t.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The Balkan Wars (1912–13) redrew the map.", "1912", "1913"),
        ("King Olaf (reigned 1657-58) died young.", "1657", "1658"),
        ("The great frost (1739–40) ruined the harvest.", "1739", "1740"),
    ],
)
def test_two_consecutive_years_closing_brackets_are_a_range_of_two_dates(text: str, first: str, second: str) -> None:
    assert [(t.type, t.value) for t in annotate(text, DCT, "narrative")] == [("DATE", first), ("DATE", second)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The city was besieged in 1870–71 and again in 1914.", "1870", "1871"),
        ("In 1739-40, the frost killed the vines.", "1739", "1740"),
        ("The port was blockaded in 1812–13.", "1812", "1813"),
    ],
)
def test_two_consecutive_years_with_no_noun_after_are_a_range_in_a_history(text: str, first: str, second: str) -> None:
    assert [(t.type, t.value) for t in annotate(text, DCT, "narrative")][:2] == [("DATE", first), ("DATE", second)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The 2019-20 season was cut short.", "2019-20"),
        ("Fees rose in the 2023/24 year (2023/24).", "2023/24"),
        ("The 1870-71 winter was cold.", "1870-71"),
    ],
)
def test_two_consecutive_years_elsewhere_stay_one_season(text: str, phrase: str) -> None:
    assert find(text, phrase, document_type="narrative").value == phrase[:4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first war with Carthage lasted from 264 to 241 BC.", [("264", "BC0264"), ("241 BC", "BC0241")]),
        ("The second war (218–201 BC) was fought in Spain and Italy.", [("218", "BC0218"), ("201 BC", "BC0201")]),
        ("The Persians invaded in 490 and 480 BC.", [("490", "BC0490"), ("480 BC", "BC0480")]),
        ("Between 1200 and 1150 BC, the palaces burned.", [("1200", "BC1200"), ("1150 BC", "BC1150")]),
        ("He ruled AD 14-37 and his nephew from 37 to 41 AD.",
         [("AD 14", "0014"), ("37", "0037"), ("37", "0037"), ("41 AD", "0041")]),
    ],
)  # fmt: skip
def test_two_years_of_an_era_written_once_are_both_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    # A range split in two, the connector outside, as TimeML splits "from 1914 to 1918".
    for document_type in ("narrative", "news"):
        assert [(t, v) for t, _, v in values(text, document_type=document_type)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The second king ruled from about 1490 to 1461 BC.",
         [("about 1490", "BC1490", "APPROX"), ("1461 BC", "BC1461", None)]),
        ("The shrine was in use from around 300 to 250 BC.",
         [("around 300", "BC0300", "APPROX"), ("250 BC", "BC0250", None)]),
        ("The tyrant held the city c. 720-705 BC.", [("c. 720", "BC0720", "APPROX"), ("705 BC", "BC0705", None)]),
    ],
)  # fmt: skip
def test_the_first_year_of_an_era_range_may_be_approximate(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = [(t.text, t.value, t.mod) for t in annotate(text, DCT, "narrative")]
    assert got == expected


def test_a_story_counts_on_from_the_second_year_of_an_era_range() -> None:
    text = "Caesar crossed to the island in 55 and 54 BC. Two years later Gaul rose."
    assert find(text, "Two years later", document_type="narrative").value == "BC0052"


def test_numbers_without_an_era_are_no_range_of_years() -> None:
    assert values("The home side won 3-2 and the replay ended 10 to 5.", document_type="narrative") == []


def test_years_before_the_era_that_count_up_are_no_range() -> None:
    # BC years count down: "12 to 40 BC" is no span of years, and only the one with its era is a year.
    assert values("The lamps date from 12 to 40 BC.", document_type="narrative") == [("40 BC", "DATE", "BC0040")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Henric III (1491 – 28 January 1547) was king.", [("1491", "1491"), ("28 January 1547", "1547-01-28")]),
        ("The poet (1802–15 May 1861) died in exile.", [("1802", "1802"), ("15 May 1861", "1861-05-15")]),
        ("Anna (1502 – 19 May 1536) was queen.", [("1502", "1502"), ("19 May 1536", "1536-05-19")]),
    ],
)  # fmt: skip
def test_a_year_then_a_full_date_in_a_life_s_brackets_are_two_dates(text: str, expected: list[tuple[str, str]]) -> None:
    # The two digits after the dash are the day of the month that follows, not the end of a two-year span.
    assert [(t, v) for t, _, v in values(text, document_type="narrative")] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The invasion began on the night of 5–6 June 1944.", "the night of 5–6 June 1944", "1944-06-05TNI"),
        ("In June 1944 the fleet sailed. On the night of 5-6 June the paratroopers dropped.",
         "the night of 5-6 June", "1944-06-05TNI"),
        ("On the night of 30-31 May 1916 the fleets met in the fog.", "the night of 30-31 May 1916",
         "1916-05-30TNI"),
        # The two days written with a slash, as military histories write them.
        ("In May 1941 the bombing went on. The worst raid came on the night of 10/11 May.",
         "the night of 10/11 May", "1941-05-10TNI"),
        ("The bridge was blown on the night of 17/18 March 1945.", "the night of 17/18 March 1945",
         "1945-03-17TNI"),
        ("In August 1942 the convoy sailed. It was attacked on the night of August 12/13.",
         "the night of August 12/13", "1942-08-12TNI"),
    ],
)  # fmt: skip
def test_a_night_across_two_days_is_one_night_of_the_first(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


def test_the_morning_after_a_night_across_two_days_is_the_second_day_s() -> None:
    text = "In June 1944 the fleet sailed. On the night of 5-6 June men dropped. The next morning the boats landed."
    assert find(text, "The next morning", document_type="narrative").value == "1944-06-06TMO"


def test_a_range_of_days_that_is_no_night_stays_split() -> None:
    got = values("On the night of 5-7 June 1944 the storm raged.", document_type="narrative")
    assert [g[0] for g in got] == ["the night of 5", "7 June 1944"]


@pytest.mark.parametrize(
    ("text", "first", "first_mod", "second", "second_mod"),
    [
        ("The chapel dates from the late 12th or early 13th century.", ("the late 12th", "11"), "END",
         ("early 13th century", "12"), "START"),
        ("Glassmaking thrived from the mid-15th to the late 16th century.", ("the mid-15th", "14"), "MID",
         ("late 16th century", "15"), "END"),
        ("The shrine was used in the early 4th and 3rd centuries BC.", ("the early 4th", "BC03"), "START",
         ("3rd centuries BC", "BC02"), None),
    ],
)  # fmt: skip
def test_an_edge_of_either_of_two_centuries_is_inside_as_its_mod(
    text: str, first: tuple[str, str], first_mod: str, second: tuple[str, str], second_mod: str | None
) -> None:
    a = find(text, first[0], document_type="narrative")
    b = find(text, second[0], document_type="narrative")
    assert (a.value, a.mod, b.value, b.mod) == (first[1], first_mod, second[1], second_mod)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "the present" before a noun is the adjective, the one there now: no time.
        ("Parts of the old church survive in the crypt of the present cathedral.", "the present"),
        ("The present excavations began in 2011.", "The present"),
        ("The present building dates from 1702.", "The present"),
    ],
)
def test_the_present_before_a_noun_in_a_history_is_no_time(text: str, phrase: str) -> None:
    assert phrase not in [t[0] for t in values(text, document_type="narrative")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The town grew from 1900 to the present.", "the present"),
        ("The present is a quieter time for the valley.", "The present"),
        ("From the 1950s until the present day the mill stood empty.", "the present day"),
    ],
)
def test_the_present_as_a_noun_in_a_history_is_the_time_of_writing(text: str, phrase: str) -> None:
    assert find(text, phrase, document_type="narrative").value == "PRESENT_REF"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        (
            "The order was founded in 1120. Early in the next century it held castles in Syria.",
            "Early in the next century",
            "12",
            "START",
        ),
        (
            "The mill opened in 1850. Early in the following year it was sold.",
            "Early in the following year",
            "1851",
            "START",
        ),
        (
            "The mill opened in March 1850. Late in the following month it was sold.",
            "Late in the following month",
            "1850-04",
            "END",
        ),
        ("The mill opened in 1850. Late in the same year it was sold.", "Late in the same year", "1850", "END"),
        (
            "The army wintered at York in 1643. Early in the next spring it marched south.",
            "Early in the next spring",
            "1644-SP",
            "START",
        ),
    ],
)
def test_early_or_late_in_the_next_unit_of_the_story(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "next_day"),
    [
        (
            "He was killed on 15 March 44 BC. The next day the senate met.",
            "15 March 44 BC",
            "BC0044-03-15",
            "BC0044-03-16",
        ),
        (
            "The battle was fought on 2 August 216 B.C. The next day the victors buried their dead.",
            "2 August 216 B.C.",
            "BC0216-08-02",
            "BC0216-08-03",
        ),
        (
            "The eclipse of May 28, 585 BC stopped the battle. The next day the kings met.",
            "May 28, 585 BC",
            "BC0585-05-28",
            "BC0585-05-29",
        ),
        (
            "The town was buried on 24 August AD 79. The next day the ash reached Misenum.",
            "24 August AD 79",
            "0079-08-24",
            "0079-08-25",
        ),
        (
            "The town was buried on 24 August 79 AD. The next day the ash reached Misenum.",
            "24 August 79 AD",
            "0079-08-24",
            "0079-08-25",
        ),
    ],
)
def test_a_day_of_a_year_written_with_its_era(text: str, phrase: str, value: str, next_day: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
    assert find(text, "The next day", document_type="narrative").value == next_day


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "about"/"around" before three digits, in a history whose own years are of the first millennium.
        ("Danish ships first wintered on the island in 851. The raiders came back around 865, and by about 880 "
         "they held the whole coast.", "by about 880", "0880"),
        ("The monastery was founded in 635. Around 700, the monks copied the gospels in its scriptorium.",
         "Around 700", "0700"),
        ("The first bishop was consecrated in 597, and in about 604 a second see was founded.", "about 604", "0604"),
        ("The kingdom was united in 927. It lasted until about 1016, when Danish kings took the throne, and "
         "around 960 its coins were reformed.", "around 960", "0960"),
    ],
)  # fmt: skip
def test_in_a_history_of_the_first_millennium_about_and_three_digits_are_a_year(
    text: str, phrase: str, value: str
) -> None:
    t = find(text, phrase.removeprefix("by "), document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, "APPROX")


@pytest.mark.parametrize(
    "text",
    [
        # A count of men, ships or the dead, in a history of a later age or before a noun, and in news.
        "In 1630 the plague reached the city. About 300 died in the first week, and around 250 in the second.",
        "The fleet sailed in 878 with about 300 ships and around 900 men.",
        "In 1014 the earl led about 300 of his men north, and around 400 drowned on the way back.",
        "The castle held out in 1215 with about 140 knights; around 900 defended the outer walls.",
    ],
)
def test_about_and_three_digits_that_count_are_no_year(text: str) -> None:
    assert not any(v[2] in {"0300", "0250", "0900", "0400", "0140"} for v in values(text, document_type="narrative"))
    assert not any(v[2] == "0300" for v in values("Police said about 300 people marched in 2024."))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The middle of the season in one word, as the modifier of the season (MID).
        ("In 1303 the harbour ice lay until midsummer, and no ship came.", "midsummer", "1303-SU"),
        ("The band reached the goldfields in April 1852; by midsummer there were four thousand diggers.",
         "midsummer", "1852-SU"),
        ("The army went into camp in the autumn of 1776. In midwinter it crossed the river.", "midwinter",
         "1776-WI"),
        ("The herds were driven up in May 1420 and brought down around mid-summer.", "mid-summer", "1420-SU"),
    ],
)  # fmt: skip
def test_midsummer_and_midwinter_are_the_middle_of_the_season(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, "MID")


def test_midsummer_as_a_feast_day_or_a_modifier_is_not_the_season() -> None:
    t = find("In 1540 the fair opened on Midsummer Day.", "Midsummer Day", document_type="narrative")
    assert t.value == "1540-06-24"
    assert [v[0] for v in values("In 1540 the midsummer fair was held on the green.", document_type="narrative")] == [
        "1540"
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A three-digit year that opens a clause after "in", "until", "by", "since", "from", "before" or "after",
        # or closes a day and month, in a history whose own date is near it.
        ("The synod met in the summer of 451. In 431 a council at Ephesus had condemned the bishop.", "431", "0431"),
        ("The schism began in 484 and lasted until 519, when the churches were reconciled.", "519", "0519"),
        ("Paulinus came north in 627. By 633 the church he built had been burned.", "633", "0633"),
        ("The kingdom was founded in 568. After 572 the dukes ruled without a king.", "572", "0572"),
        ("The council met in the summer of 451. It opened on 1 June 451, in the basilica.", "1 June 451",
         "0451-06-01"),
        ("The Vandals reached Africa in 429. Carthage fell on 19 October 439, and the fleet was taken.",
         "19 October 439", "0439-10-19"),
        ("The emperor came to the city in 799. He was crowned on December 25, 800, in Saint Peter's.",
         "December 25, 800", "0800-12-25"),
    ],
)  # fmt: skip
def test_a_three_digit_year_near_the_story_s_own(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # Far from the story's year, or with no year told yet, such a number counts: the date ends before it.
        ("In 1630 the plague came. The bill of 25 May 410 deaths was the worst.", "25 May"),
        ("The bills were printed in 1630; the one of 25 May 410, the next 520.", "25 May"),
        ("The siege began in 1203. By 150 the defenders were down to a handful.", None),
        ("The relief came on 3 March 400 strong.", "3 March"),
    ],
)
def test_a_three_digit_number_far_from_the_story_s_year_is_no_year(text: str, phrase: str | None) -> None:
    found = values(text, document_type="narrative")
    assert not any(v[2].startswith(("0410", "0150", "0400")) for v in found)
    if phrase is not None:
        assert phrase in [v[0] for v in found]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "next_phrase", "next_value"),
    [
        # Before the era a decade counted on is the decade it reaches; the story goes on from the year ten on.
        ("The city fell in 312 BC. A decade later it was rebuilt. The next year it burned again.",
         "A decade later", "BC030", "The next year", "BC0301"),
        ("Merhet was taken in 701 BC, and a decade later the Assyrians built a palace there. The following year "
         "the governor died.", "a decade later", "BC069", "The following year", "BC0690"),
        ("The colony was founded around 628 BC. Two decades later a wall was built; the next year a temple rose.",
         "Two decades later", "BC060", "the next year", "BC0607"),
    ],
)  # fmt: skip
def test_before_the_era_decades_later_are_a_decade(
    text: str, phrase: str, value: str, next_phrase: str, next_value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value
    assert find(text, next_phrase, document_type="narrative").value == next_value


def test_in_the_era_a_decade_later_stays_the_year_ten_on() -> None:
    text = "The dam was finished in 1950. A decade later it was raised to hold the spring floods."
    assert find(text, "A decade later", document_type="narrative").value == "1960"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A history's first date, a day and month with three digits closing the phrase: no year told yet to
        # make them a count.
        ("The Vandals crossed the Rhine on 31 December 406, probably near Mainz.", "31 December 406", "0406-12-31"),
        ("The council opened on 1 June 451. The next day the legates arrived.", "1 June 451", "0451-06-01"),
        ("Charlemagne was crowned in Rome on December 25, 800; the pope anointed him.", "December 25, 800",
         "0800-12-25"),
    ],
)  # fmt: skip
def test_a_history_s_first_date_may_have_a_three_digit_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
    assert "0" not in "".join(v[2][:1] for v in values(text))  # news: the day alone, of the publication's year


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Only a century of the first millennium told so far: three digits near it are years as well.
        ("Lindsey emerged in the late 6th century. Its first king ruled from around 580.", "around 580", "0580"),
        ("The kingdom was absorbed by Mercia in the 8th century. In 627 the missionary Paulinus came north.",
         "627", "0627"),
        ("The abbey was founded in the 7th century. By about 700 it held the whole valley.", "about 700", "0700"),
    ],
)  # fmt: skip
def test_after_a_century_of_the_first_millennium_three_digits_near_it_are_a_year(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_after_a_later_century_three_digits_still_count() -> None:
    text = "The plague of the 17th century was the worst. About 300 died in the first week."
    assert not any(v[2] == "0300" for v in values(text, document_type="narrative"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A month and three digits before a preposition, near the story's year: the month of that year.
        ("Gaiseric crossed to Africa in May 429. Hippo was besieged from June 430 for fourteen months.",
         "June 430", "0430-06"),
        ("The Goths took Rome in 546. They lost it in April 547 to the Byzantine army.", "April 547", "0547-04"),
        ("The synod was called in 680. It sat from November 680 until the following September.", "November 680",
         "0680-11"),
    ],
)  # fmt: skip
def test_a_month_and_a_three_digit_year_before_a_preposition(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_month_and_a_count_before_a_preposition_far_from_the_story() -> None:
    text = "The plague came in 1630. By June 300 for every parish had died."
    assert not any(v[2].startswith("0300") for v in values(text, document_type="narrative"))


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # Two years of the first millennium as a range, each its own year (the connector outside), in the
        # story's first sentence as well as after a year of its own.
        ("The emperor ruled from 768 to 814.", [("768", "0768"), ("814", "0814")]),
        ("The abbey was built in 802. Its second abbot served from 826 until 851.", [("826", "0826"), ("851", "0851")]),
        ("The town was walled in 880. Between 893 and 896 it withstood three sieges.",
         [("893", "0893"), ("896", "0896")]),
        ("The Tang (618–907) moved the capital twice.", [("618", "0618"), ("907", "0907")]),
        ("The canal was dug in 604. The floods of 611-612, however, ruined it.", [("611", "0611"), ("612", "0612")]),
        ("The mint opened in 757. It struck coins from 765 to 796, when the king died.",
         [("765", "0765"), ("796", "0796")]),
    ],
)  # fmt: skip
def test_a_range_of_three_digit_years_in_a_history(text: str, years: list[tuple[str, str]]) -> None:
    found = [(v[0], v[2]) for v in values(text, document_type="narrative")]
    for year in years:
        assert year in found
    assert not any(v[2].startswith("0") for v in values(text))  # news: numbers of something


@pytest.mark.parametrize(
    "text",
    [
        # Counts, not years: round numbers before the story has a year, hundreds near it, a noun after the
        # second, a range that runs backwards or longer than a story reaches.
        "The garrison grew from 300 to 400 by the end.",
        "The village had between 120 and 150 houses.",
        "The abbey was founded in 802. Its monks rose from 300 to 400.",
        "The abbey was founded in 802. Its flock rose from 786 to 809 sheep.",
        "The abbey was founded in 802. The tithe fell from 850 to 720.",
        "The abbey was founded in 802. Its lands ran from 140 to 980.",
    ],
)
def test_a_range_of_three_digit_counts_is_no_year(text: str) -> None:
    found = values(text, document_type="narrative")
    assert [v for v in found if v[2].startswith("0") and v[0] != "802"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The abbey was founded in 802. From 875 onward it lay empty.",
        "The abbey was founded in 802. From 875 onwards, it lay empty.",
    ],
)
def test_a_three_digit_year_before_onward(text: str) -> None:
    assert ("875", "DATE", "0875") in values(text, document_type="narrative")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A history's first date with three digits before a preposition: no year told yet to make them a count.
        ("The priory was founded on 11 September 910 by a duke of the south.", "11 September 910", "0910-09-11"),
        ("The synod opened on 3 May 681 at the royal hall.", "3 May 681", "0681-05-03"),
        ("Raiders landed on June 4, 712 near the river mouth.", "June 4, 712", "0712-06-04"),
    ],
)
def test_a_history_s_first_date_with_three_digits_before_a_preposition(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_first_day_and_month_before_a_count_and_to_keeps_the_day_alone() -> None:
    found = values("On 3 March 400 to 500 men came.", document_type="narrative")
    assert [v[0] for v in found] == ["3 March"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Before the Gregorian calendar a history's weekday is the Julian one: it does not move the date to a
        # year whose Gregorian weekday agrees.
        ("The rising began in late May 1381. On Saturday, 15 June, its leader was killed.", "Saturday, 15 June",
         "1381-06-15"),
        ("The king landed in 1415. On Friday, 25 October, the armies met.", "Friday, 25 October", "1415-10-25"),
        ("The fleet sailed in 1521. It sighted land on Wednesday, March 6.", "Wednesday, March 6", "1521-03-06"),
    ],
)  # fmt: skip
def test_a_weekday_before_the_gregorian_calendar_keeps_the_story_s_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_weekday_of_the_gregorian_calendar_still_pins_the_year() -> None:
    text = "The strike began in late 1925. On Monday, 3 May, the unions came out."
    assert find(text, "Monday, 3 May", document_type="narrative").value == "1926-05-03"
