//! The scorer on small hand-made gold and prediction folders. Every expected figure here is what
//! `shared/tools/score-brat.py` prints for the same files (checked by hand when written); the tests
//! themselves need neither Python nor the shared data.

use std::path::{Path, PathBuf};

use whosaid::eval::{self, Prf, Report};

/// A gold folder and a prediction folder in a fresh temp folder.
struct Case {
    gold: PathBuf,
    pred: PathBuf,
}

impl Case {
    fn new(name: &str) -> Case {
        let root = std::env::temp_dir().join(format!("whosaid-eval-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for sub in ["gold/text", "gold/attributions", "pred"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        Case {
            gold: root.join("gold"),
            pred: root.join("pred"),
        }
    }

    /// Adds a document: its text, its gold `.ann` lines and (if any) its predicted `.ann` lines.
    fn doc(&self, name: &str, text: &str, gold: &[&str], pred: Option<&[&str]>) -> &Case {
        write(&self.gold.join("text").join(format!("{name}.txt")), text);
        write(
            &self.gold.join("attributions").join(format!("{name}.ann")),
            &lines(gold),
        );
        if let Some(pred) = pred {
            write(&self.pred.join(format!("{name}.ann")), &lines(pred));
        }
        self
    }

    fn report(&self) -> Report {
        eval::score_dirs(&self.gold, &self.pred, false)
            .unwrap()
            .report()
    }
}

fn write(path: &Path, body: &str) {
    std::fs::write(path, body).unwrap();
}

fn lines(ls: &[&str]) -> String {
    ls.iter().map(|l| format!("{l}\n")).collect()
}

/// Offsets of `needle` in `text`, in code points, as `"start end"`.
fn at(text: &str, needle: &str) -> String {
    let b = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in {text:?}"));
    let start = text[..b].chars().count();
    format!("{start} {}", start + needle.chars().count())
}

#[track_caller]
fn assert_score(report: &Report, key: &str, tp: usize, gold: usize, pred: usize) {
    let got = report
        .scores
        .iter()
        .find(|(k, _)| k == key)
        .unwrap_or_else(|| panic!("no {key:?} in {report:?}"))
        .1;
    assert_eq!((got.tp, got.gold, got.pred), (tp, gold, pred), "{key}");
    assert_eq!(got, Prf::new(tp, gold, pred));
}

fn has(report: &Report, key: &str) -> bool {
    report.scores.iter().any(|(k, _)| k == key)
}

const OKAFOR: &str = "“The bridge will open in May,” Ms Okafor said. 🌉 The council denied it.\n";

#[test]
fn exact_needs_the_same_trimmed_span_overlap_any_shared_character() {
    let t = OKAFOR;
    let case = Case::new("exact-overlap");
    case.doc(
        "a",
        t,
        &[
            &format!("T1\tSource {}\tMs Okafor", at(t, "Ms Okafor")),
            &format!("T2\tCue {}\tsaid", at(t, "said")),
        ],
        Some(&[
            // Quote marks, commas and spaces at the ends are trimmed before comparing.
            &format!("T1\tCue {}\t said.", at(t, " said.")),
            &format!("T2\tSource {}\tOkafor", at(t, "Okafor")),
        ]),
    );
    let r = case.report();
    assert_score(&r, "Cue exact", 1, 1, 1);
    assert_score(&r, "Source exact", 0, 1, 1);
    assert_score(&r, "Source overlap", 1, 1, 1);
    assert_score(&r, "Content exact", 0, 0, 0);
    let keys: Vec<&str> = r.scores.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "Source exact",
            "Source overlap",
            "Cue exact",
            "Cue overlap",
            "Content exact",
            "Content overlap"
        ],
        "no gold events: no whole-attribution score"
    );
}

#[test]
fn overlap_matching_is_one_to_one_and_ties_go_to_the_later_gold_span() {
    let t = "abcdefghijklmnopqrstuvwxyz";
    let case = Case::new("greedy");
    // Gold cues g0 = 0..4 and g1 = 10..14. Prediction p0 = 2..12 shares 2 characters with each,
    // p1 = 0..1 shares 1 with g0. Python's reverse sort takes (2, g1, p0) first, so p1 can still
    // match g0: two matches. Ties going to g0 would leave only one.
    case.doc(
        "a",
        t,
        &["T1\tCue 0 4\tabcd", "T2\tCue 10 14\tklmn"],
        Some(&["T1\tCue 2 12\tcdefghijkl", "T2\tCue 0 1\ta"]),
    );
    // One prediction covering two gold spans matches only one of them.
    case.doc(
        "b",
        t,
        &["T1\tCue 0 4\tabcd", "T2\tCue 6 9\tghi"],
        Some(&["T1\tCue 0 9\tabcdefghi"]),
    );
    let r = case.report();
    assert_score(&r, "Cue overlap", 3, 4, 3);
    assert_score(&r, "Cue exact", 0, 4, 3);
}

#[test]
fn discontinuous_spans_match_exactly_only_with_every_fragment() {
    let t = "“We will build it,” she said, “and soon.”\n";
    let frag1 = at(t, "We will build it,");
    let frag2 = at(t, "and soon.");
    let case = Case::new("discontinuous");
    case.doc(
        "a",
        t,
        &[&format!(
            "T1\tContent {frag1};{frag2}\tWe will build it, and soon."
        )],
        Some(&[&format!(
            "T1\tContent {frag1};{frag2}\tWe will build it, and soon."
        )]),
    );
    case.doc(
        "b",
        t,
        &[&format!(
            "T1\tContent {frag1};{frag2}\tWe will build it, and soon."
        )],
        Some(&[&format!("T1\tContent {frag1}\tWe will build it,")]),
    );
    let r = case.report();
    assert_score(&r, "Content exact", 1, 2, 2);
    assert_score(&r, "Content overlap", 2, 2, 2);
}

#[test]
fn whole_attributions_need_cue_content_and_a_source_where_gold_has_one() {
    let t = OKAFOR;
    let gold = [
        format!("T1\tSource {}\tMs Okafor", at(t, "Ms Okafor")),
        format!("T2\tCue {}\tsaid", at(t, "said")),
        format!(
            "T3\tContent {}\tThe bridge will open in May",
            at(t, "The bridge will open in May")
        ),
        format!("T4\tAttribution {}\tsaid", at(t, "said")),
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3".to_string(),
        format!("T5\tCue {}\tdenied", at(t, "denied")),
        format!("T6\tContent {}\tit", at(t, "it.")),
        format!("T7\tAttribution-no-source {}\tdenied", at(t, "denied")),
        "E2\tAttribution-no-source:T7 Cue:T5 Content:T6".to_string(),
    ];
    let gold: Vec<&str> = gold.iter().map(String::as_str).collect();
    let case = Case::new("whole");
    // Prediction: the first without its source (no match), the second with an extra source (match).
    let pred = [
        format!("T1\tCue {}\tsaid", at(t, "said")),
        format!("T2\tContent {}\tbridge", at(t, "bridge")),
        "E1\tAttribution:T1 Cue:T1 Content:T2".to_string(),
        format!("T3\tSource {}\tThe council", at(t, "The council")),
        format!("T4\tCue {}\tdenied", at(t, "denied")),
        format!("T5\tContent {}\tit", at(t, "it.")),
        "E2\tAttribution:T4 Source:T3 Cue:T4 Content:T5".to_string(),
    ];
    let pred: Vec<&str> = pred.iter().map(String::as_str).collect();
    case.doc("a", t, &gold, Some(&pred));
    let r = case.report();
    assert_score(&r, "Attribution overlap", 1, 2, 2);
    assert_score(&r, "Source overlap", 0, 1, 1);
}

const HEDGED: &str =
    "If it rains, the match may be cancelled, which officials reportedly denied.\n";

fn hedge_gold(t: &str) -> Vec<String> {
    vec![
        format!("T1\tHedge {}\tIf", at(t, "If")),
        "A1\tCueType T1 condition".into(),
        format!("T2\tHedge {}\tmay", at(t, "may")),
        "A2\tCueType T2 possible".into(),
        format!("T3\tHedge {}\treportedly", at(t, "reportedly")),
        "A3\tCueType T3 probable".into(),
    ]
}

#[test]
fn gold_conditionals_are_left_out_and_predictions_on_them_count_neither_way() {
    let t = HEDGED;
    let gold = hedge_gold(t);
    let gold: Vec<&str> = gold.iter().map(String::as_str).collect();
    let case = Case::new("conditional");
    case.doc(
        "a",
        t,
        &gold,
        Some(&[
            &format!("T1\tCaveat {}\tIf it", at(t, "If it")),
            &format!("T2\tCaveat {}\tmay", at(t, "may")),
        ]),
    );
    let r = case.report();
    assert_score(&r, "Hedge overlap", 1, 2, 1);
    // The conditional's recall still shows, by type.
    assert_eq!(
        r.hedge_recall_by_type,
        vec![
            ("condition".to_string(), 100.0),
            ("possible".to_string(), 100.0),
            ("probable".to_string(), 0.0)
        ]
    );
    assert!(!has(&r, "Cue exact"), "a hedge corpus scores no roles");
}

#[test]
fn only_caveats_of_kind_hedge_or_without_kind_are_scored_as_hedges() {
    let t = HEDGED;
    let gold = hedge_gold(t);
    let gold: Vec<&str> = gold.iter().map(String::as_str).collect();
    let case = Case::new("kinds");
    case.doc(
        "a",
        t,
        &gold,
        Some(&[
            &format!("T1\tCaveat {}\tmay", at(t, "may")),
            "A1\tKind T1 denial",
            &format!("T2\tCaveat {}\treportedly", at(t, "reportedly")),
            &format!("T3\tCaveat {}\tofficials", at(t, "officials")),
            "A2\tKind T3 anonymous",
            &format!("T4\tCaveat {}\tdenied", at(t, "denied")),
            "A3\tKind T4 something-else",
        ]),
    );
    let r = case.report();
    // "reportedly" (no kind) matches; "denied" (an unknown kind) is a false alarm; the denial and
    // the anonymous source are not scored.
    assert_score(&r, "Hedge overlap", 1, 2, 2);
}

#[test]
fn first_annotator_in_sorted_order_missing_predictions_and_documents() {
    let case = Case::new("annotators");
    let t = "She said so.\n";
    write(&case.gold.join("text/a.txt"), t);
    write(
        &case.gold.join("attributions/a_zed.ann"),
        "T1\tCue 0 3\tShe\n",
    );
    write(
        &case.gold.join("attributions/a_amy.ann"),
        "T1\tCue 4 8\tsaid\n",
    );
    write(&case.gold.join("text/b.txt"), t);
    write(&case.gold.join("attributions/b.ann"), "T1\tCue 4 8\tsaid\n");
    write(&case.pred.join("a.ann"), "T1\tCue 4 8\tsaid\n");
    let r = case.report();
    assert_score(&r, "Cue exact", 1, 2, 1);
    assert_eq!((r.documents, r.missing_predictions), (2, 1));
}

#[test]
fn predictions_in_a_document_without_gold_attributions_are_not_counted() {
    let case = Case::new("no-gold-roles");
    let t = "She said so.\n";
    case.doc("a", t, &["T1\tCue 4 8\tsaid"], Some(&["T1\tCue 4 8\tsaid"]));
    case.doc(
        "b",
        t,
        &[],
        Some(&["T1\tCue 4 8\tsaid", "T2\tSource 0 3\tShe"]),
    );
    let r = case.report();
    assert_score(&r, "Cue exact", 1, 1, 1);
    assert_score(&r, "Source exact", 0, 0, 0);
}

#[test]
fn text_is_read_with_universal_newlines_like_python() {
    let case = Case::new("newlines");
    // Offsets count the \r\n as one character, as Python's text mode reads it.
    let t = "Headline\r\nShe said so.\r\n";
    case.doc(
        "a",
        t,
        &["T1\tCue 13 17\tsaid"],
        Some(&["T1\tCue 13 17\tsaid"]),
    );
    assert_score(&case.report(), "Cue exact", 1, 1, 1);
}

#[test]
fn percentages_round_half_to_even_like_python() {
    let case = Case::new("rounding");
    let t = "abcdefghijklmnopqrstuvwxyz";
    let pred: Vec<String> = (0..16)
        .map(|i| format!("T{i}\tCue {i} {}\tx", i + 1))
        .collect();
    let pred: Vec<&str> = pred.iter().map(String::as_str).collect();
    case.doc("a", t, &["T1\tCue 0 1\ta"], Some(&pred));
    let r = case.report();
    // 1/16 = 6.25 %: Python's round gives 6.2, not 6.3.
    let prf = r.scores.iter().find(|(k, _)| k == "Cue exact").unwrap().1;
    assert_eq!((prf.p, prf.r, prf.f1), (6.2, 100.0, 11.8));
    assert!(r
        .to_text()
        .contains("Cue exact              P   6.2  R 100.0  F1  11.8   (gold 1, pred 16)\n"));
    assert!(r
        .to_json()
        .contains("\"Cue exact\": {\"p\": 6.2, \"r\": 100.0, \"f1\": 11.8, \"gold\": 1, \"pred\": 16, \"tp\": 1}"));
}

#[test]
fn hedge_report_lines_match_the_reference_layout() {
    let t = HEDGED;
    let gold = hedge_gold(t);
    let gold: Vec<&str> = gold.iter().map(String::as_str).collect();
    let case = Case::new("hedge-layout");
    case.doc(
        "a",
        t,
        &gold,
        Some(&[&format!("T1\tCaveat {}\tmay", at(t, "may"))]),
    );
    let r = case.report();
    assert_eq!(
        r.to_text(),
        "Hedge overlap          P 100.0  R  50.0  F1  66.7   (gold 2, pred 1)\n\
         Hedge recall by type   {'condition': 0.0, 'possible': 100.0, 'probable': 0.0}\n\
         documents              1\n\
         missing predictions    0\n"
    );
    assert_eq!(
        r.to_json(),
        "{\"Hedge overlap\": {\"p\": 100.0, \"r\": 50.0, \"f1\": 66.7, \"gold\": 2, \"pred\": 1, \"tp\": 1}, \
         \"Hedge recall by type\": {\"condition\": 0.0, \"possible\": 100.0, \"probable\": 0.0}, \
         \"documents\": 1, \"missing predictions\": 0}"
    );
}

#[test]
fn a_role_span_past_the_end_of_the_text_is_an_error_naming_the_file_and_line() {
    let case = Case::new("past-end");
    case.doc(
        "a",
        "Short.\n",
        &[],
        Some(&["T1\tCue 0 3\tSho", "T2\tCue 2 40\tx"]),
    );
    let err = eval::score_dirs(&case.gold, &case.pred, false)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("a.ann:2:") && err.contains("past the end"),
        "{err}"
    );
}

#[test]
fn in_memory_evaluation_equals_scoring_the_written_predictions() {
    let case = Case::new("in-memory");
    let t = OKAFOR;
    case.doc(
        "a",
        t,
        &[
            &format!("T1\tCue {}\tsaid", at(t, "said")),
            &format!("T2\tSource {}\tMs Okafor", at(t, "Ms Okafor")),
        ],
        None,
    );
    case.doc("b", "Nothing here.\n", &["T1\tCue 0 7\tNothing"], None);
    let written = case.pred.join("written");
    let memory = eval::annotate_and_score(
        &case.gold,
        &eval::AnnotateOptions {
            threads: 2,
            collect_errors: true,
            write_pred: Some(&written),
            progress: &|_, _| {},
        },
    )
    .unwrap();
    let files = eval::score_dirs(&case.gold, &written, true).unwrap();
    assert_eq!(memory.report(), files.report());
    assert_eq!(memory.error_listing(), files.error_listing());
    assert_eq!(memory.report().documents, 2);
}
