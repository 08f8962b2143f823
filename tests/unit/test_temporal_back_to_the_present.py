"""A history that comes back to its writer's present: the words that point at the time of speaking ("last
year", "this month", "next spring", "three years ago") are the writer's, counted from the publication,
unless someone in the story says them (quoted, reported) or the narration looks ahead from its own past.
The story's own words for its times ("that year", "the following spring", "the year before") stay on
the story's date. Publication: Tuesday 5 November 2024."""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find, values


def _placed(text: str, phrase: str) -> tuple[str, str]:
    t = find(text, phrase, document_type="narrative")
    return t.value, t.anchor


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Past tense: what the writer's present has seen done.
        ("The mill closed in 1987. Last year the town bought the building.", "Last year", "2023"),
        ("The mine closed in 1968. The village has shrunk since then, and last spring its school closed too.",
         "last spring", "2023-SP"),
        ("The bridge was built in 1890. It was closed last year for repairs.", "last year", "2023"),
        ("The chapel was built in 1744. This year it was given a new roof.", "This year", "2024"),
        # Present, present perfect and future.
        ("The company was founded in 1950. It has grown steadily, and this year it employs 400 people.",
         "this year", "2024"),
        ("The band broke up in 1979. This month a box set of its records is being released.", "This month",
         "2024-11"),
        ("The band broke up in 1979. Next year its members will play together again.", "Next year", "2025"),
        ("The bridge was built in 1890. It was closed for repairs and will reopen next spring.", "next spring",
         "2025-SP"),
        ("The club won the cup in 1964. It currently plays in the third division; next week it plays its "
         "5,000th match.", "next week", "2024-W46"),
    ],
)  # fmt: skip
def test_a_history_s_words_for_the_time_of_speaking_count_from_the_publication(
    text: str, phrase: str, value: str
) -> None:
    assert _placed(text, phrase) == (value, "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The observatory opened in 1893. Three years ago it was listed as a monument.", "Three years ago",
         "2021"),
        ("The town was founded in 1820. Ten years ago the mill closed.", "Ten years ago", "2014"),
        ("The dam was finished in 1931. A week from now it will be a hundred years old.", "A week from now",
         "2024-W46"),
    ],
)  # fmt: skip
def test_a_count_from_now_in_a_history_is_from_the_publication(text: str, phrase: str, value: str) -> None:
    assert _placed(text, phrase) == (value, "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The steamer was launched in 1902. Last year a trust bought her, and on 14 June she sailed again.",
         "14 June", "2023-06-14"),
        ("The chapel was built in 1744. This year it was given a new roof; in March the scaffolding came down.",
         "March", "2024-03"),
        ("The mill closed in 1987. Last year the town bought it, and next month it opens as a library.",
         "next month", "2024-12"),
    ],
)  # fmt: skip
def test_what_follows_the_return_to_the_present_stays_there(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Quoted speech is at its speaker's time.
        ('The pier was finished in 1871. "Next summer we shall extend it," the engineer promised.',
         "Next summer", "1872-SU"),
        ('The town was founded in 1820. "Ten years ago this was a marsh," its founder wrote.', "Ten years ago",
         "1810"),
        # Speech, thought and plans reported in the past.
        ("The observatory opened in 1893. The director said that this year had been the busiest of his life.",
         "this year", "1893"),
        ("The observatory opened in 1893. In a letter of that spring the director wrote that next year he "
         "would buy a larger lens.", "next year", "1894"),
        ("The observatory opened in 1893. The director hoped to buy a larger lens next year.", "next year",
         "1894"),
        ("The observatory opened in 1893. The director would buy a larger lens next year, once the money came.",
         "next year", "1894"),
        # A speaker named after what was said.
        ("In 1820 the mill opened. Last year it burnt down, its owner wrote to the bank.", "Last year", "1819"),
        ("In 1820 the mill opened. Last year it burnt down, wrote the miller.", "Last year", "1819"),
        ("In 1921 the strike began. Next month the mills would close, the owners warned.", "Next month",
         "1921-02"),
        # A past perfect is told from a time of the story.
        ("In May 1916 she was nursing in France. Last month she had nursed three hundred men.", "Last month",
         "1916-04"),
        ("The mill closed in 1987. Last year the town had not yet bought it.", "Last year", "1986"),
        # A past narration that looks ahead: the writer's present cannot have seen it done.
        ("The pier was finished in 1871. Next summer it was extended by a hundred yards.", "Next summer",
         "1872-SU"),
        ("The army wintered on the river in 1777. Next spring it marched north.", "Next spring", "1778-SP"),
    ],
)  # fmt: skip
def test_the_time_of_speaking_of_someone_in_the_story_stays_the_story_s(text: str, phrase: str, value: str) -> None:
    assert _placed(text, phrase) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The observatory opened in 1893. Its first director left that year.", "that year", "1893"),
        ("The observatory opened in 1893. Its director left, and the following spring a second was appointed.",
         "the following spring", "1894-SP"),
        ("The observatory opened in 1893. The dome was damaged in a storm the year before.", "the year before",
         "1892"),
        ("The town was founded in 1820. Two years previously the land had been sold.", "Two years previously",
         "1818"),
    ],
)  # fmt: skip
def test_the_story_s_own_words_for_its_times_keep_its_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_news_and_posts_count_from_the_publication_as_before() -> None:
    text = "The mill closed in 1987. Last year the town bought it, and next month it opens as a library."
    for document_type in ("news", "colloquial"):
        found = {t.text: (t.value, t.anchor) for t in annotate(text, DCT, document_type)}
        assert found["Last year"] == ("2023", "publication")
        assert found["next month"] == ("2024-12", "publication")


def test_a_history_without_a_date_of_its_own_counts_from_the_publication() -> None:
    t = find("The old ferry stopped running last year.", "last year", document_type="narrative")
    assert (t.value, t.anchor) == ("2023", "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mill closed in 1987. Since then the building has stood empty. In March the town bought it.",
         "March", "2024-03"),
        ("The club was relegated in 2009. It has since spent most seasons in the third tier. In May it won "
         "promotion.", "May", "2024-05"),
        ("The club was relegated in 2009. Ever since, its fans have raised money for a stand. On 3 June it was "
         "opened.", "3 June", "2024-06-03"),
        ("The ferry stopped in 1968, and the pier has been closed ever since. In April a trust bought it.",
         "April", "2024-04"),
        # A stretch from a date that a present perfect carries up to now.
        ("The mill closed in 1987. The building has stood empty since 1990. In March the town bought it.",
         "March", "2024-03"),
        # The stretch told first, its present perfect after it.
        ("The mill closed in 1987. Since 1990 the building has stood empty. In March the town bought it.",
         "March", "2024-03"),
        ("The fort was built in 1702. Since the 1970s it has housed a museum. The museum reopens in April.",
         "April", "2025-04"),
        ("The line opened in 1861. Since 1995, trains have not stopped there. In June the station burned.",
         "June", "2024-06"),
    ],
)  # fmt: skip
def test_a_present_perfect_up_to_now_brings_the_history_to_its_present(text: str, phrase: str, value: str) -> None:
    assert _placed(text, phrase) == (value, "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The writer's aside on the story, with no "since": the story goes on.
        ("The army crossed the river in 1812. Historians have long argued about the order. In August it reached "
         "Moscow.", "August", "1812-08"),
        # A past perfect reaches the story's time, not the writer's.
        ("The mill closed in 1987. Since then the building had stood empty. In March the town bought it.",
         "March", "1987-03"),
        ("In 1934 the mill closed. Since 1925 it had lost money, and in March the town bought it.",
         "March", "1934-03"),
        # Quoted speech is at its speaker's time.
        ('The army crossed the river in 1812. "We have marched since dawn," the general wrote. In August it '
         "reached Moscow.", "August", "1812-08"),
        # A new date of the story after the return: the story again.
        ("The mill closed in 1987. Since then the building has stood empty. In 1990 its roof fell in, and in "
         "March the town bought it.", "March", "1990-03"),
    ],
)  # fmt: skip
def test_the_story_goes_on_without_a_present_perfect_up_to_now(text: str, phrase: str, value: str) -> None:
    assert _placed(text, phrase) == (value, "previous")


def test_a_narrative_that_names_no_date_of_its_own_counts_from_the_publication() -> None:
    t = find("On Friday the ferry stopped running.", "Friday", document_type="narrative")
    assert (t.value, t.anchor) == ("2024-11-01", "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "passing", "value"),
    [
        ("In 1410 the knights marched into what is today Lithuania. In August they besieged Vilnius.", "today",
         ("PRESENT_REF", "publication"), "1410-08"),
        ("In 1410 the knights marched into what is now Lithuania. In August they besieged Vilnius.", "now",
         ("PRESENT_REF", "publication"), "1410-08"),
        ("In 1410 the knights crossed the land that is today Lithuania, and in August they besieged Vilnius.",
         "today", ("PRESENT_REF", "publication"), "1410-08"),
        ("The mill was built in 1820 near the bridge that still stands today. In June it began to grind corn.",
         "today", ("PRESENT_REF", "publication"), "1820-06"),
    ],
)  # fmt: skip
def test_the_present_named_in_passing_leaves_the_story_where_it_was(
    text: str, phrase: str, passing: tuple[str, str], value: str
) -> None:
    found = {t.text: (t.value, t.anchor) for t in annotate(text, DCT, "narrative")}
    assert found[phrase] == passing
    later = "June" if "June" in found else "August"
    assert found[later] == (value, "previous")


def test_the_present_told_as_the_sentence_s_own_brings_the_story_back() -> None:
    text = "The mill was built in 1820. It is now a museum. In June it reopened after repairs."
    assert _placed(text, "June") == ("2024-06", "publication")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "anchor"),
    [
        # A past narration's own day, where the story has named one.
        ("On 3 March 1921 the strike began. Today the mills closed, the paper wrote.", "Today", "1921-03-03",
         "previous"),
        # Said in the story after only its month or year: a day the text does not name.
        ("In March 1921 the strike began. Today the mills closed, the paper wrote.", "Today", "1921-03-XX",
         "previous"),
        ('In 1921 the strike began. "Tonight we march," the leader said.', "Tonight", "1921-XX-XXTNI",
         "previous"),
        # After only a year or a month the narration has no day of its own: the writer's.
        ("The mill closed in 1987. Yesterday the town council voted to buy it.", "Yesterday", "2024-11-04",
         "publication"),
        ("The mill closed in 1987. The council voted yesterday to buy it.", "yesterday", "2024-11-04",
         "publication"),
    ],
)  # fmt: skip
def test_a_day_word_is_the_story_s_day_only_where_the_story_has_one(
    text: str, phrase: str, value: str, anchor: str
) -> None:
    assert _placed(text, phrase) == (value, anchor)


_FEB_2026 = DCT.replace(year=2026, month=2, day=3)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The constitution was adopted in June 1973.\n\nLegacy\n\nIn recent years the revolution has drawn "
            "renewed interest. A series about it was broadcast in the autumn.",
            "the autumn",
            "2025-FA",
        ),
        (
            "The abbey was dissolved in 1539.\n\nThe site\n\nRecently the ruins have been restored, and last May a "
            "museum opened.",
            "last May",
            "2025-05",
        ),
        (
            "The canal closed in 1921. In recent years boaters have returned, and in March a new lock opened.",
            "March",
            "2025-03",
        ),
    ],
)
def test_the_recent_past_told_in_the_present_perfect_brings_a_history_back_to_the_present(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, _FEB_2026, "narrative").value == value


def test_a_narration_s_own_recent_past_keeps_the_story() -> None:
    text = "The mill closed in 1846. Prices had recently fallen. In the autumn it reopened."
    assert find(text, "the autumn", _FEB_2026, "narrative").value == "1846-FA"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The constitution was adopted in June 1973.\n\nLegacy\n\nIn recent years the events of 1971 have drawn "
            "interest. A series about them was broadcast in the autumn.",
            "the autumn",
            "2025-FA",
        ),
        (
            "The abbey was dissolved in 1539. Today the ruins of 1540 are a museum, and in March a new hall opened.",
            "March",
            "2025-03",
        ),
    ],
)
def test_a_year_that_names_a_past_thing_leaves_a_history_at_the_time_of_writing(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, _FEB_2026, "narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A date the writer counts from the time of writing, in the middle of a sentence, brings the history to
        # its present: a month or day named after it is the one nearest the publication, as the tense places
        # it, not of that year.
        ("The bridge was rebuilt in 1890. Work on a second one began last year, and in July the council voted "
         "to widen it.", "July", "2024-07"),
        ("The palace was burned in 479 BC. The team that found it last autumn published its tablets in "
         "January.", "January", "2024-01"),
        ("The abbey was closed in 2019 for repairs and will reopen next spring. Its fair opens on 29 November.",
         "29 November", "2024-11-29"),
        # Opening its sentence, it is the time of that sentence; the sentences after it are at the present.
        ("The guild was founded in 1410. Last spring its hall was sold. A new roof went on in June.", "June",
         "2024-06"),
        ("The wreck was found in 1978. This summer its bell was raised. On Saturday it was rung for the first "
         "time.", "Saturday", "2024-11-02"),
        ("The war ended in 1936. Last year his letters were found; the year before they had been sold. In "
         "August they were printed.", "August", "2024-08"),
    ],
)  # fmt: skip
def test_a_date_counted_from_the_writing_brings_the_history_to_its_present(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A plan told from the present is no date of the story: what follows is still dated from the writing.
        ("The first dam was built in 1850. A barrier was begun last year and is due to be finished in 2027. In "
         "March the council borrowed more.", "March", "2024-03"),
        # A date of the story told again takes the history back into it.
        ("The mill opened last year. It stands where the old mill burned in 1702; in March the town was "
         "rebuilt.", "March", "1702-03"),
    ],
)  # fmt: skip
def test_at_the_present_a_plan_anchors_nothing_and_a_story_date_takes_the_history_back(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Once a present perfect up to now has brought the history to its present, the writer's "this summer"
        # is no date of the story either; and a weekday in a sentence the writer's season or year frames is
        # the one nearest the writing, as that time names no week.
        ("The graves were dug in 1936. They have been excavated since 2016; this summer the remains were "
         "named, and they were buried on Saturday.", "Saturday", "2024-11-02"),
        ("The mill burned in 1702. Last year the town rebuilt it, and it reopened on Friday.", "Friday",
         "2024-11-01"),
        ("The club was founded in 1888 and has played at the ground ever since. This year it was sold, and in "
         "March the stand was pulled down.", "March", "2024-03"),
    ],
)  # fmt: skip
def test_a_history_at_its_present_dates_weekdays_and_months_from_the_writing(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    "text",
    [
        "The abbey\nThe abbey was founded in 1090, dissolved in 1538.\nToday\nSince 1984 the ruins have been kept.\n",
        "The abbey\nThe abbey was founded on 3 May 1090.\nThe abbey today\nSince 1984 the ruins have been kept.\n",
        "The mill\nThe mill burned on 2 June 1862.\nThe mill today\nIt was bought by the town in 1990.\n",
    ],
)
def test_today_closing_a_heading_is_the_present_at_large(text: str) -> None:
    today = [v for v in values(text, document_type="narrative") if v[0].lower() == "today"]
    assert today == [(today[0][0], "DATE", "PRESENT_REF")]


def test_today_ending_a_line_of_a_sentence_is_no_heading() -> None:
    text = "The strike\nOn 3 May 1926 the miners came out. The mills closed today\nand the men went home.\n"
    assert ("today", "DATE", "1926-05-03") in values(text, document_type="narrative")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "today" inside a present of "be" and the participle or noun it goes on with: nowadays, whatever the
        # participle looks like.
        ("The fort was built in 1120 and burned in 1215. The site is today known as Castle Hill.", "today"),
        ("The tablets were found in 1911. They are today kept in the museum at Izmir.", "today"),
        ("The abbey was dissolved in 1539. Its ruins are still today owned by the family.", "today"),
        ("The sword was lost in 1346. It is today displayed in the cathedral treasury.", "today"),
    ],
)
def test_today_inside_a_present_of_be_is_nowadays(text: str, phrase: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", "PRESENT_REF")


def test_today_after_a_past_of_be_stays_a_day() -> None:
    text = "On 3 March 1921 the strike began. The mills were today closed by the owners, the paper wrote."
    assert find(text, "today", document_type="narrative").value != "PRESENT_REF"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The mill burned in 1862 and was rebuilt. The town museum opens a room on the fire today.", "today"),
        ("The fair was first held in 1599. This year's fair, which began on Friday, ends today with a race.",
         "today"),
        ("The bridge was finished in 1791. Today the council votes on a plan to close it to lorries.", "Today"),
    ],
)  # fmt: skip
def test_today_of_an_event_told_in_the_present_is_the_day_of_writing(text: str, phrase: str) -> None:
    # The day the museum opens or the fair ends, not the writer's time at large.
    assert find(text, phrase, document_type="narrative").value == DCT.isoformat()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The dam was built in 1866. Its walls still stand today.", "today"),
        ("The ferry first ran in 1820. Today the ferry sails twice a day.", "Today"),
        ("The fort fell in 1644. Today the fort is a museum.", "Today"),
    ],
)
def test_today_of_a_state_or_a_habit_is_the_present(text: str, phrase: str) -> None:
    assert find(text, phrase, document_type="narrative").value == "PRESENT_REF"
