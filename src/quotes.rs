//! Direct quotations: text between quote marks.
//!
//! Finds double quotations with straight (`"`), curly (`“ ”`) and angle (`« »`) marks, and single
//! quotations (`‘ ’`, `'`) outside double ones, as headlines and scare quotes use them. Follows the
//! news convention for a quotation over several paragraphs: each paragraph opens with a mark and
//! only the last one closes. A mark that never closes ends its quotation at the end of its paragraph
//! (`closed: false`), so a stray mark cannot swallow the rest of the article. Single quotes inside a
//! double quotation are part of it, not quotations of their own; an unclosed single quote is taken
//! for an apostrophe and dropped, unless the next paragraph opens with a single mark: then it is
//! a quotation over several paragraphs, as British outlets write them. One pass over the text.

use crate::analysis::Quote;
use crate::segment::is_invisible;
use crate::span::Span;

fn is_double_open(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn is_double_close(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Every mark the loop below reads: straight, curly and angle quotation marks.
fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '’' | '`') || is_double_open(c) || is_double_close(c)
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '―' | '-' | '/' | ':' | '“')
        }
    }
}

/// Is the single mark at `off` of `body` the apostrophe of a plural possessive ("‘The players’
/// union won’t accept it,’ she said")? It is when an "s" comes before it, a lower-case word after
/// it, and the next single mark that is no apostrophe inside a word can close the quotation. The
/// look-ahead stops at that mark, so each stretch of the paragraph is read once for each mark.
fn plural_possessive(body: &str, off: usize, prev: Option<char>) -> bool {
    let rest = &body[off..];
    let mut chars = rest.char_indices().skip(1);
    let next_is_lower = matches!(chars.next(), Some((_, ' ')))
        && chars.next().is_some_and(|(_, w)| w.is_lowercase());
    if !matches!(prev, Some('s' | 'S')) || !next_is_lower {
        return false;
    }
    let mut before: Option<char> = None;
    let mut iter = rest.chars().skip(1).peekable();
    while let Some(c) = iter.next() {
        if matches!(c, '‘' | '’' | '\'') {
            let after = iter.peek().copied();
            let inside_word = before.is_some_and(char::is_alphanumeric)
                && after.is_some_and(char::is_alphanumeric);
            if !inside_word {
                // A mark that can close: glued to the word before it, no word after it.
                return c != '‘'
                    && before.is_some_and(|b| !b.is_whitespace())
                    && !after.is_some_and(char::is_alphanumeric);
            }
        }
        before = Some(c);
    }
    false
}

/// Is the single mark at `off` of `body` the second mark of an elided "and" ("rock 'n' roll",
/// "fish ’n’ chips"): a space, a mark, "n", then this mark and a space?
fn elided_and(body: &str, off: usize) -> bool {
    let mut before = body[..off].chars().rev();
    matches!(
        (before.next(), before.next(), before.next()),
        (Some('n'), Some('\'' | '‘' | '’'), Some(' '))
    ) && body[off..].chars().nth(1) == Some(' ')
}

struct Open {
    start: usize,
    inner_start: usize,
}

pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Option<Open> = None;
    // The leading mark of a paragraph that continues a running quotation belongs to it.
    let mut reopen_at: Option<usize> = None;
    // A single-quoted quotation running over paragraphs (British style): carried to the next.
    let mut single_carry: Option<Open> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let body = para.text(text);
        let carried = single_carry.is_some();
        let mut single: Option<Open> = single_carry.take();
        let bytes = body.as_bytes();
        let mut from = 0;
        // Only quote marks matter: jump from one byte that may start one (a straight mark, or
        // the lead byte of a curly or angle one) to the next, over everything in between.
        while let Some(k) = bytes[from..]
            .iter()
            .position(|&b| matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2))
        {
            let off = from + k;
            let Some(c) = body[off..].chars().next() else {
                break;
            };
            from = off + c.len_utf8();
            if !is_mark(c) {
                continue;
            }
            let at = para.start + off;
            // The character before the mark; two apostrophes read as one mark count as '"'.
            // Invisible format characters (a direction mark pasted from social media) are
            // passed over.
            let prev = match body[..off].chars().rev().find(|&p| !is_invisible(p)) {
                Some('\'') if off >= 2 && body.as_bytes()[off - 2] == b'\'' => Some('"'),
                p => p,
            };
            let mut next = body[from..].chars().next();
            let mut after = at + c.len_utf8();
            // Two apostrophes stand for a straight double mark in some newsroom systems, and
            // wire copy typed for old terminals opens with two backticks (``…''), or one for a
            // single quotation (`…').
            let c = if c == '\'' && next == Some('\'') {
                from += 1;
                next = body[from..].chars().next();
                after = at + 2;
                '"'
            } else if c == '`' && next == Some('`') {
                from += 1;
                next = body[from..].chars().next();
                after = at + 2;
                '“'
            } else if c == '`' {
                '‘'
            } else {
                c
            };
            if reopen_at == Some(at) {
                reopen_at = None;
                continue;
            }
            if c == '"' || is_double_open(c) || is_double_close(c) {
                // "… problems for her here,“ said Clyburn": an opening mark typed where the
                // closing one belongs, glued to the text before it and followed by a space.
                let mistyped_close = is_double_open(c)
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(char::is_whitespace);
                match &open {
                    Some(o) if c == '"' || is_double_close(c) || mistyped_close => {
                        quotes.push(Quote {
                            span: Span::new(o.start, after),
                            inner: Span::new(o.inner_start, at),
                            closed: true,
                        });
                        open = None;
                    }
                    Some(_) => {} // an opening mark inside a quotation: nested or mistyped
                    // A straight mark glued to a word on its left and followed by a space opens
                    // nothing (inches, a typo); one at an opening position opens.
                    // "”Fear. I am truly afraid …”": a closing mark typed where the opening one
                    // belongs, at an opening position and glued to the word after it.
                    // A closing mark that opens a paragraph ("” … he delivered a mix …,” Barabak
                    // wrote.") can only open.
                    None if is_double_open(c)
                        || (is_double_close(c)
                            && (prev.is_none()
                                || (is_opening_context(prev)
                                    && next.is_some_and(char::is_alphanumeric))))
                        || (c == '"'
                            && (is_opening_context(prev)
                                || next.is_some_and(|n| !n.is_whitespace()))) =>
                    {
                        open = Some(Open {
                            start: at,
                            inner_start: after,
                        });
                        // "‘He told me “no” twice,’ she said": British style nests double marks
                        // in single ones, so a single quotation opened by ‘ or ' stays open. One
                        // opened by ’ or before a digit is more often an apostrophe ("the ’90s",
                        // "the '90s") and is dropped.
                        single = single.filter(|s| {
                            let mut marks = text[s.start..].chars();
                            marks.next() != Some('’')
                                && !marks.next().is_some_and(|c| c.is_ascii_digit())
                        });
                    }
                    None => {} // a stray closing mark, or a straight one that cannot open
                }
            } else if open.is_none() && matches!(c, '‘' | '’' | '\'') {
                let next_is_word = next.is_some_and(char::is_alphanumeric);
                match &single {
                    Some(s)
                        if c != '‘'
                            && !next_is_word
                            && prev.is_some_and(|p| !p.is_whitespace())
                            && !plural_possessive(body, off, prev)
                            && !elided_and(body, off) =>
                    {
                        // A double quotation nested inside is part of this one.
                        while quotes
                            .last()
                            .is_some_and(|q: &Quote| q.span.start > s.start)
                        {
                            quotes.pop();
                        }
                        quotes.push(Quote {
                            span: Span::new(s.start, after),
                            inner: Span::new(s.inner_start, at),
                            closed: true,
                        });
                        single = None;
                    }
                    None if c != '’' && is_opening_context(prev) && next_is_word => {
                        single = Some(Open {
                            start: at,
                            inner_start: after,
                        });
                    }
                    None if c == '’' && is_opening_context(prev) && next_is_word => {
                        // ’ used as an opening mark by some typesetting.
                        single = Some(Open {
                            start: at,
                            inner_start: after,
                        });
                    }
                    _ => {}
                }
            }
        }
        if let Some(o) = single.take() {
            // "Moreau said: 'We waited.\n\n'The town deserves better.'": a single quotation
            // opened in this paragraph continues when the next one opens with a single mark.
            let continues = paragraphs.get(pi + 1).is_some_and(|next| {
                let mut t = next.text(text).chars();
                matches!(t.next(), Some('\'' | '‘')) && t.next().is_some_and(char::is_alphanumeric)
            });
            if continues {
                single_carry = Some(o);
                reopen_at = paragraphs.get(pi + 1).map(|p| p.start);
            } else if carried {
                quotes.push(Quote {
                    span: Span::new(o.start, para.end),
                    inner: Span::new(o.inner_start, para.end),
                    closed: false,
                });
            }
        }
        if let Some(o) = open.take() {
            // A quotation still open at the end of a paragraph continues only when the next
            // paragraph opens with a mark; the mark then belongs to this quotation.
            // The mark must be of the same kind: a block of excerpt opened with a straight
            // mark and never closed is no quotation that a curly “ in the next paragraph goes
            // on with.
            let straight = |t: &str| t.starts_with('"') || t.starts_with("''");
            let opened_straight = straight(&text[o.start..]);
            let continues = paragraphs.get(pi + 1).is_some_and(|next| {
                let t = next.text(text);
                if opened_straight {
                    straight(t)
                } else {
                    t.chars().next().is_some_and(is_double_open)
                }
            });
            if continues {
                open = Some(o);
                reopen_at = paragraphs.get(pi + 1).map(|p| p.start);
            } else {
                quotes.push(Quote {
                    span: Span::new(o.start, para.end),
                    inner: Span::new(o.inner_start, para.end),
                    closed: false,
                });
            }
        }
    }
    quotes.sort_by_key(|q| (q.span.start, q.span.end));
    quotes
}
