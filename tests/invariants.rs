//! Invariants every analysis keeps, for any input: spans in bounds and on char boundaries, lists
//! sorted, sentences tiling their paragraphs, and offsets that mean the same text in every unit.

use proptest::prelude::*;
use std::sync::OnceLock;

use whosaid::{Analysis, Annotator, Span, Unit};

#[path = "common/cue_soup.rs"]
mod cue_soup;
use cue_soup::{adversarial, noun_cue_run};

/// One annotator for all tests: building the lexicon automaton per case would dominate the run.
fn annotator() -> &'static Annotator {
    static ANNOTATOR: OnceLock<Annotator> = OnceLock::new();
    ANNOTATOR.get_or_init(Annotator::new)
}

#[track_caller]
fn assert_invariants(text: &str, a: &Analysis) {
    for s in a.all_spans() {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{s:?} out of bounds in {text:?}"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?} not on char boundaries in {text:?}"
        );
    }
    let sorted = |v: &[Span]| v.windows(2).all(|w| w[0] <= w[1]);
    assert!(sorted(&a.paragraphs) && sorted(&a.sentences));
    assert!(a
        .quotes
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start));
    assert!(a
        .attributions
        .windows(2)
        .all(|w| w[0].cue.start <= w[1].cue.start));
    assert!(a
        .caveats
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start));
    for sp in &a.speakers {
        assert!(sorted(&sp.mentions));
        assert!(
            sp.why.starts_with(&sp.name),
            "a speaker explains itself: {:?}",
            sp.why
        );
    }
    for at in &a.attributions {
        assert!(at.speaker.is_none_or(|i| i < a.speakers.len()));
        assert!(!at.content.is_empty() && at.content.iter().all(|c| !c.is_empty()));
        assert!(!at.why.is_empty());
    }
    for c in &a.caveats {
        assert!(c.attribution.is_none_or(|i| i < a.attributions.len()));
        assert!(c.why.starts_with(c.kind.name()));
    }
    // Sentences tile their paragraph: in order, inside it, from its first to its last character,
    // with only white space between them.
    let mut si = 0;
    for p in &a.paragraphs {
        let first = si;
        while si < a.sentences.len() && a.sentences[si].end <= p.end {
            assert!(
                p.contains(a.sentences[si]),
                "sentence outside its paragraph"
            );
            si += 1;
        }
        assert!(si > first, "paragraph {p:?} has no sentence");
        assert_eq!(a.sentences[first].start, p.start);
        assert_eq!(a.sentences[si - 1].end, p.end);
        for w in a.sentences[first..si].windows(2) {
            assert!(
                text[w[0].end..w[1].start].trim().is_empty(),
                "gap between sentences holds text"
            );
        }
    }
    assert_eq!(si, a.sentences.len(), "every sentence lies in a paragraph");
}

/// The text a converted span covers, counted in its unit.
fn slice_in(text: &str, span: Span, unit: Unit) -> String {
    match unit {
        Unit::Bytes => text[span.start..span.end].to_string(),
        Unit::CodePoints => text
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect(),
        Unit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[span.start..span.end]).unwrap()
        }
    }
}

#[track_caller]
fn assert_same_text_in_every_unit(text: &str) {
    let a = annotator().annotate(text);
    let bytes = a.all_spans();
    for unit in [Unit::CodePoints, Unit::Utf16] {
        let converted = a.in_unit(text, unit).all_spans();
        assert_eq!(bytes.len(), converted.len());
        for (b, c) in bytes.iter().zip(&converted) {
            assert_eq!(
                slice_in(text, *c, unit),
                &text[b.start..b.end],
                "{unit:?} span {c:?}"
            );
        }
    }
}

#[test]
fn offsets_mean_the_same_text_in_bytes_code_points_and_utf16() {
    let text = "“We won’t go — ever,” said Anna Petrova 👋, the mayor.\n\n\
                Officials said the blast 🧑‍🤝‍🧑 apparently targeted the depot. Moscow denies it.";
    let a = annotator().annotate(text);
    assert!(
        a.attributions.len() >= 3 && !a.caveats.is_empty(),
        "the text must exercise the spans"
    );
    assert_same_text_in_every_unit(text);
}

#[test]
fn samples_keep_every_invariant() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples");
    let annotator = annotator();
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_invariants(&text, &annotator.annotate(&text));
            assert_same_text_in_every_unit(&text);
            n += 1;
        }
    }
    assert!(n >= 3, "expected the sample articles in {dir}");
}

#[test]
fn empty_and_blank_texts_give_empty_analyses() {
    let annotator = annotator();
    for text in ["", " ", "\n\n\n", "\t \r\n"] {
        let a = annotator.annotate(text);
        assert_eq!(a, Analysis::default(), "{text:?}");
    }
}

#[test]
fn a_participle_opener_with_nothing_after_its_comma_keeps_the_invariants() {
    // Once read a token past the end while looking for the opener's subject.
    for text in [
        "hoping to , and",
        "Hoping to win, but",
        "Speaking on Monday, and then",
    ] {
        assert_invariants(text, &annotator().annotate(text));
    }
}

#[test]
fn pathological_inputs_keep_the_invariants() {
    let annotator = annotator();
    let many_quotes = "\"".repeat(10_000);
    let long_sentence = "the minister said that officials told reporters ".repeat(5_000);
    let mixed_marks = "“‘\"'”’«» said: ".repeat(2_000);
    // Each plural possessive looks ahead for a mark that can close the quotation.
    let possessives = format!("‘{}", "the drivers’ union isn’t ".repeat(5_000));
    // Each label in capitals once counted every other.
    let labels = "LOPEZ: The minister said it.\n\n".repeat(5_000);
    // Each signed headline once looked through every attribution for one of its own.
    let headlines = "Ortiz said it.\n\nFares may double by spring – report\n\n".repeat(5_000);
    // This session's rules on runs of their own words: each scan is bounded.
    let perfect = "The minister is said to have told aides that ".repeat(5_000);
    let asides = "Said Ana Ruiz, who hoping (a source) said, ".repeat(5_000);
    // Each verb before a colon looks up the quotation after it; a relative claim looks for the
    // comma that closes it.
    let colons = "Asked, Kane smiled: “Fine.” The rule, which found it, failed, ".repeat(5_000);
    // Lead-ins, lists, pointed claims and participles after a preposition: the name looked up
    // elsewhere in the text is looked up in a bounded window.
    let leadins =
        "Okafor sings before asking her, “Why?” Reacting, the chief, Mr. Ade, stated this \
         on Monday. Lee, Brown and Ruiz have called on voters to act, and explained it this way: \
         “Now.” Unions reacted, with the secretary, Gary Smith, warning of strikes. \
         The paper reported, citing two officials, that it ended. Lee said, according to him, \
         that it did. Lee wrote to parents on Friday to say it was over. \
         The letter reads, in part: “No.” A post on the page read: “Yes.” \
         Lee (D-Ore.), Ruiz (D-Ohio) and Okafor (D-N.J.) all said so. \
         “Every time,” Lee said, referring to the excuse, “you give in.” "
            .repeat(3_000);
    // The same session's rules in one sentence without a full stop: each looks a bounded way.
    let settings =
        "the plan, the mayor said last week, was dead, per the office, with the chair, Lee, \
         warning of more, and then state and local leaders all said "
            .repeat(3_000);
    // This session's rules: nouns of saying, relative "that" subjects, headline labels that
    // look ahead for the speaker's name (a bounded window), time asides, joined subjects.
    let nouns_that = "His insistence that the plan was costed was denied by the firm. Despite \
         complaints that it failed, the Ortiz campaign hit back, saying it had not yet said so. \
         A study that appeared in a journal found that the union and its members walked out, \
         according to data from the bureau. The council, only two months later, directed the \
         mayor to act and complained about it. "
        .repeat(3_000);
    let addressed = "Ortiz on Tax: We will act now.\n\nOrtiz camp: Not yet.\n\n".repeat(5_000);
    // Views, opening settings, datelines with a city or a date, ages with a place, claims that
    // go on after what was found, clock times: each rule looks a bounded way.
    let views = "In Ms Lee's view, it failed. On Sunday, police said at least 12 were hurt, \
         in his view. Pune: It failed, officials said. The accused, 29, of no fixed abode, told \
         the court it was so. Kochi, Nov 5: It rose. The council said it inspected the bridge \
         and found cracks at 12:30, confirmed the death to the BBC and gave evidence that \
         "
    .repeat(3_000);
    // An earlier nesting rule sliced the text backwards on this input.
    let soup = adversarial(20_000);
    let nouns = noun_cue_run(20_000);
    for text in [
        soup.as_str(),
        nouns.as_str(),
        many_quotes.as_str(),
        long_sentence.as_str(),
        mixed_marks.as_str(),
        possessives.as_str(),
        labels.as_str(),
        headlines.as_str(),
        perfect.as_str(),
        asides.as_str(),
        colons.as_str(),
        leadins.as_str(),
        settings.as_str(),
        nouns_that.as_str(),
        addressed.as_str(),
        views.as_str(),
        "smiled: “",
        // A city's colon at the end of the text once read the token after it.
        "KARACHI:",
        "Karachi:",
        "In his view",
        "The fix, in her view,",
        ", which found,",
        "said",
        ":",
        ", and",
        "and who said",
        "Asked during",
        "many of whom said",
        // A check for a name before the comma once read the token before the text.
        "Smith, warning of",
        // Each once read a token outside the text: before the first, or past the last.
        ". why and told reporters",
        "was appeared publicly",
        "adding said ,",
        "reportedly",
        // A claim that was only a comma once stayed, empty, after the comma was cut.
        "“ ” officials reportedly , . ‘",
        "\u{202A}\u{201D}",
        "“",
        "’s",
        "U.S.",
        "...",
    ] {
        assert_invariants(text, &annotator.annotate(text));
    }
}

/// Strings built from the pieces that stress the rules: marks, cues, abbreviations, line breaks.
fn news_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said".to_string()),
        Just("according to".to_string()),
        Just("Peskov".to_string()),
        Just("the Kremlin".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("''".to_string()),
        Just("’".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just(":".to_string()),
        Just("\n\n".to_string()),
        Just("who".to_string()),
        Just("that".to_string()),
        Just("officials".to_string()),
        Just("told reporters".to_string()),
        Just("may".to_string()),
        Just("👋".to_string()),
        // Words the later rules read: joins, shares, dashes, settings and invisible marks.
        Just("and".to_string()),
        Just("many of whom".to_string()),
        Just("—".to_string()),
        Just("-".to_string()),
        Just("\u{202A}".to_string()),
        Just("Asked during".to_string()),
        Just("why".to_string()),
        Just("reportedly".to_string()),
        Just("appeared".to_string()),
        Just("think".to_string()),
        Just("the".to_string()),
        Just("adding".to_string()),
        Just("was".to_string()),
        Just("publicly".to_string()),
        Just("``".to_string()),
        Just("`".to_string()),
        Just("_".to_string()),
        Just("quoted as saying by".to_string()),
        Just("drivers’".to_string()),
        Just("drivers'".to_string()),
        // This session's rules: relatives and conditions on a speaker, occasions, gestures,
        // headline signatures, datelines in capitals, passives with quoted subjects.
        Just("a tenant who did not want to be named".to_string()),
        Just("asking not to be identified".to_string()),
        Just("on a conference call".to_string()),
        Just("shrugged".to_string()),
        Just("– study".to_string()),
        Just("KARACHI:".to_string()),
        Just("is learnt to".to_string()),
        Just("were shown".to_string()),
        Just("was dismissed by".to_string()),
        Just("reports suggested".to_string()),
        Just("‘".to_string()),
        Just("'".to_string()),
        // Participle asides, inverted "Said", brackets, perfect infinitives, authors, sources.
        Just("hoping to".to_string()),
        Just("Said".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("is said to have told".to_string()),
        Just(", by the".to_string()),
        Just("a Downing Street source".to_string()),
        Just("Engr.".to_string()),
        Just("not allowed to discuss".to_string()),
        Just("in a statement posted on".to_string()),
        Just("Jr.".to_string()),
        // Circumstances after ", with": "…, with the secretary, Gary Smith, warning of".
        Just("with".to_string()),
        Just("warning of".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string_annotates_without_panic(text in "\\PC*") {
        let a = annotator().annotate(&text);
        assert_invariants(&text, &a);
    }

    #[test]
    fn news_like_strings_keep_every_invariant(text in news_like()) {
        let a = annotator().annotate(&text);
        assert_invariants(&text, &a);
        assert_same_text_in_every_unit(&text);
    }
}
