"""News of the service's own, which the engine's fork server reads before it forks a worker
(service.warm_engine), so that a new worker does not pay in its first documents for what the engine
builds as it reads: the patterns it compiles on first use and the kinds to try at each word opening it
meets (its scanner's memo). Every worker forked afterwards shares them with the fork server.

Written for the purpose in plain news English: the commonest words of a report, which open most of the
words an article makes the engine look at, and the usual shapes of dates, times, durations and sets,
in about 1,200 words. Reading it costs the fork server about 90 M instructions (some 30 ms); after it,
a new worker's first pass over news it has not read costs 2.5% fewer instructions.
"""

from __future__ import annotations

# One sentence a line, as a report's paragraphs are.
WARM_UP_NEWS = "\n".join(
    (
        "The city council voted on Tuesday to raise the price of a bus ticket for the first time since 2019, a "
        "decision that officials said would take effect on March 1 and last at least two years.",
        "Members argued for more than three hours before the vote, which passed by seven to four late in the evening.",
        '"We have waited long enough," the mayor told reporters after the meeting. "Next week we will publish the new'
        ' timetable, and by the end of the month every stop will show it."',
        "Critics said the change came too soon after last year's cuts, when the service lost nearly a fifth of its "
        "drivers in six months.",
        "The company that runs the buses reported a loss of $12.5 million for the third quarter, down from $15 "
        "million a year earlier, and expects to break even in 2026.",
        "Its shares rose 4 percent on Monday and fell again on Wednesday morning, closing at 23.75 in New York.",
        "Sales in the first half of the fiscal year were up 8% from the same period of 2023, the company said in a "
        "statement on Friday.",
        "A spokeswoman, Mrs. Ellen Park, said the firm would hire 200 people over the next 18 months and open a depot"
        " in the spring.",
        "In the 1990s the line carried twice as many riders as it does today; ridership peaked in 1998 and has fallen"
        " every decade since.",
        "Earlier this month, on the 4th, a storm closed the main road for two days, and crews worked through the "
        "night until about 3 a.m. to clear it.",
        "The previous storm, in January of last year, kept schools shut from Thursday until the following Monday.",
        "Forecasters expect more snow this weekend and colder weather into early next month, with temperatures below "
        "zero for several nights.",
        "At 9:30 this morning the first trains left on time, but by noon delays of up to 45 minutes were reported "
        "across the network.",
        "Talks between the union and the management began in September and broke down in mid-October, three weeks "
        "before the strike was due.",
        "Both sides will meet again on Dec. 12, two days after the deadline set by the court in its ruling of Nov. 30.",
        "Dr. Samuel Ortiz, who has studied the region's transport for 20 years, said the plan was overdue. \"In the "
        'past decade nothing has changed," he said.',
        "He recalled that in the summer of 1987 the council had promised a new station within five years, and that it"
        " opened only in 2004.",
        "The minister, who took office in 2021 and faces an election next year, said on Sunday that funding would be "
        "decided before Christmas.",
        "Her predecessor had set aside money for the project each year from 2015 to 2018, then cut it in the autumn "
        "budget.",
        "Every Saturday during the holidays the museum stays open until 10 p.m., and on New Year's Eve it closes at "
        "noon.",
        "Tickets go on sale tomorrow at 8 o'clock and cost $30 for adults; last weekend more than 4,000 were sold "
        "within an hour.",
        "The festival, now in its 25th year, runs for ten days in late August, and organisers hope to double its size"
        " by the end of the decade.",
        "Yesterday afternoon police said a man aged 34 had been arrested after a fire in a warehouse early that "
        "morning.",
        "Firefighters arrived within minutes and had the blaze under control by 6:15, about an hour and a half after "
        "the first call.",
        "The building, built in the 19th century, had been empty since the spring of 2020 and was due to be sold this"
        " summer.",
        "A hearing is scheduled for later this week, and the trial could begin as soon as February or as late as the "
        "autumn.",
        "Some residents said they had complained for months about people sleeping there at night; others said they "
        "had noticed nothing until recently.",
        "Over the past few days the weather has improved, and the river, which rose sharply at the weekend, is "
        "expected to fall by Thursday night.",
        "In a report published today the agency said that prices had risen 2.4 percent in the 12 months to April, the"
        " slowest rise since mid-2021.",
        "Economists had expected about 2.6 percent. The central bank meets on May 8 and is likely to hold rates for "
        "now, then cut them once or twice before the year ends.",
        "Wages grew faster than prices for the second month in a row, and unemployment stayed at 4.1% for the quarter.",
        "The government, which said in the first week of the month that growth would slow this year, now expects it "
        "to pick up in the second half.",
        "During the 1970s and early 1980s inflation was far higher, reaching 13 percent at one point, and it took "
        "most of a decade to bring it down.",
        "The talks will resume at 2 p.m. on Wednesday, a day later than planned, and could run into the weekend.",
        "The ceasefire, agreed two weeks ago, has held since then, although both armies reported shooting overnight "
        "on Saturday.",
        "Aid convoys have reached the town twice this week, and the next is due on Friday or early on Saturday, "
        "weather permitting.",
        "The prime minister will travel to the capital on the 21st for a summit that lasts three days, returning home"
        " on the evening of the 23rd.",
        "At the last such meeting, in June 2022, leaders agreed to cut emissions by half by 2030 and to meet again "
        "every two years.",
        "Within hours of the announcement the opposition called for a debate, and the speaker said one would be held "
        "before the recess next Thursday.",
        "The school year starts on September 2, a week earlier than usual, and ends in the first days of July.",
        "Pupils will have a two-week break in October, around Easter and at Christmas, and a day off on each public "
        "holiday.",
        "For decades the town's mill was its largest employer; it closed in 1993, and the site stood empty for almost"
        " thirty years.",
        "The new owners bought it in 2022 for an undisclosed sum and plan to open shops and flats there by 2027 at "
        "the latest.",
        "Work on the first phase started last spring and should be finished by the end of this year, the developers "
        "said on Tuesday.",
        "The team won its fourth game in a row on Saturday night, scoring twice in the last ten minutes, and now sits"
        " second in the league.",
        "Its captain, injured in the first match of the season in August, returned three weeks ago and has played "
        "every minute since.",
        "The final is on the last Sunday of May; the club last won it 40 years ago, in 1984, and lost in the "
        "semifinals in 2019 and 2021.",
        "Once a month, on the first Monday, the library holds a meeting that starts at 7 p.m. and rarely ends before "
        "9.",
        "Nowadays most people read the news online, but fifty years ago almost every home took a daily paper, and "
        "many took two.",
        "The survey, carried out between January 10 and February 3, asked 2,000 adults how often they had read a book"
        " in the previous week.",
        "About one in three said at least once; in 2015 the share was nearly half, and in the early 2000s it was "
        "higher still.",
        "The results will be presented at a conference in Berlin on 14 June 2024 and published in full this autumn.",
    )
)
