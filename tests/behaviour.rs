//! What the annotator finds, stated as behaviour: one short original sentence per case.

use whosaid::{Analysis, Annotator, AttributionKind, CaveatKind, SpeakerKind};

fn annotate(text: &str) -> Analysis {
    Annotator::new().annotate(text)
}

/// Asserts one attribution with this cue exists, with the given source and content texts.
#[track_caller]
fn assert_attribution(
    text: &str,
    cue: &str,
    source: Option<&str>,
    content: &[&str],
    kind: AttributionKind,
) {
    let a = annotate(text);
    let found = a.attributions.iter().find(|x| x.cue.text(text) == cue);
    let Some(at) = found else {
        panic!(
            "no attribution with cue {cue:?} in {text:?}; cues found: {:?}",
            cues(text)
        );
    };
    assert_eq!(
        at.source.map(|s| s.text(text)),
        source,
        "source of {cue:?} in {text:?}"
    );
    let got: Vec<&str> = at.content.iter().map(|c| c.text(text)).collect();
    assert_eq!(got, content, "content of {cue:?} in {text:?}");
    assert_eq!(at.kind, kind, "kind of {cue:?} in {text:?}");
    assert!(at.why.contains(cue), "why {:?} names the cue", at.why);
}

/// The cues of every attribution in `text`, in order.
fn cues(text: &str) -> Vec<&str> {
    annotate(text)
        .attributions
        .iter()
        .map(|x| x.cue.text(text))
        .collect()
}

/// The sources of every attribution in `text`, in order.
fn sources(text: &str) -> Vec<&str> {
    annotate(text)
        .attributions
        .iter()
        .filter_map(|x| x.source.map(|s| s.text(text)))
        .collect()
}

/// The source of the first attribution whose cue starts with `cue`; it must be found.
#[track_caller]
fn source_of_cue<'a>(text: &'a str, cue: &str) -> Option<&'a str> {
    let a = annotate(text);
    let found = a
        .attributions
        .iter()
        .find(|x| x.cue.text(text).starts_with(cue))
        .unwrap_or_else(|| panic!("a cue starting {cue:?} in {text:?}"));
    found.source.map(|s| s.text(text))
}

/// The content of the first attribution whose cue starts with `cue`; it must be found.
#[track_caller]
fn content_of_cue<'a>(text: &'a str, cue: &str) -> Vec<&'a str> {
    let a = annotate(text);
    let found = a
        .attributions
        .iter()
        .find(|x| x.cue.text(text).starts_with(cue))
        .unwrap_or_else(|| panic!("a cue starting {cue:?} in {text:?}"));
    found.content.iter().map(|c| c.text(text)).collect()
}

/// Asserts that no attribution is found in `text`.
#[track_caller]
fn assert_no_cues(text: &str) {
    let cues = cues(text);
    assert!(
        cues.is_empty(),
        "no cue expected in {text:?}, found {cues:?}"
    );
}

/// Asserts exactly these caveats (text, kind), in order.
#[track_caller]
fn assert_caveats(text: &str, expected: &[(&str, CaveatKind)]) {
    let a = annotate(text);
    let got: Vec<(&str, CaveatKind)> = a
        .caveats
        .iter()
        .map(|c| (c.span.text(text), c.kind))
        .collect();
    assert_eq!(got, expected, "caveats of {text:?}");
}

#[test]
fn direct_quote_before_an_inverted_cue() {
    assert_attribution(
        "“We will not go back,” said Anna Petrova, the mayor.",
        "said",
        Some("Anna Petrova, the mayor"),
        &["We will not go back,"],
        AttributionKind::Direct,
    );
}

#[test]
fn direct_quote_before_subject_and_cue() {
    assert_attribution(
        "\"The talks failed,\" the minister said.",
        "said",
        Some("the minister"),
        &["The talks failed,"],
        AttributionKind::Direct,
    );
}

#[test]
fn quote_interrupted_by_its_cue_is_one_claim_in_two_parts() {
    assert_attribution(
        "“We tried,” she said, “but nobody listened.”",
        "said",
        Some("she"),
        &["We tried,", "but nobody listened."],
        AttributionKind::Direct,
    );
}

#[test]
fn cue_then_colon_then_quote() {
    assert_attribution(
        "The governor said: “The bridge is safe.”",
        "said",
        Some("The governor"),
        &["The bridge is safe."],
        AttributionKind::Direct,
    );
}

#[test]
fn indirect_speech_after_the_cue() {
    assert_attribution(
        "Moscow says there is insufficient evidence to blame it.",
        "says",
        Some("Moscow"),
        &["there is insufficient evidence to blame it"],
        AttributionKind::Indirect,
    );
}

#[test]
fn indirect_speech_before_an_inverted_cue() {
    assert_attribution(
        "The plan is dead, the senator said.",
        "said",
        Some("the senator"),
        &["The plan is dead"],
        AttributionKind::Indirect,
    );
}

#[test]
fn mixed_quote_inside_reported_speech() {
    assert_attribution(
        "Reyes said the estimates were “wildly optimistic” for the region.",
        "said",
        Some("Reyes"),
        &["the estimates were “wildly optimistic” for the region"],
        AttributionKind::Mixed,
    );
}

#[test]
fn according_to_names_its_source_after_the_cue() {
    assert_attribution(
        "According to the port authority, three workers were hurt.",
        "According to",
        Some("the port authority"),
        &["three workers were hurt"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Three workers were hurt, according to the port authority.",
        "according to",
        Some("the port authority"),
        &["Three workers were hurt"],
        AttributionKind::Indirect,
    );
}

#[test]
fn auxiliaries_belong_to_the_cue_and_time_phrases_leave_the_source() {
    assert_attribution(
        "The Kremlin on Tuesday has also said the report was false.",
        "has also said",
        Some("The Kremlin"),
        &["the report was false"],
        AttributionKind::Indirect,
    );
}

#[test]
fn apposition_with_possessive_title_is_part_of_the_source() {
    let text = "Putin’s spokesman, Dmitry Peskov, told reporters the claims were absurd.";
    assert_attribution(
        text,
        "told",
        Some("Putin’s spokesman, Dmitry Peskov"),
        &["the claims were absurd"],
        AttributionKind::Indirect,
    );
    let a = annotate(text);
    let speaker = &a.speakers[a.attributions[0].speaker.unwrap()];
    assert_eq!(speaker.name, "Dmitry Peskov");
    assert_eq!(speaker.kind, SpeakerKind::Person);
    assert_eq!(speaker.roles, vec!["Putin’s spokesman".to_string()]);
    assert_eq!(
        speaker.why,
        "Dmitry Peskov: a named person; the source of 1 claim, mentioned 1 time"
    );
}

#[test]
fn a_denial_is_an_attribution_and_a_denial_caveat_linked_to_it() {
    let text = "Assad denies responsibility for the attack.";
    assert_attribution(
        text,
        "denies",
        Some("Assad"),
        &["responsibility for the attack"],
        AttributionKind::Indirect,
    );
    let a = annotate(text);
    let denial = a
        .caveats
        .iter()
        .find(|c| c.kind == CaveatKind::Denial)
        .expect("a denial caveat");
    assert_eq!(denial.span.text(text), "denies");
    assert_eq!(
        denial.why,
        "denial: the cue 'denies'; the claim it answers is contested"
    );
    let at = &a.attributions[denial.attribution.expect("linked to the attribution")];
    assert_eq!(a.speakers[at.speaker.unwrap()].name, "Assad");
}

#[test]
fn short_forms_and_pronouns_resolve_to_the_named_speaker() {
    let text = "Kremlin spokesman Dmitry Peskov said the talks were over.\n\n\
                Peskov said Moscow would wait. He added that nothing had changed.";
    let a = annotate(text);
    assert_eq!(a.attributions.len(), 3);
    let ids: Vec<Option<usize>> = a.attributions.iter().map(|x| x.speaker).collect();
    assert!(
        ids.iter().all(|&i| i == ids[0] && i.is_some()),
        "one speaker for all three: {ids:?}"
    );
    let peskov = &a.speakers[ids[0].unwrap()];
    assert_eq!(peskov.name, "Dmitry Peskov");
    assert!(peskov.roles.iter().any(|r| r == "Kremlin spokesman"));
    let mentions: Vec<&str> = peskov.mentions.iter().map(|m| m.text(text)).collect();
    assert_eq!(
        mentions,
        vec!["Kremlin spokesman Dmitry Peskov", "Peskov", "He"]
    );
}

#[test]
fn institutions_and_unnamed_sources_are_speakers_of_their_own_kind() {
    let text =
        "The Kremlin said it was not involved. Officials familiar with the matter said otherwise.";
    let a = annotate(text);
    let kinds: Vec<SpeakerKind> = a
        .attributions
        .iter()
        .map(|x| a.speakers[x.speaker.unwrap()].kind)
        .collect();
    assert_eq!(
        kinds,
        vec![SpeakerKind::Organisation, SpeakerKind::Anonymous]
    );
}

#[test]
fn who_after_a_name_is_that_name() {
    let text = "Mayor Ana Lopes, who proposed the plan, said it would pass.";
    let a = annotate(text);
    let at = a
        .attributions
        .iter()
        .find(|x| x.cue.text(text) == "said")
        .unwrap();
    assert_eq!(at.source.map(|s| s.text(text)), Some("Mayor Ana Lopes"));
    assert_eq!(a.speakers[at.speaker.unwrap()].name, "Ana Lopes");
}

#[test]
fn hedges_are_caveats_and_may_the_month_is_not() {
    assert_caveats(
        "The blast apparently targeted the depot and may have been planned in May.",
        &[
            ("apparently", CaveatKind::Hedge),
            ("may", CaveatKind::Hedge),
        ],
    );
}

#[test]
fn a_hedge_phrase_marks_the_word_that_carries_the_doubt() {
    assert_caveats(
        "The bones are thought to be old, and the judge is expected to rule.",
        &[
            ("thought", CaveatKind::Hedge),
            ("expected", CaveatKind::Hedge),
        ],
    );
}

#[test]
fn assumptions_doubt_and_what_is_not_clear_are_hedges() {
    assert_caveats(
        "It is widely assumed that the levy will go.",
        &[("assumed", CaveatKind::Hedge)],
    );
    assert_caveats(
        "Economists doubt the rebound will last.",
        &[("doubt", CaveatKind::Hedge)],
    );
    assert_caveats(
        "How the fire started is not clear.",
        &[("not clear", CaveatKind::Hedge)],
    );
}

#[test]
fn hedge_words_in_phrases_of_certainty_are_no_hedge() {
    for text in [
        "The council will reply as soon as possible.",
        "The bridge was made possible by a grant.",
        "The damage soon became apparent.",
        "The heir apparent toured the docks.",
        "Sales were better than expected.",
        "There is no doubt about the result.",
        "She assumed command of the fleet in June.",
        "The rules should be applied to every club.",
        "We should keep the door open.",
        "Should the talks fail, the strike goes ahead.",
    ] {
        assert_caveats(text, &[]);
    }
    assert_caveats(
        "The merger should help the bank cut costs.",
        &[("should", CaveatKind::Hedge)],
    );
}

#[test]
fn would_be_in_reported_speech_is_no_hedge() {
    // FactBank marks 2 of its 20 "would be" and WikiWeasel 1 of 115: most are reported plans.
    assert_caveats("The Premier said the lockout laws would be reviewed.", &[]);
    assert_caveats(
        "Whitehall sources said the review would be published before the summer recess.",
        &[("sources", CaveatKind::Anonymous)],
    );
}

#[test]
fn beliefs_opinions_and_hypotheses_are_hedges() {
    assert_caveats(
        "The witness thought the car was speeding; the crew believed the boat had sunk.",
        &[
            ("thought", CaveatKind::Hedge),
            ("believed", CaveatKind::Hedge),
        ],
    );
    assert_caveats(
        "The talks are supposed to end by May.",
        &[("supposed", CaveatKind::Hedge)],
    );
    assert_caveats(
        "Maybe the vote slips. Osei is widely considered the favourite.",
        &[
            ("Maybe", CaveatKind::Hedge),
            ("considered", CaveatKind::Hedge),
        ],
    );
    assert_caveats(
        "The committee considered the bill and she was considered for the post.",
        &[],
    );
}

#[test]
fn the_month_a_call_unanswered_and_strength_are_not_hedges() {
    assert_caveats(
        "May was the wettest month on record. The rebels fought with all their might.",
        &[],
    );
    assert_caveats("The harbour master could not be reached on Sunday.", &[]);
    assert_caveats("Neither firm could be reached; she could not swim.", &[]);
    assert_caveats(
        "No suspects were named, and troops raided suspected militant camps.",
        &[],
    );
    assert_caveats(
        "Detectives suspect a link; two men are suspected of arson.",
        &[
            ("suspect", CaveatKind::Hedge),
            ("suspected", CaveatKind::Hedge),
        ],
    );
    assert_caveats("The levee could fail.", &[("could", CaveatKind::Hedge)]);
    assert_caveats("It was food for thought, and she thought about it.", &[]);
}

#[test]
fn evidence_statements_are_caveats() {
    assert_caveats(
        "The figures could not be independently verified.",
        &[("could not be independently verified", CaveatKind::Evidence)],
    );
}

#[test]
fn distancing_by_phrase_and_by_scare_quotes() {
    assert_caveats(
        "The group ended what critics called a “consultation” in name only.",
        &[
            ("what critics called", CaveatKind::Distancing),
            ("“consultation”", CaveatKind::Distancing),
        ],
    );
}

#[test]
fn scare_quotes_are_the_same_with_the_full_stop_inside_or_outside() {
    for text in [
        "The board said the audit was \"a formality.\"",
        "The board said the audit was 'a formality'.",
    ] {
        let a = annotate(text);
        let scare: Vec<&str> = a
            .caveats
            .iter()
            .filter(|c| c.kind == CaveatKind::Distancing)
            .map(|c| c.span.text(text).trim_matches(['"', '\'', '.']))
            .collect();
        assert_eq!(scare, vec!["a formality"], "{text}");
    }
    // A quoted sentence is no scare quote.
    let text = "The chair said: \"Stop now.\"";
    assert!(annotate(text).caveats.is_empty(), "{text}");
}

#[test]
fn an_unnamed_source_of_an_attribution_is_an_anonymous_caveat() {
    let text = "Officials said the road would reopen. A person familiar with the matter disagreed.";
    let a = annotate(text);
    let anon: Vec<&str> = a
        .caveats
        .iter()
        .filter(|c| c.kind == CaveatKind::Anonymous)
        .map(|c| c.span.text(text))
        .collect();
    assert_eq!(anon, vec!["Officials", "A person familiar with the matter"]);
}

#[test]
fn a_singular_source_or_official_after_its_modifiers_is_an_anonymous_caveat() {
    let anonymous = |text: &str| -> Vec<String> {
        annotate(text)
            .caveats
            .iter()
            .filter(|c| c.kind == CaveatKind::Anonymous)
            .map(|c| c.span.text(text).to_string())
            .collect()
    };
    assert_eq!(
        anonymous("A Downing Street source said there was no appetite for an election."),
        ["source"]
    );
    assert_eq!(
        anonymous("A White House official said the talks would resume."),
        ["official"]
    );
    // Not the head of the source, or a named one: no caveat.
    assert!(anonymous("The official figures show a rise.").is_empty());
    assert!(anonymous("Jack Reed, a former Justice official, said the plan was legal.").is_empty());
    let text = "A senior Garda source said the gang had links to a cartel.";
    let a = annotate(text);
    let id = a.attributions[0].speaker.expect("a speaker");
    assert_eq!(a.speakers[id].kind, whosaid::SpeakerKind::Anonymous);
}

#[test]
fn quotation_over_several_paragraphs_is_one_claim_in_a_piece_per_paragraph() {
    let text =
        "She said: “The first part is this.\n\n“And the second part is that.”\n\nThen she left.";
    let a = annotate(text);
    assert_eq!(a.quotes.len(), 1);
    assert!(a.quotes[0].closed);
    assert_eq!(a.attributions.len(), 1);
    let pieces: Vec<&str> = a.attributions[0]
        .content
        .iter()
        .map(|c| c.text(text))
        .collect();
    assert_eq!(pieces.len(), 2, "{pieces:?}");
    assert!(pieces[0].ends_with("The first part is this."), "{pieces:?}");
    assert!(
        pieces[1].ends_with("the second part is that."),
        "{pieces:?}"
    );
    // Run on after its cue, the quotation is cut at the break too.
    let text = "“The roof leaks,” the tenant said. “The boiler is broken.\n\n“Nobody has come.”";
    assert_eq!(
        content_of_cue(text, "said"),
        [
            "The roof leaks,",
            "The boiler is broken.",
            "“Nobody has come."
        ]
    );
}

#[test]
fn an_unclosed_quote_stops_at_its_paragraph() {
    let text = "He said: “This never closes.\n\nThe council said the vote was fair.";
    let a = annotate(text);
    assert!(!a.quotes[0].closed);
    assert_eq!(a.quotes[0].span.text(text), "“This never closes.");
    assert!(a.attributions.iter().any(
        |x| x.cue.text(text) == "said" && x.source.map(|s| s.text(text)) == Some("The council")
    ));
}

#[test]
fn nouns_that_look_like_cues_are_not_cues() {
    assert_no_cues("The cost estimates were high. The State Department report was late.");
}

#[test]
fn a_reported_clause_stops_before_the_writers_own_clause() {
    assert_attribution(
        "Figueroa said the plan failed, though she admitted nobody expected it to work.",
        "said",
        Some("Figueroa"),
        &["the plan failed"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Trump is warning voters that a loss would be a disaster.",
        "is warning",
        Some("Trump"),
        &["that a loss would be a disaster"],
        AttributionKind::Indirect,
    );
}

#[test]
fn passive_cues_take_their_source_after_by() {
    assert_attribution(
        "The leak was first reported by the city newspaper.",
        "was first reported",
        Some("the city newspaper"),
        &["The leak"],
        AttributionKind::Indirect,
    );
}

#[test]
fn curly_quote_then_name_then_cue() {
    assert_attribution(
        "“The figures are wrong,” Peskov said.",
        "said",
        Some("Peskov"),
        &["The figures are wrong,"],
        AttributionKind::Direct,
    );
}

#[test]
fn source_boundaries_leave_out_settings_adverbs_and_keep_titles() {
    assert_attribution(
        "In a radio interview Lopes dismissed the report.",
        "dismissed",
        Some("Lopes"),
        &["the report"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Reyes frequently criticized the budget.",
        "frequently criticized",
        Some("Reyes"),
        &["the budget"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "“The vote was rushed,” said Rep. Ana Diaz (D-Ore.), head of the budget panel.",
        "said",
        Some("Rep. Ana Diaz (D-Ore.), head of the budget panel"),
        &["The vote was rushed,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_title_case_headline_keeps_its_capitalised_cue() {
    let text = "Mayor Lopes Says Tram Plan Will Cut Journeys\n\nThe council met.";
    let a = annotate(text);
    let at = a
        .attributions
        .iter()
        .find(|x| x.cue.text(text) == "Says")
        .expect("the headline cue");
    assert_eq!(at.source.map(|s| s.text(text)), Some("Mayor Lopes"));
    assert_eq!(at.content[0].text(text), "Tram Plan Will Cut Journeys");
    // A short headline is judged on its own words, not on the article's first sentence.
    let text = "Ortiz Says Depot Will Close\n\nThe city council heard on Monday that the depot \
                would close in the spring.";
    let a = annotate(text);
    assert!(
        a.attributions.iter().any(|x| x.cue.text(text) == "Says"),
        "{text}"
    );
}

#[test]
fn noun_like_cues_read_as_verbs_before_a_clause() {
    assert_attribution(
        "The survey shows Lopes ahead by three points.",
        "shows",
        Some("The survey"),
        &["Lopes ahead by three points"],
        AttributionKind::Indirect,
    );
    let text = "The late shows were sold out.";
    assert_no_cues(text); // "shows" as a noun
}

#[test]
fn inverted_cue_opening_the_sentence_before_a_colon() {
    assert_attribution(
        "Said Ellis: “Nobody here wants a tram.”",
        "Said",
        Some("Ellis"),
        &["Nobody here wants a tram."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_setting_between_cue_and_that_is_not_part_of_the_claim() {
    assert_attribution(
        "Ortiz said in a letter to the board that the contract was void.",
        "said",
        Some("Ortiz"),
        &["that the contract was void"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The mayor urged residents at the meeting to stay calm.",
        "urged",
        Some("The mayor"),
        &["to stay calm"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_cue_inside_a_reported_clause_is_part_of_that_claim() {
    let text = "Lopes said she hopes the tram opens in May.";
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn a_conjunction_opens_a_second_claim_and_ends_the_first() {
    let text =
        "The Kremlin denied any role in the blast, and Moscow says there is insufficient evidence.";
    assert_attribution(
        text,
        "denied",
        Some("The Kremlin"),
        &["any role in the blast"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "says",
        Some("Moscow"),
        &["there is insufficient evidence"],
        AttributionKind::Indirect,
    );
}

#[test]
fn future_would_and_nouns_are_not_hedges() {
    assert_caveats(
        "He said the council would meet. Police arrested the suspect.",
        &[],
    );
    assert_caveats(
        "An estimated 5,000 people came; the figure is probably low.",
        &[("probably", CaveatKind::Hedge)],
    );
    // Thinking again or about something doubts nothing; thinking that something is so does.
    assert_caveats(
        "She urged the council to think again and to think about the riders.",
        &[],
    );
    assert_caveats(
        "I think the plan is flawed.",
        &[("think", CaveatKind::Hedge)],
    );
}

#[test]
fn the_subject_of_a_passive_without_by_is_not_its_source() {
    assert_eq!(
        source_of_cue(
            "The contractor was accused of inflating the bill.",
            "was accused"
        ),
        None
    );
}

#[test]
fn an_adverb_cue_does_not_swallow_the_cue_after_it() {
    let text = "Officials reportedly denied the report.";
    assert_attribution(
        text,
        "denied",
        Some("Officials"),
        &["the report"],
        AttributionKind::Indirect,
    );
    let a = annotate(text);
    let anonymous: Vec<&str> = a
        .caveats
        .iter()
        .filter(|c| c.kind == CaveatKind::Anonymous)
        .map(|c| c.span.text(text))
        .collect();
    assert_eq!(anonymous, vec!["Officials"]);
}

#[test]
fn headline_label_names_the_speaker() {
    assert_attribution(
        "Okafor: Bridge repairs will finish before winter\n\nThe mayor spoke on Monday.",
        ":",
        Some("Okafor"),
        &["Bridge repairs will finish before winter"],
        AttributionKind::Indirect,
    );
}

#[test]
fn transcript_label_opens_each_turn() {
    let text = "\"HOST: What did the council decide tonight?\n\n\"LINDQVIST: We voted to keep the library open.";
    assert_attribution(
        text,
        ":",
        Some("HOST"),
        &["What did the council decide tonight?"],
        AttributionKind::Direct,
    );
    assert_eq!(sources(text), ["HOST", "LINDQVIST"]);
}

#[test]
fn label_that_names_nobody_is_no_speaker() {
    let text =
        "Update: The road reopened at noon after the crash.\n\nPhoto: A crane lifts the lorry.";
    assert_no_cues(text);
    // A British topic label opens a headline about the topic.
    assert_no_cues("Brexit: What happens next for the Irish border");
}

#[test]
fn quotation_signed_with_a_dash() {
    assert_attribution(
        "“The bus never comes on time.” ― Mara Quist\n“We need more drivers.” ― Olu Ade",
        "―",
        Some("Mara Quist"),
        &["The bus never comes on time."],
        AttributionKind::Direct,
    );
    // A line may open with the other mark, as typed in a hurry.
    assert_eq!(
        source_of_cue("”Buses are late.” ― Mara Quist\n", "―"),
        Some("Mara Quist")
    );
    // A quotation that ends the story's sentence before a byline is signed by nobody; nor is
    // a quoted section title between dashes.
    assert_no_cues("The crowd at the depot was “huge.”--Olu Ade.\n\nMore news.");
    assert_no_cues("The night ended.\n\n– ‘Who cares?’ –.\n\nThe crowd left.");
}

#[test]
fn long_apposition_between_name_and_cue() {
    assert_attribution(
        "Ilse Brandt, a planner who worked on the scheme for a decade, said the ferry would stay.",
        "said",
        Some("Ilse Brandt, a planner who worked on the scheme for a decade"),
        &["the ferry would stay"],
        AttributionKind::Indirect,
    );
}

#[test]
fn named_speaker_after_a_comma_starts_a_new_claim() {
    let text = "When she wrote the report, Dr. Lena Holm said that the dam was safe.";
    assert_attribution(
        text,
        "said",
        Some("Dr. Lena Holm"),
        &["that the dam was safe"],
        AttributionKind::Indirect,
    );
}

#[test]
fn second_verb_shares_the_sentence_subject() {
    assert_attribution(
        "Sen. Ada Ruiz visited the depot and said the trains would run again.",
        "said",
        Some("Sen. Ada Ruiz"),
        &["the trains would run again"],
        AttributionKind::Indirect,
    );
}

#[test]
fn conjoined_cue_ends_the_first_claim() {
    let text = "He announced the closure of the mill and said the workers would be paid.";
    assert_attribution(
        text,
        "announced",
        Some("He"),
        &["the closure of the mill"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "said",
        Some("He"),
        &["the workers would be paid"],
        AttributionKind::Indirect,
    );
}

#[test]
fn inverted_cue_reports_a_clause_that_holds_a_cue_word() {
    // "saw" is a cue word, but here the clause before the comma is what the lawyers said.
    let text = "The family saw the verdict on Monday, lawyers for the family said.";
    assert_eq!(cues(text), ["said"]);
    assert_attribution(
        text,
        "said",
        Some("lawyers for the family"),
        &["The family saw the verdict on Monday"],
        AttributionKind::Indirect,
    );
}

#[test]
fn question_quote_then_named_cue_in_the_next_sentence() {
    assert_attribution(
        "“Who will pay for the new pier?” Okonjo said.",
        "said",
        Some("Okonjo"),
        &["Who will pay for the new pier?"],
        AttributionKind::Direct,
    );
}

#[test]
fn cue_with_its_own_claim_leaves_the_quote_before_it() {
    let text = "“Who will pay?” Okonjo said the council had no answer.";
    assert_attribution(
        text,
        "said",
        Some("Okonjo"),
        &["the council had no answer"],
        AttributionKind::Indirect,
    );
}

#[test]
fn asked_opens_a_question_without_a_source() {
    assert_attribution(
        "Asked whether she would run again, Moreau said no.",
        "Asked",
        None,
        &["whether she would run again"],
        AttributionKind::Indirect,
    );
}

#[test]
fn person_told_stands_between_cue_and_quote() {
    assert_attribution(
        "He told Ines Alves of Radio Sul, “The ferry stays.”",
        "told",
        Some("He"),
        &["The ferry stays."],
        AttributionKind::Direct,
    );
}

#[test]
fn relative_clause_apposition_between_quote_and_cue() {
    assert_attribution(
        "“It was hard,” Tomas Berg, who ran the depot for years, told the Courier.",
        "told",
        Some("Tomas Berg, who ran the depot for years"),
        &["It was hard,"],
        AttributionKind::Direct,
    );
}

#[test]
fn time_phrase_after_the_cue_is_not_the_claim() {
    assert_attribution(
        "Reyes said last week the depot would close.",
        "said",
        Some("Reyes"),
        &["the depot would close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn adverb_between_subject_and_cue_joins_the_cue() {
    assert_attribution(
        "Moreau is suddenly promising free buses.",
        "is suddenly promising",
        Some("Moreau"),
        &["free buses"],
        AttributionKind::Indirect,
    );
}

#[test]
fn sentence_adverb_between_commas_is_not_an_apposition() {
    assert_attribution(
        "Moreau, however, said the buses would wait.",
        "said",
        Some("Moreau"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Moreau, for her part, said the buses would wait.",
        "said",
        Some("Moreau"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
    // The apposition before the linking phrase stays with the name.
    assert_attribution(
        "Lena Moreau, the head of the drivers' union, for example, said the buses would wait.",
        "said",
        Some("Lena Moreau, the head of the drivers' union"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
}

#[test]
fn conjunction_is_not_part_of_a_possessive_source() {
    let text = "But Moreau’s claim that the buses were free was wrong.";
    assert_eq!(sources(text), ["Moreau’s"]);
}

#[test]
fn time_phrase_between_subject_and_cue_belongs_to_neither() {
    assert_attribution(
        "Rep. Lina Soto (D-Ore.) on Saturday criticized the accord.",
        "criticized",
        Some("Rep. Lina Soto (D-Ore.)"),
        &["the accord"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_speaker_saying_it_again_inside_a_claim_makes_a_claim_of_their_own() {
    let text = "Moreau criticized the new bus fares, which he said were unfair to students.";
    assert_attribution(
        text,
        "criticized",
        Some("Moreau"),
        &["the new bus fares"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "said",
        Some("he"),
        &["which", "were unfair to students"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_initial_is_part_of_the_name_that_speaks() {
    assert_attribution(
        "“The buses will run,” said Lena M. Ortiz.",
        "said",
        Some("Lena M. Ortiz"),
        &["The buses will run,"],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Transit chief Paul R. Moreau said the buses would wait.",
        "said",
        Some("Transit chief Paul R. Moreau"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_apposition_with_a_relative_clause_after_an_inverted_cue_belongs_to_the_source() {
    assert_attribution(
        "“The buses will run,” said Lena Ortiz, who heads the drivers’ union in Springfield.",
        "said",
        Some("Lena Ortiz, who heads the drivers’ union in Springfield"),
        &["The buses will run,"],
        AttributionKind::Direct,
    );
}

#[test]
fn two_short_conjuncts_opening_the_sentence_are_one_source() {
    assert_attribution(
        "But Mayor Ortiz and Mr. Moreau say the buses will wait.",
        "say",
        Some("Mayor Ortiz and Mr. Moreau"),
        &["the buses will wait"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Drivers and parents complained that the buses were late.",
        "complained",
        Some("Drivers and parents"),
        &["that the buses were late"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_contracted_verb_is_not_part_of_a_pronoun_source() {
    // The contracted auxiliary joins the cue, as "has" does in "has claimed".
    assert_attribution(
        "He’s claiming that the buses were late.",
        "’s claiming",
        Some("He"),
        &["that the buses were late"],
        AttributionKind::Indirect,
    );
}

#[test]
fn according_to_opening_a_sentence_reports_what_follows_the_comma() {
    assert_attribution(
        "According to the transit office, the buses ran late all week.",
        "According to",
        Some("the transit office"),
        &["the buses ran late all week"],
        AttributionKind::Indirect,
    );
}

#[test]
fn and_between_capitalised_words_stays_inside_a_name() {
    assert_attribution(
        "A spokesperson for the Department of Roads and Bridges said the buses would wait.",
        "said",
        Some("A spokesperson for the Department of Roads and Bridges"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_place_after_the_person_told_is_no_part_of_the_claim() {
    assert_attribution(
        "Moreau told reporters in Springfield the buses would wait.",
        "told",
        Some("Moreau"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
}

#[test]
fn british_spellings_of_learned_cues_are_cues_too() {
    let text =
        "The union emphasised that the buses were late, and the mayor apologised for the delay.";
    assert_attribution(
        text,
        "emphasised",
        Some("The union"),
        &["that the buses were late"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "apologised for",
        Some("the mayor"),
        &["the delay"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_passive_with_an_as_phrase_still_finds_its_agent() {
    assert_attribution(
        "Plans to close the depot have been criticised as “reckless” by drivers.",
        "have been criticised",
        Some("drivers"),
        &["Plans to close the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn impersonal_commonwealth_hedges_and_unnamed_sourcing_are_caveats() {
    assert_caveats(
        "It is understood that the depot will close. The driver is thought to have left early.",
        &[
            ("It is understood", CaveatKind::Anonymous),
            ("thought", CaveatKind::Hedge),
        ],
    );
}

#[test]
fn a_claim_with_a_quoted_word_ends_where_a_conjoined_cue_begins() {
    let text = "Lena Ortiz said she was “appalled” but added: “It is a matter for the board now.”";
    assert_attribution(
        text,
        "said",
        Some("Lena Ortiz"),
        &["she was “appalled”"],
        AttributionKind::Mixed,
    );
    // The conjoined cue shares the speaker before it.
    assert_attribution(
        text,
        "added",
        Some("Lena Ortiz"),
        &["It is a matter for the board now."],
        AttributionKind::Direct,
    );
}

#[test]
fn one_before_a_noun_opens_the_source_instead_of_being_it() {
    assert_attribution(
        "“The depot is finished,” said one senior driver.",
        "said",
        Some("one senior driver"),
        &["The depot is finished,"],
        AttributionKind::Direct,
    );
}

#[test]
fn an_inverted_source_may_be_followed_by_a_short_setting() {
    assert_attribution(
        "The meeting went badly from the start, said one union official in the room.",
        "said",
        Some("one union official"),
        &["The meeting went badly from the start"],
        AttributionKind::Indirect,
    );
}

#[test]
fn appositions_with_abbreviations_possessives_or_dashes_stay_with_their_name() {
    assert_attribution(
        "Lena Ortiz, of Springfield, Va., said she had driven buses for decades.",
        "said",
        Some("Lena Ortiz, of Springfield, Va."),
        &["she had driven buses for decades"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Paul Moreau, the council's only ally on the board, said the plan was wrong.",
        "said",
        Some("Paul Moreau, the council's only ally on the board"),
        &["the plan was wrong"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Ortiz -- a driver for twenty years -- said the plan was wrong.",
        "said",
        Some("Ortiz -- a driver for twenty years"),
        &["the plan was wrong"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_name_then_an_aside_then_the_cue() {
    assert_attribution(
        "Paul Moreau, a driver from Dayton, Ohio, said the buses were late.",
        "said",
        Some("Paul Moreau, a driver from Dayton, Ohio"),
        &["the buses were late"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Moreau, in a statement released by the union on Thursday, said the buses were late.",
        "said",
        Some("Moreau"),
        &["the buses were late"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Ortiz, citing data from the transit office, said that about 4,000 people ride daily.",
        "said",
        Some("Ortiz"),
        &["that about 4,000 people ride daily"],
        AttributionKind::Indirect,
    );
}

#[test]
fn her_before_a_noun_is_part_of_the_person_told() {
    assert_attribution(
        "Ortiz told her supporters, “We will keep going.”",
        "told",
        Some("Ortiz"),
        &["We will keep going."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Ortiz told her the plan was dead.",
        "told",
        Some("Ortiz"),
        &["the plan was dead"],
        AttributionKind::Indirect,
    );
}

#[test]
fn inverted_order_with_the_person_told_or_a_setting_after_the_cue() {
    assert_attribution(
        "The depot was safe, a city official told The Dayton Daily.",
        "told",
        Some("a city official"),
        &["The depot was safe"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The depot was safe, Ortiz said on Monday.",
        "said",
        Some("Ortiz"),
        &["The depot was safe"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_ending_the_sentence_belongs_to_an_inverted_source() {
    assert_attribution(
        "The buses ran late on every route, said an official who was briefed on the schedule.",
        "said",
        Some("an official who was briefed on the schedule"),
        &["The buses ran late on every route"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_short_quoted_sentence_after_the_cue_continues_the_claim() {
    assert_attribution(
        "“We are not going anywhere,” Ortiz said on Tuesday. “This is our town.”",
        "said",
        Some("Ortiz"),
        &["We are not going anywhere,", "This is our town."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_noun_phrase_then_a_participle_aside_then_the_cue() {
    assert_attribution(
        "The report, released Tuesday by the state auditor, found that the depot lost money.",
        "found",
        Some("The report"),
        &["that the depot lost money"],
        AttributionKind::Indirect,
    );
}

#[test]
fn lower_case_words_before_a_colon_and_quotation_are_the_cue() {
    assert_attribution(
        "Ortiz went on: “We will not stop until the depot reopens.”",
        "went on:",
        Some("Ortiz"),
        &["We will not stop until the depot reopens."],
        AttributionKind::Direct,
    );
    // Later in the sentence, any verb in the past before a colon and a quotation.
    assert_attribution(
        "Asked about his future, Kane smiled: “I am happy here.”",
        "smiled:",
        Some("Kane"),
        &["I am happy here."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Pressed on the timing, he demurred: “Whenever the council is ready.”",
        "demurred:",
        Some("he"),
        &["Whenever the council is ready."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_quoted_paragraph_after_a_colon_is_one_claim_not_two_copies() {
    assert_attribution(
        "Moreau added:\n\n“The buses will be back on the road by spring, and every route will run.”",
        "added",
        Some("Moreau"),
        &["“The buses will be back on the road by spring, and every route will run.”"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_plain_plural_subject_then_a_relative_aside_then_the_cue() {
    assert_attribution(
        "Transit officials, who asked not to be named, said the depot would close.",
        "said",
        Some("Transit officials"),
        &["the depot would close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn neither_nor_subjects_are_one_source() {
    assert_attribution(
        "Neither Ortiz nor Moreau responded to requests for comment.",
        "responded to",
        Some("Neither Ortiz nor Moreau"),
        &["requests for comment"],
        AttributionKind::Indirect,
    );
}

#[test]
fn according_to_keeps_its_claim_when_the_claim_holds_a_cue_word() {
    assert_attribution(
        "According to Ortiz, the council never replied.",
        "According to",
        Some("Ortiz"),
        &["the council never replied"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_as_aside_reports_the_clause_around_it() {
    assert_attribution(
        "The depot, as Ortiz pointed out, has never lost money.",
        "pointed out",
        Some("Ortiz"),
        &["The depot", "has never lost money"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The depot has never lost money, as Ortiz noted.",
        "noted",
        Some("Ortiz"),
        &["The depot has never lost money"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quoted_fragment_inside_the_clause_is_not_the_whole_claim() {
    assert_attribution(
        "The depot is “a relic” of another age, Ortiz said.",
        "said",
        Some("Ortiz"),
        &["The depot is “a relic” of another age"],
        AttributionKind::Mixed,
    );
    assert_attribution(
        "“We will win,” Ortiz said.",
        "said",
        Some("Ortiz"),
        &["We will win,"],
        AttributionKind::Direct,
    );
}

#[test]
fn settings_and_asides_between_the_cue_and_the_claim() {
    assert_attribution(
        "As Ortiz said last week in Dayton, “The depot is the heart of this town.”",
        "said",
        Some("Ortiz"),
        &["The depot is the heart of this town."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Drivers told the Daily, however, that the mayor had already decided.",
        "told",
        Some("Drivers"),
        &["that the mayor had already decided"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The mayor told a reporter for the Daily the plan was final.",
        "told",
        Some("The mayor"),
        &["the plan was final"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_person_told_may_be_an_outlet_and_its_host_before_a_wh_clause() {
    assert_attribution(
        "Ortiz told Daily Radio host Ann Lee on Thursday how surprised she was by the vote.",
        "told",
        Some("Ortiz"),
        &["how surprised she was by the vote"],
        AttributionKind::Indirect,
    );
}

#[test]
fn plural_possessives_and_long_titles_before_an_apposed_name_stay_in_the_source() {
    assert_attribution(
        "Nurses’ union secretary Beth Walsh said staff were tired.",
        "said",
        Some("Nurses’ union secretary Beth Walsh"),
        &["staff were tired"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The Springfield Transit Riders Association’s state president, Sam Nguyen, said the buses were late.",
        "said",
        Some("The Springfield Transit Riders Association’s state president, Sam Nguyen"),
        &["the buses were late"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_after_clause_ends_the_claim() {
    assert_attribution(
        "The mayor has promised an inquiry into the delays, after a report found riders waited hours.",
        "has promised",
        Some("The mayor"),
        &["an inquiry into the delays"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_single_quoted_quotation_may_run_over_paragraphs() {
    let text = "Moreau said: 'We have waited too long.\n\n'The town deserves better, and we will not stop.'\n\nIt's a 'test' of patience.";
    assert_attribution(
        text,
        "said",
        Some("Moreau"),
        &[
            "We have waited too long.",
            "'The town deserves better, and we will not stop.",
        ],
        AttributionKind::Direct,
    );
}

#[test]
fn a_participle_right_after_a_cue_is_no_cue_of_its_own() {
    let text = "“We are heartbroken,” the family said in a statement posted online.";
    let cues: Vec<&str> = annotate(text)
        .attributions
        .iter()
        .map(|a| a.cue.text(text))
        .collect();
    assert_eq!(cues, ["said in a statement"]);
}

#[test]
fn an_ampersand_joins_the_name_of_the_programme_told() {
    assert_attribution(
        "Ortiz told Metro Radio’s Drive & Talk that the plan was a mess.",
        "told",
        Some("Ortiz"),
        &["that the plan was a mess"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_bare_noun_after_an_inverted_cue_is_the_source() {
    assert_attribution(
        "The road was closed for hours, said police on Monday.",
        "said",
        Some("police"),
        &["The road was closed for hours"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Depot to stay open, says mayor",
        "says",
        Some("mayor"),
        &["Depot to stay open"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_source_ending_in_a_preposition_keeps_only_its_subject() {
    // Read leftwards from "saying", the words before it run back to the subject through the
    // verb: "Mayor Ortiz opened the meeting by". A source ends in a noun, not in "by".
    assert_attribution(
        "Mayor Ortiz opened the meeting by saying the depot would stay open.",
        "saying",
        Some("Mayor Ortiz"),
        &["the depot would stay open"],
        AttributionKind::Indirect,
    );
    // A lone participle before a cue is no speaker: not "raising", but the subject before its
    // auxiliary.
    assert_attribution(
        "Donald Reyes is raising questions about how the money was spent.",
        "is raising questions about",
        Some("Donald Reyes"),
        &["how the money was spent"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_belongs_to_the_subject_it_describes() {
    assert_attribution(
        "A neighbour who lives nearby said she heard shouting.",
        "said",
        Some("A neighbour who lives nearby"),
        &["she heard shouting"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_condition_of_anonymity_is_part_of_the_source_and_no_cue() {
    let text = "A neighbour who asked not to be named said she heard shouting.";
    assert_attribution(
        text,
        "said",
        Some("A neighbour who asked not to be named"),
        &["she heard shouting"],
        AttributionKind::Indirect,
    );
    let cues: Vec<&str> = annotate(text)
        .attributions
        .iter()
        .map(|a| a.cue.text(text))
        .collect();
    assert_eq!(cues, ["said"]);
}

#[test]
fn a_speaker_with_a_relative_clause_after_a_quotation_keeps_the_quotation() {
    for (text, source) in [
        (
            "“The bins went uncollected for a month,” a tenant who did not want to be named told the Courier.",
            "a tenant who did not want to be named",
        ),
        (
            "“The bins went uncollected for a month,” a tenant who lives on the top floor said.",
            "a tenant who lives on the top floor",
        ),
    ] {
        let cue = if text.ends_with("said.") { "said" } else { "told" };
        assert_attribution(
            text,
            cue,
            Some(source),
            &["The bins went uncollected for a month,"],
            AttributionKind::Direct,
        );
    }
}

#[test]
fn speaking_anonymously_is_an_unnamed_source_wherever_it_stands() {
    let text = "The depot will close in May. A driver, who spoke anonymously, was not surprised.";
    let a = annotate(text);
    assert!(
        a.caveats.iter().any(
            |c| c.kind == CaveatKind::Anonymous && c.span.text(text) == "who spoke anonymously"
        ),
        "caveats: {:?}",
        a.caveats
            .iter()
            .map(|c| c.span.text(text))
            .collect::<Vec<_>>()
    );
}

#[test]
fn asking_not_to_be_named_reports_nothing() {
    assert!(
        cues("The person asked not to be identified because the talks are private.").is_empty()
    );
}

#[test]
fn withholding_a_name_is_a_condition_of_anonymity_and_no_cue() {
    let text =
        "A tenant, who declined to give her name, told the Courier the bins went uncollected.";
    assert_eq!(cues(text), ["told"]);
    let a = annotate(text);
    assert!(
        a.caveats.iter().any(|c| c.kind == CaveatKind::Anonymous
            && c.span.text(text) == "who declined to give her name"),
        "caveats: {:?}",
        a.caveats
            .iter()
            .map(|c| c.span.text(text))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_condition_of_anonymity_after_the_cue_is_no_claim() {
    for text in [
        "The sale is worth about $40 million, an official said, speaking on condition of anonymity.",
        "The sale is worth about $40 million, an official said, asking not to be identified because the talks are private.",
    ] {
        assert_attribution(
            text,
            "said",
            Some("an official"),
            &["The sale is worth about $40 million"],
            AttributionKind::Indirect,
        );
        assert_eq!(cues(text), ["said"], "in {text:?}");
    }
}

#[test]
fn a_claim_ends_before_the_comma_that_closes_it() {
    assert_attribution(
        "The singer said she had once slept rough, in an interview with the Echo.",
        "said",
        Some("The singer"),
        &["she had once slept rough"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quoted_phrase_in_the_subject_of_a_passive_is_what_the_agent_dismissed() {
    assert_attribution(
        "The board's so-called “rescue plan” was dismissed by the unions.",
        "was dismissed",
        Some("the unions"),
        &["The board's so-called “rescue plan”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_gesture_reports_only_as_the_tag_of_a_quotation() {
    assert_attribution(
        "“We'll see,” the coach shrugged.",
        "shrugged",
        Some("the coach"),
        &["We'll see,"],
        AttributionKind::Direct,
    );
    assert_attribution(
        "“Not again,” laughed Ortiz.",
        "laughed",
        Some("Ortiz"),
        &["Not again,"],
        AttributionKind::Direct,
    );
    assert!(cues("Many laughed at the plan to move the depot.").is_empty());
}

#[test]
fn a_source_ends_before_the_comma_of_an_aside() {
    assert_attribution(
        "The paper's editor-in-chief, in an editorial, called the ruling a blow to readers.",
        "called",
        Some("The paper's editor-in-chief"),
        &["the ruling a blow to readers"],
        AttributionKind::Indirect,
    );
}

#[test]
fn court_reporting_conventions() {
    // The one shown something reports nothing; what is shown on a screen may.
    assert!(cues("Jurors were shown footage of the crash.").is_empty());
    // An unnamed defendant is no cue "named".
    let text = "The 19-year-old, who cannot be named for legal reasons, denied the charge.";
    assert_eq!(cues(text), ["denied"]);
    assert_attribution(
        text,
        "denied",
        Some("The 19-year-old"),
        &["the charge"],
        AttributionKind::Indirect,
    );
}

#[test]
fn british_headline_conventions() {
    let text = "Bus fares may double by spring – report\n\nThe report, published on Monday, looked at rural routes.";
    assert_attribution(
        text,
        "–",
        Some("report"),
        &["Bus fares may double by spring"],
        AttributionKind::Indirect,
    );
    // An institution in capitals signs; a lower-case "who" does not.
    assert_eq!(
        source_of_cue("Measles cases rose by a third last year – WHO", "–"),
        Some("WHO")
    );
    assert!(cues("Fares may double by spring – but for who").is_empty());
    // Wire services sign with a hyphen after a space; a hyphen inside a word signs nothing.
    assert_attribution(
        "Port strike set to widen next week -sources\n\nThe unions met on Friday.",
        "-",
        Some("sources"),
        &["Port strike set to widen next week"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue("Copper slips as stocks build -analysts", "-"),
        Some("analysts")
    );
    assert!(cues("Fares rise in a once-in-a-decade surge for rail-analysts").is_empty());
    // A dash in a sentence is no signature.
    assert!(
        cues("Fares rose again – and so did the number of riders – in the last year.").is_empty()
    );
    assert_attribution(
        "Tenants slam landlord over damp flats",
        "slam",
        Some("Tenants"),
        &["landlord over damp flats"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_place_and_country_before_a_dash_is_a_dateline_and_a_quantity_keeps_its_of() {
    assert_attribution(
        "Accra, Ghana – Hundreds of nurses rallied outside parliament on Monday, demanding \
         that the government pay their arrears.",
        "demanding",
        Some("Hundreds of nurses"),
        &["that the government pay their arrears"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "Some of the residents gathered at the gates, saying the plant must close.",
            "saying"
        ),
        Some("Some of the residents")
    );
}

#[test]
fn a_dateline_in_capitals_is_no_speaker_but_a_transcript_label_is() {
    let text = "KARACHI: The provincial minister on Thursday said the schools would reopen.\n\nHe said fees would not rise.";
    assert_eq!(cues(text), ["said", "said"]);
    assert_attribution(
        text,
        "said",
        Some("The provincial minister"),
        &["the schools would reopen"],
        AttributionKind::Indirect,
    );
    // A speaker in capitals who speaks in the first person, or one of several who take turns.
    for text in [
        "LOPEZ: I think the schools should reopen.",
        "LOPEZ: The minister said the schools would reopen.\n\nREED: That is not what he said.",
    ] {
        let a = annotate(text);
        let labels = a
            .attributions
            .iter()
            .filter(|x| x.cue.text(text) == ":")
            .count();
        assert!(labels >= 1, "a speaker label in {text:?}: {:?}", cues(text));
    }
}

#[test]
fn where_it_was_said_is_no_cue_of_its_own() {
    let text = "The director, writing in the Courier, said the shelters were full.";
    assert_eq!(cues(text), ["said"]);
    assert_attribution(
        text,
        "said",
        Some("The director"),
        &["the shelters were full"],
        AttributionKind::Indirect,
    );
    let text = "In a video message posted on Sunday, the mayor urged residents to stay indoors.";
    assert_eq!(cues(text), ["urged"]);
    let text = "In quotes carried by the agency, the general said the army would withdraw.";
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn an_irregular_participle_opens_an_aside_as_a_regular_one_does() {
    for (text, source) in [
        (
            "The figures, seen by the Echo, show a sharp rise in complaints.",
            "The figures",
        ),
        (
            "The figures, obtained by the Echo, show a sharp rise in complaints.",
            "The figures",
        ),
    ] {
        assert_attribution(
            text,
            "show",
            Some(source),
            &["a sharp rise in complaints"],
            AttributionKind::Indirect,
        );
    }
}

#[test]
fn taking_to_a_platform_to_say_is_one_cue() {
    assert_attribution(
        "The striker took to Instagram to say he was “heartbroken”.",
        "took to Instagram to say",
        Some("The striker"),
        &["he was “heartbroken”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn an_infinitive_cue_speaks_for_the_subject_with_its_governing_verb() {
    assert_attribution(
        "Ortiz is trying to show that the depot can pay its way.",
        "is trying to show",
        Some("Ortiz"),
        &["that the depot can pay its way"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "She used the meeting to argue that the depot should stay.",
        "used the meeting to argue",
        Some("She"),
        &["that the depot should stay"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The senator rose to say that the bill was dead.",
        "rose to say",
        Some("The senator"),
        &["that the bill was dead"],
        AttributionKind::Indirect,
    );
    // A cue that governs the infinitive reads the sentence itself.
    assert_eq!(
        cues("Ortiz declined to say whether the depot would close."),
        ["declined"]
    );
}

#[test]
fn an_expletive_there_names_no_speaker() {
    assert_attribution(
        "There were claims that the vote was rigged.",
        "were claims",
        None,
        &["that the vote was rigged"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_call_by_phone_is_no_cue() {
    let text = "Ortiz told analysts on a conference call that sales had slowed.";
    assert_eq!(cues(text), ["told"]);
    assert_attribution(
        text,
        "told",
        Some("Ortiz"),
        &["that sales had slowed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn according_to_keeps_a_claim_holding_a_later_cue() {
    assert_attribution(
        "According to the statement, Kelly met the mayor to discuss plans for the depot.",
        "According to",
        Some("the statement"),
        &["Kelly met the mayor to discuss plans for the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_cue_takes_the_subject_after_an_opening_phrase() {
    assert_attribution(
        "Facing criticism from both parties, Mr. Ortiz released a statement on Saturday, describing the plan as a mistake.",
        "describing",
        Some("Mr. Ortiz"),
        &["the plan as a mistake"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Later in the day, she escalated her attacks on the council, criticizing its record on housing.",
        "criticizing",
        Some("she"),
        &["its record on housing"],
        AttributionKind::Indirect,
    );
}

#[test]
fn now_between_auxiliary_and_cue_belongs_to_the_cue() {
    assert_attribution(
        "Party leaders are now openly questioning how the plan will be paid for.",
        "are now openly questioning",
        Some("Party leaders"),
        &["how the plan will be paid for"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_cue_speaks_for_the_subject_of_its_sentence() {
    assert_attribution(
        "Former mayor Lena Moreau urged voters to turn out, saying, “This is our town.”",
        "saying",
        Some("Former mayor Lena Moreau"),
        &["This is our town."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Ortiz won the debate by citing the depot’s own figures.",
        "citing",
        Some("Ortiz"),
        &["the depot’s own figures"],
        AttributionKind::Indirect,
    );
}

#[test]
fn asked_by_names_the_one_who_asks() {
    assert_attribution(
        "When asked by a reporter whether she would resign, Moreau laughed.",
        "asked",
        Some("a reporter"),
        &["whether she would resign"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Asked by the Courier to respond to the report, Ortiz said nothing.",
        "Asked",
        Some("the Courier"),
        &["to respond to the report"],
        AttributionKind::Indirect,
    );
}

#[test]
fn what_appears_is_the_claim_subject_and_all() {
    assert_attribution(
        "The councillors appeared to be losing patience with the plan.",
        "appeared",
        None,
        &["The councillors", "to be losing patience with the plan"],
        AttributionKind::Indirect,
    );
    // Unless the subject goes on to say something.
    let text = "Ortiz appeared to suggest that the depot would close.";
    let a = annotate(text);
    let appeared = a
        .attributions
        .iter()
        .find(|x| x.cue.text(text) == "appeared");
    assert_eq!(
        appeared.and_then(|x| x.source).map(|s| s.text(text)),
        Some("Ortiz")
    );
}

#[test]
fn a_long_apposition_between_quotation_and_cue_is_the_source_not_the_topic_after_of() {
    assert_attribution(
        "“It has the virtue of being honest,” Leonard Burman, director of the Urban Policy Center and a professor at the Maxwell School of Syracuse University, said of the mayor’s plan.",
        "said",
        Some("Leonard Burman, director of the Urban Policy Center and a professor at the Maxwell School of Syracuse University"),
        &["It has the virtue of being honest,"],
        AttributionKind::Direct,
    );
}

#[test]
fn an_apposition_after_an_inverted_cue_may_hold_whom() {
    assert_attribution(
        "“It was common ground,” said Ana Reyes, a former chief of staff whom Mr. Ortiz recruited to lead the depot review.",
        "said",
        Some("Ana Reyes, a former chief of staff whom Mr. Ortiz recruited to lead the depot review"),
        &["It was common ground,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_leading_with_perhaps_or_time_is_cut_from_the_source() {
    let text = "With Labour councillors increasingly worried about the cost, the vote was delayed.";
    let a = annotate(text);
    assert_eq!(
        a.attributions[0].source.map(|s| s.text(text)),
        Some("Labour councillors")
    );
    assert_attribution(
        "Federal prosecutors in April charged that the developers had lied.",
        "charged",
        Some("Federal prosecutors"),
        &["that the developers had lied"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Perhaps the moderators will demand that the candidates explain.",
        "will demand",
        Some("the moderators"),
        &["that the candidates explain"],
        AttributionKind::Indirect,
    );
}

#[test]
fn to_after_a_role_joins_the_person_served() {
    assert_attribution(
        "Aides to the mayor said the depot would stay.",
        "said",
        Some("Aides to the mayor"),
        &["the depot would stay"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_headline_label_may_end_in_a_heading_word_but_not_open_with_one() {
    assert_attribution(
        "Transit Watch: Depot Plan Was Drawn Up In Secret",
        ":",
        Some("Transit Watch"),
        &["Depot Plan Was Drawn Up In Secret"],
        AttributionKind::Indirect,
    );
    let text = "Watch: the mayor opens the new depot";
    assert_no_cues(text);
    // Openers and closers of a headline that name no one.
    assert_no_cues("BOOM: Council Scraps The Depot Plan In A Late Vote");
    assert_no_cues("Revealed: What The Depot Plan Really Costs The Town");
    assert_no_cues("The Latest: Crews restore power along the valley road");
    assert_no_cues("Depot Update: Crews restore power along the valley road");
}

#[test]
fn a_sentence_opening_with_a_poll_reports_its_finding() {
    assert_attribution(
        "In a Courier poll released Monday, 51 percent of voters backed the depot plan.",
        "In",
        Some("a Courier poll released Monday"),
        &["51 percent of voters backed the depot plan"],
        AttributionKind::Indirect,
    );
    // A place is no poll.
    let text = "In Leeds, 51 percent of the buses ran late.";
    assert_no_cues(text);
}

#[test]
fn told_reporters_and_said_of_mark_the_verb_alone() {
    assert_attribution(
        "Ortiz told reporters the depot would stay.",
        "told",
        Some("Ortiz"),
        &["the depot would stay"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "“It is a relic,” Ortiz said of the depot.",
        "said",
        Some("Ortiz"),
        &["It is a relic,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_negated_auxiliary_belongs_to_the_cue() {
    assert_attribution(
        "The mayor isn't saying much about the depot.",
        "isn't saying",
        Some("The mayor"),
        &["much about the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_slash_joins_a_poll_name_and_even_is_cut() {
    assert_attribution(
        "The Courier/Ipsos poll showed Reyes ahead.",
        "showed",
        Some("The Courier/Ipsos poll"),
        &["Reyes ahead"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Even the mayor's allies said the plan was rushed.",
        "said",
        Some("the mayor's allies"),
        &["the plan was rushed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_inverted_apposition_may_end_before_a_setting_and_hold_as() {
    assert_attribution(
        "“There was no basis for it,” said Ana Cummings, the top Democrat on the committee, in a statement.",
        "said",
        Some("Ana Cummings, the top Democrat on the committee"),
        &["There was no basis for it,"],
        AttributionKind::Direct,
    );
    assert_attribution(
        "“They saw it as a country under pressure,” said Victor Ortiz, who served as director of the council under President George W. Bush.",
        "said",
        Some("Victor Ortiz, who served as director of the council under President George W. Bush"),
        &["They saw it as a country under pressure,"],
        AttributionKind::Direct,
    );
    assert_attribution(
        "“It is destroying the committee,” said Del. Stacey Reyes of the Virgin Islands.",
        "said",
        Some("Del. Stacey Reyes of the Virgin Islands"),
        &["It is destroying the committee,"],
        AttributionKind::Direct,
    );
}

#[test]
fn family_after_a_possessive_is_a_noun_not_an_adverb() {
    assert_attribution(
        "Scott's family has called on the police to release the videos.",
        "has called on",
        Some("Scott's family"),
        &["the police to release the videos"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_pronoun_and_participle_after_a_noun_describe_it() {
    assert_attribution(
        "All the drivers I interviewed said the depot should stay.",
        "said",
        Some("All the drivers I interviewed"),
        &["the depot should stay"],
        AttributionKind::Indirect,
    );
    // A pronoun after a plain opener is still the subject.
    assert_attribution(
        "On Monday they announced that the depot would stay.",
        "announced",
        Some("they"),
        &["that the depot would stay"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_cue_in_the_claim_does_not_take_the_main_cue() {
    // "by adding" borrows the sentence's subject, which stands before "said": "said" keeps
    // its claim.
    assert_attribution(
        "But Ms. Okafor and Mr. Lind said planners had drawn the district by adding two farms.",
        "said",
        Some("Ms. Okafor and Mr. Lind"),
        &["planners had drawn the district by adding two farms"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_question_quoted_before_a_cue_and_a_participle_phrase() {
    assert_attribution(
        "“Who would have guessed we would fill this hall?” Ms. Varga said, looking out at the crowd.",
        "said",
        Some("Ms. Varga"),
        &["Who would have guessed we would fill this hall?"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_day_with_a_possessive_belongs_to_the_claim() {
    assert_attribution(
        "Councillor Ruiz called Monday's vote a turning point.",
        "called",
        Some("Councillor Ruiz"),
        &["Monday's vote a turning point"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_longer_audience_before_a_quotation() {
    assert_attribution(
        "Dunmore told his morning listeners on Friday, “Nothing about this adds up.”",
        "told",
        Some("Dunmore"),
        &["Nothing about this adds up."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_cue_in_a_relative_clause_of_the_apposition_stays_with_the_speaker() {
    let text = "Tomas Brandt, a member of the board who wants the fee removed, said he had heard \
                the complaint.";
    assert_attribution(
        text,
        "said",
        Some("Tomas Brandt, a member of the board who wants the fee removed"),
        &["he had heard the complaint"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "wants",
        Some("who"),
        &["the fee removed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_cue_after_an_inverted_cue_opens_its_own_claim() {
    let text = "The audit came too late, Ms. Haddad added, saying the council should have acted.";
    assert_attribution(
        text,
        "added",
        Some("Ms. Haddad"),
        &["The audit came too late"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "saying",
        Some("Ms. Haddad"),
        &["the council should have acted"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_subject_with_an_aside_is_the_source_of_last_resort() {
    assert_attribution(
        "Mara Quinn, 61, of Dunmore, Pa., who watched the parade on a screen, said the day \
         moved her.",
        "said",
        Some("Mara Quinn, 61, of Dunmore, Pa., who watched the parade on a screen"),
        &["the day moved her"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_capitalised_modal_inside_a_name() {
    assert_attribution(
        "Foreign Minister Anna May said on Friday that the talks would resume.",
        "said",
        Some("Foreign Minister Anna May"),
        &["that the talks would resume"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_noun_like_cue_is_a_verb_before_to_after_a_subject() {
    assert_attribution(
        "The Ortiz campaign plans to run two more advertisements.",
        "plans",
        Some("The Ortiz campaign"),
        &["to run two more advertisements"],
        AttributionKind::Indirect,
    );
    let text = "His plans to run two more advertisements were dropped.";
    assert_no_cues(text);
}

#[test]
fn a_noun_like_cue_is_a_verb_before_an_object_pronoun() {
    assert_attribution(
        "Video from the station shows him with his hands raised.",
        "shows",
        Some("Video from the station"),
        &["him with his hands raised"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_setting_between_cue_and_quotation() {
    assert_attribution(
        "Ms. Adeyemi said at a news conference, “We are not finished.”",
        "said",
        Some("Ms. Adeyemi"),
        &["We are not finished."],
        AttributionKind::Direct,
    );
}

#[test]
fn an_inverted_cue_and_source_before_a_comma_and_quotation() {
    assert_attribution(
        "Said Ferreira, “The numbers speak for themselves.”",
        "Said",
        Some("Ferreira"),
        &["The numbers speak for themselves."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_pronoun_and_a_name_after_the_claim() {
    assert_attribution(
        "The hall was half empty, she and another organiser said.",
        "said",
        Some("she and another organiser"),
        &["The hall was half empty"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_phrase_after_with_is_the_participles_speaker() {
    assert_attribution(
        "The party hit back, with party spokesperson Jairam Ramesh alleging that the figures \
         were false.",
        "alleging",
        Some("party spokesperson Jairam Ramesh"),
        &["that the figures were false"],
        AttributionKind::Indirect,
    );
    // After a comma, the "with" phrase is a claim of its own, not part of the one before.
    let text = "Reyes was projected as the winner on Tuesday, with the Courier and the Ledger \
                calling the race for her.";
    assert_attribution(
        text,
        "calling",
        Some("the Courier and the Ledger"),
        &["the race for her"],
        AttributionKind::Indirect,
    );
    // A conjunct with a phrase of its own is a circumstance; the last one speaks.
    assert_eq!(
        source_of_cue(
            "With the court at an impasse and Senate leaders vowing to wait, the seat is empty.",
            "vowing"
        ),
        Some("Senate leaders")
    );
}

#[test]
fn a_clause_before_and_is_no_part_of_the_next_speaker() {
    assert_eq!(
        source_of_cue(
            "The depot closed in May and workers say they were never warned.",
            "say"
        ),
        Some("workers")
    );
    assert_eq!(
        source_of_cue(
            "Federal and state officials said the depot would close.",
            "said"
        ),
        Some("Federal and state officials")
    );
}

#[test]
fn a_shared_subject_after_an_opening_phrase_or_an_apposition() {
    assert_attribution(
        "In a long interview, Ortiz defended the budget and said the cuts were fair.",
        "said",
        Some("Ortiz"),
        &["the cuts were fair"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Lena Holm, a former councillor, joined the board and said she backs the plan.",
        "said",
        Some("Lena Holm"),
        &["she backs the plan"],
        AttributionKind::Indirect,
    );
}

#[test]
fn not_authorized_to_speak_is_a_condition_of_anonymity() {
    assert_attribution(
        "“The files are gone,” an official, who was not authorized to speak on the record, \
         told the paper.",
        "told",
        Some("an official, who was not authorized to speak on the record"),
        &["The files are gone,"],
        AttributionKind::Direct,
    );
    // "not allowed to discuss" is the same condition: no cue of its own, and no speaker named
    // "not allowed".
    let text = "Council officials, speaking on condition of anonymity because they were not \
                allowed to discuss the inquiry, said that it broke the rules.";
    assert_eq!(cues(text), ["said"]);
    assert_caveats(
        text,
        &[
            ("officials", CaveatKind::Anonymous),
            ("speaking on condition of anonymity", CaveatKind::Anonymous),
            ("not allowed to discuss", CaveatKind::Anonymous),
        ],
    );
}

#[test]
fn an_apposition_opened_by_an_article_may_hold_a_cue_word() {
    assert_attribution(
        "Ruiz, a creative writing teacher, said the essays improved.",
        "said",
        Some("Ruiz, a creative writing teacher"),
        &["the essays improved"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_colon_then_an_unquoted_claim() {
    assert_attribution(
        "Some parents say: It's time the school listened.",
        "say",
        Some("Some parents"),
        &["It's time the school listened"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_aside_between_dashes_before_that() {
    assert_attribution(
        "The treasurer said — on the radio, of all places — that the fund was empty.",
        "said",
        Some("The treasurer"),
        &["that the fund was empty"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_speaks_for_the_subject_after_an_opening_clause() {
    assert_attribution(
        "As the results came in, she gave a short speech, predicting a win in May.",
        "predicting",
        Some("she"),
        &["a win in May"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "However, Okafor met the board and declared that the deal was off.",
        "declared",
        Some("Okafor"),
        &["that the deal was off"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "A few minutes later they reopened the hall, saying everyone could vote.",
        "saying",
        Some("they"),
        &["everyone could vote"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_with_a_cue_and_no_comma_stays_with_its_subject() {
    assert_attribution(
        "Local groups that have endorsed him say the count was fair.",
        "say",
        Some("Local groups that have endorsed him"),
        &["the count was fair"],
        AttributionKind::Indirect,
    );
    // The cue inside the speaker keeps a claim that ends with the speaker.
    assert_attribution(
        "Local groups that have endorsed him say the count was fair.",
        "have endorsed",
        Some("that"),
        &["him"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_finds_a_subject_after_a_name_with_an_adverb_a_time_or_an_article() {
    assert_attribution(
        "Ortiz, meanwhile, was courting rural voters, refusing to concede the county.",
        "refusing",
        Some("Ortiz"),
        &["to concede the county"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "On Friday evening Mayor Ortiz gave her last speech, urging calm.",
        "urging",
        Some("Mayor Ortiz"),
        &["calm"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The teacher later appealed, claiming the ruling ignored her contract.",
        "claiming",
        Some("The teacher"),
        &["the ruling ignored her contract"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_inverted_source_with_lower_case_roles_or_a_number() {
    assert_attribution(
        "The plan has holes, said lobbyist and party strategist Dana Cole, a former aide.",
        "said",
        Some("lobbyist and party strategist Dana Cole, a former aide"),
        &["The plan has holes"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "That settles nothing, said six thousand people who lost their jobs.",
        "said",
        Some("six thousand people who lost their jobs"),
        &["That settles nothing"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_opening_the_sentence_speaks_for_the_subject_after_its_comma() {
    assert_attribution(
        "Noting that turnout had doubled, Mayor Ortiz called the vote a success.",
        "Noting",
        Some("Mayor Ortiz"),
        &["that turnout had doubled"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "After suggesting that the audit was flawed, Reyes changed course.",
        "suggesting",
        Some("Reyes"),
        &["that the audit was flawed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_after_while_speaks_for_the_sentence_subject() {
    assert_attribution(
        "Lind backed the bill, while saying that it needed more money.",
        "saying",
        Some("Lind"),
        &["that it needed more money"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_bracketed_abbreviation_after_the_audience_before_a_quotation() {
    assert_attribution(
        "As Bishop Aris told the Associated Press (AP), “We are one people.”",
        "told",
        Some("Bishop Aris"),
        &["We are one people."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_noun_like_cue_is_a_verb_after_a_report() {
    assert_attribution(
        "The clinic has too few nurses, a state report finds.",
        "finds",
        Some("a state report"),
        &["The clinic has too few nurses"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_modal_before_the_cue_belongs_to_it() {
    assert_attribution(
        "Lobbyists must note that a firm pays them.",
        "must note",
        Some("Lobbyists"),
        &["that a firm pays them"],
        AttributionKind::Indirect,
    );
}

#[test]
fn when_asked_at_the_end_of_a_sentence() {
    assert_attribution(
        "“Absolutely,” she said when asked by a reporter if the plan still stands.",
        "asked",
        Some("a reporter"),
        &["if the plan still stands"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_percentage_speaks() {
    assert_attribution(
        "On taxes, 42% say they want cuts.",
        "say",
        Some("42%"),
        &["they want cuts"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_after_a_dash() {
    assert_attribution(
        "Mayor Ortiz changed her mind on the spot – saying the vote could wait.",
        "saying",
        Some("Mayor Ortiz"),
        &["the vote could wait"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_aside_between_commas_before_that() {
    assert_attribution(
        "I can now say, with the benefit of hindsight, that the plan failed.",
        "can now say",
        Some("I"),
        &["that the plan failed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn perhaps_and_almost_belong_to_the_cue() {
    assert_attribution(
        "The aides were pleased, perhaps recognizing that the plan had worked.",
        "perhaps recognizing",
        Some("The aides"),
        &["that the plan had worked"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_speaks_for_the_subject_after_an_opening_past_participle() {
    assert_attribution(
        "Alarmed by the report, as well as by the protests, Ortiz rewrote the plan, promising \
         lower fares.",
        "promising",
        Some("Ortiz"),
        &["lower fares"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_after_by_speaks_for_the_sentence_subject() {
    assert_attribution(
        "She courted the farmers by telling them that prices would rise.",
        "telling",
        Some("She"),
        &["that prices would rise"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_does_not_borrow_a_relative_pronoun_as_its_speaker() {
    assert_attribution(
        "Ortiz was defensive about a builder who said he was unpaid, saying the work was poor.",
        "saying",
        Some("Ortiz"),
        &["the work was poor"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_after_a_comma_inside_a_closing_quotation_mark() {
    assert_attribution(
        "Lind openly admires the mayor as a “steady hand,” comparing her to the last one.",
        "comparing",
        Some("Lind"),
        &["her to the last one"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_speaks_for_a_subject_opened_by_a_quantity() {
    assert_attribution(
        "In May, several parent groups gave the board more time, saying the budget was tight.",
        "saying",
        Some("several parent groups"),
        &["the budget was tight"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_speaks_for_a_pronoun_after_a_date() {
    assert_attribution(
        "On March 3 they closed the ward by announcing a new rota.",
        "announcing",
        Some("they"),
        &["a new rota"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_clause_between_commas_is_no_apposition_before_an_inverted_cue() {
    assert_attribution(
        "Most towns would gain from the grant, but the cost would outweigh the help, said Okafor.",
        "said",
        Some("Okafor"),
        &["Most towns would gain from the grant, but the cost would outweigh the help"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_number_with_a_thousands_comma_does_not_split_the_claim() {
    assert_attribution(
        "Then, in 2019, Marsh said that 85,000 would be admitted.",
        "said",
        Some("Marsh"),
        &["that 85,000 would be admitted"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_aside_after_a_bracketed_name_leaves_the_main_cue_its_speaker() {
    assert_attribution(
        "But Rep. Dana K. Whitfield (D-Ore.), noting the size of the crowd, said the list was long.",
        "said",
        Some("Rep. Dana K. Whitfield (D-Ore.)"),
        &["the list was long"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quoted_participle_aside_ends_at_its_closing_comma() {
    let text = "Ms. Arden, citing “the quiet charm of the mayor,” said the race was close.";
    assert_attribution(
        text,
        "citing",
        Some("Ms. Arden"),
        &["the quiet charm of the mayor,"],
        AttributionKind::Direct,
    );
    assert_attribution(
        text,
        "said",
        Some("Ms. Arden"),
        &["the race was close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_condition_between_commas_after_the_cue_opens_the_claim() {
    assert_attribution(
        "She said, if elected, she would keep the library open.",
        "said",
        Some("She"),
        &["if elected, she would keep the library open"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_between_dashes_may_hold_a_cue() {
    assert_attribution(
        "Okoro — who is listed as a nurse but does not work — told the board she would appeal.",
        "told",
        // The relative clause itself is left out, as gold leaves it out 8 times in 11.
        Some("Okoro"),
        &["she would appeal"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_with_a_cue_describes_a_longer_subject() {
    assert_attribution(
        "Friends of Mrs. Nakamura's who have seen her in court say that she is tired.",
        "say",
        Some("Friends of Mrs. Nakamura's who have seen her in court"),
        &["that she is tired"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_cue_after_a_contracted_auxiliary_keeps_its_pronoun_source() {
    assert_attribution(
        "Since spring she’s urged the council to reopen the pool.",
        "’s urged",
        Some("she"),
        &["the council to reopen the pool"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_cue_in_an_opening_subordinate_clause_reports_up_to_its_comma() {
    let text = "And while Ortiz has argued against the levy, she’s sought to cut the fees.";
    assert_attribution(
        text,
        "has argued against",
        Some("Ortiz"),
        &["the levy"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "’s sought",
        Some("she"),
        &["to cut the fees"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_cue_in_an_opening_as_clause_reports_the_main_clause() {
    assert_attribution(
        "As economists have pointed out, the levy is free to repeal.",
        "have pointed out",
        Some("economists"),
        &["the levy is free to repeal"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "As Ortiz said on Monday, the plan is dead.",
        "said",
        Some("Ortiz"),
        &["the plan is dead"],
        AttributionKind::Indirect,
    );
    // The place and time of the words can run longer, past a name with initials.
    assert_attribution(
        "As Ms. Varga put it in a letter to Judge Ann B. Cole in May, the depot is a relic.",
        "put it",
        Some("Ms. Varga"),
        &["the depot is a relic"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "As the Herald reported just today, the council sold the depot.",
        "reported",
        Some("the Herald"),
        &["the council sold the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_report_inside_an_opening_as_clause_ends_at_its_comma() {
    assert_attribution(
        "As the mayor announces that she is ready to sell the depot, the council is set to vote on a rival plan.",
        "announces",
        Some("the mayor"),
        &["that she is ready to sell the depot"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Even as Ortiz argued that the depot was worth saving, the crews began to tear it down.",
        "argued",
        Some("Ortiz"),
        &["that the depot was worth saving"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_title_after_to_is_no_infinitive_cue() {
    assert_no_cues("The case went to Judge Cole on Monday.");
    assert_eq!(cues("The panel met to judge the entries."), ["to judge"]);
}

#[test]
fn a_participle_before_a_plural_noun_is_an_adjective_not_a_cue() {
    let text = "Ortiz leads by 300 pledged delegates and grew her lead in pledged delegates.";
    assert_no_cues(text);
    assert_attribution(
        "Ortiz pledged delegates a vote on the rules.",
        "pledged",
        Some("Ortiz"),
        &["delegates a vote on the rules"],
        AttributionKind::Indirect,
    );
}

#[test]
fn phrasal_uses_and_a_strong_showing_report_nothing() {
    let text =
        "Voters aren't showing up, and Ortiz's showing in the suburbs was a strong showing. \
                Few signed up. The board found itself alone.";
    assert_no_cues(text);
    assert_attribution(
        "A new poll is showing that the race is tied.",
        "is showing",
        Some("A new poll"),
        &["that the race is tied"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_name_and_a_colon_before_a_quotation_after_a_dash_or_with_a_title() {
    assert_attribution(
        "The suburbs have mattered most - Lena Ortiz: “Turnout there doubled.”",
        ":",
        Some("Lena Ortiz"),
        &["Turnout there doubled."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Rep. Dana Whitfield (D-Ore.): “We have not seen the plan.”",
        ":",
        Some("Rep. Dana Whitfield (D-Ore.)"),
        &["We have not seen the plan."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Dr. Amal Haddad: Clinic Hours Must Grow\n\nThe clinic opened in May.",
        ":",
        Some("Dr. Amal Haddad"),
        &["Clinic Hours Must Grow"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_poll_closing_the_sentence_reports_the_clause_before_it() {
    assert_attribution(
        "Ortiz leads Moreau by 9 points in the Courier average of recent county polls.",
        "in",
        Some("the Courier average of recent county polls"),
        &["Ortiz leads Moreau by 9 points"],
        AttributionKind::Indirect,
    );
    assert_no_cues("Ortiz has been leading in the polls. Voters in the county head to the polls.");
}

#[test]
fn an_opening_mark_typed_as_the_closing_one_closes_the_quotation() {
    assert_attribution(
        "“It is unusual,“ said Lena Ortiz, a lawyer.",
        "said",
        Some("Lena Ortiz, a lawyer"),
        &["It is unusual,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_claim_inside_a_relative_clause_between_commas_ends_with_the_clause() {
    assert_attribution(
        "The ruling, which found the rule reasonable, relied on outdated ideas.",
        "found",
        Some("which"),
        &["the rule reasonable"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The ministry, which supported the law, did not cover itself with glory.",
        "supported",
        Some("which"),
        &["the law"],
        AttributionKind::Indirect,
    );
    // A participle after the comma modifies the claim, which goes on.
    assert_attribution(
        "The app, which allows users to chat once they agree to a match, based often on looks \
         alone, is popular.",
        "allows",
        Some("which"),
        &["users to chat once they agree to a match, based often on looks alone"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_setting_then_a_colon_opens_the_claim() {
    assert_attribution(
        "The Courier said in an editorial on Saturday, April 25: The council took a detour.",
        "said",
        Some("The Courier"),
        &["The council took a detour"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Reyes said in Dayton that the plan: a tax cut, was sound.",
        "said",
        Some("Reyes"),
        &["that the plan: a tax cut, was sound"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_clause_with_an_aside_before_an_inverted_cue_is_the_claim_not_the_speaker() {
    for (text, claim) in [
        (
            "The closure of the depot, a blow to the town, has become an issue in two races, say \
             political consultants.",
            "The closure of the depot, a blow to the town, has become an issue in two races",
        ),
        (
            "The closure of the depot, which employed 300 people, has become an issue in two \
             races, say political consultants.",
            "The closure of the depot, which employed 300 people, has become an issue in two \
             races",
        ),
    ] {
        assert_attribution(
            text,
            "say",
            Some("political consultants"),
            &[claim],
            AttributionKind::Indirect,
        );
    }
    // A participle's object is never an inverted speaker.
    for source in sources(
        "Despite the evidence, including a certificate, the sites are everywhere, actively \
         promoting a debunked thesis.",
    ) {
        assert_ne!(source, "a debunked thesis");
    }
}

#[test]
fn a_quotation_that_a_relative_clause_describes_is_no_ones_words() {
    let text = "Reyes said she left for “personal reasons,” which she declined to specify.";
    assert_attribution(
        text,
        "said",
        Some("Reyes"),
        &["she left for “personal reasons,”"],
        AttributionKind::Mixed,
    );
    assert!(sources(text).iter().all(|s| !s.starts_with("which")));
}

#[test]
fn a_quotation_with_no_comma_before_a_bare_signature() {
    let text = "“The vote is a battle of niches” Okafor said. “Turnout decides it.”";
    assert_attribution(
        text,
        "said",
        Some("Okafor"),
        &["The vote is a battle of niches", "Turnout decides it."],
        AttributionKind::Direct,
    );
}

#[test]
fn an_aside_of_time_between_the_speaker_and_an_inverted_cue() {
    assert_attribution(
        "“We had a lot of help,” Okafor, after a long pause, said of the mayor.",
        "said",
        Some("Okafor"),
        &["We had a lot of help,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_comma_inside_a_closing_mark_before_the_writers_but_ends_the_claim() {
    assert_attribution(
        "Ortiz is promising lower fares and “buses, buses, buses,” but she has also cut routes.",
        "is promising",
        Some("Ortiz"),
        &["lower fares and “buses, buses, buses,”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_topic_or_a_time_word_before_the_quotation_is_not_quoted() {
    assert_attribution(
        "The mayor says of Ortiz, “If she gets the chance, she will close it.”",
        "says of",
        Some("The mayor"),
        &["If she gets the chance, she will close it."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "“We cannot pay,” Ortiz said, adding later, “The depot costs a fortune.”",
        "adding",
        Some("Ortiz"),
        &["The depot costs a fortune"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_second_cue_in_an_opening_though_clause_reports_up_to_its_comma() {
    assert_attribution(
        "Though she called the fees “unfair” and called for refunds to be paid, Ortiz voted yes.",
        "called for",
        Some("she"),
        &["refunds to be paid"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_of_the_writers_after_a_comma_ends_the_claim() {
    assert_attribution(
        "Ortiz has acknowledged the cost of the depot, which makes her an outlier on the council.",
        "has acknowledged",
        Some("Ortiz"),
        &["the cost of the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_joining_but_or_a_linking_phrase_opening_the_sentence_is_the_writers() {
    assert_attribution(
        "But the depot will close in May, Ortiz said.",
        "said",
        Some("Ortiz"),
        &["the depot will close in May"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "For instance, fares rose twice, according to the transit office.",
        "according to",
        Some("the transit office"),
        &["fares rose twice"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_time_phrase_after_a_participle_or_a_name_in_today_stays_in_the_source() {
    assert_attribution(
        "A county report released last year found that the depot lost money.",
        "found",
        Some("A county report released last year"),
        &["that the depot lost money"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "A memo mailed Monday found that the depot lost money.",
        "found",
        Some("A memo mailed Monday"),
        &["that the depot lost money"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Federal auditors in April found that the depot lost money.",
        "found",
        Some("Federal auditors"),
        &["that the depot lost money"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "A reporter for Dayton Today said the depot was closed.",
        "said",
        Some("A reporter for Dayton Today"),
        &["the depot was closed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn words_before_a_quotation_in_its_sentence_belong_to_the_mixed_claim() {
    assert_attribution(
        "With dozens of depots, “there is no single point of failure,” Ortiz said.",
        "said",
        Some("Ortiz"),
        &["With dozens of depots, “there is no single point of failure,”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn asked_about_opening_a_sentence_is_the_question_put() {
    assert_attribution(
        "Asked about the late buses, the mayor said nothing.",
        "Asked about",
        None,
        &["the late buses"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_as_clause_may_name_its_speaker_with_an_apposition() {
    assert_attribution(
        "As Ortiz, a lawyer from Dayton, has pointed out, the depot lost money.",
        "has pointed out",
        Some("Ortiz, a lawyer from Dayton"),
        &["the depot lost money"],
        AttributionKind::Indirect,
    );
}

#[test]
fn called_that_names_a_thing_is_no_cue() {
    let text = "She founded a group called Safe Streets Now. The so called reform failed.";
    assert_no_cues(text);
    assert_attribution(
        "The mayor called the plan a disgrace.",
        "called",
        Some("The mayor"),
        &["the plan a disgrace"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_part_of_the_day_after_the_day_is_no_claim() {
    assert_attribution(
        "The depot will close, Ortiz said Friday afternoon.",
        "said Friday",
        Some("Ortiz"),
        &["The depot will close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_column_of_signed_quotations_one_per_line() {
    let text =
        "Letters came in.\n\n”The depot is a relic.” ― Ana Ruiz\n“Buses matter more.” ― Lee Park";
    assert_attribution(
        text,
        "―",
        Some("Ana Ruiz"),
        &["The depot is a relic."],
        AttributionKind::Direct,
    );
    assert_eq!(sources(text), ["Ana Ruiz", "Lee Park"]);
}

#[test]
fn a_relative_clause_after_an_inverted_speaker_describes_them_even_with_a_cue_word() {
    // "backs" and "endorsed" describe the speaker; neither is an attribution of its own.
    let text = "\"The depot will stay,\" said Ana Reyes, a lawyer who backs the plan and once endorsed the mayor.";
    assert_attribution(
        text,
        "said",
        Some("Ana Reyes, a lawyer who backs the plan and once endorsed the mayor"),
        &["The depot will stay,"],
        AttributionKind::Direct,
    );
    let a = annotate(text);
    assert_eq!(a.attributions.len(), 1, "{:?}", a.attributions);
}

#[test]
fn a_linking_word_that_opens_the_sentence_is_not_part_of_the_source() {
    assert_attribution(
        "Still, Lena Moreau, the head of the drivers' union, said the buses would wait.",
        "said",
        Some("Lena Moreau, the head of the drivers' union"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Meanwhile Moreau said the buses would wait.",
        "said",
        Some("Moreau"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Separately, the transit agency said the buses would wait.",
        "said",
        Some("the transit agency"),
        &["the buses would wait"],
        AttributionKind::Indirect,
    );
}

#[test]
fn show_after_a_kind_of_programme_is_a_noun() {
    assert_no_cues("Moreau was a guest on a radio show about the depot last spring.");
    assert_no_cues("The reality TV show was filmed in the old depot.");
    assert_no_cues("Moreau hosts a radio show that airs on Sundays.");
    // "shows that": the verb after all.
    assert_attribution(
        "The last slide shows that the depot lost money.",
        "shows",
        Some("The last slide"),
        &["that the depot lost money"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Town records show the depot was sold in 1998.",
        "show",
        Some("Town records"),
        &["the depot was sold in 1998"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quotation_after_an_abbreviation_that_ends_the_sentence_runs_on() {
    assert_attribution(
        "\"The depot stays,\" Moreau told reporters in Fort Mill, S.C. \"We will not sell it to anyone.\"",
        "told",
        Some("Moreau"),
        &["The depot stays,", "We will not sell it to anyone."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_quotation_resumes_after_the_topic_of_its_cue() {
    assert_attribution(
        "\"You have to adapt,\" Moreau said of the new council, \"whether you like it or not.\"",
        "said",
        Some("Moreau"),
        &["You have to adapt,", "whether you like it or not."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_relative_pronoun_before_the_speaker_is_part_of_the_claim() {
    assert_attribution(
        "The council wants a new depot, which Moreau said the town could not afford.",
        "said",
        Some("Moreau"),
        &["which", "the town could not afford"],
        AttributionKind::Indirect,
    );
    // A "that" that opens a reported clause is no relative pronoun.
    assert_attribution(
        "It is clear that Moreau said the town could not afford it.",
        "said",
        Some("Moreau"),
        &["the town could not afford it"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_subject_of_a_passive_expectation_is_part_of_the_claim() {
    assert_attribution(
        "The new depot is expected to open in March.",
        "is expected",
        None,
        &["The new depot", "to open in March"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_subject_of_a_passive_cue_is_the_first_part_of_the_claim() {
    assert_attribution(
        "Moreau was named the winner of the depot contest.",
        "was named",
        None,
        &["Moreau", "the winner of the depot contest"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_of_feeling_keeps_its_subject_as_the_source() {
    assert_attribution(
        "Many drivers are worried that the depot will close.",
        "are worried",
        Some("Many drivers"),
        &["that the depot will close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quantity_or_a_pair_before_the_subject_is_part_of_the_source() {
    assert_attribution(
        "More than half of the drivers said the depot should stay.",
        "said",
        Some("More than half of the drivers"),
        &["the depot should stay"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        sources("The vote failed because one or more of the drivers said the depot should close."),
        ["one or more of the drivers"]
    );
    assert_attribution(
        "Neither Moreau nor Okafor said the depot should close.",
        "said",
        Some("Neither Moreau nor Okafor"),
        &["the depot should close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quotation_closing_on_a_comma_before_a_new_clause_ends_the_claim() {
    assert_attribution(
        "The mayor said the budget was “balanced at last,” claiming that the deficit had vanished.",
        "said",
        Some("The mayor"),
        &["the budget was “balanced at last,”"],
        AttributionKind::Mixed,
    );
    // A list of quotations runs on.
    assert_attribution(
        "The group called the plan “cruel,” “reckless” and “unworkable,” he said.",
        "called",
        Some("The group"),
        &["the plan “cruel,” “reckless” and “unworkable,”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn the_person_told_is_left_out_after_an_auxiliary_too() {
    assert_attribution(
        "Okafor is telling the drivers that the depot will stay open.",
        "is telling",
        Some("Okafor"),
        &["that the depot will stay open"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_empty_it_before_a_passive_cue_is_no_part_of_the_claim() {
    assert_attribution(
        "It was revealed that the depot had lost money for years.",
        "was revealed",
        None,
        &["that the depot had lost money for years"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "It appears that the depot will close.",
        "appears",
        None,
        &["that the depot will close"],
        AttributionKind::Indirect,
    );
    // "it" that names a thing stays: what was called a threat is "it".
    assert_attribution(
        "It was called a threat to the drivers.",
        "was called",
        None,
        &["It", "a threat to the drivers"],
        AttributionKind::Indirect,
    );
}

#[test]
fn it_is_understood_reports_without_a_source() {
    assert_attribution(
        "It is understood the minister will resign on Friday.",
        "is understood",
        None,
        &["the minister will resign on Friday"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The minister is understood to be furious about the leak.",
        "is understood",
        None,
        &["The minister", "to be furious about the leak"],
        AttributionKind::Indirect,
    );
    // Indian papers write "learnt" the same way.
    for (text, content) in [
        (
            "It is learnt that the collector signed the order.",
            vec!["that the collector signed the order"],
        ),
        (
            "The collector is learnt to have signed the order.",
            vec!["The collector", "to have signed the order"],
        ),
    ] {
        assert_attribution(text, "is learnt", None, &content, AttributionKind::Indirect);
        let a = annotate(text);
        assert!(
            a.caveats.iter().any(|c| c.kind == CaveatKind::Anonymous),
            "an unnamed source in {text:?}"
        );
    }
}

#[test]
fn british_newsroom_verbs_are_cues() {
    assert_attribution(
        "The council's spokesperson opined that the depot was safe.",
        "opined",
        Some("The council's spokesperson"),
        &["that the depot was safe"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "“Not a chance,” Okafor retorted.",
        "retorted",
        Some("Okafor"),
        &["Not a chance,"],
        AttributionKind::Direct,
    );
    assert_attribution(
        "The spokeswoman would not be drawn on whether the minister would resign.",
        "would not be drawn on",
        Some("The spokeswoman"),
        &["whether the minister would resign"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The minister underlined that the scheme would be reviewed.",
        "underlined",
        Some("The minister"),
        &["that the scheme would be reviewed"],
        AttributionKind::Indirect,
    );
    // After a passive cue, a day and a time clause say when; the speaker in that clause keeps
    // the claim.
    let text = "The worry was underscored on Tuesday when Mayor Reyes criticized the plan.";
    assert_eq!(cues(text), ["criticized"]);
}

#[test]
fn an_age_after_a_name_stays_with_the_name_and_its_apposition() {
    assert_attribution(
        "The union's president, Ana Reyes, 48, said the depot was safe.",
        "said",
        Some("The union's president, Ana Reyes, 48"),
        &["the depot was safe"],
        AttributionKind::Indirect,
    );
    // A long list of numbers before a cue is no age: it is read without recursing into it.
    let text = format!(
        "Okafor listed {} said the depot was safe.",
        "1, 2, ".repeat(50_000)
    );
    let a = annotate(&text);
    assert!(a
        .attributions
        .iter()
        .all(|x| x.source.is_none_or(|s| s.len() < 100)));
}

#[test]
fn a_relative_clause_that_says_something_is_a_claim_of_its_own() {
    let text = "“It is fine,” said Lena Moreau, who said the drivers often work late.";
    assert_eq!(sources(text), ["Lena Moreau", "who"]);
    let a = annotate(text);
    let contents: Vec<Vec<&str>> = a
        .attributions
        .iter()
        .map(|x| x.content.iter().map(|c| c.text(text)).collect())
        .collect();
    assert_eq!(
        contents,
        [vec!["It is fine,"], vec!["the drivers often work late"]]
    );
}

#[test]
fn a_relative_clause_with_a_contraction_stands_between_name_and_cue() {
    assert_attribution(
        "It was a year ago that Lena Moreau, who's running for mayor, said the depot would stay.",
        "said",
        Some("Lena Moreau"),
        &["the depot would stay"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_time_phrase_opening_the_sentence_without_a_comma_is_no_part_of_the_source() {
    for (text, source) in [
        (
            "Three years ago Lena Moreau said the depot was safe.",
            "Lena Moreau",
        ),
        (
            "On Monday the council said the depot was safe.",
            "the council",
        ),
        (
            "In May 2015 the council said the depot was safe.",
            "the council",
        ),
        (
            "In the past the council said the depot was safe.",
            "the council",
        ),
        (
            "Earlier this month the council said the depot was safe.",
            "the council",
        ),
        (
            "On May 5 the council said the depot was safe.",
            "the council",
        ),
        ("On Tuesday officials said the depot was safe.", "officials"),
    ] {
        assert_eq!(sources(text), [source], "{text}");
    }
    // A number before a noun is part of the phrase.
    assert_eq!(
        sources("Two past mayors said the depot was safe."),
        ["Two past mayors"]
    );
}

#[test]
fn speaking_on_condition_of_anonymity_is_no_cue() {
    let text = "An official, who spoke on condition of anonymity, said the depot would close.";
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn a_quotation_opened_inside_a_claim_takes_the_claim_past_its_sentence() {
    assert_attribution(
        "Okafor said the plan failed because “the money ran out. Nobody saw it coming.” The vote is on Monday.",
        "said",
        Some("Okafor"),
        &["the plan failed because “the money ran out. Nobody saw it coming.”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_claim_that_opens_a_quotation_keeps_its_closing_mark() {
    // British papers quote with single marks and put the full stop outside.
    assert_attribution(
        "The council leader said residents had been 'let down'.",
        "said",
        Some("The council leader"),
        &["residents had been 'let down'"],
        AttributionKind::Mixed,
    );
    assert_attribution(
        "Patel said the government had \"acted swiftly.\"",
        "said",
        Some("Patel"),
        &["the government had \"acted swiftly.\""],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_question_mark_inside_a_quotation_stays_with_the_claim() {
    assert_attribution(
        "Okafor wrote that the plan was “a total failure!”",
        "wrote",
        Some("Okafor"),
        &["that the plan was “a total failure!”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn an_inverted_source_joins_a_slash_and_a_bracketed_tag_but_not_an_aside() {
    assert_eq!(
        sources("Turnout fell, according to a Herald/Post survey of voters."),
        ["a Herald/Post survey of voters"]
    );
    assert_eq!(
        sources("“It is misguided,” said Rep. Lena Moreau (D-Ore.)."),
        ["Rep. Lena Moreau (D-Ore.)"]
    );
    let text = "“It is misguided,” said Mr. Okafor (a view shared by the drivers).";
    assert_eq!(sources(text).first(), Some(&"Mr. Okafor"));
}

#[test]
fn a_closing_mark_that_opens_a_paragraph_opens_the_quotation() {
    assert_attribution(
        "The panel met.\n\n” … the depot will stay open for years,” Okafor wrote.",
        "wrote",
        Some("Okafor"),
        &["… the depot will stay open for years,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_participle_in_an_opening_phrase_reports_up_to_its_comma() {
    let text =
        "In a statement announcing the vote, the drivers' union called the plan a “disgrace”.";
    assert_attribution(
        text,
        "announcing",
        Some("a statement"),
        &["the vote"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "called",
        Some("the drivers' union"),
        &["the plan a “disgrace”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_dateline_is_no_part_of_a_claim_before_an_inverted_cue() {
    for dash in ["-", "—", "―", "--"] {
        let text = format!("SPRINGFIELD {dash} The depot will stay open, officials said Friday.");
        assert_attribution(
            &text,
            "said Friday",
            Some("officials"),
            &["The depot will stay open"],
            AttributionKind::Indirect,
        );
    }
}

#[test]
fn a_report_after_a_quoted_speaker_holds_the_speaker_in_its_claim() {
    let text = "“The depot stays,” Okafor said, according to a council memo.";
    assert_eq!(cues(text), ["according to"]);
    assert_attribution(
        text,
        "according to",
        Some("a council memo"),
        &["“The depot stays,” Okafor said"],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_speaker_after_a_quotation_reports_the_sentence_whose_cue_took_it() {
    let text = "Polling shows that “most riders want the depot kept,” said Ana Reyes.";
    assert_eq!(cues(text), ["said"]);
    assert_attribution(
        text,
        "said",
        Some("Ana Reyes"),
        &["Polling shows that “most riders want the depot kept,”"],
        AttributionKind::Mixed,
    );
    // A cue that introduces or names the quotation keeps it.
    let text = "Reyes called the plan “a relic,” Okafor said.";
    assert!(cues(text).contains(&"called"));
}

#[test]
fn a_report_inside_a_claim_is_an_attribution_of_its_own() {
    let text = "Okafor said the Ledger reported that the depot would close.";
    assert_eq!(cues(text), ["said", "reported"]);
    assert_attribution(
        text,
        "reported",
        Some("the Ledger"),
        &["that the depot would close"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        cues("Okafor said the council issued a statement saying the depot would close."),
        ["said", "issued a statement saying"]
    );
    // A belief inside the claim is part of it.
    assert_eq!(
        cues("Okafor said the council hopes the depot stays open."),
        ["said"]
    );
}

#[test]
fn according_to_before_a_colon_is_the_cue() {
    assert_attribution(
        "According to the Ledger: “The depot will close.”",
        "According to",
        Some("the Ledger"),
        &["The depot will close."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_possessive_stays_in_a_coordinated_speaker() {
    assert_eq!(
        sources("Okafor's staff and her council allies argued that the depot should stay."),
        ["Okafor's staff and her council allies"]
    );
}

#[test]
fn the_one_told_in_the_passive_is_no_source_and_no_claim() {
    assert_attribution(
        "The jury was told the driver had tried to flee.",
        "was told",
        None,
        &["the driver had tried to flee"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Reyes was told by aides that the depot would close.",
        "was told",
        Some("aides"),
        &["that the depot would close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn to_opens_the_claim_only_before_a_verb_after_the_person_told() {
    assert_attribution(
        "Prosecutors told the court the driver lied to investigators.",
        "told",
        Some("Prosecutors"),
        &["the driver lied to investigators"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Okafor urged voters at a rally to keep the depot.",
        "urged",
        Some("Okafor"),
        &["to keep the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn what_a_court_heard_is_reported() {
    assert_attribution(
        "The inquest heard that the pilot had not slept.",
        "heard",
        Some("The inquest"),
        &["that the pilot had not slept"],
        AttributionKind::Indirect,
    );
    assert_no_cues("I heard the depot would close.");
}

#[test]
fn an_opening_participle_that_only_names_the_venue_reports_nothing() {
    let text = "Writing in the Herald, Okafor argued the tax was a mistake.";
    assert_eq!(cues(text), ["argued"]);
    assert_attribution(
        text,
        "argued",
        Some("Okafor"),
        &["the tax was a mistake"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_charge_after_a_claim_is_the_claim_of_the_one_who_denies_it() {
    let text = "Okafor claimed the depot had been sold, a charge the council strongly denied.";
    assert_attribution(
        text,
        "claimed",
        Some("Okafor"),
        &["the depot had been sold"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "strongly denied",
        Some("the council"),
        &["a charge"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        sources("He is accused of taking bribes, an allegation that he denies."),
        ["he"]
    );
}

#[test]
fn any_noun_may_stand_for_the_claim_when_the_cues_object_is_missing() {
    // "a figure the police have not confirmed": the figure is what the police did not confirm,
    // and the report before the comma keeps its own speaker.
    let text =
        "The group said 20 people had been arrested, a figure the police have not confirmed.";
    assert_attribution(
        text,
        "said",
        Some("The group"),
        &["20 people had been arrested"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "have not confirmed",
        Some("the police"),
        &["a figure"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "Fans chanted a rude word at the rally, a word Reyes then repeated.",
            "then repeated"
        ),
        Some("Reyes")
    );
    // A cue with an object of its own, or a name that goes on into a phrase, is no such thing.
    assert_eq!(
        source_of_cue(
            "Turnout fell, the retired Ohio senator said at a rally.",
            "said"
        ),
        Some("the retired Ohio senator")
    );
}

#[test]
fn a_verb_of_the_claims_own_keeps_to_in_the_claim() {
    assert_attribution(
        "Ortiz told reporters the council needed to act.",
        "told",
        Some("Ortiz"),
        &["the council needed to act"],
        AttributionKind::Indirect,
    );
    // With no verb between, the one told and what they are to do make the claim, as gold
    // marks it after "told" (5 times in 6 in train and dev) and after "urged".
    assert_attribution(
        "Ortiz told the committee to reject the plan.",
        "told",
        Some("Ortiz"),
        &["the committee to reject the plan"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_outlet_told_is_no_part_of_the_claim() {
    assert_attribution(
        "Okafor told the Ledger's Morning programme the depot would stay.",
        "told",
        Some("Okafor"),
        &["the depot would stay"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The Premier told 3AW he would not resign.",
        "told",
        Some("The Premier"),
        &["he would not resign"],
        AttributionKind::Indirect,
    );
    // A number inside a station's name; a number after an outlet opens the claim.
    for (text, claim) in [
        (
            "Okafor told City Radio 4's Breakfast show the depot would stay.",
            "the depot would stay",
        ),
        (
            "Okafor told Channel 9 News the depot would stay.",
            "the depot would stay",
        ),
        (
            "Okafor told the Ledger 40 drivers would stay.",
            "40 drivers would stay",
        ),
    ] {
        assert_attribution(
            text,
            "told",
            Some("Okafor"),
            &[claim],
            AttributionKind::Indirect,
        );
    }
}

#[test]
fn a_text_that_reads_is_a_source() {
    assert_attribution(
        "“We are very disappointed,” a club statement read.",
        "read",
        Some("a club statement"),
        &["We are very disappointed,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_noun_like_cue_after_a_phrase_between_commas_is_the_verb() {
    let text = "The figures, released by the council on Monday, show ridership fell.";
    assert_attribution(
        text,
        "show",
        Some("The figures"),
        &["ridership fell"],
        AttributionKind::Indirect,
    );
    // Before its object, after an aside that describes a subject no list of texts names.
    assert_attribution(
        "The lawsuit, filed in federal court in Dayton on Monday, claims the firm knew of the \
         fault.",
        "claims",
        Some("The lawsuit"),
        &["the firm knew of the fault"],
        AttributionKind::Indirect,
    );
}

#[test]
fn general_verbs_of_saying_are_cues() {
    assert_attribution(
        "“The depot is older than I am,” Okafor quipped.",
        "quipped",
        Some("Okafor"),
        &["The depot is older than I am,"],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Reyes hinted that the council would relent.",
        "hinted",
        Some("Reyes"),
        &["that the council would relent"],
        AttributionKind::Indirect,
    );
}

#[test]
fn what_is_continued_is_part_of_the_cue() {
    let text = "Okafor continued to insist that the depot would stay.";
    assert_eq!(cues(text), ["continued to insist"]);
    assert_attribution(
        text,
        "continued to insist",
        Some("Okafor"),
        &["that the depot would stay"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_thought_after_what_someone_did_is_narration() {
    let text = "Okafor toured the depot on Monday and thought it looked tired.";
    assert!(!cues(text).contains(&"thought"), "{:?}", cues(text));
    // A saying verb after "and" still shares the speaker.
    assert_attribution(
        "Okafor toured the depot on Monday and said it looked tired.",
        "said",
        Some("Okafor"),
        &["it looked tired"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_statement_issued_before_a_participle_is_no_part_of_the_speaker() {
    assert_eq!(
        sources("The union issued a statement saying the depot should stay."),
        ["The union"]
    );
    assert_eq!(
        sources("Okafor also sent a letter Tuesday calling the plan reckless."),
        ["Okafor"]
    );
}

#[test]
fn a_relative_clause_with_an_object_stays_in_the_speaker() {
    assert_eq!(
        sources("Officials who reviewed the files said the depot was sold."),
        ["Officials who reviewed the files"]
    );
    assert_eq!(
        sources("Okafor released a memo arguing that the depot should stay."),
        ["Okafor"]
    );
}

#[test]
fn a_relative_clause_inside_the_subject_of_a_claim_stays_in_it() {
    assert_attribution(
        "Police said the driver, who lives in Ashby, was taken to hospital.",
        "said",
        Some("Police"),
        &["the driver, who lives in Ashby, was taken to hospital"],
        AttributionKind::Indirect,
    );
    // A relative clause that ends the sentence is the writer's own.
    assert_attribution(
        "Police questioned the driver, who lives in Ashby.",
        "questioned",
        Some("Police"),
        &["the driver"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_naming_someone_in_an_aside_is_no_cue() {
    assert_eq!(
        cues("Police said the driver, identified as Tomas Ruiz, was taken to hospital."),
        ["said"]
    );
    assert_attribution(
        "Police said the driver, named as Tomas Ruiz, was taken to hospital.",
        "said",
        Some("Police"),
        &["the driver, named as Tomas Ruiz, was taken to hospital"],
        AttributionKind::Indirect,
    );
}

#[test]
fn quoted_as_saying_is_one_cue_and_keeps_its_speaker() {
    assert_attribution(
        "The minister was quoted as saying that the bridge would open in May.",
        "was quoted as saying",
        Some("The minister"),
        &["that the bridge would open in May"],
        AttributionKind::Indirect,
    );
}

#[test]
fn branded_and_termed_report_a_name_given() {
    assert_attribution(
        "The Labour leader branded the decision a disgrace.",
        "branded",
        Some("The Labour leader"),
        &["the decision a disgrace"],
        AttributionKind::Indirect,
    );
    assert_eq!(cues("The council termed the levy unfair."), ["termed"]);
    assert_no_cues("Stalls sold the branded mugs and club-branded scarves.");
}

#[test]
fn an_outlet_that_understands_or_has_learnt_reports_its_sourcing() {
    assert_attribution(
        "The BBC understands the talks have stalled.",
        "understands",
        Some("The BBC"),
        &["the talks have stalled"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The Herald has learnt that the depot was sold.",
        "has learnt",
        Some("The Herald"),
        &["that the depot was sold"],
        AttributionKind::Indirect,
    );
    assert_no_cues("Okafor understands the risks of the plan.");
    // New Zealand's Stuff and Canada's CBC write it the same way.
    for (text, source) in [
        (
            "Stuff understands the council will vote on Thursday.",
            "Stuff",
        ),
        ("CBC understands the talks have stalled.", "CBC"),
    ] {
        assert_eq!(
            source_of_cue(text, "understands"),
            Some(source),
            "in {text:?}"
        );
    }
}

#[test]
fn the_one_found_guilty_is_what_was_found_not_who_found_it() {
    assert_attribution(
        "Reyes was found guilty of fraud after a two-week trial.",
        "was found",
        None,
        &["Reyes", "guilty of fraud after a two-week trial"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_inverted_cue_with_a_time_before_a_comma_reports_the_clause_before_it() {
    assert_attribution(
        "The economy shrank in October, official data showed on Friday, a blow to the minister.",
        "showed",
        Some("official data"),
        &["The economy shrank in October"],
        AttributionKind::Indirect,
    );
}

#[test]
fn adding_to_something_says_nothing() {
    assert_eq!(
        cues("The depot closed in May, the council said, adding to pressure on Okafor."),
        ["said"]
    );
}

#[test]
fn a_quotation_resumes_after_a_day_named_with_its_cue() {
    assert_attribution(
        "“We are ready,” Reyes said on Monday, “and we will win.”",
        "said",
        Some("Reyes"),
        &["We are ready,", "and we will win."],
        AttributionKind::Direct,
    );
}

#[test]
fn an_including_aside_is_part_of_the_speaker() {
    assert_eq!(
        sources("Several governors, including Ana Reyes and Tom Brown, said the plan would fail."),
        ["Several governors, including Ana Reyes and Tom Brown"]
    );
}

#[test]
fn a_phrase_opened_by_a_preposition_is_never_a_speaker() {
    for text in [
        "In a video posted online, Reyes criticized the council.",
        "The depot closed, in an email sent out Friday by the council.",
    ] {
        let a = annotate(text);
        for at in &a.attributions {
            let source = at.source.map(|s| s.text(text)).unwrap_or("");
            assert!(
                !source.starts_with("In ") && !source.starts_with("in "),
                "source {source:?} in {text:?}"
            );
        }
    }
    assert_eq!(
        sources("At least one reader wrote that the depot should stay."),
        ["At least one reader"]
    );
}

#[test]
fn a_phrase_opened_by_a_bare_verb_is_never_a_speaker() {
    let text = "Let me say this plainly: the depot stays.";
    for at in &annotate(text).attributions {
        assert_ne!(at.source.map(|s| s.text(text)), Some("Let me"));
    }
}

#[test]
fn a_participle_after_a_noun_with_its_agent_is_a_passive() {
    assert_attribution(
        "Ameriquest was one of several firms sued by the council for overcharging tenants.",
        "sued",
        Some("the council"),
        &[
            "Ameriquest was one of several firms",
            "for overcharging tenants",
        ],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_reason_after_a_passive_agent_is_part_of_the_claim() {
    assert_attribution(
        "Okafor has been criticized by some of his rivals for failing to campaign.",
        "has been criticized",
        Some("some of his rivals"),
        &["Okafor", "for failing to campaign"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_particle_after_a_cue_is_part_of_it() {
    assert_eq!(
        cues("Reyes pushed back against the claims."),
        ["pushed back against"]
    );
    assert_attribution(
        "The mayor lashed out at critics of the depot.",
        "lashed out at",
        Some("The mayor"),
        &["critics of the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_setting_with_a_possessive_before_that_is_no_part_of_the_claim() {
    assert_attribution(
        "Okafor argued during Saturday's debate that the depot should stay.",
        "argued",
        Some("Okafor"),
        &["that the depot should stay"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_sentence_verb_ends_the_agent_of_a_participle() {
    assert_eq!(
        sources("The levy proposed by the governor will fund the depot."),
        ["the governor"]
    );
}

#[test]
fn a_capitalised_determiner_alone_is_no_shared_subject() {
    assert_attribution(
        "The judge rubbed his chin, and then said something very strange.",
        "then said",
        Some("The judge"),
        &["something very strange"],
        AttributionKind::Indirect,
    );
}

#[test]
fn having_before_a_participle_cue_is_part_of_it() {
    assert_attribution(
        "Having announced that she would not stand again, Mayor Ines Duarte left the hall.",
        "Having announced",
        Some("Mayor Ines Duarte"),
        &["that she would not stand again"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The council misjudged the mood, having insisted that the levy was popular.",
        "having insisted",
        Some("The council"),
        &["that the levy was popular"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_time_phrase_and_its_comma_open_no_speaker() {
    assert_attribution(
        "Hours later, Reyes returned the favour, telling the Gazette, “We are old friends.”",
        "telling",
        Some("Reyes"),
        &["We are old friends."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Two days later, the mayor dropped the plan, saying it had no support.",
        "saying",
        Some("the mayor"),
        &["it had no support"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_wire_dateline_in_any_case_opens_no_speaker() {
    assert_attribution(
        "Porto Alegre (Reuters) – Mayor Ines Duarte has taken a swipe at the budget, saying that it starves the buses.",
        "saying",
        Some("Mayor Ines Duarte"),
        &["that it starves the buses"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_auxiliary_before_a_time_phrase_is_no_speaker() {
    assert_eq!(
        sources("Okafor, who has in the past called the levy unfair, now backs it."),
        ["who"]
    );
}

#[test]
fn but_that_continues_the_reported_clause() {
    assert_attribution(
        "Reyes said the plan was sound, but that it came too late for the farmers.",
        "said",
        Some("Reyes"),
        &["the plan was sound, but that it came too late for the farmers"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Reyes said the plan was sound, but she voted against it anyway.",
        "said",
        Some("Reyes"),
        &["the plan was sound"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_bare_verb_after_and_goes_on_with_a_past_cues_claim() {
    assert_attribution(
        "Reyes said the council would widen the program and push for new funds.",
        "said",
        Some("Reyes"),
        &["the council would widen the program and push for new funds"],
        AttributionKind::Indirect,
    );
    // A past form after "and" shares the cue's subject.
    assert_eq!(
        cues("Reyes said the plan failed and called for a review."),
        ["said", "called for"]
    );
}

#[test]
fn the_medium_after_a_cues_object_is_no_part_of_the_claim() {
    assert_attribution(
        "The mayor praised the volunteers in a tweet on Sunday.",
        "praised",
        Some("The mayor"),
        &["the volunteers"],
        AttributionKind::Indirect,
    );
    // A reported clause keeps it: the interview may be part of what is reported.
    assert_attribution(
        "Reyes said that the mayor had lied in an interview with the Gazette.",
        "said",
        Some("Reyes"),
        &["that the mayor had lied in an interview with the Gazette"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_speaker_opening_the_first_claim_leaves_it_whole() {
    let text = "The survey showed that most farmers say the levy is too high.";
    assert_attribution(
        text,
        "showed",
        Some("The survey"),
        &["that most farmers say the levy is too high"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "say",
        Some("most farmers"),
        &["the levy is too high"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_noun_like_cue_right_after_a_quotation_is_a_verb() {
    assert_attribution(
        "“Save our library,” reads the banner.",
        "reads",
        Some("the banner"),
        &["Save our library,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_plural_noun_cue_before_a_verb_cue_is_its_subject() {
    assert_attribution(
        "Council reports show that the levy raised less than planned.",
        "show",
        Some("Council reports"),
        &["that the levy raised less than planned"],
        AttributionKind::Indirect,
    );
    // A past participle after the noun is the verb too, not a word describing the noun.
    for (text, source) in [
        (
            "The reports suggested that the ferry had sunk.",
            "The reports",
        ),
        (
            "Unconfirmed reports suggested that the ferry had sunk.",
            "Unconfirmed reports",
        ),
    ] {
        assert_attribution(
            text,
            "suggested",
            Some(source),
            &["that the ferry had sunk"],
            AttributionKind::Indirect,
        );
        assert_eq!(cues(text), ["suggested"], "in {text:?}");
    }
}

#[test]
fn a_quotation_with_its_own_cue_continues_no_earlier_claim() {
    let text = "“This is not fair,” Reyes said. “You squeezed the drivers” to lift the fares, she said, pointing at the chart.";
    assert_attribution(
        text,
        "said",
        Some("Reyes"),
        &["This is not fair,"],
        AttributionKind::Direct,
    );
    // Without a cue of its own, the next quoted sentence runs on from the first.
    assert_attribution(
        "“This is not fair,” Reyes said. “The drivers pay for it every single day.”",
        "said",
        Some("Reyes"),
        &[
            "This is not fair,",
            "The drivers pay for it every single day.",
        ],
        AttributionKind::Direct,
    );
}

#[test]
fn a_medium_opening_the_sentence_without_a_comma_is_no_speaker() {
    assert_eq!(
        sources("In a statement the mayor said the levy was fair."),
        ["the mayor"]
    );
    assert_eq!(
        sources("In his speech the mayor said the levy was fair."),
        ["the mayor"]
    );
    assert_eq!(
        sources("During an interview on Friday the mayor said the levy was fair."),
        ["the mayor"]
    );
}

#[test]
fn former_before_a_title_stays_with_the_name() {
    assert_eq!(
        sources("Critics went further, with former Mayor Ines Duarte calling the levy a theft."),
        ["former Mayor Ines Duarte"]
    );
}

#[test]
fn a_time_phrase_before_the_verb_of_a_statement_is_no_speaker() {
    assert_eq!(
        sources("A group of doctors in 2015 sent a letter calling the levy unfair."),
        ["A group of doctors"]
    );
}

#[test]
fn a_text_sent_to_someone_is_the_speaker_with_its_addressee() {
    assert_eq!(
        sources("Her letter to the council noted that the levy had doubled."),
        ["Her letter to the council"]
    );
}

#[test]
fn a_time_after_a_participle_in_the_source_stays_with_it() {
    assert_attribution(
        "Turnout rose by a third, according to a council survey released last week.",
        "according to",
        Some("a council survey released last week"),
        &["Turnout rose by a third"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_finite_verb_ends_the_subject_before_a_participle_or_noun_cue() {
    assert_eq!(
        sources("The mayor has raised questions about the levy."),
        ["The mayor"]
    );
    assert_eq!(
        sources("Councillor Reyes spent the morning praising the new bridge."),
        ["Councillor Reyes"]
    );
    assert_eq!(
        sources("The council has slowly tried to highlight its differences."),
        ["The council"]
    );
}

#[test]
fn whoever_faces_criticism_is_not_its_source() {
    assert_eq!(
        source_of_cue("The mayor faced sharp criticism for the levy.", "criticism"),
        None
    );
    assert_eq!(
        sources("The mayor voiced sharp criticism of the levy."),
        ["The mayor"]
    );
}

#[test]
fn a_contracted_has_ends_the_subject_before_a_noun_cue() {
    // With "her critique", "her" is the source (see
    // a_possessive_pronoun_before_a_noun_of_saying_is_its_source).
    assert_eq!(
        sources("She’s been sharpening the critique of the levy."),
        ["She"]
    );
}

#[test]
fn a_clause_word_without_its_comma_is_no_part_of_the_subject() {
    assert_eq!(
        sources("While Mayor Reyes shook her head, saying the levy was unfair."),
        ["Mayor Reyes"]
    );
}

#[test]
fn a_hyphened_acronym_and_a_dated_month_stay_inside_the_source() {
    assert_eq!(
        sources("A U.S.-born engineer claimed the bridge was unsafe."),
        ["A U.S.-born engineer"]
    );
    assert_eq!(
        sources("The winner of the Nov. 8 vote later said the count was fair."),
        ["The winner of the Nov. 8 vote"]
    );
}

#[test]
fn a_dateline_with_a_state_abbreviation_opens_no_speaker() {
    assert_eq!(
        sources("TAMPA, Fla. (AP) - Mayor Ines Duarte toured the bridge, calling it unsafe."),
        ["Mayor Ines Duarte"]
    );
}

#[test]
fn a_setting_after_a_plain_passive_is_no_part_of_its_claim() {
    assert_attribution(
        "The audit was released amid growing concern about the bridge.",
        "was released",
        None,
        &["The audit"],
        AttributionKind::Indirect,
    );
    // A complement goes on with the subject.
    assert_attribution(
        "The vote is expected to close early.",
        "is expected",
        None,
        &["The vote", "to close early"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_dateline_in_capitals_before_a_colon_is_no_speaker_label() {
    let text = "Levy vote delayed\n\nPUNE: The city council on Monday told the state government that it would \
                not raise the water levy this year.";
    assert_eq!(cues(text), ["told"]);
    assert_eq!(
        sources(
            "PUNE: The city council on Monday approved the new bridge in a special session, \
             calling it overdue."
        ),
        ["The city council"]
    );
    // A transcript's labels come back, and stay labels.
    assert_eq!(
        sources(
            "REYES: We will not raise the levy this year or next, whatever the council decides to do.\n\n\
             OKAFOR: Then the bridge will close, and you and the people of this city will pay for it."
        ),
        ["REYES", "OKAFOR"]
    );
}

#[test]
fn a_double_quotation_nested_in_a_single_one_is_part_of_it() {
    for text in [
        "‘He told me “no” twice,’ she said.",
        "'He told me \"no\" twice,' she said.",
    ] {
        let inner = &text[text.find('H').unwrap_or(0)..text.find(',').unwrap_or(0) + 1];
        assert_attribution(text, "said", Some("she"), &[inner], AttributionKind::Direct);
    }
}

#[test]
fn a_plural_possessive_does_not_close_a_single_quotation() {
    for text in [
        "‘The drivers’ union won’t accept it,’ said the depot manager.",
        "'The drivers' union won't accept it,' said the depot manager.",
    ] {
        let inner = &text[text.find('T').unwrap_or(0)..text.find(',').unwrap_or(0) + 1];
        assert_attribution(
            text,
            "said",
            Some("the depot manager"),
            &[inner],
            AttributionKind::Direct,
        );
    }
    // A scare quote closed on an "s" is still a quotation when no mark after it can close.
    let text = "The depot’s ‘experts’ reject the plan, which isn’t new.";
    let a = annotate(text);
    let quoted: Vec<&str> = a.quotes.iter().map(|q| q.inner.text(text)).collect();
    assert_eq!(quoted, ["experts"]);
}

#[test]
fn a_role_held_for_someone_keeps_them_in_the_source() {
    for (text, cue, source) in [
        (
            "The depot lost money, said a longtime adviser to the mayor.",
            "said",
            "a longtime adviser to the mayor",
        ),
        (
            "The depot lost money, according to an aide to Mayor Ann Lee.",
            "according to",
            "an aide to Mayor Ann Lee",
        ),
    ] {
        assert_attribution(
            text,
            cue,
            Some(source),
            &["The depot lost money"],
            AttributionKind::Indirect,
        );
    }
}

#[test]
fn as_per_names_a_source_as_according_to_does() {
    assert_attribution(
        "As per the police, the driver fled the scene.",
        "As per",
        Some("the police"),
        &["the driver fled the scene"],
        AttributionKind::Indirect,
    );
    let text = "The depot reopened as per usual.";
    assert!(annotate(text).attributions.is_empty(), "{text}");
}

#[test]
fn pronounced_dead_reports_nothing() {
    let text = "The driver was pronounced dead at the scene.";
    assert!(annotate(text).attributions.is_empty(), "{text}");
}

#[test]
fn what_is_denied_to_someone_is_refused_not_disputed() {
    let text = "The man was denied bail.";
    let a = annotate(text);
    assert!(a.attributions.is_empty(), "{text}");
    assert!(a.caveats.is_empty(), "{text}");
    assert_attribution(
        "The claims were denied by the firm.",
        "were denied",
        Some("the firm"),
        &["The claims"],
        AttributionKind::Indirect,
    );
}

#[test]
fn wire_copy_quotes_with_backticks_and_apostrophes() {
    let text = "``We tried everything,'' Ortiz said. ``It was not enough.'' The council met.";
    let a = annotate(text);
    let quoted: Vec<&str> = a.quotes.iter().map(|q| q.inner.text(text)).collect();
    assert_eq!(quoted, ["We tried everything,", "It was not enough."]);
    // The second quotation opens a sentence of its own.
    assert_eq!(a.sentences.len(), 3, "{text}");
    assert_attribution(
        text,
        "said",
        Some("Ortiz"),
        &["We tried everything,", "It was not enough."],
        AttributionKind::Direct,
    );
    // Two apostrophes after a comma close the quotation before a participle of the speaker.
    for text in [
        "Ortiz called the depot ``a relic,'' adding that it would close.",
        "Ortiz called the depot ''a relic,'' adding that it would close.",
    ] {
        assert_attribution(
            text,
            "adding",
            Some("Ortiz"),
            &["that it would close"],
            AttributionKind::Indirect,
        );
    }
}

#[test]
fn wire_copy_sets_a_dash_as_a_spaced_underscore() {
    assert_attribution(
        "Ana Ortiz _ the depot's manager _ said the depot would close.",
        "said",
        Some("Ana Ortiz _ the depot's manager"),
        &["the depot would close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_one_quoted_is_the_speaker_not_the_agency_that_quoted_them() {
    assert_attribution(
        "\"We have covered every question,\" Ortiz was quoted as saying by the Tass agency.",
        "was quoted as saying",
        Some("Ortiz"),
        &["We have covered every question,"],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Ortiz was quoted by the Tass agency as saying that the talks had failed.",
        "was quoted by the Tass agency as saying",
        Some("Ortiz"),
        &["that the talks had failed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_apostrophe_before_a_year_opens_no_quotation_around_a_double_one() {
    let text = "Back in the '90s she called it “a disgrace” and the players' union agreed.";
    let a = annotate(text);
    let quoted: Vec<&str> = a.quotes.iter().map(|q| q.inner.text(text)).collect();
    assert_eq!(quoted, ["a disgrace"]);
}

#[test]
fn a_short_phrase_may_stand_between_a_passive_and_its_agent() {
    assert_attribution(
        "The levy was criticised on Monday by the mayor.",
        "was criticised",
        Some("the mayor"),
        &["The levy"],
        AttributionKind::Indirect,
    );
    // "by" after a verb of its own belongs to that verb.
    let text = "The driver was seen grabbing a cyclist by the arm.";
    let a = annotate(text);
    assert!(a
        .attributions
        .iter()
        .all(|x| x.source.is_none_or(|s| s.text(text) != "the arm")));
}

#[test]
fn a_cue_after_and_or_before_shares_the_speaker_before_it() {
    assert_attribution(
        "Reyes confirmed the vote and said, “The levy stays.”",
        "said",
        Some("Reyes"),
        &["The levy stays."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "“The bridge is safe,” Reyes told reporters, before insisting the levy would stay.",
        "insisting",
        Some("Reyes"),
        &["the levy would stay"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quotation_after_and_takes_the_sentence_subject_when_no_cue_came_before() {
    assert_attribution(
        "When asked about the levy, Ms. Reyes smiled and said, “Wait and see.”",
        "said",
        Some("Ms. Reyes"),
        &["Wait and see."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "“It is over,” Reyes told the paper on Monday after suggesting that “changes” would come.",
        "suggesting",
        Some("Reyes"),
        &["that “changes” would come"],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_that_after_a_participle_cue_is_no_claim_of_the_cue_before() {
    let text = "Reyes told the paper on Monday after suggesting that changes would come.";
    let a = annotate(text);
    assert!(a.attributions.iter().all(|x| x
        .content
        .iter()
        .all(|c| c.text(text) != "that changes would come")
        || x.cue.text(text) != "told"));
}

#[test]
fn a_progressive_verb_before_a_noun_cue_ends_the_subject() {
    assert_eq!(
        sources("The mayor is raising questions about the levy."),
        ["The mayor"]
    );
    assert_eq!(
        sources("The council has been openly voicing doubts about the bridge."),
        ["The council"]
    );
}

#[test]
fn whoever_footage_shows_speaking_is_the_speaker() {
    assert_eq!(
        sources("The new ad uses footage of Mayor Reyes saying the levy is fair."),
        ["Mayor Reyes"]
    );
    assert_eq!(
        sources("Video of the meeting shows that the levy was never put to a vote."),
        ["Video of the meeting"]
    );
}

#[test]
fn the_one_urged_or_asked_goes_into_the_claim_with_the_infinitive() {
    assert_attribution(
        "Reyes urged councillors to back the levy.",
        "urged",
        Some("Reyes"),
        &["councillors to back the levy"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_reporters_credit_line_is_no_attribution() {
    assert_no_cues("Ana Reyes reported from Lisbon.");
    assert_eq!(
        cues("Ana Reyes reported from the hearing that the levy was dropped."),
        ["reported"]
    );
}

#[test]
fn an_editors_note_about_the_article_is_no_attribution() {
    assert_no_cues(
        "Correction: An earlier version of this article incorrectly stated that the levy was new.",
    );
    assert_no_cues("This story has been updated to note that the council voted on Monday.");
    assert_eq!(
        cues("This report has found that the levy was never collected."),
        ["has found"]
    );
}

#[test]
fn a_name_after_in_stays_with_a_source_after_its_cue() {
    assert_attribution(
        "The levy is unpopular, according to a new survey in the Daily Courier.",
        "according to",
        Some("a new survey in the Daily Courier"),
        &["The levy is unpopular"],
        AttributionKind::Indirect,
    );
    // A spaced dash ends it.
    assert_attribution(
        "The levy trails by nine points, according to the polling average in Ohio - despite the ads.",
        "according to",
        Some("the polling average in Ohio"),
        &["The levy trails by nine points"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_month_after_a_poll_dates_it_and_stays_with_it() {
    assert_eq!(
        sources("A Courier poll in January found that the levy was unpopular."),
        ["A Courier poll in January"]
    );
    assert_eq!(
        sources("Federal prosecutors in April charged that the mayor lied."),
        ["Federal prosecutors"]
    );
}

#[test]
fn a_possessive_name_before_a_participle_cue_takes_its_noun() {
    assert_eq!(
        sources("After the vote, Mayor Reyes’s closest aides were quiet, perhaps recognizing that the levy had failed."),
        ["Mayor Reyes’s closest aides"]
    );
    assert_eq!(
        sources("After the vote, Reyes’s aides were quiet, perhaps recognizing that the levy had failed."),
        ["Reyes’s aides"]
    );
}

#[test]
fn a_quotation_runs_on_after_a_mixed_claim_that_ends_on_its_quote() {
    assert_attribution(
        "The depot is a “money pit,” Ortiz said. “We lose more on it every single year.”",
        "said",
        Some("Ortiz"),
        &[
            "The depot is a “money pit,”",
            "We lose more on it every single year.",
        ],
        AttributionKind::Mixed,
    );
    // A mixed claim that ends after its quotation is no quotation that runs on.
    assert_attribution(
        "The depot is a “money pit” that loses money, Ortiz said. “We lose more on it every year.”",
        "said",
        Some("Ortiz"),
        &["The depot is a “money pit” that loses money"],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_statement_issued_with_a_participle_is_part_of_the_cue() {
    assert_attribution(
        "The union has also issued a statement Friday saying that the strike will go on.",
        "has also issued a statement Friday saying",
        Some("The union"),
        &["that the strike will go on"],
        AttributionKind::Indirect,
    );
    // "with" opens a circumstance of its own: the polls speak, not the verb's subject.
    assert_eq!(
        cues("Reyes will need their votes, with early returns showing a tight race."),
        ["showing"]
    );
}

#[test]
fn the_speaker_who_issued_a_statement_may_carry_a_bracket_or_an_apposition() {
    assert_attribution(
        "Senator Ann Reed (D-R.I.) issued a statement saying that the deal should wait.",
        "issued a statement saying",
        Some("Senator Ann Reed (D-R.I.)"),
        &["that the deal should wait"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Joe Okafor, the union's political director, released a statement confirming it will \
         hire more staff.",
        "released a statement confirming",
        Some("Joe Okafor, the union's political director"),
        &["it will hire more staff"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_fronted_topic_before_the_speaker_names_nobody() {
    assert_attribution(
        "Of Reyes, Levine, who has given money to her rival, said, “She is a careful \
         planner.”",
        "said",
        Some("Levine"),
        &["She is a careful planner."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_statement_between_commas_leaves_the_speaker_to_the_verb() {
    let text = "The ministry, in a statement issued on Monday, said the vote was fair.";
    assert_eq!(cues(text), ["said"]);
    assert_attribution(
        text,
        "said",
        Some("The ministry"),
        &["the vote was fair"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_time_clause_between_commas_is_no_part_of_the_speaker() {
    assert_eq!(
        sources("The ministry, when contacted by the Ledger, said the depot would close."),
        ["The ministry"]
    );
    assert_eq!(
        sources("Ortiz, while visiting the depot on Friday, said it would close."),
        ["Ortiz"]
    );
}

#[test]
fn points_after_a_number_are_a_unit_not_a_cue() {
    assert!(
        cues("The bank raised its forecast by 0.2 percentage points to 3.1 percent.").is_empty()
    );
    assert!(cues("The levy gained 4 points to reach 51 percent.").is_empty());
    assert_eq!(
        cues("Ortiz points to the depot as proof that the plan works."),
        ["points to"]
    );
}

#[test]
fn maintain_reports_only_before_a_clause() {
    assert_attribution(
        "The mayor maintained that the depot was safe.",
        "maintained",
        Some("The mayor"),
        &["that the depot was safe"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Ortiz, for his part, maintains he did nothing wrong.",
        "maintains",
        Some("Ortiz"),
        &["he did nothing wrong"],
        AttributionKind::Indirect,
    );
    for text in [
        "The council maintained the depot for years.",
        "Crews maintain the roads in winter.",
        "The club has maintained it well.",
    ] {
        assert!(annotate(text).attributions.is_empty(), "{text}");
    }
}

#[test]
fn a_modal_after_the_noun_makes_it_the_claims_subject_not_the_one_warned() {
    assert_attribution(
        "Others warned the council could yet close the depot.",
        "warned",
        Some("Others"),
        &["the council could yet close the depot"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Ortiz warned the council that the depot would close.",
        "warned",
        Some("Ortiz"),
        &["that the depot would close"],
        AttributionKind::Indirect,
    );
    // A finite verb after the noun does the same: "was" has no one warned before it.
    assert_attribution(
        "A consultant warned the service was close to collapse.",
        "warned",
        Some("A consultant"),
        &["the service was close to collapse"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_cue_before_a_colon_and_a_quotation_reports_that_quotation() {
    assert_attribution(
        "Ortiz told the Ledger the plan was \"dead\", adding: \"We will try again next year.\"",
        "adding",
        Some("Ortiz"),
        &["We will try again next year."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_short_quoted_sentence_with_the_stop_outside_the_mark_continues_the_claim() {
    assert_attribution(
        "\"We are not leaving\", Ortiz said. \"This is our town\".",
        "said",
        Some("Ortiz"),
        &["We are not leaving", "This is our town"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_source_after_its_cue_runs_on_over_and_to_a_second_noun_phrase() {
    assert_eq!(
        sources("According to Ortiz and Reyes, the depot will close."),
        ["Ortiz and Reyes"]
    );
    assert_eq!(
        sources(
            "According to a complaint filed by the Parks and Recreation Board, the depot leaks."
        ),
        ["a complaint filed by the Parks and Recreation Board"]
    );
    // A verb after "and" opens a clause of its own.
    assert_eq!(
        sources("The depot closed, according to Ortiz and the buses will stop."),
        ["Ortiz"]
    );
}

#[test]
fn a_participle_aside_after_a_name_behind_a_dateline_is_no_part_of_the_speaker() {
    assert_eq!(
        sources("SPRINGFIELD -- Mayor Ortiz, opening the new depot on Saturday, said it would serve the city."),
        ["Mayor Ortiz"]
    );
}

#[test]
fn about_before_a_number_belongs_to_the_claim_not_the_cue() {
    assert_attribution(
        "Ortiz has said about 40 buses will be cut.",
        "has said",
        Some("Ortiz"),
        &["about 40 buses will be cut"],
        AttributionKind::Indirect,
    );
}

#[test]
fn two_noun_phrases_joined_by_and_are_one_speaker() {
    assert_eq!(
        sources(
            "The levy is so small that many economists and tax advocates believe it will fail."
        ),
        ["many economists and tax advocates"]
    );
    assert_eq!(
        sources("Safety experts and state officials, however, said the bridge was sound."),
        ["Safety experts and state officials"]
    );
    assert_eq!(
        sources("The race moves to Dayton, where Ortiz and his aides believe they can win."),
        ["Ortiz and his aides"]
    );
}

#[test]
fn a_subject_may_join_several_phrases_with_and() {
    assert_eq!(
        sources("Current and former drivers at the depot and at the garage have said the buses are unsafe."),
        ["Current and former drivers at the depot and at the garage"]
    );
}

#[test]
fn on_before_a_gerund_after_a_cue_is_no_setting() {
    let text = "Ann Lee said the swap was hard but that if the mayor chose one, he should have insisted on getting every rider out.";
    assert_attribution(
        text,
        "said",
        Some("Ann Lee"),
        &["the swap was hard but that if the mayor chose one, he should have insisted on getting every rider out"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_stray_comma_between_the_opening_subject_and_said_keeps_the_speaker() {
    assert_attribution(
        "Sen. Ann Reed (D-Ohio), said after a lunch on Tuesday that she had not decided.",
        "said",
        Some("Sen. Ann Reed (D-Ohio)"),
        &["that she had not decided"],
        AttributionKind::Indirect,
    );
    // The inverted aside keeps its reading: the speaker follows the cue.
    assert_eq!(
        sources("The plan, said Doyle and others, would be clear."),
        ["Doyle and others"]
    );
}

#[test]
fn an_aside_closed_inside_a_quotation_of_two_apostrophes_leaves_the_name() {
    assert_attribution(
        "Mr. Ortiz, citing ''the quiet magic of the levy,'' said the plan could pass.",
        "said",
        Some("Mr. Ortiz"),
        &["the plan could pass"],
        AttributionKind::Indirect,
    );
}

#[test]
fn calls_before_its_object_is_the_verb() {
    assert_attribution(
        "The Ortiz campaign calls this a false narrative.",
        "calls",
        Some("The Ortiz campaign"),
        &["this a false narrative"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        sources("Ann Lee, director of the institute, calls Dayton a mistake."),
        ["Ann Lee, director of the institute"]
    );
    assert!(cues("He rallied people with his calls to end the levy.").is_empty());
}

#[test]
fn a_long_source_after_according_to_runs_to_its_comma() {
    assert_attribution(
        "According to early results of the surveys carried out for the Ledger and two local radio stations, most riders want the depot open.",
        "According to",
        Some("early results of the surveys carried out for the Ledger and two local radio stations"),
        &["most riders want the depot open"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_noun_like_cue_after_a_long_aside_between_commas_is_a_verb() {
    assert_eq!(
        cues("A Ledger poll, conducted jointly with Lee Research (D) and Park & Company Research (R), shows Ortiz with 47 percent."),
        ["shows"]
    );
    assert_eq!(
        cues("The city markets, where traders bet on the outcome, show the mayor well ahead."),
        ["show"]
    );
}

#[test]
fn added_to_a_listener_reports_but_adding_to_a_thing_does_not() {
    assert_attribution(
        "“It was twice the size,” Ortiz added to reporters.",
        "added",
        Some("Ortiz"),
        &["It was twice the size,"],
        AttributionKind::Direct,
    );
    assert!(cues("The win is adding to Ortiz’s lead in the polls.").is_empty());
    assert!(cues("The win is adding to her lead in the polls.").is_empty());
}

#[test]
fn a_cue_after_comma_then_shares_the_subject() {
    assert_attribution(
        "Ortiz paused, then revealed why the plan was dead.",
        "then revealed",
        Some("Ortiz"),
        &["why the plan was dead"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_claim_may_open_with_a_currency_sign() {
    assert_attribution(
        "Ortiz calls for $40 million in new spending on buses.",
        "calls for",
        Some("Ortiz"),
        &["$40 million in new spending on buses"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_cue_after_comma_yet_shares_the_subject_but_not_yet_as_an_adverb() {
    assert_attribution(
        "Ortiz demands answers from the council, yet refuses to release his own records.",
        "refuses",
        Some("Ortiz"),
        &["to release his own records"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        cues("Police say they have not yet determined whether the driver was drunk."),
        ["say"]
    );
}

#[test]
fn ads_before_a_bare_verb_cue_make_it_a_verb() {
    assert_attribution(
        "The ads ask voters to back the levy.",
        "ask",
        Some("The ads"),
        &["voters to back the levy"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quoted_title_in_an_apposition_leaves_the_name_as_speaker() {
    assert_attribution(
        "Ramos, who starred in \"Big Questions,\" said his boss was fair.",
        "said",
        Some("Ramos"),
        &["his boss was fair"],
        AttributionKind::Indirect,
    );
    // The words after the cue are the subject of its claim, not an inverted speaker.
    assert_attribution(
        "Ramos, a host on \"Big Questions,\" said his boss was fair.",
        "said",
        Some("Ramos, a host on \"Big Questions"),
        &["his boss was fair"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_adverb_after_a_determiner_stays_in_the_source() {
    assert_eq!(
        source_of_cue(
            "The publicly available records indicate the depot lost money.",
            "indicate"
        ),
        Some("The publicly available records")
    );
    assert_eq!(
        source_of_cue(
            "A recently released audit said the depot lost money.",
            "said"
        ),
        Some("A recently released audit")
    );
}

#[test]
fn a_video_shows_what_it_records() {
    assert_attribution(
        "The video shows the mayor leaving the hall.",
        "shows",
        Some("The video"),
        &["the mayor leaving the hall"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_colon_before_a_speaker_and_cue_ends_the_claim() {
    assert_attribution(
        "Polling shows why the depot is a problem: A recent survey found that half of riders want it closed.",
        "shows",
        Some("Polling"),
        &["why the depot is a problem"],
        AttributionKind::Indirect,
    );
    // A question after the colon is what was asked.
    assert_attribution(
        "Ortiz asked the council: Who do you think will pay for the depot?",
        "asked",
        Some("Ortiz"),
        &["Who do you think will pay for the depot"],
        AttributionKind::Indirect,
    );
    // A colon that ends the text is read without fault.
    assert_eq!(cues("Ortiz said the plan has one flaw:"), ["said"]);
}

#[test]
fn a_noun_like_cue_after_a_name_and_its_apposition_is_a_verb() {
    assert_attribution(
        "Ann Lee, a transit planner, hopes the vote will settle the matter.",
        "hopes",
        Some("Ann Lee, a transit planner"),
        &["the vote will settle the matter"],
        AttributionKind::Indirect,
    );
}

#[test]
fn think_after_any_subject_reports_a_belief_but_not_think_tank_or_think_of() {
    assert_attribution(
        "Few in the party think the levy will pass.",
        "think",
        Some("Few in the party"),
        &["the levy will pass"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        cues("Ann Lee, a fellow at a transit think tank, said the levy will pass."),
        ["said"]
    );
    assert!(cues("Many riders think of the depot as a landmark.").is_empty());
}

#[test]
fn want_and_know_after_a_phrase_with_a_preposition_are_verbs() {
    assert_attribution(
        "Only 4 in 10 riders in each town want the depot closed.",
        "want",
        Some("Only 4 in 10 riders in each town"),
        &["the depot closed"],
        AttributionKind::Indirect,
    );
    assert!(cues("The depot closed for want of riders.").is_empty());
}

#[test]
fn a_noun_like_cue_before_a_determiner_is_a_verb_unless_one_stands_before_it() {
    assert_attribution(
        "The newsletter notes the city monitors every bus stop.",
        "notes",
        Some("The newsletter"),
        &["the city monitors every bus stop"],
        AttributionKind::Indirect,
    );
    assert!(cues("The only hope the town has is a new depot.").is_empty());
}

#[test]
fn an_aside_between_dashes_may_hold_titled_names_and_spaced_hyphens() {
    assert_eq!(
        source_of_cue(
            "Three planners — Ms. Lee, Mr. Ortiz and Ms. Park — agreed there are better sites.",
            "agreed"
        ),
        Some("Three planners — Ms. Lee, Mr. Ortiz and Ms. Park")
    );
    assert_eq!(
        source_of_cue(
            "Ann Lee - the mayor's sister and co-host of her radio show - told the Ledger that the depot was safe.",
            "told"
        ),
        Some("Ann Lee - the mayor's sister and co-host of her radio show")
    );
}

#[test]
fn a_verb_cue_after_any_aside_that_follows_a_name_is_a_verb() {
    assert_attribution(
        "Dora Smith, of Baldwin, Miss., dismisses the idea that the depot matters.",
        "dismisses",
        Some("Dora Smith, of Baldwin, Miss."),
        &["the idea that the depot matters"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "And Ortiz, to his credit, refuses to attack Lee on her record.",
            "refuses"
        ),
        Some("Ortiz")
    );
}

#[test]
fn two_relative_clauses_joined_by_and_describe_one_speaker() {
    let text = "Another rider who used the depot here and who didn't want to be named said he saw the owner leave.";
    assert_attribution(
        text,
        "said",
        Some("Another rider who used the depot here and who didn't want to be named"),
        &["he saw the owner leave"],
        AttributionKind::Indirect,
    );
    assert!(annotate(text)
        .caveats
        .iter()
        .any(|c| c.kind == CaveatKind::Anonymous
            && c.span.text(text) == "who didn't want to be named"));
}

#[test]
fn a_claim_without_a_verb_ends_before_and_with_a_verb_of_the_speaker() {
    assert_attribution(
        "Ortiz denied the charges and moved on to the budget.",
        "denied",
        Some("Ortiz"),
        &["the charges"],
        AttributionKind::Indirect,
    );
    // A claim with a verb of its own may share the next one.
    assert_attribution(
        "Ortiz said the depot closed and cost the town jobs.",
        "said",
        Some("Ortiz"),
        &["the depot closed and cost the town jobs"],
        AttributionKind::Indirect,
    );
    // A past form before a noun is an adjective.
    assert_attribution(
        "Ortiz praised the heat and unsettled weather of the valley.",
        "praised",
        Some("Ortiz"),
        &["the heat and unsettled weather of the valley"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_long_subject_opening_the_sentence_is_read_past_to_and_prepositions() {
    assert_eq!(
        source_of_cue(
            "The deputy head of the delegation to the forum said the plan would fail.",
            "said"
        ),
        Some("The deputy head of the delegation to the forum")
    );
    assert_eq!(
        source_of_cue(
            "Riders trying to save the depot from closure say the vote was rushed.",
            "say"
        ),
        Some("Riders trying to save the depot from closure")
    );
    // "after" opens a clause of time, not a subject.
    assert_eq!(
        source_of_cue(
            "Three weeks after Ortiz vowed to fix the depot, the council closed it.",
            "vowed"
        ),
        Some("Ortiz")
    );
}

#[test]
fn invisible_direction_marks_before_a_quotation_are_passed_over() {
    // Comments pasted from social media often open with U+202A and a closing mark.
    let text = "\u{202A}\u{201D}The depot is a money pit,\u{201D} said Ann Lee.";
    assert_attribution(
        text,
        "said",
        Some("Ann Lee"),
        &["The depot is a money pit,"],
        AttributionKind::Direct,
    );
    assert_eq!(
        source_of_cue("Ortiz\u{200B} said the depot\u{200E} had closed.", "said"),
        Some("Ortiz")
    );
}

#[test]
fn a_share_of_those_named_before_is_the_source() {
    assert_attribution(
        "The town has 40 drivers, some of whom said they would strike.",
        "said",
        Some("some of whom"),
        &["they would strike"],
        AttributionKind::Indirect,
    );
}

#[test]
fn appearing_somewhere_is_no_cue() {
    assert_attribution(
        "Police said a man had been arrested and would appear in court on Monday.",
        "said",
        Some("Police"),
        &["a man had been arrested and would appear in court on Monday"],
        AttributionKind::Indirect,
    );
    assert!(cues("The mayor appeared on the radio twice.").is_empty());
    assert_eq!(cues("The mayor appeared to doubt the plan."), ["appeared"]);
}

#[test]
fn an_adverb_cue_reports_the_words_on_either_side_of_it() {
    assert_attribution(
        "The depot will reportedly close in March.",
        "reportedly",
        None,
        &["The depot will", "close in March"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_horizontal_bar_is_a_dash_like_the_others() {
    assert_eq!(
        source_of_cue(
            "Three planners \u{2015} among them Ann Lee \u{2015} agreed there are better sites.",
            "agreed"
        ),
        Some("Three planners \u{2015} among them Ann Lee")
    );
}

#[test]
fn the_progressive_of_a_cue_verb_is_a_cue() {
    assert_attribution(
        "Ortiz is stressing that his plan will save the depot.",
        "is stressing",
        Some("Ortiz"),
        &["that his plan will save the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_setting_between_asked_and_the_question_is_no_part_of_it() {
    assert_attribution(
        "Asked during a debate in January why he trailed Lee, Ortiz said he had started late.",
        "Asked",
        None,
        &["why he trailed Lee"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Asked in an interview whether he would run, Ortiz said no.",
        "Asked",
        None,
        &["whether he would run"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_question_may_be_put_by_pushing_challenging_or_questioning() {
    assert_attribution(
        "Challenged by a reporter on her fees, Lee said that she had done nothing wrong.",
        "Challenged",
        Some("a reporter"),
        &["on her fees"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Questioned about the depot, Ortiz said it would close.",
        "Questioned",
        None,
        &["the depot"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_between_subject_and_verb_is_an_aside_with_its_own_claim() {
    let text = "Governor Ann Holt, hoping to gain ground in the north, called the mayor a \
                “petulant child.”";
    assert_attribution(
        text,
        "hoping",
        Some("Governor Ann Holt"),
        &["to gain ground in the north"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "called",
        Some("Governor Ann Holt"),
        &["the mayor a “petulant child.”"],
        AttributionKind::Mixed,
    );
    let text = "Ms. Carter, recalling weekly lunches with the mayor, described herself as her \
                “budget whisperer.”";
    assert_attribution(
        text,
        "recalling",
        Some("Ms. Carter"),
        &["weekly lunches with the mayor"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "described",
        Some("Ms. Carter"),
        &["herself as her “budget whisperer.”"],
        AttributionKind::Mixed,
    );
    // A participle after the verb still runs to the sentence's end.
    assert_attribution(
        "The mayor walked out, saying the vote, which she lost, was rigged.",
        "saying",
        Some("The mayor"),
        &["the vote, which she lost, was rigged"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_name_with_initials_and_suffix_keeps_its_relative_clause_out() {
    assert_attribution(
        "Deputy Mayor Helen J. Carter Jr., who was to travel to Dayton, Ohio, on Friday to \
         promote the new plan, said it touched on a core promise of the mayor.",
        "said",
        Some("Deputy Mayor Helen J. Carter Jr."),
        &["it touched on a core promise of the mayor"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_trailing_setting_may_name_a_show_in_quotation_marks() {
    assert_attribution(
        "Tom Hale backed the governor while the governor was in the race, he said Wednesday \
         morning on the radio show “Morning Talk.”",
        "said",
        Some("he"),
        &["Tom Hale backed the governor while the governor was in the race"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_long_bracketed_aside_after_the_name_belongs_to_the_source() {
    assert_attribution(
        "Senator Ann Holt (a Vermont Democrat so young she has been mistaken for an intern) \
         says she felt lost in her first weeks.",
        "says",
        Some("Senator Ann Holt (a Vermont Democrat so young she has been mistaken for an intern)"),
        &["she felt lost in her first weeks"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_inverted_said_opening_the_sentence_keeps_the_speakers_aside() {
    assert_attribution(
        "Said Dora Penn, who grew up with the boxer in the neighbourhood, “We were all so proud \
         of him.”",
        "Said",
        Some("Dora Penn, who grew up with the boxer in the neighbourhood"),
        &["We were all so proud of him."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Said Ana Ruiz, a teacher at the school: “It is over.”",
        "Said",
        Some("Ana Ruiz, a teacher at the school"),
        &["It is over."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Said Penn, “We were proud.”",
        "Said",
        Some("Penn"),
        &["We were proud."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_role_before_the_name_stays_with_it_before_a_relative_clause() {
    assert_attribution(
        "The police spokesperson, Ann Okoro, who confirmed the incident, said investigations \
         had begun.",
        "said",
        Some("The police spokesperson, Ann Okoro"),
        &["investigations had begun"],
        AttributionKind::Indirect,
    );
    // A setting before the comma is no role.
    assert_attribution(
        "Speaking later on the same show, Ann Okoro, who leads the unit, said arrests were near.",
        "said",
        Some("Ann Okoro"),
        &["arrests were near"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_possessive_name_with_a_participle_aside_is_one_source() {
    let text = "Japan's Kyodo news agency, quoting unnamed government sources, said the cabinet \
                would approve the plan on Friday.";
    assert_attribution(
        text,
        "said",
        Some("Japan's Kyodo news agency"),
        &["the cabinet would approve the plan on Friday"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "quoting",
        Some("Japan's Kyodo news agency"),
        &["unnamed government sources"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_noun_phrase_before_a_modal_after_said_is_the_claims_subject_not_the_speaker() {
    // With no speaker before "said", the phrase after it is still no inverted source.
    let text = "The plan was dropped, said the cabinet would meet again on Friday.";
    assert!(
        !sources(text).iter().any(|s| s.contains("would")),
        "sources: {:?}",
        sources(text)
    );
}

#[test]
fn a_participle_describing_the_medium_stands_before_the_claim() {
    assert_attribution(
        "The embassy said in a statement posted on its website that it was monitoring the \
         situation.",
        "said in a statement",
        Some("The embassy"),
        &["that it was monitoring the situation"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_author_after_by_between_commas_belongs_to_the_source() {
    assert_attribution(
        "The report, by the Institute for Fiscal Studies, warns that councils face a shortfall.",
        "warns",
        Some("The report, by the Institute for Fiscal Studies"),
        &["that councils face a shortfall"],
        AttributionKind::Indirect,
    );
    // "by her own account" names no author.
    assert_attribution(
        "The mayor, by her own account, said the plan failed.",
        "said",
        Some("The mayor"),
        &["the plan failed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_passive_report_of_a_perfect_infinitive_cue_is_one_cue_for_the_subject() {
    assert_attribution(
        "The minister is said to have told aides that she would quit.",
        "is said to have told",
        Some("The minister"),
        &["that she would quit"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The president was reported to have said that the deal was dead.",
        "was reported to have said",
        Some("The president"),
        &["that the deal was dead"],
        AttributionKind::Indirect,
    );
    // The hedge on the report stays.
    assert!(
        annotate("The minister is said to have told aides that she would quit.")
            .caveats
            .iter()
            .any(|c| c.kind == CaveatKind::Hedge)
    );
    // A plain passive still names no speaker: the one told is its subject.
    assert_attribution(
        "The jury was told the man fled.",
        "was told",
        None,
        &["the man fled"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_irregular_past_ends_the_subject_a_participle_speaks_for() {
    assert_attribution(
        "The mayor left early, saying the vote was rigged.",
        "saying",
        Some("The mayor"),
        &["the vote was rigged"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The group went ahead anyway, arguing that the permit was valid.",
        "arguing",
        Some("The group"),
        &["that the permit was valid"],
        AttributionKind::Indirect,
    );
    // An adverb before the verb is no part of the subject either.
    assert_attribution(
        "A guy just won the lottery, saying it was luck.",
        "saying",
        Some("A guy"),
        &["it was luck"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_company_suffix_with_its_full_stop_ends_the_source_not_the_sentence() {
    assert_attribution(
        "Apple Inc. said the phone sold well.",
        "said",
        Some("Apple Inc."),
        &["the phone sold well"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Acme Corp. said it hired a bank and reported a loss of $8 million.",
        "said",
        Some("Acme Corp."),
        &["it hired a bank"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Big Brew Cos. said it would cut prices.",
        "said",
        Some("Big Brew Cos."),
        &["it would cut prices"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quotation_after_a_company_suffix_opens_a_new_sentence() {
    let text = "“The market is crowded,” said Ann Doyle, an analyst with Harris Upham & Co. \
                “It's going to get bloody.”";
    assert_attribution(
        text,
        "said",
        Some("Ann Doyle, an analyst with Harris Upham & Co"),
        &["The market is crowded,", "It's going to get bloody."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_long_relative_clause_after_a_possessive_name_keeps_the_verb_its_speaker() {
    assert_attribution(
        "But Smith Barney's Mr. Doyle, who yesterday trimmed his 1990 earnings projection to \
         $2.95 a share from $3.10, called the market's reaction “justified.”",
        "called",
        Some("Smith Barney's Mr. Doyle"),
        &["the market's reaction “justified.”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn figures_that_declined_and_preferred_stock_report_nothing() {
    assert_no_cues("Net interest income declined to $35.6 million from $70.1 million.");
    assert_no_cues("Trade declined 40 percent in the first half.");
    assert_no_cues("The rating on its preferred stock was cut.");
    // Declining to comment still reports.
    assert_eq!(cues("The mayor declined to comment."), ["declined"]);
    // A sum or a count added is no remark added.
    assert_no_cues("The bank also added $227.3 million to its reserves.");
    assert_no_cues("The economy added 200,000 jobs in May.");
    assert_no_cues("The new flights will add nearly 700 seats a week.");
    assert_no_cues("The Justice Department is offering a $500,000 reward for information.");
    assert_no_cues("The club charged a $100,000 initiation fee.");
    assert_eq!(
        cues("The mayor offered to resign, and charged that the council had lied."),
        ["offered", "charged"]
    );
    assert_eq!(cues("“It was a good month,” she added."), ["added"]);
}

#[test]
fn an_expectation_between_commas_is_no_ones_in_particular() {
    let text =
        "Harlow AB, the office supplies maker, as expected, proposed to buy the rest of its \
         unit.";
    assert_eq!(cues(text), ["as expected"]);
    assert_eq!(source_of_cue(text, "as expected"), None);
    assert_eq!(
        source_of_cue(
            "As reported by the Herald, the mayor resigned.",
            "As reported by"
        ),
        Some("the Herald")
    );
}

#[test]
fn a_participle_after_a_determiner_and_an_adverb_describes_a_noun() {
    assert_no_cues("The losses result from the recently passed bailout legislation.");
    assert_no_cues("The headline mirrors a widely denounced tweet.");
    assert_no_cues("Efforts to sign a highly anticipated United Nations treaty fell apart.");
    assert_no_cues("The loss reflects special reserves and continued low gas prices.");
    assert_no_cues("Despite Reyes's continued strength, the race is close.");
    // A thing found somewhere is described, not a finding reported.
    assert_no_cues("A rifle found near the home of the victim may yield clues.");
    assert_no_cues("The plates match those found at the depot.");
    assert_no_cues("The rules cover potent chemicals found in refrigerators.");
    assert_eq!(cues("The study found that rents rose."), ["found"]);
    assert_eq!(
        cues("Researchers found in a 2015 study that rents rose."),
        ["found"]
    );
    assert_eq!(
        cues("Reyes paused and continued his attack on the council."),
        ["continued"]
    );
    // Without the determiner the participle may still report.
    assert_eq!(
        cues("The council recently announced new fares."),
        ["recently announced"]
    );
}

#[test]
fn signaling_assuring_and_cautioning_are_cues() {
    assert_attribution(
        "The central bank signaled that rates would stay high.",
        "signaled",
        Some("The central bank"),
        &["that rates would stay high"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The minister cautions that the recovery is fragile.",
        "cautions",
        Some("The minister"),
        &["that the recovery is fragile"],
        AttributionKind::Indirect,
    );
    // The nouns are no cues.
    assert_no_cues("The signal from the market was clear.");
}

#[test]
fn reports_after_a_preposition_of_circumstance_name_no_source() {
    assert_attribution(
        "Shares fell amid reports that the company would cut jobs.",
        "reports",
        None,
        &["that the company would cut jobs"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Kopp has been the subject of a manhunt following reports that he was spotted near the \
         scene.",
        "reports",
        None,
        &["that he was spotted near the scene"],
        AttributionKind::Indirect,
    );
    // A verb "reports" still has its subject.
    assert_eq!(
        source_of_cue("The paper reports that the mayor lied.", "reports"),
        Some("The paper")
    );
}

#[test]
fn here_in_wire_copy_is_the_datelines_city_not_a_claim() {
    assert_attribution(
        "Hungary's accession to NATO has changed the balance in Europe, Prime Minister Viktor \
         Orban said here Friday.",
        "said",
        Some("Prime Minister Viktor Orban"),
        &["Hungary's accession to NATO has changed the balance in Europe"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The minister said here on Monday that the talks were useful.",
        "said",
        Some("The minister"),
        &["that the talks were useful"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_lone_participle_opening_the_sentence_is_no_name() {
    // Nigerian and Indian papers open with "Reacting," or "Commenting," before the speaker.
    assert_eq!(
        source_of_cue(
            "Reacting, the State Commissioner for Energy, Mr. Tunde Bakre, posited that the \
             market would bring relief.",
            "posited"
        ),
        Some("the State Commissioner for Energy, Mr. Tunde Bakre")
    );
    assert_eq!(
        source_of_cue(
            "Commenting, Mrs. Ada Obi, who chairs the board, said the plan was sound.",
            "said"
        ),
        Some("Mrs. Ada Obi")
    );
    // A one-word surname before its apposition is still the speaker.
    assert_eq!(
        source_of_cue(
            "Manning, the former analyst, said the leak was justified.",
            "said"
        ),
        Some("Manning, the former analyst")
    );
}

#[test]
fn a_relative_clause_may_end_in_a_name_set_off_by_commas() {
    assert_eq!(
        source_of_cue(
            "But the president of the drivers' union, Comrade Femi Adeyemi, who spoke through \
             the union's spokesman, Kola Bello, described the fares as \"callous\".",
            "described"
        ),
        Some("the president of the drivers' union, Comrade Femi Adeyemi")
    );
}

#[test]
fn this_or_so_before_a_setting_stands_for_what_was_said() {
    assert_attribution(
        "The governor stated this on Tuesday in Kano while receiving a delegation.",
        "stated",
        Some("The governor"),
        &["this"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Half of the voters said so in December.",
        "said",
        Some("Half of the voters"),
        &["so"],
        AttributionKind::Indirect,
    );
    // "this week" is a time; "blamed this on" acts on it.
    assert_attribution(
        "She said this week that the deal was dead.",
        "said this week",
        Some("She"),
        &["that the deal was dead"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Voters blamed this on the council.",
        "blamed",
        Some("Voters"),
        &["this on the council"],
        AttributionKind::Indirect,
    );
}

#[test]
fn cannot_belongs_to_the_cue_not_the_speaker() {
    assert_attribution(
        "Officials cannot confirm the report.",
        "cannot confirm",
        Some("Officials"),
        &["the report"],
        AttributionKind::Indirect,
    );
}

#[test]
fn words_pointing_ahead_to_a_colon_join_the_cue() {
    assert_attribution(
        "Dana Hollis, a former aide to the mayor, tweeted this: \"She did it again.\"",
        "tweeted this:",
        Some("Dana Hollis, a former aide to the mayor"),
        &["She did it again."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Singh explained it this way: \"It is like a buffet nobody will open.\"",
        "explained it this way:",
        Some("Singh"),
        &["It is like a buffet nobody will open."],
        AttributionKind::Direct,
    );
    assert_eq!(
        cues("Singh explained it this way: \"It is like a buffet nobody will open.\""),
        ["explained it this way:"]
    );
    assert_attribution(
        "The mayor said this: the budget is broken.",
        "said this:",
        Some("The mayor"),
        &["the budget is broken"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_one_accused_is_part_of_the_accusation() {
    assert_attribution(
        "Odinga accused the government of using police to intimidate voters.",
        "accused",
        Some("Odinga"),
        &["the government of using police to intimidate voters"],
        AttributionKind::Indirect,
    );
}

#[test]
fn overlapping_cue_entries_make_one_cue() {
    // "has called" and "called on" are both entries; the cue runs to the end of the longer.
    assert_attribution(
        "Meanwhile, Malema has called on members to \"prepare for the streets\".",
        "has called on",
        Some("Malema"),
        &["members to \"prepare for the streets\""],
        AttributionKind::Mixed,
    );
    assert_attribution(
        "Ortiz also has called on voters to stay home.",
        "also has called on",
        Some("Ortiz"),
        &["voters to stay home"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_lower_case_role_before_a_name_belongs_to_the_participles_speaker() {
    assert_eq!(
        source_of_cue(
            "Party chairperson Helen Moyo hit back, saying the council had lost its way.",
            "saying"
        ),
        Some("Party chairperson Helen Moyo")
    );
    assert_eq!(
        source_of_cue(
            "Opposition leader Ruth Achieng left early, saying she was tired.",
            "saying"
        ),
        Some("Opposition leader Ruth Achieng")
    );
    // A verb that is no title ends the subject at the name.
    assert_eq!(
        source_of_cue("Voters love Okafor, saying he is honest.", "saying"),
        Some("Voters")
    );
}

#[test]
fn an_acronym_in_brackets_stays_inside_the_source() {
    assert_eq!(
        source_of_cue(
            "The National Water Service (NWS) spokesperson Ruth Achieng dismissed the claims.",
            "dismissed"
        ),
        Some("The National Water Service (NWS) spokesperson Ruth Achieng")
    );
}

#[test]
fn a_title_or_hyphenated_name_before_an_aside_is_the_source() {
    assert_eq!(
        source_of_cue(
            "Pakistan Tehreek-e-Insaf (PTI) leader Asad Qaiser, while talking to reporters \
             outside the parliament, said his party would not accept the results.",
            "said"
        ),
        Some("Pakistan Tehreek-e-Insaf (PTI) leader Asad Qaiser")
    );
    assert_eq!(
        source_of_cue(
            "Union leader Sara Khan, while talking to reporters, said the strike would go on.",
            "said"
        ),
        Some("Union leader Sara Khan")
    );
}

#[test]
fn a_time_between_auxiliary_and_participle_keeps_the_passive() {
    // British papers write "was last night accused": the subject is accused, no speaker.
    assert_attribution(
        "The Chancellor was last night accused of betraying pensioners.",
        "was last night accused of",
        None,
        &["The Chancellor", "betraying pensioners"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The minister has today announced that the fund would close.",
        "has today announced",
        Some("The minister"),
        &["that the fund would close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn after_a_determiner_the_verb_before_a_colon_is_the_cue() {
    assert_attribution(
        "A Treasury source hit back: \"We inherited a black hole.\"",
        "hit back:",
        Some("A Treasury source"),
        &["We inherited a black hole."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "The minority leader said flatly: \"It does not matter.\"",
        "said flatly:",
        Some("The minority leader"),
        &["It does not matter."],
        AttributionKind::Direct,
    );
    // With no verb, the words before the colon are the speaker's label.
    assert_attribution(
        "The statement: \"We inherited a black hole.\"",
        ":",
        Some("The statement"),
        &["We inherited a black hole."],
        AttributionKind::Direct,
    );
}

#[test]
fn newsroom_verbs_of_comment_and_attack_are_cues() {
    assert_attribution(
        "The club has not commented on the reason for the delay.",
        "has not commented on",
        Some("The club"),
        &["the reason for the delay"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Other councillors weighed in about whether the footage should be released.",
        "weighed in about",
        Some("Other councillors"),
        &["whether the footage should be released"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        cues("The minister labelled the report a whitewash."),
        ["labelled"]
    );
    assert_eq!(
        cues("The coach took aim at the referees after the match."),
        ["took aim at"]
    );
}

#[test]
fn a_list_of_names_opening_the_sentence_is_one_source() {
    assert_eq!(
        source_of_cue(
            "Okafor, Reyes and Lindqvist said the claims could ground a case.",
            "said"
        ),
        Some("Okafor, Reyes and Lindqvist")
    );
    assert_eq!(
        source_of_cue(
            "But Okafor, Reyes and Lindqvist said the claims could ground a case.",
            "said"
        ),
        Some("Okafor, Reyes and Lindqvist")
    );
    // A place before the comma is no name of the list.
    assert_eq!(
        source_of_cue(
            "In Ohio, Reyes and Lindqvist said the claims could ground a case.",
            "said"
        ),
        Some("Reyes and Lindqvist")
    );
}

#[test]
fn the_verb_that_takes_a_participle_cue_is_no_part_of_the_source() {
    assert_eq!(
        source_of_cue(
            "They could not resist pointing out that the plan failed.",
            "pointing out"
        ),
        Some("They")
    );
    assert_eq!(
        source_of_cue("The mayor began arguing that the plan failed.", "arguing"),
        Some("The mayor")
    );
    assert_eq!(
        source_of_cue(
            "The mayor keeps insisting that the plan failed.",
            "insisting"
        ),
        Some("The mayor")
    );
}

#[test]
fn an_ordinal_time_before_the_subject_opens_a_clause() {
    assert_eq!(
        source_of_cue(
            "The walk-ins were the third time the alliance said it had set up such an event.",
            "said"
        ),
        Some("the alliance")
    );
    assert_attribution(
        "Every time Okafor says something, the market drops.",
        "says",
        Some("Okafor"),
        &["something"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_roster_or_credit_line_after_a_label_is_no_speech() {
    assert_no_cues(
        "The panel's members by state.\n\nOhio: Ann Lee, Raj Patel, Maria Gomez, Tom Brandt.",
    );
    assert_no_cues("The vote is Tuesday.\n\nContributing: Ann Lee and Raj Patel, Dayton Courier.");
    // A label before words someone says is still a speaker's label.
    assert_eq!(
        cues("The debate ran late.\n\nOrtiz: We will win this state, and we will win it big."),
        [":"]
    );
}

#[test]
fn verbs_that_report_only_when_active_report_nothing_before_by() {
    assert_no_cues("Many of the cases were decided by 5-to-4 votes.");
    assert_no_cues("The council debated an order signed by the governor last week.");
    // Active, the same verb still reports.
    assert_eq!(
        cues("The governor signed a bill that bans the practice."),
        ["signed"]
    );
}

#[test]
fn a_participle_joined_to_an_adjective_describes_a_noun() {
    assert_no_cues("She had been an able and determined opponent in a long primary.");
    // After a noun, the same pattern joins a second verb to the subject.
    assert_eq!(
        cues("The mayor called the plan a mistake and urged voters to reject it."),
        ["called", "urged"]
    );
}

#[test]
fn the_verb_that_governs_an_infinitive_cue_ends_its_subject() {
    assert_eq!(
        source_of_cue(
            "European leaders gathered Friday to discuss the crisis.",
            "to discuss"
        ),
        Some("European leaders")
    );
    assert_eq!(
        source_of_cue(
            "The senator spoke at a gathering of farmers to discuss water rights.",
            "to discuss"
        ),
        Some("The senator")
    );
}

#[test]
fn a_claim_without_a_verb_ends_before_but_and_the_speakers_next_verb() {
    assert_attribution(
        "The ministry has signaled willingness to change the law but has been met with \
         opposition.",
        "has signaled",
        Some("The ministry"),
        &["willingness to change the law"],
        AttributionKind::Indirect,
    );
    // A claim with a verb of its own may go on past "but".
    assert_attribution(
        "Okafor said the plant closed but has since reopened.",
        "said",
        Some("Okafor"),
        &["the plant closed but has since reopened"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_long_title_and_affiliation_after_a_quotation_is_the_speaker() {
    assert_attribution(
        "\"You do not need the magic number,\" lead author Dr. Mei Ling of the University of \
         Otago told the radio station.",
        "told",
        Some("lead author Dr. Mei Ling of the University of Otago"),
        &["You do not need the magic number,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_quoted_title_after_a_preposition_is_nobodys_words() {
    assert_attribution(
        "On Tuesday's episode of \"The Morning Talk Show,\" the senator said she wanted to \
         speak to young voters.",
        "said",
        Some("the senator"),
        &["she wanted to speak to young voters"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_after_a_preposition_speaks_for_the_sentences_subject() {
    // A one-word name opening the sentence counts when the text names it elsewhere too.
    assert_eq!(
        source_of_cue(
            "The singer Ada Okafor took the stage at nine. Okafor sings to the mayor before \
             asking her, \"Where do we go from here?\"",
            "asking"
        ),
        Some("Okafor")
    );
    assert_eq!(
        source_of_cue(
            "The mayor called the incident terrible, but stopped short of calling it a crime.",
            "calling"
        ),
        Some("The mayor")
    );
}

#[test]
fn this_before_a_preposition_is_what_was_said_not_a_setting() {
    assert_attribution(
        "Reacting, the chief, Mr. Ade, stated this on Monday.",
        "stated",
        Some("the chief, Mr. Ade"),
        &["this"],
        AttributionKind::Indirect,
    );
    // "this week" is still when it was said.
    assert_attribution(
        "The plan is dead, the mayor said this week.",
        "said this week",
        Some("the mayor"),
        &["The plan is dead"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_of_between_names_stays_in_the_participles_speaker() {
    assert_eq!(
        source_of_cue(
            "The Central Bank of Lesotho held its rate, saying prices were still rising.",
            "saying"
        ),
        Some("The Central Bank of Lesotho")
    );
    // The noun phrase the verb reads may go on in lower case after "of".
    assert_eq!(
        source_of_cue(
            "The families of the victims held firm, saying nothing had changed.",
            "saying"
        ),
        Some("The families of the victims")
    );
}

#[test]
fn a_participle_after_with_and_an_apposition_speaks_for_them() {
    assert_attribution(
        "Unions reacted angrily, with the union secretary, Ruth Achieng, warning of strikes.",
        "warning of",
        Some("the union secretary, Ruth Achieng"),
        &["strikes"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "The vote was close, with Okafor, the party chair, saying the count was fair.",
            "saying"
        ),
        Some("Okafor, the party chair")
    );
    // After a name or an auxiliary "warning" is the verb; after a determiner, the noun.
    assert_eq!(
        source_of_cue(
            "Unions met, with Ruth Achieng warning of strikes.",
            "warning of"
        ),
        Some("Ruth Achieng")
    );
    assert_eq!(
        source_of_cue("Achieng is warning of strikes.", "is warning of"),
        Some("Achieng")
    );
    assert!(annotate("The warning of strikes was clear.")
        .attributions
        .is_empty());
}

#[test]
fn people_told_named_by_a_plural_are_left_out_of_the_claim() {
    assert_attribution(
        "Achieng is understood to have told colleagues she would resign.",
        "is understood to have told",
        Some("Achieng"),
        &["she would resign"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Okafor told cheering supporters the fight was not over.",
        "told",
        Some("Okafor"),
        &["the fight was not over"],
        AttributionKind::Indirect,
    );
    // A plural that is the claim's own subject stays in it.
    assert_attribution(
        "Okafor said prices would rise.",
        "said",
        Some("Okafor"),
        &["prices would rise"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_aside_after_a_cue_like_noun_or_cue_is_skipped() {
    assert_eq!(
        source_of_cue(
            "The note, seen by the agency, said the bank would cut 500 jobs.",
            "said"
        ),
        Some("The note")
    );
    assert_eq!(
        source_of_cue(
            "The letter, signed by 40 members, said the plan had failed.",
            "said"
        ),
        Some("The letter")
    );
}

#[test]
fn a_cue_read_twice_makes_one_attribution() {
    assert_attribution(
        "The spokesman would neither confirm nor deny the reports.",
        "would neither confirm nor deny",
        Some("The spokesman"),
        &["the reports"],
        AttributionKind::Indirect,
    );
    let text = "The spokesman neither confirmed nor denied the reports.";
    let a = annotate(text);
    assert_eq!(a.attributions.len(), 1, "{:?}", a.attributions);
    assert_eq!(
        a.attributions[0].cue.text(text),
        "neither confirmed nor denied"
    );
    // "put it" and the colon after "put it bluntly" are one report, with the adverb in the cue;
    // words that are no adverb stay in the claim.
    let text = "Achieng put it bluntly: “They lied.”";
    let a = annotate(text);
    assert_eq!(a.attributions.len(), 1, "{:?}", a.attributions);
    assert_eq!(a.attributions[0].cue.text(text), "put it bluntly:");
    let text = "The audit reveals two facts: “Nobody checked the books.”";
    let a = annotate(text);
    assert_eq!(a.attributions.len(), 1, "{:?}", a.attributions);
    assert_eq!(a.attributions[0].cue.text(text), "reveals");
}

#[test]
fn what_a_speaker_has_to_say_is_one_cue() {
    assert_attribution(
        "The minister had this to say: \"We are not going anywhere.\"",
        "had this to say",
        Some("The minister"),
        &["We are not going anywhere."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Okafor will have more to say about the plan next week.",
        "will have more to say about",
        Some("Okafor"),
        &["the plan next week"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_name_and_age_that_open_the_sentence_speak_a_quotation() {
    assert_attribution(
        "Ruth Achieng, 71, said: \"It was terrifying.\"",
        "said",
        Some("Ruth Achieng, 71"),
        &["It was terrifying."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Mum-of-two Ada, 34, said, \"I just want my son back.\"",
        "said",
        Some("Mum-of-two Ada, 34"),
        &["I just want my son back."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_cue_in_an_aside_before_the_claim_does_not_take_the_claim() {
    let text = "The paper reported, citing two officials, that the talks would resume.";
    assert_attribution(
        text,
        "reported",
        Some("The paper"),
        &["that the talks would resume"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "citing",
        Some("The paper"),
        &["two officials"],
        AttributionKind::Indirect,
    );
    // A medium or a report named in the aside is part of the report, no attribution.
    for text in [
        "Okafor said, in a statement, that the talks would resume.",
        "Okafor said, according to two officials, that the talks would resume.",
        "Okafor said on Monday, in a statement posted online, that the talks would resume.",
    ] {
        assert_eq!(cues(text), vec!["said"], "{text}");
        assert_attribution(
            text,
            "said",
            Some("Okafor"),
            &["that the talks would resume"],
            AttributionKind::Indirect,
        );
    }
}

#[test]
fn reply_is_a_verb_or_a_noun_never_an_adverb() {
    // Read as an adverb ("reportedly"), "reply" reported its whole sentence with no speaker.
    assert_attribution(
        "Okafor did not reply to a request for comment.",
        "did not reply",
        Some("Okafor"),
        &["to a request for comment"],
        AttributionKind::Indirect,
    );
    assert_eq!(cues("In reply, the mayor said it was fine."), vec!["said"]);
}

#[test]
fn a_list_inside_the_name_of_an_office_stays_in_the_source() {
    assert_eq!(
        source_of_cue(
            "A Department for Roads, Rail and Coastal Affairs spokesperson said the bridge was safe.",
            "said"
        ),
        Some("A Department for Roads, Rail and Coastal Affairs spokesperson")
    );
    assert_eq!(
        source_of_cue(
            "Officials at the Ministry of Water, Land and Forests said the bridge was safe.",
            "said"
        ),
        Some("Officials at the Ministry of Water, Land and Forests")
    );
    // A list after a comma that closes a setting is still only the list.
    assert_eq!(
        source_of_cue(
            "In Dayton, Brown and Ruiz said the bridge was safe.",
            "said"
        ),
        Some("Brown and Ruiz")
    );
}

#[test]
fn sport_roles_and_things_withheld() {
    // A coach or a skipper is a role before the name, as a minister is.
    assert_eq!(
        source_of_cue(
            "Former coach Ned Arlow weighed into the debate, claiming the club lacked leadership.",
            "claiming"
        ),
        Some("Former coach Ned Arlow")
    );
    assert_eq!(
        cues("Former coach Ned Arlow weighed into the debate on Monday."),
        vec!["weighed into"]
    );
    // A passive with an object of its own is something withheld, not a denial reported.
    assert_no_cues("The man was refused bail and will appear in court on Monday.");
    assert_no_cues("She was denied entry to the country.");
    assert_eq!(
        source_of_cue("The claims were denied by the company.", "were denied"),
        Some("the company")
    );
}

#[test]
fn writing_or_calling_to_say_is_one_cue() {
    assert_attribution(
        "The headteacher wrote to parents on Friday to say the school would reopen.",
        "wrote to parents on Friday to say",
        Some("The headteacher"),
        &["the school would reopen"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Okafor called reporters on Friday to tell them she was proud.",
        "called reporters on Friday to tell",
        Some("Okafor"),
        &["she was proud"],
        AttributionKind::Indirect,
    );
    // A verb that governs the infinitive itself stays apart: "urged voters to say no".
    assert_eq!(cues("Okafor urged voters to say no."), vec!["urged"]);
}

#[test]
fn what_a_text_reads_before_a_colon_is_what_it_says() {
    assert_attribution(
        "A post on the group's Facebook page read: \"Shame on the council.\"",
        "read:",
        Some("A post on the group's Facebook page"),
        &["Shame on the council."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "The letter reads, in part: \"We regret to inform you.\"",
        "reads, in part:",
        Some("The letter"),
        &["We regret to inform you."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_clause_before_a_colon_is_no_speakers_label() {
    let text = "His response was blunt: \"No.\"";
    let a = annotate(text);
    assert_eq!(a.attributions.len(), 1, "{:?}", a.attributions);
    assert!(a.attributions[0]
        .source
        .is_some_and(|s| s.text(text) == "His"));
    // A name before the colon is still the label.
    assert_eq!(
        source_of_cue("Ruth Achieng: \"Fine.\"", ":"),
        Some("Ruth Achieng")
    );
}

#[test]
fn shares_say_nothing_the_company_after_them_speaks() {
    assert_eq!(
        source_of_cue(
            "Okafor Energy shares rose 5% after the company raised its outlook, saying demand \
             was strong.",
            "saying"
        ),
        Some("the company")
    );
    assert_eq!(
        source_of_cue(
            "Oil prices jumped as the cartel slashed output, citing weak demand.",
            "citing"
        ),
        Some("the cartel")
    );
    // A speaker opening the sentence keeps the participle after a clause of someone else's.
    assert_eq!(
        source_of_cue(
            "Okafor attacked the judge after he ruled, calling the ruling a disgrace.",
            "calling"
        ),
        Some("Okafor")
    );
}

#[test]
fn per_names_a_source_only_where_according_to_would() {
    assert_attribution(
        "Per a statement from the company, the recall affects 40,000 vehicles.",
        "Per",
        Some("a statement from the company"),
        &["the recall affects 40,000 vehicles"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Prices rose 3 per cent, per the statistics office.",
        "per",
        Some("the statistics office"),
        &["Prices rose 3 per cent"],
        AttributionKind::Indirect,
    );
    assert_no_cues("Shares rose 5 cents per share.");
    assert_no_cues("Per capita income rose.");
    assert_no_cues("A quarter of that, per the plan, is $40,000.");
}

#[test]
fn all_or_both_after_the_subject_ends_it() {
    assert_eq!(
        source_of_cue(
            "Ada Okafor (D-Ore.) and Ruth Achieng (D-Ohio) both said the plan was dead.",
            "said"
        ),
        Some("Ada Okafor (D-Ore.) and Ruth Achieng (D-Ohio) both")
    );
    assert_eq!(
        source_of_cue(
            "The mayor and the governor both said the plan was dead.",
            "said"
        ),
        Some("The mayor and the governor both")
    );
    // A list of names, each with its party tag.
    assert_eq!(
        source_of_cue(
            "Ada Okafor (D-Ore.), Ruth Achieng (D-Ohio) and Lena Holm (D-N.J.) all said the plan \
             was dead.",
            "said"
        ),
        Some("Ada Okafor (D-Ore.), Ruth Achieng (D-Ohio) and Lena Holm (D-N.J.) all")
    );
}

#[test]
fn a_subject_joined_by_and_may_follow_then() {
    assert_eq!(
        source_of_cue(
            "Residents would enroll and then state and local leaders could call on them.",
            "could call"
        ),
        Some("state and local leaders")
    );
}

#[test]
fn a_subject_alone_before_the_cue_goes_on_after_its_setting() {
    assert_attribution(
        "These workers, Okafor explained earlier in the hearing, were well paid.",
        "explained",
        Some("Okafor"),
        &["These workers", "were well paid"],
        AttributionKind::Indirect,
    );
    // A whole clause before the cue does not: what follows the setting is the writer's.
    assert_attribution(
        "The plan failed, the mayor said last week, and the council agreed.",
        "said",
        Some("the mayor"),
        &["The plan failed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quotation_resumes_after_a_participle_phrase() {
    let text = "“Every time you say that,” Okafor said, referring to the excuse, “you give \
                ammunition to them.”";
    assert_attribution(
        text,
        "said",
        Some("Okafor"),
        &["Every time you say that,", "you give ammunition to them."],
        AttributionKind::Direct,
    );
    assert_attribution(
        text,
        "referring to",
        Some("Okafor"),
        &["the excuse"],
        AttributionKind::Indirect,
    );
    // "adding" opens a report of its own, which takes the second quotation.
    let text = "“We are done,” she said, adding, “Nobody will stop us.”";
    let a = annotate(text);
    let said = a
        .attributions
        .iter()
        .find(|x| x.cue.text(text) == "said")
        .expect("a reading of 'said'");
    let claims: Vec<&str> = said.content.iter().map(|c| c.text(text)).collect();
    assert_eq!(claims, vec!["We are done,"]);
}

#[test]
fn counter_reports_only_before_a_that_clause() {
    assert_attribution(
        "Supporters counter that it is the most ambitious plan in years.",
        "counter",
        Some("Supporters"),
        &["that it is the most ambitious plan in years"],
        AttributionKind::Indirect,
    );
    for text in [
        "The army moved to counter that threat.",
        "Staff stood behind the counter all day.",
    ] {
        assert!(annotate(text).attributions.is_empty(), "{text}");
    }
}

#[test]
fn a_participles_speaker_may_open_with_a_possessive_and_end_in_ly() {
    assert_eq!(
        source_of_cue(
            "Her family paid tribute to him, describing him as a shining light.",
            "describing"
        ),
        Some("Her family")
    );
    assert_eq!(
        source_of_cue(
            "The family left early, saying the depot was safe.",
            "saying"
        ),
        Some("The family")
    );
}

#[test]
fn directed_reports_an_order_with_its_object_and_infinitive() {
    assert_attribution(
        "The court directed the council to publish the report within two weeks.",
        "directed",
        Some("The court"),
        &["the council to publish the report within two weeks"],
        AttributionKind::Indirect,
    );
    for text in [
        "The film was directed by Ang Lee.",
        "His anger was directed at the board.",
        "She directed traffic for years.",
        "He directed the money to the schools.",
    ] {
        assert!(annotate(text).attributions.is_empty(), "{text}");
    }
}

#[test]
fn answering_a_phone_or_a_door_says_nothing() {
    assert_eq!(
        cues("A woman who answered the phone at the store said the owner was away."),
        ["said"]
    );
    assert_attribution(
        "She answered that the depot was safe.",
        "answered",
        Some("She"),
        &["that the depot was safe"],
        AttributionKind::Indirect,
    );
}

#[test]
fn verbs_joined_in_a_relative_clause_share_its_who() {
    assert_eq!(
        source_of_cue(
            "Reporters met Ann Ortiz, who opened her door on Sunday and said she would vote.",
            "said"
        ),
        Some("who")
    );
}

#[test]
fn a_noun_of_saying_reports_its_that_clause() {
    assert_attribution(
        "His insistence that the depot was safe has been challenged.",
        "insistence",
        Some("His"),
        &["that the depot was safe"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Despite the mayor's claims that crime had fallen, the council voted to hire more police.",
        "claims",
        Some("the mayor's"),
        &["that crime had fallen"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "There is no evidence for the allegation that votes were tampered with.",
        "allegation",
        None,
        &["that votes were tampered with"],
        AttributionKind::Indirect,
    );
    // Inside another report's claim the noun is part of that claim.
    assert_eq!(
        cues("The minister denied claims that she had misled parliament."),
        ["denied"]
    );
    // A relative "that", a verb and a noun with no that-clause report nothing.
    for text in [
        "The claim that made headlines was false.",
        "The allegation was dropped.",
        "His insistence on the plan cost him votes.",
    ] {
        assert!(annotate(text).attributions.is_empty(), "{text}");
    }
    assert_eq!(
        source_of_cue("Ortiz claims that the depot was safe.", "claims"),
        Some("Ortiz")
    );
}

#[test]
fn reactions_to_what_others_said_are_cues() {
    assert_attribution(
        "Ortiz bristled at the suggestion that he was to blame.",
        "bristled at",
        Some("Ortiz"),
        &["the suggestion that he was to blame"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The mayor doubled down on her claim that the depot was safe.",
        "doubled down on",
        Some("The mayor"),
        &["her claim that the depot was safe"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_headline_label_may_name_whom_the_speaker_addressed_or_their_side() {
    let text = "Ortiz to City Council: Keep the depot open.\n\nMayor Ann Ortiz spoke on Monday.\n";
    assert_attribution(
        text,
        ":",
        Some("Ortiz"),
        &["Keep the depot open."],
        AttributionKind::Indirect,
    );
    let text = "Ortiz camp: The depot will stay open.\n\nAides to Ann Ortiz spoke on Monday.\n";
    assert_attribution(
        text,
        ":",
        Some("Ortiz camp"),
        &["The depot will stay open."],
        AttributionKind::Indirect,
    );
    // A subhead in title case names nobody who comes up again.
    let text = "Limited Tools to Combat Crime: The council has few options.\n\nIt met on Monday.\n";
    assert!(cues(text).is_empty(), "{:?}", cues(text));
}

#[test]
fn a_relative_that_clause_stays_in_the_subject_that_speaks() {
    assert_eq!(
        source_of_cue(
            "A 2014 study that appeared in a medical journal found that the advice was wrong.",
            "found"
        ),
        Some("A 2014 study that appeared in a medical journal")
    );
    assert_eq!(
        source_of_cue(
            "Insurers that had covered the mine agreed to release the money.",
            "agreed"
        ),
        Some("Insurers that had covered the mine")
    );
}

#[test]
fn a_clause_joined_after_an_according_to_source_is_the_writers() {
    assert_attribution(
        "The top 1 percent paid a quarter of all taxes, according to the budget office, and the top 10 percent paid most of the rest.",
        "according to",
        Some("the budget office"),
        &["The top 1 percent paid a quarter of all taxes"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_coroner_or_a_judge_hears_what_is_reported() {
    assert_attribution(
        "Earlier, the coroner heard the boy had complained of chest pains.",
        "heard",
        Some("the coroner"),
        &["the boy had complained of chest pains"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_passive_subject_may_hold_a_cue_word() {
    assert_attribution(
        "The claims have been strenuously denied by the company.",
        "have been strenuously denied",
        Some("the company"),
        &["The claims"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_preposition_right_after_the_cue_belongs_to_the_cue() {
    assert_attribution(
        "Ortiz complained about the tone of the debate.",
        "complained about",
        Some("Ortiz"),
        &["the tone of the debate"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The unions argued against the closure.",
        "argued against",
        Some("The unions"),
        &["the closure"],
        AttributionKind::Indirect,
    );
    // "to" before a verb stays with the claim.
    assert_attribution(
        "Ortiz threatened to close the depot.",
        "threatened",
        Some("Ortiz"),
        &["to close the depot"],
        AttributionKind::Indirect,
    );
    // A passive keeps its subject as the claim.
    assert_eq!(
        source_of_cue("Her judgment has also been called into question.", "has"),
        None
    );
}

#[test]
fn a_speaker_borrowed_from_far_before_a_participle_does_not_cut_the_claim() {
    assert_attribution(
        "Ortiz noted that, like him, Mrs. Reyes had been pilloried in the town for acknowledging that the depot would close.",
        "noted",
        Some("Ortiz"),
        &["that, like him, Mrs. Reyes had been pilloried in the town for acknowledging that the depot would close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn yet_after_a_negation_belongs_to_the_cue() {
    assert_attribution(
        "The mayor has not yet said whether she will run.",
        "has not yet said",
        Some("The mayor"),
        &["whether she will run"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participles_speaker_may_be_two_noun_phrases_joined_by_and() {
    assert_eq!(
        source_of_cue(
            "The Courier and the Gannett newspaper chain filed a motion, arguing the records were public.",
            "arguing"
        ),
        Some("The Courier and the Gannett newspaper chain")
    );
    assert_eq!(
        source_of_cue(
            "The union and its members walked out, saying pay was too low.",
            "saying"
        ),
        Some("The union and its members")
    );
}

#[test]
fn that_with_a_time_word_before_the_cue_is_no_part_of_the_source() {
    assert_eq!(
        source_of_cue("The mayor that night said the depot was safe.", "said"),
        Some("The mayor")
    );
}

#[test]
fn an_according_to_source_keeps_the_phrase_that_says_whose_it_is() {
    assert_attribution(
        "Users spend a minute a day on the app, according to recent data from Sensor Tower.",
        "according to",
        Some("recent data from Sensor Tower"),
        &["Users spend a minute a day on the app"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participles_speaker_may_be_a_determiner_a_name_and_a_noun() {
    assert_eq!(
        source_of_cue(
            "Instead, the Vermont senator is sticking to his message, hoping to avoid a misstep.",
            "hoping"
        ),
        Some("the Vermont senator")
    );
    assert_eq!(
        source_of_cue(
            "The Ortiz campaign hit back, saying the ad was false.",
            "saying"
        ),
        Some("The Ortiz campaign")
    );
}

#[test]
fn a_participles_speaker_keeps_a_place_or_body_after_a_preposition() {
    assert_eq!(
        source_of_cue(
            "Republicans on Capitol Hill seized on the message, arguing it showed intent.",
            "arguing"
        ),
        Some("Republicans on Capitol Hill")
    );
    // A date is no part of the speaker.
    assert_eq!(
        source_of_cue(
            "Ortiz on Monday doubled down, saying he was right.",
            "saying"
        ),
        Some("Ortiz")
    );
}

#[test]
fn a_title_quoted_after_a_possessive_is_nobodys_words() {
    assert_attribution(
        "Speaking to WKRP's \"Morning Drive,\" Mayor Ann Ortiz on Monday lashed out at the council.",
        "lashed out at",
        Some("Mayor Ann Ortiz"),
        &["the council"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_time_aside_after_the_speaker_is_no_part_of_the_source() {
    assert_eq!(
        source_of_cue(
            "Then the council, only two months later, announced plans to sell the depot.",
            "announced"
        ),
        Some("the council")
    );
}

#[test]
fn an_adverb_may_stand_between_after_and_its_participle() {
    assert_attribution(
        "Mayor Ortiz, after initially saying she would not run, entered the race on Friday.",
        "initially saying",
        Some("Mayor Ortiz"),
        &["she would not run"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_between_subject_and_verb_claims_only_up_to_its_closing_comma() {
    assert_attribution(
        "The council, after saying the depot would close, voted to keep it open.",
        "saying",
        Some("The council"),
        &["the depot would close"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_long_setting_with_a_quoted_title_stands_before_the_that_clause() {
    assert_attribution(
        "Ortiz said in an interview with the Valley Courier last week that the depot would close.",
        "said",
        Some("Ortiz"),
        &["that the depot would close"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Ortiz stated on WKRP's \"Morning Drive\" that the depot would close.",
        "stated",
        Some("Ortiz"),
        &["that the depot would close"],
        AttributionKind::Indirect,
    );
    // A "that" opening no clause is a relative one, and the setting stays in the claim.
    assert_eq!(
        cues("Ortiz said in the report that was leaked the depot would close."),
        ["said"]
    );
}

#[test]
fn a_named_show_or_interview_is_no_verb_and_no_place() {
    assert_eq!(
        cues("Ortiz said on the WKRP show that the depot would close."),
        ["said"]
    );
    assert_attribution(
        "Ortiz said in the WKRP interview that the depot would close.",
        "said",
        Some("Ortiz"),
        &["that the depot would close"],
        AttributionKind::Indirect,
    );
    // A plural name before "show" is a subject and its verb.
    assert_eq!(cues("The Republicans show how little they care."), ["show"]);
}

#[test]
fn a_relative_clause_with_a_preposition_stays_in_an_opening_subject() {
    assert_eq!(
        source_of_cue(
            "Some parents who have sent their children to the school said the rules were unfair.",
            "said"
        ),
        Some("Some parents who have sent their children to the school")
    );
    assert_eq!(
        source_of_cue(
            "The voters who have listened to his speeches said he had changed.",
            "said"
        ),
        Some("The voters who have listened to his speeches")
    );
}

#[test]
fn a_whose_clause_between_commas_is_no_part_of_the_source() {
    assert_attribution(
        "Turnout: Ortiz, whose coalition includes young voters, said closed primaries shut many out.",
        "said",
        Some("Ortiz"),
        &["closed primaries shut many out"],
        AttributionKind::Indirect,
    );
}

#[test]
fn asides_between_dashes() {
    // A participle that opens the aside describes the speaker, who keeps it.
    assert_eq!(
        source_of_cue(
            "Reyes — mentioned by the Courier as a likely candidate — told reporters she would decide soon.",
            "told"
        ),
        Some("Reyes — mentioned by the Courier as a likely candidate")
    );
    // A relative clause is left out, as between commas, and a cue inside it claims nothing
    // past the closing dash.
    assert_attribution(
        "Mayor Ortiz -- whose brother signed the lease -- has publicly derided the deal.",
        "has publicly derided",
        Some("Mayor Ortiz"),
        &["the deal"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Mayor Ortiz -- whose brother signed the lease -- has publicly derided the deal.",
        "signed",
        Some("brother"),
        &["the lease"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_time_phrase_may_stand_between_and_and_a_shared_cue() {
    assert_attribution(
        "Ortiz has been critical of the council but on Tuesday wrote that she agreed with it.",
        "wrote",
        Some("Ortiz"),
        &["that she agreed with it"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_report_in_brackets_claims_what_the_brackets_hold() {
    assert_attribution(
        "Turnout was high (about 70 percent, officials said) in the north.",
        "said",
        Some("officials"),
        &["about 70 percent"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_outlet_reporting_a_quoted_answer_reports_the_whole_sentence() {
    // As gold has it, the report inside is the outlet's claim, not a reading of its own.
    let text = "Asked about the depot, Ortiz said: \"It stays open,\" the Valley Courier reported.";
    assert_attribution(
        text,
        "reported",
        Some("the Valley Courier"),
        &["Asked about the depot, Ortiz said: \"It stays open,\""],
        AttributionKind::Mixed,
    );
    assert!(!cues(text).contains(&"said"));
}

#[test]
fn an_according_to_source_keeps_a_plural_possessive() {
    assert_attribution(
        "Wages have stagnated for a decade, according to the workers' rights group Fair Shift.",
        "according to",
        Some("the workers' rights group Fair Shift"),
        &["Wages have stagnated for a decade"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_after_an_opening_according_to_source_is_no_claim() {
    assert_attribution(
        "According to Jorge Benning, who led the audit, the agency lost track of $4 million.",
        "According to",
        Some("Jorge Benning"),
        &["the agency lost track of $4 million"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quotation_resumes_after_the_one_told() {
    assert_attribution(
        "\"We warned them,\" Mr Pillay told the Valley Courier, \"but nobody listened.\"",
        "told",
        Some("Mr Pillay"),
        &["We warned them,", "but nobody listened."],
        AttributionKind::Direct,
    );
}

#[test]
fn said_to_an_audience_before_a_quotation() {
    assert_attribution(
        "Kline said to a crowd of supporters, \"Enough is enough.\"",
        "said",
        Some("Kline"),
        &["Enough is enough."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "As Kline put it to reporters, \"Enough is enough.\"",
        "put it",
        Some("Kline"),
        &["Enough is enough."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_title_before_a_headline_colon_ends_the_speakers_label() {
    assert_attribution(
        "Council chief: \"We cannot afford another winter like this\"",
        ":",
        Some("Council chief"),
        &["We cannot afford another winter like this"],
        AttributionKind::Direct,
    );
}

#[test]
fn states_is_a_verb_after_a_document_a_person_or_a_pronoun() {
    assert_attribution(
        "The lawsuit states that the company ignored repeated warnings.",
        "states",
        Some("The lawsuit"),
        &["that the company ignored repeated warnings"],
        AttributionKind::Indirect,
    );
    assert_no_cues("Ortiz won in swing states that Reyes carried.");
}

#[test]
fn a_preposition_opening_a_phrase_is_no_part_of_the_speaker() {
    assert_eq!(
        source_of_cue(
            "Despite polls showing her well behind, Ortiz campaigned hard.",
            "showing"
        ),
        Some("polls")
    );
    assert_eq!(
        source_of_cue(
            "Under scrutiny from the defense, the detective admitted that he had lied.",
            "admitted"
        ),
        Some("the detective")
    );
}

#[test]
fn a_report_inside_a_relative_clause_closed_within_the_claim() {
    let text =
        "Officials said the suspect, who police say had a history of threats, was taken into custody.";
    assert_attribution(
        text,
        "said",
        Some("Officials"),
        &["the suspect, who police say had a history of threats, was taken into custody"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        text,
        "say",
        Some("police"),
        &["who", "had a history of threats"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_phrase_quoted_after_as_is_no_quotation_of_the_later_cue() {
    assert_attribution(
        "The man - described by neighbours as \"quiet and polite\" - denied any involvement.",
        "denied",
        Some("The man - described by neighbours as \"quiet and polite\""),
        &["any involvement"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quoted_word_may_stand_between_a_passive_cue_and_by() {
    assert_eq!(
        source_of_cue(
            "The plan was labelled \"reckless\" by the shadow chancellor.",
            "was labelled"
        ),
        Some("the shadow chancellor")
    );
}

#[test]
fn a_medium_after_a_cue_and_its_speaker_is_no_report_of_its_own() {
    assert_eq!(
        cues("\"We are devastated,\" said the family in a statement released through police."),
        ["said"]
    );
}

#[test]
fn what_is_released_or_published_by_someone_is_no_report() {
    assert_no_cues("The report was released by the state auditor on Friday.");
    assert_no_cues("The figures were published by the ministry in March.");
}

#[test]
fn the_one_asked_is_no_part_of_the_question() {
    assert_attribution(
        "The coach was asked whether the team had lost confidence.",
        "was asked",
        None,
        &["whether the team had lost confidence"],
        AttributionKind::Indirect,
    );
    // What one is asked to do keeps its subject, as gold has it.
    assert_attribution(
        "Ortiz was asked to name a single decision.",
        "was asked",
        None,
        &["Ortiz", "to name a single decision"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_condition_of_anonymity_after_an_inverted_speaker_is_no_claim() {
    assert_attribution(
        "The water supply will be restored by Sunday, said the official, requesting anonymity.",
        "said",
        Some("the official"),
        &["The water supply will be restored by Sunday"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_name_ending_in_ed_after_a_title_is_no_participle() {
    assert_eq!(
        source_of_cue(
            "The ministry spokesman, Ahmed Khan, said the visit had been postponed.",
            "said"
        ),
        Some("The ministry spokesman, Ahmed Khan")
    );
}

#[test]
fn an_opening_according_to_keeps_a_name_after_a_title() {
    assert_attribution(
        "According to the ministry's spokesman, Tariq Aziz, the visit had been postponed.",
        "According to",
        Some("the ministry's spokesman, Tariq Aziz"),
        &["the visit had been postponed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_inverted_speaker_with_an_apposition_ends_the_claim_before_it() {
    assert_attribution(
        "The firm has denied wrongdoing, its lawyer, Ruth Njeri, said.",
        "has denied",
        Some("The firm"),
        &["wrongdoing"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_medium_between_commas_tells_of_the_cue_after_it() {
    let text =
        "The police spokesman, Musa Adamu, in a statement on Tuesday, said five people died.";
    assert_attribution(
        text,
        "said",
        Some("The police spokesman, Musa Adamu"),
        &["five people died"],
        AttributionKind::Indirect,
    );
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn the_papers_own_correspondent_is_the_one_told() {
    assert_attribution(
        "The hospital has no ventilator, a doctor told this correspondent.",
        "told",
        Some("a doctor"),
        &["The hospital has no ventilator"],
        AttributionKind::Indirect,
    );
}

#[test]
fn cues_of_health_and_south_asian_copy() {
    assert_attribution(
        "Experts caution that the findings are preliminary.",
        "caution",
        Some("Experts"),
        &["that the findings are preliminary"],
        AttributionKind::Indirect,
    );
    assert_no_cues("The plan should be treated with caution.");
    assert_attribution(
        "Senior journalist Hamid Akhtar was of the view that the move would backfire.",
        "was of the view",
        Some("Senior journalist Hamid Akhtar"),
        &["that the move would backfire"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The chief secretary apprised the meeting that the work was nearly complete.",
        "apprised",
        Some("The chief secretary"),
        &["that the work was nearly complete"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_writers_summing_up_after_a_claim_is_no_part_of_it() {
    assert_attribution(
        "The utility said it would release the water in August, a move opposed by fishermen.",
        "said",
        Some("The utility"),
        &["it would release the water in August"],
        AttributionKind::Indirect,
    );
}

#[test]
fn sources_close_to_a_matter_keep_what_they_are_close_to() {
    assert_eq!(
        source_of_cue(
            "The deal will be signed next week, according to sources close to the matter.",
            "according to"
        ),
        Some("sources close to the matter")
    );
}

#[test]
fn a_role_with_whom_it_serves_then_a_while_aside() {
    assert_eq!(
        source_of_cue(
            "The spokesperson for the Foreign Office, while addressing the weekly briefing, said the talks would resume.",
            "said"
        ),
        Some("The spokesperson for the Foreign Office")
    );
}

#[test]
fn a_headline_noun_before_a_scare_quote_is_part_of_the_claim() {
    assert_attribution(
        "Lockdown 'a mistake', says former health chief",
        "says",
        Some("former health chief"),
        &["Lockdown 'a mistake'"],
        AttributionKind::Mixed,
    );
}

#[test]
fn or_so_before_an_inverted_speaker() {
    assert_attribution(
        "The deal was dead in the water, or so the union claimed.",
        "claimed",
        Some("the union"),
        &["The deal was dead in the water"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_number_reported_is_no_report() {
    assert_attribution(
        "The agency said it had received 400 complaints, up from 250 reported last year.",
        "said",
        Some("The agency"),
        &["it had received 400 complaints, up from 250 reported last year"],
        AttributionKind::Indirect,
    );
    assert!(!cues(
        "The agency said it had received 400 complaints, up from 250 reported last year."
    )
    .contains(&"reported"));
}

#[test]
fn the_purpose_of_a_condition_of_anonymity_is_no_report() {
    let text = "Two officials, who spoke on condition of anonymity to discuss the talks, said a deal was close.";
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn a_whose_clause_after_a_name_is_no_part_of_the_source() {
    assert_eq!(
        source_of_cue(
            "Striker Leo Maas, whose contract expires in June, told reporters he was happy.",
            "told"
        ),
        Some("Striker Leo Maas")
    );
}

#[test]
fn a_condition_of_anonymity_after_the_claim_ends_it() {
    assert_attribution(
        "A source said he was weighing three offers, speaking on condition of anonymity because the talks were private.",
        "said",
        Some("A source"),
        &["he was weighing three offers"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_according_to_aside_ends_before_the_claims_verb() {
    assert_attribution(
        "Prices, according to the agency, rose 3.1 percent in October.",
        "according to",
        Some("the agency"),
        &["Prices", "rose 3.1 percent in October"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quotation_resumes_after_a_short_setting() {
    assert_attribution(
        "\"We played well,\" the coach said after the game, \"but not well enough.\"",
        "said",
        Some("the coach"),
        &["We played well,", "but not well enough."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_long_role_before_an_aside_is_the_source() {
    assert_attribution(
        "The White House press secretary, asked about the bill, said he was reviewing it.",
        "said",
        Some("The White House press secretary"),
        &["he was reviewing it"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_inverted_speaker_keeps_the_place_they_work_at() {
    assert_eq!(
        source_of_cue(
            "\"It is chaos,\" said a nurse at the hospital, who declined to give her name.",
            "said"
        ),
        Some("a nurse at the hospital, who declined to give her name")
    );
    // A news conference is where it was said.
    assert_eq!(
        source_of_cue("\"We won,\" said Ortiz at a news conference.", "said"),
        Some("Ortiz")
    );
}

#[test]
fn a_medium_that_is_a_cue_of_its_own_still_ends_the_object() {
    assert_attribution(
        "The club confirmed the signing in a statement, calling it a great day.",
        "confirmed",
        Some("The club"),
        &["the signing"],
        AttributionKind::Indirect,
    );
}

#[test]
fn where_or_when_after_a_cues_object_is_no_part_of_the_claim() {
    assert_attribution(
        "Ortiz has not mentioned the depot since the Monday night debate.",
        "has not mentioned",
        Some("Ortiz"),
        &["the depot"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The council noted the comments on its website.",
        "noted",
        Some("The council"),
        &["the comments"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_before_the_cue_is_part_of_its_subject() {
    // "that" before a finite verb opens a clause about the subject, whatever the clause holds.
    assert_eq!(
        source_of_cue(
            "Two surety firms that had insured the depot's cleanup costs agreed to pay.",
            "agreed"
        ),
        Some("Two surety firms that had insured the depot's cleanup costs")
    );
    // A participle speaks for the relative clause's object.
    assert_eq!(
        source_of_cue(
            "He shared a thread of posts that included one saying that the depot should close.",
            "saying"
        ),
        Some("one")
    );
}

#[test]
fn a_verb_after_a_reporting_aside_goes_on_with_the_claim() {
    assert_attribution(
        "The new depot, the mayor said, backed the whole plan.",
        "said",
        Some("the mayor"),
        &["The new depot", "backed the whole plan"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_share_in_per_cent_is_the_whole_source() {
    assert_eq!(
        source_of_cue(
            "Of those asked, 38 per cent said they had skipped a meal.",
            "said"
        ),
        Some("38 per cent")
    );
}

#[test]
fn a_live_blogs_time_stamp_is_no_part_of_source_or_claim() {
    assert_eq!(
        source_of_cue(
            "10:22 GMT The council said the depot would stay shut.",
            "said"
        ),
        Some("The council")
    );
    assert_eq!(
        source_of_cue(
            "4:45 p.m. ET The governor said the state would help.",
            "said"
        ),
        Some("The governor")
    );
    assert_attribution(
        "12:15 Harbour Ferries has cancelled 14 sailings, a spokeswoman confirmed.",
        "confirmed",
        Some("a spokeswoman"),
        &["Harbour Ferries has cancelled 14 sailings"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_accused_is_a_speaker_not_a_cue() {
    assert_eq!(
        source_of_cue("The accused said he was at home that night.", "said"),
        Some("The accused")
    );
    assert_eq!(
        source_of_cue("\"I did not do it,\" the accused said.", "said"),
        Some("the accused")
    );
    assert_eq!(
        source_of_cue("The accused, 34, said he was at home.", "said"),
        Some("The accused, 34")
    );
    // With the one accused after it, it is still the verb.
    assert_eq!(
        source_of_cue("The two accused Ortiz of lying.", "accused"),
        Some("The two")
    );
}

#[test]
fn a_gathering_told_is_no_part_of_the_claim() {
    assert_attribution(
        "The mayor told a press conference the city was in shock.",
        "told",
        Some("The mayor"),
        &["the city was in shock"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "She told police she had been followed home.",
        "told",
        Some("She"),
        &["she had been followed home"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The minister told a media briefing on Sunday the talks had failed.",
        "told",
        Some("The minister"),
        &["the talks had failed"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participles_setting_before_that_is_no_part_of_the_claim() {
    assert_attribution(
        "The coach later apologised, saying in a statement that he regretted his words.",
        "saying",
        Some("The coach"),
        &["that he regretted his words"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "She hit back, telling fans on Instagram that she would return.",
        "telling",
        Some("She"),
        &["that she would return"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_institutions_name_with_of_is_the_shared_subject() {
    assert_eq!(
        source_of_cue(
            "The Bank of Northland kept rates on hold on Thursday and said further cuts would be gradual.",
            "said"
        ),
        Some("The Bank of Northland")
    );
    assert_eq!(
        source_of_cue(
            "The Office for Fiscal Studies cut its forecast and warned that growth would slow.",
            "warned"
        ),
        Some("The Office for Fiscal Studies")
    );
}

#[test]
fn a_claim_in_a_relative_clause_ends_before_a_verb_in_the_present() {
    assert_attribution(
        "Haskins, who has pleaded not guilty, faces up to 20 years in prison.",
        "has pleaded",
        Some("who"),
        &["not guilty"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The firm, which denies wrongdoing, plans to appeal.",
        "denies",
        Some("which"),
        &["wrongdoing"],
        AttributionKind::Indirect,
    );
}

#[test]
fn according_to_a_name_keeps_its_apposition_and_drops_a_measure() {
    assert_attribution(
        "According to Professor Ana Byrne, the lead investigator, the patients showed a clear improvement.",
        "According to",
        Some("Professor Ana Byrne, the lead investigator"),
        &["the patients showed a clear improvement"],
        AttributionKind::Indirect,
    );
    // A measure after the source's comma sums up the claim; it names nobody.
    assert_eq!(
        source_of_cue(
            "The mayor's rating slipped to 39 percent, according to a new Harbour Times poll, the lowest of her term.",
            "according to"
        ),
        Some("a new Harbour Times poll")
    );
    // So does a clause.
    assert_eq!(
        source_of_cue(
            "About 10 p.m., according to a council timeline, the crews left for the depot.",
            "according to"
        ),
        Some("a council timeline")
    );
    assert_eq!(
        source_of_cue(
            "The premier's approval rating, according to the latest Harbour poll, stands at minus 12.",
            "according to"
        ),
        Some("the latest Harbour poll")
    );
}

#[test]
fn a_day_after_a_participle_describes_the_source() {
    assert_eq!(
        source_of_cue(
            "A study published on Monday found that the drug worked.",
            "found"
        ),
        Some("A study published on Monday")
    );
    assert_eq!(
        source_of_cue(
            "According to a survey released on Monday by the Harbour Institute, trust in news has fallen.",
            "According to"
        ),
        Some("a survey released on Monday by the Harbour Institute")
    );
    // A day after the subject itself is when it spoke.
    assert_eq!(
        source_of_cue("The senator on Monday said the bill was dead.", "said"),
        Some("The senator")
    );
}

#[test]
fn a_quotation_resumes_after_an_adverb_and_a_word_may_continue_it() {
    assert_attribution(
        "\"It's over,\" she says quietly, \"and I'm glad.\"",
        "says",
        Some("she"),
        &["It's over,", "and I'm glad."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "\"Nobody gave us a chance,\" Stuart said. \"Nobody.\"",
        "said",
        Some("Stuart"),
        &["Nobody gave us a chance,", "Nobody."],
        AttributionKind::Direct,
    );
    // A word in a paragraph of its own is someone else's answer.
    assert_attribution(
        "\"Do we give up?\" the mayor asked.\n\n\"Nooo!\"",
        "asked",
        Some("the mayor"),
        &["Do we give up?"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_cue_that_may_be_a_noun_reports_after_an_apposition() {
    assert_attribution(
        "The minister, a former banker, claims the economy is recovering.",
        "claims",
        Some("The minister, a former banker"),
        &["the economy is recovering"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Critics, including the former finance minister, claim the budget is a fraud.",
        "claim",
        Some("Critics, including the former finance minister"),
        &["the budget is a fraud"],
        AttributionKind::Indirect,
    );
}

#[test]
fn someone_found_in_a_state_is_no_finding() {
    assert_no_cues(
        "Firefighters found a woman unconscious in the kitchen. The man was found dead in his flat.",
    );
    assert_eq!(
        source_of_cue("The review found the agency was understaffed.", "found"),
        Some("The review")
    );
}

#[test]
fn questioning_in_an_aside_takes_no_claim_from_the_verb() {
    assert_eq!(
        cues(
            "The director, under questioning from councillors, conceded that the plan had failed."
        ),
        vec!["conceded"]
    );
    assert_eq!(
        cues("Under questioning from the defense, the detective admitted that he had lied."),
        vec!["admitted"]
    );
}

#[test]
fn a_subject_before_a_reporting_aside_opens_the_quoted_claim() {
    assert_attribution(
        "The findings, the authors said, \"should prompt a rethink of screening\".",
        "said",
        Some("the authors"),
        &["The findings", "should prompt a rethink of screening"],
        AttributionKind::Mixed,
    );
    // A time before the aside is when it was said.
    assert_attribution(
        "A few minutes later, he added, \"We will fix it.\"",
        "added",
        Some("he"),
        &["We will fix it."],
        AttributionKind::Direct,
    );
}

#[test]
fn court_and_data_reports_in_british_and_asian_copy() {
    assert_eq!(
        source_of_cue("Jurors heard that the driver had been punched.", "heard"),
        Some("Jurors")
    );
    assert_eq!(
        source_of_cue(
            "The State Courts heard that the driver had been punched.",
            "heard"
        ),
        Some("The State Courts")
    );
    assert_attribution(
        "Household debt is at a record high, figures from the Reserve Bank show.",
        "show",
        Some("figures from the Reserve Bank"),
        &["Household debt is at a record high"],
        AttributionKind::Indirect,
    );
    // A programme is still no cue.
    assert_no_cues("A clip from the Harbour TV show went viral.");
}

#[test]
fn a_participle_phrase_after_the_setting_takes_no_claim_from_the_cue() {
    assert_attribution(
        "Core inflation eased in March, data showed on Monday, reinforcing expectations that the bank will hold.",
        "showed",
        Some("data"),
        &["Core inflation eased in March"],
        AttributionKind::Indirect,
    );
}

#[test]
fn findings_before_a_that_clause_report() {
    assert_attribution(
        "The authors hypothesised that the gene plays a role.",
        "hypothesised",
        Some("The authors"),
        &["that the gene plays a role"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "In its statement, the board judged that rates should stay unchanged.",
        "judged",
        Some("the board"),
        &["that rates should stay unchanged"],
        AttributionKind::Indirect,
    );
    // A sum worked out is no report.
    assert_no_cues("She calculated the cost at $5 million.");
}

#[test]
fn a_hearing_named_after_the_one_told_is_no_cue() {
    assert_eq!(
        cues(
            "Treasury officials told Senate estimates on Thursday that the deficit was narrowing."
        ),
        vec!["told"]
    );
    // Before a that-clause the word is the verb.
    assert_eq!(
        source_of_cue(
            "An email relating to Harbourside finds that the depot had two guards.",
            "finds"
        ),
        Some("An email relating to Harbourside")
    );
}

#[test]
fn an_apostrophe_s_before_the_cue_is_a_name_or_a_contracted_has() {
    assert_eq!(
        source_of_cue("Harbour's said it would close 150 stores.", "said"),
        Some("Harbour's")
    );
    assert_eq!(
        source_of_cue("\"We are cautious,\" Harbour's said.", "said"),
        Some("Harbour's")
    );
    assert_eq!(
        source_of_cue("He's said the depot will close.", "s said"),
        Some("He")
    );
    assert_attribution(
        "That's according to early results of the exit polls.",
        "s according to",
        Some("early results of the exit polls"),
        &["That"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_source_close_to_someone_after_a_quotation_speaks() {
    assert_attribution(
        "\"She is gutted,\" a source close to the singer said. \"She had no idea.\"",
        "said",
        Some("a source close to the singer"),
        &["She is gutted,", "She had no idea."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "\"It was horrific,\" a source close to the singer told pals.",
        "told",
        Some("a source close to the singer"),
        &["It was horrific,"],
        AttributionKind::Direct,
    );
}

#[test]
fn results_posted_and_analysts_estimates_are_no_reports() {
    assert_no_cues("Harbour Bank posted a net loss of 120 million euros for the quarter.");
    assert_no_cues("Sales topped Wall Street estimates in the fourth quarter.");
    assert_eq!(
        source_of_cue("She posted on X that she would run.", "posted"),
        Some("She")
    );
}

#[test]
fn tabloid_words_before_a_name_and_age_are_the_speakers() {
    assert_attribution(
        "Shocked witness Paul Dean, 30, said the blast shook the street.",
        "said",
        Some("Shocked witness Paul Dean, 30"),
        &["the blast shook the street"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        cues("Fuming dad Gary Pike said: \"It is wrong.\""),
        vec!["said"]
    );
    assert_eq!(
        source_of_cue("Fuming dad Gary Pike said: \"It is wrong.\"", "said"),
        Some("Fuming dad Gary Pike")
    );
}

#[test]
fn a_channels_number_after_told_is_no_part_of_the_claim() {
    assert_attribution(
        "Sheriff Ann Holt told FOX 8 the investigation is in its early stages.",
        "told",
        Some("Sheriff Ann Holt"),
        &["the investigation is in its early stages"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_ampersand_joins_a_company_name() {
    assert_eq!(
        source_of_cue(
            "Standard & Poor's warned that the debt was unsustainable.",
            "warned"
        ),
        Some("Standard & Poor's")
    );
    assert_eq!(
        source_of_cue(
            "Harbour & Dale raised its full-year forecast, citing strong demand.",
            "citing"
        ),
        Some("Harbour & Dale")
    );
}

#[test]
fn a_noun_of_saying_after_a_verb_and_in_is_where_the_verb_said_it() {
    assert_eq!(
        cues("The regulator alleged in its complaint that the company had misled buyers."),
        vec!["alleged"]
    );
}

#[test]
fn a_name_and_age_after_an_opening_phrase_is_the_source() {
    assert_attribution(
        "On Monday, Ana Reyes, 48, said the deal was fair.",
        "said",
        Some("Ana Reyes, 48"),
        &["the deal was fair"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_passive_charge_after_an_apposition_goes_on_with_the_claim() {
    assert_attribution(
        "Police said the driver, of Toledo, Ohio, was charged with drunk driving.",
        "said",
        Some("Police"),
        &["the driver, of Toledo, Ohio, was charged with drunk driving"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_preposition_opening_the_sentence_is_no_shared_subject() {
    assert_eq!(
        source_of_cue(
            "By the end of the day, the mayor was forced to retreat and said that her words had been twisted.",
            "said"
        ),
        Some("the mayor")
    );
}

#[test]
fn a_gerund_after_for_is_a_reason_not_a_report() {
    assert_no_cues("Voters punished the council for refusing to publish the audit.");
    assert_eq!(
        cues("The coach makes no apologies for accusing the league of bias."),
        Vec::<&str>::new()
    );
}

#[test]
fn a_participle_before_a_bare_noun_describes_it() {
    assert_no_cues("The navy is patrolling disputed waters near the islands.");
    assert_eq!(
        cues("The union disputed claims that the mine was safe."),
        vec!["disputed"]
    );
}

#[test]
fn seeing_or_regarding_something_as_something_is_a_view() {
    assert_attribution(
        "Most residents see the new bridge as a waste of money.",
        "see",
        Some("Most residents"),
        &["the new bridge as a waste of money"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue("The council regards the old mill as a landmark.", "regards"),
        Some("The council")
    );
    assert_no_cues("Crowds lined up to see the mayor as she arrived.");
    assert!(!cues("Fans were angered by what they saw as neglect.").contains(&"saw"));
    assert!(!cues("We saw the harbour from the hill.").contains(&"saw"));
}

#[test]
fn a_possessive_pronoun_before_a_noun_of_saying_is_its_source() {
    assert_eq!(
        source_of_cue(
            "It was simply part of her criticism of the plan.",
            "criticism of"
        ),
        Some("her")
    );
}

#[test]
fn a_time_or_the_reason_for_anonymity_after_an_inverted_cue_is_no_claim() {
    for text in [
        "The blast hit a checkpoint, police said late Monday.",
        "The blast hit a checkpoint, police said early on Wednesday.",
        "The blast hit a checkpoint, police said overnight.",
        "The blast hit a checkpoint, police announced in a statement.",
        "The blast hit a checkpoint, two officials said on condition of anonymity because they were not allowed to speak to the press.",
    ] {
        let a = annotate(text);
        assert_eq!(a.attributions.len(), 1, "{text}");
        let content: Vec<&str> = a.attributions[0]
            .content
            .iter()
            .map(|s| s.text(text))
            .collect();
        assert_eq!(content, ["The blast hit a checkpoint"], "{text}");
    }
}

#[test]
fn a_passive_in_a_relative_clause_or_a_participle_aside_reports_nothing() {
    assert_attribution(
        "Police said the woman, who has not been named, was taken to hospital.",
        "said",
        Some("Police"),
        &["the woman, who has not been named, was taken to hospital"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Police said a man, named locally as Dev Patel, had died.",
        "said",
        Some("Police"),
        &["a man, named locally as Dev Patel, had died"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The minister said the deal, which was agreed on Friday, would save jobs.",
        "said",
        Some("The minister"),
        &["the deal, which was agreed on Friday, would save jobs"],
        AttributionKind::Indirect,
    );
}

#[test]
fn two_subjects_joined_by_and_after_said_keep_the_claim_whole() {
    assert_attribution(
        "The spokesman said the president and his counterpart had agreed to meet again.",
        "said",
        Some("The spokesman"),
        &["the president and his counterpart had agreed to meet again"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "A readout said Ortiz and his Chilean counterpart agreed to keep talking.",
        "said",
        Some("A readout"),
        &["Ortiz and his Chilean counterpart agreed to keep talking"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_question_put_in_an_aside_is_the_setting_of_the_answer() {
    for (text, source, content) in [
        (
            "The ambassador to the UN, asked about the remarks, said his country would respond.",
            "The ambassador to the UN",
            "his country would respond",
        ),
        (
            "Chile's foreign ministry spokesman Ana Ruiz, asked about the remarks, said the talks would go on.",
            "Chile's foreign ministry spokesman Ana Ruiz",
            "the talks would go on",
        ),
        (
            "The minister, questioned by lawmakers on Tuesday, admitted that the checks had been poor.",
            "The minister",
            "that the checks had been poor",
        ),
    ] {
        let a = annotate(text);
        assert_eq!(a.attributions.len(), 1, "{text}");
        let got = &a.attributions[0];
        assert_eq!(got.source.map(|s| s.text(text)), Some(source), "{text}");
        let claim: Vec<&str> = got.content.iter().map(|s| s.text(text)).collect();
        assert_eq!(claim, [content], "{text}");
    }
}

#[test]
fn a_possessive_before_a_quoted_phrase_keeps_the_mixed_claim_whole() {
    assert_attribution(
        "The hospital's maternity unit was 'unsafe', inspectors concluded.",
        "concluded",
        Some("inspectors"),
        &["The hospital's maternity unit was 'unsafe'"],
        AttributionKind::Mixed,
    );
}

#[test]
fn the_one_told_or_warned_ends_where_the_reported_clause_begins() {
    for (text, cue, content) in [
        (
            "The treasurer told a Senate estimates hearing the modelling was not finished.",
            "told",
            "the modelling was not finished",
        ),
        (
            "The mayor told a Hobart radio station the road would reopen.",
            "told",
            "the road would reopen",
        ),
        (
            "The chief told estimates he had no memory of the brief.",
            "told",
            "he had no memory of the brief",
        ),
        (
            "The premier fronted the media, telling reporters in Hobart the state would not back down.",
            "telling",
            "the state would not back down",
        ),
        (
            "The general told state television late on Saturday that the army held the airport.",
            "told",
            "that the army held the airport",
        ),
        (
            "Scientists have warned the fire season is starting earlier each year.",
            "have warned",
            "the fire season is starting earlier each year",
        ),
        (
            "The minister assured the farming community the rules would be reviewed.",
            "assured",
            "the rules would be reviewed",
        ),
        (
            "The teacher asked the students if they had read the book.",
            "asked",
            "if they had read the book",
        ),
    ] {
        let a = annotate(text);
        let got = a
            .attributions
            .iter()
            .find(|x| x.cue.text(text) == cue)
            .unwrap_or_else(|| panic!("no '{cue}' in {text}"));
        let claim: Vec<&str> = got.content.iter().map(|s| s.text(text)).collect();
        assert_eq!(claim, [content], "{text}");
    }
}

#[test]
fn a_setting_between_the_cue_and_a_clause_without_that_is_no_part_of_the_claim() {
    for (text, content) in [
        (
            "Ms Vukovic said on ABC Radio the deal was a win.",
            "the deal was a win",
        ),
        (
            "His lawyer said outside court his client would fight the charges.",
            "his client would fight the charges",
        ),
        (
            "The club said in a media release the player had been stood down.",
            "the player had been stood down",
        ),
        (
            "Mr Sayers said at a press conference in Perth the premier had gone missing.",
            "the premier had gone missing",
        ),
    ] {
        let a = annotate(text);
        let got = a
            .attributions
            .iter()
            .find(|x| x.cue.text(text) == "said")
            .unwrap_or_else(|| panic!("no 'said' in {text}"));
        let claim: Vec<&str> = got.content.iter().map(|s| s.text(text)).collect();
        assert_eq!(claim, [content], "{text}");
    }
    // A noun with a relative clause of its own is no setting.
    assert_attribution(
        "He elaborated on the message he felt the voters had sent.",
        "elaborated on",
        Some("He"),
        &["the message he felt the voters had sent"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_irregular_past_ends_the_subject_of_a_participle_report() {
    for (text, source) in [
        (
            "The senator broke ranks, saying she would cross the floor.",
            "The senator",
        ),
        (
            "The union dug in, saying it would not accept the offer.",
            "The union",
        ),
        (
            "The council sought legal advice, saying the contract was void.",
            "The council",
        ),
    ] {
        assert_eq!(source_of_cue(text, "saying"), Some(source), "{text}");
    }
    assert_eq!(
        source_of_cue(
            "The defeat led party chairman Tom Reyes to declare the race over.",
            "to declare"
        ),
        Some("party chairman Tom Reyes")
    );
}

#[test]
fn the_writers_tail_after_a_claim_is_cut_off() {
    for (text, content) in [
        (
            "The ministry said 48 people had died, a figure that could not be verified.",
            "48 people had died",
        ),
        (
            "The group said it had downed a drone, without providing evidence.",
            "it had downed a drone",
        ),
        (
            "The army fired a missile into the sea on Wednesday, officials said, the third launch this month.",
            "The army fired a missile into the sea on Wednesday",
        ),
    ] {
        let a = annotate(text);
        assert_eq!(a.attributions.len(), 1, "{text}");
        let claim: Vec<&str> = a.attributions[0]
            .content
            .iter()
            .map(|s| s.text(text))
            .collect();
        assert_eq!(claim, [content], "{text}");
    }
    assert_attribution(
        "The army said it had killed 30 fighters, without elaborating.",
        "said",
        Some("The army"),
        &["it had killed 30 fighters"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_recall_of_envoys_and_a_participle_describing_the_opening_noun_are_no_cues() {
    assert_no_cues("Chile recalled its ambassador to Lima on Saturday.");
    assert_eq!(
        cues("The senator recalled that the vote was close."),
        ["recalled"]
    );
    assert_eq!(
        source_of_cue(
            "A video posted on Telegram showed the commander inspecting troops.",
            "showed"
        ),
        Some("A video posted on Telegram")
    );
}

#[test]
fn documents_seen_by_a_named_outlet_show_what_they_show() {
    for text in [
        "Documents seen by the Guardian show that officials raised concerns.",
        "Figures seen by Sky News show that the backlog has doubled.",
    ] {
        assert_eq!(cues(text), ["show"], "{text}");
    }
    assert_no_cues("She appeared on the Fox News show on Sunday.");
}

#[test]
fn a_present_tense_verb_closing_a_headline_or_sentence_reports_the_clause_before_it() {
    assert_attribution(
        "Neglect contributed to his death, the coroner finds.",
        "finds",
        Some("the coroner"),
        &["Neglect contributed to his death"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Rates to stay on hold, Reserve Bank signals",
        "signals",
        Some("Reserve Bank"),
        &["Rates to stay on hold"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "The Treasury forecasts the economy will grow next year.",
            "forecasts"
        ),
        Some("The Treasury")
    );
    assert_no_cues("He sent mixed signals about the plan.");
}

#[test]
fn a_possessive_role_of_lower_case_words_is_the_whole_source_of_its_noun() {
    assert_eq!(
        source_of_cue(
            "The home secretary's warning that the prisons are full was ignored.",
            "warning"
        ),
        Some("The home secretary's")
    );
    assert_eq!(
        source_of_cue(
            "A fact-check on Ortiz's claim that crime had doubled was published.",
            "claim"
        ),
        Some("Ortiz's")
    );
}

#[test]
fn its_understood_reports_without_a_source() {
    let text = "It's understood the deal includes a five-year guarantee.";
    let a = annotate(text);
    assert_eq!(a.attributions.len(), 1);
    assert_eq!(a.attributions[0].source, None);
    let claim: Vec<&str> = a.attributions[0]
        .content
        .iter()
        .map(|s| s.text(text))
        .collect();
    assert_eq!(claim, ["the deal includes a five-year guarantee"]);
}

#[test]
fn the_members_of_a_list_of_bodies_opening_the_sentence_are_the_source() {
    assert_eq!(
        source_of_cue(
            "The leaders of Unite, Unison and the GMB said the offer was an insult.",
            "said"
        ),
        Some("The leaders of Unite, Unison and the GMB")
    );
    assert_eq!(
        source_of_cue(
            "Officials from Kenya, Uganda and Tanzania said the border would reopen.",
            "said"
        ),
        Some("Officials from Kenya, Uganda and Tanzania")
    );
}

#[test]
fn what_the_words_caused_is_the_writers_tail() {
    assert_eq!(
        content_of_cue(
            "Holloway said the prime minister was a busted flush, drawing gasps in the chamber.",
            "said"
        ),
        ["the prime minister was a busted flush"]
    );
    assert_eq!(
        content_of_cue(
            "He told the Commons the powers would be used, prompting angry exchanges.",
            "told"
        ),
        ["the powers would be used"]
    );
    assert_eq!(
        content_of_cue(
            "He said he had nothing to add, before walking out of the briefing.",
            "said"
        ),
        ["he had nothing to add"]
    );
}

#[test]
fn an_acronym_in_brackets_stays_inside_a_title_before_the_name() {
    assert_eq!(
        source_of_cue(
            "The head of the International Atomic Energy Agency (IAEA), Rafael Moreno, said inspectors had been denied access.",
            "said"
        ),
        Some("The head of the International Atomic Energy Agency (IAEA), Rafael Moreno")
    );
}

#[test]
fn the_one_told_may_be_a_call_sign_with_its_host_or_a_body_with_its_acronym() {
    for (text, claim) in [
        (
            "Nationals leader Barnaby Thwaite told 2GB's Ben Fordham that regional voters were ignored.",
            "that regional voters were ignored",
        ),
        (
            "The Prime Minister told TVNZ's Q+A programme that the economy was turning a corner.",
            "that the economy was turning a corner",
        ),
        (
            "The Comptroller told the Public Accounts Committee (PAC) that the costs were not justified.",
            "that the costs were not justified",
        ),
        (
            "The company told the Securities and Exchange Board of India (SEBI) in a filing that the chief executive had resigned.",
            "that the chief executive had resigned",
        ),
    ] {
        assert_eq!(content_of_cue(text, "told"), [claim], "{text}");
    }
}

#[test]
fn a_motion_or_a_judgment_states_what_it_holds() {
    assert_eq!(
        source_of_cue(
            "The motion states that the bill violates the constitution.",
            "states"
        ),
        Some("The motion")
    );
    assert_eq!(
        content_of_cue("The judgment states that the order was unlawful.", "states"),
        ["that the order was unlawful"]
    );
}

#[test]
fn a_participle_speaks_for_the_whole_subject_before_the_sentences_verb() {
    for (text, cue, source) in [
        (
            "Labour backbenchers hit back at the claims, saying the party had never been more united.",
            "saying",
            "Labour backbenchers",
        ),
        (
            "Senior civil servants raised concerns, arguing the timetable was unrealistic.",
            "arguing",
            "Senior civil servants",
        ),
        (
            "The chancellor's allies rallied round on Sunday, insisting she had done nothing wrong.",
            "insisting",
            "The chancellor's allies",
        ),
    ] {
        assert_eq!(source_of_cue(text, cue), Some(source), "{text}");
    }
}

#[test]
fn a_speaker_of_standing_after_the_claim_is_no_charge() {
    assert_attribution(
        "The leader has lost the room, a senior Liberal said.",
        "said",
        Some("a senior Liberal"),
        &["The leader has lost the room"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_title_joined_by_to_opens_the_source_before_the_name() {
    assert_eq!(
        source_of_cue(
            "The chief secretary to the Treasury, Darren Jowett-Hale, said the department would not write blank cheques.",
            "said"
        ),
        Some("The chief secretary to the Treasury, Darren Jowett-Hale")
    );
}

#[test]
fn after_an_inverted_speaker_a_setting_or_the_quotations_second_half_ends_the_source() {
    for (text, source) in [
        (
            "\"We will win this seat back,\" said Holloway, to loud applause from activists.",
            "Holloway",
        ),
        (
            "\"I am not a quitter,\" said Wadhurst, with a smile.",
            "Wadhurst",
        ),
    ] {
        assert_eq!(source_of_cue(text, "said"), Some(source), "{text}");
    }
    let text = "\"It's a good first step,\" said Dr. Angela Whitford, president of the medical \
                association, \"but it's only a first step.\"";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("Dr. Angela Whitford, president of the medical association")
    );
    assert_eq!(
        content_of_cue(text, "said"),
        ["It's a good first step,", "but it's only a first step."]
    );
}

#[test]
fn a_phrase_quoted_in_an_opening_participle_is_not_the_claim_of_the_cue_after_it() {
    assert_attribution(
        "Terming the Budget \"anti-poor\", CPI general secretary D. Raja Rao said it had nothing for the working class.",
        "said",
        Some("CPI general secretary D. Raja Rao"),
        &["it had nothing for the working class"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "Hailing the verdict as a \"victory of truth\", the party said justice had been done.",
            "said"
        ),
        ["justice had been done"]
    );
}

#[test]
fn a_court_holds_and_finds_that_but_disposing_of_a_filing_reports_nothing() {
    assert_attribution(
        "The Supreme Court on Monday held that the Governor could not sit on the Bills.",
        "held",
        Some("The Supreme Court"),
        &["that the Governor could not sit on the Bills"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        cues("The Electoral Court dismissed the application, finding that the party had missed the deadline."),
        ["finding"]
    );
    assert_no_cues("The High Court rejected the bail application of the accused.");
    assert_no_cues("The ruling party held a rally in the capital.");
}

#[test]
fn a_briefing_reports_only_with_a_that_clause() {
    assert_attribution(
        "Treasury officials briefed reporters that the forecast would be challenging.",
        "briefed",
        Some("Treasury officials"),
        &["that the forecast would be challenging"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "Allies of the chancellor are briefing that she has the numbers.",
            "are briefing"
        ),
        ["that she has the numbers"]
    );
    assert_no_cues("The president was briefed on the situation.");
    assert_no_cues("She attended a press briefing that lasted an hour.");
}

#[test]
fn a_cue_word_naming_a_setting_or_a_thing_reports_nothing() {
    assert_eq!(
        cues("In question time, the Treasurer said the opposition had no plan."),
        ["said"]
    );
    assert_eq!(
        cues(
            "Opposition Leader Brandt told Nine's Today show that the government was out of touch."
        ),
        ["told"]
    );
    assert_no_cues("Labor's two-party preferred vote fell to 48 per cent.");
    assert_no_cues("The move follows a review by the department.");
    // A drama that follows someone is described as PolNeAR marks it.
    assert_eq!(cues("The polls show a tie."), ["show"]);
}

#[test]
fn the_one_told_and_a_setting_before_that_stay_out_of_the_claim() {
    for (text, cue, claim) in [
        (
            "Mbalula told a press conference in Johannesburg on Monday that the party had nothing to hide.",
            "told",
            "that the party had nothing to hide",
        ),
        (
            "The minister told colleagues at a party room meeting on Tuesday that he would quit.",
            "told",
            "that he would quit",
        ),
        (
            "The Minister said while addressing a rally in Jhansi that the opposition had no leader.",
            "said",
            "that the opposition had no leader",
        ),
        (
            "The Minister said in a letter to the Public Accounts Committee (PAC) that the costs were justified.",
            "said",
            "that the costs were justified",
        ),
    ] {
        assert_eq!(content_of_cue(text, cue), [claim], "{text}");
    }
}

#[test]
fn an_adverb_between_the_verb_and_its_that_clause_belongs_to_the_cue() {
    assert_attribution(
        "The High Court ruled unanimously that indefinite detention was unconstitutional.",
        "ruled unanimously",
        Some("The High Court"),
        &["that indefinite detention was unconstitutional"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "Clinton said explicitly that her statements were the same.",
            "said"
        ),
        ["that her statements were the same"]
    );
}

#[test]
fn a_name_set_off_by_commas_after_the_subject_joins_it_before_the_sentences_verb() {
    assert_eq!(
        source_of_cue(
            "The Treasurer, Jim Calloway, hit back, saying the figures were sound.",
            "saying"
        ),
        Some("The Treasurer, Jim Calloway")
    );
}

#[test]
fn a_statement_read_or_put_out_is_how_its_issuer_speaks() {
    assert_eq!(
        source_of_cue(
            "The woman's lawyer, Rebekah Giles, read a statement on her client's behalf saying she felt vindicated.",
            "saying"
        ),
        Some("The woman's lawyer, Rebekah Giles")
    );
    assert_attribution(
        "His office put out a statement saying the plan was dead.",
        "put out a statement saying",
        Some("His office"),
        &["the plan was dead"],
        AttributionKind::Indirect,
    );
}

#[test]
fn indian_party_names_and_datelines_stay_out_of_the_way_of_the_source() {
    for (text, source) in [
        (
            "CHENNAI: DMK president and Chief Minister M. K. Sundaram said the State would not implement the policy.",
            "DMK president and Chief Minister M. K. Sundaram",
        ),
        (
            "CPI(M) leader Brinda Karat said the Bill was anti-women.",
            "CPI(M) leader Brinda Karat",
        ),
    ] {
        assert_eq!(source_of_cue(text, "said"), Some(source), "{text}");
    }
}

#[test]
fn a_judgment_or_an_order_reads_what_it_says() {
    for noun in ["judgment", "order", "circular"] {
        let text = format!("\"No coercive steps shall be taken,\" the {noun} read.");
        let source = format!("the {noun}");
        assert_eq!(
            source_of_cue(&text, "read"),
            Some(source.as_str()),
            "{text}"
        );
    }
    // A noun of intent after a document is a compound noun, no cue.
    assert_no_cues("The policy plans and announcements were delayed.");
}

#[test]
fn then_added_after_a_comma_shares_the_speaker_before_it() {
    assert_eq!(
        source_of_cue(
            "The home secretary said the figures were encouraging, then added: \"But we are not complacent.\"",
            "then added"
        ),
        Some("The home secretary")
    );
}

#[test]
fn a_refusal_after_the_claim_is_the_writers_tail() {
    assert_eq!(
        content_of_cue(
            "The spokesman confirmed that a meeting would take place but would not say when.",
            "confirmed"
        ),
        ["that a meeting would take place"]
    );
}

#[test]
fn a_ruling_the_speaker_wrote_in_and_a_tally_stay_out_of_the_claim() {
    for (text, cue, claim) in [
        (
            "The judge wrote in her 43-page ruling that the law likely violates the First Amendment.",
            "wrote",
            "that the law likely violates the First Amendment",
        ),
        (
            "The commission said in its ruling that the rates were fair.",
            "said",
            "that the rates were fair",
        ),
        (
            "The court ruled 6-3 Tuesday that the measure was misleading.",
            "ruled",
            "that the measure was misleading",
        ),
    ] {
        assert_eq!(content_of_cue(text, cue), [claim], "{text}");
    }
}

#[test]
fn a_plural_possessive_before_a_quoted_phrase_keeps_the_whole_clause() {
    assert_eq!(
        content_of_cue(
            "The farmers' protest has been \"a wake-up call\", the minister said.",
            "said"
        ),
        ["The farmers' protest has been \"a wake-up call\""]
    );
}

#[test]
fn european_copy_declarations_state_outlets_understand_and_datelines_stay_out() {
    assert_attribution(
        "The Council conclusions state that the bloc remains committed.",
        "state",
        Some("The Council conclusions"),
        &["that the bloc remains committed"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "The declaration states that the bloc will review the measures by June.",
            "states"
        ),
        Some("The declaration")
    );
    assert_eq!(
        source_of_cue(
            "BBC Scotland understands that the decision was taken on Tuesday.",
            "understands"
        ),
        Some("BBC Scotland")
    );
    assert_no_cues("He understands the risks.");
    assert_no_cues("The state that voted last was Ohio.");
    assert_eq!(
        content_of_cue(
            "DUBLIN — Ireland's budget surplus will shrink sharply next year, according to the Department of Finance.",
            "according to"
        ),
        ["Ireland's budget surplus will shrink sharply next year"]
    );
}

#[test]
fn a_backshifted_verb_after_and_goes_on_with_the_reported_clause() {
    let text = "The spokeswoman said the department had received the complaint and would respond within 20 working days.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(
        content_of_cue(text, "said"),
        ["the department had received the complaint and would respond within 20 working days"]
    );
}

#[test]
fn a_clock_time_ends_its_sentence_before_a_capital_that_is_no_day_or_zone() {
    assert_eq!(
        content_of_cue(
            "Police said the shooting happened shortly before 11 p.m. Officers found the victim nearby.",
            "said"
        ),
        ["the shooting happened shortly before 11 p.m."]
    );
    assert_eq!(
        source_of_cue(
            "The council meeting ended after 10 p.m. Lee said she was exhausted.",
            "said"
        ),
        Some("Lee")
    );
    assert_eq!(
        content_of_cue("The vote is at 4 p.m. ET on Friday, aides said.", "said"),
        ["The vote is at 4 p.m. ET on Friday"]
    );
}

#[test]
fn a_lower_case_no_before_a_capital_ends_its_sentence() {
    assert_eq!(
        content_of_cue(
            "Lee said she would vote no. The council meets Tuesday.",
            "said"
        ),
        ["she would vote no"]
    );
    assert_eq!(
        content_of_cue("He lives at No. 10 Downing Street, aides said.", "said"),
        ["He lives at No. 10 Downing Street"]
    );
}

#[test]
fn a_channels_number_before_a_plural_and_its_verb_is_the_one_told() {
    assert_eq!(
        content_of_cue(
            "Baca told KOCO 5 officers responded within three minutes.",
            "told"
        ),
        ["officers responded within three minutes"]
    );
}

#[test]
fn a_gesture_in_the_present_or_before_its_speaker_tags_a_quotation() {
    assert_eq!(
        source_of_cue("\"It's complicated,\" he sighs.", "sighs"),
        Some("he")
    );
    assert_eq!(
        source_of_cue("\"Next question,\" snapped the spokesman.", "snapped"),
        Some("the spokesman")
    );
    assert_eq!(
        source_of_cue("\"We won,\" she beamed.", "beamed"),
        Some("she")
    );
    assert_no_cues("She smiles at the crowd.");
}

#[test]
fn a_states_abbreviation_before_police_or_troopers_ends_its_sentence() {
    assert_eq!(
        content_of_cue(
            "Deputies said the man was driving a stolen truck from Lawton, Okla. Troopers found it near Duncan.",
            "said"
        ),
        ["the man was driving a stolen truck from Lawton, Okla"]
    );
    assert_eq!(
        source_of_cue(
            "Washington, D.C. Police Chief Ann Lee said the road was closed.",
            "said"
        ),
        Some("D.C. Police Chief Ann Lee")
    );
}

#[test]
fn an_adverb_before_a_participle_after_a_comma_opens_a_report_of_its_own() {
    let text =
        "The nominee complained about his microphone, even suggesting he may have been sabotaged.";
    assert_eq!(content_of_cue(text, "complained about"), ["his microphone"]);
    assert_eq!(
        content_of_cue(text, "even suggesting"),
        ["he may have been sabotaged"]
    );
    assert_eq!(source_of_cue(text, "even suggesting"), Some("The nominee"));
}

#[test]
fn charges_before_a_that_clause_after_a_name_or_a_filing_is_a_cue() {
    assert_attribution(
        "Morales charges that the county hid the audit.",
        "charges",
        Some("Morales"),
        &["that the county hid the audit"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "The lawsuit charges that the board ignored the rules.",
            "charges"
        ),
        Some("The lawsuit")
    );
    assert_no_cues("He faces criminal charges that carry a long sentence.");
    assert_no_cues("Federal charges that he stole funds were dropped.");
}

#[test]
fn earlier_after_a_determiner_and_where_a_report_ran_stay_in_the_source() {
    assert_eq!(
        source_of_cue(
            "An earlier report in a county paper said that the mayor had used the photos.",
            "said"
        ),
        Some("An earlier report in a county paper")
    );
    assert_eq!(
        source_of_cue("Her later statement said that the count was wrong.", "said"),
        Some("Her later statement")
    );
    assert_eq!(
        source_of_cue(
            "The mayor in a statement said that the count was wrong.",
            "said"
        ),
        Some("The mayor")
    );
    assert_eq!(
        source_of_cue("Okafor, in a grey suit, said the count was wrong.", "said"),
        Some("Okafor")
    );
}

#[test]
fn an_unclosed_straight_mark_is_not_continued_by_a_curly_one_in_the_next_paragraph() {
    let text =
        "\"The council met late and the vote was close.\n\n“It never crossed my mind,” she said.";
    assert_eq!(content_of_cue(text, "said"), ["It never crossed my mind,"]);
    // The same kind of mark does continue it.
    let text = "“The council met late.\n\n“It never crossed my mind,” she said.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["The council met late.", "“It never crossed my mind,"]
    );
}

#[test]
fn a_setting_whose_place_names_its_state_comes_before_the_that_clause() {
    assert_eq!(
        content_of_cue(
            "Reyes says at a campaign stop in Dayton, Ohio, that the plant will stay open.",
            "says"
        ),
        ["that the plant will stay open"]
    );
    assert_eq!(
        content_of_cue(
            "Reyes said during a rally in Dayton, Ohio, on Monday that the plant will stay open.",
            "said"
        ),
        ["that the plant will stay open"]
    );
    assert_eq!(
        content_of_cue(
            "Reyes told supporters in Flint, Mich., that the plant will stay open.",
            "told"
        ),
        ["that the plant will stay open"]
    );
    // A name with a title is no place: the clause after it is the claim's own.
    assert_eq!(
        content_of_cue(
            "Reyes had the financial backing of Mr. Ortiz, but that was not the case.",
            "backing"
        ),
        ["of Mr. Ortiz, but that was not the case"]
    );
}

#[test]
fn an_aside_between_dashes_before_a_new_speaker_ends_the_claim() {
    let text = "When Reyes noted that Okafor had paid no tax ― as was true for the years his returns were public ― Okafor boasted, “That makes me smart.”";
    assert_eq!(
        content_of_cue(text, "noted"),
        ["that Okafor had paid no tax"]
    );
    assert_eq!(source_of_cue(text, "boasted"), Some("Okafor"));
    let text =
        "Asked about taxes — as was true for a few years — Okafor boasted, “That makes me smart.”";
    assert_eq!(content_of_cue(text, "Asked about"), ["taxes"]);
    assert_eq!(source_of_cue(text, "boasted"), Some("Okafor"));
    // An aside with no speaker after it is part of the claim.
    assert_eq!(
        content_of_cue(
            "Reyes said that the vote — the third this year — was close.",
            "said"
        ),
        ["that the vote — the third this year — was close"]
    );
}

#[test]
fn a_relative_clause_of_anonymity_or_of_place_stays_in_the_source() {
    assert_eq!(
        source_of_cue(
            "A senior aide who was not authorized to speak publicly said the campaign was broke.",
            "said"
        ),
        Some("A senior aide who was not authorized to speak")
    );
    assert_eq!(
        source_of_cue(
            "A party operative who requested anonymity to speak freely said the campaign had no ground game.",
            "said"
        ),
        Some("A party operative who requested anonymity to speak freely")
    );
    assert_eq!(
        source_of_cue(
            "One delegate who was in the room said the meeting went off the rails.",
            "said"
        ),
        Some("One delegate who was in the room")
    );
    // The purpose of the anonymity reports nothing of its own.
    assert_eq!(
        cues("The advisers, who spoke on the condition of anonymity to discuss internal polling, said the race had tightened."),
        ["said"]
    );
}

#[test]
fn a_quoted_phrase_inside_the_subject_is_not_the_claim_of_a_cue_with_a_clause() {
    let text =
        "Varga, who has called Markham \"a loose cannon,\" said she looked forward to debating him.";
    assert_eq!(source_of_cue(text, "said"), Some("Varga"));
    assert_eq!(
        content_of_cue(text, "said"),
        ["she looked forward to debating him"]
    );
    let text = "Sen. Carla Benning, who has called Markham “a con artist,” said Saturday that she would support him.";
    assert_eq!(source_of_cue(text, "said"), Some("Sen. Carla Benning"));
    // A bare cue after the quotation still takes it.
    assert_attribution(
        "“We will win Ohio,” Varga said.",
        "said",
        Some("Varga"),
        &["We will win Ohio,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_split_quotation_resumes_after_the_one_told_and_a_long_setting() {
    assert_eq!(
        content_of_cue(
            "“Frankly,” the billionaire told reporters in a telephone interview Tuesday, “I do not need the party.”",
            "told"
        ),
        ["Frankly,", "I do not need the party."]
    );
    assert_eq!(
        content_of_cue(
            "“The voters,” Varga said at a town hall in Dubuque, Iowa, “are smarter than the pundits think.”",
            "said"
        ),
        ["The voters,", "are smarter than the pundits think."]
    );
    // A clause between the halves makes the second quotation its own.
    assert_eq!(
        content_of_cue(
            "“The voters,” Varga said as she left, and then her aide added, “are tired.”",
            "said"
        ),
        ["The voters,"]
    );
}

#[test]
fn the_main_verb_in_the_past_after_a_noun_of_saying_ends_its_claim() {
    assert_eq!(
        content_of_cue(
            "Mr. Cruz's suggestion that the police should patrol the neighborhoods drew sharp criticism.",
            "suggestion"
        ),
        ["that the police should patrol the neighborhoods"]
    );
    assert_eq!(
        content_of_cue(
            "His claim that the vote had been rigged was false.",
            "claim"
        ),
        ["that the vote had been rigged"]
    );
    // A second verb joined by "and" is the claim's own.
    assert_eq!(
        content_of_cue(
            "His claim that the vote was rigged and caused chaos was false.",
            "claim"
        ),
        ["that the vote was rigged and caused chaos"]
    );
}

#[test]
fn the_matter_after_a_passives_agent_is_no_part_of_the_source() {
    assert_eq!(
        source_of_cue(
            "Keller was criticized by Democrats over his handling of the water crisis.",
            "was criticized"
        ),
        Some("Democrats")
    );
    assert_eq!(
        source_of_cue(
            "Markham was accused by a former contestant of making lewd comments.",
            "was accused"
        ),
        Some("a former contestant")
    );
    assert_eq!(
        source_of_cue(
            "The plan was criticized by the Committee for Economic Development.",
            "was criticized"
        ),
        Some("the Committee for Economic Development")
    );
}

#[test]
fn a_media_or_campaign_role_before_a_name_opens_the_participles_speaker() {
    assert_eq!(
        source_of_cue(
            "Fox News host Sean Hollis tore into the party establishment, saying they had betrayed voters.",
            "saying"
        ),
        Some("Fox News host Sean Hollis")
    );
    assert_eq!(
        source_of_cue(
            "Democratic strategist Paul Begley went further, arguing that the party must change.",
            "arguing"
        ),
        Some("Democratic strategist Paul Begley")
    );
}

#[test]
fn an_outlet_in_s_with_a_bare_apostrophe_is_part_of_the_one_told() {
    assert_attribution(
        "The nominee told Fox News' Chris Wallace on Sunday that he would look at it.",
        "told",
        Some("The nominee"),
        &["that he would look at it"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "Pryce told Fox News' \"America's Newsroom\" that the vote was rigged.",
            "told"
        ),
        ["that the vote was rigged"]
    );
}

#[test]
fn two_apostrophes_after_a_states_abbreviation_open_the_next_sentence() {
    assert_eq!(
        content_of_cue(
            "''I think the senator is confused,'' Mrs. Reyes said in Flint, Mich. ''He voted against the bailout.''",
            "said"
        ),
        ["I think the senator is confused,", "He voted against the bailout."]
    );
}

#[test]
fn a_claim_split_by_its_speaker_goes_on_with_an_auxiliary_after_the_aside() {
    assert_eq!(
        content_of_cue(
            "Mrs. Reyes, her aides said, is expected to announce her running mate soon.",
            "said"
        ),
        [
            "Mrs. Reyes",
            "is expected to announce her running mate soon"
        ]
    );
}

#[test]
fn per_reports_people_counted_or_named_and_an_aside_of_people() {
    assert_attribution(
        "The governor's team is privately giddy, per two Democrats in touch with the campaign.",
        "per",
        Some("two Democrats in touch with the campaign"),
        &["The governor's team is privately giddy"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "The pick, per one of those sources, is likely to be Dana Holt.",
            "per"
        ),
        Some("one of those sources")
    );
    assert_no_cues("A quarter of that, per the plan, is 40,000 dollars.");
}

#[test]
fn a_clause_after_an_inverted_speaker_and_close_to_a_pronoun() {
    assert_eq!(
        source_of_cue(
            "“We are going to win,” said Markham, as the crowd erupted.",
            "said"
        ),
        Some("Markham")
    );
    assert_eq!(
        source_of_cue(
            "He will not run, according to two Indiana Republicans close to him.",
            "according to"
        ),
        Some("two Indiana Republicans close to him")
    );
    // "then" before a former role keeps the apposition.
    assert_eq!(
        source_of_cue(
            "“It was a mistake,” said Ann Cole, then the mayor's chief of staff.",
            "said"
        ),
        Some("Ann Cole, then the mayor's chief of staff")
    );
}

#[test]
fn a_time_opened_by_early_or_late_may_stand_before_the_colon() {
    assert_attribution(
        "Markham tweeted early Saturday morning: \"The race is over.\"",
        "tweeted",
        Some("Markham"),
        &["The race is over."],
        AttributionKind::Direct,
    );
    assert_eq!(
        content_of_cue(
            "Whitford wrote on Facebook late Tuesday night: \"I will keep fighting.\"",
            "wrote"
        ),
        ["I will keep fighting."]
    );
}

#[test]
fn a_span_of_time_after_the_cue_is_no_object_nor_claim() {
    assert_attribution(
        "Stevens has argued for months that the party should disavow him.",
        "has argued",
        Some("Stevens"),
        &["that the party should disavow him"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "Reyes has said for years that the depot would close.",
            "has said"
        ),
        ["that the depot would close"]
    );
}

#[test]
fn a_topic_with_a_title_may_stand_between_the_cue_and_the_colon() {
    assert_attribution(
        "Mr. Kasich said of Mr. Ortiz: \"He is not somebody I can support.\"",
        "said",
        Some("Mr. Kasich"),
        &["He is not somebody I can support."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_questions_auxiliary_is_no_part_of_the_speaker() {
    assert_eq!(
        source_of_cue(
            "Did the Speaker really say that the nominee was finished?",
            "really say"
        ),
        Some("the Speaker")
    );
    assert_eq!(
        source_of_cue("Why does Reyes think voters will forget?", "think"),
        Some("Reyes")
    );
    // Outside a question the capitalised word is a name.
    assert_eq!(
        source_of_cue("Will Smith said the film was great.", "said"),
        Some("Will Smith")
    );
    assert_eq!(
        content_of_cue(
            "Cruz has said for weeks he is the only candidate left.",
            "has said"
        ),
        ["he is the only candidate left"]
    );
}

#[test]
fn an_adverbial_between_the_comma_and_a_participle_keeps_the_sentences_speaker() {
    assert_eq!(
        source_of_cue(
            "Markham interrupted Varga during the debate, at one point calling her “a disgrace.”",
            "calling"
        ),
        Some("Markham")
    );
    assert_eq!(
        source_of_cue(
            "Markham spoke for an hour, at times calling the press “dishonest.”",
            "calling"
        ),
        Some("Markham")
    );
}

#[test]
fn a_participle_may_tell_a_place_with_its_state_before_that() {
    assert_eq!(
        content_of_cue(
            "He hit back, telling supporters in Tampa, Fla., that the polls were wrong.",
            "telling"
        ),
        ["that the polls were wrong"]
    );
}

#[test]
fn a_few_plain_words_before_a_colon_join_the_cue_and_leave_the_quotation_as_claim() {
    assert_attribution(
        "She added a caveat: \"I will vote for him.\"",
        "added a caveat:",
        Some("She"),
        &["I will vote for him."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "Whitford concluded his speech with a warning: \"If we lose, we lose everything.\"",
        "concluded his speech with a warning:",
        Some("Whitford"),
        &["If we lose, we lose everything."],
        AttributionKind::Direct,
    );
    // A quotation closing on a comma belongs to the tag after it.
    let text = "Ames scolded him: “You called them ‘miracles,’” she said. “I do not understand.”";
    assert_eq!(source_of_cue(text, "said"), Some("she"));
}

#[test]
fn a_noun_described_by_a_clause_without_that_is_no_part_of_its_speaker() {
    assert_eq!(
        source_of_cue(
            "The delay was a move the Varga campaign said was designed to protect her.",
            "said"
        ),
        Some("the Varga campaign")
    );
    assert_eq!(
        source_of_cue("It was a decision Markham blasted as rigged.", "blasted"),
        Some("Markham")
    );
    // A subject that opens its sentence, and a noun of another kind, stay whole.
    assert_eq!(
        source_of_cue("A senior Democratic official said it was over.", "said"),
        Some("A senior Democratic official")
    );
    assert_eq!(
        source_of_cue("It is a super PAC supporting Reyes.", "supporting"),
        Some("a super PAC")
    );
}

#[test]
fn aside_after_a_dash_claims_only_what_follows_the_dash() {
    // The aside's claim does not reach back over the report before the dash, which keeps its
    // own cue and speaker.
    let text = "Dana Lee, the campaign's chairman, said the ads answer attacks that Ortiz lodged \
                against the mayor - attacks that, Lee noted, Ortiz said were sparked by the polls.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("Dana Lee, the campaign's chairman")
    );
    assert_eq!(content_of_cue(text, "noted")[0], "attacks that");
    let text = "Asked about his old criticisms of Ortiz, Varga said that was a natural part of \
                the race — no different, he said, from any other primary.";
    assert_eq!(source_of_cue(text, "said"), Some("Varga"));
    // Without the aside's commas the order is inverted and the claim runs from the start.
    assert_eq!(
        content_of_cue(
            "The rule – what the group calls “health care” – is central to the platform, \
             reported the Examiner.",
            "reported"
        ),
        ["The rule – what the group calls “health care” – is central to the platform"]
    );
}

#[test]
fn the_writers_set_phrases_report_nothing() {
    for text in [
        "That being said, the mayor has a point.",
        "Having said that, the plan is sound.",
        "But fixing the roads is easier said than done in the city.",
        "With that said, the council moved on.",
    ] {
        assert_no_cues(text);
    }
    assert_eq!(
        cues("That said, voters say they want change."),
        ["say"],
        "the voters' report stays"
    );
    assert_attribution(
        "(That said, she also noted, \"He will punch back.\")",
        "also noted",
        Some("she"),
        &["He will punch back."],
        AttributionKind::Direct,
    );
    // The same words with a speaker and a claim still report.
    assert_eq!(
        source_of_cue("He said that, and the room went quiet.", "said"),
        Some("He")
    );
    assert_eq!(
        source_of_cue("The mayor said that the plan is sound.", "said"),
        Some("The mayor")
    );
}

#[test]
fn a_telephone_call_names_nothing() {
    for text in [
        "Varga called both candidates Tuesday night and was due to meet them.",
        "A year later, Ms. Varga called Lena Ortiz.",
        "The mayor called her back on Friday.",
    ] {
        assert_no_cues(text);
    }
    assert_eq!(
        cues("Varga, who called Ortiz shortly after the winner was declared, thanked her staff."),
        ["thanked"]
    );
    // Calling someone something names them.
    assert_eq!(
        content_of_cue("Varga called Ortiz “a menace” on Friday.", "called"),
        ["Ortiz “a menace”"]
    );
    assert_eq!(
        content_of_cue("She called him a liar.", "called"),
        ["him a liar"]
    );
    assert_eq!(cues("Ortiz was declared the winner."), ["was declared"]);
}

#[test]
fn say_as_an_example_or_a_noun_reports_nothing() {
    for text in [
        "Even if she narrows the gap to, say, single digits, she could help.",
        "The most conservative members have a larger say than they do in the general election.",
        "The council has the final say on the budget.",
    ] {
        assert_no_cues(text);
    }
    // The example stays inside the claim of the report around it.
    assert_eq!(
        content_of_cue(
            "The poll shows its prospects are no better than, say, the mayor's plan.",
            "shows"
        ),
        ["its prospects are no better than, say, the mayor's plan"]
    );
    assert_eq!(cues("Some say the plan will fail."), ["say"]);
}

#[test]
fn a_verb_in_a_list_of_the_subjects_verbs_takes_no_inverted_speaker() {
    // "mocked the council" is no "said Peskov": the council is mocked, not speaking.
    let text = "Varga praised the plan, mocked the council and its leaders, and warned that \
                taxes would rise.";
    assert_eq!(source_of_cue(text, "warned"), Some("Varga"));
    assert!(!sources(text).contains(&"the council and its leaders"));
    // The verb in the middle of the list shares the subject, and each object ends at the
    // comma before the next verb.
    assert_eq!(source_of_cue(text, "mocked"), Some("Varga"));
    assert_eq!(
        content_of_cue(text, "mocked"),
        ["the council and its leaders"]
    );
    let text = "Reyes recounted her record, recited her policy ideas, and ripped into her rival.";
    assert_eq!(content_of_cue(text, "recounted"), ["her record"]);
    // Without the comma before "and", a verb of saying still opens an item of the list.
    let text = "The spokesman confirmed the meeting, said it had lasted two hours and denied that                 sanctions were discussed.";
    assert_eq!(source_of_cue(text, "said"), Some("The spokesman"));
    assert_eq!(content_of_cue(text, "said"), ["it had lasted two hours"]);
    let text = "The mayor apologized, said the remarks were \"inexcusable\" and announced that                 she would step aside.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["the remarks were \"inexcusable\""]
    );
    // The inverted order itself still reads its speaker.
    assert_eq!(
        source_of_cue(
            "The plan is dead, said Peskov, the Kremlin's spokesman.",
            "said"
        ),
        Some("Peskov, the Kremlin's spokesman")
    );
}

#[test]
fn a_clause_after_the_speakers_comma_is_no_apposition() {
    assert_eq!(
        source_of_cue(
            "The plan is dead, said Peskov, and the room fell silent.",
            "said"
        ),
        Some("Peskov")
    );
    assert_eq!(
        source_of_cue(
            "The plan is dead, said Peskov, but nobody believed him.",
            "said"
        ),
        Some("Peskov")
    );
    assert_eq!(
        source_of_cue(
            "The plan is dead, said Susan Crawford, then his agent.",
            "said"
        ),
        Some("Susan Crawford, then his agent")
    );
}

#[test]
fn a_sworn_statements_manner_is_no_part_of_the_claim() {
    assert_attribution(
        "The official said under oath that no records had been destroyed.",
        "said",
        Some("The official"),
        &["that no records had been destroyed"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "The nurse testified under oath on Thursday that the doses were wrong.",
            "testified"
        ),
        ["that the doses were wrong"]
    );
    assert_eq!(
        content_of_cue(
            "Rourke stated under penalty of perjury that he had no stake in the firm.",
            "stated"
        ),
        ["that he had no stake in the firm"]
    );
}

#[test]
fn an_aside_claims_the_clause_it_interrupts() {
    // The clause goes on with a cue of its own subject.
    assert_eq!(
        content_of_cue(
            "The report, those people said, concludes that the director misled Congress.",
            "said"
        ),
        ["The report", "concludes that the director misled Congress"]
    );
    assert_eq!(
        content_of_cue(
            "Investigators, the person said, believe the money was moved offshore.",
            "said"
        ),
        ["Investigators", "believe the money was moved offshore"]
    );
    // An aside that names the one told.
    assert_attribution(
        "What happened next, two witnesses told police, was a blur.",
        "told",
        Some("two witnesses"),
        &["What happened next", "was a blur"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "The tariffs, the president told supporters, are working.",
            "told"
        ),
        ["The tariffs", "are working"]
    );
    // A participle after the aside is no verb of the clause.
    assert_eq!(
        content_of_cue(
            "Weighing in, Huckabee agreed, praising him as gifted.",
            "agreed"
        ),
        ["Weighing in"]
    );
}

#[test]
fn the_writers_clause_after_an_apposition_is_no_part_of_the_speaker() {
    assert_eq!(
        source_of_cue(
            "\"This is not over,\" said Ana Reyes, a lawyer who represents several of the \
             families, as the crowd cheered.",
            "said"
        ),
        Some("Ana Reyes, a lawyer who represents several of the families")
    );
    assert_eq!(
        source_of_cue(
            "\"I am done,\" said Carl Myers, a retired welder, shaking his head.",
            "said"
        ),
        Some("Carl Myers, a retired welder")
    );
    // A preposition in -ing goes on with the apposition.
    assert_eq!(
        source_of_cue(
            "\"Every minute counts,\" said Keith Nahigian, a veteran of several campaigns, \
             including two for governor.",
            "said"
        ),
        Some("Keith Nahigian, a veteran of several campaigns, including two for governor")
    );
}

#[test]
fn a_day_after_the_cue_names_when_not_who() {
    assert_eq!(
        source_of_cue("The plan, announced Tuesday, would cut taxes.", "announced"),
        None
    );
    assert_eq!(
        source_of_cue("\"We won,\" said May Ortiz.", "said"),
        Some("May Ortiz")
    );
}

#[test]
fn a_bare_participle_inside_another_report_reports_nothing() {
    let text = "He argued that the law, passed in 1994, was outdated.";
    assert_eq!(cues(text), ["argued"]);
    assert_eq!(
        content_of_cue(text, "argued"),
        ["that the law, passed in 1994, was outdated"]
    );
    // A verb after an apposition in the claim is the claim's own.
    assert_eq!(
        content_of_cue(
            "She recalled that her father, a union organizer, had told her never to cross a \
             picket line.",
            "recalled"
        ),
        ["that her father, a union organizer, had told her never to cross a picket line"]
    );
    assert_eq!(
        content_of_cue(
            "Ortiz claimed that the museum in Washington, D.C., had expressed interest.",
            "claimed"
        ),
        ["that the museum in Washington, D.C., had expressed interest"]
    );
    // The speaker's own verb after "and" is no part of the claim.
    let claim = content_of_cue(
        "He backed Paul for the presidency in 2012 and, in later contests, has supported Cruz.",
        "backed",
    );
    assert!(!claim[0].contains("has supported"), "{claim:?}");
    let text = "The police revealed Tuesday the drug, or angel dust, was found in his car.";
    assert_eq!(cues(text), ["revealed"]);
    // Standing alone, the participle's aside keeps its claim, as gold marks it.
    assert_eq!(
        content_of_cue(
            "The tentative deal, announced Friday, would last four years.",
            "announced Friday"
        ),
        ["The tentative deal", "would last four years"]
    );
}

#[test]
fn according_to_after_a_quotation_of_several_sentences_claims_it_whole() {
    let text = "\"She wants this done by Friday. No excuses,\" Okoro wrote, according to a copy \
                of the message.";
    assert_eq!(
        content_of_cue(text, "according to"),
        ["\"She wants this done by Friday. No excuses,\" Okoro wrote"]
    );
    assert_eq!(
        source_of_cue(text, "according to"),
        Some("a copy of the message")
    );
}

#[test]
fn a_report_in_a_relative_clause_ends_with_the_clause() {
    assert_eq!(
        content_of_cue(
            "The company, which said in a filing that it expected losses to continue, cut 400 \
             jobs.",
            "said"
        ),
        ["that it expected losses to continue"]
    );
    assert_eq!(
        content_of_cue(
            "The attacks, which Governor Reyes noted were sparked by a dispute over water \
             rights, have left four people dead.",
            "noted"
        ),
        ["which", "were sparked by a dispute over water rights"]
    );
    assert_eq!(
        content_of_cue(
            "The governor, whom aides described as \"livid,\" canceled his schedule.",
            "described"
        ),
        ["whom", "as \"livid,\""]
    );
}

#[test]
fn suspecting_and_doubting_report_before_a_that_clause() {
    assert_attribution(
        "Investigators now suspect that the fire was set to destroy records.",
        "now suspect",
        Some("Investigators"),
        &["that the fire was set to destroy records"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "Several board members doubted that the figures were accurate.",
            "doubted"
        ),
        Some("Several board members")
    );
    for text in [
        "The suspect that police arrested was released.",
        "There is no doubt that he lied.",
        "The suspects fled.",
    ] {
        assert_no_cues(text);
    }
}

#[test]
fn what_the_speaker_spoke_of_is_no_part_of_the_speaker() {
    assert_eq!(
        source_of_cue(
            "\"It is a cover-up,\" said Ortiz of the county's response.",
            "said"
        ),
        Some("Ortiz")
    );
    assert_eq!(
        source_of_cue(
            "\"It is wrong,\" said Carla Moreno of the former coach.",
            "said"
        ),
        Some("Carla Moreno")
    );
    // A home or an organisation after "of" stays with the name.
    assert_eq!(
        source_of_cue(
            "\"Who cares?\" said Rob Lee of the New York delegation.",
            "said"
        ),
        Some("Rob Lee of the New York delegation")
    );
    assert_eq!(
        source_of_cue("\"I like her,\" said Jason Gilbert of Cheyenne.", "said"),
        Some("Jason Gilbert of Cheyenne")
    );
}

#[test]
fn questions_passed_on_are_none_asked() {
    assert_no_cues("The mayor's office referred questions to the city attorney.");
    assert_no_cues("The client directed questions to a male colleague.");
    assert_eq!(
        cues("Reporters raised questions about the deal."),
        ["raised questions about"]
    );
}

#[test]
fn a_participle_aside_shares_the_subject_of_the_verb_after_it() {
    let text = "A spokeswoman for the Department of Homeland Security, responding to questions \
                from The Washington Post, said the agency did not comment.";
    let speaker = Some("A spokeswoman for the Department of Homeland Security");
    assert_eq!(source_of_cue(text, "said"), speaker);
    assert_eq!(content_of_cue(text, "said"), ["the agency did not comment"]);
    assert_eq!(source_of_cue(text, "responding to"), speaker);
    // A participle after the verb is no aside: its speaker is the subject alone.
    assert_eq!(
        source_of_cue(
            "He went further on Tuesday, saying that the deal was dead, and left.",
            "saying"
        ),
        Some("He")
    );
}

#[test]
fn a_subject_with_its_relative_clause_speaks_past_an_aside() {
    assert_eq!(
        source_of_cue(
            "Voters who have listened to him for years, at rallies or on television, said they \
             were tired.",
            "said"
        ),
        Some("Voters who have listened to him for years")
    );
    assert_eq!(
        source_of_cue(
            "Yet some voters who have listened to Mr. Ortiz's speeches over the decades, on \
             television or at campaign events, said he had less magnetism.",
            "said"
        ),
        Some("some voters who have listened to Mr. Ortiz's speeches over the decades")
    );
    // A relative clause that holds a cue of its own is no part of such a subject.
    let text = "Voters who said they liked him, at rallies or on television, now doubt that he \
                will win.";
    assert!(!sources(text).contains(&"Voters who said they liked him"));
}

#[test]
fn a_negated_auxiliary_after_the_noun_makes_it_the_claims_subject() {
    assert_attribution(
        "Delgado warned the council wouldn't wait forever.",
        "warned",
        Some("Delgado"),
        &["the council wouldn't wait forever"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Morrow promised the depot won’t close before spring.",
        "promised",
        Some("Morrow"),
        &["the depot won’t close before spring"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quoted_programme_title_is_no_quotation() {
    // Before the speaker: the title names the programme; nobody says it.
    assert_attribution(
        "Speaking on “Face the Nation,” Morrow said the depot would close.",
        "said",
        Some("Morrow"),
        &["the depot would close"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Hollis, on “Meet the Press,” said the levy was a tax.",
        "said",
        Some("Hollis"),
        &["the levy was a tax"],
        AttributionKind::Indirect,
    );
    // After "told": the programme is the one told.
    assert_attribution(
        "Quinlan told “Meet the Press” that she would not back the levy.",
        "told",
        Some("Quinlan"),
        &["that she would not back the levy"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Brandt told the “Daily Grind” podcast he regretted the post.",
        "told",
        Some("Brandt"),
        &["he regretted the post"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Quinlan told “Meet the Press” moderator Dana Whitcomb that she would vote no.",
        "told",
        Some("Quinlan"),
        &["that she would vote no"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_relative_clause_about_the_medium_is_no_claim() {
    assert_attribution(
        "The senator said in an interview that aired Monday that he would not resign.",
        "said",
        Some("The senator"),
        &["that he would not resign"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        cues("Brandt said in a video that was posted late Sunday that the county would appeal."),
        ["said"]
    );
    assert_eq!(
        content_of_cue(
            "She said in a post that was later deleted that the vote was rigged.",
            "said"
        ),
        ["that the vote was rigged"]
    );
}

#[test]
fn the_reason_a_source_goes_unnamed_is_part_of_no_report() {
    // Set off by commas, the reason is an aside: the speaker is the noun phrase before it.
    assert_attribution(
        "Federal officials familiar with the depot in Dayton, Ohio, speaking on the condition of anonymity because they were not authorized to discuss the case, said that it had been sold.",
        "said",
        Some("Federal officials familiar with the depot in Dayton, Ohio"),
        &["that it had been sold"],
        AttributionKind::Indirect,
    );
    // Without commas the relative clause belongs to the speaker, and nothing in it reports.
    assert_attribution(
        "A council aide who spoke on condition of anonymity because he was not authorized to discuss the sale said the talks had stalled.",
        "said",
        Some("A council aide who spoke on condition of anonymity because he was not authorized to discuss the sale"),
        &["the talks had stalled"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        cues("A driver who asked not to be named because she feared for her job said the depot was unsafe."),
        ["said"]
    );
}

#[test]
fn a_name_after_the_title_in_according_to_is_its_apposition() {
    assert_attribution(
        "According to the mayor, Pavla Korn, more than 200 residents had left.",
        "According to",
        Some("the mayor, Pavla Korn"),
        &["more than 200 residents had left"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "According to the ministry, Varga was not present.",
        "According to",
        Some("the ministry"),
        &["Varga was not present"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quotation_that_closed_the_last_claim_stays_with_it() {
    let text = "Morrow said the levy was “dead on arrival.” He did not elaborate.";
    assert_eq!(cues(text), ["said"]);
    assert_attribution(
        "The agency said it was “aware of the issue.” A spokesperson declined to comment.",
        "declined",
        Some("A spokesperson"),
        &["to comment"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Ortiz called the levy “a tax on work.” Varga, she predicted, would come around.",
        "predicted",
        Some("she"),
        &["Varga", "would come around"],
        AttributionKind::Indirect,
    );
}

#[test]
fn an_aside_in_a_later_sentence_reports_that_sentence() {
    let text = "“The depot is full,” said Dr. Varga. “We are turning trucks away.” The yard, she said, had taken 300 loads in a day.";
    let a = annotate(text);
    let got: Vec<(Option<&str>, Vec<&str>)> = a
        .attributions
        .iter()
        .map(|x| {
            (
                x.source.map(|s| s.text(text)),
                x.content.iter().map(|c| c.text(text)).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("Dr. Varga"),
                vec!["The depot is full,", "We are turning trucks away."]
            ),
            (
                Some("she"),
                vec!["The yard", "had taken 300 loads in a day"]
            ),
        ]
    );
}

#[test]
fn to_after_a_verb_of_intent_opens_an_infinitive_not_a_listener() {
    assert_attribution(
        "The mayor vowed to fine every firm that dumps waste in the river.",
        "vowed",
        Some("The mayor"),
        &["to fine every firm that dumps waste in the river"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Varga said to reporters that the levy was dead.",
        "said",
        Some("Varga"),
        &["that the levy was dead"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_name_given_inside_the_subject_is_no_report() {
    assert_attribution(
        "A group calling itself the Friends of the Depot said in a statement that it had filed suit.",
        "said in a statement",
        Some("A group calling itself the Friends of the Depot"),
        &["that it had filed suit"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The volunteers, known as the Yard Crew, said they had cleared 17 lots.",
        "said",
        Some("The volunteers, known as the Yard Crew"),
        &["they had cleared 17 lots"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_one_heard_on_a_recording_is_the_speaker() {
    assert_attribution(
        "In video obtained by the Courier, the councilman can be heard telling donors that the levy will never pass.",
        "telling",
        Some("the councilman"),
        &["that the levy will never pass"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "The mayor was caught on a hot mic telling an aide, “This plan is going nowhere.”",
            "telling"
        ),
        Some("The mayor")
    );
    assert_attribution(
        "“We are going to crush them,” the candidate is heard saying in the recording.",
        "saying",
        Some("the candidate"),
        &["We are going to crush them,"],
        AttributionKind::Direct,
    );
}

#[test]
fn a_question_quoted_before_a_cue_and_its_setting_is_the_claim() {
    assert_attribution(
        "“What are they hiding?” Varga asked at a town hall in Dayton.",
        "asked",
        Some("Varga"),
        &["What are they hiding?"],
        AttributionKind::Direct,
    );
    assert_attribution(
        "“This is a disgrace!” Ortiz wrote in a post on the council’s website.",
        "wrote",
        Some("Ortiz"),
        &["This is a disgrace!"],
        AttributionKind::Direct,
    );
}

#[test]
fn the_one_backed_ends_a_speakers_noun_phrase() {
    assert_attribution(
        "A super PAC backing Varga said Monday that it had reserved $4 million in airtime.",
        "said",
        Some("A super PAC backing Varga"),
        &["that it had reserved $4 million in airtime"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "Voters supporting Ortiz said they cared most about the depot.",
            "said"
        ),
        Some("Voters supporting Ortiz")
    );
}

#[test]
fn a_bounded_count_belongs_to_the_subject() {
    assert_eq!(
        source_of_cue(
            "At least five House Republicans have said they will not vote for the rule.",
            "have said"
        ),
        Some("At least five House Republicans")
    );
    assert_eq!(
        source_of_cue(
            "In a letter, at least 40 Democrats wrote that the agency had failed.",
            "wrote"
        ),
        Some("at least 40 Democrats")
    );
    // A bare number may be a year.
    assert_eq!(
        source_of_cue("In 2015 Ortiz said the depot was needed.", "said"),
        Some("Ortiz")
    );
}

#[test]
fn a_party_tag_after_a_quotation_keeps_its_bracket() {
    assert_eq!(
        source_of_cue(
            "“The council has lost control,” Rep. Dale Hunter (R-Tex.) said.",
            "said"
        ),
        Some("Rep. Dale Hunter (R-Tex.)")
    );
    assert_eq!(
        source_of_cue("“It is a disaster,” Rep. Ann Cole (I-Maine) said.", "said"),
        Some("Rep. Ann Cole (I-Maine)")
    );
}

#[test]
fn an_as_aside_keeps_a_claim_that_holds_a_cue() {
    assert_attribution(
        "As the Herald reported, Varga has accepted donations from three firms.",
        "reported",
        Some("the Herald"),
        &["Varga has accepted donations from three firms"],
        AttributionKind::Indirect,
    );
}

#[test]
fn words_before_an_aside_open_the_quotation_they_continue() {
    assert_attribution(
        "Residents, Castillo said, “are united against the depot.”",
        "said",
        Some("Castillo"),
        &["Residents", "are united against the depot."],
        AttributionKind::Mixed,
    );
    assert_attribution(
        "The levy is dead, Bledsoe said, “and everyone in this building knows it.”",
        "said",
        Some("Bledsoe"),
        &[
            "The levy is dead",
            "and everyone in this building knows it.",
        ],
        AttributionKind::Mixed,
    );
    // A setting before the speaker is no part of the claim, nor is the writer's word.
    assert_attribution(
        "In an interview with the Herald, Varga said, “I am done.”",
        "said",
        Some("Varga"),
        &["I am done."],
        AttributionKind::Direct,
    );
    assert_attribution(
        "However, Ortiz said, “we are done with the depot.”",
        "said",
        Some("Ortiz"),
        &["we are done with the depot."],
        AttributionKind::Direct,
    );
    // Nor is the name of a speaker whose apposition stands before the cue.
    assert_eq!(
        content_of_cue(
            "Ann Dixon, the chief executive of the depot's owner, told me, “We are a landlord.”",
            "told"
        ),
        ["We are a landlord."]
    );
}

#[test]
fn an_apposition_opened_by_the_may_hold_a_participle_cue() {
    assert_attribution(
        "Keystone Forward, the super PAC backing Whitcomb, said it would spend $30 million.",
        "said",
        Some("Keystone Forward, the super PAC backing Whitcomb"),
        &["it would spend $30 million"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_noun_of_saying_opening_its_sentence_ends_before_the_main_verb() {
    assert_eq!(
        content_of_cue(
            "Fisk's assertion that the levy would pay for itself was rejected.",
            "assertion"
        ),
        ["that the levy would pay for itself"]
    );
    assert_eq!(
        content_of_cue(
            "Avery's warning that the council would sit late did little to move anyone.",
            "warning"
        ),
        ["that the council would sit late"]
    );
}

#[test]
fn a_passive_denies_the_whole_claim_its_subject_reports() {
    assert_attribution(
        "Claims that the crews had dumped waste were denied by the council.",
        "were denied",
        Some("the council"),
        &["Claims that the crews had dumped waste"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Fisk's assertion that the levy would pay for itself was rejected by the auditor.",
        "was rejected by",
        Some("the auditor"),
        &["Fisk's assertion that the levy would pay for itself"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_noun_of_saying_before_an_auxiliary_is_the_subject_not_a_cue() {
    assert_no_cues("Neither claim could be independently verified.");
    assert_eq!(cues("Ortiz claims the depot is safe."), ["claims"]);
}

#[test]
fn the_one_who_became_the_first_to_say_it_is_the_speaker() {
    assert_eq!(
        source_of_cue(
            "Roe became the first council member to call for the mayor's resignation.",
            "to call for"
        ),
        Some("Roe")
    );
    assert_eq!(
        source_of_cue(
            "Holm became the third member to announce opposition, saying the plan was rushed.",
            "saying"
        ),
        Some("Holm")
    );
}

#[test]
fn a_charge_after_a_quotation_closed_by_its_comma_is_rejected_by_the_speaker_after_it() {
    assert_attribution(
        "Brandt has accused Ortiz of backing “amnesty for the firms,” a charge she rejects.",
        "rejects",
        Some("she"),
        &["a charge"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_participle_opening_the_sentence_is_no_speaker_of_a_verb_joined_later() {
    assert_eq!(
        source_of_cue(
            "Asked for her reaction, Kowal shrugged and said the vote was a formality.",
            "said"
        ),
        Some("Kowal")
    );
    assert_eq!(
        source_of_cue(
            "Speaking to reporters, the mayor smiled and said the deal was done.",
            "said"
        ),
        Some("the mayor")
    );
    // A one-word name before a verb keeps its place.
    assert_eq!(
        source_of_cue("Fielding smiled and said the deal was done.", "said"),
        Some("Fielding")
    );
}

#[test]
fn a_passive_denies_the_whole_report_its_subject_names() {
    assert_attribution(
        "Reports that the mayor had resigned were denied by her office.",
        "were denied",
        Some("her office"),
        &["Reports that the mayor had resigned"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_verb_after_the_opening_noun_reports_when_a_that_clause_follows_its_setting() {
    assert_attribution(
        "The agency warned on Tuesday that the trust fund would run dry.",
        "warned",
        Some("The agency"),
        &["that the trust fund would run dry"],
        AttributionKind::Indirect,
    );
    // A participle that describes the noun still reports nothing of its own.
    assert_eq!(
        cues("A video posted on Telegram showed the convoy near the border."),
        ["showed"]
    );
}

#[test]
fn the_one_told_may_be_named_with_an_abbreviated_title() {
    for (text, cue) in [
        (
            "Ellison told Mr. Waters that rates would stay high.",
            "told",
        ),
        (
            "Ellison told Rep. Maxine Waters that rates would stay high.",
            "told",
        ),
        (
            "Ellison assured Sen. Waters that rates would stay high.",
            "assured",
        ),
    ] {
        assert_attribution(
            text,
            cue,
            Some("Ellison"),
            &["that rates would stay high"],
            AttributionKind::Indirect,
        );
    }
    // An adverb alone after the one asked is no claim.
    assert!(cues("The plan was drafted without asking Mr. Mitchell first.").is_empty());
}

#[test]
fn a_setting_with_an_abbreviation_stands_between_the_cue_and_its_that_clause() {
    assert_attribution(
        "Mr. Linwood said on Oct. 1 that the tariffs would remain in place.",
        "said",
        Some("Mr. Linwood"),
        &["that the tariffs would remain in place"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The CBO said in a letter to Sen. Whitcomb on Thursday that the provision would cost $38 billion.",
        "said",
        Some("The CBO"),
        &["that the provision would cost $38 billion"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_verb_inside_the_claim_of_an_anonymous_speaker_is_no_second_report() {
    for text in [
        "The official, who requested anonymity, said Okafor wanted a deal by June.",
        "An official who spoke on condition of anonymity said Okafor wanted a deal by June.",
    ] {
        assert_eq!(cues(text), ["said"]);
        assert_eq!(
            content_of_cue(text, "said"),
            ["Okafor wanted a deal by June"]
        );
    }
}

#[test]
fn without_evidence_between_the_cue_and_its_clause_belongs_to_the_cue() {
    assert_attribution(
        "Hutchins claimed without evidence that thousands of ballots had been cast by noncitizens.",
        "claimed without evidence",
        Some("Hutchins"),
        &["that thousands of ballots had been cast by noncitizens"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Tillman suggested without any evidence on his podcast that the shooting had been staged.",
        "suggested without any evidence",
        Some("Tillman"),
        &["that the shooting had been staged"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "The governor insisted again Thursday that the budget was balanced.",
            "insisted"
        ),
        ["that the budget was balanced"]
    );
}

#[test]
fn a_report_around_its_claim_holds_a_cue_inside_that_claim() {
    assert_attribution(
        "Mr. Dobbs, according to prosecutors, told an associate to destroy the ledger.",
        "according to",
        Some("prosecutors"),
        &["Mr. Dobbs", "told an associate to destroy the ledger"],
        AttributionKind::Indirect,
    );
    let text = "In a 2019 email, according to the indictment, Mr. Vance wrote that the payments must stay off the books.";
    assert_eq!(cues(text), ["according to"]);
}

#[test]
fn per_reports_for_one_person_after_a_quotation_or_between_commas() {
    assert_attribution(
        "“The votes aren't there,” per a senior Democratic aide.",
        "per",
        Some("a senior Democratic aide"),
        &["The votes aren't there"],
        AttributionKind::Direct,
    );
    assert_eq!(
        source_of_cue(
            "The speaker, per a source familiar with his thinking, is leaning against a vote.",
            "per"
        ),
        Some("a source familiar with his thinking")
    );
    // A rule book cited after a quotation is no person telling.
    assert!(
        cues("Proxies may not be used “under any circumstances,” per the club's charter.")
            .is_empty()
    );
}

#[test]
fn a_live_blog_time_before_a_colon_or_a_dash_is_no_part_of_the_claim() {
    for text in [
        "11:51 p.m.: The president has called Castellanos, the White House says.",
        "11:51 p.m. ET — The president has called Castellanos, the White House says.",
    ] {
        assert_eq!(
            content_of_cue(text, "says"),
            ["The president has called Castellanos"]
        );
    }
}

#[test]
fn a_former_or_better_known_name_reports_nothing() {
    assert_eq!(
        cues("Meta, formerly known as Facebook, said it had removed the post."),
        ["said"]
    );
    assert_eq!(
        cues("In a post on X, formerly known as Twitter, Garrison said the border was open."),
        ["said"]
    );
    assert_eq!(
        cues("A group known as Patriots for Truth said the video was authentic."),
        ["said"]
    );
}

#[test]
fn a_trailing_participle_speaks_for_the_whole_subject_of_the_verb_before_it() {
    assert_eq!(
        source_of_cue(
            "Jane Roe, the council's treasurer, objected, saying the plan was rushed.",
            "saying"
        ),
        Some("Jane Roe, the council's treasurer")
    );
    assert_eq!(
        source_of_cue(
            "Moody's downgraded the country's credit rating on Friday, citing rising debt.",
            "citing"
        ),
        Some("Moody's")
    );
    // An adverb before the verb is no part of the speaker.
    assert_eq!(
        source_of_cue(
            "She also criticized both candidates, saying they were part of the system.",
            "saying"
        ),
        Some("She")
    );
}

#[test]
fn quoted_fragments_joined_before_an_inverted_cue_are_one_claim() {
    assert_attribution(
        "She “has not made any decision” and will “not be rushed,” spokesman Eli Brand said.",
        "said",
        Some("spokesman Eli Brand"),
        &["She “has not made any decision” and will “not be rushed,”"],
        AttributionKind::Mixed,
    );
}

#[test]
fn a_subject_with_its_own_verb_past_a_relative_aside_is_no_speaker_of_a_later_said() {
    assert_attribution(
        "The quote, which circulated widely, does not appear in any of his speeches, said Gerald Penhallow, a researcher.",
        "said",
        Some("Gerald Penhallow, a researcher"),
        &["The quote, which circulated widely, does not appear in any of his speeches"],
        AttributionKind::Indirect,
    );
    // A "whose" clause holds a verb of its own; the subject still speaks.
    assert_eq!(
        source_of_cue(
            "Mr. Slinker, whose start-up, Paradata, uses big data, said Mr. Trump was a start-up kind of guy.",
            "said"
        ),
        Some("Mr. Slinker")
    );
}

#[test]
fn an_amount_compared_with_what_was_expected_is_the_claim_not_the_sentence() {
    assert_attribution(
        "Deficits would add up to $1.5 trillion, more than the budget office had predicted.",
        "had predicted",
        Some("the budget office"),
        &["more than"],
        AttributionKind::Indirect,
    );
    // The report that holds the comparison keeps its claim.
    assert_eq!(
        cues("The jobs report showed that employers added 142,000 jobs in August, fewer than the 165,000 economists had expected."),
        ["showed"]
    );
}

#[test]
fn asked_after_an_apposition_is_the_sentence_verb_when_a_participle_follows() {
    let text = "Mr. Bell, a lawyer for the senator, asked the court to delay the trial, arguing that he needed more time.";
    assert_eq!(cues(text), ["asked", "arguing"]);
    assert_eq!(
        source_of_cue(text, "asked"),
        Some("Mr. Bell, a lawyer for the senator")
    );
    // A question put in an aside before the answering verb is still its setting.
    assert_eq!(
        cues("The ambassador, asked about the remarks, said they were fine."),
        ["said"]
    );
}

#[test]
fn a_quantifier_floated_after_the_auxiliary_belongs_to_the_cue() {
    assert_attribution(
        "The lawmakers have all said they will cooperate with the inquiry.",
        "have all said",
        Some("The lawmakers"),
        &["they will cooperate with the inquiry"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_restrictive_relative_after_according_to_is_the_sources() {
    assert_eq!(
        source_of_cue(
            "According to a lawyer who represents one of the witnesses, the subpoenas were issued last week.",
            "According to"
        ),
        Some("a lawyer who represents one of the witnesses")
    );
    assert_eq!(
        source_of_cue(
            "According to cables that were later released by WikiLeaks, the aides met weekly.",
            "According to"
        ),
        Some("cables that were later released by WikiLeaks")
    );
}

#[test]
fn the_writer_told_is_no_source() {
    assert_eq!(
        source_of_cue(
            "We're told the speaker has already begun calling members.",
            "told"
        ),
        None
    );
    assert_eq!(
        source_of_cue("I am told the governor will not attend.", "told"),
        None
    );
    assert_eq!(
        source_of_cue("I’m told by two aides that the vote could slip.", "told"),
        Some("two aides")
    );
}

#[test]
fn the_people_of_a_name_after_it_are_part_of_the_subject() {
    assert_attribution(
        "Castellanos aides were quick to note that Voss had skipped three forums.",
        "were quick to note",
        Some("Castellanos aides"),
        &["that Voss had skipped three forums"],
        AttributionKind::Indirect,
    );
}

#[test]
fn the_one_who_first_reported_it_follows_by() {
    assert_eq!(
        source_of_cue(
            "The plan, first reported by Axios, would cap insulin at $35.",
            "first reported"
        ),
        Some("Axios")
    );
}

#[test]
fn the_one_who_asks_an_opening_question_is_no_subject_of_a_later_verb() {
    assert_eq!(
        source_of_cue(
            "Asked by the judge if he had anything to say, Mr. Rivera stood and addressed the court.",
            "addressed"
        ),
        Some("Mr. Rivera")
    );
}

#[test]
fn what_a_speaker_is_expected_to_say_is_one_cue_with_the_expectation() {
    assert_attribution(
        "Pruett is expected to tell members that the bill will come to the floor Thursday.",
        "is expected to tell",
        Some("Pruett"),
        &["that the bill will come to the floor Thursday"],
        AttributionKind::Indirect,
    );
    // An expectation of no speech has no speaker.
    assert_eq!(
        source_of_cue("The vote is expected to close early.", "is expected"),
        None
    );
}

#[test]
fn a_name_and_a_phrase_of_setting_before_a_colon_introduce_a_quotation() {
    assert_attribution(
        "Pruett, on the floor Tuesday: “We will stay here through the weekend if we have to.”",
        "on the floor Tuesday:",
        Some("Pruett"),
        &["We will stay here through the weekend if we have to."],
        AttributionKind::Direct,
    );
    assert_eq!(
        source_of_cue(
            "Sen. Marla Quint (D-Ore.), in a floor speech: “History is watching us.”",
            "in a floor speech"
        ),
        Some("Sen. Marla Quint (D-Ore.)")
    );
    // A clause before the colon is no label.
    assert!(cues("Pruett, on the floor, was blunt: “No.”")
        .iter()
        .all(|c| !c.starts_with("on the floor")));
}

#[test]
fn a_possessive_label_before_a_colon_keeps_its_s_with_the_name() {
    assert_attribution(
        "Voss's answer: “I'll debate him anywhere.”",
        "answer:",
        Some("Voss's"),
        &["I'll debate him anywhere."],
        AttributionKind::Direct,
    );
}

#[test]
fn a_call_to_congratulate_or_concede_reports_nothing() {
    assert!(cues("The president called Castellanos to congratulate her.").is_empty());
    assert!(cues("Voss calls Castellanos to concede.").is_empty());
    assert_eq!(cues("The mayor called Trump a liar."), ["called"]);
}

#[test]
fn when_a_whole_quoted_sentence_was_said_is_no_part_of_it() {
    assert_eq!(
        content_of_cue(
            "The defendant shouted “This is a sham!” as marshals led him from the courtroom.",
            "shouted"
        ),
        ["This is a sham!"]
    );
}

#[test]
fn nouns_of_finding_and_arguing_report_with_their_that_clause() {
    assert_attribution(
        "Comey's conclusion that her actions were careless angered her aides.",
        "conclusion",
        Some("Comey's"),
        &["that her actions were careless"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "The judge's finding that the officers had lied could affect other cases.",
            "finding"
        ),
        ["that the officers had lied"]
    );
    // Without a that-clause they report nothing.
    assert!(cues("The conclusion of the hearing came late.").is_empty());
    assert!(cues("Her argument was weak.").is_empty());
}

#[test]
fn an_including_aside_may_name_people_with_abbreviated_titles() {
    assert_eq!(
        source_of_cue(
            "Critics, including Sen. Porter, said the plan would fail.",
            "said"
        ),
        Some("Critics, including Sen. Porter")
    );
}

#[test]
fn a_participle_between_a_possessive_preposition_or_verb_and_a_noun_is_no_cue() {
    assert!(cues("Voters heard Dunmore's repeated promises about the pier.").is_empty());
    assert!(cues("The clinic came under repeated attack from protesters.").is_empty());
    // The verb still reports before its own object or clause.
    assert_eq!(
        content_of_cue("She repeated that the levy was fair.", "repeated"),
        ["that the levy was fair"]
    );
}

#[test]
fn the_one_who_claims_may_follow_a_noun_of_saying_before_its_clause() {
    assert_attribution(
        "The council voted despite warnings from its auditor that the fund was short.",
        "warnings",
        Some("its auditor"),
        &["that the fund was short"],
        AttributionKind::Indirect,
    );
    assert!(cues("The letter drew warnings from the start of the session.").is_empty());
}

#[test]
fn one_who_dodges_questions_is_their_speaker_not_part_of_the_cue() {
    assert_eq!(
        source_of_cue(
            "Mayor Quint sidestepped questions about the audit.",
            "questions about"
        ),
        Some("Mayor Quint")
    );
    assert_eq!(
        source_of_cue(
            "The governor has dodged repeated questions about the audit.",
            "questions about"
        ),
        Some("The governor")
    );
}

#[test]
fn a_quotation_in_the_subjects_relative_clause_is_not_the_main_verbs_claim() {
    // A bare plural opens the main verb's own clause.
    assert_eq!(
        content_of_cue(
            "Dunmore, who called the fire \"a tragedy,\" said crews are still searching.",
            "said"
        ),
        ["crews are still searching"]
    );
    assert_eq!(
        source_of_cue(
            "Dunmore, who called the fire \"a tragedy,\" said crews are still searching.",
            "said"
        ),
        Some("Dunmore")
    );
    // A verb straight after the quotation is the subject's, and says nothing of it.
    assert_eq!(
        cues("Hale, who has called the levy \"a tax on renters,\" is expected to testify soon."),
        ["has called"]
    );
}

#[test]
fn a_few_words_of_when_or_how_after_a_cue_are_no_claim() {
    assert!(cues("The mayor fired back almost immediately.").is_empty());
    assert_eq!(
        cues("The mayor fired back hours later, accusing Hale of lying."),
        ["accusing"]
    );
    // A quotation after the comma is what was said.
    assert!(
        content_of_cue("Hale replied evenly, \"We will see.\"", "replied")[0]
            .ends_with("\"We will see.\"")
    );
}

#[test]
fn people_told_at_the_end_of_an_inverted_report_are_no_claim() {
    assert_attribution(
        "The levy will stay, Quint told lawmakers.",
        "told",
        Some("Quint"),
        &["The levy will stay"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        content_of_cue(
            "Rents will rise again, Quint told landlords at a forum in Ames.",
            "told"
        ),
        ["Rents will rise again"]
    );
}

#[test]
fn a_part_of_the_day_after_a_bracketed_party_is_no_part_of_the_speaker() {
    assert_eq!(
        source_of_cue(
            "Sen. Ann Dole (R-Kan.) on Monday night said the levy was dead.",
            "said"
        ),
        Some("Sen. Ann Dole (R-Kan.)")
    );
    // A participle keeps its time: "filed on Sunday night" says which filing.
    assert_eq!(
        source_of_cue(
            "Papers filed on Sunday night revealed that the fund was short.",
            "revealed"
        ),
        Some("Papers filed on Sunday night")
    );
}

#[test]
fn a_plural_noun_after_an_opening_capitalised_word_belongs_to_the_speaker() {
    assert_eq!(
        source_of_cue(
            "Many farmers were quick to point out that the rain came late.",
            "were quick to point out"
        ),
        Some("Many farmers")
    );
    assert_eq!(
        source_of_cue(
            "Legal scholars rushed to dispute the ruling.",
            "rushed to dispute"
        ),
        Some("Legal scholars")
    );
}

#[test]
fn a_quantifier_after_an_aside_keeps_the_whole_subject() {
    assert_eq!(
        source_of_cue(
            "Quint and Hale, who seldom agree, both said the levy was fair.",
            "said"
        ),
        Some("Quint and Hale, who seldom agree, both")
    );
}

#[test]
fn a_text_sent_to_someone_is_the_speaker_not_the_one_it_was_sent_to() {
    assert_eq!(
        source_of_cue(
            "A memo sent to council members said the vote would slip.",
            "said"
        ),
        Some("A memo sent to council members")
    );
}

#[test]
fn according_to_a_role_then_its_name_between_commas_names_one_source() {
    assert_attribution(
        "According to a spokesman for the port, Ian Dale, the ferry will run.",
        "According to",
        Some("a spokesman for the port, Ian Dale"),
        &["the ferry will run"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue(
            "According to the study's author, economist Rosa Lind, rents will rise.",
            "According to"
        ),
        Some("the study's author, economist Rosa Lind")
    );
}

#[test]
fn a_call_of_some_kind_after_a_determiner_is_a_noun() {
    assert_eq!(
        cues("An aide told reporters on a briefing call that the vote would slip."),
        ["told"]
    );
}

#[test]
fn a_medium_between_the_cue_and_its_quotation_is_no_part_of_the_claim() {
    assert_attribution(
        "Dunmore wrote in a post on X, \"The ferry stays.\"",
        "wrote",
        Some("Dunmore"),
        &["The ferry stays."],
        AttributionKind::Direct,
    );
    assert_eq!(
        content_of_cue("Hale wrote on X, \"Proud of this town.\"", "wrote"),
        ["Proud of this town."]
    );
    assert_eq!(
        content_of_cue(
            "Hale said in a video posted to X on Sunday: \"I am staying.\"",
            "said"
        ),
        ["I am staying."]
    );
}

#[test]
fn the_who_in_capitals_is_the_health_agency_not_a_relative_pronoun() {
    assert_eq!(
        source_of_cue("The WHO warned on Monday that cases were rising.", "warned"),
        Some("The WHO")
    );
    assert_eq!(
        source_of_cue("WHO officials said the risk was low.", "said"),
        Some("WHO officials")
    );
}

#[test]
fn a_thing_found_somewhere_in_the_passive_is_no_finding() {
    assert!(cues("The knife was found in a drain behind the depot.").is_empty());
    assert!(cues("The full survey can be found here.").is_empty());
    // A finding reported in the passive still is one.
    assert_eq!(
        content_of_cue("It was found that the board had erred.", "was found"),
        ["that the board had erred"]
    );
}

#[test]
fn testimony_given_somewhere_with_nothing_said_is_no_report() {
    assert!(cues("Hale testified before the ethics panel on Tuesday.").is_empty());
    assert_eq!(
        content_of_cue(
            "Hale testified before the panel that she had signed nothing.",
            "testified"
        ),
        ["that she had signed nothing"]
    );
}

#[test]
fn a_semicolon_then_a_speaker_of_its_own_ends_the_claim() {
    assert_eq!(
        content_of_cue(
            "Dunmore argued that the levy was unfair; Hale countered that it was overdue.",
            "argued"
        ),
        ["that the levy was unfair"]
    );
    assert_eq!(
        source_of_cue(
            "Dunmore argued that the levy was unfair; Hale countered that it was overdue.",
            "countered"
        ),
        Some("Hale")
    );
    // Without a new speaker the clause goes on.
    assert_eq!(
        content_of_cue("Hale said the levy was fair; it was also overdue.", "said"),
        ["the levy was fair; it was also overdue"]
    );
}

#[test]
fn calling_into_a_radio_show_is_no_report() {
    assert!(cues("She called into a local radio show on Friday.").is_empty());
}

#[test]
fn a_claim_in_a_relative_clause_set_off_by_commas_ends_at_its_comma() {
    assert_eq!(
        content_of_cue(
            "The toll, which drivers say covers little, rises to $9 in May.",
            "say"
        ),
        ["which", "covers little"]
    );
}

#[test]
fn any_verb_in_the_past_signs_a_quotation_that_closes_on_a_comma() {
    assert_attribution(
        "\"Stay tuned for Friday,\" the mayor teased.",
        "teased",
        Some("the mayor"),
        &["Stay tuned for Friday,"],
        AttributionKind::Direct,
    );
    assert_eq!(
        source_of_cue("\"Is the ferry safe?\" Dunmore pressed.", "pressed"),
        Some("Dunmore")
    );
    assert_eq!(
        source_of_cue("\"They are clowns,\" raged Dunmore.", "raged"),
        Some("Dunmore")
    );
    // Words after the verb make it the sentence's own: no signature.
    assert!(!cues("\"Home,\" Dunmore painted the fence.").contains(&"painted"));
}

#[test]
fn her_after_a_preposition_is_an_object_inside_the_speaker() {
    assert_attribution(
        "A source close to her said the deal was off.",
        "said",
        Some("A source close to her"),
        &["the deal was off"],
        AttributionKind::Indirect,
    );
    assert_eq!(
        source_of_cue("An aide to her tells reporters that she is tired.", "tells"),
        Some("An aide to her")
    );
}

#[test]
fn so_far_between_the_speaker_and_the_verb_is_no_part_of_the_speaker() {
    assert_eq!(
        source_of_cue("The council has so far declined to comment.", "declined"),
        Some("The council")
    );
}

#[test]
fn one_who_took_to_a_platform_to_speak_is_the_speaker() {
    assert_eq!(
        source_of_cue(
            "Dunmore took to Truth Social to claim that the count was wrong.",
            "to claim"
        ),
        Some("Dunmore")
    );
}

#[test]
fn a_short_quoted_name_inside_the_speaker_is_part_of_it() {
    assert_eq!(
        source_of_cue(
            "A spokesman for the \"Save the Pier\" campaign said the vote was close.",
            "said"
        ),
        Some("A spokesman for the \"Save the Pier\" campaign")
    );
    assert_eq!(
        source_of_cue(
            "Dunmore, the self-described \"ferry mayor\" of the town, said the pier would stay.",
            "said"
        ),
        Some("Dunmore, the self-described \"ferry mayor\" of the town")
    );
    // A quoted phrase inside a reported clause is no part of a speaker after it.
    assert_eq!(
        content_of_cue(
            "Hale said that the flyer \"plainly and falsely\" suggests that the police back him.",
            "said"
        ),
        ["that the flyer \"plainly and falsely\" suggests that the police back him"]
    );
}

#[test]
fn an_as_aside_after_a_report_agrees_with_it_and_both_stand() {
    let text = "Hale said the pier would reopen, as the council had also predicted.";
    assert_eq!(content_of_cue(text, "said"), ["the pier would reopen"]);
    assert_eq!(
        content_of_cue(text, "had also predicted"),
        ["the pier would reopen"]
    );
    assert_eq!(source_of_cue(text, "said"), Some("Hale"));
}

#[test]
fn a_day_inside_a_name_is_no_time_phrase() {
    assert_eq!(
        source_of_cue(
            "The Sunday Ledger reported that the pier was sold.",
            "reported"
        ),
        Some("The Sunday Ledger")
    );
    assert_eq!(
        source_of_cue("The council on Tuesday said the pier was sold.", "said"),
        Some("The council")
    );
}

#[test]
fn a_report_aside_leaves_the_sentences_own_cue_its_claim() {
    let text = "The memo, first reported by the Ledger, warned that the pier would close.";
    assert_eq!(
        content_of_cue(text, "warned"),
        ["that the pier would close"]
    );
    assert_eq!(content_of_cue(text, "first reported"), ["The memo"]);
    assert_eq!(source_of_cue(text, "first reported"), Some("the Ledger"));
}

#[test]
fn a_question_asked_on_a_programme_named_by_its_quoted_title_is_the_claim() {
    assert_attribution(
        "\"Will you run again?\" Garza asked Hale on \"Morning Ferry.\"",
        "asked",
        Some("Garza"),
        &["Will you run again?"],
        AttributionKind::Direct,
    );
}

#[test]
fn people_told_then_a_place_aboard_or_in_are_no_part_of_the_claim() {
    assert_eq!(
        content_of_cue(
            "The governor told pool reporters aboard Air Force One that she would sign.",
            "told"
        ),
        ["that she would sign"]
    );
}

#[test]
fn a_verb_in_the_past_before_a_comma_and_a_closing_quotation_is_a_cue() {
    assert_attribution(
        "Dunmore interjected, \"That is false.\"",
        "interjected",
        Some("Dunmore"),
        &["That is false."],
        AttributionKind::Direct,
    );
    assert_eq!(
        content_of_cue("Hale snapped, \"Next question.\"", "snapped"),
        ["Next question."]
    );
    // Words after the quotation make it no signature.
    assert!(cues("Dunmore painted, \"Home\" on the fence.").is_empty());
}

#[test]
fn police_ranks_and_place_abbreviations_are_part_of_a_name() {
    assert_eq!(
        source_of_cue(
            "The driver fled, said Cpl. Ana Ruiz, a spokeswoman for the state police.",
            "said"
        ),
        Some("Cpl. Ana Ruiz, a spokeswoman for the state police")
    );
    assert_eq!(
        source_of_cue("Tpr. Ben Fisk said the road was closed.", "said"),
        Some("Tpr. Ben Fisk")
    );
    assert_eq!(
        source_of_cue(
            "Mt. Ida police Chief Lee Cole said the road was closed.",
            "said"
        ),
        Some("Mt. Ida police Chief Lee Cole")
    );
}

#[test]
fn of_and_an_institution_after_a_name_says_where_the_speaker_works() {
    assert_attribution(
        "The pier will close, said Ana Ruiz of the city council.",
        "said",
        Some("Ana Ruiz of the city council"),
        &["The pier will close"],
        AttributionKind::Indirect,
    );
    // What the speaker spoke of is no part of the speaker.
    assert_eq!(
        source_of_cue(
            "\"It was a mess,\" said Ortiz of the town's response.",
            "said"
        ),
        Some("Ortiz")
    );
}

#[test]
fn a_platform_between_the_speaker_and_the_verb_is_no_part_of_the_speaker() {
    assert_eq!(
        source_of_cue(
            "The mayor on Instagram wrote that the pier would stay.",
            "wrote"
        ),
        Some("The mayor")
    );
    // A name that holds "on" keeps it.
    assert_eq!(
        source_of_cue("The Committee on Harbors said the pier would stay.", "said"),
        Some("The Committee on Harbors")
    );
}

#[test]
fn a_participle_after_a_possessive_describes_the_noun_after_it() {
    assert!(
        !cues("Voters heard Hale's repeated accusations and harsh words about the pier.")
            .contains(&"repeated")
    );
    // "'s" for "has" keeps the verb.
    assert_eq!(
        content_of_cue("He's predicted big wins in the spring.", "'s predicted"),
        ["big wins in the spring"]
    );
}

#[test]
fn a_station_named_by_its_channel_number_is_one_told() {
    assert_eq!(
        content_of_cue(
            "Her brother told 9 Action News she had left on Friday.",
            "told"
        ),
        ["she had left on Friday"]
    );
    assert_eq!(
        content_of_cue("A deputy told 11Alive the road was closed.", "told"),
        ["the road was closed"]
    );
}

#[test]
fn a_translators_note_after_the_cue_is_no_part_of_the_claim() {
    assert_eq!(
        content_of_cue(
            "Gagnon said (translated) that the port would stay open.",
            "said"
        ),
        ["that the port would stay open"]
    );
}

#[test]
fn a_cue_right_before_the_next_quotation_introduces_it_itself() {
    let text = "\"It is done,\" Hale said of the vote, adding, \"We tried.\"";
    assert_eq!(content_of_cue(text, "said"), ["It is done,"]);
    assert_eq!(content_of_cue(text, "adding"), ["We tried."]);
}

#[test]
fn a_writing_that_states_reports_before_a_quotation_or_after_its_claim() {
    let text = "\"The city acted within its rights,\" the filing states.";
    assert_eq!(source_of_cue(text, "states"), Some("the filing"));
    assert_eq!(
        content_of_cue(text, "states"),
        ["The city acted within its rights,"]
    );
    let text = "The memo states: \"No one may park here.\"";
    assert_eq!(source_of_cue(text, "states"), Some("The memo"));
    // A subject of no determiner before "will" opens the clause too.
    assert_eq!(
        content_of_cue(
            "The ruling states that tenants will keep their homes.",
            "states"
        ),
        ["that tenants will keep their homes"]
    );
    // The states of a country report nothing.
    assert_no_cues("The plan covers all fifty states.");
}

#[test]
fn a_relative_pronoun_that_did_not_respond_claims_nothing_before_it() {
    assert_no_cues("The clinic referred questions to the county, which did not respond.");
}

#[test]
fn after_nor_and_its_auxiliary_the_subject_runs_to_the_cue() {
    assert_eq!(
        source_of_cue("Nor did the county say how many homes were lost.", "say"),
        Some("the county")
    );
    assert_eq!(
        source_of_cue(
            "Neither would the mayor's office say when the pool reopens.",
            "say"
        ),
        Some("the mayor's office")
    );
}

#[test]
fn the_one_told_after_to_may_end_an_inverted_report() {
    let text = "The ferry will stop running in May, a spokeswoman confirmed to The Courier.";
    assert_eq!(source_of_cue(text, "confirmed"), Some("a spokeswoman"));
    assert_eq!(
        content_of_cue(text, "confirmed"),
        ["The ferry will stop running in May"]
    );
    assert_eq!(
        content_of_cue(
            "The mill is for sale, the owner explained to reporters on Monday.",
            "explained"
        ),
        ["The mill is for sale"]
    );
}

#[test]
fn an_occasion_or_a_letters_address_before_that_is_no_part_of_the_claim() {
    assert_eq!(
        content_of_cue(
            "The coach told reporters as she left the arena that the team would rest.",
            "told"
        ),
        ["that the team would rest"]
    );
    assert_eq!(
        content_of_cue(
            "The mayor said when asked about the audit that it was old news.",
            "said"
        ),
        ["that it was old news"]
    );
    assert_eq!(
        content_of_cue(
            "The principal warned in a letter to families that classes would start late.",
            "warned"
        ),
        ["that classes would start late"]
    );
}

#[test]
fn an_anonymity_aside_with_a_clause_of_its_own_keeps_the_speaker_before_it() {
    let text = "A county official, speaking on condition of anonymity because the talks were \
                private, said Harlow had walked away.";
    assert_eq!(source_of_cue(text, "said"), Some("A county official"));
    assert_eq!(content_of_cue(text, "said"), ["Harlow had walked away"]);
}

#[test]
fn a_writing_described_by_a_participle_speaks_whole() {
    assert_eq!(
        source_of_cue(
            "A letter signed by 30 teachers said the plan was rushed.",
            "said"
        ),
        Some("A letter signed by 30 teachers")
    );
    assert_eq!(
        source_of_cue(
            "A statement issued after the hearing said the board would appeal.",
            "said"
        ),
        Some("A statement issued after the hearing")
    );
}

#[test]
fn a_noun_of_saying_in_an_opening_amid_phrase_claims_up_to_its_comma() {
    let text = "Amid reports that the dam had cracked, the town closed its schools.";
    assert_eq!(
        content_of_cue(text, "reports"),
        ["that the dam had cracked"]
    );
    let text = "Amid mounting fears that the dam would fail, the town closed its schools.";
    assert_eq!(
        content_of_cue(text, "mounting fears"),
        ["that the dam would fail"]
    );
    assert_eq!(source_of_cue(text, "mounting fears"), None);
}

#[test]
fn first_or_previously_reported_by_names_who_reported() {
    let text = "As first reported by The Ledger, the plant will close in June.";
    assert_eq!(
        source_of_cue(text, "As first reported by"),
        Some("The Ledger")
    );
    assert_eq!(
        content_of_cue(text, "As first reported by"),
        ["the plant will close in June"]
    );
    let text = "The plant will close in June, as previously reported by The Ledger.";
    assert_eq!(
        content_of_cue(text, "as previously reported by"),
        ["The plant will close in June"]
    );
}

#[test]
fn an_infinitive_after_a_setting_is_the_claim_of_a_verb_that_takes_one() {
    assert_eq!(
        content_of_cue("The governor vowed on Tuesday to veto the bill.", "vowed"),
        ["to veto the bill"]
    );
    assert_eq!(
        content_of_cue(
            "The senator threatened on Channel 5 to block the budget.",
            "threatened"
        ),
        ["to block the budget"]
    );
    assert_eq!(
        content_of_cue(
            "The mayor promised in a speech in Dayton to fix the roads.",
            "promised"
        ),
        ["to fix the roads"]
    );
    // What was agreed on is no setting.
    assert_eq!(
        content_of_cue(
            "The two sides agreed on a duty to protect the river.",
            "agreed"
        ),
        ["a duty to protect the river"]
    );
}

#[test]
fn a_colon_ending_a_paragraph_introduces_a_quotation_over_several_paragraphs() {
    let text = "The coach went on:\n\n“We did not play well.\n\n“We will be better next week.”\n\nThe team flies home on Sunday.";
    let content = content_of_cue(text, "went on");
    assert_eq!(content.len(), 2, "{content:?}");
    assert!(content[1].contains("better next week"), "{content:?}");
    let text = "The note reads, in part:\n\n“Thank you for the flowers.\n\n“We will miss you.”";
    let content = content_of_cue(text, "reads");
    assert_eq!(content.len(), 2, "{content:?}");
}

#[test]
fn went_on_after_a_quotation_frames_it() {
    let text = "“It was a long night,” she went on.";
    assert_eq!(source_of_cue(text, "went on"), Some("she"));
    assert_eq!(content_of_cue(text, "went on"), ["It was a long night,"]);
    assert_no_cues("The club went on to win the cup.");
}

#[test]
fn where_and_to_whom_it_was_said_after_a_comma_ends_the_claim() {
    assert_eq!(
        content_of_cue(
            "Orlov said the border would stay shut, in comments carried by a state agency.",
            "said"
        ),
        ["the border would stay shut"]
    );
    assert_eq!(
        content_of_cue(
            "Aydin said the vote would wait, speaking to reporters on his plane.",
            "said"
        ),
        ["the vote would wait"]
    );
}

#[test]
fn a_passive_by_a_deadline_names_no_agent_and_an_expletive_it_reports_its_that_clause() {
    let text = "It was reported by local radio that the bridge had reopened.";
    assert_eq!(source_of_cue(text, "was reported"), Some("local radio"));
    assert_eq!(
        content_of_cue(text, "was reported"),
        ["that the bridge had reopened"]
    );
    assert!(!sources("A ruling is expected by the end of June.")
        .iter()
        .any(|s| s.contains("June")));
    assert!(!sources("The vote is expected by Friday.")
        .iter()
        .any(|s| s.contains("Friday")));
}

#[test]
fn a_brigadier_generals_title_stays_with_the_name() {
    assert_eq!(
        source_of_cue(
            "Army spokesman Brig. Gen. Ada Moss said the drills would end.",
            "said"
        ),
        Some("Army spokesman Brig. Gen. Ada Moss")
    );
}

#[test]
fn a_participles_aside_inside_a_claim_leaves_the_subjects_verb_in_it() {
    assert_eq!(
        content_of_cue(
            "Ortiz said the emails, obtained through a records request, showed a pattern.",
            "said"
        ),
        ["the emails, obtained through a records request, showed a pattern"]
    );
}

#[test]
fn after_an_opening_phrase_according_to_names_only_up_to_its_comma() {
    let text = "In a meeting on Friday, according to two aides, the budget chief, Mia Roth, \
                warned him that the fund was empty.";
    assert_eq!(source_of_cue(text, "according to"), Some("two aides"));
    // An apposition that describes the source stays with it.
    let text = "At the heart of the dispute, according to Ann Vo, a former envoy, was a vote.";
    assert_eq!(
        source_of_cue(text, "according to"),
        Some("Ann Vo, a former envoy")
    );
}

#[test]
fn a_listed_subject_of_plural_nouns_or_names_after_the_is_one_source() {
    assert_eq!(
        source_of_cue(
            "Farmers, grocers and food banks have warned that prices will rise.",
            "have warned"
        ),
        Some("Farmers, grocers and food banks")
    );
    assert_eq!(
        source_of_cue(
            "The Sierra Club, the Audubon Society and the Nature Fund said the rule was weak.",
            "said"
        ),
        Some("The Sierra Club, the Audubon Society and the Nature Fund")
    );
    // A setting before the list stays out of it.
    assert_eq!(
        source_of_cue("In Ohio, Brown and Lee said no.", "said"),
        Some("Brown and Lee")
    );
}

#[test]
fn a_quoted_title_after_a_work_named_after_the_cue_is_no_rest_of_the_quotation() {
    let text = "“I was lost for a year,” Hart writes in her new memoir, “Second Wind.”";
    assert_eq!(content_of_cue(text, "writes"), ["I was lost for a year,"]);
    let text = "“We are done,” Cole said on his podcast, “Late Shift,” of the feud.";
    assert_eq!(content_of_cue(text, "said"), ["We are done,"]);
    // In an interview the rest of the quotation goes on.
    let text = "“Frankly,” the senator said in an interview, “I Do Not Care.”";
    assert_eq!(content_of_cue(text, "said").len(), 2);
}

#[test]
fn a_relative_clause_in_an_opening_phrase_claims_up_to_its_comma() {
    let text = "Unlike her rival, who has said the tax must go, Vega has been open to it.";
    assert_eq!(content_of_cue(text, "has said"), ["the tax must go"]);
    let text =
        "Like the mayor, who has said the city cannot pay, many council members remain wary.";
    assert_eq!(content_of_cue(text, "has said"), ["the city cannot pay"]);
}

#[test]
fn a_clause_joined_after_a_quoted_fragment_is_the_writers() {
    let text = "Rossi said the plan was “a shambles,” and she vowed to stop it.";
    assert_eq!(content_of_cue(text, "said"), ["the plan was “a shambles,”"]);
    assert_eq!(content_of_cue(text, "vowed"), ["to stop it"]);
    let text = "He said the vote showed that “the town can still agree,” and he thanked the clerk.";
    assert_eq!(source_of_cue(text, "said"), Some("He"));
}

#[test]
fn a_participle_after_an_aside_that_reports_is_the_claims_own() {
    let text = "The deal, union leaders said, includes raises agreed last year.";
    assert_eq!(source_of_cue(text, "said"), Some("union leaders"));
    assert_eq!(
        content_of_cue(text, "said"),
        ["The deal", "includes raises agreed last year"]
    );
}

#[test]
fn projects_reports_as_a_verb_and_not_as_a_noun() {
    assert_eq!(
        content_of_cue(
            "The agency projects that the fund will run dry by 2040.",
            "projects"
        ),
        ["that the fund will run dry by 2040"]
    );
    let text = "Enrollment will fall by a million, the CBO projects.";
    assert_eq!(source_of_cue(text, "projects"), Some("the CBO"));
    assert_no_cues("The housing projects that were built in 1960 stand empty.");
    assert_no_cues("The city has three projects.");
}

#[test]
fn people_told_through_a_possessive_and_a_day_come_before_the_claim() {
    let text = "The premier told the state's mayors on Monday that the levy would go.";
    assert_eq!(source_of_cue(text, "told"), Some("The premier"));
    assert_eq!(content_of_cue(text, "told"), ["that the levy would go"]);
}

#[test]
fn a_timetable_is_no_report() {
    assert_no_cues("The council vote is scheduled to take place on Friday.");
    assert_no_cues("The ferry service was scheduled for a May launch.");
}

#[test]
fn a_body_reports_a_clause_after_a_day_without_that() {
    let text = "The airline announced on Monday it would close two depots.";
    assert_eq!(source_of_cue(text, "announced"), Some("The airline"));
    assert_eq!(
        content_of_cue(text, "announced"),
        ["it would close two depots"]
    );
    let text = "The council warned on Tuesday bin collections would be late.";
    assert_eq!(
        content_of_cue(text, "warned"),
        ["bin collections would be late"]
    );
    let text = "The retailer warned in its trading update margins would shrink.";
    assert_eq!(content_of_cue(text, "warned"), ["margins would shrink"]);
    // A participle and its setting before the sentence's own verb still describe the noun.
    let text = "A video posted on Monday shows the flooded square.";
    assert_eq!(
        source_of_cue(text, "shows"),
        Some("A video posted on Monday")
    );
}

#[test]
fn abbreviations_of_british_irish_and_indian_papers_stay_inside_the_sentence() {
    let text = "Police said the trader took Rs. 4 crore from savers.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["the trader took Rs. 4 crore from savers"]
    );
    let text = "“She never missed a Sunday,” said Fr. Liam Dunne. “We will miss her.”";
    assert_eq!(source_of_cue(text, "said"), Some("Fr. Liam Dunne"));
    let text = "The depot’s owner, Kestrel Pty. Ltd., said it would appeal.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("The depot’s owner, Kestrel Pty. Ltd.")
    );
    let text = "The Rt. Hon. member for Ashby said the bill was flawed.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("The Rt. Hon. member for Ashby")
    );
    let text = "A spokesman for No. 10 said the talks were going well.";
    assert_eq!(source_of_cue(text, "said"), Some("A spokesman for No. 10"));
    let text = "Senior advocate R.K. Menon argued that the order was void.";
    assert_eq!(
        source_of_cue(text, "argued"),
        Some("Senior advocate R.K. Menon")
    );
    let text = "“The arrest was unlawful,” counsel A.M. Nair told the court.";
    assert_eq!(source_of_cue(text, "told"), Some("counsel A.M. Nair"));
    // A clock time still ends its sentence before a new one.
    let text = "The polls closed at 10 p.m. Officials said turnout was high.";
    assert_eq!(source_of_cue(text, "said"), Some("Officials"));
}

#[test]
fn an_opening_participle_phrase_sets_the_scene_of_a_quotation() {
    let text = "Speaking afterwards, Nora Quill said: “We won the argument.”";
    assert_eq!(content_of_cue(text, "said"), ["We won the argument."]);
    let text = "Sentencing him, Judge Alan Pryce said: “You preyed on the lonely.”";
    assert_eq!(content_of_cue(text, "said"), ["You preyed on the lonely."]);
    let text = "Afterwards, Dev Anand said: “We will deliver.”";
    assert_eq!(content_of_cue(text, "said"), ["We will deliver."]);
}

#[test]
fn what_a_speaker_responds_to_is_no_claim() {
    let text =
        "Responding to the allegations, a spokesman for the club said the claims were false.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(
        source_of_cue(text, "said"),
        Some("a spokesman for the club")
    );
    assert_eq!(
        cues("Passing sentence, the judge said the attack was “wicked”."),
        ["said"]
    );
    assert_eq!(
        cues("Answering a question, the minister said the talks would resume."),
        ["said"]
    );
}

#[test]
fn the_writers_setting_after_a_comma_ends_the_claim() {
    fn said(text: &str) -> Vec<&str> {
        content_of_cue(text, "said")
    }
    assert_eq!(
        said("The mayor said rents were stable, even as evictions hit a record."),
        ["rents were stable"]
    );
    assert_eq!(
        said("The army said the raid killed nine fighters, figures that could not be verified."),
        ["the raid killed nine fighters"]
    );
    assert_eq!(
        said("The ministry said the talks would resume, hours after shelling hit the port."),
        ["the talks would resume"]
    );
    assert_eq!(
        said("The board said fees would rise, in a sign that the fund was running low."),
        ["fees would rise"]
    );
    assert_eq!(
        said("Ms Lyle said she would stand down — a decision that stunned her party."),
        ["she would stand down"]
    );
    assert_eq!(
        said("The chancellor said growth would return, speaking during a visit to Derby."),
        ["growth would return"]
    );
    // "even as" before a role goes on inside the claim.
    assert_eq!(
        said("Biden said that Ruiz, even as a senator, had run the office well."),
        ["that Ruiz, even as a senator, had run the office well"]
    );
}

#[test]
fn a_name_holding_to_is_one_speaker() {
    let text = "The editor had been held for 40 days, the Committee to Protect Reporters said.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("the Committee to Protect Reporters")
    );
    let text = "“Children go hungry every day,” said the Campaign to End Child Hunger.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("the Campaign to End Child Hunger")
    );
    let text = "“Children go hungry,” the Campaign to End Child Hunger said in a statement.";
    assert_eq!(
        source_of_cue(text, "said in a statement"),
        Some("the Campaign to End Child Hunger")
    );
}

#[test]
fn a_claim_noun_keeps_a_negated_verb_group() {
    let text = "His claim that he had never met the donor was false.";
    assert_eq!(
        content_of_cue(text, "claim"),
        ["that he had never met the donor"]
    );
}

#[test]
fn people_named_by_a_plural_noun_speak_after_the_cue() {
    let text = "“We want answers,” said relatives of the drowned fishermen.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("relatives of the drowned fishermen")
    );
    let text = "The council said residents would be moved.";
    assert_eq!(source_of_cue(text, "said"), Some("The council"));
    assert_eq!(content_of_cue(text, "said"), ["residents would be moved"]);
}

#[test]
fn a_chamber_hears_a_claim_as_a_court_does() {
    let text = "The Dáil heard that 300 families were waiting for homes.";
    assert_eq!(source_of_cue(text, "heard"), Some("The Dáil"));
    assert_eq!(
        content_of_cue(text, "heard"),
        ["that 300 families were waiting for homes"]
    );
    let text = "The Commons heard the scheme had cost £2bn.";
    assert_eq!(content_of_cue(text, "heard"), ["the scheme had cost £2bn"]);
}

#[test]
fn a_role_speaks_for_whom_it_names_in_a_passive() {
    let text = "The claim was denied by a spokeswoman for the ferry company.";
    assert_eq!(
        source_of_cue(text, "was denied"),
        Some("a spokeswoman for the ferry company")
    );
    assert_eq!(content_of_cue(text, "was denied"), ["The claim"]);
    let text = "The charges were disputed by lawyers for the former mayor.";
    assert_eq!(
        source_of_cue(text, "were disputed"),
        Some("lawyers for the former mayor")
    );
    // A reason after "for" is still part of what was said.
    let text = "The plan was criticised by officials for the delay it caused.";
    assert_eq!(source_of_cue(text, "was criticised"), Some("officials"));
}

#[test]
fn a_written_message_that_says_is_the_source() {
    let text = "One tweet said the march through Hillsborough had been called off.";
    assert_eq!(source_of_cue(text, "said"), Some("One tweet"));
    assert_eq!(
        content_of_cue(text, "said"),
        ["the march through Hillsborough had been called off"]
    );
    assert!(!cues(text).contains(&"tweet"));
    let text = "Another note read: “Back in ten minutes.”";
    assert_eq!(source_of_cue(text, "read"), Some("Another note"));
}

#[test]
fn any_verb_after_a_quotation_before_a_described_speaker_is_a_cue() {
    let text = "“They have ruined this street,” seethed one shopkeeper.";
    assert_eq!(source_of_cue(text, "seethed"), Some("one shopkeeper"));
    assert_eq!(
        content_of_cue(text, "seethed"),
        ["They have ruined this street,"]
    );
    // Elsewhere such a verb is no cue: "stormed out of the room".
    assert_no_cues("Fighting raged in the east of the city.");
    let text = "“Nobody asked us,” stormed a parent.";
    assert_eq!(source_of_cue(text, "stormed"), Some("a parent"));
}

#[test]
fn a_progressive_passive_keeps_being_in_the_cue() {
    let text = "Residents are now being told that the bridge will stay shut.";
    let a = annotate(text);
    let said = &a.attributions[0];
    assert_eq!(said.cue.text(text), "are now being told");
    assert_eq!(said.source, None);
    let text = "The scheme was already being criticised as wasteful.";
    assert_eq!(
        content_of_cue(text, "was already being criticised"),
        ["The scheme", "as wasteful"]
    );
}

#[test]
fn a_place_in_ordinary_case_before_a_colon_or_a_spaced_dash_is_a_dateline() {
    let text = "Budget row deepens\n\nCanberra: The treasurer said on Tuesday the budget would be balanced.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(source_of_cue(text, "said"), Some("The treasurer"));
    let text = "Pay talks fail\n\nWellington - Nurses will strike next week, their union says.";
    assert_eq!(
        content_of_cue(text, "says"),
        ["Nurses will strike next week"]
    );
    // A speaker's label stays one, in a headline and in a transcript.
    let text = "Okafor: The council must publish the report before the vote.";
    assert_eq!(source_of_cue(text, ":"), Some("Okafor"));
}

#[test]
fn a_cue_ending_in_a_preposition_is_followed_by_its_object_not_a_speaker() {
    let text = "The mayor said the plan had failed, as calls for his resignation grew.";
    assert_eq!(source_of_cue(text, "said"), Some("The mayor"));
    let a = annotate(text);
    assert!(
        a.attributions.iter().all(|x| x
            .source
            .is_none_or(|s| s.text(text) != "his resignation grew")),
        "{:?}",
        a.attributions
    );
}

#[test]
fn headline_verbs_in_the_present_tense_are_cues() {
    let text = "Chancellor rules out fuel duty rise before election";
    assert_eq!(source_of_cue(text, "rules out"), Some("Chancellor"));
    assert_eq!(
        content_of_cue(text, "rules out"),
        ["fuel duty rise before election"]
    );
    let text = "Premier hails harbour deal as a turning point";
    assert_eq!(source_of_cue(text, "hails"), Some("Premier"));
    let text = "Opposition leader plays down talk of a split";
    assert_eq!(content_of_cue(text, "plays down"), ["talk of a split"]);
    let text = "The coach rued the missed chances.";
    assert_eq!(source_of_cue(text, "rued"), Some("The coach"));
    // An adjective is no cue.
    assert_no_cues("The town has a more welcoming approach to newcomers.");
    assert_no_cues("There was an exceptionally welcoming scene in the square.");
}

#[test]
fn a_capitalised_quantifier_alone_names_nobody() {
    let text = "One operative tried to deny the reports.";
    assert_eq!(source_of_cue(text, "tried to deny"), Some("One operative"));
    let text = "Each side deployed dozens of volunteers on Saturday to call voters.";
    let a = annotate(text);
    assert!(
        a.attributions
            .iter()
            .all(|x| x.source.is_none_or(|s| s.text(text) != "Each")),
        "{:?}",
        a.attributions
    );
}

#[test]
fn a_headline_passive_without_its_auxiliary_has_no_speaker() {
    let text = "Mayor told she must act on housing";
    assert_eq!(source_of_cue(text, "told"), None);
    assert_eq!(content_of_cue(text, "told"), ["she must act on housing"]);
    let text = "Council urged to scrap parking charges";
    assert_eq!(source_of_cue(text, "urged"), None);
    assert_eq!(
        content_of_cue(text, "urged"),
        ["Council", "to scrap parking charges"]
    );
    let text = "Minister accused of misleading parliament";
    assert_eq!(source_of_cue(text, "accused"), None);
    // With its object the verb is active.
    let text = "The mayor told reporters she would stay.";
    assert_eq!(source_of_cue(text, "told"), Some("The mayor"));
}

#[test]
fn it_emerged_reports_news_from_nobody_named() {
    let text = "It emerged on Tuesday that the council had sold the depot.";
    assert_eq!(source_of_cue(text, "emerged"), None);
    assert_eq!(
        content_of_cue(text, "emerged"),
        ["that the council had sold the depot"]
    );
    let text = "Councillors, it has emerged, were warned about the sale.";
    assert_eq!(source_of_cue(text, "has emerged"), None);
    // After anything but "it" the verb reports nothing.
    assert_no_cues("Okafor has emerged as the favourite to lead the council.");
}

#[test]
fn the_verb_that_raises_questions_is_part_of_the_cue() {
    let text = "Unions have raised concerns about the safety of the new trams.";
    assert_eq!(cues(text), ["have raised concerns about"]);
    assert_eq!(source_of_cue(text, "have raised"), Some("Unions"));
    assert_eq!(
        content_of_cue(text, "have raised"),
        ["the safety of the new trams"]
    );
}

#[test]
fn light_verbs_of_saying_are_part_of_the_cue() {
    let text = "The chief executive gave an assurance that no jobs would go.";
    assert_eq!(
        source_of_cue(text, "gave an assurance"),
        Some("The chief executive")
    );
    assert_eq!(
        content_of_cue(text, "gave an assurance"),
        ["that no jobs would go"]
    );
    let text = "The harbourmaster remained adamant that the pier was safe.";
    assert_eq!(
        source_of_cue(text, "remained adamant"),
        Some("The harbourmaster")
    );
    assert_eq!(
        content_of_cue(text, "remained adamant"),
        ["that the pier was safe"]
    );
    // Only before a that-clause.
    assert_no_cues("She is an adamant opponent of the pier.");
}

#[test]
fn a_clause_opened_inside_a_that_clause_stays_in_the_claim() {
    let text =
        "The harbourmaster said that, while the storm had passed, the pier was still closed.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["that, while the storm had passed, the pier was still closed"]
    );
    // A report of its own inside the opening clause is part of the claim too.
    let text = "The union leader said that while polling of his members showed the mayor lagging, turnout was high.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["that while polling of his members showed the mayor lagging, turnout was high"]
    );
    assert_eq!(cues(text), ["said"]);
    // So is a passive in a relative clause closed inside the claim.
    let text = "Police said the man, who was seen with a knife, had been arrested.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["the man, who was seen with a knife, had been arrested"]
    );
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn a_noun_like_cue_after_a_possessive_name_is_a_noun() {
    let text = "The treasurer told the Nine Network's Today show the budget would be in surplus.";
    assert_eq!(cues(text), ["told"]);
    assert_eq!(
        content_of_cue(text, "told"),
        ["the budget would be in surplus"]
    );
}

#[test]
fn a_spaced_hyphen_signs_a_quotation_as_a_dash_does() {
    let text = "\"We will not back down\" - Taoiseach\n\nThe Taoiseach spoke in Dublin.";
    assert_eq!(source_of_cue(text, "-"), Some("Taoiseach"));
    assert_eq!(content_of_cue(text, "-"), ["We will not back down"]);
    // A hyphen inside a word signs nothing.
    assert_no_cues("\"Well-known\" faces will attend the fair.\n\nMore soon.");
}

#[test]
fn the_antecedent_of_a_relative_speaker_is_no_claim() {
    let text = "Mr Byrne, who says 'the town is dying', has called for a new plan.";
    assert_eq!(content_of_cue(text, "says"), ["the town is dying"]);
    assert_eq!(source_of_cue(text, "says"), Some("who"));
}

#[test]
fn a_semicolon_after_an_inverted_cue_ends_its_sentence() {
    let text = "The ferry had been late all week, the skipper said; the engine kept failing.";
    assert_eq!(source_of_cue(text, "said"), Some("the skipper"));
    assert_eq!(
        content_of_cue(text, "said"),
        ["The ferry had been late all week"]
    );
}

#[test]
fn an_agency_dateline_ends_at_its_bracket_or_a_colon_after_it() {
    let text = "Fuel prices\n\nNEW DELHI, Feb 3 (PTI): Fuel prices will fall next year, the ministry said on Monday.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["Fuel prices will fall next year"]
    );
    let text =
        "Fuel prices\n\nMUMBAI, Jan 9 (PTI) Fuel prices will fall next year, the ministry said.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["Fuel prices will fall next year"]
    );
    // A bracket inside a name is no dateline.
    let text = "The ministry (MOF) said fuel prices will fall.";
    assert_eq!(source_of_cue(text, "said"), Some("The ministry (MOF)"));
}

#[test]
fn support_before_its_object_is_a_cue_and_a_noun_otherwise() {
    let text = "About two-thirds of the town's voters support the new ferry link.";
    assert_eq!(cues(text), ["support"]);
    assert_eq!(
        source_of_cue(text, "support"),
        Some("About two-thirds of the town's voters")
    );
    assert_eq!(content_of_cue(text, "support"), ["the new ferry link"]);
    assert_no_cues("The council is rallying grassroots support for the link.");
    assert_no_cues("Support for the ferry link has grown.");
    // So is "favor".
    let text = "Most islanders favor a second ferry.";
    assert_eq!(source_of_cue(text, "favor"), Some("Most islanders"));
    assert_no_cues("The operator is winning favor from islanders.");
}

#[test]
fn the_date_after_a_short_object_claim_is_no_part_of_it() {
    let text = "The union endorsed the mayor on Thursday.";
    assert_eq!(content_of_cue(text, "endorsed"), ["the mayor"]);
    let text = "The senator praised the harbour plan in early June.";
    assert_eq!(content_of_cue(text, "praised"), ["the harbour plan"]);
    // A clause keeps its date: it may be what was said.
    let text = "She said the vote would happen on Thursday.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["the vote would happen on Thursday"]
    );
}

#[test]
fn a_secretary_or_spokeswoman_to_someone_is_an_inverted_speaker() {
    let text = "“The levy will rise next spring,” the chief secretary to the Exchequer said.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("the chief secretary to the Exchequer")
    );
    let text = "The levy will rise, the deputy to the harbour master said.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("the deputy to the harbour master")
    );
    assert_eq!(content_of_cue(text, "said"), ["The levy will rise"]);
    let text = "The talks have stalled, a spokeswoman to the mayor said.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("a spokeswoman to the mayor")
    );
}

#[test]
fn a_programme_or_gathering_owned_by_a_name_is_the_one_told() {
    for text in [
        "The treasurer told Channel Seven's 6.30 program the levy would go.",
        "The treasurer told 4KR's breakfast program the levy would go.",
        "The treasurer told Nine's economics editor the levy would go.",
        "The treasurer told the Greens' caucus the levy would go.",
        "The treasurer told Parliament's question time the levy would go.",
        "The treasurer told question time the levy would go.",
        "The treasurer told the nurses' union the levy would go.",
    ] {
        assert_eq!(
            content_of_cue(text, "told"),
            ["the levy would go"],
            "{text}"
        );
    }
    let text = "The treasurer told the nurses’ union that the levy would go.";
    assert_eq!(content_of_cue(text, "told"), ["that the levy would go"]);
    // A number after a lower-case owner is no programme: "9" counts the people.
    assert_no_cues("She told the firm's 9 staff would lose their jobs.");
}

#[test]
fn a_clause_of_time_or_cause_after_an_inverted_cue_is_no_claim() {
    let text = "The ferry will sail, the operator said on Friday after crews accepted the offer.";
    assert_eq!(content_of_cue(text, "said"), ["The ferry will sail"]);
    assert_eq!(source_of_cue(text, "said"), Some("the operator"));
    let text = "The ferry is safe, she told reporters as she left the quay.";
    assert_eq!(content_of_cue(text, "told"), ["The ferry is safe"]);
    let text = "The timetable will change, the operator said when asked about delays.";
    assert_eq!(content_of_cue(text, "said"), ["The timetable will change"]);
    // An opening phrase of place or time is no claim: the verb's own object is.
    let text = "At the quay, crews cheered as the ferry docked.";
    assert!(annotate(text)
        .attributions
        .iter()
        .all(|a| a.content.iter().all(|c| c.text(text) != "At the quay")));
}

#[test]
fn the_main_verb_after_a_noun_clause_ends_the_claim() {
    let text = "Her assertion that the pier was “safe” drew scorn.";
    assert_eq!(
        content_of_cue(text, "assertion"),
        ["that the pier was “safe”"]
    );
    let text = "His admission that he had lied cost him the seat.";
    assert_eq!(content_of_cue(text, "admission"), ["that he had lied"]);
    let text = "The warning that the weir could fail came from local engineers.";
    assert_eq!(
        content_of_cue(text, "warning"),
        ["that the weir could fail"]
    );
    let text = "Her claim that she had never met him became a problem.";
    assert_eq!(
        content_of_cue(text, "claim"),
        ["that she had never met him"]
    );
    // A participle inside the clause is no main verb.
    let text = "His claim that votes were counted in secret was false.";
    assert_eq!(
        content_of_cue(text, "claim"),
        ["that votes were counted in secret"]
    );
}

#[test]
fn reporting_verbs_in_senses_that_report_nothing_are_no_cues() {
    assert_no_cues("A cyclist was admitted to hospital with leg injuries.");
    assert_no_cues("The driver was admitted to the hospital on Sunday.");
    assert_no_cues("The new recruits reported for duty at dawn.");
    assert_no_cues("The two lighthouses are hard to tell apart.");
    assert_no_cues("The coach told the juniors off for arriving late.");
    let text = "Witnesses should call the station, quoting incident 4410 of 12 May.";
    assert!(!cues(text).contains(&"quoting"));
    // The speech senses stay.
    let text = "He admitted to the inquiry that he had lied.";
    assert_eq!(content_of_cue(text, "admitted"), ["that he had lied"]);
    let text = "She told them off the record that the ferry would close.";
    assert_eq!(content_of_cue(text, "told"), ["that the ferry would close"]);
}

#[test]
fn a_broadcaster_is_reporting_what_it_reports() {
    let text = "Harbour FM is reporting that the ferry has sunk.";
    assert_eq!(cues(text), ["is reporting"]);
    assert_eq!(source_of_cue(text, "is reporting"), Some("Harbour FM"));
    assert_eq!(
        content_of_cue(text, "is reporting"),
        ["that the ferry has sunk"]
    );
    let text = "Local papers are reporting two crew members were hurt.";
    assert_eq!(
        content_of_cue(text, "are reporting"),
        ["two crew members were hurt"]
    );
    // "reporting" alone is a noun.
    assert_no_cues("Her reporting from the harbour was praised.");
}

#[test]
fn a_wire_desk_label_is_no_part_of_speaker_or_claim() {
    let text = "UPDATE 2-Carrow Shipping says profit will miss forecasts";
    assert_eq!(source_of_cue(text, "says"), Some("Carrow Shipping"));
    let text = "BRIEF-Harwood & Finch says chief executive to step down";
    assert_eq!(source_of_cue(text, "says"), Some("Harwood & Finch"));
    let text = "RPT-EXCLUSIVE-Carrow weighs sale of its ferry arm, sources say";
    assert_eq!(
        content_of_cue(text, "say"),
        ["Carrow weighs sale of its ferry arm"]
    );
}

#[test]
fn a_headline_names_its_speaker_without_an_article() {
    let text = "Ferry fares 'rising by stealth', watchdog claims";
    assert_eq!(source_of_cue(text, "claims"), Some("watchdog"));
    let text = "Harbour board ignored warnings, inquiry finds";
    assert_eq!(source_of_cue(text, "finds"), Some("inquiry"));
    assert_eq!(
        content_of_cue(text, "finds"),
        ["Harbour board ignored warnings"]
    );
    // In running text with a full stop, a bare noun before "claims" is a compound.
    assert_no_cues("The fund was drained, and the storm claims piled up.");
}

#[test]
fn headline_labels_with_an_owner_or_a_time_stamp_name_the_speaker() {
    let text = "Teachers' union: Pay offer is 'an insult'";
    assert_eq!(source_of_cue(text, ":"), Some("Teachers' union"));
    assert_eq!(content_of_cue(text, ":"), ["Pay offer is 'an insult'"]);
    let text = "Doctors' leaders: Strike will go ahead";
    assert_eq!(source_of_cue(text, ":"), Some("Doctors' leaders"));
    let text = "14:05 Ferguson: The harbour plan is dead in the water";
    assert_eq!(source_of_cue(text, ":"), Some("Ferguson"));
    let text = "09.30 Ferguson: The harbour plan is dead in the water";
    assert_eq!(source_of_cue(text, ":"), Some("Ferguson"));
    // A named storm is a topic, not a speaker.
    assert_no_cues("Storm Ivor: Thousands without power across the west");
}

#[test]
fn a_title_keeps_its_bracketed_branch_and_canadian_ranks() {
    let text = "Superintendent of Police (Rural) Kavita Rao said a case had been registered.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("Superintendent of Police (Rural) Kavita Rao")
    );
    let text = "Deputy Commissioner of Police (Crime) Arun Das told reporters the men were held.";
    assert_eq!(
        source_of_cue(text, "told"),
        Some("Deputy Commissioner of Police (Crime) Arun Das")
    );
    let text = "Const. Marie Tremblay said no arrests had been made.";
    assert_eq!(source_of_cue(text, "said"), Some("Const. Marie Tremblay"));
    let text = "Cst. Dana Hill of the RCMP said the road was closed.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("Cst. Dana Hill of the RCMP")
    );
}

#[test]
fn said_to_be_after_and_names_no_speaker() {
    let text = "The skipper was airlifted to hospital and later said to be stable.";
    assert!(
        !sources(text).contains(&"The skipper"),
        "{:?}",
        sources(text)
    );
    let text = "The skipper left the quay and said she was tired.";
    assert_eq!(source_of_cue(text, "said"), Some("The skipper"));
}

#[test]
fn what_the_speaker_was_doing_meanwhile_is_no_part_of_the_claim() {
    let text =
        "Ms Okoro said the ferry had been a success, as she unveiled the figures on Tuesday.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["the ferry had been a success"]
    );
    // "as he did" compares, and "as she later explained" reports: both stay for other rules.
    let text = "Ms Okoro said the ferry would run late, as it did last winter.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["the ferry would run late, as it did last winter"]
    );
}

#[test]
fn a_name_something_is_known_as_has_no_speaker() {
    let text = "Voters went to the polls in the round of contests known as Ferry Tuesday.";
    let a = annotate(text);
    let known = a
        .attributions
        .iter()
        .find(|x| x.cue.text(text) == "known as")
        .expect("a known-as cue");
    assert!(known.source.is_none());
    assert_eq!(
        known
            .content
            .iter()
            .map(|c| c.text(text))
            .collect::<Vec<_>>(),
        ["the round of contests", "Ferry Tuesday"]
    );
    assert!(known.why.contains("the round of contests"), "{}", known.why);
}

#[test]
fn a_long_apposition_or_relative_clause_still_reaches_its_name() {
    // An apposition of some forty tokens, with a relative clause and possessives inside it.
    let text = "Nora Quill, a veteran Lakeside party organiser who ran the county's winning \
                campaign in 2019 and is now running the mayor's early-vote drive across the \
                region's northern towns, said the postal vote is a “core part of our plan.”";
    assert_eq!(
        source_of_cue(text, "said"),
        Some(
            "Nora Quill, a veteran Lakeside party organiser who ran the county's winning \
             campaign in 2019 and is now running the mayor's early-vote drive across the \
             region's northern towns"
        )
    );
    // A relative clause of about thirty tokens between the name and the cue.
    let text = "Tamsin Vale, whose training at the Harbour Institute was paid for by the navy \
                because she had joined the Coastal Cadet Scheme (CCS) as a teenager, said she \
                would like more students to get the same chance.";
    assert_eq!(source_of_cue(text, "said"), Some("Tamsin Vale"));
    assert_eq!(
        content_of_cue(text, "said"),
        ["she would like more students to get the same chance"]
    );
}

#[test]
fn a_named_show_after_on_is_where_it_was_said() {
    let text = "Ms Pell said on the Channel 7 show “Sunrise Desk” that the budget was a mistake.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(
        content_of_cue(text, "said"),
        ["that the budget was a mistake"]
    );
    // The verb after a plural subject still reports.
    let text = "On the news show, the figures show that the party is losing ground.";
    assert_eq!(
        content_of_cue(text, "show"),
        ["that the party is losing ground"]
    );
}

#[test]
fn in_someones_view_gives_the_sentence_as_that_view() {
    let text = "In Dr Amara Osei's view, the tram extension will never pay for itself.";
    assert_attribution(
        text,
        "view",
        Some("Dr Amara Osei's"),
        &["the tram extension will never pay for itself"],
        AttributionKind::Indirect,
    );
    // An aside: the view runs on both sides of it.
    let text = "The only answer, in her view, is a second bridge.";
    assert_attribution(
        text,
        "view",
        Some("her"),
        &["The only answer", "is a second bridge"],
        AttributionKind::Indirect,
    );
    let text = "The council moved too slowly, in the mayor's view.";
    assert_attribution(
        text,
        "view",
        Some("the mayor's"),
        &["The council moved too slowly"],
        AttributionKind::Indirect,
    );
    // An aside inside a phrase, and words inside a quotation, are no view of their own.
    assert_no_cues("His motives for, in her view, dropping the case were unclear.");
    let text = "“In my view, the bridge is safe,” the engineer said.";
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn an_opening_setting_is_no_claim_when_the_cue_has_its_own() {
    let text = "On Sunday, police said at least 12 people were hurt in the crush.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["at least 12 people were hurt in the crush"]
    );
    let text = "In a statement on Tuesday, the board said over 30 staff had been let go.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["over 30 staff had been let go"]
    );
    let text = "On Sunday, police said after the match two fans were arrested.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["after the match two fans were arrested"]
    );
    // A claim before the cue is still read in the inverted order, and an aside still splits.
    let text = "The bridge is safe, the engineer said at least twice on Sunday.";
    assert_eq!(content_of_cue(text, "said"), ["The bridge is safe"]);
    let text = "In the long run, many planners say, the tolls will pay for the road.";
    assert_eq!(
        content_of_cue(text, "say"),
        ["In the long run", "the tolls will pay for the road"]
    );
}

#[test]
fn reporting_verbs_in_other_senses_report_nothing() {
    for text in [
        "She was admitted to the Mater Hospital on Friday night.",
        "The fire claimed the lives of two children.",
        "Osei claimed three wickets before lunch.",
        "Hendry added a second goal just before half-time.",
        "The ferry company added extra sailings to the island service.",
        "Officers were called to Main Street at about 11pm.",
        "The match was called off because of the weather.",
        "The van was found burnt out in a field near the quarry.",
    ] {
        assert_no_cues(text);
    }
    // The same verbs still report.
    assert_eq!(
        content_of_cue("Ms Dunne claimed victory in a post on Sunday.", "claimed"),
        ["victory"]
    );
    assert_eq!(
        source_of_cue("“It is over,” added a local councillor.", "added"),
        Some("a local councillor")
    );
    assert_eq!(
        cues("He added a note of caution about the timetable."),
        ["added"]
    );
    assert_eq!(
        content_of_cue("The inquiry found that the council had erred.", "found"),
        ["that the council had erred"]
    );
}

#[test]
fn titles_and_origins_of_other_newsrooms_stay_with_the_name() {
    // Where a speaker comes from, as British and Australian outlets write it.
    let text = "Dr Fiona Kerr, from the University of Ballarat, said the results were clear.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("Dr Fiona Kerr, from the University of Ballarat")
    );
    let text = "Mr Lee, from the outset, said the fires were worse.";
    assert_eq!(source_of_cue(text, "said"), Some("Mr Lee"));
    // A retired officer's mark in brackets, as Indian papers write it.
    let text = "Maj. Gen. (retd) Arun Mehra said the border was calm.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("Maj. Gen. (retd) Arun Mehra")
    );
    // A long title in capitals before the name, as Nigerian papers write it.
    let text = "The Senior Special Assistant to the Governor on Media and Publicity, Musa \
                Garba, said the plan was sound.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some(
            "The Senior Special Assistant to the Governor on Media and Publicity, Musa \
             Garba"
        )
    );
    let text = "The Deputy Inspector-General of Police in charge of Force Criminal \
                Investigation, DIG Sola Ade, said 12 suspects had been charged.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some(
            "The Deputy Inspector-General of Police in charge of Force Criminal \
             Investigation, DIG Sola Ade"
        )
    );
}

#[test]
fn a_place_and_date_before_a_colon_is_a_dateline() {
    let text = "Kochi, Nov 5: The state will hire 900 nurses, the health minister said.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["The state will hire 900 nurses"]
    );
    let text = "Kochi, September 5: The state will hire 900 nurses, the health minister said.";
    assert_eq!(
        content_of_cue(text, "said"),
        ["The state will hire 900 nurses"]
    );
}

#[test]
fn a_verb_then_its_platform_then_a_colon_reports_the_quotation() {
    let text = "The singer posted on Instagram: 'Thank you for all the love.'";
    assert_eq!(source_of_cue(text, "posted"), Some("The singer"));
    assert_eq!(
        content_of_cue(text, "posted"),
        ["Thank you for all the love."]
    );
    let text = "The coach tweeted on Sunday: “We go again next week.”";
    assert_eq!(source_of_cue(text, "tweeted"), Some("The coach"));
    // A participle after the opening noun still describes it.
    let text = "A video posted on Telegram showed the blast.";
    assert_eq!(
        source_of_cue(text, "showed"),
        Some("A video posted on Telegram")
    );
}

#[test]
fn the_outlet_told_after_a_confirmed_object_is_no_part_of_the_claim() {
    let text = "A family member confirmed the death to the BBC.";
    assert_eq!(content_of_cue(text, "confirmed"), ["the death"]);
    let text = "The spokesman confirmed the arrests to our correspondent on Sunday.";
    assert_eq!(content_of_cue(text, "confirmed"), ["the arrests"]);
    // Where the thing confirmed went is part of it.
    let text = "The ministry confirmed the transfer of $5m to the Treasury.";
    assert_eq!(
        content_of_cue(text, "confirmed"),
        ["the transfer of $5m to the Treasury"]
    );
}

#[test]
fn a_statement_signed_by_a_spokesman_between_commas_is_the_medium_of_the_cue_after() {
    let text = "The Police Command, in a statement by its spokesperson, DSP Ada Obi, said the \
                officers had been detained.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(source_of_cue(text, "said"), Some("The Police Command"));
    let text = "The Senate, in a statement signed by its spokesman, Yemi Ade, on Sunday, said \
                the bill would pass.";
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn testimony_reports_when_it_says_what() {
    let text = "Sgt Ruth Daly gave evidence that the driver was travelling at 140km/h.";
    assert_attribution(
        text,
        "gave evidence",
        Some("Sgt Ruth Daly"),
        &["that the driver was travelling at 140km/h"],
        AttributionKind::Indirect,
    );
    assert_no_cues("She gave evidence at the inquiry last year.");
    let text = "The witness, giving evidence by video link, said she saw the van.";
    assert_eq!(cues(text), ["said"]);
}

#[test]
fn the_means_after_by_is_no_agent() {
    let text = "It is understood the two leaders spoke by phone on Sunday evening.";
    assert_eq!(sources(text), Vec::<&str>::new());
    assert_eq!(
        content_of_cue(text, "is understood"),
        ["the two leaders spoke by phone on Sunday evening"]
    );
    let text = "The family were told by letter that the claim had been refused.";
    assert_eq!(sources(text), Vec::<&str>::new());
    assert_eq!(
        content_of_cue(text, "were told"),
        ["that the claim had been refused"]
    );
    // An agent still speaks.
    let text = "The plan was criticised by the mayor.";
    assert_eq!(source_of_cue(text, "was criticised"), Some("the mayor"));
}

#[test]
fn what_was_found_after_the_claims_own_verb_goes_on_with_the_claim() {
    let text = "The council said it inspected the bridge and found cracks in two supports.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(
        content_of_cue(text, "said"),
        ["it inspected the bridge and found cracks in two supports"]
    );
    // A clock's colon does not end the claim.
    let text = "Police said officers arrived at 12:30 and found a man with head injuries.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(
        content_of_cue(text, "said"),
        ["officers arrived at 12:30 and found a man with head injuries"]
    );
    // The subject's own second verb still reports.
    let text = "The agency reviewed the files and found that the rules were broken.";
    assert_eq!(source_of_cue(text, "found"), Some("The agency"));
}

#[test]
fn according_to_a_bare_plan_or_rule_is_no_source() {
    let text = "Everything went according to plan, the coach said.";
    assert_eq!(cues(text), ["said"]);
    assert_no_cues("Seats will be allocated according to merit.");
    let text = "According to the plan, the levy will rise.";
    assert_eq!(source_of_cue(text, "According to"), Some("the plan"));
}

#[test]
fn what_a_paper_gathered_or_established_reports_only_before_that() {
    let text = "Our correspondent gathered that the ferry had been delayed for a week.";
    assert_attribution(
        text,
        "gathered",
        Some("Our correspondent"),
        &["that the ferry had been delayed for a week"],
        AttributionKind::Indirect,
    );
    let text = "The Courier has established that the tender went to a firm owned by an official.";
    assert_eq!(source_of_cue(text, "has established"), Some("The Courier"));
    assert_no_cues("Supporters gathered in the square on Sunday.");
    assert_no_cues("The county established a relief fund in 2019.");
}

#[test]
fn titles_won_places_reported_to_and_calls_answered_report_nothing() {
    for text in [
        "The team claimed the title with a 2-1 win.",
        "Kenya claimed the gold medal in the steeplechase.",
        "She reported to the police station at 9 am.",
        "The fire service answered a distress call from the estate.",
    ] {
        assert_no_cues(text);
    }
    assert_eq!(cues("He answered questions from reporters."), ["answered"]);
}

#[test]
fn a_city_and_colon_before_a_claim_an_inverted_cue_closes_is_a_dateline() {
    let text = "Pune: The civic body will demolish 300 illegal sheds this month, officials said.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(
        content_of_cue(text, "said"),
        ["The civic body will demolish 300 illegal sheds this month"]
    );
    // Or a speaker and cue of its own right after the colon.
    let text = "Patna: Police said three people were injured in the blast.";
    assert_eq!(cues(text), ["said"]);
    assert_eq!(source_of_cue(text, "said"), Some("Police"));
    // A headline's speaker label stays one.
    let text = "Okafor: We will win in November.";
    assert_eq!(source_of_cue(text, ":"), Some("Okafor"));
}

#[test]
fn an_age_and_where_the_speaker_is_from_stay_with_a_common_noun() {
    let text = "The accused, 29, of no fixed abode, told the court he had found the phone.";
    assert_eq!(
        source_of_cue(text, "told"),
        Some("The accused, 29, of no fixed abode")
    );
    let text = "The driver, 41, from Kilkenny, said he was sorry.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("The driver, 41, from Kilkenny")
    );
}

#[test]
fn greetings_journeys_and_sittings_opened_report_nothing() {
    for text in [
        "He said hello to the crowd before the match.",
        "The priest said a prayer for the victims.",
        "She drove to Dunedin the next morning.",
        "The Speaker called the House to order at 2 p.m.",
        "All told, the floods reached 40,000 homes.",
        "The gale knocked out power to 9,000 homes.",
        "A magistrate on Monday denied bail to the driver.",
        "Evacuation orders remain in place for the valley.",
        "Only time will tell if the levee holds.",
    ] {
        assert_no_cues(text);
    }
    assert_eq!(content_of_cue("Most members said yes.", "said"), ["yes"]);
    // A capital names the speaker.
    assert_attribution(
        "“We have nothing left,” said Grace Wanjiru, a farmer.",
        "said",
        Some("Grace Wanjiru, a farmer"),
        &["We have nothing left,"],
        AttributionKind::Direct,
    );
    assert_eq!(
        content_of_cue("He called the plan a disaster.", "called"),
        ["the plan a disaster"]
    );
}

#[test]
fn a_company_suffix_after_a_comma_is_part_of_the_name() {
    let text = "Tern Health, Inc. said it would close two plants in Ohio.";
    assert_eq!(source_of_cue(text, "said"), Some("Tern Health, Inc."));
    assert_eq!(
        content_of_cue(text, "said"),
        ["it would close two plants in Ohio"]
    );
    let text = "Brightwater Partners, LLC announced that it had closed its third fund.";
    assert_eq!(
        source_of_cue(text, "announced"),
        Some("Brightwater Partners, LLC")
    );
}

#[test]
fn a_role_before_a_name_and_its_apposition_stays_with_them() {
    let text = "The council's chief executive, Gordon Leask, a former civil servant, said the \
                cuts were unavoidable.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("The council's chief executive, Gordon Leask, a former civil servant")
    );
    // An opening phrase of time is no role.
    let text = "In the end, Gordon Leask, a former civil servant, said the cuts were needed.";
    assert_eq!(
        source_of_cue(text, "said"),
        Some("Gordon Leask, a former civil servant")
    );
}

#[test]
fn advice_in_the_passive_reports_as_an_order_does() {
    let text = "Motorists were advised to avoid the bridge until further notice.";
    assert_eq!(cues(text), ["were advised"]);
    assert!(
        content_of_cue(text, "were advised").contains(&"to avoid the bridge until further notice")
    );
    assert_no_cues("He advised the campaign in 2008.");
}

#[test]
fn an_elided_and_does_not_close_a_single_quotation() {
    let text = "'Rock 'n' roll never dies,' the 70-year-old guitarist said.";
    assert_eq!(content_of_cue(text, "said"), ["Rock 'n' roll never dies,"]);
    let text = "‘Fish ’n’ chips is the answer,’ the chef said.";
    assert_eq!(source_of_cue(text, "said"), Some("the chef"));
}

#[test]
fn a_programme_named_by_its_time_is_the_one_told() {
    let text = "Mr Clarke told ABC's 7.30 the report was a whitewash.";
    assert_eq!(content_of_cue(text, "told"), ["the report was a whitewash"]);
    let text = "Mr Clarke told ABC's 7.30 program the report was flawed.";
    assert_eq!(content_of_cue(text, "told"), ["the report was flawed"]);
}

#[test]
fn a_bare_speaker_after_said_makes_the_words_before_its_comma_the_claim() {
    assert_attribution(
        "Fares rose for buses, trams and ferries, said the transport authority.",
        "said",
        Some("the transport authority"),
        &["Fares rose for buses, trams and ferries"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "However, the ferry will keep running, said Harbour Board spokesperson Lin Mei at a briefing on Friday.",
        "said",
        Some("Harbour Board spokesperson Lin Mei"),
        &["the ferry will keep running"],
        AttributionKind::Indirect,
    );
    // A subject with an aside, then a claim with its own verb, is the usual order.
    assert_attribution(
        "Tom Reyes, a ferry captain, said the harbour board had lied.",
        "said",
        Some("Tom Reyes, a ferry captain"),
        &["the harbour board had lied"],
        AttributionKind::Indirect,
    );
}

#[test]
fn titles_abbreviated_in_african_and_south_asian_copy_keep_the_sentence_whole() {
    for (text, source) in [
        (
            "The head of the canal authority, Eng. Karim Nabil, disclosed that the lock would reopen.",
            "The head of the canal authority, Eng. Karim Nabil",
        ),
        (
            "Alh. Sani Garba said the market would reopen.",
            "Alh. Sani Garba",
        ),
        (
            "Adv. Lerato Dube said the ruling was flawed.",
            "Adv. Lerato Dube",
        ),
        ("Pst. Femi Ade said the church was full.", "Pst. Femi Ade"),
    ] {
        let cue = if text.contains("disclosed") {
            "disclosed"
        } else {
            "said"
        };
        assert_eq!(source_of_cue(text, cue), Some(source), "{text}");
    }
}

#[test]
fn a_place_and_region_dateline_before_a_quotation_is_no_part_of_it() {
    for text in [
        "AUSTIN, Texas — \"The grid held,\" the governor said.",
        "SPRINGFIELD, Ill. — “The grid held,” the governor said.",
        "Dodoma, Tanzania – “The grid held,” the governor said.",
    ] {
        assert_attribution(
            text,
            "said",
            Some("the governor"),
            &["The grid held,"],
            AttributionKind::Direct,
        );
    }
}

#[test]
fn a_gathering_or_outlet_told_is_no_part_of_the_claim() {
    for (text, claim) in [
        (
            "The levy will rise in 2027, the treasurer told a press conference Tuesday.",
            "The levy will rise in 2027",
        ),
        (
            "Exports will recover, the minister told a gathering of traders.",
            "Exports will recover",
        ),
        (
            "Fuel prices will fall, she told state broadcaster KTN.",
            "Fuel prices will fall",
        ),
        (
            "The school will close, two parents told Channel 5 on condition of anonymity.",
            "The school will close",
        ),
        (
            "The treasurer told a press conference before the cabinet meeting that the levy would rise.",
            "that the levy would rise",
        ),
        (
            "The minister told a meeting of party workers in Multan that exports would recover.",
            "that exports would recover",
        ),
    ] {
        assert_eq!(content_of_cue(text, "told"), [claim], "{text}");
    }
}

#[test]
fn the_one_informed_in_a_passive_hears_the_claim_and_is_no_part_of_it() {
    for (text, cue) in [
        (
            "The premier was briefed that the power debt had doubled.",
            "was briefed",
        ),
        (
            "The board was informed that the power debt had doubled.",
            "was informed",
        ),
    ] {
        assert_attribution(
            text,
            cue,
            None,
            &["that the power debt had doubled"],
            AttributionKind::Indirect,
        );
    }
    // The one asked to act is part of what is asked.
    assert_eq!(
        content_of_cue("Pupils were asked to stay home.", "were asked"),
        ["Pupils", "to stay home"]
    );
}

#[test]
fn a_report_in_brackets_ends_at_the_closing_bracket() {
    assert_eq!(
        content_of_cue(
            "The driver (police said he was 19) was taken to hospital.",
            "said"
        ),
        ["he was 19"]
    );
    assert_eq!(
        content_of_cue(
            "(The mayor has also called for a curfew, but only on weekends.)",
            "has also called for"
        ),
        ["a curfew"]
    );
}

#[test]
fn a_report_in_a_relative_clause_set_off_by_commas_ends_at_its_comma() {
    for (text, claim) in [
        (
            "The levy, which supporters say will bring in $2 million a year, heads to voters in May.",
            "will bring in $2 million a year",
        ),
        (
            "The pact, which officials say could be signed next month, would see the port expand.",
            "could be signed next month",
        ),
    ] {
        let content = content_of_cue(text, "say");
        assert_eq!(content.last(), Some(&claim), "{text}");
    }
}

#[test]
fn has_written_reports_before_a_that_clause_only() {
    assert_attribution(
        "The critic Ama Owusu has written that the city drifted into the crisis.",
        "has written",
        Some("The critic Ama Owusu"),
        &["that the city drifted into the crisis"],
        AttributionKind::Indirect,
    );
    assert_no_cues("The band had written two dozen songs by then.");
}

#[test]
fn a_one_word_participle_between_the_halves_of_a_quotation_keeps_the_second_half() {
    assert_attribution(
        "\"We will see,\" said the mayor, smiling, \"what the voters think.\"",
        "said",
        Some("the mayor"),
        &["We will see,", "what the voters think."],
        AttributionKind::Direct,
    );
}

#[test]
fn heading_labels_and_explainer_headlines_are_nobody_speaking() {
    assert_eq!(
        content_of_cue(
            "Live updates: Gales to reach the coast by Friday, forecasters say",
            "say"
        ),
        ["Gales to reach the coast by Friday"]
    );
    for text in [
        "Covid-19: What you need to know",
        "Rail Strike: How it affects your commute",
        "Question: Will you stand again?",
    ] {
        assert_no_cues(text);
    }
    // A speaker's own words in a headline still are.
    assert_eq!(
        source_of_cue("Okafor: What we need is a new bridge", ":"),
        Some("Okafor")
    );
}

#[test]
fn what_a_post_came_with_is_no_part_of_its_writer() {
    assert_eq!(
        source_of_cue(
            "\"Scenes!\" posted one fan alongside a clip of the parade.",
            "posted"
        ),
        Some("one fan")
    );
    assert_eq!(
        source_of_cue("\"So proud,\" wrote his aunt beneath the photo.", "wrote"),
        Some("his aunt")
    );
}

#[test]
fn the_speakers_next_deed_after_a_modal_claim_is_no_part_of_it() {
    assert_eq!(
        content_of_cue(
            "The bank said it would close 12 branches and raised its dividend.",
            "said"
        ),
        ["it would close 12 branches"]
    );
    // A pair of participles, a relative clause's verbs and a plain form stay in the claim.
    for (text, claim) in [
        (
            "Police said the flat would be closed and sealed.",
            "the flat would be closed and sealed",
        ),
        (
            "She said they would scrap rules that capped rents and limited leases.",
            "they would scrap rules that capped rents and limited leases",
        ),
        (
            "He said voters would win and set the party on a new course.",
            "voters would win and set the party on a new course",
        ),
    ] {
        assert_eq!(content_of_cue(text, "said"), [claim], "{text}");
    }
}

#[test]
fn scolding_frankness_room_made_and_question_period_report_nothing() {
    for text in [
        "The mayor told off a councillor during the meeting.",
        "Truth be told, the result surprised nobody.",
        "The committee found time to visit the site.",
        "The club has found ways to cut its costs.",
        "The bill was debated during question period.",
    ] {
        assert_no_cues(text);
    }
    assert_eq!(
        cues("During question period, Mr Poirier said the government had failed."),
        ["said"]
    );
}

#[test]
fn a_late_setting_or_the_sitting_told_comes_before_the_claim() {
    assert_attribution(
        "The government said late on Friday it would appeal the decision.",
        "said",
        Some("The government"),
        &["it would appeal the decision"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "Opposition Leader Pierre Morel told question period the budget had misled voters.",
        "told",
        Some("Opposition Leader Pierre Morel"),
        &["the budget had misled voters"],
        AttributionKind::Indirect,
    );
}

#[test]
fn a_quoted_no_ends_its_sentence() {
    let text = "Asked whether she would resign, Mrs Ward said: \u{201c}No.\u{201d} She then left the room.";
    assert_eq!(content_of_cue(text, "said"), ["No."]);
    assert_eq!(
        content_of_cue("He lives at No. 10 Downing Street, the aide said.", "said"),
        ["He lives at No. 10 Downing Street"]
    );
}

#[test]
fn a_purpose_to_debate_stays_in_the_claim() {
    assert_eq!(
        content_of_cue(
            "The Speaker said MPs would return on Tuesday to debate the motion.",
            "said"
        ),
        ["MPs would return on Tuesday to debate the motion"]
    );
    assert_eq!(
        content_of_cue(
            "The senator has not mentioned Machado since the debate.",
            "has not mentioned"
        ),
        ["Machado"]
    );
}

#[test]
fn a_participle_after_a_preposition_speaks_for_the_subject() {
    assert_attribution(
        "The minister resigned after wrongly claiming that crime had fallen.",
        "wrongly claiming",
        Some("The minister"),
        &["that crime had fallen"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The mayor presented the budget before explaining why taxes must rise.",
        "explaining",
        Some("The mayor"),
        &["why taxes must rise"],
        AttributionKind::Indirect,
    );
    // Inside a relative clause the participle's claim would run past the clause; it is left.
    assert_eq!(
        cues("Ms Lee, who was distracted while saying goodbye, was not as friendly."),
        Vec::<&str>::new()
    );
}

#[test]
fn a_headline_speaker_with_no_article_before_what_is_going_on() {
    assert_eq!(
        source_of_cue(
            "\u{2018}We will not back down,\u{2019} says union leader as strike enters third week",
            "says"
        ),
        Some("union leader")
    );
    assert_eq!(
        source_of_cue("\"We are ready,\" says party chief ahead of vote", "says"),
        Some("party chief")
    );
}

#[test]
fn a_note_on_the_source_after_a_whole_claim_is_the_writers() {
    assert_eq!(
        content_of_cue(
            "Most of the money came from women, according to Fundwatch, the most of any candidate by far.",
            "according to"
        ),
        ["Most of the money came from women"]
    );
    assert_eq!(
        content_of_cue(
            "The party has led in the north, according to three polls, including one from Riverside College.",
            "according to"
        ),
        ["The party has led in the north"]
    );
    // A claim cut short before the cue goes on after it.
    assert_eq!(
        content_of_cue(
            "Since March, according to the monitors, the militia has seized four towns.",
            "according to"
        ),
        ["Since March", "the militia has seized four towns"]
    );
}

#[test]
fn set_free_is_no_release_of_words() {
    for text in [
        "The police suspect was released on bail.",
        "She was released from house arrest in 2010.",
        "The two men were released without charge.",
    ] {
        assert_no_cues(text);
    }
}

#[test]
fn police_suspect_before_that_is_a_hedge() {
    assert_caveats(
        "Police suspect that the ledger was forged.",
        &[("suspect", CaveatKind::Hedge)],
    );
}

#[test]
fn a_sentence_adverb_before_the_subject_is_no_part_of_the_speaker() {
    assert_eq!(
        source_of_cue(
            "Apparently the minister told colleagues he would quit.",
            "told"
        ),
        Some("the minister")
    );
    assert_eq!(
        source_of_cue("Separately the mayor said the budget was sound.", "said"),
        Some("the mayor")
    );
}

#[test]
fn those_written_to_are_no_speaker_of_the_participle_after_them() {
    assert_attribution(
        "The MP wrote to party members saying the leadership had failed them.",
        "wrote to party members saying",
        Some("The MP"),
        &["the leadership had failed them"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "The head of the union has also written to members saying the strike was off.",
        "has also written to members saying",
        Some("The head of the union"),
        &["the strike was off"],
        AttributionKind::Indirect,
    );
    assert_attribution(
        "She sent an email to staff saying the office would close.",
        "sent an email to staff saying",
        Some("She"),
        &["the office would close"],
        AttributionKind::Indirect,
    );
    // The particle of "sent out" is no speaker either.
    assert_attribution(
        "The campaign sent out a text message to supporters saying the race was close.",
        "sent out a text message to supporters saying",
        Some("The campaign"),
        &["the race was close"],
        AttributionKind::Indirect,
    );
    // Those heard, not written to, still speak.
    assert_eq!(
        source_of_cue(
            "He listened to voters saying the economy was weak.",
            "saying"
        ),
        Some("voters")
    );
}
