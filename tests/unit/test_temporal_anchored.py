"""Expressions anchored on a date the story itself mentions: "ten years later", "that year", "in May"
after a year, and where such an anchor stops applying."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "start", "granularity"),
    [
        ("The company was founded in 1998 and went public 10 years later.", "10 years", datetime(2008, 1, 1), "year"),
        ("Rebels seized the town in 2014 and lost it three years later.", "three years", datetime(2017, 1, 1), "year"),
        # A count of weeks says which week (the ISO week holding 17 March), not which day.
        ("The plant opened on March 3, 2010 and closed two weeks later.", "two weeks", datetime(2010, 3, 15), "week"),
        (
            "He left the club in June 2001 and came back eight months later.",
            "eight months",
            datetime(2002, 2, 1),
            "month",
        ),
    ],
)
def test_a_duration_counted_from_a_mentioned_date_is_placed_there(
    text: str, phrase: str, start: datetime, granularity: str
) -> None:
    t = find(text, phrase)
    # The TIMEX3 stays a duration, as annotated; its place on the timeline is the date it reaches.
    assert t.type == "DURATION"
    assert (t.interval_start, t.granularity, t.anchor) == (start, granularity, "previous")


@pytest.mark.parametrize(
    "text",
    [
        "She joined in May 2019; six months later she resigned.",
        "She joined in May 2019. Six months later, she resigned.",
        "She joined in May 2019, and six months later she resigned.",
    ],
)
def test_in_news_a_count_later_is_a_duration_placed_at_the_date_it_reaches(text: str) -> None:
    # TimeML: "[Six months] later", the count a DURATION and "later" outside, wherever it stands.
    t = next(x for x in annotate(text, DCT) if x.text.lower() == "six months")
    assert (t.type, t.value, t.anchor, t.interval_start) == ("DURATION", "P6M", "previous", datetime(2019, 11, 1))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("She joined in May 2019; six months later she resigned.", "six months later", "2019-11"),
        ("The bridge opened on 4 May 1932. Three days later, it was closed.", "Three days later", "1932-05-07"),
        ("The fort was built in 1712 and burned down forty years later.", "forty years later", "1752"),
        ("The king died in March 1685, and a year later his son was crowned.", "a year later", "1686"),
    ],
)
def test_in_a_narrative_a_count_later_is_the_date_it_reaches(text: str, phrase: str, value: str) -> None:
    # A history dates its events by counting on from the last one: the whole phrase is that date.
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.anchor) == ("DATE", value, "previous")


def test_in_a_narrative_a_vague_count_of_days_later_stays_a_duration() -> None:
    t = find("The town fell on 3 May 1640. A few days later, it was retaken.", "A few days", document_type="narrative")
    assert (t.type, t.value) == ("DURATION", "PXD")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A history dates its events to the decade a few years reach, "later" inside; years BC count down.
        ("The town fell in 1640. A few years later, it was retaken.", "A few years later", "164"),
        ("The abbey burned in 1143. Several years later the monks rebuilt it.", "Several years later", "114"),
        ("The quay silted up in 1320; some years earlier it had been extended.", "some years earlier", "131"),
        ("The colony was destroyed in 409 BC. A village grew on the ruins a few years later.",
         "a few years later", "BC040"),
        ("Merhet fell in 700 BC, and a relief of the siege was carved a few years later.", "a few years later",
         "BC069"),
    ],
)  # fmt: skip
def test_in_a_narrative_a_few_years_later_is_the_decade_they_reach(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.anchor) == ("DATE", value, "previous")


def test_a_few_years_later_anchors_nothing_after_it() -> None:
    text = "The abbey burned in 1143. A few years later the monks rebuilt it. The following year a bishop came."
    assert find(text, "The following year", document_type="narrative").value == "1144"
    # Not in news, nor for how long ("for a few years afterwards").
    assert find("He left Paris in 1911; a few years later he was teaching.", "a few years").type == "DURATION"
    t = find(
        "The guild was founded in 1388. For a few years afterwards it thrived.",
        "a few years",
        document_type="narrative",
    )
    assert t.type == "DURATION"


@pytest.mark.parametrize(
    ("text", "phrase", "start", "granularity"),
    [
        ("The war began on 12 August 1911. A few days later the first town fell.", "A few days",
         datetime(1911, 8, 1), "month"),
        ("The treaty was signed on 2 May 1914, and several weeks later the prisoners went home.",
         "several weeks", datetime(1914, 5, 1), "month"),
        ("The mill burned in March 1862. Some months later it was rebuilt.", "Some months",
         datetime(1862, 1, 1), "year"),
        ("He left Paris in 1911; a few years later he was teaching in Lyon.", "a few years",
         datetime(1910, 1, 1), "decade"),
    ],
)  # fmt: skip
def test_a_few_units_later_is_placed_in_the_next_coarser_unit(
    text: str, phrase: str, start: datetime, granularity: str
) -> None:
    # Some three units on: the value stays the vague duration, the place is the month (or year, or
    # decade) that date falls in, in news and in narratives (where a few years later is the decade itself).
    for document_type in ("news", "narrative") if phrase != "a few years" else ("news",):
        t = find(text, phrase, document_type=document_type)
        assert (t.type, t.value[-1]) == ("DURATION", phrase.split()[-1][0].upper())
        assert (t.interval_start, t.granularity, t.anchor) == (start, granularity, "previous")


def test_a_few_days_later_anchors_nothing_after_it() -> None:
    # "the next day" still counts from the last date told, not from a day somewhere in the month.
    text = "The siege began on 3 April 1654. A few days later the walls were breached. The next day it rained."
    assert find(text, "The next day", document_type="narrative").value == "1654-04-04"


def test_inside_a_clause_the_same_count_is_a_placed_duration() -> None:
    t = find("She joined the board in May 2019, and six months later resigned.", "six months")
    assert (t.type, t.value) == ("DURATION", "P6M")
    assert (t.granularity, t.anchor, t.interval_start) == ("month", "previous", datetime(2019, 11, 1))


def test_counts_chain_from_the_last_placed_one() -> None:
    text = "The firm was founded in 1998, went public ten years later and was sold two years later."
    assert find(text, "two years").interval_start == datetime(2010, 1, 1)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The project, started in 2012, finished three years later than planned.", "three years"),
        ("Profits rose, and the plant reopened two years later.", "two years"),  # no date to count from
        ("The trial began in 2019; the verdict came many years later.", "many years"),
    ],
)
def test_a_count_without_a_date_to_count_from_stays_off_the_timeline(text: str, phrase: str) -> None:
    t = next((x for x in annotate(text, DCT) if x.text == phrase), None)
    assert t is None or (t.interval_start is None and t.interval_end is None)


def value_of(text: str, phrase: str, document_type: str = "news") -> tuple[str, str]:
    t = find(text, phrase, document_type=document_type)
    return t.value, t.anchor


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1944, Allied troops landed in Normandy. In August, they liberated Paris.", "August", "1944-08"),
        ("In 1944, Allied troops landed in Normandy.\n\nIn August, they liberated Paris.", "August", "1944-08"),
        ("Back in May 2019, she joined the board. On 3 September she resigned.", "3 September", "2019-09-03"),
        ("In 2021 the firm moved to Leeds. It opened a second office in March.", "March", "2021-03"),
        ("During 1998, the strike grew. By the winter, the mines had closed.", "the winter", "1998-WI"),
        ("On 6 June 1944, troops landed. On 25 August, Paris was liberated.", "25 August", "1944-08-25"),
    ],
)
def test_an_unyeared_date_told_in_the_past_takes_the_story_s_year(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == (value, "previous")


_LONG_PAST_SENTENCE = (
    "The soldiers who came ashore that morning carried heavy packs, waded through cold surf under fire from "
    "the bluffs above the beach, and found that the obstacles the engineers had been told to clear were still "
    "standing, so that the first waves lost many of their officers long before they reached the sea wall and "
    "the few gaps in the wire that the naval guns had managed to open. "
)


@pytest.mark.parametrize("sentences", [1, 4, 8])
def test_the_story_s_year_lasts_its_paragraph_however_long_its_sentences(sentences: int) -> None:
    # A scene is as long as its paragraph, counted in sentences, not in characters.
    text = (
        "In 1944, Allied troops landed in Normandy. " + _LONG_PAST_SENTENCE * sentences + "In August, they took Paris."
    )
    assert value_of(text, "August") == ("1944-08", "previous")


@pytest.mark.parametrize(
    "clause",
    [
        "The column that had marched north across the hills in 1917 and",
        "The old fort guarding the northern pass was first besieged in 1917 by a force of nearly four thousand men "
        "with heavy guns dragged up the narrow mountain roads by teams of oxen over the winter snows that had closed "
        "every other route into the valley for months on end and",
    ],
)
def test_a_year_reaches_a_date_joined_to_it_in_its_clause_however_long(clause: str) -> None:
    text = clause + " finally fell to the rebels in August."
    assert value_of(text, "August") == ("1917-08", "previous")


def test_a_year_named_from_the_story_sets_the_scene_too() -> None:
    text = (
        "The war began in 1939. That year, Poland fell. The following spring, Denmark was invaded. "
        "In May, France was attacked."
    )
    assert value_of(text, "May") == ("1940-05", "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The year is not the scene: mentioned in passing, or as the start of a stretch.
        ("Shootings dating to 1994 were studied. Police made an arrest in October.", "October", "2024-10"),
        ("Profits have doubled since 1980. In September, it bought a rival.", "September", "2024-09"),
        # The story comes back to the present.
        (
            "In 2021, the firm moved to Leeds. Today it employs 300 people. It hired 20 more in March.",
            "March",
            "2024-03",
        ),
        ("In 1998, the plant closed. The union will meet again in March.", "March", "2025-03"),
        # Two paragraphs on, the background is over.
        (
            "In 1944, Allied troops landed in Normandy.\n\nParis fell.\n\nPolice arrested a man in August.",
            "August",
            "2024-08",
        ),
        # The narration moved on without naming its year.
        (
            "In 1995, he was promoted, and the following year he moved abroad. He was fined in August.",
            "August",
            "2024-08",
        ),
    ],
)
def test_the_story_s_year_needs_a_scene_and_ends(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == (value, "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1944 the Allies landed in Normandy. In August they liberated Paris.", "August", "1944-08"),
        ("The treaty was signed in 1648. On 24 October it came into force.", "24 October", "1648-10-24"),
        ("The siege began in 1683. In the summer the city held.", "the summer", "1683-SU"),
    ],
)
def test_in_narratives_a_year_anchor_keeps_its_granularity(text: str, phrase: str, value: str) -> None:
    # Anchored on a year, a month falls inside that year, not at the month nearest to 1 January.
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The king died in May 1547. In the autumn of that year his son was crowned.", "the autumn of that year",
         "1547-FA"),
        ("The mill opened in 1820, and in the spring of the following year it flooded.",
         "the spring of the following year", "1821-SP"),
        ("The treaty was signed on 3 June 1701; in the winter of the previous year talks had failed.",
         "the winter of the previous year", "1700-WI"),
        ("Prices rose in 1973. By the summer of the same year fuel was rationed.", "the summer of the same year",
         "1973-SU"),
    ],
)  # fmt: skip
def test_a_season_of_the_story_s_year_is_one_expression(text: str, phrase: str, value: str) -> None:
    for document_type in ("narrative", "news"):
        assert value_of(text, phrase, document_type) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("He was exiled in 1814, but returned the following March.", "the following March", "1815-03", "narrative"),
        ("The firm was founded in 1860. The following September it opened a shop.", "The following September",
         "1861-09", "narrative"),
        ("The treaty was signed in 1713. The previous October, the king had fallen ill.", "The previous October",
         "1712-10", "narrative"),
        ("The plant was closed in 1998. The following March it was sold.", "The following March", "1999-03", "news"),
        # After a month or a day of the story, the first such month after it, as before.
        ("The strike began in November 1889. The following March the mills reopened.", "The following March",
         "1890-03", "narrative"),
        ("The dam was finished on 2 February 1931. The following May it burst.", "The following May", "1931-05",
         "narrative"),
    ],
)  # fmt: skip
def test_the_following_month_after_a_year_is_in_the_next_year(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    # With only a year told, every month of it is "the same year": the following one begins after it.
    assert value_of(text, phrase, document_type) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The past tense of a history is the past of its writer, not of the story's last date.
        ("The landings began on 6 June 1944. In December, the Germans attacked.", "December", "1944-12"),
        ("The siege opened in June 1683. On 12 September, the relief army arrived.", "12 September", "1683-09-12"),
        # A narrative moves forward: after December, January is the next one.
        ("The offensive opened on 16 December 1944. By January, it had failed.", "January", "1945-01"),
        # A deadline told in the past perfect lies ahead of the story's last date, not a year before it.
        (
            "The war began in June 1950. In September troops landed. By October they had reached the river.",
            "October",
            "1950-10",
        ),
        ("The strike started in March 1912. By May the mills had closed.", "May", "1912-05"),
        ("Work began in July 1869. Until November the crews had worked without pay.", "November", "1869-11"),
    ],
)
def test_narrative_dates_follow_the_story_not_the_tense(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    "text",
    [
        "Japan surrendered in August 1945. Today, the war is remembered in many countries.",
        "The fortress fell in 1453. The walls still stand today.",
        # A past tense only in a clause the sentence reports or describes is not the time of "today".
        "The war ended in 1740. Today most accept that the first invasion was a mistake.",
        "The war ended in 1740. Today, most historians agree the invasion was a mistake.",
        "The fortress fell in 1453. Today the ruins, which were restored in 1990, draw tourists.",
        # A heading with no verb, and a present after a past clause of the same sentence.
        "The canal opened in 1794.\n\nThe canal today\n\nBarges no longer use it.",
        "The charter, granted in 1282, is still kept in the town hall today.",
        "The abbey was dissolved in 1539; its church serves the parish today.",
    ],
)
def test_today_in_a_history_is_the_time_of_writing(text: str) -> None:
    # Nowadays, not one day: the writer's present at large (PRESENT_REF), as a history's "now" is.
    t = next(x for x in annotate(text, DCT, "narrative") if x.text.lower() == "today")
    assert (t.value, t.anchor) == ("PRESENT_REF", "publication")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("On 3 March 1921 the strike began. Today the mills closed, the paper wrote.", "Today"),
        ("On 3 March 1921 the strike began. The mills closed today, the paper reported.", "today"),
    ],
)
def test_today_inside_a_past_narration_is_the_story_s_day(text: str, phrase: str) -> None:
    assert value_of(text, phrase, "narrative") == ("1921-03-03", "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "start", "granularity"),
    [
        # The anchor's precision bounds the result's: no invented months or days.
        ("The bridge opened in 1932 and was rebuilt 18 months later.", "18 months", datetime(1933, 1, 1), "year"),
        ("The mine opened in 1950 and flooded two weeks later.", "two weeks", datetime(1950, 1, 1), "year"),
        # Nor a finer one than the count itself: years counted from a day give a year.
        ("The treaty was signed on 3 May 1932 and lapsed two years later.", "two years", datetime(1934, 1, 1), "year"),
        # "A decade later" is the year ten on, not a decade.
        ("The firm was founded in 1998 and went public a decade later.", "a decade", datetime(2008, 1, 1), "year"),
        # Weeks counted from a day give the week, as histories date "a week later" (1932-W19).
        ("The bridge opened on 3 May 1932; it collapsed a week later.", "a week", datetime(1932, 5, 9), "week"),
    ],
)
def test_a_counted_date_is_no_more_precise_than_its_anchor_or_its_count(
    text: str, phrase: str, start: datetime, granularity: str
) -> None:
    t = find(text, phrase)
    assert (t.interval_start, t.granularity) == (start, granularity)


def test_a_count_from_a_year_is_placed_on_a_year() -> None:
    text = "He was born in 1950. Eighteen months later, the family moved."
    t = find(text, "Eighteen months")
    assert (t.value, t.granularity, t.interval_start) == ("P18M", "year", datetime(1951, 1, 1))
    t = find(text, "Eighteen months later", document_type="narrative")
    assert (t.value, t.granularity) == ("1951", "year")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "start", "granularity"),
    [
        ("In October 1998 the doctor was shot. That same day, police searched the area.", "That same day",
         "1998-10-XX", datetime(1998, 10, 1), "month"),
        ("The clinic opened in March 2001. The next day, protesters gathered.", "The next day",
         "2001-03-XX", datetime(2001, 3, 1), "month"),
        ("The dam was finished in 1936, and the day after, the valley flooded.", "the day after",
         "1936-XX-XX", datetime(1936, 1, 1), "year"),
        ("The plant was built in 1987. That day, workers celebrated.", "That day",
         "1987-XX-XX", datetime(1987, 1, 1), "year"),
    ],
)  # fmt: skip
def test_a_day_named_from_a_month_or_year_leaves_the_day_unknown(
    text: str, phrase: str, value: str, start: datetime, granularity: str
) -> None:
    t = find(text, phrase)
    # No invented first of the month: the day is unknown, and the timeline shows the anchor's period.
    assert (t.value, t.anchor) == (value, "previous")
    assert (t.interval_start, t.granularity) == (start, granularity)


def test_a_day_named_from_a_day_is_that_day() -> None:
    t = find("On 3 March 2019 the doctor was shot. That same day, police searched the area.", "That same day")
    assert (t.value, t.granularity) == ("2019-03-03", "day")
    assert find("The talks ended on Monday. The next day, rebels attacked.", "The next day").value == "2024-11-05"


@pytest.mark.parametrize(
    ("text", "phrase", "start", "granularity"),
    [
        ("The deal closed two days after March 3.", "two days", datetime(2024, 3, 5), "day"),
        ("Voting ends three days before Christmas.", "three days", datetime(2024, 12, 22), "day"),
        ("The rules took effect 90 days after Oct. 1, 2023.", "90 days", datetime(2023, 12, 30), "day"),
        ("The king died three years after 1998.", "three years", datetime(2001, 1, 1), "year"),
        ("The dam burst six months after June 1950.", "six months", datetime(1950, 12, 1), "month"),
    ],
)
def test_a_count_before_or_after_a_date_is_placed_from_it(
    text: str, phrase: str, start: datetime, granularity: str
) -> None:
    t = find(text, phrase)
    assert t.type == "DURATION"
    assert (t.interval_start, t.granularity, t.anchor) == (start, granularity, "previous")


def test_the_date_counted_from_is_a_point_not_an_open_range() -> None:
    t = find("The deal closed two days after March 3.", "March 3")
    assert (t.range, t.interval_start, t.interval_end) == (None, datetime(2024, 3, 3), datetime(2024, 3, 4))


def test_a_stretch_before_a_date_covers_the_stretch() -> None:
    t = find("Sales rose 10% in the two weeks before Thanksgiving.", "the two weeks")
    assert (t.interval_start, t.interval_end) == (datetime(2023, 11, 9), datetime(2023, 11, 23))


def test_a_count_from_an_event_is_not_placed() -> None:
    t = find("He left two days after the vote on March 3.", "two days")
    assert (t.interval_start, t.interval_end) == (None, None)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Troops landed in Normandy in 1944 and liberated Paris in August.", "August", "1944-08"),
        ("The company was founded in 1998 and went public in May.", "May", "1998-05"),
        ("She joined the board in 2019 and resigned on 12 March.", "12 March", "2019-03-12"),
    ],
)
def test_a_date_joined_to_a_past_year_in_one_sentence_takes_it(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Profits have doubled since 1980 and in September it bought a rival.", "September", "2024-09"),
        ("Sales fell in 2019, and rose in October.", "October", "2024-10"),  # a clause boundary between
        ("The plant opened in 2010 and will close in March.", "March", "2025-03"),  # not the past
        ("Troops landed in 1944 and won. Police arrested a man in October.", "October", "2024-10"),
    ],
)
def test_a_year_that_sets_no_scene_reaches_no_further(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == (value, "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "granularity"),
    [
        ("In October 1998 the doctor was shot. The next morning, police searched the area.", "The next morning",
         "1998-10-XXTMO", "month"),
        ("The dam was finished in 1936. That night, the valley flooded.", "That night", "1936-XX-XXTNI", "year"),
        ("In March 2001 the clinic opened, and the night before, protesters gathered.", "the night before",
         "2001-03-XXTNI", "month"),
    ],
)  # fmt: skip
def test_a_part_of_day_named_from_a_month_or_year_leaves_the_day_unknown(
    text: str, phrase: str, value: str, granularity: str
) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.anchor, t.granularity) == ("TIME", value, "previous", granularity)


def test_a_part_of_day_named_from_a_day_is_on_that_day() -> None:
    t = find("On 3 May 1932 the bridge opened. The next morning it collapsed.", "The next morning")
    assert (t.value, t.granularity) == ("1932-05-04TMO", "part_of_day")


def test_the_story_s_year_fades_with_distance() -> None:
    filler = "Officials and residents spoke at length about the rebuilding of the old harbour town. " * 30
    text = "In 1944, Allied troops landed in Normandy. " + filler + "Police arrested a man in August."
    assert value_of(text, "August") == ("2024-08", "publication")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("It was built in 2090 and collapsed 8000 years later.", DCT),
        ("It was built in 1090. 5000 years earlier, it was a swamp.", DCT),
        ("The lease ends 9000000 days after Dec. 20, 2090.", DCT),
        ("It happened ten years ago.", date(1, 6, 1)),
        ("Ten years later, it changed.", date(9999, 6, 1)),
    ],
)
def test_a_count_beyond_the_calendar_is_kept_but_not_placed(text: str, reference: date) -> None:
    found = annotate(text, reference)  # no error: years 1 to 9999 are all a date can hold
    counted = [t for t in found if t.type == "DURATION" or t.value in ("PAST_REF", "FUTURE_REF")]
    assert counted and all(t.interval_start is None and t.interval_end is None for t in counted)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The firm was founded in 1929. The next year it closed two plants.", "The next year", "1930"),
        ("The mill was built in 1887, and early the next year it burned down.", "early the next year", "1888"),
        ("Production stopped on 11 November 1918; the next month, half the workers were laid off.", "the next month",
         "1918-12"),
        ("The talks collapsed on 3 May 2020. The next week, both sides returned to the table.", "The next week",
         "2020-W19"),
        ("She won the title in 2015 and lost it the next year.", "the next year", "2016"),
    ],
)  # fmt: skip
def test_the_next_unit_told_in_the_past_counts_on_from_the_story_s_date(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "type_"),
    [
        # No past date told, a future clause, or a stretch ("over the next month"): from the publication.
        ("Sales should recover the next year.", "the next year", "2025", "DATE"),
        ("The firm was founded in 1929. It will open a plant the next year.", "the next year", "2025", "DATE"),
        ("The strike began in 1984. Over the next month, pits closed one by one.", "the next month", "P1M",
         "DURATION"),
    ],
)  # fmt: skip
def test_the_next_unit_elsewhere_looks_ahead_from_now(text: str, phrase: str, value: str, type_: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.type) == (value, type_)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The dam was finished in 1936. That October, the valley flooded.", "That October", "1936-10"),
        ("The dam was finished in 1936. The valley flooded that October.", "that October", "1936-10"),
        ("The dam was finished in 1936, and that October the valley flooded.", "that October", "1936-10"),
        ("The dam was finished in 1936. It flooded that October when the river rose.", "that October", "1936-10"),
        ("The dam was finished in 1936. In that October the valley flooded.", "that October", "1936-10"),
    ],
)
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_that_before_a_month_points_at_the_story_s_year(text: str, phrase: str, value: str, document_type: str) -> None:
    assert value_of(text, phrase, document_type) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials said that October sales rose by a tenth.", "2024-10"),
        ("The engineers found that October was the wettest month.", "2024-10"),
    ],
)
def test_that_as_a_conjunction_stays_outside_the_month(text: str, value: str) -> None:
    t = find(text, "October")
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A season after a month or a day of the story: the first one after it, or the last one before it.
        ("The strike began in 1889 and ended in January 1890, and the following summer wages rose.",
         "the following summer", "1890-SU"),
        ("The dam burst on 3 March 1903. The previous winter had been wet.", "The previous winter", "1902-WI"),
        ("The dam burst on 3 March 1903, and the following autumn the town was rebuilt.",
         "the following autumn", "1903-FA"),
        # After a year, the next year's season.
        ("The war began in 1939. The following spring, Denmark was invaded.", "The following spring", "1940-SP"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_a_season_named_from_the_story_s_date_is_the_one_beside_it(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    assert value_of(text, phrase, document_type) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Every "last year"/"next year" of one sentence counts from the story's year, not from each other.
        ('In 1913 the general wrote: "Last year we lost our horses, and next year we will have none."',
         "next year", "1914"),
        ("The mayor wrote in 1862 that last year had been dry and that next year would be worse.",
         "next year", "1863"),
        ("In 1920 the club said this year was its best and next year would be better still.",
         "next year", "1921"),
    ],
)  # fmt: skip
def test_in_a_narrative_deictic_years_of_one_sentence_share_their_base(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Quoted speech is at its speaker's time: the narration goes on from its own last date.
        ('The fort fell in 1913. "In 1905 we had nothing," the general said. By the end of the year the war was over.',
         "the end of the year", "1913"),
        ('The strike began in May 1926. "Next year we will win," a leader said. In June the miners gave in.',
         "June", "1926-06"),
        ("The strike began in May 1926. \u201cBy 1930 we will win,\u201d a leader said. That winter they gave in.",
         "That winter", "1926-WI"),
    ],
)  # fmt: skip
def test_in_a_narrative_quoted_dates_do_not_move_the_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A season as near before the story's date as after it: a narrative moves forward.
        ("A truce was signed in April 1914. Fighting resumed in the autumn.", "the autumn", "1914-FA"),
        ("The mill burned down in January 1850. It was rebuilt by the summer.", "the summer", "1850-SU"),
    ],
)
def test_in_a_narrative_a_season_as_near_either_side_is_the_one_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "anchor"),
    [
        # A new paragraph goes on with the story only where it says so first.
        ("In 1931, the bank failed.\n\nIn October, the city bought the building.", "October", "1931-10", "previous"),
        ("In 1931, the bank failed.\n\nWork on the roof began in March.", "March", "2024-03", "publication"),
        ("In 1967, a fire swept the mine.\n\nThe owners sold the site in June.", "June", "2024-06", "publication"),
    ],
)
def test_in_news_a_new_paragraph_keeps_the_story_s_year_only_when_it_opens_with_a_date(
    text: str, phrase: str, value: str, anchor: str
) -> None:
    assert value_of(text, phrase) == (value, anchor)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The plant cut 400 jobs in 2009, and in March of that year the union agreed to a pay freeze.",
         "March of that year", "2009-03"),
        ("The king was crowned in 1701. He died in May of the following year.", "May of the following year", "1702-05"),
        ("The fort was taken in 1650; in October of the previous year it had been besieged.",
         "October of the previous year", "1649-10"),
        ("The bridge opened in 1932. In June of the same year, it was closed.", "June of the same year", "1932-06"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_a_month_of_the_story_s_year_is_one_expression(text: str, phrase: str, value: str, document_type: str) -> None:
    assert value_of(text, phrase, document_type) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A winter reaches into the next year: its January to March are that year's.
        ("The winter of 1702 was unusually cold. The talks failed in February.", "February", "1703-02"),
        ("In the winter of 1812 the army retreated. On 3 January it reached the river.", "3 January", "1813-01-03"),
        ("The winter of 1941 was hard. In March the thaw came.", "March", "1942-03"),
        # Its December, and the months of any other year-wide anchor, stay in the anchor's year.
        ("In the winter of 1812 the army retreated. On 14 December it crossed the river.", "14 December",
         "1812-12-14"),
        ("The war began in 1702. In February the talks failed.", "February", "1702-02"),
    ],
)  # fmt: skip
def test_in_a_narrative_a_winter_holds_the_first_months_of_the_next_year(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "start"),
    [
        ("The truce began on 3 March 2021. Two weeks afterwards, guns fired.", "Two weeks", datetime(2021, 3, 15)),
        ("He moved to Lyon in June 2015 and left a year afterward.", "a year", datetime(2016, 1, 1)),
        ("The dam burst on 9 May 2003; ten days afterwards the village was empty.", "ten days", datetime(2003, 5, 19)),
    ],
)
def test_a_count_afterwards_is_placed_like_a_count_later(text: str, phrase: str, start: datetime) -> None:
    t = find(text, phrase)
    assert (t.type, t.interval_start, t.anchor) == ("DURATION", start, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("She was re-elected in 2022, and in January she resigned.", "January", "2022-01"),
        ("The mill closed in 2015, and in March the owners sold the land.", "March", "2015-03"),
        ("They married in 2009, and then on 4 July they moved abroad.", "4 July", "2009-07-04"),
    ],
)
def test_a_date_that_opens_the_clause_after_a_comma_and_and_takes_the_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.anchor) == (value, "previous")


def test_after_a_comma_and_and_a_clause_about_the_future_keeps_its_own_year() -> None:
    assert find("The mill closed in 2015, and in March the owners will sell the land.", "March").value == "2025-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A lifespan or an aside in brackets does not move the story's time on.
        ("The army entered the city in 1812. Its general (1745–1813) ordered a retreat, and in September the "
         "city burned.", "September", "1812-09"),
        ("The bridge opened in 1889 (work had begun in 1884). In May the first trams crossed it.", "May",
         "1889-05"),
        ("The queen (born 1533, died 1603) was crowned in 1559. On 15 January the city feasted.", "15 January",
         "1559-01-15"),
    ],
)  # fmt: skip
def test_a_date_in_brackets_is_an_aside_that_anchors_nothing(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A relative clause set off by commas tells of someone or something, not of the story's time.
        ("The castle was besieged in 1644. The museum, which opened in 1998, keeps a cannonball from the "
         "siege. In May the garrison surrendered.", "May", "1644-05"),
        ("The army crossed the river in 1812. Its general, who had fought there in 1799, urged caution, and "
         "in September the city burned.", "September", "1812-09"),
        ("The mill opened in 1851. Its owner, whose father had died in 1838 and whose mother in 1840, lived "
         "in the town. That winter the river froze.", "That winter", "1851-WI"),
    ],
)  # fmt: skip
def test_a_date_in_a_relative_clause_between_commas_is_an_aside_that_anchors_nothing(
    text: str, phrase: str, value: str
) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Other clauses after a comma do move the story on: a date that the narration itself tells.
        ("The war began in 1914, which few had expected. In 1916, when the offensive failed, the general "
         "resigned. In May he left the army.", "May", "1916-05"),
        ("The duke returned in 1660, and in 1661, while the court was at Dover, he married. That summer he "
         "fell ill.", "That summer", "1661-SU"),
    ],
)  # fmt: skip
def test_a_date_after_a_comma_that_the_narration_tells_moves_the_story_on(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A flashback in the past perfect ends where the simple past resumes.
        ("In 1066 the duke landed in England. Two years earlier, in 1064, the earl had visited Normandy. On "
         "14 October the two armies met.", "14 October", "1066-10-14"),
        ("The army entered the city in 1812. Its commander, who had been born in 1769, ordered a retreat. In "
         "September the city burned.", "September", "1812-09"),
        ("The canal opened in 1796. Digging had started in 1791 after years of debate. By June the first "
         "barges were carrying coal.", "June", "1796-06"),
        # Inside the flashback, the past perfect counts from the flashback's own date.
        ("The rebels struck in 1469. In 1467 the king had seized their lands, and the previous year he had "
         "married off his sister.", "the previous year", "1466"),
        ("The king was crowned in 1461. In 1459 his father had fled, and two years later he had returned.",
         "two years later", "1461"),
    ],
)  # fmt: skip
def test_a_flashback_in_the_past_perfect_returns_to_the_story_s_date(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


def test_a_past_perfect_that_moves_the_story_on_is_no_flashback() -> None:
    # A date after the story's, told in the past perfect, is where the story now is.
    text = "The war began in 1939. By 1942 the army had lost a million men. In June it attacked again."
    assert value_of(text, "June", "narrative") == ("1942-06", "previous")
    # "had" as a verb of its own is no past perfect.
    text = "The town grew rich in 1850. In 1840 it had a single street. In May a fire broke out."
    assert value_of(text, "May", "narrative") == ("1840-05", "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After a day or month of a history, a bare season is the one under way or the next.
        ("The invasion began on 22 June 1941. By the winter, the advance had stalled.", "the winter", "1941-WI"),
        ("The city fell in October 1812. In the winter the army retreated.", "the winter", "1812-WI"),
        ("The city fell in October 1812. In the spring the allies advanced.", "the spring", "1813-SP"),
        ("The strike began in March 1912. In the summer it spread.", "the summer", "1912-SU"),
        ("The truce was signed on 9 January 1919. In the winter, the troops went home.", "the winter", "1918-WI"),
        # After a winter, the next season is in the year the winter ends in.
        ("The army spent the winter of 1777 at the forge. In the spring, it marched south.", "the spring",
         "1778-SP"),
        # After a year, the season of that year, as before.
        ("The siege began in 1683. In the summer the city held.", "the summer", "1683-SU"),
    ],
)  # fmt: skip
def test_a_season_after_a_story_date_is_under_way_or_next(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After the start of a year the story stands in its first months: that year's spring is still to come.
        ("The treaty was signed early in 1864. The following spring the troops went home.", "The following spring",
         "1864-SP"),
        ("The treaty was signed in early 1864, and the following summer the troops went home.",
         "the following summer", "1864-SU"),
        ("The mill opened at the beginning of 1790. The next spring it burned down.", "The next spring", "1790-SP"),
        ("The treaty was signed early in 1864. The previous autumn had been wet.", "The previous autumn", "1863-FA"),
        # After a year told alone, or its end, the next year's, as before.
        ("The treaty was signed in 1864. The following spring the troops went home.", "The following spring",
         "1865-SP"),
        ("The treaty was signed late in 1864. The following spring the troops went home.", "The following spring",
         "1865-SP"),
    ],
)  # fmt: skip
def test_a_season_after_the_start_of_a_year_is_that_year_s(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After a month of a history, a day of the month alone is a day of that month.
        ("The offensive was planned for June 1941. On the 22nd, the invasion began.", "the 22nd", "1941-06-22"),
        ("The fleet gathered in May 1588. By the 30th, it had sailed.", "the 30th", "1588-05-30"),
        ("In March of that year the rains came; on the 3rd, the river rose.", "the 3rd", "2024-03-03"),
    ],
)
def test_a_day_of_the_month_after_a_month_of_the_story_is_in_that_month(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Opening its clause before the subject, with no comma: "On the 14th the army crossed".
        ("In January 1863 the river froze, and on the 14th the besiegers crossed the ice.", "the 14th", "1863-01-14"),
        ("The siege began on 3 January 1863. By the 20th it had failed.", "the 20th", "1863-01-20"),
        ("The fleet gathered in May 1588. On the 28th its admiral sailed.", "the 28th", "1588-05-28"),
        ("The talks opened in June 1721. On the 9th they broke down.", "the 9th", "1721-06-09"),
        ("The harvest failed in August 1816. Until the 30th some grain still reached the town.", "the 30th",
         "1816-08-30"),
    ],
)  # fmt: skip
def test_a_day_of_the_month_opening_its_clause_before_the_subject(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After a day of the story, the next such day: a history moves on.
        ("The siege began on 25 May 1863. On the 2nd the army withdrew.", "the 2nd", "1863-06-02"),
        ("The march began on 28 October 1805, and by the 3rd the army was across the river.", "the 3rd",
         "1805-11-03"),
        ("The army attacked on 20 January 1863. On the 20th the scouts returned.", "the 20th", "1863-01-20"),
        # Told in the past perfect, not as a deadline: a flashback.
        ("The army attacked on 20 January 1863. The scouts had left on the 15th.", "the 15th", "1863-01-15"),
        ("The army attacked on 20 January 1863. On the 15th, the scouts had left.", "the 15th", "1863-01-15"),
    ],
)  # fmt: skip
def test_a_day_of_the_month_after_a_day_of_the_story_is_the_next_such_day(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase, "narrative") == (value, "previous")


@pytest.mark.parametrize(
    "text",
    [
        "In January 1863 the 14th Regiment crossed the ice.",
        "In January 1863 the army marched on the 3rd Division's camp.",
        "In January 1863, on the 14th day of the siege, the walls fell.",
    ],
)
def test_an_ordinal_before_its_noun_is_still_no_day(text: str) -> None:
    assert [t[0] for t in values(text, document_type="narrative")] == ["January 1863"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A decade or a century named in passing has no month, week or day to give: what is counted from the
        # story's date to one of those counts from the date told before it, here the publication's.
        (
            "Over the past decade, exports have tripled. The report is due by the end of the month.",
            "the end of the month",
            "2024-11",
        ),
        (
            "In the 1990s the chain grew fast. Its new store opens at the end of the week.",
            "the end of the week",
            "2024-W45",
        ),
        ("Prices have doubled over the last century. That week, the mayor will speak.", "That week", "2024-W45"),
        (
            "The town has shrunk since the 1970s. The following month the council will vote on the plan.",
            "The following month",
            "2024-12",
        ),
        # With a day told before the decade, that day is the one counted from.
        (
            "The plant closed on March 3. Output had grown through the 2010s. The next day, workers marched.",
            "The next day",
            "2024-03-04",
        ),
    ],
)
def test_a_month_week_or_day_is_never_counted_from_a_decade_or_century(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What a decade can give, it still gives: a year after it, another decade.
        ("The firm grew through the 1990s. The following year it was sold.", "The following year", "1991"),
        ("Over the past decade sales have tripled.", "the past decade", "201"),
    ],
)
def test_a_year_or_decade_still_counts_from_a_decade(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Told of the future in news, "the month" or "the week" cannot be the story's when that one is over:
        # it is the one under way (published Friday 8 November 2024).
        ("The centre opened on the 1st of October and will close at the end of the month.", "the end of the month",
         "2024-11"),
        ("The strike began on Oct. 14. Talks will resume later in the month.", "later in the month", "2024-11"),
        ("The line closed on Oct. 30. It is expected to reopen by the end of the week.", "the end of the week",
         "2024-W45"),
        # Told of the past, or with the story's month still under way, the story's.
        ("The strike began on Oct. 14. Talks resumed later in the month.", "later in the month", "2024-10"),
        ("The firm was sold on Nov. 4 and will close by the end of the month.", "the end of the month", "2024-11"),
    ],
)  # fmt: skip
def test_the_month_still_to_come_is_the_one_under_way(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # In news a year, a quarter or a season has no month to give: "the month" not told in the past is the
        # publication's (published Friday 8 November 2024).
        ("Sales fell in 2019. The report is due by the end of the month.", "the end of the month", "2024-11"),
        ("In the third quarter, sales fell. Results are due at the end of the month.", "the end of the month",
         "2024-11"),
        ("Output peaked in the summer. The plant closes for repairs later in the month.", "later in the month",
         "2024-11"),
        # Told in the past, the story's year stays in view, one of its months it does not say (not January).
        ("In 2019, sales fell. By the end of the month, they had recovered.", "the end of the month", "2019-XX"),
        # But not a year still to come: nothing told in the past took place in it.
        ("The party wants a vote by the end of 2028. Prices have risen since the start of the month.",
         "the start of the month", "2024-11"),
        ("The mine will close in 2031. Output fell sharply during the month.", "the month", "2024-11"),
        ("Ministers have pledged a new runway by 2030. Passenger numbers rose 4% over the week.", "the week",
         "2024-W45"),
    ],
)  # fmt: skip
def test_the_month_is_not_read_off_a_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The old bridge was closed in 1998. The new one will open today.",
        "The ferry stopped in 1971. Today it sailed again for the first time in fifty years.",
    ],
)
def test_today_with_a_future_or_past_of_its_own_is_a_day(text: str) -> None:
    t = next(x for x in annotate(text, DCT, "narrative") if x.text.lower() == "today")
    assert t.value == "2024-11-05"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "of the year" after a day, month or season told earlier in its sentence: that time's year
        # (published Friday 8 November 2024).
        ("A teenager drowned in the lake last summer on one of the hottest days of the year.", "2023"),
        ("Sales slumped in March 2022, the weakest month of the year for the chain.", "2022"),
        ("The storm struck on 3 January 2021, the wettest day of the year in Cornwall.", "2021"),
        # Told alone, or with no such time before it in the sentence, the publication's year.
        ("It was one of the hottest days of the year, forecasters said.", "2024"),
        ("The firm made a loss last spring. Profit for the year is forecast to rise.", "2024"),
    ],
)
def test_of_the_year_after_a_time_told_in_its_sentence_is_that_times_year(text: str, value: str) -> None:
    assert find(text, "the year", date(2024, 11, 8)).value == value
