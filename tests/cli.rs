//! The `whosaid` command line, run as a user runs it: bad input, standard input, and each format.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use whosaid::{brat, Annotator, Unit};

/// A sentence with curly quotes and an emoji, where bytes, code points and UTF-16 units all differ.
const ARTICLE: &str = "“We will finish the bridge by 2030 🌉,” Mayor Lena Okafor said on Monday.\n\
                       The council reportedly rejected the plan, officials said.\n";

/// A fresh empty folder under the system temp folder, unique to this test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn whosaid(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the whosaid binary runs");
    {
        let mut pipe = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            pipe.write_all(bytes).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn non_utf8_file_gets_one_line_naming_file_and_offset_and_the_others_are_still_done() {
    let dir = temp_dir("non-utf8");
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"The mayor said caf\xe9 prices rose.").unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, ARTICLE).unwrap();
    let out = whosaid(
        &[
            "annotate",
            "--format",
            "json",
            path_str(&bad),
            path_str(&good),
        ],
        None,
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("latin1.txt"), "{err}");
    assert!(err.contains("offset 18"), "{err}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let files = json.as_object().unwrap();
    assert_eq!(files.len(), 1);
    assert!(files.contains_key(path_str(&good)));
}

#[test]
fn missing_file_is_a_clear_error_line() {
    let dir = temp_dir("missing");
    let missing = dir.join("nowhere.txt");
    let out = whosaid(&["annotate", path_str(&missing)], None);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("whosaid: "), "{err}");
    assert!(
        err.contains("nowhere.txt") && err.contains("cannot read"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn empty_file_gives_an_empty_analysis() {
    let dir = temp_dir("empty");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let out = whosaid(&["annotate", "--format", "json", path_str(&empty)], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for key in [
        "paragraphs",
        "sentences",
        "quotes",
        "attributions",
        "speakers",
        "caveats",
    ] {
        assert_eq!(json[key], serde_json::json!([]), "{key}");
    }
    let out = whosaid(&["annotate", "--format", "brat", path_str(&empty)], None);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn reads_standard_input_with_a_dash_or_no_file() {
    for args in [
        &["annotate", "--format", "json", "-"][..],
        &["annotate", "-f", "json"],
    ] {
        let out = whosaid(args, Some(ARTICLE.as_bytes()));
        assert!(out.status.success(), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert!(json["paragraphs"].as_array().unwrap().len() == 2, "{json}");
    }
    let out = whosaid(&["annotate", "-"], Some(b"caf\xe9"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("<stdin>: not UTF-8 text (first bad byte at offset 3)"));
}

/// Every span of the analysis as `(what, start, end)`.
fn json_spans(json: &serde_json::Value) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut push = |what: String, span: &serde_json::Value| {
        let n = |k: &str| span[k].as_u64().unwrap() as usize;
        out.push((what, n("start"), n("end")));
    };
    for key in ["paragraphs", "sentences"] {
        for s in json[key].as_array().unwrap() {
            push(key.into(), s);
        }
    }
    for q in json["quotes"].as_array().unwrap() {
        push("quote".into(), &q["span"]);
        push("quote inner".into(), &q["inner"]);
    }
    for a in json["attributions"].as_array().unwrap() {
        push("cue".into(), &a["cue"]);
        if !a["source"].is_null() {
            push("source".into(), &a["source"]);
        }
        for c in a["content"].as_array().unwrap() {
            push("content".into(), c);
        }
    }
    for s in json["speakers"].as_array().unwrap() {
        for m in s["mentions"].as_array().unwrap() {
            push("mention".into(), m);
        }
    }
    for c in json["caveats"].as_array().unwrap() {
        push("caveat".into(), &c["span"]);
    }
    out
}

fn byte_spans(analysis: &whosaid::Analysis) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    out.extend(analysis.paragraphs.iter().map(|s| (s.start, s.end)));
    out.extend(analysis.sentences.iter().map(|s| (s.start, s.end)));
    for q in &analysis.quotes {
        out.push((q.span.start, q.span.end));
        out.push((q.inner.start, q.inner.end));
    }
    for a in &analysis.attributions {
        out.push((a.cue.start, a.cue.end));
        out.extend(a.source.map(|s| (s.start, s.end)));
        out.extend(a.content.iter().map(|s| (s.start, s.end)));
    }
    for s in &analysis.speakers {
        out.extend(s.mentions.iter().map(|m| (m.start, m.end)));
    }
    out.extend(analysis.caveats.iter().map(|c| (c.span.start, c.span.end)));
    out
}

#[test]
fn json_offsets_count_code_points() {
    let out = whosaid(&["annotate", "--format", "json"], Some(ARTICLE.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let spans = json_spans(&json);
    // The same analysis in bytes, from the library: each span must cover the same text.
    let analysis = Annotator::new().annotate(ARTICLE);
    let bytes = byte_spans(&analysis);
    assert_eq!(spans.len(), bytes.len());
    assert!(
        spans.iter().any(|(w, ..)| w == "sentences"),
        "the article has sentences"
    );
    let mut differs = false;
    for ((what, start, end), (bs, be)) in spans.iter().zip(&bytes) {
        let by_chars: String = ARTICLE.chars().skip(*start).take(end - start).collect();
        assert_eq!(by_chars, &ARTICLE[*bs..*be], "{what} {start}..{end}");
        differs |= start != bs;
    }
    assert!(
        differs,
        "curly quotes and emoji should make code points differ from bytes"
    );
    // And the unit conversion agrees with the library's.
    let converted = analysis.in_unit(ARTICLE, Unit::CodePoints);
    assert_eq!(
        json_spans(&serde_json::to_value(&converted).unwrap()),
        spans
    );
}

#[test]
fn brat_output_round_trips_through_parse_ann() {
    let out = whosaid(&["annotate", "--format", "brat"], Some(ARTICLE.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let ann_text = stdout(&out);
    let ann = brat::parse_ann(ARTICLE, &ann_text).expect("our own output parses");
    let chars: Vec<char> = ARTICLE.chars().collect();
    // Each T line's covered text is the text at its code-point offsets, fragments joined by a space.
    for line in ann_text.lines().filter(|l| l.starts_with('T')) {
        let id = line.split('\t').next().unwrap();
        let covered = line.split('\t').nth(2).unwrap();
        let span = ann.span(id).unwrap();
        let want: Vec<String> = span
            .fragments
            .iter()
            .map(|f| {
                chars[f.start..f.end]
                    .iter()
                    .collect::<String>()
                    .replace('\n', " ")
            })
            .collect();
        assert_eq!(covered, want.join(" "), "{line}");
    }
    // Events link existing spans; attributes point at caveats.
    for e in &ann.events {
        for (_, id) in &e.roles {
            assert!(ann.span(id).is_some(), "{id}");
        }
    }
    for a in &ann.attributes {
        assert_eq!(ann.span(&a.target).unwrap().kind, "Caveat");
    }
    // The written file is what the library writes.
    let analysis = Annotator::new().annotate(ARTICLE);
    assert_eq!(ann_text, brat::to_ann(ARTICLE, &analysis));
    assert_eq!(ann.events.len(), analysis.attributions.len());
}

#[test]
fn brat_with_out_dir_writes_ann_and_a_copy_of_the_text() {
    let dir = temp_dir("brat-out");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, ARTICLE).unwrap();
    std::fs::write(&b, "Nothing to see.\n").unwrap();
    let out_dir = dir.join("out");
    let out = whosaid(
        &[
            "annotate",
            "-f",
            "brat",
            "--out-dir",
            path_str(&out_dir),
            path_str(&a),
            path_str(&b),
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(out_dir.join("a.txt")).unwrap(),
        ARTICLE
    );
    let ann = std::fs::read_to_string(out_dir.join("a.ann")).unwrap();
    brat::parse_ann(ARTICLE, &ann).unwrap();
    assert!(out_dir.join("b.ann").exists());

    // Several files without --out-dir is a usage error.
    let out = whosaid(
        &["annotate", "-f", "brat", path_str(&a), path_str(&b)],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--out-dir"));
}

#[test]
fn text_format_is_plain_when_not_a_terminal_and_coloured_on_request() {
    let plain = whosaid(&["annotate"], Some(ARTICLE.as_bytes()));
    assert!(plain.status.success());
    let text = stdout(&plain);
    assert!(!text.contains('\x1b'), "{text}");
    assert!(text.starts_with("Marks: [source] <cue> {content} _caveat_\n"));
    assert!(text.contains("Who said what") && text.contains("Caveats"));
    // With the brackets removed, the article itself is there unchanged.
    let unmarked: String = text
        .lines()
        .skip(2)
        .take(2)
        .collect::<Vec<_>>()
        .join("\n")
        .chars()
        .filter(|c| !"[]<>{}_".contains(*c))
        .collect();
    assert_eq!(format!("{unmarked}\n"), ARTICLE);

    let coloured = whosaid(&["annotate", "--color", "always"], Some(ARTICLE.as_bytes()));
    assert!(stdout(&coloured).contains("\x1b["));
}

#[test]
fn a_speaker_of_two_cues_is_bracketed_once() {
    let out = whosaid(
        &["annotate"],
        Some(b"The union praised the deal and urged members to back it.\n"),
    );
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("\n[The union] <praised>"), "{text}");
}

#[test]
fn several_text_files_get_a_heading_each() {
    let dir = temp_dir("headings");
    let (a, b) = (dir.join("one.txt"), dir.join("two.txt"));
    std::fs::write(&a, ARTICLE).unwrap();
    std::fs::write(&b, "").unwrap();
    let out = whosaid(&["annotate", path_str(&a), path_str(&b)], None);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains(&format!("== {} ==", path_str(&a))));
    assert!(text.contains(&format!("== {} ==", path_str(&b))));
}

/// A tiny gold folder: two documents of made-up text, one annotated by two people.
fn gold_folder(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir_all(dir.join("text")).unwrap();
    std::fs::create_dir_all(dir.join("attributions")).unwrap();
    std::fs::write(
        dir.join("text/one.txt"),
        "Ms Okafor said the bridge would open in May.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("attributions/one_b.ann"),
        "T1\tSource 0 9\tMs Okafor\nT2\tCue 10 14\tsaid\nT3\tContent 15 43\tthe bridge would open in May\n\
         T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
    )
    .unwrap();
    std::fs::write(dir.join("attributions/one_a.ann"), "T1\tCue 10 14\tsaid\n").unwrap();
    std::fs::write(dir.join("text/two.txt"), "The council said nothing new.\n").unwrap();
    std::fs::write(
        dir.join("attributions/two.ann"),
        "T1\tSource 0 11\tThe council\nT2\tCue 12 16\tsaid\nT3\tContent 17 28\tnothing new\n\
         T4\tAttribution 12 16\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
    )
    .unwrap();
    dir
}

#[test]
fn eval_of_a_prediction_folder_prints_the_reference_layout() {
    let gold = gold_folder("eval-pred");
    let pred = gold.join("pred");
    std::fs::create_dir_all(&pred).unwrap();
    // one.ann is missing; two.ann finds the cue and the source, content too long.
    std::fs::write(
        pred.join("two.ann"),
        "T1\tSource 0 11\tThe council\nT2\tCue 12 16\tsaid\nT3\tContent 17 29\tnothing new.\n\
         T4\tAttribution 12 16\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
    )
    .unwrap();
    let out = whosaid(
        &["eval", path_str(&gold), "--pred-dir", path_str(&pred)],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The first annotator in sorted order (one_a.ann) has only a cue for document one.
    assert_eq!(
        stdout(&out),
        "Source exact           P 100.0  R 100.0  F1 100.0   (gold 1, pred 1)\n\
         Source overlap         P 100.0  R 100.0  F1 100.0   (gold 1, pred 1)\n\
         Cue exact              P 100.0  R  50.0  F1  66.7   (gold 2, pred 1)\n\
         Cue overlap            P 100.0  R  50.0  F1  66.7   (gold 2, pred 1)\n\
         Content exact          P 100.0  R 100.0  F1 100.0   (gold 1, pred 1)\n\
         Content overlap        P 100.0  R 100.0  F1 100.0   (gold 1, pred 1)\n\
         Attribution overlap    P 100.0  R 100.0  F1 100.0   (gold 1, pred 1)\n\
         documents              2\n\
         missing predictions    1\n"
    );
    let json = whosaid(
        &[
            "eval",
            path_str(&gold),
            "--pred-dir",
            path_str(&pred),
            "--json",
        ],
        None,
    );
    assert_eq!(
        stdout(&json),
        "{\"Source exact\": {\"p\": 100.0, \"r\": 100.0, \"f1\": 100.0, \"gold\": 1, \"pred\": 1, \"tp\": 1}, \
         \"Source overlap\": {\"p\": 100.0, \"r\": 100.0, \"f1\": 100.0, \"gold\": 1, \"pred\": 1, \"tp\": 1}, \
         \"Cue exact\": {\"p\": 100.0, \"r\": 50.0, \"f1\": 66.7, \"gold\": 2, \"pred\": 1, \"tp\": 1}, \
         \"Cue overlap\": {\"p\": 100.0, \"r\": 50.0, \"f1\": 66.7, \"gold\": 2, \"pred\": 1, \"tp\": 1}, \
         \"Content exact\": {\"p\": 100.0, \"r\": 100.0, \"f1\": 100.0, \"gold\": 1, \"pred\": 1, \"tp\": 1}, \
         \"Content overlap\": {\"p\": 100.0, \"r\": 100.0, \"f1\": 100.0, \"gold\": 1, \"pred\": 1, \"tp\": 1}, \
         \"Attribution overlap\": {\"p\": 100.0, \"r\": 100.0, \"f1\": 100.0, \"gold\": 1, \"pred\": 1, \"tp\": 1}, \
         \"documents\": 2, \"missing predictions\": 1}\n"
    );
}

#[test]
fn eval_annotates_in_memory_writes_predictions_and_lists_errors() {
    let gold = gold_folder("eval-mem");
    let pred = gold.join("written");
    let out = whosaid(
        &["eval", path_str(&gold), "--write-pred", path_str(&pred)],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pred.join("one.ann").exists() && pred.join("two.ann").exists());
    // Scoring the written files gives the same figures as scoring in memory.
    let again = whosaid(
        &["eval", path_str(&gold), "--pred-dir", path_str(&pred)],
        None,
    );
    assert_eq!(stdout(&out), stdout(&again));

    let errors = whosaid(&["eval", path_str(&gold), "--errors"], None);
    assert!(errors.status.success());
    let text = stdout(&errors);
    assert!(text.contains("\nErrors: "), "{text}");

    // An empty prediction folder: every gold cue is missed, each shown in its sentence.
    let empty = gold.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = whosaid(
        &[
            "eval",
            path_str(&gold),
            "--pred-dir",
            path_str(&empty),
            "--errors",
        ],
        None,
    );
    let text = stdout(&out);
    assert!(
        text.contains("  two: The council [[said]] nothing new."),
        "{text}"
    );
}

#[test]
fn eval_of_a_folder_without_text_is_a_clear_error() {
    let dir = temp_dir("not-gold");
    let out = whosaid(&["eval", path_str(&dir)], None);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("not an evaluation folder"), "{err}");
    assert_eq!(err.lines().count(), 1);
}
