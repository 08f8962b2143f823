# Held-out news, articles 021-030. Original text written for this project; names, figures and
# events are invented. Gold markup: [[surface|TYPE|VALUE]] or [[surface|TYPE|VALUE|MOD]].

DOCS = [
    {
        "doc_id": "heldout-021",
        "dct": "2003-10-19",  # Sunday, culture
        "text": """
The Riverside Film Festival closed [[Saturday night|TIME|2003-10-18TNI]] with the premiere of "Black Lung Summer," a documentary about coal miners' strikes in [[the 1920s|DATE|192]], and a record attendance of 58,000, up from 51,000 [[last year|DATE|2002]].

The top prize went to "The Long Winter," a drama about a Polish family during the Second World War. Its director, Agnieszka Wolna, 38, said she had spent [[seven years|DURATION|P7Y]] raising money for the film, which was shot in just [[24 days|DURATION|P24D]] in [[the winter of 2001|DATE|2001-WI]]. The jury, which argued until [[3 a.m. Saturday|TIME|2003-10-18T03:00]], chose it over 11 other features.

The festival ran for [[10 days|DURATION|P10D]], and crowds were strong over [[the weekend|DATE|2003-W42-WE]] despite heavy rain. "The Long Winter" opens in theaters [[next month|DATE|2003-11]].

Founded in [[1978|DATE|1978]] by a group of film students, the festival has grown into one of the largest in the Midwest. Its director, Sam Okafor, said on [[Friday|DATE|2003-10-17]] that the [[2004|DATE|2004]] edition would move to [[early October|DATE|2004-10|START]] to avoid conflicts with a larger festival in Chicago.

A program of silent films made before [[1915|DATE|1915]], shown with live music, sold out [[every night|SET|XXXX-XX-XXTNI]]. Okafor said the festival would add a second silent program [[next year|DATE|2004]].
""",
    },
    {
        "doc_id": "heldout-022",
        "dct": "2004-07-27",  # Tuesday, health
        "text": """
BOSTON -- Women who walk briskly for [[at least 30 minutes|DURATION|PT30M|EQUAL_OR_MORE]] [[three times a week|SET|P1W]] cut their risk of a heart attack by almost a third, according to a study published [[today|DATE|2004-07-27]].

Researchers followed 41,000 nurses for [[12 years|DURATION|P12Y]], beginning in [[1990|DATE|1990]]. The women answered questionnaires about their exercise habits [[every two years|SET|P2Y]].

The benefits appeared [[within months|DURATION|PXM|EQUAL_OR_LESS]] of starting to exercise, said Dr. Miriam Castell, who led the study. "It is never too late," she said. Women who took up walking in their 60s did nearly as well as those who had walked all their lives.

Only about a quarter of American adults exercise that much, according to a government survey conducted in [[2002|DATE|2002]]. Federal guidelines, last revised in [[2000|DATE|2000]], call for [[30 minutes|DURATION|PT30M]] of moderate activity [[each day|SET|P1D]]. New guidelines are expected [[next year|DATE|2005]].

The results were first presented at a medical meeting in [[March|DATE|2004-03]]. A separate study released [[last month|DATE|2004-06]] found similar benefits for men.

The researchers plan to follow the women through [[2010|DATE|2010]]. Castell, 64, said she walks [[every morning|SET|XXXX-XX-XXTMO]] before work. "I started [[20 years ago|DATE|1984]], when my doctor told me my blood pressure was too high," she said. "I have missed maybe [[a week|DURATION|P1W]] since then."
""",
    },
    {
        "doc_id": "heldout-023",
        "dct": "2015-03-03",  # Tuesday, science
        "text": """
DARMSTADT, Germany -- A European spacecraft slipped into orbit around a distant asteroid [[early Tuesday|DATE|2015-03-03|START]], ending a journey of [[nearly seven years|DURATION|P7Y|LESS_THAN]] and 3.2 billion kilometers.

The Halcyon probe fired its main engine for [[14 minutes|DURATION|PT14M]], and controllers here confirmed at [[06:42 GMT|TIME|2015-03-03T06:42]] that it had been captured by the asteroid's weak gravity. Because signals take [[about 21 minutes|DURATION|PT21M|APPROX]] to reach Earth, the burn was carried out automatically.

Launched in [[May 2008|DATE|2008-05]] from French Guiana, Halcyon flew past Mars in [[2010|DATE|2010]] and spent [[two and a half years|DURATION|P2Y6M]] in hibernation to save power. Mission managers had feared for the spacecraft after an engine fault [[last autumn|DATE|2014-FA]].

It will spend [[the next 18 months|DURATION|P18M]] mapping the surface, and scientists hope to land a small instrument package in [[the autumn|DATE|2015-FA]]. The asteroid, about 40 kilometers across, completes a rotation in [[about nine hours|DURATION|PT9H|APPROX]].

"We have been waiting for this moment since [[the 1990s|DATE|199]], when the mission was first proposed," said the project scientist, Ines Carvalho. It was approved in [[2004|DATE|2004]] and has cost about 900 million euros.

The first close-up images will be released at a news conference on [[Thursday|DATE|2015-03-05]]. The agency's director called the arrival "the best news we have had [[this year|DATE|2015]]."
""",
    },
    {
        "doc_id": "heldout-024",
        "dct": "2005-12-17",  # Saturday, sports
        "text": """
CANTON, Ohio -- Northridge won its third state football title in [[five years|DURATION|P5Y]] [[Friday night|TIME|2005-12-16TNI]], beating Massillon Central 35-28 in overtime before 19,400 fans, the largest crowd for a championship game since [[1997|DATE|1997]].

Northridge trailed 21-7 at halftime. Quarterback Eli Brandt, a 17-year-old junior, threw two touchdown passes in the third quarter and ran for the winning score on the first possession of overtime. Massillon Central had tied the game with 1:12 left in regulation.

Northridge's earlier titles came in [[2001|DATE|2001]] and [[2003|DATE|2003]]. It lost in the semifinals [[last year|DATE|2004]].

"These kids have been working for this since [[January|DATE|2005-01]]," said Coach Frank Russo, who has led the team for [[23 years|DURATION|P23Y]]. "We were in the weight room before sunrise all through [[the summer|DATE|2005-SU]]."

The Division III final will be played [[today|DATE|2005-12-17]] at [[noon|TIME|2005-12-17T12:00]], followed by the Division I final at [[7:30 p.m.|TIME|2005-12-17T19:30]] The championships have been held in Canton [[every December|SET|XXXX-12]] since [[1990|DATE|1990]].

Northridge will be honored with a parade on [[Monday|DATE|2005-12-19]]. Brandt said he would celebrate with his family over [[Christmas|DATE|2005-12-25]] and then start preparing for [[next season|DATE|2006]].
""",
    },
    {
        "doc_id": "heldout-025",
        "dct": "2006-08-07",  # Monday, earnings (retail)
        "text": """
CINCINNATI -- Meridian Stores Inc. said [[today|DATE|2006-08-07]] that sales at stores open [[at least a year|DURATION|P1Y|EQUAL_OR_MORE]] rose 3.1% in [[July|DATE|2006-07]], helped by strong demand for back-to-school clothing, and raised its profit forecast for [[the second quarter|DATE|2006-Q2]].

The department store chain [[now|DATE|PRESENT_REF]] expects [[second-quarter|DATE|2006-Q2]] earnings of 58 to 60 cents a share, up from its earlier forecast of 52 to 55 cents. In [[the year-earlier quarter|DATE|2005-Q2]], it earned 51 cents a share. Meridian will report full results on [[Aug. 17|DATE|2006-08-17]].

Total sales for [[the five weeks|DURATION|P5W]] ended [[Aug. 5|DATE|2006-08-05]] rose 6.4% to $1.08 billion. Sales in [[the first half|DATE|2006-H1]] rose 4.8%.

Chief Executive Laura Benn, who joined the company in [[March 2005|DATE|2005-03]], has closed 40 unprofitable stores in [[the past 18 months|DURATION|P18M]] and plans to open 25 new ones [[next year|DATE|2007]]. She warned, however, that high gasoline prices could hurt shoppers in [[the fall|DATE|2006-FA]].

Meridian, which reports sales monthly, will release its [[August|DATE|2006-08]] figures on [[Sept. 7|DATE|2006-09-07]]. Its shares rose $1.10, or 2.5%, to $45.40 in early trading.

Analysts said Meridian had benefited from the troubles of a rival chain that filed for bankruptcy protection in [[May|DATE|2006-05]]. "They have picked up market share [[every month|SET|P1M]] since," said Carla Ruiz, a retail analyst.
""",
    },
    {
        "doc_id": "heldout-026",
        "dct": "2007-05-11",  # Friday, courts
        "text": """
NEW YORK -- A former hedge fund manager who lost $300 million of his investors' money was sentenced [[Thursday|DATE|2007-05-10]] to [[12 years|DURATION|P12Y]] in prison and ordered to pay $180 million in restitution.

Marcus Feld, 52, pleaded guilty in [[November|DATE|2006-11]] to securities fraud. Prosecutors said he sent investors false account statements [[every month|SET|P1M]] for [[more than four years|DURATION|P4Y|MORE_THAN]] to hide trading losses. His fund, which he started in [[1998|DATE|1998]], collapsed in [[the summer of 2005|DATE|2005-SU]].

His lawyer had asked for a sentence of [[five years|DURATION|P5Y]]; prosecutors sought [[20 years|DURATION|P20Y]]. At a hearing that lasted [[more than two hours|DURATION|PT2H|MORE_THAN]], a dozen investors described losing their retirement savings.

"I think about them [[every day|SET|P1D]]," Feld told the court. "I will never be able to make this right."

The judge said the sentence reflected "a deliberate fraud, repeated again and again." She ordered Feld to surrender by [[July 16|DATE|2007-07-16]] and to serve [[three years|DURATION|P3Y]] of supervised release after his prison term.

Two former employees of the fund, who pleaded guilty [[last year|DATE|2006]], will be sentenced [[later this month|DATE|2007-05|END]]. A court-appointed receiver said [[Friday|DATE|2007-05-11]] that investors could expect to recover about 30 cents on the dollar, with the first payments in [[early 2008|DATE|2008|START]].
""",
    },
    {
        "doc_id": "heldout-027",
        "dct": "2008-01-22",  # Tuesday, elections
        "text": """
SPRINGFIELD, Ill. -- [[Two weeks|DURATION|P2W]] before the city's mayoral primary on [[Feb. 5|DATE|2008-02-05]], the two leading Democrats clashed [[Monday night|TIME|2008-01-21TNI]] in a televised debate over property taxes and a proposed downtown arena.

City Council member Rosa Delgado, 44, accused Mayor Tom Ebert of raising taxes three times in [[four years|DURATION|P4Y]]. Ebert, who was first elected in [[2003|DATE|2003]], said the increases had paid for 60 new police officers. "We have cut crime [[every year|SET|P1Y]] I have been mayor," he said.

A poll released [[last week|DATE|2008-W03]] showed Ebert leading 41% to 35%, with 19% undecided. Turnout in the [[2004|DATE|2004]] primary was only 21%.

Delgado, who moved to the city in [[the early 1990s|DATE|199|START]] and ran a small bakery for [[a decade|DURATION|P1E]], said the arena, scheduled to open in [[2011|DATE|2011]], would drain money from neighborhoods. Ebert called it the most important project downtown "in [[half a century|DURATION|P50Y]]."

The debate lasted [[an hour|DURATION|PT1H]] and drew about 30,000 viewers, a station spokesman said [[today|DATE|2008-01-22]]. Early voting began on [[Jan. 14|DATE|2008-01-14]] and ends [[Saturday|DATE|2008-01-26]].

The candidates will meet again [[next Tuesday|DATE|2008-01-29]] at [[7 p.m.|TIME|2008-01-29T19:00]] at the public library. The winner of the primary will face the Republican nominee in [[April|DATE|2008-04]].
""",
    },
    {
        "doc_id": "heldout-028",
        "dct": "2008-10-15",  # Wednesday, markets
        "text": """
NEW YORK -- Stocks suffered one of their worst days in [[two decades|DURATION|P20Y]] [[today|DATE|2008-10-15]] as a report of falling retail sales stoked fears of a deep recession, wiping out most of [[Monday|DATE|2008-10-13]]'s record rally.

The Dow Jones industrial average fell 701 points, or 7.6%, to 8,604, with most of the decline coming in [[the final hour|DURATION|PT1H]] of trading. The Standard & Poor's 500 index dropped 8.8%. Both indexes are down more than 40% from their peaks on [[Oct. 9, 2007|DATE|2007-10-09]].

The Commerce Department said [[this morning|TIME|2008-10-15TMO]] that retail sales fell 1.2% in [[September|DATE|2008-09]], the third straight monthly decline. [[Overnight|TIME|2008-10-14TNI]], stock markets in Tokyo and Hong Kong had risen on hopes that government rescue plans would steady the banks.

The Treasury said it would begin buying stakes in nine large banks [[next week|DATE|2008-W43]]. Several of those banks will report [[third-quarter|DATE|2008-Q3]] results [[this week|DATE|2008-W42]], and analysts expect billions of dollars in new write-downs.

A gauge of expected volatility reached the highest level in its [[18-year|DURATION|P18Y]] history. Crude oil fell to $74.54 a barrel, its lowest price since [[August 2007|DATE|2007-08]].

"I have been on this floor for [[30 years|DURATION|P30Y]] and I have never seen anything like [[this month|DATE|2008-10]]," said Vincent Marra, a specialist on the New York Stock Exchange. Many economists [[now|DATE|PRESENT_REF]] expect the downturn to last well into [[2009|DATE|2009]].
""",
    },
    {
        "doc_id": "heldout-029",
        "dct": "2009-06-14",  # Sunday, disaster
        "text": """
PADANG, Indonesia -- A strong earthquake struck off the coast of western Sumatra [[early Saturday|DATE|2009-06-13|START]], killing at least 38 people and destroying hundreds of homes, officials said [[today|DATE|2009-06-14]].

The magnitude 6.4 quake hit at [[3:17 a.m.|TIME|2009-06-13T03:17]] local time ([[2017 GMT Friday|TIME|2009-06-12T20:17]]) and was centered about 60 kilometers offshore, according to the national geophysics agency. At least 14 aftershocks were recorded in [[the next six hours|DURATION|PT6H]].

Rescue workers searched collapsed buildings through [[Saturday night|TIME|2009-06-13TNI]] using heavy equipment brought from Jakarta. The government declared a [[30-day|DURATION|P30D]] state of emergency in two districts, and schools will be closed for [[a week|DURATION|P1W]].

Many residents, fearing more aftershocks, slept outdoors, and officials urged them to do so again [[tonight|TIME|2009-06-14TNI]]. The president is expected to visit the area on [[Monday|DATE|2009-06-15]].

The region was devastated by a tsunami in [[December 2004|DATE|2004-12]], and a smaller quake killed 25 people here in [[March 2007|DATE|2007-03]]. Indonesia sits on the Pacific "Ring of Fire," where dozens of damaging earthquakes occur [[every year|SET|P1Y]].

A 70-year-old fisherman, Syamsul Bahri, said he had felt strong quakes "many times" in his life, "but never one this long. It lasted [[almost a minute|DURATION|PT1M|LESS_THAN]]."
""",
    },
    {
        "doc_id": "heldout-030",
        "dct": "2020-04-29",  # Wednesday, health
        "text": """
DENVER -- Hair salons, dentists' offices and retail stores may reopen on [[May 8|DATE|2020-05-08]] under rules announced [[Wednesday|DATE|2020-04-29]], easing a stay-at-home order that has been in place since [[March 23|DATE|2020-03-23]].

The order, which was to expire [[Thursday|DATE|2020-04-30]], will remain in force for restaurants and bars through [[May 15|DATE|2020-05-15]]. Schools will stay closed through [[June|DATE|2020-06]].

The state reported 412 new cases of COVID-19 on [[Tuesday|DATE|2020-04-28]], down from a peak of 1,100 on [[April 9|DATE|2020-04-09]]. Health officials said they wanted to see new cases fall for [[14 days|DURATION|P14D]] in a row before allowing larger gatherings, and warned that a second wave could come in [[the fall|DATE|2020-FA]].

"We are testing about 6,000 people a day, and we need to be at 15,000 by [[the end of May|DATE|2020-05|END]]," the governor said at a briefing, one of the news conferences he has held [[each morning|SET|XXXX-XX-XXTMO]] since [[mid-March|DATE|2020-03|MID]].

The first case in the state was confirmed on [[March 6|DATE|2020-03-06]]. Since then, more than 14,000 people have tested positive, and about 840,000 have filed for unemployment benefits.

Officials said they would review the rules [[every two weeks|SET|P2W]]. Concerts and other large events are unlikely before [[Labor Day|DATE|2020-09-07]], the governor said, adding that "normal life may not return until there is a vaccine, and that could be [[a year or more|DURATION|P1Y|EQUAL_OR_MORE]] away."
""",
    },
]
