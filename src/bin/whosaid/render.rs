//! Draws an analysis for a terminal: the article with its marks, then who said what and the caveats.
//!
//! With colour, marks are ANSI styles (cue bold yellow, source bold cyan, content green, caveats
//! underlined red). Without colour (stdout not a terminal, `NO_COLOR` set, `--color never`) the same
//! marks are brackets, so the output can be read in a file or a test: `[source]`, `<cue>`,
//! `{content}`, `_caveat_`.

use std::fmt::Write as _;

use whosaid::{Analysis, Span};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Source,
    Cue,
    Content,
    Caveat,
}

const ROLES: [Role; 4] = [Role::Source, Role::Cue, Role::Content, Role::Caveat];

impl Role {
    fn brackets(self) -> (&'static str, &'static str) {
        match self {
            Role::Source => ("[", "]"),
            Role::Cue => ("<", ">"),
            Role::Content => ("{", "}"),
            Role::Caveat => ("_", "_"),
        }
    }

    fn ansi(self) -> &'static str {
        match self {
            Role::Source => "1;36",
            Role::Cue => "1;33",
            Role::Content => "32",
            Role::Caveat => "4;31",
        }
    }
}

const RESET: &str = "\x1b[0m";

/// The SGR codes for a set of active roles: one foreground colour by priority, plus underline for a
/// caveat inside another mark.
fn style(active: &[bool; 4]) -> Option<String> {
    let [source, cue, content, caveat] = *active;
    let fg = if cue {
        Some("1;33")
    } else if source {
        Some("1;36")
    } else if caveat {
        Some("31")
    } else if content {
        Some("32")
    } else {
        None
    };
    match (fg, caveat) {
        (None, false) => None,
        (Some(fg), true) => Some(format!("\x1b[{fg};4m")),
        (Some(fg), false) => Some(format!("\x1b[{fg}m")),
        (None, true) => Some("\x1b[4;31m".to_string()),
    }
}

/// The article with every mark drawn in place.
pub fn article(text: &str, analysis: &Analysis, color: bool) -> String {
    let mut marks: Vec<(Span, Role)> = Vec::new();
    for a in &analysis.attributions {
        marks.extend(a.source.map(|s| (s, Role::Source)));
        marks.push((a.cue, Role::Cue));
        marks.extend(a.content.iter().map(|&s| (s, Role::Content)));
    }
    marks.extend(analysis.caveats.iter().map(|c| (c.span, Role::Caveat)));
    marks.retain(|(s, _)| !s.is_empty() && text.get(s.start..s.end).is_some());
    // Of marks starting together, the longer opens first, so the shorter nests inside it. A
    // speaker of two cues ("The Opposition termed … and demanded …") is marked once.
    marks.sort_by_key(|&(s, r)| {
        let role = ROLES.iter().position(|&x| x == r);
        (s.start, std::cmp::Reverse(s.end), role)
    });
    marks.dedup();

    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (s, _) in &marks {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut out = String::new();
    if color {
        let _ = writeln!(
            out,
            "Marks: {} {} {} {}\n",
            paint("source", Role::Source),
            paint("cue", Role::Cue),
            paint("content", Role::Content),
            paint("caveat", Role::Caveat)
        );
    } else {
        out.push_str("Marks: [source] <cue> {content} _caveat_\n\n");
    }
    // Without colour, brackets open and close at the cuts; a mark is closed before the ones that
    // opened after it, so brackets nest wherever the spans nest.
    let mut open: Vec<(usize, Role)> = Vec::new();
    for w in cuts.windows(2) {
        let (at, next) = (w[0], w[1]);
        if color {
            let mut active = [false; 4];
            for (s, r) in &marks {
                if s.start <= at && at < s.end {
                    active[ROLES.iter().position(|x| x == r).unwrap_or(0)] = true;
                }
            }
            match style(&active) {
                Some(code) => {
                    out.push_str(&code);
                    out.push_str(&text[at..next]);
                    out.push_str(RESET);
                }
                None => out.push_str(&text[at..next]),
            }
        } else {
            close_marks(&mut out, &mut open, &marks, at);
            for (i, (s, r)) in marks.iter().enumerate() {
                if s.start == at {
                    out.push_str(r.brackets().0);
                    open.push((i, *r));
                }
            }
            out.push_str(&text[at..next]);
        }
    }
    if !color {
        close_marks(&mut out, &mut open, &marks, text.len());
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Closes every open mark that ends at `at`, and reopens those closed only to keep brackets nested.
fn close_marks(out: &mut String, open: &mut Vec<(usize, Role)>, marks: &[(Span, Role)], at: usize) {
    let Some(first) = open.iter().position(|(i, _)| marks[*i].0.end <= at) else {
        return;
    };
    let closed: Vec<(usize, Role)> = open.drain(first..).collect();
    for (_, r) in closed.iter().rev() {
        out.push_str(r.brackets().1);
    }
    for &(i, r) in &closed {
        if marks[i].0.end > at {
            out.push_str(r.brackets().0);
            open.push((i, r));
        }
    }
}

fn paint(s: &str, role: Role) -> String {
    format!("\x1b[{}m{s}{RESET}", role.ansi())
}

/// Text of a span on one line, cut to `max` characters.
fn clip(text: &str, span: Span, max: usize) -> String {
    let s: String = span
        .text(text)
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if s.chars().count() <= max {
        s
    } else {
        let mut cut: String = s.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Who said what, then the caveats by kind, each with its reason.
pub fn summary(text: &str, analysis: &Analysis, color: bool) -> String {
    let bold = |s: &str| {
        if color {
            format!("\x1b[1m{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "\n{}", bold("Who said what"));
    if analysis.attributions.is_empty() {
        out.push_str("  Nobody is reported as saying anything.\n");
    }
    let claim = |out: &mut String, i: usize| {
        let a = &analysis.attributions[i];
        let content: Vec<String> = a.content.iter().map(|&s| clip(text, s, 200)).collect();
        let kind = match a.kind {
            whosaid::AttributionKind::Direct => "direct",
            whosaid::AttributionKind::Indirect => "indirect",
            whosaid::AttributionKind::Mixed => "mixed",
        };
        let _ = writeln!(
            out,
            "    {}: {} ({kind})",
            clip(text, a.cue, 40),
            if content.is_empty() {
                "(no content marked)".to_string()
            } else {
                content.join(" … ")
            }
        );
    };
    for (si, speaker) in analysis.speakers.iter().enumerate() {
        let claims: Vec<usize> = (0..analysis.attributions.len())
            .filter(|&i| analysis.attributions[i].speaker == Some(si))
            .collect();
        if claims.is_empty() {
            continue;
        }
        let kind = match speaker.kind {
            whosaid::SpeakerKind::Person => "person",
            whosaid::SpeakerKind::Organisation => "organisation",
            whosaid::SpeakerKind::Anonymous => "anonymous",
            whosaid::SpeakerKind::Unknown => "unknown",
        };
        let mut about = vec![kind.to_string()];
        about.extend(speaker.roles.iter().cloned());
        let _ = writeln!(out, "  {} ({})", bold(&speaker.name), about.join("; "));
        for i in claims {
            claim(&mut out, i);
        }
    }
    // Attributions not tied to a speaker, grouped by their source's words.
    let mut loose: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, a) in analysis.attributions.iter().enumerate() {
        if a.speaker.is_some_and(|s| s < analysis.speakers.len()) {
            continue;
        }
        let who = match a.source {
            Some(s) => format!("“{}”", clip(text, s, 60)),
            None => "no source named".to_string(),
        };
        match loose.iter_mut().find(|(w, _)| *w == who) {
            Some((_, v)) => v.push(i),
            None => loose.push((who, vec![i])),
        }
    }
    for (who, claims) in loose {
        let _ = writeln!(out, "  {}", bold(&who));
        for i in claims {
            claim(&mut out, i);
        }
    }

    let _ = writeln!(out, "\n{}", bold("Caveats"));
    if analysis.caveats.is_empty() {
        out.push_str("  No caveats found.\n");
    }
    for kind in whosaid::CaveatKind::ALL {
        let of_kind: Vec<_> = analysis.caveats.iter().filter(|c| c.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {} ({})", bold(kind.name()), of_kind.len());
        for c in of_kind {
            let _ = writeln!(out, "    “{}”: {}", clip(text, c.span, 60), c.why);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid::{Attribution, AttributionKind, Caveat, CaveatKind};

    fn at(text: &str, needle: &str) -> Span {
        let s = text.find(needle).unwrap();
        Span::new(s, s + needle.len())
    }

    fn sample() -> (&'static str, Analysis) {
        let text = "Ms Okafor said the plan would probably fail.";
        let analysis = Analysis {
            attributions: vec![Attribution {
                kind: AttributionKind::Indirect,
                cue: at(text, "said"),
                source: Some(at(text, "Ms Okafor")),
                content: vec![at(text, "the plan would probably fail")],
                speaker: None,
                rule: "test".into(),
                why: "a reporting verb".into(),
            }],
            caveats: vec![Caveat {
                kind: CaveatKind::Hedge,
                span: at(text, "probably"),
                cue: "probably".into(),
                attribution: Some(0),
                why: "lowers the certainty".into(),
            }],
            ..Analysis::default()
        };
        (text, analysis)
    }

    #[test]
    fn plain_marks_nest_in_the_article() {
        let (text, analysis) = sample();
        let out = article(text, &analysis, false);
        assert!(
            out.ends_with("[Ms Okafor] <said> {the plan would _probably_ fail}.\n"),
            "{out}"
        );
    }

    #[test]
    fn crossing_marks_are_closed_and_reopened() {
        let text = "abcdef";
        let analysis = Analysis {
            caveats: vec![Caveat {
                kind: CaveatKind::Hedge,
                span: Span::new(2, 5),
                cue: String::new(),
                attribution: None,
                why: String::new(),
            }],
            attributions: vec![Attribution {
                kind: AttributionKind::Indirect,
                cue: Span::new(0, 1),
                source: None,
                content: vec![Span::new(1, 4)],
                speaker: None,
                rule: String::new(),
                why: String::new(),
            }],
            ..Analysis::default()
        };
        let out = article(text, &analysis, false);
        assert!(out.ends_with("<a>{b_cd_}_e_f\n"), "{out}");
    }

    #[test]
    fn colour_uses_ansi_and_resets() {
        let (text, analysis) = sample();
        let out = article(text, &analysis, true);
        assert!(out.contains("\x1b[1;36mMs Okafor\x1b[0m"), "{out:?}");
        assert!(out.contains("\x1b[31;4mprobably\x1b[0m"), "{out:?}");
    }

    #[test]
    fn summary_lists_claims_and_caveats_with_why() {
        let (text, analysis) = sample();
        let out = summary(text, &analysis, false);
        assert!(out.contains("  “Ms Okafor”\n    said: the plan would probably fail (indirect)\n"));
        assert!(
            out.contains("  hedge (1)\n    “probably”: lowers the certainty\n"),
            "{out}"
        );
    }
}
