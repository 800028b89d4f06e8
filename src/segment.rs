//! Paragraphs, tokens and sentences: the units every later rule works on.
//!
//! One linear pass makes tokens; sentence boundaries are then chosen over the tokens of each
//! paragraph. A paragraph is a non-blank line with its white space trimmed: news text puts one
//! paragraph on a line, and a one-line headline stays its own paragraph and sentence.
//!
//! Invariants (tested in `tests/invariants.rs`):
//! - paragraphs, sentences and tokens are sorted, non-overlapping and on char boundaries;
//! - the sentences of a paragraph cover its text from its first to its last non-blank character,
//!   leaving out only the white space between them;
//! - every token lies inside exactly one sentence.

use std::ops::Range;

use crate::span::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits, with inner hyphens and apostrophes ("don't", "co-chair"), or a dotted
    /// acronym with its last full stop ("U.S.", "a.m.").
    Word,
    /// A single punctuation or symbol character, or an ellipsis written as dots.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
}

/// Paragraphs, sentences and tokens of one document.
pub struct Segmentation {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Token>,
    /// For each sentence, the range of its tokens in [`Segmentation::tokens`].
    pub sentence_tokens: Vec<Range<usize>>,
    /// For each sentence, the index of its paragraph.
    pub sentence_paragraph: Vec<usize>,
}

impl Segmentation {
    /// The index of the sentence holding byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }

    /// The index of the first token starting at or after byte offset `at`.
    pub fn token_at_or_after(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }
}

/// Titles and abbreviations after which a full stop never ends a sentence, because a name follows.
const NEVER_BREAK: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "sens", "rep", "reps", "gov", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "prof", "rev", "gens", "maj", "brig", "cpl", "pvt", "hon", "messrs",
    "mt", "ft", "st", "pres", "supt", "det", "insp", "no", "nos", "vs", "v", "cf", "e.g", "i.e",
    "approx", "dept", "univ", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "fig", "vol", "pp",
    "gov't", "engr", "barr", "smt", "arc", "tpr", "ofc", "dep", "asst", "cmdr", "pt", "cllr",
    "mohd", "retd", "rs", "shri", "const", "cst", "eng", "amb", "alh", "adv", "cdr", "rtd", "pst",
    "arch", "asp", "dsp", "acp", "dcp", "cdre", "sqn", "ldr", "wg", "flt", "evang", "sh",
];

/// The abbreviated suffixes of a company's name ("Apple Inc.", "Harris Upham & Co."): like the
/// abbreviations below they end a sentence only before a starter, and inside a source they are
/// part of the name.
pub const COMPANY_SUFFIXES: &[&str] = &[
    "inc", "corp", "co", "cos", "ltd", "plc", "llc", "bros", "pty",
];

/// Abbreviations that often end a sentence too: they end one only before a word that usually
/// starts one ("Apple Inc. The company said" breaks; "Apple Inc. shares fell" does not).
const BREAK_BEFORE_STARTER: &[&str] = &[
    "jr", "sr", "etc", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
    "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "mass", "mar", "apr", "jun",
    "jul", "sep", "a.m", "p.m",
];

/// The months, in full.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Capitalised words that go on with a clock time ("9 a.m. Tuesday", "4 p.m. ET"), besides a
/// month ([`MONTHS`] or its abbreviation).
const AFTER_CLOCK: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "mt",
    "mst",
    "mdt",
    "pt",
    "pst",
    "pdt",
    "gmt",
    "bst",
    "utc",
    "aest",
    "aedt",
    "eastern",
    "central",
    "mountain",
    "pacific",
    "local",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// People who open police and court sentences: after a state's abbreviation ("near Lawton,
/// Okla. Troopers found …") they start a sentence. Not after a dotted acronym, where they may
/// name a body ("D.C. Police Chief").
const PEOPLE_STARTERS: &[&str] = &[
    "police",
    "officers",
    "deputies",
    "troopers",
    "authorities",
    "investigators",
    "prosecutors",
    "witnesses",
    "residents",
    "firefighters",
];

/// Words that commonly begin a sentence; after an ambiguous abbreviation they signal a break.
const STARTERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "there",
    "mr",
    "mrs",
    "ms",
    "on",
    "at",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "for",
    "some",
    "many",
    "most",
    "no",
    "yet",
    "still",
    "so",
    "asked",
    "both",
    "one",
    "what",
    "why",
    "how",
    "who",
    "officials",
    "however",
];

pub fn segment(text: &str) -> Segmentation {
    let paragraphs = paragraphs(text);
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut sentence_tokens = Vec::new();
    let mut sentence_paragraph = Vec::new();
    let mut t = 0;
    for (pi, para) in paragraphs.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.start < para.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.end <= para.end {
            t += 1;
        }
        let mut start = first;
        for end in sentence_ends(text, &tokens[first..t]) {
            let range = start..first + end;
            let span = Span::new(
                tokens[range.start].span.start,
                tokens[range.end - 1].span.end,
            );
            // Invisible characters before a sentence are its own, so that sentences tile their
            // paragraph with only white space between them: it starts back over the blank run
            // before it, past that run's leading white space. (A paragraph neither starts nor
            // ends with one.)
            let blank = |c: char| c.is_whitespace() || is_invisible(c);
            let before = text[para.start..span.start].trim_end_matches(blank);
            let lead = text[para.start + before.len()..span.start].trim_start();
            let span = Span::new(span.start - lead.len(), span.end);
            sentences.push(span);
            sentence_tokens.push(range);
            sentence_paragraph.push(pi);
            start = first + end;
        }
    }
    Segmentation {
        paragraphs,
        sentences,
        tokens,
        sentence_tokens,
        sentence_paragraph,
    }
}

/// Non-blank lines, trimmed.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(start, start + line.len())
            .trim_matches(text, |c| c.is_whitespace() || is_invisible(c));
        if !span.is_empty() {
            out.push(span);
        }
        start += line.len();
    }
    out
}

/// An invisible format character that is no part of a word: a zero-width space or non-joiner,
/// a direction mark or embedding, a word joiner, the byte-order mark. The zero-width joiner
/// (U+200D) is not one: it stays inside the emoji it joins.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_mark(c))
}

/// Combining marks and joiners that belong to the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x200D | 0xFE0F)
}

/// Splits text into word and punctuation tokens in one pass.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Invisible format characters (direction marks, zero-width spaces) are no token.
        if c.is_whitespace() || (!c.is_ascii() && is_invisible(c)) {
            continue;
        }
        if !is_word_char(c) {
            // Three dots make one ellipsis token.
            if c == '.' && bytes.get(i + 1) == Some(&b'.') && bytes.get(i + 2) == Some(&b'.') {
                chars.next();
                chars.next();
                tokens.push(Token {
                    span: Span::new(i, i + 3),
                    kind: TokKind::Punct,
                });
            } else if (c == '-' && bytes.get(i + 1) == Some(&b'-'))
                || (c == '\'' && bytes.get(i + 1) == Some(&b'\''))
                || (c == '`' && bytes.get(i + 1) == Some(&b'`'))
            {
                // A double hyphen is a dash, one token: "Kall -- co-editor of …". Two
                // apostrophes or two backticks are one quotation mark (``…'').
                chars.next();
                tokens.push(Token {
                    span: Span::new(i, i + 2),
                    kind: TokKind::Punct,
                });
            } else {
                tokens.push(Token {
                    span: Span::new(i, i + c.len_utf8()),
                    kind: TokKind::Punct,
                });
            }
            continue;
        }
        let mut end = i + c.len_utf8();
        loop {
            match chars.peek().copied() {
                Some((j, d)) if is_word_char(d) => {
                    end = j + d.len_utf8();
                    chars.next();
                }
                // An inner hyphen, apostrophe or full stop joins two runs of letters, except the
                // possessive "'s" and a full stop that is not part of a dotted acronym.
                Some((j, d)) if matches!(d, '-' | '\'' | '’' | '.' | '&' | ',') => {
                    let after = j + d.len_utf8();
                    let next = text[after..].chars().next();
                    if !next.is_some_and(is_word_char) {
                        break;
                    }
                    // "100,000": a comma between digits, before a group of three, is inside
                    // the number.
                    if d == ',' && !thousands_comma(text, j) {
                        break;
                    }
                    if matches!(d, '\'' | '’') && is_possessive(text, after) {
                        break;
                    }
                    let decimal = d == '.'
                        && text[..j].ends_with(|c: char| c.is_ascii_digit())
                        && next.is_some_and(|c| c.is_ascii_digit());
                    if d == '.'
                        && !decimal
                        && !is_acronym_dot(text, i, after)
                        && !is_domain_dot(text, after)
                    {
                        break;
                    }
                    chars.next();
                    end = after;
                }
                _ => break,
            }
        }
        // A dotted acronym keeps its last full stop: "U.S." is one token.
        if c.is_alphabetic() && text[i..end].contains('.') && bytes.get(end) == Some(&b'.') {
            chars.next();
            end += 1;
        }
        tokens.push(Token {
            span: Span::new(i, end),
            kind: TokKind::Word,
        });
    }
    tokens
}

/// Is the comma at byte `comma` a thousands separator: a digit before it, then exactly three
/// digits ("85,000", "1,500,000")?
fn thousands_comma(text: &str, comma: usize) -> bool {
    let digits = text.as_bytes()[comma + 1..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let after = text[comma + 1 + digits..].chars().next();
    text[..comma].ends_with(|c: char| c.is_ascii_digit())
        && digits == 3
        && !after.is_some_and(is_word_char)
}

/// Is the apostrophe before `after` the start of a possessive or contracted "'s"?
fn is_possessive(text: &str, after: usize) -> bool {
    let rest = &text[after..];
    let mut it = rest.chars();
    matches!(it.next(), Some('s' | 'S')) && !it.next().is_some_and(is_word_char)
}

/// A dot joins letters into an acronym ("U.S", "a.m") when each run between dots is one letter.
fn is_acronym_dot(text: &str, word_start: usize, after: usize) -> bool {
    let before = &text[word_start..after - 1];
    let last_run = before.rsplit('.').next().unwrap_or("");
    let mut next_run = text[after..].chars().take_while(|c| is_word_char(*c));
    last_run.chars().count() == 1 && next_run.next().is_some() && next_run.next().is_none()
}

/// A dot before a web domain's ending joins it to the name: "Salon.com", "Change.org" and
/// "bbc.co.uk" are one word each, and no sentence ends inside them.
fn is_domain_dot(text: &str, after: usize) -> bool {
    let rest = &text[after..];
    // ASCII letters only, so the run ends on a character boundary; five is past every ending.
    let len = rest
        .bytes()
        .take(5)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    matches!(
        &rest[..len],
        "com" | "org" | "net" | "gov" | "edu" | "co" | "uk" | "io" | "info"
    ) && !rest[len..].starts_with(is_word_char)
}

fn is_terminator(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…" | "...")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | "''" | ")" | "]" | "»")
}

fn lower_word(s: &str) -> String {
    s.trim_end_matches('.').to_lowercase()
}

/// Returns, for the tokens of one paragraph, the exclusive end index of each sentence.
fn sentence_ends(text: &str, tokens: &[Token]) -> Vec<usize> {
    let mut ends = Vec::new();
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let tok = tokens[i];
        let s = tok.span.text(text);
        let acronym_end = tok.kind == TokKind::Word && s.ends_with('.') && s.len() > 2;
        if !(is_terminator(s) || acronym_end) {
            i += 1;
            continue;
        }
        // Absorb closing quotes and brackets (and repeated terminators) that follow at once.
        let mut end = i + 1;
        while end < n
            && tokens[end].span.start == tokens[end - 1].span.end
            && (is_closer(tokens[end].span.text(text))
                || is_terminator(tokens[end].span.text(text)))
        {
            end += 1;
        }
        if end >= n {
            break;
        }
        let next = tokens[end];
        let gap = next.span.start > tokens[end - 1].span.end;
        let next_text = next.span.text(text);
        let starts_upper = next_text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let starts_open = matches!(
            next_text,
            "“" | "\"" | "‘" | "`" | "``" | "''" | "(" | "'" | "—" | "-" | "--"
        );
        let mut breaks = gap && (starts_upper || starts_open);
        if breaks && s == "." && i > 0 {
            let prev = tokens[i - 1];
            let joined = prev.span.end == tok.span.start;
            let word = lower_word(prev.span.text(text));
            if joined && prev.kind == TokKind::Word {
                // "wrote in a post on X. “We will …”": a capital letter after a preposition, or
                // before an opening quotation, names a thing and ends the sentence.
                // "an economist at T. Rowe Price" goes on: after a preposition, only "X" or a
                // word that opens sentences ends one.
                let after_preposition = i >= 2
                    && matches!(
                        lower_word(tokens[i - 2].span.text(text)).as_str(),
                        "on" | "at" | "via" | "from"
                    )
                    && (prev.span.text(text) == "X" || {
                        let next = lower_word(next_text);
                        STARTERS.contains(&next.as_str())
                            || PEOPLE_STARTERS.contains(&next.as_str())
                    });
                let is_initial = prev.span.text(text).chars().count() == 1
                    && prev.span.text(text).chars().all(char::is_uppercase)
                    && !after_preposition
                    && !matches!(next_text, "“" | "\"");
                // "then-Sen. Barack Obama": a title after a hyphen is still a title.
                let title = word.rsplit('-').next().unwrap_or("");
                // "No. 10" goes on; "no" before no number ends the sentence ("would vote no.
                // The council …", "said: “No.” She then left").
                let numbered = matches!(prev.span.text(text), "no" | "No")
                    && !next_text.starts_with(|c: char| c.is_ascii_digit());
                // "The Rt. Hon. member", "Fr. Brian Keane": spelt so, titles ("RT." is a
                // channel, "france.fr." a web address).
                let cased_title = match prev.span.text(text) {
                    "Rt" => matches!(next_text, "Hon" | "Rev"),
                    "Fr" => true,
                    _ => false,
                };
                if is_initial || cased_title || (NEVER_BREAK.contains(&title) && !numbered) {
                    breaks = false;
                } else if BREAK_BEFORE_STARTER.contains(&word.as_str())
                    || COMPANY_SUFFIXES.contains(&word.as_str())
                {
                    // "… an analyst with Harris Upham & Co. “It's going to get bloody.”": a
                    // quotation opening after the abbreviation starts a sentence too.
                    let next = lower_word(next_text);
                    breaks = STARTERS.contains(&next.as_str())
                        || PEOPLE_STARTERS.contains(&next.as_str())
                        || matches!(next_text, "“" | "\"" | "``" | "''")
                        // The New York Times opens a quotation with two apostrophes.
                        || text[tokens[end].span.start..].starts_with("''");
                }
            }
        }
        if breaks && acronym_end {
            // "shortly before 11 p.m. Officers found …": after a clock time any capital but a
            // day, a month or a time zone starts a sentence.
            // "A.M. Singhvi" after no number is a pair of initials.
            let clock = matches!(s.to_ascii_lowercase().as_str(), "a.m." | "p.m.")
                && i > 0
                && tokens[i - 1]
                    .span
                    .text(text)
                    .starts_with(|c: char| c.is_ascii_digit());
            breaks = STARTERS.contains(&lower_word(next_text).as_str())
                || (clock && {
                    let next = lower_word(next_text);
                    !AFTER_CLOCK.contains(&next.as_str()) && !MONTHS.contains(&next.as_str())
                });
        }
        if breaks && matches!(s, "…" | "...") {
            breaks = starts_upper;
        }
        if breaks {
            ends.push(end);
        }
        i = end;
    }
    if n > 0 && ends.last() != Some(&n) {
        ends.push(n);
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let seg = segment(text);
        seg.sentences.iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn keeps_titles_initials_decimals_and_acronyms_inside_sentences() {
        let text = "Mr. Peskov met Gen. J. R. Smith in the U.S. capital at 9 a.m. on Sept. 3. \
                    Growth was 2.5 percent.";
        assert_eq!(
            sentences(text),
            vec![
                "Mr. Peskov met Gen. J. R. Smith in the U.S. capital at 9 a.m. on Sept. 3.",
                "Growth was 2.5 percent."
            ]
        );
    }

    #[test]
    fn a_capital_letter_after_a_preposition_or_before_a_quotation_ends_a_sentence() {
        assert_eq!(
            sentences("She wrote in a post on X. \"We will not be silenced.\""),
            ["She wrote in a post on X.", "\"We will not be silenced.\""]
        );
        assert_eq!(
            sentences("He met John D. Smith. They spoke."),
            ["He met John D. Smith.", "They spoke."]
        );
        assert_eq!(
            sentences("He posted it on X. Critics were quick to reply."),
            ["He posted it on X.", "Critics were quick to reply."]
        );
    }

    #[test]
    fn an_initial_after_a_preposition_goes_on_into_its_name() {
        assert_eq!(
            sentences("Dana Lee, an economist at T. Rowe Price, said so. She left."),
            [
                "Dana Lee, an economist at T. Rowe Price, said so.",
                "She left."
            ]
        );
    }

    #[test]
    fn a_web_domain_is_one_word_inside_its_sentence() {
        assert_eq!(
            sentences("Posts on Civic.org and news.bbc.co.uk said so. She agreed."),
            [
                "Posts on Civic.org and news.bbc.co.uk said so.",
                "She agreed."
            ]
        );
        let text = "Civic.org said so.";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.span.text(text)).collect();
        assert_eq!(words, ["Civic.org", "said", "so", "."]);
    }

    #[test]
    fn a_title_after_a_hyphen_keeps_its_name() {
        assert_eq!(
            sentences("She lost to then-Sen. Barack Obama in 2008. It hurt."),
            vec!["She lost to then-Sen. Barack Obama in 2008.", "It hurt."]
        );
    }

    #[test]
    fn breaks_after_an_acronym_before_a_sentence_starter() {
        assert_eq!(
            sentences("He flew to the U.S. The talks failed."),
            vec!["He flew to the U.S.", "The talks failed."]
        );
    }

    #[test]
    fn quote_closing_after_the_full_stop_stays_with_its_sentence() {
        assert_eq!(
            sentences("He said: “We will go.” Then he left."),
            vec!["He said: “We will go.”", "Then he left."]
        );
        assert_eq!(
            sentences("\"No,\" he said. \"Never.\" She nodded."),
            vec!["\"No,\" he said.", "\"Never.\"", "She nodded."]
        );
    }

    #[test]
    fn ellipsis_before_lowercase_does_not_break() {
        assert_eq!(
            sentences("We will... perhaps go. Then stop."),
            vec!["We will... perhaps go.", "Then stop."]
        );
    }

    #[test]
    fn headline_and_dateline_lines() {
        let text = "Kremlin denies role in blast\n\nMOSCOW (Reuters) - The Kremlin said on Monday it was not involved.";
        let seg = segment(text);
        assert_eq!(seg.paragraphs.len(), 2);
        assert_eq!(
            sentences(text),
            vec![
                "Kremlin denies role in blast",
                "MOSCOW (Reuters) - The Kremlin said on Monday it was not involved."
            ]
        );
    }

    #[test]
    fn a_double_hyphen_is_one_dash_token() {
        let text = "Ortiz -- a driver -- said so; a co-op.";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.span.text(text)).collect();
        assert_eq!(
            words,
            vec!["Ortiz", "--", "a", "driver", "--", "said", "so", ";", "a", "co-op", "."]
        );
    }

    #[test]
    fn tokens_split_possessives_and_keep_contractions() {
        let text = "Putin’s aide didn't say U.S. co-chair's";
        let toks: Vec<&str> = tokenize(text).iter().map(|t| t.span.text(text)).collect();
        assert_eq!(
            toks,
            vec!["Putin", "’", "s", "aide", "didn't", "say", "U.S.", "co-chair", "'", "s"]
        );
    }

    #[test]
    fn a_thousands_comma_stays_inside_its_number() {
        let text = "From 70,000 to 1,500,000 in 2016,2017, 3,4 or 12,50.";
        let toks: Vec<&str> = tokenize(text).iter().map(|t| t.span.text(text)).collect();
        assert_eq!(
            toks,
            vec![
                "From",
                "70,000",
                "to",
                "1,500,000",
                "in",
                "2016",
                ",",
                "2017",
                ",",
                "3",
                ",",
                "4",
                "or",
                "12",
                ",",
                "50",
                "."
            ]
        );
    }
}
