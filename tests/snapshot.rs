//! Snapshots of the sample articles in `www/samples/`: each sentence, then every mark drawn under
//! the words it covers with its tag beside it. A change of behaviour shows up as a reviewable diff
//! in `tests/snapshots/`. Run with `UPDATE_SNAPSHOTS=1` to accept a change.

use std::fmt::Write;
use std::path::Path;

use whosaid::{Analysis, Annotator, Span};

struct Mark {
    span: Span,
    label: String,
}

fn marks(text: &str, a: &Analysis) -> Vec<Mark> {
    let mut out = Vec::new();
    for (i, at) in a.attributions.iter().enumerate() {
        let who = at
            .speaker
            .map_or("?".to_string(), |s| a.speakers[s].name.clone());
        out.push(Mark {
            span: at.cue,
            label: format!(
                "cue #{i} ({}, {}) → {who}",
                at.rule,
                serde_json::to_string(&at.kind).unwrap().trim_matches('"')
            ),
        });
        if let Some(s) = at.source {
            out.push(Mark {
                span: s,
                label: format!("source #{i}"),
            });
        }
        for c in &at.content {
            out.push(Mark {
                span: *c,
                label: format!("claim #{i}"),
            });
        }
    }
    for c in &a.caveats {
        let linked = c.attribution.map_or(String::new(), |i| format!(" of #{i}"));
        out.push(Mark {
            span: c.span,
            label: format!("{}{linked}: {}", c.kind.name(), c.cue),
        });
    }
    let _ = text;
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    out
}

fn render(text: &str, a: &Analysis) -> String {
    let mut out = String::new();
    let marks = marks(text, a);
    for s in &a.sentences {
        let line = s.text(text).replace('\n', "¶");
        writeln!(out, "{line}").unwrap();
        for m in marks.iter().filter(|m| m.span.overlaps(*s)) {
            let start = m.span.start.max(s.start);
            let end = m.span.end.min(s.end);
            let pad = text[s.start..start].chars().count();
            let width = text[start..end].chars().count().max(1);
            let more = if m.span.end > s.end { "…" } else { "" };
            writeln!(
                out,
                "{}^{} {}{more}",
                " ".repeat(pad),
                "~".repeat(width - 1),
                m.label
            )
            .unwrap();
        }
        out.push('\n');
    }
    writeln!(out, "speakers:").unwrap();
    for sp in &a.speakers {
        let mentions: Vec<&str> = sp.mentions.iter().map(|m| m.text(text)).collect();
        writeln!(
            out,
            "  {} ({:?}) roles {:?} mentions {:?}",
            sp.name, sp.kind, sp.roles, mentions
        )
        .unwrap();
    }
    out
}

#[test]
fn sample_articles_match_their_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let annotator = Annotator::new();
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    let mut samples: Vec<_> = std::fs::read_dir(root.join("www/samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    samples.sort();
    assert!(samples.len() >= 3, "expected the sample articles");
    for path in samples {
        let text = std::fs::read_to_string(&path).unwrap();
        let got = render(&text, &annotator.annotate(&text));
        let snap = root
            .join("tests/snapshots")
            .join(path.file_stem().unwrap())
            .with_extension("snap");
        if update {
            std::fs::write(&snap, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&snap) {
            Ok(want) if want == got => {}
            Ok(want) => {
                let first = want
                    .lines()
                    .zip(got.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                failures.push(format!(
                    "{}: differs from line {}:\n  want: {}\n  got:  {}",
                    snap.display(),
                    first + 1,
                    want.lines().nth(first).unwrap_or(""),
                    got.lines().nth(first).unwrap_or("")
                ));
            }
            Err(_) => failures.push(format!(
                "{}: missing (run with UPDATE_SNAPSHOTS=1)",
                snap.display()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "snapshots differ; review, then UPDATE_SNAPSHOTS=1 cargo test --test snapshot\n{}",
        failures.join("\n")
    );
}
