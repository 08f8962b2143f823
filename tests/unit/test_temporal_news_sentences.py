"""Plain news sentences, each with every time expression it holds and its value: nothing missed, nothing
more (no false date). Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import values

SENTENCES: list[tuple[str, list[tuple[str, str]]]] = [
    # Weekdays: the tense of the clause decides the week.
    ("The minister resigned on Monday after weeks of pressure.", [("Monday", "2024-11-04")]),
    ("The committee will meet on Thursday to decide.", [("Thursday", "2024-11-07")]),
    ("The report was published on Wednesday.", [("Wednesday", "2024-10-30")]),
    ("Officials said Tuesday that the bridge was safe.", [("Tuesday", "2024-11-05")]),
    ("Data released Thursday showed a rise in jobless claims.", [("Thursday", "2024-10-31")]),
    ("The strike ended last Friday.", [("last Friday", "2024-11-01")]),
    ("The vote is due next Tuesday.", [("next Tuesday", "2024-11-12")]),
    ("Fighting resumed on Sunday evening.", [("Sunday evening", "2024-11-03TEV")]),
    ("The storm hit the coast late Sunday.", [("late Sunday", "2024-11-03")]),
    (
        "The exhibition opens on Saturday and runs until January 5.",
        [("Saturday", "2024-11-09"), ("January 5", "2025-01-05")],
    ),
    # Weeks, months, years around publication.
    ("Shares fell sharply last week.", [("last week", "2024-W44")]),
    ("Sales rose earlier this month, the company said.", [("earlier this month", "2024-11")]),
    ("The president will visit the region later this month.", [("later this month", "2024-11")]),
    ("Officials expect a decision later this year.", [("later this year", "2024")]),
    ("Earlier this year, the firm moved its headquarters.", [("Earlier this year", "2024")]),
    ("The minister will travel to Paris next week.", [("next week", "2024-W46")]),
    ("Rates were cut three times last year.", [("last year", "2023")]),
    ("The share price has risen 20% this year.", [("this year", "2024")]),
    ("Production will resume early next year.", [("early next year", "2025")]),
    ("The economy shrank late last year.", [("late last year", "2023")]),
    ("She was appointed in September last year.", [("September last year", "2023-09")]),
    ("Last month's figures were revised down.", [("Last month", "2024-10")]),
    ("The agreement expires at the end of next month.", [("the end of next month", "2024-12")]),
    # Days around publication.
    ("The board met this morning.", [("this morning", "2024-11-05TMO")]),
    ("Talks will continue tomorrow afternoon.", [("tomorrow afternoon", "2024-11-06TAF")]),
    ("Rain is expected later today.", [("later today", "2024-11-05")]),
    ("The bill passed the Senate the day before yesterday.", [("the day before yesterday", "2024-11-03")]),
    ("Two people were injured in a crash over the weekend.", [("the weekend", "2024-W44-WE")]),
    ("We will meet again next weekend.", [("next weekend", "2024-W46-WE")]),
    ("The talks collapsed two days ago.", [("two days ago", "2024-11-03")]),
    ("The ship sank a fortnight ago.", [("a fortnight ago", "2024-W43")]),
    # Dates without a year: past clauses stay in the past, future ones in the future.
    ("The trial opened on 3 March.", [("3 March", "2024-03-03")]),
    ("The ceremony will be held on 12 December.", [("12 December", "2024-12-12")]),
    ("The merger was completed in December.", [("December", "2023-12")]),
    ("The store will reopen in January.", [("January", "2025-01")]),
    ("The mayor announced on Oct. 28 that she would run again.", [("Oct. 28", "2024-10-28")]),
    ("The law takes effect on Jan. 1.", [("Jan. 1", "2025-01-01")]),
    ("The chief executive stepped down in mid-October.", [("mid-October", "2024-10")]),
    ("The interview took place in late September.", [("late September", "2024-09")]),
    ("The bank will publish its results on Thursday, Nov. 14.", [("Thursday, Nov. 14", "2024-11-14")]),
    ("The case was heard on Wednesday, 30 October.", [("Wednesday, 30 October", "2024-10-30")]),
    # Dates with a year.
    ("The deal was signed on March 3, 2021.", [("March 3, 2021", "2021-03-03")]),
    ("The rover landed on Mars in February 2021.", [("February 2021", "2021-02")]),
    ("The agency was created in 1995.", [("1995", "1995")]),
    ("Demand peaked in late 2022.", [("late 2022", "2022")]),
    ("The company expects to break even by mid-2025.", [("mid-2025", "2025")]),
    ("The embargo lasted until the end of 2019.", [("the end of 2019", "2019")]),
    # Clock times, with and without a zone.
    ("Polls close at 8 p.m. EST.", [("8 p.m. EST", "2024-11-05T20:00")]),
    ("The launch is scheduled for 18:00 UTC.", [("18:00 UTC", "2024-11-05T18:00")]),
    ("The match kicks off at 9.30pm on Saturday.", [("9.30pm", "2024-11-09T21:30"), ("Saturday", "2024-11-09")]),
    ("The outage began at about 10 a.m. on Monday.", [("about 10 a.m.", "2024-11-04T10:00"), ("Monday", "2024-11-04")]),
    # Stretches, seasons, quarters, halves, decades.
    ("Prices have doubled over the past two years.", [("the past two years", "P2Y")]),
    ("The plant has been closed for three months.", [("three months", "P3M")]),
    ("In the past decade, the city has grown rapidly.", [("the past decade", "201")]),
    ("Revenue grew 5% in the third quarter.", [("the third quarter", "2024-Q3")]),
    ("Exports rose in the first quarter of 2024.", [("the first quarter of 2024", "2024-Q1")]),
    ("Sales fell in the second half of last year.", [("the second half of last year", "2023-H2")]),
    ("Growth slowed in the first half of the year.", [("the first half of the year", "2024-H1")]),
    ("The new line opens next spring.", [("next spring", "2025-SP")]),
    ("Last summer, temperatures broke records.", [("Last summer", "2023-SU")]),
    ("The treaty was signed in the spring of 1992.", [("the spring of 1992", "1992-SP")]),
    ("She recorded the album in the summer of '98.", [("the summer of '98", "1998-SU")]),
    ("The band was founded in the late '70s.", [("the late '70s", "197")]),
    ("He moved to London in the mid-1960s.", [("the mid-1960s", "196")]),
    ("The country aims to cut emissions by the end of the decade.", [("the end of the decade", "202")]),
    ("The factory closed a decade ago.", [("a decade ago", "201")]),
    ("The king died in the 19th century.", [("the 19th century", "18")]),
    ("The fire started at 2:15 in the morning.", [("2:15 in the morning", "2024-11-05T02:15")]),
    ("The last train left at 11:40 at night.", [("11:40 at night", "2024-11-05T23:40")]),
    ("Snow is forecast for the weekend.", [("the weekend", "2024-W45-WE")]),
    ("Both sides will meet again in the new year.", [("the new year", "2025")]),
    ("The investigation could take months.", [("months", "PXM")]),
    ("The government will announce the plan in the coming days.", [("the coming days", "PXD")]),
    ("He had arrived the day before.", [("the day before", "2024-11-04")]),
    ("The new rules come into force in 2026.", [("2026", "2026")]),
    ("The negotiations lasted 18 months.", [("18 months", "P18M")]),
    ("The law was passed nearly two decades ago.", [("nearly two decades ago", "200")]),
    # Present and past references.
    ("The company recently opened a new office.", [("recently", "PAST_REF")]),
    ("The company is currently reviewing its options.", [("currently", "PRESENT_REF")]),
    # A season of the year counted from the writer's: one expression, the season of that year.
    ("The band will tour Europe in the autumn of next year.", [("the autumn of next year", "2025-FA")]),
    ("Work on the bridge began in the spring of last year.", [("the spring of last year", "2023-SP")]),
    ("The plant was sold in the summer of this year.", [("the summer of this year", "2024-SU")]),
    ("The two firms merged in the fall of last year.", [("the fall of last year", "2023-FA")]),
    ("The last snow fell in the winter last year.", [("the winter last year", "2023-WI")]),
    # A comma, or a possessive, leaves the year to the noun that follows it.
    ("In the spring, last year's winner returned.", [("the spring", "2024-SP"), ("last year", "2023")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_every_expression_of_a_plain_news_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(phrase, value) for phrase, _, value in values(text)] == expected


# Sentences with numbers and words that are no time expressions at all.
NO_DATES = [
    "Some 2,000 people attended the rally.",
    "Prices may rise further, analysts warned.",
    "He told The Sunday Times that he would stay.",
    "© Daily Wrap",
    "The central bank raised rates in each of the past three meetings.",
    "The company was then valued at $1bn.",
    "The team finished the season in 15th place.",
    "Protesters march through the capital.",
]


@pytest.mark.parametrize("text", NO_DATES)
def test_plain_news_sentences_without_a_date(text: str) -> None:
    assert values(text) == []
