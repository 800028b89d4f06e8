//! Throughput of `Annotator::annotate`: MB/s over a folder of articles, and time per MB as each
//! document grows to 2x and 4x its size, to show the annotator runs in linear time.
//!
//! `cargo bench --bench throughput`. The articles are every `.txt` under `WHOSAID_BENCH_DIR`
//! (default `../shared/data/polnear/train/text` beside the repository); when that folder is missing,
//! a synthetic corpus of made-up sentences is generated. `WHOSAID_BENCH_SECONDS` (default 1.5) is
//! the least time measured for each size.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use whosaid::Annotator;

#[path = "../tests/common/cue_soup.rs"]
mod cue_soup;
use cue_soup::{adversarial, noun_cue_run};

fn main() {
    let default = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/polnear/train/text");
    let dir = std::env::var_os("WHOSAID_BENCH_DIR").map_or(default, PathBuf::from);
    let seconds: f64 = std::env::var("WHOSAID_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.5);
    let (label, docs) = match load(&dir) {
        Some(docs) if !docs.is_empty() => (dir.display().to_string(), docs),
        _ => (
            "synthetic corpus (no folder at WHOSAID_BENCH_DIR or the default)".to_string(),
            synthetic(),
        ),
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    println!(
        "corpus: {label}\n{} documents, {:.2} MB, {:.1} KB on average\n",
        docs.len(),
        mb(bytes),
        bytes as f64 / docs.len() as f64 / 1e3
    );

    let annotator = Annotator::new();
    // Warm up caches and the allocator.
    for d in &docs {
        black_box(annotator.annotate(d));
    }

    println!(
        "{:<6} {:>12} {:>10} {:>12}",
        "size", "doc avg KB", "MB/s", "ms per MB"
    );
    let mut base = None;
    for factor in [1usize, 2, 4] {
        // Each document repeated as further paragraphs: the same text, longer documents.
        let grown: Vec<String> = docs
            .iter()
            .map(|d| vec![d.as_str(); factor].join("\n\n"))
            .collect();
        let total: usize = grown.iter().map(String::len).sum();
        let (elapsed, rounds) = measure(&annotator, &grown, Duration::from_secs_f64(seconds));
        let per_mb = elapsed.as_secs_f64() * 1e3 / (mb(total) * rounds as f64);
        let ratio = *base.get_or_insert(per_mb);
        println!(
            "{:<6} {:>12.1} {:>10.2} {:>12.2}   ({:.2}x the 1x time per MB)",
            format!("{factor}x"),
            total as f64 / grown.len() as f64 / 1e3,
            1e3 / per_mb,
            per_mb,
            per_mb / ratio
        );
    }

    // The worst cases for a rule-based reader: one "sentence" without a full stop, dense with
    // cues, quotation marks and names, or made of noun-like cues each before a verb cue,
    // growing to 4x. Time per MB must stay flat here too.
    let worst = [
        (
            "one sentence without a full stop, dense with cues",
            adversarial as fn(usize) -> String,
        ),
        ("one sentence of noun-like cues before verbs", noun_cue_run),
    ];
    for (label, make) in worst {
        println!("\n{label}:");
        let mut base = None;
        for factor in [1usize, 2, 4] {
            let doc = make(250_000 * factor);
            let (elapsed, rounds) = measure(
                &annotator,
                std::slice::from_ref(&doc),
                Duration::from_secs_f64(seconds),
            );
            let per_mb = elapsed.as_secs_f64() * 1e3 / (mb(doc.len()) * rounds as f64);
            let ratio = *base.get_or_insert(per_mb);
            println!(
                "{:<6} {:>10.2} MB {:>10.2} MB/s   ({:.2}x the 1x time per MB)",
                format!("{factor}x"),
                mb(doc.len()),
                1e3 / per_mb,
                per_mb / ratio
            );
        }
    }
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// Annotates every document, round after round, until at least `least` has passed.
fn measure(annotator: &Annotator, docs: &[String], least: Duration) -> (Duration, usize) {
    let start = Instant::now();
    let mut rounds = 0;
    while rounds == 0 || start.elapsed() < least {
        for d in docs {
            black_box(annotator.annotate(black_box(d)));
        }
        rounds += 1;
    }
    (start.elapsed(), rounds)
}

fn load(dir: &Path) -> Option<Vec<String>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    Some(
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect(),
    )
}

/// About 300 articles of 4 KB made of original sentences, chosen by a fixed pseudo-random sequence.
fn synthetic() -> Vec<String> {
    const SENTENCES: &[&str] = &[
        "“We will finish the bridge before the winter,” Mayor Lena Okafor said on Tuesday.",
        "The council reportedly rejected the plan, according to two officials familiar with the talks.",
        "A spokesman for the ministry denied that any money had been lost.",
        "Critics say the so-called reform may never be paid for.",
        "“It is too early to tell,” she told reporters, “but the signs are good.”",
        "Police said the cause of the fire could not be independently verified.",
        "The company, which employs 4,000 people in the region, declined to comment.",
        "Residents of Dunmore 🏘 complained about the noise for months.",
        "According to the report, costs rose by 12 percent last year.",
        "He added that the schedule was “ambitious but possible.”",
        "Officials believe the delay was caused by a shortage of steel.",
        "The minister, speaking in Parliament, insisted the budget was sound.",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..300)
        .map(|_| {
            let mut doc = String::from("Town plans new bridge\n\n");
            while doc.len() < 4000 {
                for _ in 0..(1 + next() % 4) {
                    doc.push_str(SENTENCES[(next() % SENTENCES.len() as u64) as usize]);
                    doc.push(' ');
                }
                doc.push_str("\n\n");
            }
            doc
        })
        .collect()
}
