# Held-out news, articles 011-020. Original text written for this project; names, figures and
# events are invented. Gold markup: [[surface|TYPE|VALUE]] or [[surface|TYPE|VALUE|MOD]].

DOCS = [
    {
        "doc_id": "heldout-011",
        "dct": "1996-10-17",  # Thursday, earnings (fiscal year ends June 30)
        "text": """
Cobalt Software Inc. said [[Wednesday|DATE|1996-10-16]] that net income in its [[fiscal first quarter|DATE|1996-Q1]], which ended [[Sept. 30|DATE|1996-09-30]], rose 44% to $31.5 million, or 52 cents a share, from $21.9 million, or 37 cents a share, [[a year earlier|DATE|1995-Q1]]. Revenue climbed 29% to $188 million.

The results, released after the stock market closed, beat the average analyst estimate of 47 cents a share. Cobalt shares rose $2.375 to $61.50 in Nasdaq trading [[today|DATE|1996-10-17]].

The Bellevue, Wash., company, which makes accounting programs for small businesses, said sales of Ledger 2000, a package released in [[August|DATE|1996-08]], had been stronger than expected. Chief Executive Diane Kessler said, however, that price cuts by competitors would slow revenue growth in [[the months ahead|DURATION|PXM]].

For [[fiscal 1997|DATE|1997]], which ends [[June 30, 1997|DATE|1997-06-30]], analysts expect earnings of about $2.30 a share. Cobalt had 3,100 employees at [[the end of September|DATE|1996-09|END]], up from 2,400 at [[the end of 1995|DATE|1995|END]].

Kessler, 41, founded the company in her garage in [[1983|DATE|1983]] and took it public in [[1991|DATE|1991]]. She said Cobalt would buy back up to 2 million of its shares over [[the next 12 months|DURATION|P12M]] and would hold its annual meeting on [[Nov. 12|DATE|1996-11-12]].
""",
    },
    {
        "doc_id": "heldout-012",
        "dct": "1997-06-08",  # Sunday, sports
        "text": """
LYON, France -- Sofia Marchetti of Italy won her first clay-court title [[Saturday|DATE|1997-06-07]], beating top-seeded Anke Brandt 6-4, 3-6, 7-5 in a final that lasted [[2 hours 51 minutes|DURATION|PT2H51M]].

Marchetti, 20, saved three match points in the final set and broke Brandt's serve in the 12th game. "I have dreamed of this since I was a little girl," she said. "[[Last year|DATE|1996]] I lost in the first round here."

Brandt, the dominant clay-court player of [[the mid-1990s|DATE|199|MID]], won the tournament in [[1994|DATE|1994]] and [[1995|DATE|1995]] and had not dropped a set in the event until the final. Crowds averaged 9,800 a day, a record for the tournament, which was first held in [[1979|DATE|1979]].

The men's final will be played [[today|DATE|1997-06-08]] at [[2 p.m.|TIME|1997-06-08T14:00]] local time ([[8 a.m. EDT|TIME|1997-06-08T08:00]]). The Sun, the London tabloid, predicted on its back page that the Swedish qualifier would lose in straight sets.

Marchetti's victory will lift her to 14th in the world rankings, which will be published on [[Monday|DATE|1997-06-09]]. She said she would rest for [[a week|DURATION|P1W]] before moving to grass ahead of Wimbledon, which starts on [[June 23|DATE|1997-06-23]].

"She has improved more in [[the past six months|DURATION|P6M]] than anyone on the tour," said her coach, Paolo Renzi. "[[A year ago|DATE|1996]] she could not play [[three hours|DURATION|PT3H]] on clay. [[Now|DATE|PRESENT_REF]] she can."
""",
    },
    {
        "doc_id": "heldout-013",
        "dct": "2018-01-29",  # Monday, technology
        "text": """
Staylink, an online hotel booking service, said on [[Sunday|DATE|2018-01-28]] that hackers had gained access to the names, addresses and partial card numbers of 2.4 million customers over a period of [[several months|DURATION|PXM]].

The intrusion began in [[mid-October|DATE|2017-10|MID]] and was discovered on [[Jan. 18|DATE|2018-01-18]], the company said. Customers who made bookings between [[Oct. 12|DATE|2017-10-12]] and [[Jan. 17|DATE|2018-01-17]] may be affected.

Staylink said it would email those customers [[this week|DATE|2018-W05]] and offer them [[12 months|DURATION|P12M]] of free credit monitoring. It waited [[11 days|DURATION|P11D]] before notifying regulators, a delay that privacy advocates criticized.

Under European data protection rules that take effect on [[May 25|DATE|2018-05-25]], companies will have to report such breaches [[within 72 hours|DURATION|PT72H|EQUAL_OR_LESS]] or face fines of up to 4% of global revenue.

"We deeply regret this incident," Chief Executive Omar Farouk said in a statement. He said the company [[now|DATE|PRESENT_REF]] requires two-step verification for all staff accounts and had hired an outside firm to review its systems.

Shares of Staylink, which went public in [[2014|DATE|2014]], fell 6% in morning trading [[today|DATE|2018-01-29]]. Security researchers said the attack resembled a breach at a rival booking site [[last year|DATE|2017]], in which criminals used stolen employee passwords.

The company said it expected to complete its internal review by [[the end of March|DATE|2018-03|END]].
""",
    },
    {
        "doc_id": "heldout-014",
        "dct": "1998-09-12",  # Saturday, markets
        "text": """
NEW YORK -- Stocks rallied broadly [[Friday|DATE|1998-09-11]], but the major averages still finished [[the week|DATE|1998-W37]] lower, their fourth weekly loss in [[five weeks|DURATION|P5W]].

The Dow Jones industrial average rose 179.96 points to 7,795.50 [[Friday|DATE|1998-09-11]] after falling 249 points [[Thursday|DATE|1998-09-10]]. The index has lost 15% since its peak on [[July 17|DATE|1998-07-17]].

Investors are looking to the Federal Reserve, whose policymakers meet on [[Sept. 29|DATE|1998-09-29]], for a cut in interest rates. "The market has priced in a quarter-point cut. Anything less and we go lower," said Joan Whitley, a strategist at a Boston investment firm.

Treasury prices rallied again. The yield on the [[10-year|DURATION|P10Y]] note fell to 4.90%, its lowest since [[the 1960s|DATE|196]], and the [[30-year|DURATION|P30Y]] bond yielded 5.19%.

Overseas, Tokyo stocks fell to a [[12-year|DURATION|P12Y]] low, and Brazil's central bank raised its key lending rate to 49.75% [[Thursday night|TIME|1998-09-10TNI]] to stem an outflow of dollars. Japanese markets will be closed on [[Tuesday|DATE|1998-09-15]] for a holiday.

The Nasdaq composite index is down 9.2% [[this month|DATE|1998-09]] and has given up all its gains for [[the year|DATE|1998]]. Analysts will watch retail sales and consumer price figures due [[next week|DATE|1998-W38]] for signs that the turmoil in Asia and Russia is slowing the American economy.
""",
    },
    {
        "doc_id": "heldout-015",
        "dct": "1999-05-25",  # Tuesday, courts
        "text": """
TOPEKA, Kan. -- The state Supreme Court ruled [[Monday|DATE|1999-05-24]] that the way the state pays for public schools is unconstitutional and gave the Legislature until [[June 30, 2000|DATE|2000-06-30]] to fix it.

The 5-2 decision came in a lawsuit filed [[eight years ago|DATE|1991]] by 41 rural school districts, which argued that children in poor areas received an inferior education. The state spends about $2.3 billion on aid to schools [[each year|SET|P1Y]].

Writing for the majority, Justice Carolyn Mays said the state had ignored its duty for [[more than a decade|DURATION|P1E|MORE_THAN]]. The court first took up the issue in [[1993|DATE|1993]], and the Legislature responded [[the following year|DATE|1994]] with a formula that the justices said [[Monday|DATE|1999-05-24]] had done little to close the gap.

The governor said [[today|DATE|1999-05-25]] that he would call lawmakers back for a special session in [[the fall|DATE|1999-FA]]. "We are not going to wait for the deadline," he said.

Arguments in the case were heard in [[January|DATE|1999-01]]. The dissenting justices said the court had no business telling lawmakers how to write a budget.

Annette Cole, a lawyer for the districts, said her clients had waited "far too long" and would return to court if the Legislature failed to act [[within a year|DURATION|P1Y|EQUAL_OR_LESS]]. A ruling in a similar case in a neighboring state is expected [[this summer|DATE|1999-SU]].
""",
    },
    {
        "doc_id": "heldout-016",
        "dct": "2000-02-02",  # Wednesday, technology
        "text": """
SAN JOSE, Calif. -- Harbor Networks, a maker of internet routers, said [[Tuesday|DATE|2000-02-01]] that it would buy Lumina Optics, a fiber-optic equipment company, for $2.7 billion in stock, its largest acquisition since it was founded in [[1989|DATE|1989]].

Lumina, which was started [[18 months ago|DATE|1998-08]] by three engineers who left Bell Laboratories in [[the summer of 1998|DATE|1998-SU]], has yet to sell a product. The deal is expected to close in [[the second quarter|DATE|2000-Q2]].

Harbor's chief executive, Paul Wenner, said on a conference call [[Tuesday afternoon|TIME|2000-02-01TAF]] that Lumina's first switches would ship by [[the end of the year|DATE|2000|END]]. Analysts noted that the price was about 90 times the revenue Lumina expects in [[2001|DATE|2001]].

Harbor's shares have tripled over [[the past year|DATE|1999]], giving it a currency for acquisitions. The company has made 11 purchases in [[the past two years|DURATION|P2Y]].

Wenner also said that [[January|DATE|2000-01]] orders had not been hurt by the so-called Y2K computer problem, which largely failed to materialize on [[New Year's Day|DATE|2000-01-01]]. Harbor will report its [[fourth-quarter|DATE|1999-Q4]] results on [[Feb. 15|DATE|2000-02-15]].

Regulators must approve the deal, a review that usually takes [[about three months|DURATION|P3M|APPROX]]. Harbor's stock fell $4.25 to $131.50 [[yesterday|DATE|2000-02-01]] and was little changed in early trading [[today|DATE|2000-02-02]].
""",
    },
    {
        "doc_id": "heldout-017",
        "dct": "2000-11-08",  # Wednesday, elections
        "text": """
SEATTLE -- The race for a U.S. Senate seat in Washington state remained too close to call [[today|DATE|2000-11-08]], with challenger Ellen Ruiz leading Sen. Frank Dorsey by 1,912 votes out of 2.4 million cast in [[Tuesday|DATE|2000-11-07]]'s election.

Tens of thousands of absentee ballots have not been counted. Under state law, ballots postmarked by [[Election Day|DATE|2000-11-07]] are valid if they arrive [[within 10 days|DURATION|P10D|EQUAL_OR_LESS]], and county officials have until [[Nov. 22|DATE|2000-11-22]] to certify their results. A recount is automatic if the margin is less than half a percentage point.

"We have been through close ones before," Dorsey, 69, told supporters at [[about 2:30 a.m.|TIME|2000-11-08T02:30|APPROX]] Seattle time. He was first elected in [[1982|DATE|1982]] and has not faced a serious challenge since [[1988|DATE|1988]].

Ruiz, a 47-year-old software executive, spent $9 million of her own money on the campaign. Both campaigns sent lawyers to county election offices [[this morning|TIME|2000-11-08TMO]].

The final result may not be known for [[weeks|DURATION|PXW]]. The last statewide race to require a recount here was in [[1958|DATE|1958]]; that recount took [[three weeks|DURATION|P3W]].

Whoever wins will be sworn in on [[Jan. 3|DATE|2001-01-03]]. Election officials said [[Wednesday|DATE|2000-11-08]] that they would post updated counts [[every afternoon|SET|XXXX-XX-XXTAF]], with the first update due at [[5 p.m. today|TIME|2000-11-08T17:00]].
""",
    },
    {
        "doc_id": "heldout-018",
        "dct": "2001-07-16",  # Monday, disaster
        "text": """
CHICAGO -- A heat wave that has gripped the Midwest since [[Wednesday|DATE|2001-07-11]] was blamed for at least 14 deaths over [[the weekend|DATE|2001-W28-WE]], and forecasters said [[today|DATE|2001-07-16]] that relief would not arrive until [[Thursday|DATE|2001-07-19]].

The temperature at O'Hare International Airport reached 103 degrees at [[4 p.m. Sunday|TIME|2001-07-15T16:00]], breaking a record for the date set in [[1934|DATE|1934]]. The low [[overnight|TIME|2001-07-15TNI]] was 84 degrees.

Most of those who died were elderly people living alone, the county medical examiner said. An 81-year-old woman was found in her apartment on the South Side [[Saturday morning|TIME|2001-07-14TMO]] with the windows closed and no fan running.

The city opened 24 cooling centers, which will stay open around the clock, and police officers went door to door [[Sunday|DATE|2001-07-15]] in neighborhoods with many older residents. A similar heat wave in [[July 1995|DATE|1995-07]] killed more than 700 people in the city.

Hospital emergency rooms treated 212 people for heat-related illness in [[the past three days|DURATION|P3D]]. The power company said demand for electricity set a record [[Friday|DATE|2001-07-13]] and warned of rolling blackouts [[this afternoon|TIME|2001-07-16TAF]] if customers did not cut back on air conditioning.

The National Weather Service extended its heat warning through [[8 p.m. Wednesday|TIME|2001-07-18T20:00]]. It was the third heat warning issued [[this summer|DATE|2001-SU]].
""",
    },
    {
        "doc_id": "heldout-019",
        "dct": "2002-04-25",  # Thursday, earnings
        "text": """
MILWAUKEE -- First Lakes Bancorp said [[today|DATE|2002-04-25]] that [[first-quarter|DATE|2002-Q1]] profit rose 12% to $88.4 million, or 71 cents a share, from $78.9 million, or 63 cents, in [[the year-earlier quarter|DATE|2001-Q1]].

The results included a $6 million gain from the sale of 14 branches in [[February|DATE|2002-02]]. Excluding the gain, earnings were 66 cents a share, in line with analysts' forecasts.

Net interest income rose 9%, helped by lower deposit costs after the Federal Reserve cut short-term rates 11 times [[last year|DATE|2001]]. The provision for loan losses rose to $31 million from $19 million [[a year ago|DATE|2001-Q1]], reflecting problems with loans to manufacturers.

Chairman Robert Lindqvist said he expected loan demand to pick up in [[the second half|DATE|2002-H2]]. The bank completed its purchase of Harbor Savings in [[December|DATE|2001-12]] and expects to close 20 overlapping offices by [[September|DATE|2002-09]].

First Lakes raised its quarterly dividend to 28 cents a share from 26 cents, payable [[June 1|DATE|2002-06-01]]. For [[2002|DATE|2002]], it expects earnings of $2.95 to $3.05 a share.

The stock rose 41 cents to $38.15 in New York Stock Exchange trading [[Wednesday|DATE|2002-04-24]], before the results were released, and has risen 14% [[this year|DATE|2002]]. The bank will hold its annual meeting [[next Tuesday|DATE|2002-04-30]] in Milwaukee.
""",
    },
    {
        "doc_id": "heldout-020",
        "dct": "2003-01-10",  # Friday, politics
        "text": """
SACRAMENTO, Calif. -- Gov. Alan Pryce proposed [[today|DATE|2003-01-10]] to close a $21 billion budget gap over [[the next 18 months|DURATION|P18M]] with $10.2 billion in spending cuts and $8.3 billion in tax increases, breaking a campaign promise.

The cuts, to schools, health care and local governments, would take effect on [[July 1|DATE|2003-07-01]]. The proposal would also raise the vehicle license fee starting in [[October|DATE|2003-10]] and add a half-cent to the state sales tax.

Pryce, who was re-elected in [[November|DATE|2002-11]], had said during the campaign that he would not raise taxes. The deficit grew by $4 billion in [[the past two months|DURATION|P2M]] as income tax receipts fell.

The Republican leader in the Assembly called the plan "dead on arrival" [[Thursday night|TIME|2003-01-09TNI]], after details were reported by several newspapers. Legislative leaders said they would begin hearings [[next week|DATE|2003-W03]] and hoped to pass a package by [[March|DATE|2003-03]].

The state's budget troubles began in [[2001|DATE|2001]], when the collapse of technology stocks cut deeply into income tax revenue. Its credit rating was lowered twice [[last year|DATE|2002]].

The governor will deliver his State of the State address on [[Jan. 22|DATE|2003-01-22]]. "Nobody likes this plan. I don't like it," he told reporters at a news conference that began at [[10 a.m.|TIME|2003-01-10T10:00]] "But the money is not there, and it will not be there for [[years|DURATION|PXY]]."
""",
    },
]
