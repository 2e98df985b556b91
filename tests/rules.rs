//! One test per rule family, each with a case that must conflict and a near miss that must
//! not. The articles are invented; no rule may depend on a name in them.

use gainsay::{Article, Checker, Report};

fn check(texts: &[&str]) -> Report {
    let articles: Vec<Article> = texts.iter().enumerate().map(|(i, t)| Article::new(format!("s{i}"), *t)).collect();
    Checker::default().check(&articles)
}

fn kinds(r: &Report) -> Vec<&str> {
    r.conflicts.iter().map(|c| c.kind.as_str()).collect()
}

fn has(r: &Report, kind: &str) -> bool {
    r.conflicts.iter().any(|c| c.kind == kind)
}

// --- aliases and metonyms -----------------------------------------------------------------

#[test]
fn alias_capital_metonym_meets_country_name() {
    let r = check(&["Rome would not deploy troops to the border.", "Italy will send troops to the border."]);
    assert!(has(&r, "polarity"), "{:?}", kinds(&r));
    assert_eq!(r.conflicts[0].key, "italy | contribute troops");
}

#[test]
fn alias_near_miss_different_countries_do_not_meet() {
    let r = check(&["Rome would not deploy troops to the border.", "France will send troops to the border."]);
    assert!(r.conflicts.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn alias_abbreviations_and_seats_of_power_meet() {
    let r =
        check(&["The U.S. joined the climate fund on Monday.", "The White House walked away from the climate fund."]);
    assert!(has(&r, "antonym"), "{:?}", kinds(&r));
}

// --- titles ---------------------------------------------------------------------------------

#[test]
fn title_two_holders_of_one_office() {
    let r = check(&[
        "Estonian Prime Minister Kaarel Tamm opened the talks.",
        "Prime Minister Mart Oja of Estonia opened the talks in Tallinn.",
    ]);
    let c = r.conflicts.iter().find(|c| c.kind == "value").expect("a value conflict");
    assert_eq!(c.key, "estonia | prime minister");
}

#[test]
fn title_near_miss_offices_of_different_countries() {
    let r = check(&[
        "Canadian Prime Minister Alain Roux met Italian officials.",
        "Italian Prime Minister Sara Conti met Canadian officials.",
    ]);
    assert!(!has(&r, "value"), "{:?}", kinds(&r));
}

#[test]
fn title_near_miss_former_holder_is_not_the_holder() {
    let r = check(&[
        "Former prime minister Ion Popa unveiled a plan in 2019.",
        "Prime Minister Radu Stan promised compensation to families.",
    ]);
    assert!(!has(&r, "value"), "{:?}", kinds(&r));
}

#[test]
fn title_one_person_two_offices_is_a_role_conflict() {
    let r = check(&[
        "Japanese Foreign Minister Kenta Abe signed the document.",
        "Japan was represented by Defence Minister Kenta Abe.",
    ]);
    assert!(has(&r, "role"), "{:?}", kinds(&r));
}

#[test]
fn title_portfolio_after_for_is_the_office() {
    let r = check(&[
        "Minister for Health Kenta Abe signed the document.",
        "Defence Minister Kenta Abe signed the document.",
    ]);
    assert!(has(&r, "role"), "{:?}", kinds(&r));
    // Near miss: the same office written both ways.
    let r = check(&[
        "Minister for Health Kenta Abe signed the document.",
        "Health Minister Kenta Abe signed the document.",
    ]);
    assert!(!has(&r, "role"), "{:?}", kinds(&r));
    // Near miss: a word of a longer brief is no name.
    let r = check(&[
        "Lord Abe, Minister for Defence Procurement, said the French deal was signed.",
        "French Defence Secretary Kenta Ito said the deal was signed.",
    ]);
    assert!(!has(&r, "value"), "{:?}", kinds(&r));
}

#[test]
fn title_spun_portfolio_names_are_the_same_office() {
    let r = check(&[
        "Deputy Foreign Minister Emre Kaya represented Turkey.",
        "Deputy Overseas Minister Emre Kaya represented Turkey.",
    ]);
    assert!(!has(&r, "role"), "{:?}", kinds(&r));
}

// --- surnames and spelling variants ---------------------------------------------------------

#[test]
fn surname_alone_resolves_to_the_full_name() {
    let r = check(&[
        "Fisheries Minister Daniel Okoro said the catch limit would fall by 21%.",
        "Okoro said the catch limit would not be cut.",
    ]);
    assert!(has(&r, "antonym") || has(&r, "polarity"), "{:?}", kinds(&r));
}

#[test]
fn variant_transliterations_are_one_person() {
    let r = check(&[
        "Ukrainian President Mykola Zelenskyy signed the memorandum in person.",
        "Ukrainian President Mykola Zelenskiy did not attend in person.",
    ]);
    assert!(has(&r, "polarity"), "{:?}", kinds(&r));
}

#[test]
fn variant_near_miss_similar_surnames_with_different_given_names() {
    let r =
        check(&["Trade Minister Harold Trumper opened the fair.", "Finance Minister Donald Truman opened the fair."]);
    assert!(!has(&r, "role"), "{:?}", kinds(&r));
}

// --- numbers --------------------------------------------------------------------------------

#[test]
fn number_intervals_that_cannot_overlap_conflict() {
    let r = check(&["Finland will provide 12 patrol vessels.", "Finland will deliver five new patrol ships."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
}

#[test]
fn number_near_miss_hedges_make_overlapping_intervals() {
    let r = check(&[
        "More than 400 ships have passed through the canal since May.",
        "415 vessels have passed through the canal since May.",
        "Finland will provide about 20 patrol vessels.",
        "Finland will provide 21 patrol vessels.",
    ]);
    assert!(!has(&r, "number"), "{:?}", kinds(&r));
}

#[test]
fn number_hedge_opening_the_sentence_is_kept() {
    // The figure is the subject: the rule reads it from "ten", past the hedge before it.
    let near = check(&["At least ten miners were hurt in the blast.", "A dozen miners were hurt in the blast."]);
    assert!(!has(&near, "number"), "{:?}", kinds(&near));
    let must = check(&["At most ten miners were hurt in the blast.", "A dozen miners were hurt in the blast."]);
    assert!(has(&must, "number"), "{:?}", kinds(&must));
}

#[test]
fn number_money_scales_and_units() {
    let r = check(&["Norway pledged $1.5 billion to the fund.", "Norway has pledged $500 million to the fund."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
    let same = check(&["Norway pledged US$1.5 billion to the fund.", "Norway pledged $1.5bn to the fund."]);
    assert!(same.conflicts.is_empty(), "{:?}", kinds(&same));
}

#[test]
fn number_percent_spellings_meet() {
    let r = check(&["Exports fell by 13.4 per cent in the year to March.", "Exports fell 31.4% in the year to March."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
    let same = check(&["Exports fell by 13.4 per cent.", "Exports fell 13.4%."]);
    assert!(same.conflicts.is_empty(), "{:?}", kinds(&same));
}

#[test]
fn number_words_and_measures() {
    let r = check(&["Twenty-three people are dead after the floods.", "The floods have left 32 dead."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
}

#[test]
fn number_spun_thousands_is_one_figure() {
    // A spinner wrote the leading digit as a word: "four,250" is 4,250, not 4 and 250.
    let same =
        check(&["The mission keeps 4,250 police in the city.", "The mission keeps four,250 police in the city."]);
    assert!(same.conflicts.is_empty(), "{:?}", kinds(&same));
    let r = check(&["The mission keeps 2,500 police in the city.", "The mission keeps four,250 police in the city."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
}

#[test]
fn number_m_before_a_plural_count_is_million() {
    let same = check(&["Kenya received 4.5 million doses.", "Kenya received 4.5m doses."]);
    assert!(same.conflicts.is_empty(), "{:?}", kinds(&same));
    let r = check(&["Kenya received 2 million doses.", "Kenya received 4.5m doses."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
}

#[test]
fn number_count_owner_read_through_a_hedge() {
    // "employs about 3,200" is a verb before a hedged figure, so the count has its owner
    // and meets the other article's count of the same owner.
    let r = check(&[
        "Tarnwell produced copper last year and employs about 2,300 workers.",
        "Tarnwell employs about 3,200 staff.",
    ]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
    let same = check(&[
        "Tarnwell produced copper last year and employs about 3,100 workers.",
        "Tarnwell employs about 3,200 staff.",
    ]);
    assert!(same.conflicts.is_empty(), "{:?}", kinds(&same));
}

#[test]
fn number_level_verbs_say_what_was_says() {
    let r = check(&["Annual inflation stood at 4.9% in February.", "Inflation was 5.9% in February."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
    let same = check(&["Unemployment remained at about 7 per cent.", "Unemployment was 7.2%."]);
    assert!(same.conflicts.is_empty(), "{:?}", kinds(&same));
}

#[test]
fn number_near_miss_figures_for_different_months() {
    let r = check(&["Inflation was 5.9% in January.", "Inflation stood at 4.9% in February."]);
    assert!(r.conflicts.is_empty(), "{:?}", kinds(&r));
    let years = check(&["Turnout was 61% in 2019.", "Turnout was 48 per cent in 2024."]);
    assert!(years.conflicts.is_empty(), "{:?}", kinds(&years));
}

#[test]
fn number_a_change_to_a_figure_gives_the_level() {
    let r = check(&["Inflation slowed to 3.7% in October.", "Inflation was 4.6% in October."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
    // "fell to 5.1%" is the level, "fell 0.2%" the size of the change: no conflict.
    let near = check(&["Unemployment fell to 5.1% in March.", "Unemployment fell 0.2% in March."]);
    assert!(!has(&near, "number"), "{:?}", kinds(&near));
}

#[test]
fn number_with_a_thing_at_a_figure() {
    let r = check(&["With inflation at 4.6% in October, the bank cut rates.", "Inflation was 3.7% in October."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
    let near = check(&["With inflation at 4.6% in September, the bank cut rates.", "Inflation was 3.7% in October."]);
    assert!(!has(&near, "number"), "{:?}", kinds(&near));
}

#[test]
fn number_a_measure_put_at_a_figure() {
    let r = check(&["Police put the death toll at 17.", "The fire has left 71 dead."]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
    let same = check(&["Police put the death toll at 17.", "The death toll stood at 17."]);
    assert!(same.conflicts.is_empty(), "{:?}", kinds(&same));
}

// --- dates ----------------------------------------------------------------------------------

#[test]
fn date_forecast_after_a_plural_subject() {
    // "Analysts expect" is a subject and its verb, so the forecast is read.
    let r =
        check(&["Analysts expect the merger to close by June 2026.", "The merger will not close until January 2027."]);
    assert!(has(&r, "date"), "{:?}", kinds(&r));
    let same = check(&["Analysts expect the merger to close by June 2026.", "The merger will close in May 2026."]);
    assert!(!has(&same, "date"), "{:?}", kinds(&same));
}

#[test]
fn date_a_planned_year_does_not_make_the_story_older() {
    // "open in 2029" is a plan: the vote of 12 March 2026 stays the story's present.
    let r = check(&[
        "The board voted 6-3 on Thursday, 12 March 2026.\nMembership applications open in 2029.",
        "The board voted 5-4 in favour.",
    ]);
    assert!(has(&r, "number"), "{:?}", kinds(&r));
}

#[test]
fn date_two_days_for_one_event_conflict() {
    let r = check(&[
        "The memorandum was signed at the palace on 16 November 2025.",
        "The president signed the memorandum at the palace on 6 November.",
    ]);
    assert!(has(&r, "date"), "{:?}", kinds(&r));
}

#[test]
fn date_near_miss_containment_and_formats() {
    let r = check(&[
        "Icelandic boats will keep their access to Maltese waters until June 2041.",
        "The deal maintains Icelandic access to Maltese waters until 30 June 2041.",
        "It was signed in Valletta on January 9, 2025.",
        "The pact was signed in Valletta on Jan. 9.",
    ]);
    assert!(!has(&r, "date"), "{:?}", kinds(&r));
}

#[test]
fn date_deadline_missed() {
    let r = check(&[
        "The force should be operational by June 2026.",
        "The force is due to become operational in January 2027.",
    ]);
    assert!(has(&r, "date"), "{:?}", kinds(&r));
}

// --- scope ----------------------------------------------------------------------------------

#[test]
fn scope_conditionals_and_possibilities_are_not_claims() {
    let r = check(&[
        "If Germany matched the pledge, the fund could finance every plan.",
        "Germany will not put new money into the fund.",
        "Iceland could consider joint air patrols next year.",
        "Iceland will not conduct joint air patrols.",
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn scope_questions_are_not_claims() {
    let r = check(&["Will Finland send troops?", "Finland would not deploy troops."]);
    assert!(r.conflicts.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn scope_different_subjects_never_conflict() {
    let r = check(&["France refused to join the accord.", "Italy joined the accord on Monday."]);
    assert!(r.conflicts.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn scope_requests_are_not_actions() {
    let r = check(&["The United States has asked Italy to join the force.", "Italy refused to join the force."]);
    assert!(r.conflicts.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn scope_considering_conflicts_with_refusal() {
    let r = check(&[
        "Finland has become the first country to seriously consider sending troops.",
        "Finland would not deploy troops.",
    ]);
    assert!(has(&r, "polarity"), "{:?}", kinds(&r));
}

// --- antonyms and self-contradiction --------------------------------------------------------

#[test]
fn antonym_accept_reject_with_metonyms() {
    let r = check(&[
        "Reykjavik rejected Helsinki's request to extend the ferry route.",
        "Iceland accepted Finland's request to extend the ferry route.",
    ]);
    assert!(has(&r, "antonym"), "{:?}", kinds(&r));
}

#[test]
fn antonym_near_miss_synonyms_agree() {
    let r = check(&["The US is pulling out of the alliance.", "The United States was withdrawing from the alliance."]);
    assert!(r.conflicts.is_empty(), "{:?}", kinds(&r));
}

#[test]
fn self_contradiction_is_marked() {
    let r = check(&[
        "Malta and Cyprus signed the charter. Later, Cyprus and Iceland, which did not sign the charter, left.",
    ]);
    let c = r.conflicts.iter().find(|c| c.kind == "polarity").expect("a polarity conflict");
    assert!(c.self_contradiction);
}

// --- sizes: "X is worth N", "an X of N", "an N X" ----------------------------------------

#[test]
fn size_worth_of_and_before_the_noun_are_one_amount() {
    let r = check(&[
        "The relief fund is worth $90 million, officials said.",
        "Ministers set up a relief fund of $90 million.",
        "The government announced a $90 million relief fund on Monday.",
        "A $150 million relief fund was announced on Monday.",
    ]);
    let c = r.conflicts.iter().find(|c| c.kind == "number").expect("a number conflict");
    assert_eq!(c.key, "fund | amount");
    let ninety = c.sides.iter().find(|s| s.value.contains("90")).expect("the $90 million side");
    assert_eq!(ninety.sources, ["s0", "s1", "s2"], "{:?}", c.sides);
}

#[test]
fn size_near_miss_a_change_or_a_denial_is_no_size() {
    // A cut of N is a change, not the fund's size; "not worth" says nothing of its size.
    let r = check(&[
        "Ministers set up a relief fund of $90 million.",
        "Ministers announced a cut of $150 million to the relief fund.",
        "The relief fund is not worth $150 million.",
    ]);
    assert!(!has(&r, "number"), "{:?}", r.conflicts);
}
