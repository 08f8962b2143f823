# Held-out news, articles 031-040. Original text written for this project; names, figures and
# events are invented. Gold markup: [[surface|TYPE|VALUE]] or [[surface|TYPE|VALUE|MOD]].

DOCS = [
    {
        "doc_id": "heldout-031",
        "dct": "2011-02-04",  # Friday, earnings (airline)
        "text": """
CHICAGO -- Skyway Airlines said [[Thursday|DATE|2011-02-03]] that it earned $142 million in [[the fourth quarter|DATE|2010-Q4]], reversing a loss of $88 million in [[the same period a year earlier|DATE|2009-Q4]], as business travelers returned and fares rose.

Revenue rose 14% to $3.2 billion in [[the quarter|DATE|2010-Q4]], although fuel costs were up 19% from [[a year ago|DATE|2009-Q4]]. For [[the full year|DATE|2010]], Skyway earned $610 million, its first annual profit since [[2007|DATE|2007]].

Snowstorms in [[late December|DATE|2010-12|END]] forced the airline to cancel 3,400 flights over [[a five-day period|DURATION|P5D]], costing it about $40 million. Another storm [[this week|DATE|2011-W05]] shut its Chicago hub for [[two days|DURATION|P2D]].

Skyway, which operates about 1,600 flights a day, expects to increase capacity by 3% to 4% in [[2011|DATE|2011]]. It will take delivery of its first Boeing 787 in [[the third quarter of 2012|DATE|2012-Q3]] and will retire 20 older 737-300 jets over [[the next three years|DURATION|P3Y]].

Talks with the airline's pilots, whose contract became open for renegotiation in [[2009|DATE|2009]], have been under way since [[last spring|DATE|2010-SP]]. Chief Executive Warren Hale said the board would consider restoring the dividend in [[the second half|DATE|2011-H2]].

Skyway shares rose 54 cents, or 3%, to $18.20 on [[Thursday|DATE|2011-02-03]] and were little changed in early trading [[today|DATE|2011-02-04]].
""",
    },
    {
        "doc_id": "heldout-032",
        "dct": "2012-08-30",  # Thursday, science
        "text": """
BOULDER, Colo. -- Arctic sea ice has shrunk to its smallest extent since satellite records began in [[1979|DATE|1979]], scientists said [[Wednesday|DATE|2012-08-29]], and it is likely to keep melting for [[several more weeks|DURATION|PXW]].

The ice covered 4.1 million square kilometers on [[Aug. 26|DATE|2012-08-26]], below the previous low, set in [[September 2007|DATE|2007-09]]. [[This year|DATE|2012]]'s melt is expected to end in [[mid-September|DATE|2012-09|MID]].

A powerful storm in [[early August|DATE|2012-08|START]] broke up large areas of thin ice and helped speed the decline, said Dr. Karin Holm of the National Snow and Ice Data Center. Over [[the past three decades|DURATION|P30Y]], the late-summer minimum has declined by about 13% per decade, according to the center's [[33-year|DURATION|P33Y]] satellite record.

"What we are seeing [[now|DATE|PRESENT_REF]] is what many models did not expect for [[decades|DURATION|PXE]]," Holm said [[today|DATE|2012-08-30]]. Some projections suggest that the Arctic Ocean could be almost free of summer ice by [[the 2030s|DATE|203]].

The center posts new satellite estimates [[every day|SET|P1D]] and will announce the final minimum after the melt ends, probably [[late next month|DATE|2012-09|END]]. Holm said a ship expedition would set out from Norway on [[Sept. 10|DATE|2012-09-10]] to measure the thickness of the remaining ice.

The loss of ice has opened shipping routes that were closed for most of [[the 20th century|DATE|19]]. A Chinese icebreaker crossed the Arctic Ocean [[this month|DATE|2012-08]], the first such voyage by a Chinese ship.
""",
    },
    {
        "doc_id": "heldout-033",
        "dct": "2023-11-25",  # Saturday, sports (British style)
        "text": """
LONDON -- Harwick City came from behind to beat Eastbrook 3-2 on [[Friday night|TIME|2023-11-24TNI]] and went top of the table for the first time since [[1978|DATE|1978]].

Tomas Lindgren, who missed [[six weeks|DURATION|P6W]] with a hamstring injury in [[the autumn|DATE|2023-FA]], scored twice, and Ade Okonjo headed the winner in the 89th minute. Eastbrook had led 2-1 at half-time.

City were promoted in [[May|DATE|2023-05]]. Their manager, the 51-year-old Welshman Gareth Price, signed a [[three-year|DURATION|P3Y]] contract in [[the summer|DATE|2023-SU]] and has lost only two of 15 league games.

"Nobody expected this in [[August|DATE|2023-08]], and nobody should get carried away [[now|DATE|PRESENT_REF]]," Price said. The Sun reported on [[Thursday|DATE|2023-11-23]] that the club would offer him an extended deal.

Harwick play three matches in [[eight days|DURATION|P8D]], starting at home to Fulbridge on [[Tuesday|DATE|2023-11-28]] and ending with a derby away to Marston on [[2 December|DATE|2023-12-02]]. Tickets for the [[Boxing Day|DATE|2023-12-26]] match sold out [[within hours|DURATION|PTXH|EQUAL_OR_LESS]] of going on sale.

The club will host a youth tournament at its training ground from [[27|DATE|2023-12-27]] to [[29 December|DATE|2023-12-29]], and the winter transfer window opens on [[1 January|DATE|2024-01-01]]. The stadium, rebuilt after it was bombed in the Second World War, has been sold out for every home game.
""",
    },
    {
        "doc_id": "heldout-034",
        "dct": "2014-06-02",  # Monday, politics
        "text": """
ALBANY, N.Y. -- The speaker of the state Assembly, Gerald Voss, said [[today|DATE|2014-06-02]] that he would resign on [[June 30|DATE|2014-06-30]], [[four days|DURATION|P4D]] after federal agents searched his district office in Queens.

Voss, 67, has led the chamber since [[1999|DATE|1999]] and has served in the Legislature for [[more than three decades|DURATION|P30Y|MORE_THAN]]. He told fellow Democrats of his decision at a closed meeting [[Sunday night|TIME|2014-06-01TNI]].

The search, [[last Thursday|DATE|2014-05-29]], was part of an investigation that began [[two years ago|DATE|2012]] into payments made to a consulting firm run by a former aide. Voss has not been charged, and his lawyer said [[Monday|DATE|2014-06-02]] that the speaker had done nothing wrong.

Over [[the weekend|DATE|2014-W22-WE]], three Democratic members called on him to step aside. The legislative session is scheduled to end on [[June 19|DATE|2014-06-19]], and members will choose a new speaker [[next month|DATE|2014-07]].

Voss's predecessor resigned in [[1998|DATE|1998]] after he was indicted on bribery charges; he was convicted [[eight months|DURATION|P8M]] later. "This house has survived worse," said Assemblywoman Rita March of Buffalo.

A special election for Voss's seat will be held in [[November|DATE|2014-11]], along with the regular statewide elections. Voss said he planned to spend [[the summer|DATE|2014-SU]] with his grandchildren and would not run for office again.
""",
    },
    {
        "doc_id": "heldout-035",
        "dct": "2016-07-27",  # Wednesday, technology
        "text": """
SAN FRANCISCO -- Lumen Labs unveiled its second virtual reality headset [[Tuesday|DATE|2016-07-26]], [[18 months|DURATION|P18M]] after its first model sold poorly and drew complaints that it made users dizzy.

The new headset, the LX-2, is lighter and has a sharper display, and its battery lasts [[about three hours|DURATION|PT3H|APPROX]]. Pre-orders begin at [[9 a.m. PDT Friday|TIME|2016-07-29T09:00]], and the device will ship on [[Aug. 19|DATE|2016-08-19]] at a price of $499.

Lumen's first headset, released in [[January 2015|DATE|2015-01]], sold fewer than 40,000 units in [[2015|DATE|2015]]. A rival headset from a larger competitor, which went on sale [[last fall|DATE|2015-FA]], has sold several hundred thousand.

Chief Executive Nadia Rahimi, 34, said the company hoped to sell 500,000 headsets by [[the end of 2017|DATE|2017|END]]. A cheaper model will follow [[early next year|DATE|2017|START]], and the company will push software updates [[twice a month|SET|P1M]].

Lumen was founded in [[2012|DATE|2012]] by two former video game designers and raised $120 million from investors in [[March|DATE|2016-03]]. It has 310 employees, up from 90 [[two years ago|DATE|2014]].

Reviews of the LX-2 will be published [[next week|DATE|2016-W31]]. "We learned a lot from the first one," Rahimi said at the launch event, which began at [[10 a.m.|TIME|2016-07-26T10:00]] in a converted warehouse. "People want to wear this for [[an hour|DURATION|PT1H]], not [[five minutes|DURATION|PT5M]]."
""",
    },
    {
        "doc_id": "heldout-036",
        "dct": "2017-04-18",  # Tuesday, culture
        "text": """
NEW YORK -- The novelist Teresa Quill won the $50,000 Harmon Prize for Fiction on [[Monday|DATE|2017-04-17]] for "The Orchard Year," a novel that follows a family of apple growers in upstate New York from [[the late 19th century|DATE|18|END]] through [[the 1930s|DATE|193]].

Quill, 58, spent [[11 years|DURATION|P11Y]] writing the book, which was published [[last May|DATE|2016-05]] by a small press in Vermont. The novel opens on [[Christmas Eve, 1889|DATE|1889-12-24]], and its final chapter takes place [[decades|DURATION|PXE]] later, during the Depression.

The prize, established in [[1952|DATE|1952]], is announced [[every spring|SET|XXXX-SP]]. Quill will receive it at a ceremony on [[May 23|DATE|2017-05-23]].

Her publisher said [[Tuesday|DATE|2017-04-18]] that it would print 100,000 more copies [[this week|DATE|2017-W16]]; online orders surged [[overnight|TIME|2017-04-17TNI]]. The first printing, [[last year|DATE|2016]], was 6,000 copies.

Quill taught high school English for [[25 years|DURATION|P25Y]] before retiring in [[2014|DATE|2014]]. Her first novel appeared in [[1989|DATE|1989]] and went out of print [[three years|DURATION|P3Y]] later.

"I wrote this book before school, for [[years|DURATION|PXY]]," she said in a telephone interview [[this morning|TIME|2017-04-18TMO]]. "I almost gave up twice." She is at work on a sequel set in [[the 1950s|DATE|195]], which she hopes to finish in [[the next two years|DURATION|P2Y]].
""",
    },
    {
        "doc_id": "heldout-037",
        "dct": "2019-10-25",  # Friday, earnings (automaker)
        "text": """
DETROIT -- Great Lakes Motor Co. said [[Thursday|DATE|2019-10-24]] that [[third-quarter|DATE|2019-Q3]] profit fell 31% after a [[five-week|DURATION|P5W]] strike at its engine plants cut production of its most profitable trucks.

Net income was $1.1 billion, or 76 cents a share, compared with $1.6 billion, or $1.10 a share, [[a year earlier|DATE|2018-Q3]]. Revenue fell 4% to $34.2 billion. The company sold 1.3 million vehicles worldwide in [[the July-September period|DATE|2019-Q3]], and in [[the first nine months|DURATION|P9M]] its sales were down 3%.

The strike began on [[Sept. 16|DATE|2019-09-16]] and ended on [[Oct. 21|DATE|2019-10-21]], when workers ratified a [[four-year|DURATION|P4Y]] contract. The company said it had lost production of about 150,000 vehicles, including its best-selling GL 2500 pickup, and that output would return to normal by [[mid-November|DATE|2019-11|MID]].

Chief Financial Officer Dana Whitfield said the company was lowering its forecast for [[the full year|DATE|2019]] to $4.50 to $4.80 a share, from $5.30 to $5.60. "[[The fourth quarter|DATE|2019-Q4]] will be tough, but demand for our trucks remains strong," she said.

Great Lakes will show an electric pickup at the Los Angeles auto show [[next month|DATE|2019-11]] and plans to begin building it in [[late 2021|DATE|2021|END]]. It will report [[fourth-quarter|DATE|2019-Q4]] results in [[early February|DATE|2020-02|START]].

The shares rose 2.1% to $37.40 on [[Thursday|DATE|2019-10-24]]. They have lost 8% since [[January|DATE|2019-01]].
""",
    },
    {
        "doc_id": "heldout-038",
        "dct": "2021-01-31",  # Sunday, disaster (storm)
        "text": """
BOSTON -- A powerful nor'easter is expected to bury much of southern New England under as much as 20 inches of snow [[Monday night|TIME|2021-02-01TNI]] and [[Tuesday|DATE|2021-02-02]], forecasters said [[today|DATE|2021-01-31]].

The National Weather Service issued a blizzard warning for the coast from [[7 p.m. Sunday|TIME|2021-01-31T19:00]] until [[7 a.m. Wednesday|TIME|2021-02-03T07:00]]. Snow should begin [[this evening|TIME|2021-01-31TEV]] as a light mix, then fall at rates of 2 to 3 inches an hour at the height of the storm, with wind gusts of 60 mph.

Schools in more than 40 communities will be closed on [[Monday|DATE|2021-02-01]], and state-run COVID-19 vaccination sites will close on [[Monday|DATE|2021-02-01]] and [[Tuesday|DATE|2021-02-02]]. Appointments will be rescheduled for [[next weekend|DATE|2021-W05-WE]].

The storm is forecast to move out to sea by [[Wednesday afternoon|TIME|2021-02-03TAF]], but temperatures will stay below freezing through [[Friday|DATE|2021-02-05]]. Utility crews from as far away as Ohio arrived on [[Saturday|DATE|2021-01-30]] in case of widespread power failures.

If the forecast holds, it would be the biggest storm here since [[February 2015|DATE|2015-02]]. The city's record is 27.6 inches, set during a blizzard that began on [[Feb. 6, 1978|DATE|1978-02-06]] and ended [[the following day|DATE|1978-02-07]].

"We have been through this before, and we will get through it again," the mayor said at a news conference on [[Sunday|DATE|2021-01-31]]. "Stay home, stay off the roads, and check on your neighbors."
""",
    },
    {
        "doc_id": "heldout-039",
        "dct": "2022-05-05",  # Thursday, markets (central bank)
        "text": """
WASHINGTON -- The Federal Reserve raised its benchmark interest rate by half a percentage point [[Wednesday|DATE|2022-05-04]], its biggest increase since [[2000|DATE|2000]], and said it would begin shrinking its $9 trillion portfolio of bonds on [[June 1|DATE|2022-06-01]].

The decision, announced at [[2 p.m. EDT|TIME|2022-05-04T14:00]], was unanimous. Consumer prices rose 8.5% in [[the 12 months|DURATION|P12M]] through [[March|DATE|2022-03]], the fastest pace in [[more than 40 years|DURATION|P40Y|MORE_THAN]].

Stocks rallied [[Wednesday afternoon|TIME|2022-05-04TAF]] after the Fed chair said a larger increase of three-quarters of a point was not being considered, but the gains were wiped out [[today|DATE|2022-05-05]], when the Dow fell more than 1,000 points.

The Fed cut rates to near zero in [[March 2020|DATE|2020-03]], at the start of the pandemic. Under the plan announced [[Wednesday|DATE|2022-05-04]], it will let $47.5 billion of bonds mature a month without replacing them for [[three months|DURATION|P3M]], and then double the pace.

The average rate on a [[30-year|DURATION|P30Y]] fixed mortgage rose to 5.27% [[this week|DATE|2022-W18]], up from 2.96% [[a year ago|DATE|2021-W18]], a mortgage finance company said [[today|DATE|2022-05-05]].

The Labor Department will report [[April|DATE|2022-04]] employment figures on [[Friday|DATE|2022-05-06]], and [[April|DATE|2022-04]] consumer prices on [[May 11|DATE|2022-05-11]]. The Fed's next policy meeting is on [[June 14|DATE|2022-06-14]] and [[15|DATE|2022-06-15]]. Traders are betting that the benchmark rate will reach 2.75% by [[the end of the year|DATE|2022|END]].
""",
    },
    {
        "doc_id": "heldout-040",
        "dct": "2025-07-30",  # Wednesday, earnings (semiconductors)
        "text": """
SANTA CLARA, Calif. -- Veridian Semiconductor said [[Tuesday|DATE|2025-07-29]] that revenue in its [[second quarter|DATE|2025-Q2]], which ended [[June 28|DATE|2025-06-28]], rose 22% from [[a year earlier|DATE|2024-Q2]] to $8.6 billion, driven by demand for chips used in artificial intelligence data centers.

Net income was $1.9 billion, or $1.41 a share, up from $1.2 billion, or 89 cents, in [[the year-ago quarter|DATE|2024-Q2]]. Export restrictions announced in [[April|DATE|2025-04]] cost the company about $400 million in sales during [[the quarter|DATE|2025-Q2]], Chief Executive Ravi Menon said on a call with analysts [[Tuesday evening|TIME|2025-07-29TEV]].

For [[the current quarter|DATE|2025-Q3]], Veridian expects revenue of $9.1 billion to $9.4 billion, above Wall Street's estimates. Menon said demand for its X9 accelerator would exceed supply for [[the next 12 to 18 months|DURATION|PXM]].

The company's shares, which have risen 35% [[this year|DATE|2025]], fell 4% in after-hours trading as investors focused on a decline in gross margin, to 58.2% from 61% in [[the first quarter|DATE|2025-Q1]]. The 3-nanometer chips Veridian began shipping in [[March|DATE|2025-03]] are costly to produce at first.

Veridian is building a $20 billion factory in Arizona, announced [[two years ago|DATE|2023]], where production is to begin in [[2027|DATE|2027]]. The company pays a quarterly dividend of 12 cents a share and will hold an investor day on [[Sept. 16|DATE|2025-09-16]].

"[[Five years ago|DATE|2020]] we were a mobile chip company," Menon said. "[[Now|DATE|PRESENT_REF]] more than half of our revenue comes from data centers."
""",
    },
]
