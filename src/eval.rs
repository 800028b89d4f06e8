//! Evaluation against brat gold data: the same figures as the reference scorer
//! `shared/tools/score-brat.py`, computed the same way.
//!
//! A gold folder holds `text/NAME.txt` and `attributions/NAME.ann` (or `NAME_<annotator>.ann`, of
//! which the first in sorted order counts). Predictions are one `NAME.ann` per text, read from a
//! folder ([`score_dirs`]) or made in memory by the annotator ([`annotate_and_score`]).
//!
//! What is scored, as the reference does it:
//! - `Source`, `Cue` and `Content` spans, each trimmed of white space, punctuation and quote marks at
//!   both ends ([`TRIM`]), exactly (same fragments) and by overlap (shared characters), matched one to
//!   one greedily: pairs scored by shared characters, best first, ties going to the later gold span
//!   and then the later prediction (Python sorts `(score, i, j)` tuples in reverse);
//! - whole attributions (`E` lines): cue and content overlap, and source overlap wherever the gold
//!   attribution has a source; scored `1 + shared content characters`;
//! - `Hedge` spans against predicted `Caveat` spans whose kind attribute is `hedge` or absent; gold
//!   conditionals are left out, and a prediction overlapping one counts neither way.
//!
//! Quirks kept on purpose because the reference has them: text is read with Python's universal
//! newlines (`\r\n` and `\r` become `\n`) and indexed in code points; a document whose gold has no
//! attribution spans scores no roles (its predicted roles are not counted), and one without gold
//! events scores no whole attributions; percentages are rounded to one decimal the way Python's
//! `round()` does (half to even on the exact binary value).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::brat::{self, Ann};
use crate::error::Error;
use crate::span::Span;

/// Characters trimmed from both ends of a role span before it is compared.
pub const TRIM: &[char] = &[
    ' ', '\t', '\n', '\r', '"', '“', '”', '‘', '’', '\'', '.', ',', ';', ':', '—', '–', '-', '(',
    ')', '[', ']',
];

/// Caveat kinds that are not hedges: predicted caveats of these kinds are not scored on hedges.
const NOT_HEDGE: &[&str] = &["denial", "evidence", "distancing", "anonymous"];

const ROLES: [&str; 3] = ["Source", "Cue", "Content"];

/// One document of a gold folder.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file name without `.txt`.
    pub name: String,
    pub text_path: PathBuf,
    /// The gold `.ann` file; `None` when there is none (the document then has no gold spans).
    pub gold_path: Option<PathBuf>,
}

/// Lists the documents of a gold folder in the reference's order: `text/*.txt` sorted, hidden files
/// left out, each with `attributions/NAME.ann` or else the first `attributions/NAME_*.ann`.
pub fn documents(gold_dir: &Path) -> Result<Vec<Document>, Error> {
    let names = |sub: &str| -> Result<Vec<String>, Error> {
        let dir = gold_dir.join(sub);
        if !dir.is_dir() {
            return Err(Error::BadGoldDir {
                path: gold_dir.to_path_buf(),
                reason: format!("no {sub}/ folder"),
            });
        }
        let entries = std::fs::read_dir(&dir).map_err(|source| Error::Io {
            path: dir.clone(),
            source,
        })?;
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| !n.starts_with('.'))
            .collect();
        names.sort();
        Ok(names)
    };
    let texts = names("text")?;
    let anns = names("attributions")?;
    let mut docs = Vec::new();
    for t in &texts {
        let Some(name) = t.strip_suffix(".txt") else {
            continue;
        };
        let exact = format!("{name}.ann");
        let gold = if anns.binary_search(&exact).is_ok() {
            Some(exact)
        } else {
            // Names starting with `NAME_` are contiguous in sorted order; the first `.ann` among them.
            let prefix = format!("{name}_");
            let from = anns.partition_point(|a| a.as_str() < prefix.as_str());
            anns[from..]
                .iter()
                .take_while(|a| a.starts_with(&prefix))
                .find(|a| a.ends_with(".ann"))
                .cloned()
        };
        docs.push(Document {
            name: name.to_string(),
            text_path: gold_dir.join("text").join(t),
            gold_path: gold.map(|g| gold_dir.join("attributions").join(g)),
        });
    }
    Ok(docs)
}

/// Reads a text file as the reference does: UTF-8, with `\r\n` and a lone `\r` turned into `\n`.
pub fn read_text_like_python(path: &Path) -> Result<String, Error> {
    let text = crate::error::read_text(path)?;
    Ok(universal_newlines(text))
}

fn universal_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Precision, recall and F1 in percent (rounded as the reference rounds) with the counts behind them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    pub gold: usize,
    pub pred: usize,
    pub tp: usize,
}

impl Prf {
    pub fn new(tp: usize, gold: usize, pred: usize) -> Prf {
        let p = if pred > 0 {
            tp as f64 / pred as f64
        } else {
            0.0
        };
        let r = if gold > 0 {
            tp as f64 / gold as f64
        } else {
            0.0
        };
        // Same operations in the same order as the reference: (2 * p * r) / (p + r).
        let f = if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            p: py_round1(100.0 * p),
            r: py_round1(100.0 * r),
            f1: py_round1(100.0 * f),
            gold,
            pred,
            tp,
        }
    }
}

/// Python's `round(x, 1)`: the exact binary value of `x` rounded to one decimal, half to even.
pub fn py_round1(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    // Enough digits to print any f64 of this range exactly (a double has at most 1074 fractional
    // bits, but values here are percentages, well above 1e-30).
    let s = format!("{:.200}", x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, "0"));
    let frac = frac.as_bytes();
    let tenths = (frac[0] - b'0') as u128;
    let mut n: u128 = int.parse::<u128>().unwrap_or(0) * 10 + tenths;
    let rest = &frac[1..];
    let up = match rest.first() {
        Some(b'6'..=b'9') => true,
        Some(b'5') => rest[1..].iter().any(|&d| d != b'0') || n % 2 == 1,
        _ => false,
    };
    if up {
        n += 1;
    }
    let v = n as f64 / 10.0;
    if x < 0.0 {
        -v
    } else {
        v
    }
}

/// The figures of one evaluation, in the reference's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// `("Source exact", …)`, … in the order each first appeared.
    pub scores: Vec<(String, Prf)>,
    /// Recall per gold hedge cue type, sorted by type; empty when no document had hedges.
    pub hedge_recall_by_type: Vec<(String, f64)>,
    pub documents: usize,
    pub missing_predictions: usize,
}

impl Report {
    /// The reference's default output, line for line.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (k, v) in &self.scores {
            let _ = writeln!(
                out,
                "{k:<22} P {:5.1}  R {:5.1}  F1 {:5.1}   (gold {}, pred {})",
                v.p, v.r, v.f1, v.gold, v.pred
            );
        }
        if !self.hedge_recall_by_type.is_empty() {
            let items: Vec<String> = self
                .hedge_recall_by_type
                .iter()
                .map(|(k, v)| format!("{}: {v:?}", py_repr_str(k)))
                .collect();
            let _ = writeln!(
                out,
                "{:<22} {{{}}}",
                "Hedge recall by type",
                items.join(", ")
            );
        }
        let _ = writeln!(out, "{:<22} {}", "documents", self.documents);
        let _ = writeln!(
            out,
            "{:<22} {}",
            "missing predictions", self.missing_predictions
        );
        out
    }

    /// The reference's `--json` output (Python's `json.dumps`), byte for byte.
    pub fn to_json(&self) -> String {
        let mut items = Vec::new();
        for (k, v) in &self.scores {
            items.push(format!(
                "{}: {{\"p\": {:?}, \"r\": {:?}, \"f1\": {:?}, \"gold\": {}, \"pred\": {}, \"tp\": {}}}",
                py_json_str(k),
                v.p,
                v.r,
                v.f1,
                v.gold,
                v.pred,
                v.tp
            ));
        }
        if !self.hedge_recall_by_type.is_empty() {
            let inner: Vec<String> = self
                .hedge_recall_by_type
                .iter()
                .map(|(k, v)| format!("{}: {v:?}", py_json_str(k)))
                .collect();
            items.push(format!(
                "\"Hedge recall by type\": {{{}}}",
                inner.join(", ")
            ));
        }
        items.push(format!("\"documents\": {}", self.documents));
        items.push(format!(
            "\"missing predictions\": {}",
            self.missing_predictions
        ));
        format!("{{{}}}", items.join(", "))
    }
}

/// A string as Python's `repr` writes it (enough of it for attribute values).
fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A string as Python's `json.dumps` writes it (ASCII only).
fn py_json_str(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_ascii() && (c as u32) >= 0x20 => out.push(c),
            c => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push('"');
    out
}

/// Fragments as a set of characters: sorted, merged, non-empty ranges.
fn char_set(frags: &[Span]) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = frags
        .iter()
        .filter(|f| f.start < f.end)
        .map(|f| (f.start, f.end))
        .collect();
    v.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// The number of characters two fragment lists share.
pub fn overlap(a: &[Span], b: &[Span]) -> usize {
    let (a, b) = (char_set(a), char_set(b));
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let lo = a[i].0.max(b[j].0);
        let hi = a[i].1.min(b[j].1);
        if lo < hi {
            n += hi - lo;
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    n
}

/// Trims each fragment of [`TRIM`] characters and drops fragments left empty. `text` is the
/// document in code points; fragments must lie inside it (checked when the file is read).
fn trim(text: &[char], frags: &[Span]) -> Vec<Span> {
    let is_trim = |i: usize| text.get(i).is_some_and(|c| TRIM.contains(c));
    frags
        .iter()
        .filter_map(|f| {
            let (mut a, mut b) = (f.start, f.end);
            while a < b && is_trim(a) {
                a += 1;
            }
            while b > a && is_trim(b - 1) {
                b -= 1;
            }
            (a < b).then_some(Span::new(a, b))
        })
        .collect()
}

/// One-to-one greedy matching: every pair with a non-zero score, best first, ties to the higher gold
/// index and then the higher prediction index. Returns the matched `(gold, pred)` pairs.
pub fn greedy(
    n_gold: usize,
    n_pred: usize,
    score: impl Fn(usize, usize) -> usize,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for i in 0..n_gold {
        for j in 0..n_pred {
            let s = score(i, j);
            if s > 0 {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_unstable_by(|x, y| y.cmp(x));
    let (mut used_g, mut used_p) = (vec![false; n_gold], vec![false; n_pred]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if used_g[i] || used_p[j] {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        out.push((i, j));
    }
    out
}

/// An attribution as the whole-attribution score sees it: role name to fragments.
type Event = HashMap<String, Vec<Span>>;

fn events_of(ann: &Ann) -> Vec<Event> {
    let by_id: HashMap<&str, &[Span]> = ann
        .spans
        .iter()
        .map(|s| (s.id.as_str(), s.fragments.as_slice()))
        .collect();
    ann.events
        .iter()
        .map(|e| {
            e.roles
                .iter()
                .filter_map(|(r, id)| by_id.get(id.as_str()).map(|f| (r.clone(), f.to_vec())))
                .collect()
        })
        .collect()
}

/// The whole-attribution match score of gold `a` and prediction `b` (0: no match).
fn attribution_score(a: &Event, b: &Event) -> usize {
    let shares = |role: &str| match (a.get(role), b.get(role)) {
        (Some(x), Some(y)) => overlap(x, y) > 0,
        _ => false,
    };
    if !shares("Cue") {
        return 0;
    }
    for role in ["Content", "Source"] {
        if a.contains_key(role) && !shares(role) {
            return 0;
        }
    }
    match (a.get("Content"), b.get("Content")) {
        (Some(x), Some(y)) => 1 + overlap(x, y),
        _ => 1,
    }
}

/// Accumulates the figures document by document (in the gold folder's sorted order, which fixes the
/// order of the output), and optionally a list of errors.
#[derive(Debug, Default)]
pub struct Scorer {
    counts: Vec<(String, [usize; 3])>,
    per_type: BTreeMap<String, (usize, usize)>,
    documents: usize,
    missing: usize,
    errors: Option<ErrorLog>,
}

impl Scorer {
    /// A scorer; with `collect_errors` it also keeps every miss and false alarm in context.
    pub fn new(collect_errors: bool) -> Scorer {
        Scorer {
            errors: collect_errors.then(ErrorLog::default),
            ..Scorer::default()
        }
    }

    fn add_count(&mut self, key: &str, tp: usize, gold: usize, pred: usize) {
        let i = match self.counts.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                self.counts.push((key.to_string(), [0; 3]));
                self.counts.len() - 1
            }
        };
        let c = &mut self.counts[i].1;
        c[0] += tp;
        c[1] += gold;
        c[2] += pred;
    }

    /// Scores one document. `text` is the document as the reference reads it (see
    /// [`read_text_like_python`]); `pred` is `None` when the prediction file is missing (scored as
    /// empty and counted under "missing predictions"). Role fragments must lie inside the text: use
    /// [`check_roles`] on anything not read by this module.
    pub fn add(&mut self, name: &str, text: &str, gold: &Ann, pred: Option<&Ann>) {
        self.documents += 1;
        let empty = Ann::default();
        let pred = pred.unwrap_or_else(|| {
            self.missing += 1;
            &empty
        });
        let chars: Vec<char> = text.chars().collect();
        let gold_has_roles = gold.spans.iter().any(|s| ROLES.contains(&s.kind.as_str()));
        for role in ROLES {
            let g: Vec<Vec<Span>> = gold
                .spans_of(role)
                .map(|s| trim(&chars, &s.fragments))
                .filter(|f| !f.is_empty())
                .collect();
            let p: Vec<Vec<Span>> = pred
                .spans_of(role)
                .map(|s| trim(&chars, &s.fragments))
                .filter(|f| !f.is_empty())
                .collect();
            if g.is_empty() && !gold_has_roles {
                continue; // not an attribution corpus
            }
            let exact = greedy(g.len(), p.len(), |i, j| usize::from(g[i] == p[j])).len();
            self.add_count(&format!("{role} exact"), exact, g.len(), p.len());
            let over = greedy(g.len(), p.len(), |i, j| overlap(&g[i], &p[j])).len();
            self.add_count(&format!("{role} overlap"), over, g.len(), p.len());
        }
        if gold.spans.iter().any(|s| s.kind == "Hedge") {
            self.add_hedges(name, &chars, gold, pred);
        }
        if !gold.events.is_empty() {
            let g = events_of(gold);
            let p = events_of(pred);
            let matched = greedy(g.len(), p.len(), |i, j| attribution_score(&g[i], &p[j])).len();
            self.add_count("Attribution overlap", matched, g.len(), p.len());
        }
        if let Some(log) = &mut self.errors {
            if gold_has_roles || !gold.events.is_empty() {
                log.attributions(name, &chars, gold, pred);
            }
        }
    }

    fn add_hedges(&mut self, name: &str, chars: &[char], gold: &Ann, pred: &Ann) {
        let hedges: Vec<(&str, &[Span])> = gold
            .spans_of("Hedge")
            .map(|s| (s.id.as_str(), s.fragments.as_slice()))
            .collect();
        let kind = |id: &str| gold.attribute_of(id);
        let g: Vec<&[Span]> = hedges
            .iter()
            .filter(|(id, _)| kind(id) != Some("condition"))
            .map(|(_, f)| *f)
            .collect();
        let cond: Vec<&[Span]> = hedges
            .iter()
            .filter(|(id, _)| kind(id) == Some("condition"))
            .map(|(_, f)| *f)
            .collect();
        let p_all: Vec<(&str, &[Span])> = pred
            .spans_of("Caveat")
            .filter(|s| !NOT_HEDGE.contains(&pred.attribute_of(&s.id).unwrap_or("hedge")))
            .map(|s| (s.id.as_str(), s.fragments.as_slice()))
            .collect();
        // A prediction on a gold conditional counts neither way.
        let p: Vec<&[Span]> = p_all
            .iter()
            .map(|(_, f)| *f)
            .filter(|f| !cond.iter().any(|c| overlap(f, c) > 0))
            .collect();
        let matched = greedy(g.len(), p.len(), |i, j| overlap(g[i], p[j]));
        self.add_count("Hedge overlap", matched.len(), g.len(), p.len());
        for (id, frags) in &hedges {
            let typ = kind(id).unwrap_or("?").to_string();
            let hit = p_all.iter().any(|(_, f)| overlap(frags, f) > 0);
            let c = self.per_type.entry(typ).or_default();
            c.0 += usize::from(hit);
            c.1 += 1;
        }
        if let Some(log) = &mut self.errors {
            let (mut used_g, mut used_p) = (vec![false; g.len()], vec![false; p.len()]);
            for &(i, j) in &matched {
                used_g[i] = true;
                used_p[j] = true;
            }
            let g_kinds: Vec<&str> = hedges
                .iter()
                .filter(|(id, _)| kind(id) != Some("condition"))
                .map(|(id, _)| kind(id).unwrap_or("?"))
                .collect();
            for (i, f) in g.iter().enumerate().filter(|(i, _)| !used_g[*i]) {
                log.push(
                    Cause::MissedHedge,
                    name,
                    format!("({}) {}", g_kinds[i], mark(chars, f)),
                );
            }
            for (_, f) in p.iter().enumerate().filter(|(j, _)| !used_p[*j]) {
                log.push(Cause::HedgeFalseAlarm, name, mark(chars, f));
            }
        }
    }

    /// The figures so far.
    pub fn report(&self) -> Report {
        Report {
            scores: self
                .counts
                .iter()
                .map(|(k, c)| (k.clone(), Prf::new(c[0], c[1], c[2])))
                .collect(),
            hedge_recall_by_type: self
                .per_type
                .iter()
                .map(|(k, &(hit, n))| (k.clone(), py_round1((100 * hit) as f64 / n as f64)))
                .collect(),
            documents: self.documents,
            missing_predictions: self.missing,
        }
    }

    /// The errors collected, grouped by cause with counts; `None` unless asked for in [`Scorer::new`].
    pub fn error_listing(&self) -> Option<String> {
        self.errors.as_ref().map(ErrorLog::to_text)
    }
}

/// Checks that every non-empty `Source`/`Cue`/`Content` fragment lies inside a text of `len` code
/// points: the reference stops with an error on any that does not, and so does this scorer.
pub fn check_roles(ann: &Ann, ann_text: &str, len: usize, path: &Path) -> Result<(), Error> {
    for s in ann
        .spans
        .iter()
        .filter(|s| ROLES.contains(&s.kind.as_str()))
    {
        if let Some(f) = s.fragments.iter().find(|f| f.start < f.end && f.end > len) {
            let line = ann_text
                .lines()
                .position(|l| l.split('\t').next() == Some(s.id.as_str()))
                .map_or(0, |i| i + 1);
            return Err(Error::BadAnn {
                path: path.to_path_buf(),
                line,
                reason: format!(
                    "{} {} {}..{} runs past the end of the text ({len} characters)",
                    s.id, s.kind, f.start, f.end
                ),
            });
        }
    }
    Ok(())
}

/// Reads and checks one `.ann` file for a text of `len` code points.
fn load_ann(path: &Path, len: usize) -> Result<Ann, Error> {
    let raw = crate::error::read_text(path)?;
    let ann = brat::parse_ann_unchecked(&raw).map_err(|e| brat::with_path(e, path))?;
    check_roles(&ann, &raw, len, path)?;
    Ok(ann)
}

fn load_gold(doc: &Document, len: usize) -> Result<Ann, Error> {
    match &doc.gold_path {
        Some(p) => load_ann(p, len),
        None => Ok(Ann::default()),
    }
}

/// Scores the `.ann` files in `pred_dir` against `gold_dir`: what `score-brat.py GOLD PRED` does.
pub fn score_dirs(gold_dir: &Path, pred_dir: &Path, collect_errors: bool) -> Result<Scorer, Error> {
    if !pred_dir.is_dir() {
        return Err(Error::Io {
            path: pred_dir.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
        });
    }
    let mut scorer = Scorer::new(collect_errors);
    for doc in documents(gold_dir)? {
        let text = read_text_like_python(&doc.text_path)?;
        let len = text.chars().count();
        let gold = load_gold(&doc, len)?;
        let pred_path = pred_dir.join(format!("{}.ann", doc.name));
        let pred = if pred_path.exists() {
            Some(load_ann(&pred_path, len)?)
        } else {
            None
        };
        scorer.add(&doc.name, &text, &gold, pred.as_ref());
    }
    Ok(scorer)
}

/// Options for [`annotate_and_score`].
pub struct AnnotateOptions<'a> {
    /// Worker threads (at least one), each with its own annotator.
    pub threads: usize,
    pub collect_errors: bool,
    /// Also write each prediction as `NAME.ann` into this folder (created if needed).
    pub write_pred: Option<&'a Path>,
    /// Called after each document is annotated with `(done, total)`, from any worker thread.
    pub progress: &'a (dyn Fn(usize, usize) + Sync),
}

/// Annotates every `gold_dir/text/*.txt` in memory and scores the predictions: the same figures
/// as writing them with `write_pred` and running the reference scorer on that folder.
pub fn annotate_and_score(gold_dir: &Path, opts: &AnnotateOptions) -> Result<Scorer, Error> {
    let docs = documents(gold_dir)?;
    if let Some(dir) = opts.write_pred {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    type Done = Result<(String, String), Error>;
    let results: Mutex<Vec<Option<Done>>> = Mutex::new((0..docs.len()).map(|_| None).collect());
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let work = || {
        let annotator = crate::Annotator::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(doc) = docs.get(i) else { break };
            let result = read_text_like_python(&doc.text_path).and_then(|text| {
                let ann = brat::to_ann(&text, &annotator.annotate(&text));
                if let Some(dir) = opts.write_pred {
                    let path = dir.join(format!("{}.ann", doc.name));
                    std::fs::write(&path, &ann).map_err(|source| Error::Io { path, source })?;
                }
                Ok((text, ann))
            });
            let failed = result.is_err();
            results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(result);
            (opts.progress)(done.fetch_add(1, Ordering::Relaxed) + 1, docs.len());
            if failed {
                // Stop early: the first error in document order is reported below.
                next.store(docs.len(), Ordering::Relaxed);
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..opts.threads.max(1) {
            s.spawn(work);
        }
        work();
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut scorer = Scorer::new(opts.collect_errors);
    for (doc, result) in docs.iter().zip(results) {
        let Some(result) = result else {
            continue; // skipped after an error, which is returned below
        };
        let (text, ann) = result?;
        let len = text.chars().count();
        let gold = load_gold(doc, len)?;
        let pred = brat::parse_ann_unchecked(&ann).map_err(|e| {
            brat::with_path(e, &PathBuf::from(format!("{} (prediction)", doc.name)))
        })?;
        scorer.add(&doc.name, &text, &gold, Some(&pred));
    }
    Ok(scorer)
}

/// Why an attribution or hedge was missed or wrongly found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cause {
    MissedCue,
    MissedSharedCue,
    Spurious,
    ExtraOnCue,
    MissingSource,
    WrongSource,
    ExtraSource,
    MissingContent,
    ContentTooShort,
    ContentTooLong,
    ContentOff,
    MissedHedge,
    HedgeFalseAlarm,
}

impl Cause {
    fn label(self) -> &'static str {
        match self {
            Cause::MissedCue => "missed cue (no predicted cue overlaps the gold cue)",
            Cause::MissedSharedCue => {
                "missed attribution (its cue overlaps a predicted cue matched to another)"
            }
            Cause::Spurious => "spurious attribution (no gold cue overlaps the predicted cue)",
            Cause::ExtraOnCue => {
                "extra attribution (its cue overlaps a gold cue, but no gold attribution is left to match)"
            }
            Cause::MissingSource => "missing source (gold has one, the prediction none)",
            Cause::WrongSource => "wrong source boundary",
            Cause::ExtraSource => "source where gold has none",
            Cause::MissingContent => "missing content",
            Cause::ContentTooShort => "content too short",
            Cause::ContentTooLong => "content too long",
            Cause::ContentOff => "content boundary off (partly outside, partly missing)",
            Cause::MissedHedge => "missed hedge (gold hedge, no predicted caveat)",
            Cause::HedgeFalseAlarm => "hedge false alarm (predicted hedge, no gold hedge)",
        }
    }
}

#[derive(Debug, Default)]
struct ErrorLog {
    items: BTreeMap<Cause, Vec<(String, String)>>,
}

/// One attribution of a document, trimmed as the role scores trim.
struct Attr {
    cue: Vec<Span>,
    source: Option<Vec<Span>>,
    content: Option<Vec<Span>>,
}

fn attrs_of(chars: &[char], ann: &Ann) -> Vec<Attr> {
    let frags = |id: Option<&str>| {
        id.and_then(|id| ann.span(id))
            .map(|s| trim(chars, &s.fragments))
            .filter(|f| !f.is_empty())
    };
    ann.events
        .iter()
        .filter_map(|e| {
            Some(Attr {
                cue: frags(e.role("Cue"))?,
                source: frags(e.role("Source")),
                content: frags(e.role("Content")),
            })
        })
        .collect()
}

impl ErrorLog {
    fn push(&mut self, cause: Cause, doc: &str, what: String) {
        self.items
            .entry(cause)
            .or_default()
            .push((doc.to_string(), what));
    }

    fn pair(&mut self, cause: Cause, doc: &str, chars: &[char], gold: &[Span], pred: &[Span]) {
        let what = format!(
            "\n      gold: {}\n      ours: {}",
            mark(chars, gold),
            mark(chars, pred)
        );
        self.push(cause, doc, what);
    }

    fn attributions(&mut self, doc: &str, chars: &[char], gold: &Ann, pred: &Ann) {
        let g = attrs_of(chars, gold);
        let p = attrs_of(chars, pred);
        let gold_cues: Vec<Vec<Span>> = gold
            .spans_of("Cue")
            .map(|s| trim(chars, &s.fragments))
            .collect();
        let matched = greedy(g.len(), p.len(), |i, j| overlap(&g[i].cue, &p[j].cue));
        let (mut used_g, mut used_p) = (vec![false; g.len()], vec![false; p.len()]);
        for &(i, j) in &matched {
            used_g[i] = true;
            used_p[j] = true;
        }
        for (_, a) in g.iter().enumerate().filter(|(i, _)| !used_g[*i]) {
            let shared = p.iter().any(|b| overlap(&a.cue, &b.cue) > 0);
            let cause = if shared {
                Cause::MissedSharedCue
            } else {
                Cause::MissedCue
            };
            self.push(cause, doc, mark(chars, &a.cue));
        }
        for (_, b) in p.iter().enumerate().filter(|(j, _)| !used_p[*j]) {
            // Any gold cue counts here, even one outside a gold attribution.
            let shared = gold_cues.iter().any(|c| overlap(c, &b.cue) > 0);
            let cause = if shared {
                Cause::ExtraOnCue
            } else {
                Cause::Spurious
            };
            self.push(cause, doc, mark(chars, &b.cue));
        }
        for (i, j) in matched {
            let (a, b) = (&g[i], &p[j]);
            match (&a.source, &b.source) {
                (Some(gs), None) => self.push(Cause::MissingSource, doc, mark(chars, gs)),
                (Some(gs), Some(ps)) if gs != ps => {
                    self.pair(Cause::WrongSource, doc, chars, gs, ps)
                }
                (None, Some(ps)) => self.push(Cause::ExtraSource, doc, mark(chars, ps)),
                _ => {}
            }
            match (&a.content, &b.content) {
                (Some(gc), None) => self.push(Cause::MissingContent, doc, mark(chars, gc)),
                (Some(gc), Some(pc)) if gc != pc => {
                    let shared = overlap(gc, pc);
                    let (ng, np) = (overlap(gc, gc), overlap(pc, pc));
                    let cause = if shared == np && np < ng {
                        Cause::ContentTooShort
                    } else if shared == ng && ng < np {
                        Cause::ContentTooLong
                    } else {
                        Cause::ContentOff
                    };
                    self.pair(cause, doc, chars, gc, pc);
                }
                _ => {}
            }
        }
    }

    fn to_text(&self) -> String {
        let mut out = String::new();
        let total: usize = self.items.values().map(Vec::len).sum();
        let _ = writeln!(out, "Errors: {total}");
        for (cause, items) in &self.items {
            let _ = writeln!(out, "\n{} — {}", cause.label(), items.len());
            for (doc, what) in items {
                // A gold/ours pair starts on its own line: no space before it.
                let sep = if what.starts_with('\n') { ":" } else { ": " };
                let _ = writeln!(out, "  {doc}{sep}{what}");
            }
        }
        out
    }
}

/// The sentence around `frags` with each fragment marked `[[…]]`, cut to a readable length with `…`.
/// Very long marked text keeps its first and last words.
pub fn mark(chars: &[char], frags: &[Span]) -> String {
    const SIDE: usize = 100;
    const LONG: usize = 160;
    let set = char_set(frags);
    let (Some(&(first, _)), Some(&(_, last))) = (set.first(), set.last()) else {
        return String::new();
    };
    let last = last.min(chars.len());
    let first = first.min(last);
    // Back to the start of the sentence: after a line break, or after `. ` / `? ` / `! `.
    let mut from = first;
    while from > 0 && first - from < SIDE {
        let c = chars[from - 1];
        if c == '\n' {
            break;
        }
        if c.is_whitespace() && from >= 2 && matches!(chars[from - 2], '.' | '?' | '!') {
            break;
        }
        from -= 1;
    }
    let mut to = last;
    while to < chars.len() && to - last < SIDE {
        let c = chars[to];
        if c == '\n' {
            break;
        }
        to += 1;
        if matches!(c, '.' | '?' | '!') && chars.get(to).is_none_or(|c| c.is_whitespace()) {
            break;
        }
    }
    let mut out = String::new();
    if from > 0 && chars[from - 1] != '\n' && first - from >= SIDE {
        out.push('…');
    }
    let mut at = from;
    for &(a, b) in &set {
        let (a, b) = (a.min(to), b.min(to));
        if a < at {
            continue;
        }
        out.extend(
            chars[at..a]
                .iter()
                .map(|&c| if c == '\n' { ' ' } else { c }),
        );
        out.push_str("[[");
        if b - a > LONG {
            out.extend(&chars[a..a + LONG / 2 - 10]);
            out.push_str(" … ");
            out.extend(&chars[b - (LONG / 2 - 10)..b]);
        } else {
            out.extend(chars[a..b].iter().map(|&c| if c == '\n' { ' ' } else { c }));
        }
        out.push_str("]]");
        at = b;
    }
    out.extend(
        chars[at..to]
            .iter()
            .map(|&c| if c == '\n' { ' ' } else { c }),
    );
    if to < chars.len() && chars[to] != '\n' && to - last >= SIDE {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_python() {
        // Values checked against Python 3: round(x, 1).
        for (x, want) in [
            (0.25, 0.2),
            (0.35, 0.3), // 0.35 is 0.34999… in binary
            (0.45, 0.5), // 0.45 is 0.450000000000000011… in binary
            (12.25, 12.2),
            (12.75, 12.8),
            (100.0, 100.0),
            (0.0, 0.0),
            (66.66666666666667, 66.7),
        ] {
            assert_eq!(py_round1(x), want, "round({x}, 1)");
        }
    }

    #[test]
    fn greedy_breaks_ties_towards_the_last_gold_then_the_last_prediction() {
        // Gold 0 and 1 both overlap prediction 0 equally: Python's reverse sort takes gold 1 first.
        let m = greedy(2, 1, |_, _| 3);
        assert_eq!(m, vec![(1, 0)]);
        let m = greedy(1, 2, |_, _| 3);
        assert_eq!(m, vec![(0, 1)]);
    }

    #[test]
    fn overlap_counts_shared_characters_once() {
        let a = [Span::new(0, 10), Span::new(5, 12)];
        let b = [Span::new(8, 20)];
        assert_eq!(overlap(&a, &b), 4);
        assert_eq!(overlap(&a, &a), 12);
    }

    #[test]
    fn marks_the_span_in_its_sentence() {
        let text: Vec<char> = "First one. Then he said the Kremlin acted. Last."
            .chars()
            .collect();
        let got = mark(&text, &[Span::new(24, 35)]);
        assert_eq!(got, "Then he said [[the Kremlin]] acted.");
    }
}
