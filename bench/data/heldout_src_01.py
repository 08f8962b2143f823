# Held-out news, articles 001-010. Original text written for this project; names, figures and
# events are invented. Gold markup: [[surface|TYPE|VALUE]] or [[surface|TYPE|VALUE|MOD]].

DOCS = [
    {
        "doc_id": "heldout-001",
        "dct": "1990-03-14",  # Wednesday, politics
        "text": """
HARRISBURG, Pa. -- The state Senate voted 27-23 [[late Tuesday|DATE|1990-03-13|END]] to approve a [[two-year|DURATION|P2Y]] road and bridge program, sending the $1.9 billion measure to the governor, who has said he will sign it [[this week|DATE|1990-W11]].

The vote followed [[more than six hours|DURATION|PT6H|MORE_THAN]] of debate and came [[two weeks|DURATION|P2W]] after the House passed its own version, 104-98.

Sen. Ruth Albers, a Republican from Erie, said [[Wednesday|DATE|1990-03-14]] that the plan "does nothing for the rural counties that have been waiting since [[1987|DATE|1987]]." Supporters countered that the state's highways had been neglected for [[decades|DURATION|PXE]].

The program would raise the gasoline tax by 3 cents a gallon on [[July 1|DATE|1990-07-01]] and by another 2 cents [[a year|DURATION|P1Y]] later. A study released [[last year|DATE|1989]] by the Department of Transportation found that one in four bridges in the state was structurally deficient, many of them built in [[the 1930s|DATE|193]].

A spokesman for the governor said the signing could come as early as [[Friday|DATE|1990-03-16]]. Work on the first 140 projects would begin in [[the spring|DATE|1990-SP]] and continue through [[the end of 1991|DATE|1991|END]].

Teachers' unions, angry that the bill shifts $60 million away from school construction, plan to march on the Capitol on [[March 21|DATE|1990-03-21]]. "We will not be the ones who pay for this," said Linda Ostrowski, the 45-year-old president of the largest union, who has led the group since [[1984|DATE|1984]].
""",
    },
    {
        "doc_id": "heldout-002",
        "dct": "1990-10-26",  # Friday, earnings
        "text": """
Northfield Paper Co. said [[yesterday|DATE|1990-10-25]] that its [[third-quarter|DATE|1990-Q3]] net income fell 38% to $14.2 million, or 61 cents a share, from $22.9 million, or 98 cents a share, [[a year earlier|DATE|1989-Q3]]. Sales slipped 4% to $412 million from $429 million.

The Portland, Maine, company blamed weak demand for newsprint and a strike at its Millinocket mill that began in [[late July|DATE|1990-07|END]] and lasted [[five weeks|DURATION|P5W]].

For [[the nine months|DURATION|P9M]], earnings were $51.7 million, or $2.21 a share, down from $70.4 million, or $3.01 a share, [[a year earlier|DATE|1989]]. [[Nine-month|DURATION|P9M]] sales were $1.26 billion, about flat.

Chairman Walter J. Keene said in a statement that newsprint prices were likely to remain under pressure through [[the first half of 1991|DATE|1991-H1]]. The company closed two older paper machines [[this year|DATE|1990]] and plans to idle a third [[early next year|DATE|1991|START]].

In [[the fourth quarter of 1989|DATE|1989-Q4]], Northfield took an $18 million charge to cover the cost of early retirements. Analysts said [[the current quarter|DATE|1990-Q4]] would be hurt by higher energy costs as oil prices climbed after the Iraqi invasion of Kuwait in [[August|DATE|1990-08]].

Northfield, which was founded in [[1887|DATE|1887]] and employs 6,400 people, also declared its regular quarterly dividend of 25 cents a share, payable [[Dec. 14|DATE|1990-12-14]] to holders of record [[Nov. 16|DATE|1990-11-16]].

In New York Stock Exchange composite trading [[yesterday|DATE|1990-10-25]], Northfield shares closed at $24.125, down 37.5 cents.
""",
    },
    {
        "doc_id": "heldout-003",
        "dct": "1991-05-06",  # Monday, disaster
        "text": """
CARVERTON, Ark. -- The White River crested at 31.4 feet here [[early Sunday|DATE|1991-05-05|START]], more than 9 feet above flood stage, and the National Weather Service said [[today|DATE|1991-05-06]] that the water would not fall below flood stage until [[Wednesday|DATE|1991-05-08]].

About 1,200 people left their homes over [[the weekend|DATE|1991-W18-WE]] as the river spilled across cotton fields and into the low-lying east side of town. Shelters at two schools will stay open through [[Friday|DATE|1991-05-10]], county officials said.

Rain fell for [[11 straight days|DURATION|P11D]] in the upper part of the basin, and the river rose about a foot a day [[last week|DATE|1991-W18]]. It is the worst flooding here since [[1927|DATE|1927]].

The governor declared an emergency in 14 counties on [[Saturday|DATE|1991-05-04]] and asked for federal help. A 67-year-old man drowned [[Friday night|TIME|1991-05-03TNI]] when his pickup truck was swept off a county road near Possum Grape.

Farmers had planted about a third of their cotton by [[late April|DATE|1991-04|END]], and many said they would have to replant if the fields dry out in [[the next two weeks|DURATION|P2W]]. The levees, most of them built in [[the 1940s|DATE|194]], held, according to the Army Corps of Engineers.

Residents in the east side were told to boil their water for [[at least a week|DURATION|P1W|EQUAL_OR_MORE]]. The county set up a hotline, 501-555-1990, for people seeking help.
""",
    },
    {
        "doc_id": "heldout-004",
        "dct": "1992-01-23",  # Thursday, markets
        "text": """
NEW YORK -- Stock prices climbed [[Thursday|DATE|1992-01-23]] for a third straight session as investors bet that the Federal Reserve would cut interest rates again before [[the end of the month|DATE|1992-01|END]].

The Dow Jones industrial average rose 18.42 points to 3,262.10, its highest close in [[two weeks|DURATION|P2W]]. Volume on the New York Stock Exchange was 211 million shares, up from 188 million [[Wednesday|DATE|1992-01-22]].

"The market has been on a tear since [[Christmas|DATE|1991-12-25]], and nobody wants to be left on the sidelines," said Arthur Pell, a trader at a regional brokerage. The Nasdaq composite index rose 4.31 to 622.85, a record, and has gained 7.8% in [[the past three weeks|DURATION|P3W]].

Bond prices also rose. The Treasury's benchmark [[30-year|DURATION|P30Y]] bond gained 5/8 point, and its yield fell to 7.58% from 7.64% [[late Wednesday|DATE|1992-01-22|END]].

Among individual issues, Harlow Instruments jumped 2 3/4 to 41 after the company said its [[fourth-quarter|DATE|1991-Q4]] profit doubled. Consolidated Tool fell 1 1/8 to 63 1/2 after it warned that earnings [[this year|DATE|1992]] would be below analysts' estimates.

Gold for [[February|DATE|1992-02]] delivery fell $1.10 to $355.20 an ounce on the Commodity Exchange.

Some traders expect a pause [[next week|DATE|1992-W05]], when the government reports [[fourth-quarter|DATE|1991-Q4]] economic growth. The Fed's policymakers meet [[early next month|DATE|1992-02|START]].
""",
    },
    {
        "doc_id": "heldout-005",
        "dct": "1992-08-15",  # Saturday, sports
        "text": """
MILWAUKEE -- Dana Whitcomb birdied four of her last six holes [[Friday|DATE|1992-08-14]] for a 5-under-par 67 and a two-stroke lead at the halfway point of the Lakeshore Classic, a tournament she last won in [[1988|DATE|1988]].

Whitcomb, who missed most of [[last season|DATE|1991]] with a wrist injury, is at 8-under 136. Kim Halvorsen, the 23-year-old who won the national amateur title [[two years ago|DATE|1990]], and Patrice Duval are tied for second at 138.

Rain halted play for [[two hours and 15 minutes|DURATION|PT2H15M]] [[Friday afternoon|TIME|1992-08-14TAF]], and 18 players had to return at [[7 a.m. today|TIME|1992-08-15T07:00]] to finish their second rounds. The leaders are scheduled to tee off at [[1:40 p.m.|TIME|1992-08-15T13:40]]

"I haven't hit the ball this well since [[the spring of 1989|DATE|1989-SP]]," said Whitcomb, 31. "For [[months|DURATION|PXM]] I wondered whether the wrist would ever come back." She said she had been practicing [[twice a day|SET|P1D]] since [[June|DATE|1992-06]].

The tournament, held [[every August|SET|XXXX-08]] since [[1971|DATE|1971]], offers a purse of $550,000, with $82,500 to the winner. The final round will be televised [[Sunday|DATE|1992-08-16]] from [[2|TIME|1992-08-16T14:00]] to [[5 p.m.|TIME|1992-08-16T17:00]]

Defending champion Lee Ann Fors shot 74 and missed the cut by a stroke, ending a run of [[three years|DURATION|P3Y]] in which she finished in the top 10.
""",
    },
    {
        "doc_id": "heldout-006",
        "dct": "1993-04-20",  # Tuesday, courts
        "text": """
BOSTON -- A federal jury [[yesterday|DATE|1993-04-19]] convicted a former state housing official of taking $160,000 in bribes from developers between [[1987|DATE|1987]] and [[1990|DATE|1990]].

The jury of seven women and five men deliberated for [[three days|DURATION|P3D]] after a [[six-week|DURATION|P6W]] trial before finding Thomas Reardon, 52, guilty on 11 of 14 counts. He faces [[up to 20 years|DURATION|P20Y|EQUAL_OR_LESS]] in prison on the most serious charge. Sentencing was set for [[July 9|DATE|1993-07-09]].

Prosecutors said the payments began in [[the spring of 1987|DATE|1987-SP]], shortly after Reardon was put in charge of awarding contracts for the renovation of public housing. He resigned in [[February 1991|DATE|1991-02]], [[two months|DURATION|P2M]] after the investigation became public.

Reardon's lawyer, Michael Feeney, said he would file an appeal [[within 10 days|DURATION|P10D|EQUAL_OR_LESS]]. "This verdict rests on the word of men who were buying their own freedom," Feeney said.

The case has already produced guilty pleas from four developers. A fifth, Carol May, is scheduled to go on trial [[next month|DATE|1993-05]]. The U.S. attorney's office said [[today|DATE|1993-04-20]] that the investigation was continuing and that more charges could come [[this summer|DATE|1993-SU]].

Reardon, who lives in Quincy, remains free on bail. He worked for the housing agency for [[nearly 20 years|DURATION|P20Y|LESS_THAN]] and was named deputy director in [[1985|DATE|1985]].
""",
    },
    {
        "doc_id": "heldout-007",
        "dct": "1994-02-27",  # Sunday, culture
        "text": """
The Harwood Museum of Art reopens [[Saturday|DATE|1994-03-05]] after a [[two-year|DURATION|P2Y]], $38 million renovation that added three galleries, a new entrance and climate controls that the building had lacked since it opened in [[1894|DATE|1894]].

The museum closed in [[January 1992|DATE|1992-01]], when engineers found that the roof over the main hall was sagging. Attendance had already fallen to about 90,000 a year by [[the late 1980s|DATE|198|END]].

The opening show, "Light and Shadow: Dutch Painting of [[the 17th Century|DATE|16]]," brings together 64 works, many of them lent by European collections, and runs through [[June 12|DATE|1994-06-12]].

"We have waited a long time for this," the director, Ellen Marsh, said on [[Thursday|DATE|1994-02-24]] as workers hung the last paintings. "For [[two years|DURATION|P2Y]] the collection has been in crates. [[Now|DATE|PRESENT_REF]] people can see it again."

The museum will stay open until [[9 p.m.|TIME|XXXX-XX-XXT21:00]] on [[Thursdays|SET|XXXX-WXX-4]], and admission will be free for [[the first week|DURATION|P1W]]. Tickets for opening day sold out [[within hours|DURATION|PTXH|EQUAL_OR_LESS]].

A sculpture garden on the north side of the building will open [[this summer|DATE|1994-SU]]. The renovation was paid for in part by a bequest from the publisher Harold Wick, who died in [[1986|DATE|1986]], and in part by a city bond issue that voters approved in [[November 1990|DATE|1990-11]].
""",
    },
    {
        "doc_id": "heldout-008",
        "dct": "1994-11-09",  # Wednesday, elections
        "text": """
DES MOINES, Iowa -- Republican Margaret Holloway ousted three-term Gov. Dale Emmons in [[Tuesday|DATE|1994-11-08]]'s election, becoming the first woman to lead the state.

With 98% of precincts reporting [[early today|DATE|1994-11-09|START]], Holloway had 52% of the vote to 46% for Emmons. Emmons, 64, who was first elected in [[1982|DATE|1982]], conceded shortly after [[1 a.m.|TIME|1994-11-09T01:00]] in a brief speech to supporters at a downtown hotel.

Holloway, a former state auditor, spent [[the past 18 months|DURATION|P18M]] campaigning on a promise to cut property taxes. She said she would name her cabinet before [[Thanksgiving|DATE|1994-11-24]] and call a special session of the Legislature in [[the first 100 days|DURATION|P100D]] of her term.

She will be sworn in on [[Jan. 13|DATE|1995-01-13]].

Turnout was 61%, the highest in a non-presidential year since [[1970|DATE|1970]]. Republicans also won control of the state House for the first time in [[28 years|DURATION|P28Y]].

Election officials said [[Wednesday|DATE|1994-11-09]] that about 4,000 absentee ballots remained to be counted and that the results would be certified by [[Nov. 28|DATE|1994-11-28]]. The margin, about 60,000 votes, is too wide for a recount.

"The people of this state asked for a change, and they got one," Holloway told a cheering crowd [[late Tuesday|DATE|1994-11-08|END]].
""",
    },
    {
        "doc_id": "heldout-009",
        "dct": "1995-07-21",  # Friday, science
        "text": """
PASADENA, Calif. -- An asteroid about the size of a football field passed within 280,000 miles of Earth [[Wednesday night|TIME|1995-07-19TNI]], the closest approach by an object that large in [[more than 50 years|DURATION|P50Y|MORE_THAN]], astronomers said [[yesterday|DATE|1995-07-20]].

The rock was spotted by a survey telescope at the Sierra Vista Observatory only [[four days|DURATION|P4D]] before it swept past, a reminder, scientists said, of how little warning there might be of a more dangerous visitor.

It was brightest at [[11:40 p.m. EDT|TIME|1995-07-19T23:40]], when it could be seen with a good pair of binoculars from the southern United States.

The survey, which began in [[1992|DATE|1992]], photographs the same patches of sky [[every night|SET|XXXX-XX-XXTNI]] and compares the images to find moving objects. Its director, Dr. Helen Okafor, said the program had found 61 near-Earth asteroids so far, 23 of them [[this year|DATE|1995]].

The last comparable flyby came in [[1937|DATE|1937]], when an asteroid known as Hermes passed about twice as far away. The object seen [[this week|DATE|1995-W29]] will return in [[2031|DATE|2031]], but at a much greater distance, according to orbit calculations released [[today|DATE|1995-07-21]].

Okafor said her team would present its findings at a meeting in [[September|DATE|1995-09]] and would ask Congress for money to run the telescope on [[weekends|SET|XXXX-WXX-WE]], which it [[now|DATE|PRESENT_REF]] does not do.
""",
    },
    {
        "doc_id": "heldout-010",
        "dct": "1996-03-04",  # Monday, health
        "text": """
ATLANTA -- State health officials began a campaign [[today|DATE|1996-03-04]] to give a second dose of measles vaccine to 200,000 college students after 41 cases of the disease were reported since [[Jan. 1|DATE|1996-01-01]].

The outbreak is the largest in the state since [[1990|DATE|1990]]. Only 27 cases were reported in [[that year|DATE|1990]], most of them in nursing homes. Most of the people infected [[this year|DATE|1996]] are students who received only one dose as children.

Clinics in 22 counties will be open on [[Saturdays|SET|XXXX-WXX-6]] through [[the end of April|DATE|1996-04|END]]. Children should receive their first dose at 12 to 15 months of age and a second before they start school, said Dr. Raymond Tull, the state epidemiologist.

Tull said [[last week|DATE|1996-W09]] that the vaccine supply was adequate. Symptoms usually appear [[about 10 days|DURATION|P10D|APPROX]] after exposure, and people who are infected can spread the virus for [[four days|DURATION|P4D]] before the rash appears.

A 19-year-old student at a state university was hospitalized on [[Friday|DATE|1996-03-01]] with pneumonia, a complication of measles, but was in stable condition [[Sunday|DATE|1996-03-03]], a hospital spokeswoman said.

Officials will review the campaign in [[six weeks|DURATION|P6W]]. "We had hoped that measles was a disease of [[the past|DATE|PAST_REF]]," Tull said. "It is [[now|DATE|PRESENT_REF]] clear that we need two doses for everyone."
""",
    },
]
