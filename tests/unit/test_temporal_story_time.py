"""Which dates a history's later expressions hang on: the weeks and seasons counted from the story's
date, the years a sentence names in passing (which do not move the story's time), the time of writing a
history comes back to, and decades and centuries before the era."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


def narrative(text: str, phrase: str) -> str:
    return find(text, phrase, document_type="narrative").value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The siege began on 2 June 1648, and a week later the town surrendered.", "a week later", "1648-W24"),
        ("Talks opened on 10 January 1820. Three weeks later they broke down.", "Three weeks later", "1820-W05"),
        ("The mill burned on 4 April 1901; two weeks later the owners sold the land.", "two weeks later", "1901-W16"),
    ],
)
def test_weeks_counted_from_a_day_of_the_story_give_the_week(text: str, phrase: str, value: str) -> None:
    # A count of weeks says which week the thing happened in, not which day.
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After a year told alone, its autumn and winter still follow in it; its spring and summer do not.
        ("In 1883 she took her degree and spent the following winter abroad.", "the following winter", "1883-WI"),
        ("The poet moved to Rome in 1860, and the following autumn he married.", "the following autumn", "1860-FA"),
        ("The band split up in 1972. The next winter the singer moved to Spain.", "The next winter", "1972-WI"),
        ("The war began in 1939. The following spring, the north was invaded.", "The following spring", "1940-SP"),
        ("She left for Paris in 1856, and the following summer she married.", "the following summer", "1857-SU"),
        # After a season, the first such season after it.
        ("She came in the autumn of 1880. The following winter was hard.", "The following winter", "1880-WI"),
        ("She came in the autumn of 1880 and left the following autumn.", "the following autumn", "1881-FA"),
        ("The winter of 1702 was cold, and the following summer was dry.", "the following summer", "1703-SU"),
    ],
)
def test_the_following_season_after_a_year_or_a_season(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "The following year" after a December day is a year, not a winter: its February is its own.
        ("The comet was seen on 25 December 1760 and named the following year. It faded in February.",
         "February", "1761-02"),
        ("The fort fell on 20 December 1812. A year later the war ended; in March the troops went home.",
         "March", "1813-03"),
        # A winter does reach into the next year.
        ("The winter of 1702 was cold. In February the talks failed.", "February", "1703-02"),
    ],
)  # fmt: skip
def test_only_a_winter_reaches_into_the_next_year(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The school closed in 1970. It is now a museum, and last year it had 20,000 visitors.", "last year", "2023"),
        ("The hut was restored in 1994 and is now a museum. Last year a team retraced the route.", "Last year",
         "2023"),
        ("The mine closed in 1986. The site is now a park; last month a lake was opened there.", "last month",
         "2024-10"),
    ],
)  # fmt: skip
def test_a_history_back_at_its_time_of_writing_counts_from_the_publication(text: str, phrase: str, value: str) -> None:
    # The publication is 5 November 2024: "now" in the present tense is the writer's time, not 1970's.
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fort fell in 1913. By now the army was spent, and in May it surrendered.", "May", "1913-05"),
        ("The fort fell in 1913. Now the army turned south, and in May it crossed the river.", "May", "1913-05"),
    ],
)
def test_a_narration_s_own_now_keeps_the_story_s_time(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The crossing of 1926 was the first. Two attempts had failed: one in August 1923 turned back, and one "
         "in the spring of 1925 lost its dogs. The party left the coast on 4 June.", "4 June", "1926-06-04"),
        ("The league was refounded in 1921. Its members had quarrelled for years: in 1915 the north left, and "
         "in 1917 the south. In March the new charter was signed.", "March", "1921-03"),
    ],
)  # fmt: skip
def test_what_a_colon_spells_out_after_a_past_perfect_is_a_flashback(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


def test_a_colon_after_a_simple_past_moves_the_story_on() -> None:
    assert narrative("The reform came in stages: in 1921 the league was refounded, and in March it met.", "March") == (
        "1921-03"
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1875 she married Tom Hale, born in 1850 in Leeds, and in June they moved to York.", "June", "1875-06"),
        ("In 1875 she married Tom Hale, born on 3 May 1850, and in June they moved to York.", "June", "1875-06"),
        ("In 1890 the firm bought the Leeds mill, built in 1820. In June it reopened.", "June", "1890-06"),
        ("In 1904 he joined the Mercer bank, founded in 1811 by his grandfather, and in May he became a partner.",
         "May", "1904-05"),
    ],
)  # fmt: skip
def test_a_participle_set_off_by_commas_dates_an_aside(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A clause of "which" about a time the sentence dates gives that time: the story's, no aside.
        ("The chronicle dates the fire to the fifth year of the reign of Edric, which historians equate with "
         "1392. The town was rebuilt in the spring.", "the spring", "1392-SP"),
        ("Tradition puts the founding in the twelfth year of King Aros, which most scholars equate with 733 BC. "
         "The settlers sailed in the spring.", "the spring", "BC0733-SP"),
        ("The annals give the date of the landing, which was 1066, and the king was crowned at Christmas.",
         "Christmas", "1066-12-25"),
        # About a thing, it is an aside still.
        ("The siege of 1642 ended in May. The museum, which opened in 1998, keeps a cannonball from it. In the "
         "autumn the walls were repaired.", "the autumn", "1642-FA"),
    ],
)  # fmt: skip
def test_a_clause_of_which_about_a_time_gives_the_storys_time(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


def test_a_clause_going_on_with_the_story_is_no_aside() -> None:
    text = "She left Leeds in 1875, married in 1876, and in June moved to York."
    assert narrative(text, "June") == "1876-06"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The coup came on 2 December 1851. Within months the leaders of 1848 were in exile, and a year later "
         "the general was crowned.", "a year later", "1852"),
        ("In 1851 the assembly was dissolved. The constitution of 1848 was torn up, and in March a new one was "
         "proclaimed.", "March", "1851-03"),
        ("The dykes were raised in 1957. Memories of the floods of 1953 were fresh, and in May the work was "
         "finished.", "May", "1957-05"),
    ],
)  # fmt: skip
def test_a_year_naming_a_thing_of_the_past_leaves_the_story_s_time(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Told in the past perfect, the year of a thing of the past takes the story back to it, as any year
        # before the story's does, until the past perfect ends.
        ("The city fell on 19 January 1863. Its commander had served in the war of 1848. He had fought at "
         "Lenz in March of that year.", "March of that year", "1848-03"),
        ("The assembly met in 1851. Its members had drafted the constitution of 1848, and in May they had "
         "signed it.", "May", "1848-05"),
        ("The city fell on 19 January 1863. Its commander had served in the war of 1848. In the spring the "
         "army moved east.", "the spring", "1863-SP"),
    ],
)  # fmt: skip
def test_a_year_naming_a_thing_of_the_past_in_the_past_perfect_is_a_flashback(
    text: str, phrase: str, value: str
) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A year after the story's, or a part of a year, is where the story goes.
        ("In 1846 the harvest failed. The revolution of 1848 began in February.", "February", "1848-02"),
        ("In 1914 the war began. By the end of 1916 the army was exhausted, and in May it mutinied.", "May",
         "1916-05"),
    ],
)  # fmt: skip
def test_a_year_after_a_noun_that_moves_the_story_on_is_its_time(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ship reached the cape in August 1894, and the men spent the winter there.", "the winter", "1894-WI"),
        ("She arrived in June 1871 and spent the summer working in the laboratory.", "the summer", "1871-SU"),
        ("They landed in March 1702 and spent that summer building a fort.", "that summer", "1702-SU"),
        ("The party sailed in May 1820 and spent the autumn abroad.", "the autumn", "1820-FA"),
    ],
)
def test_a_season_spent_somewhere_or_doing_something_is_a_time(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        "In 1812 the army spent the winter quarters in Vilna.",
        "In 1900 the club opened its summer training ground.",
    ],
)
def test_a_season_before_a_noun_is_still_no_time(text: str) -> None:
    assert [t.text for t in annotate(text, DCT, "narrative")] == [text.split()[1]]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The pirate raids of the 480s BC drove the islands together.", "the 480s BC", "BC048"),
        ("The temple was built in the 440s B.C. with the league's silver.", "the 440s B.C.", "BC044"),
        ("The poet wrote his odes in the 20s BCE.", "the 20s BCE", "BC002"),
        # Four digits: the era is not left behind for a decade of the common era.
        ("The copper mines were opened in the 1270s BC by the hill tribes.", "the 1270s BC", "BC127"),
        ("Drought came back in the 1180s B.C., and the towns emptied.", "the 1180s B.C.", "BC118"),
        ("Horses reached the valley in the 2030s BCE.", "the 2030s BCE", "BC203"),
        # A round hundred is a century, as "the 1800s" is.
        ("The walls went up in the early 1200s BC.", "the early 1200s BC", "BC12"),
    ],
)
def test_a_decade_before_the_era(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The first pyramid rose in the 26th century BC.", "the 26th century BC", "BC25"),
        ("Writing began there in the thirty-first century B.C.", "the thirty-first century B.C.", "BC30"),
        ("By the late 24th century BCE the city was a ruin.", "the late 24th century BCE", "BC23"),
        ("The 8th century BC saw the first colonies.", "The 8th century BC", "BC07"),
    ],
)
def test_a_century_long_before_the_era(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


def test_a_century_of_the_era_stays_within_reach() -> None:
    # Beyond the 21st century a count of the common era is no date of a history: a novel's future.
    found = annotate("The ship was built in the 26th century.", DCT, "narrative")
    assert "the 26th century" not in [t.text for t in found]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 431 BC war broke out, and by the end of the century the league had collapsed.",
         "the end of the century", "BC04"),
        ("The city was founded in 753 BC. By the end of the century it ruled the valley.",
         "the end of the century", "BC07"),
        ("In 1431 war broke out, and by the end of the century the league had collapsed.",
         "the end of the century", "14"),
    ],
)  # fmt: skip
def test_the_century_of_a_year_before_the_era(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize("document_type", ["news", "narrative"])
@pytest.mark.parametrize(
    ("text", "phrase", "start", "granularity"),
    [
        ("On 3 March 1861 the serfs were freed; two days after that the troops came.", "two days",
         datetime(1861, 3, 5), "day"),
        ("The king was crowned in 1547. Two years after that, he married.", "Two years", datetime(1549, 1, 1),
         "year"),
        ("The siege began on 2 June 1648. A week after this, the town fell.", "A week", datetime(1648, 6, 8),
         "week"),
    ],
)  # fmt: skip
def test_a_count_after_that_is_placed_from_the_date_last_told(
    text: str, phrase: str, start: datetime, granularity: str, document_type: str
) -> None:
    # TimeML keeps "after that" outside the duration; the timeline places it at the date it reaches.
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.anchor, t.interval_start, t.granularity) == ("DURATION", "previous", start, granularity)


def test_a_count_after_that_thing_is_not_placed() -> None:
    # "that war" is an event, not a date of the story: nothing to count from.
    t = find("The king was crowned in 1547. Two years after that war he married.", "Two years")
    assert (t.anchor, t.interval_start) == ("publication", None)


# A story moves on: an unyeared month, holiday or day told in the simple past after a month or day of the
# story is the next one, unless it is a month or two back; a past perfect looks back.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March 1768 the ship sailed from Plymouth. In December it rounded the Horn. In January the crew "
            "sighted the island, and at the end of August they reached the Cape.",
            [("December", "1768-12"), ("January", "1769-01"), ("the end of August", "1769-08")],
        ),
        (
            "The expedition left the coast in May 1911. In November the ponies died. By February the party "
            "was starving.",
            [("November", "1911-11"), ("February", "1912-02")],
        ),
        (
            "In April 1769 the crew came ashore. That Christmas they were far out at sea, and in February they "
            "made land again.",
            [("That Christmas", "1769-12-25"), ("February", "1770-02")],
        ),
        (
            "In March 1768 the ship sailed from Plymouth. On 25 December they anchored off a reef.",
            [("25 December", "1768-12-25")],
        ),
        (
            "She reached the mission in June 1890 and kept Christmas with the nuns.",
            [("Christmas", "1890-12-25")],
        ),
    ],
)
def test_a_story_moves_on_to_the_next_month_or_holiday(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(phrase, find(text, phrase, document_type="narrative").value) for phrase, _ in expected] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A holiday after a year told alone is in that year, as a month is.
        ("The family moved to Leeds in 1902. At Easter the mill closed.", "Easter", "1902-03-30"),
        (
            "The family moved to Leeds in 1902. At Easter the mill closed, and by Christmas the father had found work.",
            "Christmas",
            "1902-12-25",
        ),
        # A month or two back is told in passing; a past perfect is a flashback.
        ("In June 1941 the army crossed the border. In May the generals had warned Stalin.", "May", "1941-05"),
        ("In June 1941 the army crossed the border. In April the generals warned Stalin.", "April", "1941-04"),
        ("On 22 June 1941 the army crossed the border. In February spies had sent warnings.", "February", "1941-02"),
    ],
)
def test_a_story_looks_back_only_a_little_or_in_the_past_perfect(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The assembly met in 1851. Its members had drafted a charter in 1848, and in May they had signed it.",
         "1848-05"),
        ("The fort fell in 1702. Its walls had been raised in 1690; in May the last gun had been mounted.",
         "1690-05"),
        ("The fort fell in 1702. In May it was handed over to the duke.", "1702-05"),
    ],
)  # fmt: skip
def test_the_month_may_is_no_modal_verb_of_its_clause(text: str, value: str) -> None:
    # "in May they had signed it": the clause's verb is "had signed", a past perfect, not "may".
    assert narrative(text, "May") == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fort was built in March 1712. That same month a storm hit.", "That same month", "1712-03"),
        ("The fort was built in March 1712. In that same month a storm hit.", "that same month", "1712-03"),
        ("The treaty was signed on 3 May 1832. That same week the army withdrew.", "That same week", "1832-W18"),
        ("The fort was built in March 1712. That same year a storm hit.", "That same year", "1712"),
    ],
)
def test_that_same_month_or_week_is_the_story_s(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Where the story has told no date yet, the year in brackets is the best there is.
        ("The Siege of Orl (1642) lasted five months. In May the walls were breached.", "May", "1642-05"),
        ("The Great Frost (1709) killed the vines. By March the rivers had thawed.", "March", "1709-03"),
        # After a date of the story, a bracket is an aside, as before.
        ("In 1812 the army, led by Kutuzov (1745–1813), retreated. In May it turned.", "May", "1812-05"),
    ],
)  # fmt: skip
def test_a_year_in_brackets_before_any_date_of_the_story_sets_its_time(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The assault came on 9 April 1917. The guns had opened fire on 3 April, and at 5:30 a.m. the infantry "
         "advanced.", "5:30 a.m.", "1917-04-09T05:30"),
        ("The fort fell on 2 May 1862. Its walls had been breached on 28 April. At noon the flag came down.",
         "noon", "1862-05-02T12:00"),
        ("The fort fell on 2 May 1862. Its walls had been breached on 28 April. That evening the garrison left.",
         "That evening", "1862-05-02TEV"),
    ],
)  # fmt: skip
def test_a_clock_time_after_a_flashback_is_on_the_story_s_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A count after an aside's date in its own sentence is counted from that date, though the aside does
        # not move the story on.
        (
            "The guild ruled the port from 1700 to 1740. The new quay, begun in 1712, was finished three years later.",
            "three years later",
            "1715",
        ),
        (
            "The league met every spring from 1890 to 1914. Its stadium, built in 1902, burned down a decade later.",
            "a decade later",
            "1912",
        ),
        # A date of the story told after the aside is the one counted from.
        (
            "The guild ruled the port from 1700 to 1740. The quay, begun in 1712, opened in 1716 and closed two "
            "years later.",
            "two years later",
            "1718",
        ),
        # In the next sentence the story's own date is counted from again.
        (
            "The guild ruled the port from 1700 to 1740. The quay, begun in 1712, was long. Two years later the "
            "guild fell.",
            "Two years later",
            "1742",
        ),
    ],
)
def test_a_count_after_an_asides_date_in_its_sentence_is_counted_from_it(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The verb group nearest before an expression governs it: a past perfect reported after "that" is a
        # flashback, and the story's date comes back after it.
        ("On 2 April 1652, after word came that three ships had been burned the previous week, the assembly voted "
         "for war. The fleet sailed eight days later.", "eight days later", "1652-04-10"),
        ("The treaty was signed on 9 May 1815, when the envoys learned that the king had died in March. Ten days "
         "later the army withdrew.", "Ten days later", "1815-05-19"),
        # A simple past or a modal after a past perfect of the same clause is the story's own time again.
        ("The town surrendered on 5 November 1935. The rebels had lost 18,000 men since April and could not "
         "attack again before the spring.", "the spring", "1936-SP"),
        ("The garrison held out until 3 October 1702. Its guns had fallen silent in August and the town "
         "surrendered before the winter.", "the winter", "1702-WI"),
        # "had" as the clause's own verb is a simple past, no flashback.
        ("The fleet reached the port on 4 June 1588. The town had 5,000 people in July, and a week later the "
         "plague came.", "a week later", "1588-07"),
    ],
)  # fmt: skip
def test_the_verb_nearest_before_an_expression_governs_its_tense(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "that summer" in the past perfect, when the story's date is before that summer in its year: the one
        # the story has left behind, not the one to come.
        ("In March 1935 the landowners took back land that the peasants had occupied that summer.",
         "that summer", "1934-SU"),
        ("The fleet came home in February 1703; it had sailed that autumn with forty ships.", "that autumn",
         "1702-FA"),
        # In the simple past, or with the past perfect only in an aside after it, it is the story's year's.
        ("In March 1935 the rebels crossed the river. That summer they took the town.", "That summer", "1935-SU"),
        ("The mine was dug in the autumn of 1702, and that winter the river, which the army had dammed, broke "
         "through.", "that winter", "1702-WI"),
        # A season already begun or over at the story's date stays the story's year's.
        ("In October 1702 the fleet returned; it had sailed that spring.", "that spring", "1702-SP"),
    ],
)  # fmt: skip
def test_that_season_in_the_past_perfect_is_the_one_before_the_story_s_date(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A count or a word opening the subject's noun phrase after the season: the season heads its own phrase.
        ("The harvest of 1742 failed. By the autumn whole villages had been abandoned.", "the autumn", "1742-FA"),
        ("The town was founded in 1620. In the spring two fleets sailed for the coast.", "the spring", "1620-SP"),
        ("The fever came in 1832. That winter thousands died in the city.", "That winter", "1832-WI"),
    ],
)  # fmt: skip
def test_a_season_before_the_subject_of_its_clause_is_a_time(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The time a comparison measures against does not move the story.
        ("A drought followed in July 1742, and the harvest was smaller than that of the previous year. By the "
         "autumn whole villages had been abandoned.", "the autumn", "1742-FA"),
        ("The harvest of 1851 was larger than in 1850. In the spring the price of bread fell.", "the spring",
         "1851-SP"),
        ("In 1790 the tax was heavier than those of the 1780s. That winter the peasants rose.", "That winter",
         "1790-WI"),
    ],
)  # fmt: skip
def test_a_time_compared_against_does_not_move_the_story(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An infinitive after the past perfect ("to found", "to set", "to read") is no verb of its own: the
        # count after it is still of the flashback.
        ("The plague returned in 1630. Its last visit, in 1551, had led the council to found a hospital two "
         "years later.", "two years later", "1553"),
        ("The fleet sailed in 1588. In 1570 a storm had forced the king to set new taxes a year later.",
         "a year later", "1571"),
        ("The harbour froze in 1740. In 1709 a hard winter had moved the council to shut the old quay three "
         "years later.", "three years later", "1712"),
    ],
)  # fmt: skip
def test_an_infinitive_after_a_past_perfect_does_not_end_the_flashback(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "The year after the fire": the unit after the story's, the event just told; the span stays the unit's.
        ("The great fire swept the town on 3 May 1862. The year after the fire, the railway arrived.", "The year",
         "1863"),
        ("The junta seized power on 8 October 1958. In the week after the coup two thousand people were arrested.",
         "the week", "1958-W42"),
        ("The mill opened in March 1790. In the month after its opening forty hands were hired.", "the month",
         "1790-04"),
        ("The city fell in 216 BC. In the year after its fall the walls were rebuilt.", "the year", "BC0215"),
    ],
)  # fmt: skip
def test_the_unit_after_an_event_just_told_is_the_next_one(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "the winter before", "the summer after": that season of the year before or after the story's.
        ("The famine struck in 1742. The seed corn had been eaten the winter before, and the fields lay bare.",
         "the winter before", "1741-WI"),
        ("The army wintered at the fort in 1777. The spring before, it had lost half its men.", "The spring before",
         "1776-SP"),
        ("The harvest of 1816 failed. The summer after, prices halved.", "The summer after", "1817-SU"),
        # A day of January is in the winter begun the year before: the winter before that is two years back.
        ("The thaw came on 20 January 1742. The frost had been light the winter before.", "the winter before",
         "1740-WI"),
    ],
)  # fmt: skip
def test_a_season_before_or_after_is_the_one_beside_the_story_s(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


def test_a_season_before_in_news_is_no_date_of_its_own() -> None:
    assert all(t.text.lower() != "the winter before" for t in annotate("Prices fell the winter before.", DCT, "news"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A participle joined by "and" to a past perfect, with no subject of its own, shares its "had": the
        # count is from the flashback's date, not from the story's.
        ("The battle was fought in 507. The Goths had crossed the Danube in 376 and destroyed a Roman army at "
         "Adrianople two years later.", "two years later", "0378"),
        ("The siege ended in 1453. The sultan had built a fortress on the strait in 1452, and cut the city off "
         "from the Black Sea a few months later.", "a few months", "PXM"),
        ("The treaty was signed in 1648. The Swedes had landed in Pomerania in 1630 and taken Stettin the next "
         "year.", "the next year", "1631"),
    ],
)  # fmt: skip
def test_and_a_participle_after_a_past_perfect_stays_in_the_flashback(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A season of a year after a noun and "of" is the time the story tells of, and moves it there (a year
        # alone there names a thing: "the leaders of 1848").
        ("The famine lasted until 1320. It began with the rains of the spring of 1315. The rain went on "
         "through the summer.", "the summer", "1315-SU"),
        ("The war ended in 1453. The great raid of the autumn of 1449 burned Lisieux; the next spring the English "
         "left Normandy.", "the next spring", "1450-SP"),
        ("The war ended in 1453. The campaign of the summer of 1449 took Rouen, and that autumn Caen fell.",
         "that autumn", "1449-FA"),
    ],
)  # fmt: skip
def test_a_season_of_a_year_after_noun_of_moves_the_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
