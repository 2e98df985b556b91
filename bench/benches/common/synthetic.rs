//! A synthetic news corpus for benchmarks and scale tests: stories told by four or five
//! outlets each, with varied countries, people, places, amounts and dates, and planted
//! contradictions (two office holders, a denial, different amounts, different dates).
//!
//! Deterministic: the same seed and size give the same articles, byte for byte, on any
//! machine (a xorshift generator; no `rand`).

use std::fmt::Write as _;
use std::io::{self, Write};

/// The seed of every published figure.
pub const SEED: u64 = 0x6a61_696e_7361_7921;

/// One synthetic article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthArticle {
    /// `s000042-harbor-wire`: story number and outlet.
    pub id: String,
    /// `s000042`: the story (the cluster a real pipeline would partition by).
    pub story: String,
    pub text: String,
}

/// xorshift64*: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// 0..n
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Countries the built-in lexicon knows, with a city of each.
const COUNTRIES: &[(&str, &str)] = &[
    ("Estonia", "Tallinn"),
    ("Finland", "Helsinki"),
    ("Latvia", "Riga"),
    ("Sweden", "Stockholm"),
    ("Norway", "Oslo"),
    ("Denmark", "Copenhagen"),
    ("Poland", "Warsaw"),
    ("Romania", "Bucharest"),
    ("Bulgaria", "Sofia"),
    ("Greece", "Athens"),
    ("Italy", "Rome"),
    ("Spain", "Madrid"),
    ("Portugal", "Lisbon"),
    ("Ireland", "Dublin"),
    ("Austria", "Vienna"),
    ("Hungary", "Budapest"),
    ("Croatia", "Zagreb"),
    ("Serbia", "Belgrade"),
    ("Turkey", "Ankara"),
    ("Egypt", "Cairo"),
    ("Kenya", "Nairobi"),
    ("Nigeria", "Abuja"),
    ("Ghana", "Accra"),
    ("Senegal", "Dakar"),
    ("Ethiopia", "Addis Ababa"),
    ("Tanzania", "Dodoma"),
    ("Zambia", "Lusaka"),
    ("Brazil", "Brasilia"),
    ("Argentina", "Buenos Aires"),
    ("Chile", "Santiago"),
    ("Peru", "Lima"),
    ("Colombia", "Bogota"),
    ("Mexico", "Mexico City"),
    ("Canada", "Ottawa"),
    ("Japan", "Tokyo"),
    ("Philippines", "Manila"),
    ("Indonesia", "Jakarta"),
    ("Vietnam", "Hanoi"),
    ("Thailand", "Bangkok"),
    ("India", "New Delhi"),
    ("Pakistan", "Islamabad"),
    ("Kazakhstan", "Astana"),
    ("Georgia", "Tbilisi"),
    ("Morocco", "Rabat"),
    ("Tunisia", "Tunis"),
];

const OUTLETS: &[&str] = &[
    "harbor-wire",
    "coastal-times",
    "daily-ledger",
    "quick-brief",
    "evening-post",
    "capital-courier",
    "metro-herald",
    "world-desk",
    "river-gazette",
    "north-star",
    "open-record",
    "civic-monitor",
];

const OFFICES: &[&str] = &["President", "Prime Minister"];
const MINISTRIES: &[&str] = &["Foreign", "Defence", "Finance", "Interior", "Transport", "Health"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const THINGS: &[(&str, &str)] = &[
    ("troops", "to the border mission"),
    ("rescue ships", "to the joint patrol"),
    ("engineers", "to the reconstruction effort"),
    ("medical teams", "to the relief operation"),
    ("observers", "to the election mission"),
];
const ACCORDS: &[&str] = &["accord", "agreement", "pact", "treaty", "deal"];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "ten", "vos", "da", "rin", "el", "sa", "ne", "to", "bar", "vik", "an", "or", "li", "mar",
    "jo", "hel", "ko", "ta", "sen", "mu", "ri", "del", "va", "ni", "go", "pe",
];
/// Sentences that carry no claim, for realistic length.
const FILLER: &[&str] = &[
    "Officials declined to give further details.",
    "The talks ran late into the evening, according to people familiar with them.",
    "Critics said the plan left important questions unanswered.",
    "Opposition lawmakers called for a debate in parliament.",
    "The announcement came after weeks of negotiations behind closed doors.",
    "Analysts expect markets to react cautiously.",
    "Several aid groups welcomed the move but warned that it came late.",
    "The details of the financing have not been published.",
    "Residents of the worst-hit districts said help had been slow to arrive.",
    "A spokesperson for the ministry said more information would follow next week.",
    "The plan must still be approved by the national assembly.",
    "Business groups said the measures would ease pressure on local firms.",
    "Some diplomats privately questioned whether the timetable was realistic.",
    "Television footage showed crowds gathering outside the government building.",
    "The agreement follows a similar arrangement reached two years ago.",
    "Union leaders said they had not been consulted about the changes.",
    "Independent experts said it was too early to judge the effect of the plan.",
    "Local newspapers described the mood in the capital as cautiously optimistic.",
];

/// A capitalised made-up word of `n` syllables.
fn word(rng: &mut Rng, n: usize) -> String {
    let mut w = String::new();
    for _ in 0..n {
        w.push_str(rng.pick(SYLLABLES));
    }
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => w,
    }
}

fn person(rng: &mut Rng) -> String {
    let given = 2 + rng.below(2);
    let family = 2 + rng.below(2);
    format!("{} {}", word(rng, given), word(rng, family))
}

/// "$450 million", "€1.2 billion".
fn money(rng: &mut Rng) -> (String, u64) {
    let millions = [40, 75, 120, 240, 300, 450, 500, 600, 800, 900, 1200, 1500, 2000][rng.below(13)];
    let cur = ["$", "€", "£"][rng.below(3)];
    let text = if millions >= 1000 && millions % 100 == 0 {
        format!("{cur}{} billion", millions as f64 / 1000.0)
    } else {
        format!("{cur}{millions} million")
    };
    (text, millions)
}

/// The facts of one story, and which of them one outlet will get wrong.
struct Story {
    country: &'static str,
    city: &'static str,
    partner: &'static str,
    office: &'static str,
    leader: String,
    other_leader: String,
    ministry: &'static str,
    other_ministry: &'static str,
    minister: String,
    thing: (&'static str, &'static str),
    accord: &'static str,
    day: usize,
    other_day: usize,
    month: &'static str,
    year: usize,
    fund: String,
    other_fund: String,
    deaths: usize,
    other_deaths: usize,
    weekday: &'static str,
    /// Outlets and, for each planted contradiction, the outlet that tells it differently.
    outlets: Vec<&'static str>,
    wrong_leader: Option<usize>,
    wrong_ministry: Option<usize>,
    denial: Option<usize>,
    wrong_fund: Option<usize>,
    wrong_date: Option<usize>,
    wrong_deaths: Option<usize>,
}

impl Story {
    fn new(rng: &mut Rng) -> Story {
        let (country, city) = COUNTRIES[rng.below(COUNTRIES.len())];
        let partner = loop {
            let p = COUNTRIES[rng.below(COUNTRIES.len())].0;
            if p != country {
                break p;
            }
        };
        let n_outlets = 4 + rng.below(2);
        let mut outlets: Vec<&'static str> = Vec::new();
        while outlets.len() < n_outlets {
            let o = OUTLETS[rng.below(OUTLETS.len())];
            if !outlets.contains(&o) {
                outlets.push(o);
            }
        }
        let ministry = rng.pick(MINISTRIES);
        let other_ministry = loop {
            let m = rng.pick(MINISTRIES);
            if m != ministry {
                break m;
            }
        };
        let (fund, millions) = money(rng);
        let other_fund = loop {
            let (f, m) = money(rng);
            if m != millions {
                break f;
            }
        };
        let day = 1 + rng.below(27);
        let deaths = 5 + rng.below(200);
        let planted = |rng: &mut Rng, percent: usize| rng.chance(percent).then(|| rng.below(n_outlets));
        Story {
            country,
            city,
            partner,
            office: rng.pick(OFFICES),
            leader: person(rng),
            other_leader: person(rng),
            ministry,
            other_ministry,
            minister: person(rng),
            thing: THINGS[rng.below(THINGS.len())],
            accord: rng.pick(ACCORDS),
            day,
            other_day: day + 1 + rng.below(3),
            month: rng.pick(MONTHS),
            year: 2024 + rng.below(4),
            fund,
            other_fund,
            deaths,
            other_deaths: deaths * 2 + 10,
            weekday: rng.pick(WEEKDAYS),
            wrong_leader: planted(rng, 50),
            wrong_ministry: planted(rng, 30),
            denial: planted(rng, 50),
            wrong_fund: planted(rng, 50),
            wrong_date: planted(rng, 40),
            wrong_deaths: planted(rng, 30),
            outlets,
        }
    }

    /// The article outlet `o` writes.
    fn article(&self, rng: &mut Rng, o: usize) -> String {
        let is = |planted: Option<usize>| planted == Some(o);
        let mut sentences: Vec<String> = Vec::new();
        let leader = if is(self.wrong_leader) { &self.other_leader } else { &self.leader };
        sentences.push(format!(
            "{} {} {} said on {} that {} and {} had agreed to act together.",
            self.country, self.office, leader, self.weekday, self.country, self.partner
        ));
        let (thing, place) = self.thing;
        sentences.push(if is(self.denial) {
            format!("{} would not send {thing} {place}, officials told reporters.", self.country)
        } else {
            format!("{} will send {thing} {place}.", self.country)
        });
        let ministry = if is(self.wrong_ministry) { self.other_ministry } else { self.ministry };
        sentences.push(format!("{} {ministry} Minister {} said the plan was overdue.", self.country, self.minister));
        let fund = if is(self.wrong_fund) { &self.other_fund } else { &self.fund };
        sentences.push(format!("{} pledged {fund} to the joint fund.", self.partner));
        let day = if is(self.wrong_date) { self.other_day } else { self.day };
        sentences
            .push(format!("The {} was signed in {} on {day} {} {}.", self.accord, self.city, self.month, self.year));
        if rng.chance(60) {
            let deaths = if is(self.wrong_deaths) { self.other_deaths } else { self.deaths };
            sentences.push(format!("The storms that prompted the {} killed {deaths} people.", self.accord));
        }
        let fillers = 4 + rng.below(7);
        while sentences.len() < 6 + fillers {
            let f = rng.pick(FILLER);
            if !sentences.iter().any(|s| s == f) {
                sentences.push(f.to_string());
            }
        }
        // Each outlet tells it in its own order, after the lead.
        for k in (2..sentences.len()).rev() {
            let j = 1 + rng.below(k);
            sentences.swap(k, j);
        }
        let mut text = String::new();
        let _ = writeln!(text, "{} and {} agree joint plan\n", self.country, self.partner);
        let _ = writeln!(text, "By {}\n", person(rng));
        for (k, s) in sentences.iter().enumerate() {
            text.push_str(s);
            text.push_str(if k % 3 == 2 { "\n\n" } else { " " });
        }
        text.truncate(text.trim_end().len());
        text.push('\n');
        text
    }
}

/// Articles without end, story by story: four or five outlets each.
pub fn articles(seed: u64) -> impl Iterator<Item = SynthArticle> {
    let mut rng = Rng::new(seed);
    (0usize..).flat_map(move |story_no| {
        let story = Story::new(&mut rng);
        let sid = format!("s{story_no:06}");
        let outlets = story.outlets.iter().enumerate();
        outlets
            .map(|(o, outlet)| SynthArticle {
                id: format!("{sid}-{outlet}"),
                story: sid.clone(),
                text: story.article(&mut rng, o),
            })
            .collect::<Vec<_>>()
    })
}

/// The first `n` articles of [`articles`].
pub fn corpus(n: usize, seed: u64) -> Vec<SynthArticle> {
    articles(seed).take(n).collect()
}

/// Writes the first `n` articles as JSON lines with `id`, `story` and `text`, the shape
/// `gainsay check --input jsonl` reads, one at a time; returns the bytes of text written.
pub fn write_jsonl<W: Write>(mut out: W, n: usize, seed: u64) -> io::Result<usize> {
    let mut bytes = 0;
    for a in articles(seed).take(n) {
        bytes += a.text.len();
        let line = serde_json::json!({ "id": a.id, "story": a.story, "text": a.text });
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(bytes)
}
