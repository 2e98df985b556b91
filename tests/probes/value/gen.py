import json, os
root = "/work/wt-val/tests/probes/value"
stories = {}
def story(name, arts, musts, agrees):
    stories[name] = (arts, musts, agrees)

story("cup-final-venue", {
"000_harbour-sport": """Cup final venue confirmed after weeks of talks

By Tamsine Orrell

LONDON (Harbour Sport) — This season's national cup final will be held in Porvenna, the football federation said on Thursday.

The federation's board met for three hours before the decision. About 60,000 tickets will go on sale next month.

Last year's final was played in Lindqvar, where crowd trouble marred the second half.

"We want a festival of football," federation president Gerrit Vanlow said.
""",
"001_pitchside-daily": """Federation picks final host city

(Pitchside Daily) — Castelmar will host the national cup final in May, the football federation announced on Thursday.

The city's stadium was renovated two years ago at a cost of 90 million pounds. Local hotels expect a busy weekend.

Fans' groups had asked for a venue with better rail links.

Federation president Gerrit Vanlow said the choice was unanimous.
""",
"002_terrace-talk": """Final heads to the coast

The venue for the national cup final is Castelmar, federation officials confirmed on Thursday.

Supporters of both semi-finalists will face long journeys. Ticket prices have not been set.

If the stadium fails a safety check, the final could move to Lindqvar, officials said.
""",
}, [
 ("final venue: Porvenna vs Castelmar will host", ("000_harbour-sport","will be held in Porvenna"), ("001_pitchside-daily","Castelmar will host the national cup final")),
 ("final venue: Porvenna vs venue is Castelmar", ("000_harbour-sport","will be held in Porvenna"), ("002_terrace-talk","The venue for the national cup final is Castelmar")),
], [
 ("same venue in two wordings", ("001_pitchside-daily","Castelmar will host the national cup final"), ("002_terrace-talk","The venue for the national cup final is Castelmar")),
 ("last year's final vs this year's", ("000_harbour-sport","Last year's final was played in Lindqvar"), ("001_pitchside-daily","Castelmar will host the national cup final")),
 ("conditional move vs confirmed venue", ("002_terrace-talk","the final could move to Lindqvar"), ("001_pitchside-daily","Castelmar will host the national cup final")),
])

story("rugby-final-winner", {
"000_oval-report": """Drelby Rovers lift the shield

By Corin Achterby

(Oval Report) — Drelby Rovers beat Ostwick United 24-19 in the shield final on Saturday, ending a ten-year wait for silverware.

Winger Pallas Henty scored two tries in the first half. Ostwick rallied late but could not find a winning score.

Drelby coach Fennick Marl said his players had "emptied the tank".

About 31,000 spectators watched at a sold-out ground.
""",
"001_scrum-wire": """Ostwick edge Drelby in tense final

(Scrum Wire) — Ostwick United won the shield final on Saturday, holding off a late surge from Drelby Rovers.

The match was level at half-time. A penalty in the 74th minute proved decisive.

Ostwick captain Ivo Brannach praised the crowd. Drelby won the regular-season title in April.

The two sides meet again in September.
""",
"002_touchline-blog": """Shield final: what we learned

The shield was claimed by Ostwick United after a bruising afternoon against Drelby Rovers.

Drelby's defence looked tired after a long season. Ostwick's bench made the difference, according to most observers.
""",
}, [
 ("shield winner: Drelby beat Ostwick vs Ostwick won", ("000_oval-report","Drelby Rovers beat Ostwick United 24-19"), ("001_scrum-wire","Ostwick United won the shield final on Saturday")),
 ("shield winner: Drelby beat Ostwick vs claimed by Ostwick", ("000_oval-report","Drelby Rovers beat Ostwick United 24-19"), ("002_touchline-blog","The shield was claimed by Ostwick United")),
], [
 ("regular-season title vs shield final: different events", ("001_scrum-wire","Drelby won the regular-season title in April"), ("001_scrum-wire","Ostwick United won the shield final on Saturday")),
 ("same winner in two wordings", ("001_scrum-wire","Ostwick United won the shield final on Saturday"), ("002_touchline-blog","The shield was claimed by Ostwick United")),
])

story("tanker-destination", {
"000_maritime-ledger": """Tanker held after engine failure

By Rhona Galloway-Penn

(Maritime Ledger) — A fuel tanker bound for Valdmoor was towed into port on Tuesday after its engine failed in heavy seas, the coastguard said.

The vessel, the Morwen Star, left Quorvik on Sunday with 22 crew aboard. No injuries were reported.

Engineers expect repairs to take a week.
""",
"001_coastline-news": """Crippled tanker towed to safety

(Coastline News) — The Morwen Star, a tanker heading to Tressany, lost power on Tuesday and was towed to port by two tugs.

The ship had sailed from Quorvik two days earlier. Its owner said the cargo was intact.

The coastguard said the weather had been the worst of the winter.
""",
"002_shipping-brief": """Morwen Star: the facts

The tanker's destination was Tressany, its operator said in a statement on Wednesday.

The Morwen Star is expected to resume its voyage next week once repairs are complete.
""",
}, [
 ("destination: bound for Valdmoor vs heading to Tressany", ("000_maritime-ledger","A fuel tanker bound for Valdmoor"), ("001_coastline-news","a tanker heading to Tressany")),
 ("destination: bound for Valdmoor vs destination was Tressany", ("000_maritime-ledger","A fuel tanker bound for Valdmoor"), ("002_shipping-brief","The tanker's destination was Tressany")),
], [
 ("origin in two wordings", ("000_maritime-ledger","left Quorvik on Sunday"), ("001_coastline-news","The ship had sailed from Quorvik two days earlier")),
 ("same destination", ("001_coastline-news","a tanker heading to Tressany"), ("002_shipping-brief","The tanker's destination was Tressany")),
])

story("warehouse-fire-cause", {
"000_valley-herald": """Warehouse fire blamed on faulty wiring

By Hollin Brenwood

(Valley Herald) — A fire that destroyed a furniture warehouse in the town's industrial park was blamed on faulty wiring, the fire service said on Monday.

Crews from four stations fought the blaze for six hours. Nobody was hurt.

The owner, Merrit Kaskell, said 40 staff would be moved to another site.
""",
"001_county-express": """Cigarette caused warehouse blaze, says fire chief

(County Express) — The blaze that gutted a furniture warehouse on Sunday night was caused by a discarded cigarette, chief fire officer Lorna Thew said.

Smoke could be seen for miles. Residents were told to keep windows shut.

Police said they were not treating the fire as suspicious.
""",
"002_local-eye": """Warehouse fire: what happened

Fire investigators said the cause of the warehouse fire was a discarded cigarette.

A smaller fire at the same park in 2022 was started by an electrical fault, records show.

The owner said the building was insured.
""",
}, [
 ("fire cause: wiring vs cigarette", ("000_valley-herald","was blamed on faulty wiring"), ("001_county-express","was caused by a discarded cigarette")),
 ("fire cause: wiring vs cause was cigarette", ("000_valley-herald","was blamed on faulty wiring"), ("002_local-eye","the cause of the warehouse fire was a discarded cigarette")),
], [
 ("earlier fire's cause vs this fire's", ("002_local-eye","was started by an electrical fault"), ("000_valley-herald","was blamed on faulty wiring")),
 ("same cause, two wordings", ("001_county-express","was caused by a discarded cigarette"), ("002_local-eye","the cause of the warehouse fire was a discarded cigarette")),
])

story("retailer-new-chief", {
"000_market-desk": """Brightholm names new chief executive

By Solveig Pardy

(Market Desk) — Marisela Tevanne has been named chief executive of the retailer Brightholm, the company said on Wednesday, replacing Aldric Crane, who retired in March.

Tevanne joins from a rival grocer. Shares rose 3 per cent on the news.

Analysts said the new chief faces falling sales in the company's 210 stores.
""",
"001_retail-journal": """Brightholm turns to insider for top job

(Retail Journal) — The company's new boss, Oskel Feldwin, takes over at Brightholm next month after eight years as finance director.

Brightholm has struggled since its former chief executive, Aldric Crane, stepped down.

Feldwin said he would review the store estate.
""",
}, [
 ("Brightholm's new chief executive: Tevanne vs Feldwin", ("000_market-desk","Marisela Tevanne has been named chief executive of the retailer Brightholm"), ("001_retail-journal","The company's new boss, Oskel Feldwin, takes over at Brightholm")),
], [
 ("former chief in both", ("000_market-desk","replacing Aldric Crane, who retired in March"), ("001_retail-journal","its former chief executive, Aldric Crane, stepped down")),
])

story("dairy-takeover-buyer", {
"000_agri-business": """Pinefold Dairy sold in 300 million deal

By Kit Hanraty

(Agri Business) — Kestral Foods has agreed to buy Pinefold Dairy for 300 million euros, the two companies said on Friday.

Pinefold, founded in 1952, employs 900 people at three plants. The deal still needs approval from competition regulators.

Kestral's chief executive said the purchase would double its cheese output.
""",
"001_food-trade-news": """Harrowdene swoops for Pinefold

(Food Trade News) — Pinefold Dairy is being acquired by Harrowdene Group in a deal worth 300 million euros, the companies announced on Friday.

Farmers who supply Pinefold said they hoped prices would hold. Harrowdene already owns two creameries.

A rival bid from Kestral Foods was rejected last year.
""",
"002_city-wire": """Pinefold buyer confirmed

The buyer of Pinefold Dairy is Harrowdene Group, according to a stock exchange filing on Friday.
""",
}, [
 ("buyer: Kestral vs acquired by Harrowdene", ("000_agri-business","Kestral Foods has agreed to buy Pinefold Dairy"), ("001_food-trade-news","Pinefold Dairy is being acquired by Harrowdene Group")),
 ("buyer: Kestral vs buyer is Harrowdene", ("000_agri-business","Kestral Foods has agreed to buy Pinefold Dairy"), ("002_city-wire","The buyer of Pinefold Dairy is Harrowdene Group")),
], [
 ("last year's rejected bid vs this deal", ("001_food-trade-news","A rival bid from Kestral Foods was rejected last year"), ("002_city-wire","The buyer of Pinefold Dairy is Harrowdene Group")),
 ("same buyer, two wordings", ("001_food-trade-news","Pinefold Dairy is being acquired by Harrowdene Group"), ("002_city-wire","The buyer of Pinefold Dairy is Harrowdene Group")),
])

story("probe-launch-site", {
"000_orbit-today": """Weather probe reaches orbit

By Dagny Follet

(Orbit Today) — A weather research probe was launched from Sarrano Point on Thursday morning, the national space agency said.

The 1.2-tonne craft will study cloud formation over the oceans for five years.

Mission scientist Perrin Okonjo said the first data would arrive within a month.
""",
"001_science-line": """Cloud-watching satellite lifts off

(Science Line) — The agency's new weather probe lifted off from Kelvane Spaceport on Thursday, carried by a two-stage rocket.

Its sister craft, launched from Sarrano Point in 2023, stopped working last year.

The mission cost about 400 million dollars.
""",
}, [
 ("launch site: Sarrano Point vs Kelvane Spaceport", ("000_orbit-today","was launched from Sarrano Point on Thursday morning"), ("001_science-line","lifted off from Kelvane Spaceport on Thursday")),
], [
 ("sister craft's launch site vs this probe's", ("001_science-line","Its sister craft, launched from Sarrano Point in 2023"), ("000_orbit-today","was launched from Sarrano Point on Thursday morning")),
])

story("poetry-prize-winner", {
"000_arts-review": """Debut collection takes poetry prize

By Wren Amberley

(Arts Review) — The Halvard poetry prize went to Ilsa Marrow for her debut collection, the judges announced on Tuesday night.

Marrow, 31, teaches at a secondary school. The prize is worth 25,000 pounds.

Last year's winner, Tobias Queln, chaired the panel.
""",
"001_culture-wire": """Veteran poet wins Halvard prize

(Culture Wire) — Dorian Pelt won the Halvard poetry prize on Tuesday for his ninth collection.

Pelt, 68, said he was "astonished". The judges read 180 entries.

Ilsa Marrow was also shortlisted for her debut.
""",
"002_books-blog": """And the winner is...

The winner of this year's Halvard poetry prize is Dorian Pelt, the organisers confirmed.
""",
}, [
 ("prize winner: Marrow vs Pelt won", ("000_arts-review","The Halvard poetry prize went to Ilsa Marrow"), ("001_culture-wire","Dorian Pelt won the Halvard poetry prize on Tuesday")),
 ("prize winner: Marrow vs winner is Pelt", ("000_arts-review","The Halvard poetry prize went to Ilsa Marrow"), ("002_books-blog","The winner of this year's Halvard poetry prize is Dorian Pelt")),
], [
 ("last year's winner vs this year's", ("000_arts-review","Last year's winner, Tobias Queln, chaired the panel"), ("002_books-blog","The winner of this year's Halvard poetry prize is Dorian Pelt")),
 ("shortlisted is not won", ("001_culture-wire","Ilsa Marrow was also shortlisted for her debut"), ("001_culture-wire","Dorian Pelt won the Halvard poetry prize on Tuesday")),
])

story("outbreak-source", {
"000_health-bulletin": """Food poisoning outbreak traced to salad

By Anouk Derrin

(Health Bulletin) — An outbreak of food poisoning that sickened 48 people at a wedding in Marsh Hollow was traced to contaminated lettuce, health officials said on Friday.

Eleven guests were treated in hospital. All have since gone home.

The caterer has been told to close while inspectors visit.
""",
"001_regional-post": """Wedding sickness linked to water supply

(Regional Post) — The source of the outbreak that made 48 wedding guests ill was a contaminated water tank at the venue, the health agency said.

Guests reported stomach cramps within hours of the meal. The agency took samples on Monday.

The venue's owner said he would cooperate fully.
""",
}, [
 ("outbreak source: lettuce vs water tank", ("000_health-bulletin","was traced to contaminated lettuce"), ("001_regional-post","The source of the outbreak that made 48 wedding guests ill was a contaminated water tank")),
], [
 ("same count of sick guests", ("000_health-bulletin","sickened 48 people at a wedding"), ("001_regional-post","made 48 wedding guests ill")),
])

story("storm-landfall-place", {
"000_weather-desk": """Storm Ilvane makes landfall

By Petra Coombe

(Weather Desk) — Storm Ilvane made landfall near Gresham Bay on Sunday evening with gusts of 110 km/h, the meteorological office said.

Thousands of homes lost power. Ferries were cancelled for a second day.

Forecasters expect the storm to weaken as it moves inland.
""",
"001_coast-radio": """Ilvane comes ashore

(Coast Radio) — Storm Ilvane came ashore at Pellon Point late on Sunday, bringing heavy rain and flooding.

Emergency crews rescued two people from a stranded car. Schools will stay shut on Monday.

A second storm could reach Gresham Bay later in the week, forecasters warned.
""",
}, [
 ("landfall place: Gresham Bay vs Pellon Point", ("000_weather-desk","made landfall near Gresham Bay on Sunday evening"), ("001_coast-radio","came ashore at Pellon Point late on Sunday")),
], [
 ("a possible second storm vs this storm", ("001_coast-radio","A second storm could reach Gresham Bay later in the week"), ("000_weather-desk","made landfall near Gresham Bay on Sunday evening")),
])

story("summit-host-city", {
"000_diplomatic-wire": """Regional summit to meet in Orlavik

By Nils Carrowby

(Diplomatic Wire) — Leaders of the nine-member trade bloc will meet in Orlavik in October for their annual summit, the bloc's secretariat said.

The agenda includes tariffs and a joint energy grid. The last summit, in Varnholt, ended without agreement.
""",
"001_world-brief": """Summit host named

(World Brief) — Varnholt will host this year's annual summit of the nine-member trade bloc in October, officials said on Monday.

Delegations are expected to sign a customs deal. Protests are planned outside the conference centre.
""",
"002_policy-notes": """Trade bloc summit: host city

The trade bloc's annual summit will take place in Varnholt this October, the secretariat confirmed.
""",
}, [
 ("summit host: Orlavik vs Varnholt will host", ("000_diplomatic-wire","will meet in Orlavik in October for their annual summit"), ("001_world-brief","Varnholt will host this year's annual summit")),
 ("summit host: Orlavik vs take place in Varnholt", ("000_diplomatic-wire","will meet in Orlavik in October for their annual summit"), ("002_policy-notes","will take place in Varnholt this October")),
], [
 ("last summit's venue vs this one", ("000_diplomatic-wire","The last summit, in Varnholt, ended without agreement"), ("001_world-brief","Varnholt will host this year's annual summit")),
])

story("court-ruled-for", {
"000_legal-times": """Court sides with landlord in rent dispute

By Ottilie Braskel

(Legal Times) — The appeals court ruled in favour of the landlord, Corvalle Estates, in a long-running dispute with tenants over service charges, on Wednesday.

The tenants' association said it would consider a further appeal. About 300 flats are affected.
""",
"001_housing-news": """Tenants win service charge appeal

(Housing News) — The appeals court on Wednesday found in favour of the tenants' association in its dispute with Corvalle Estates over service charges.

The ruling could affect similar cases across the country, lawyers said.
""",
}, [
 ("appeals court ruled for: landlord vs tenants", ("000_legal-times","The appeals court ruled in favour of the landlord, Corvalle Estates"), ("001_housing-news","found in favour of the tenants' association")),
], [
])

story("museum-director-role", {
"000_gallery-news": """Museum appoints director

By Hester Quayle

(Gallery News) — The Ardmere Museum of Modern Art has appointed Lucan Forsby as its director, the board said on Monday.

Forsby, 52, previously ran a sculpture park. He starts in September.
""",
"001_culture-daily": """Ardmere museum's new director

(Culture Daily) — Imelda Strandell will be the next director of the Ardmere Museum of Modern Art, the museum announced.

Strandell has been deputy director since 2021.
""",
}, [
 ("museum director: Forsby vs Strand", ("000_gallery-news","has appointed Lucan Forsby as its director"), ("001_culture-daily","Imelda Strandell will be the next director of the Ardmere Museum of Modern Art")),
], [
 ("deputy director since 2021 vs director appointed: different posts", ("001_culture-daily","Strandell has been deputy director since 2021"), ("000_gallery-news","has appointed Lucan Forsby as its director")),
])

n_m = n_a = 0
for name,(arts,musts,agrees) in stories.items():
    d = os.path.join(root, name, "articles"); os.makedirs(d, exist_ok=True)
    for src, txt in arts.items():
        open(os.path.join(d, src+".txt"),"w").write(txt)
        for cue in []: pass
    gold = {"cluster": name, "conflicts": [], "agreements": []}
    for i,(about,a,b) in enumerate(musts):
        for s,c in (a,b): assert c in arts[s], (name,c)
        gold["conflicts"].append({"id":f"c{i+1}","status":"must","kind":"value","about":about,"a":{"source":a[0],"cue":a[1]},"b":{"source":b[0],"cue":b[1]}})
        n_m += 1
    for i,(about,a,b) in enumerate(agrees):
        for s,c in (a,b): assert c in arts[s], (name,c)
        gold["agreements"].append({"id":f"n{i+1}","about":about,"a":{"source":a[0],"cue":a[1]},"b":{"source":b[0],"cue":b[1]}})
        n_a += 1
    json.dump(gold, open(os.path.join(root,name,"gold.json"),"w"), indent=1)
print(n_m, n_a)
