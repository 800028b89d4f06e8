//! brat standoff: writing an [`Analysis`] as a `.ann` file, and reading `.ann` files (gold data or
//! predictions) back.
//!
//! Offsets in a `.ann` file count Unicode **code points** of the `.txt` file (Python string
//! indices), not bytes: [`to_ann`] converts once per document with [`OffsetMap`].
//!
//! The layout written mirrors the PolNeAR gold files, so the reference scorer and brat itself read
//! it: for each attribution a `Source`, a `Cue` and a (possibly discontinuous) `Content` text-bound
//! line, an `Attribution` trigger on the cue span, and an event line linking them (columns are separated
//! by tabs):
//!
//! ```text
//! T1    Source 0 8    Ms Okafor
//! T2    Cue 9 13    said
//! T3    Content 14 20;25 31    frag1 frag2
//! T4    Attribution 9 13    said
//! E1    Attribution:T4 Source:T1 Cue:T2 Content:T3
//! T5    Caveat 40 50    reportedly
//! A1    Kind T5 hedge
//! ```
//!
//! A span two attributions share (one source for "He said … and added …") is written once and both
//! events name it, as the gold files do: a second `T` line with the same type and offsets would be
//! a second mark over the same words, which no reader (and no scorer) expects.
//!
//! The reader follows the reference scorer (`score-brat.py`) line for line: only `T`, `E` and `A`
//! lines count; anything else (notes, the stray continuation lines some gold files have where a
//! covered text held a line break) is skipped; a role's trailing digits are dropped (`Content2` is
//! `Content`); a later line with the same id replaces an earlier one but keeps its place.

use std::collections::HashMap;
use std::path::Path;

use crate::analysis::Analysis;
use crate::error::Error;
use crate::span::{OffsetMap, Span, Unit};

/// One text-bound annotation (a `T` line): a type and one or more fragments in code points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBound {
    pub id: String,
    pub kind: String,
    /// Half-open code-point ranges, in the order the line gives them (not merged or sorted).
    pub fragments: Vec<Span>,
}

/// One event (an `E` line): an optional trigger and its role arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: String,
    /// `(type, id)` of the trigger, e.g. `("Attribution", "T4")`.
    pub trigger: Option<(String, String)>,
    /// `(role, text-bound id)`, role names with trailing digits removed; a repeated role keeps the
    /// last id given, at the place of its first mention (as a Python dict would).
    pub roles: Vec<(String, String)>,
}

impl Event {
    /// The text-bound id filling `role`, if any.
    pub fn role(&self, role: &str) -> Option<&str> {
        self.roles
            .iter()
            .find(|(r, _)| r == role)
            .map(|(_, id)| id.as_str())
    }
}

/// One attribute (an `A` line with a value): `A1\tKind T5 hedge`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub id: String,
    pub name: String,
    pub target: String,
    pub value: String,
}

/// Everything read from one `.ann` file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ann {
    /// In file order; a repeated id replaces the earlier entry in place.
    pub spans: Vec<TextBound>,
    pub events: Vec<Event>,
    pub attributes: Vec<Attribute>,
}

impl Ann {
    /// The text-bound annotation with this id.
    pub fn span(&self, id: &str) -> Option<&TextBound> {
        self.spans.iter().find(|s| s.id == id)
    }

    /// Text-bound annotations of one type, in file order.
    pub fn spans_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a TextBound> + 'a {
        self.spans.iter().filter(move |s| s.kind == kind)
    }

    /// The value of the last attribute (of any name) on `target`: how the reference scorer reads a
    /// hedge's `CueType` or a caveat's `Kind`.
    pub fn attribute_of(&self, target: &str) -> Option<&str> {
        self.attributes
            .iter()
            .rev()
            .find(|a| a.target == target)
            .map(|a| a.value.as_str())
    }
}

/// Writes an analysis (byte spans, as [`crate::Annotator::annotate`] returns it) of `text` as brat
/// standoff with code-point offsets.
///
/// Empty spans are left out (brat rejects zero-width fragments); an attribution without a source
/// has no `Source` line or role, and one without content no `Content` line or role.
pub fn to_ann(text: &str, analysis: &Analysis) -> String {
    let map = OffsetMap::new(text);
    let mut w = Writer {
        text,
        map: &map,
        out: String::new(),
        t: 0,
        written: HashMap::new(),
    };
    let mut events = 0;
    for a in &analysis.attributions {
        let source = a.source.and_then(|s| w.shared_bound("Source", &[s]));
        let cue = w.shared_bound("Cue", &[a.cue]);
        let content = w.shared_bound("Content", &a.content);
        let Some(cue) = cue else {
            continue; // no cue, no event: a bare span would be counted as noise by nobody
        };
        let trigger = w
            .shared_bound("Attribution", &[a.cue])
            .expect("the cue span was just written");
        events += 1;
        let mut line = format!("E{events}\tAttribution:T{trigger}");
        if let Some(s) = source {
            line.push_str(&format!(" Source:T{s}"));
        }
        line.push_str(&format!(" Cue:T{cue}"));
        if let Some(c) = content {
            line.push_str(&format!(" Content:T{c}"));
        }
        w.out.push_str(&line);
        w.out.push('\n');
    }
    let mut attrs = 0;
    for c in &analysis.caveats {
        if let Some(t) = w.text_bound("Caveat", &[c.span]) {
            attrs += 1;
            w.out
                .push_str(&format!("A{attrs}\tKind T{t} {}\n", c.kind.name()));
        }
    }
    w.out
}

struct Writer<'a> {
    text: &'a str,
    map: &'a OffsetMap,
    out: String,
    t: usize,
    /// `(type, fragments)` of each line [`Writer::shared_bound`] wrote, and its number.
    written: HashMap<(&'static str, Vec<Span>), usize>,
}

impl Writer<'_> {
    /// Like [`Writer::text_bound`], but a span of the same type and fragments written before is
    /// named again instead of written twice.
    fn shared_bound(&mut self, kind: &'static str, spans: &[Span]) -> Option<usize> {
        let frags: Vec<Span> = spans.iter().copied().filter(|s| !s.is_empty()).collect();
        if let Some(&t) = self.written.get(&(kind, frags.clone())) {
            return Some(t);
        }
        let t = self.text_bound(kind, &frags)?;
        self.written.insert((kind, frags), t);
        Some(t)
    }

    /// Writes one `T` line for the non-empty fragments of `spans`; returns its number.
    fn text_bound(&mut self, kind: &str, spans: &[Span]) -> Option<usize> {
        let frags: Vec<Span> = spans.iter().copied().filter(|s| !s.is_empty()).collect();
        if frags.is_empty() {
            return None;
        }
        self.t += 1;
        let offsets: Vec<String> = frags
            .iter()
            .map(|&s| {
                let cp = self.map.span(s, Unit::CodePoints);
                format!("{} {}", cp.start, cp.end)
            })
            .collect();
        let covered: Vec<String> = frags.iter().map(|s| one_line(s.text(self.text))).collect();
        self.out.push_str(&format!(
            "T{}\t{kind} {}\t{}\n",
            self.t,
            offsets.join(";"),
            covered.join(" ")
        ));
        Some(self.t)
    }
}

/// The covered text with every line break (as any brat reader may split lines) and tab made a space,
/// so the line stays one line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{1C}' | '\u{1D}' | '\u{1E}'
            | '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
            c => c,
        })
        .collect()
}

/// Reads a `.ann` file for `text`, checking that every fragment lies inside the text.
///
/// Errors name the line (counted from 1) and what is wrong with it: a `T` line whose offsets are not
/// pairs of numbers, a fragment that ends before it starts or runs past the end of the text.
pub fn parse_ann(text: &str, ann: &str) -> Result<Ann, Error> {
    let parsed = parse_ann_unchecked(ann)?;
    let len = text.chars().count();
    for s in &parsed.spans {
        if let Some(f) = s.fragments.iter().find(|f| f.end > len) {
            // The line is looked for only when a span is bad, so the common case stays one pass.
            let line = lines(ann)
                .position(|l| l.split('\t').next() == Some(s.id.as_str()))
                .map_or(0, |i| i + 1);
            return Err(bad(
                line,
                format!(
                    "{} {} {}..{} runs past the end of the text ({len} characters)",
                    s.id, s.kind, f.start, f.end
                ),
            ));
        }
    }
    Ok(parsed)
}

/// Reads the `.ann` file at `path` (see [`parse_ann`]), naming the file in any error.
pub fn read_ann(path: &Path, text: &str) -> Result<Ann, Error> {
    let ann = crate::error::read_text(path)?;
    parse_ann(text, &ann).map_err(|e| with_path(e, path))
}

/// Puts `path` into a [`Error::BadAnn`] made without one.
pub(crate) fn with_path(e: Error, path: &Path) -> Error {
    match e {
        Error::BadAnn { line, reason, .. } => Error::BadAnn {
            path: path.to_path_buf(),
            line,
            reason,
        },
        e => e,
    }
}

fn bad(line: usize, reason: String) -> Error {
    Error::BadAnn {
        path: Default::default(),
        line,
        reason,
    }
}

/// Lines as Python's text mode gives them: `\r\n` and a lone `\r` end a line too.
fn lines(ann: &str) -> impl Iterator<Item = &str> {
    let mut rest = ann;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match rest.find(['\n', '\r']) {
            Some(i) => {
                let line = &rest[..i];
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
                Some(line)
            }
            None => {
                let line = rest;
                rest = "";
                Some(line)
            }
        }
    })
}

/// White space as Python's `str.split()` sees it (wider than Rust's: it includes the ASCII
/// separators `\x1c`–`\x1f`).
fn py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1C}'..='\u{1F}')
}

fn py_split(s: &str) -> impl Iterator<Item = &str> {
    s.split(py_space).filter(|w| !w.is_empty())
}

/// Parses the offsets of a `T` line: `10 20;25 40`.
fn parse_fragments(offsets: &str, line: usize) -> Result<Vec<Span>, Error> {
    let mut frags = Vec::new();
    for frag in offsets.split(';') {
        let nums: Vec<&str> = py_split(frag).collect();
        let [a, b] = nums[..] else {
            return Err(bad(
                line,
                format!("expected a start and an end offset, found {frag:?}"),
            ));
        };
        let num = |s: &str| -> Result<usize, Error> {
            s.strip_prefix('+')
                .unwrap_or(s)
                .parse::<usize>()
                .map_err(|_| bad(line, format!("{s:?} is not an offset")))
        };
        let (a, b) = (num(a)?, num(b)?);
        if a > b {
            return Err(bad(line, format!("fragment {a} {b} ends before it starts")));
        }
        frags.push(Span::new(a, b));
    }
    Ok(frags)
}

/// Parses without looking at the text, exactly as the reference scorer reads: used by the scorer,
/// which must give figures wherever the reference does.
pub(crate) fn parse_ann_unchecked(ann: &str) -> Result<Ann, Error> {
    let mut out = Ann::default();
    for (i, line) in lines(ann).enumerate() {
        let line_no = i + 1;
        match line.chars().next() {
            Some('T') => {
                let parts: Vec<&str> = line.split('\t').collect();
                if parts.len() < 2 {
                    continue;
                }
                let Some((kind, offsets)) = parts[1].split_once(' ') else {
                    return Err(bad(
                        line_no,
                        format!(
                            "{}: a type and offsets expected, as in \"Cue 10 14\"",
                            parts[0]
                        ),
                    ));
                };
                let tb = TextBound {
                    id: parts[0].to_string(),
                    kind: kind.to_string(),
                    fragments: parse_fragments(offsets, line_no)?,
                };
                match out.spans.iter_mut().find(|s| s.id == tb.id) {
                    Some(old) => *old = tb,
                    None => out.spans.push(tb),
                }
            }
            Some('E') => {
                let parts: Vec<&str> = line.split('\t').collect();
                if parts.len() < 2 {
                    continue;
                }
                let args: Vec<&str> = py_split(parts[1]).collect();
                let Some(first) = args.first() else {
                    continue;
                };
                let (trigger, args) = match first.split_once(':') {
                    Some((t, id)) => (Some((t.to_string(), id.to_string())), &args[1..]),
                    None => (None, &args[..]),
                };
                let mut roles: Vec<(String, String)> = Vec::new();
                for arg in args {
                    if let Some((role, id)) = arg.split_once(':') {
                        let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
                        match roles.iter_mut().find(|(r, _)| r == role) {
                            Some(slot) => slot.1 = id.to_string(),
                            None => roles.push((role.to_string(), id.to_string())),
                        }
                    }
                }
                out.events.push(Event {
                    id: parts[0].to_string(),
                    trigger,
                    roles,
                });
            }
            Some('A') => {
                let Some((id, rest)) = line.split_once('\t') else {
                    continue;
                };
                let rest = rest.split('\t').next().unwrap_or("");
                let words: Vec<&str> = py_split(rest).collect();
                if words.len() >= 3 {
                    out.attributes.push(Attribute {
                        id: id.to_string(),
                        name: words[0].to_string(),
                        target: words[1].to_string(),
                        value: words[2].to_string(),
                    });
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Attribution, AttributionKind, Caveat, CaveatKind};

    fn span_of(text: &str, needle: &str) -> Span {
        let start = text.find(needle).expect(needle);
        Span::new(start, start + needle.len())
    }

    #[test]
    fn writes_code_point_offsets_discontinuous_content_and_caveat_kinds() {
        let text = "“We will — 👋 win,” Ms Okafor said, “again.”\nIt may rain.";
        let analysis = Analysis {
            attributions: vec![Attribution {
                kind: AttributionKind::Direct,
                cue: span_of(text, "said"),
                source: Some(span_of(text, "Ms Okafor")),
                content: vec![span_of(text, "We will — 👋 win,"), span_of(text, "again.")],
                speaker: None,
                rule: "test".into(),
                why: String::new(),
            }],
            caveats: vec![Caveat {
                kind: CaveatKind::Hedge,
                span: span_of(text, "may"),
                cue: "may".into(),
                attribution: None,
                why: String::new(),
            }],
            ..Analysis::default()
        };
        let ann = to_ann(text, &analysis);
        assert_eq!(
            ann,
            "T1\tSource 19 28\tMs Okafor\n\
             T2\tCue 29 33\tsaid\n\
             T3\tContent 1 17;36 42\tWe will — 👋 win, again.\n\
             T4\tAttribution 29 33\tsaid\n\
             E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n\
             T5\tCaveat 47 50\tmay\n\
             A1\tKind T5 hedge\n"
        );
        let back = parse_ann(text, &ann).unwrap();
        assert_eq!(back.spans.len(), 5);
        assert_eq!(back.events[0].role("Content"), Some("T3"));
        assert_eq!(back.attribute_of("T5"), Some("hedge"));
    }

    #[test]
    fn a_source_two_attributions_share_is_written_once() {
        let text = "Ortiz said the depot would stay and added that fares would not rise.";
        let claim = |cue: &str, content: &str| Attribution {
            kind: AttributionKind::Indirect,
            cue: span_of(text, cue),
            source: Some(span_of(text, "Ortiz")),
            content: vec![span_of(text, content)],
            speaker: None,
            rule: "test".into(),
            why: String::new(),
        };
        let analysis = Analysis {
            attributions: vec![
                claim("said", "the depot would stay"),
                claim("added", "fares would not rise"),
            ],
            ..Analysis::default()
        };
        let ann = to_ann(text, &analysis);
        let back = parse_ann(text, &ann).unwrap();
        assert_eq!(back.spans_of("Source").count(), 1, "{ann}");
        assert_eq!(back.spans_of("Cue").count(), 2, "{ann}");
        assert_eq!(back.events.len(), 2);
        assert_eq!(back.events[0].role("Source"), back.events[1].role("Source"));
    }

    #[test]
    fn covered_text_with_a_line_break_stays_on_one_line() {
        let text = "He said the plan\nwould fail.";
        let analysis = Analysis {
            attributions: vec![Attribution {
                kind: AttributionKind::Indirect,
                cue: span_of(text, "said"),
                source: None,
                content: vec![span_of(text, "the plan\nwould fail")],
                speaker: None,
                rule: "test".into(),
                why: String::new(),
            }],
            ..Analysis::default()
        };
        let ann = to_ann(text, &analysis);
        assert!(ann.contains("\tthe plan would fail\n"), "{ann}");
        assert_eq!(ann.lines().count(), 4);
    }

    #[test]
    fn reads_gold_quirks_like_the_reference_scorer() {
        let ann = "T1\tSource 0 2\tHe\n\
                   T2\tCue 3 7\tsaid\n\
                   T3\tContent 8 12;14 18\tthis that\n\
                   continuation of a covered text\n\
                   #1\tAnnotatorNotes T2\ta note\n\
                   T4\tAttribution-no-source 3 7\tsaid\n\
                   E1\tAttribution-no-source:T4 Cue:T2 Content:T3 Content2:T1\n\
                   A1\tCueType T1 doxastic\n\
                   A2\tNegated T1\n\
                   T2\tCue 3 6\tsai\r\n";
        let got = parse_ann_unchecked(ann).unwrap();
        let ids: Vec<&str> = got.spans.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            ["T1", "T2", "T3", "T4"],
            "a repeated id keeps its place"
        );
        assert_eq!(got.span("T2").unwrap().fragments, [Span::new(3, 6)]);
        assert_eq!(
            got.span("T3").unwrap().fragments,
            [Span::new(8, 12), Span::new(14, 18)]
        );
        let e = &got.events[0];
        assert_eq!(
            e.trigger,
            Some(("Attribution-no-source".into(), "T4".into()))
        );
        assert_eq!(
            e.role("Content"),
            Some("T1"),
            "Content2 is Content; the last wins"
        );
        assert_eq!(got.attributes.len(), 1, "a binary attribute has no value");
        assert_eq!(got.attribute_of("T1"), Some("doxastic"));
    }

    #[test]
    fn bad_offsets_are_an_error_naming_the_line() {
        let err = parse_ann("some text", "T1\tCue 3 4\tx\nT2\tCue three 4\tx\n").unwrap_err();
        assert!(err.to_string().contains(":2:"), "{err}");
        let err = parse_ann("short", "T1\tCue 3 40\tx\n").unwrap_err();
        assert!(err.to_string().contains("past the end"), "{err}");
        let err = parse_ann("some text", "T1\tCue 5 4\tx\n").unwrap_err();
        assert!(err.to_string().contains("ends before it starts"), "{err}");
    }
}
