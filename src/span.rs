//! Spans and the one place where their unit changes.
//!
//! Inside the core every span is a half-open range of **byte** offsets into the document text, which is
//! what `regex::Match` and `str` slicing give. Outside the core two other units are needed: Unicode
//! code points (JSON and brat files, Python string indices) and UTF-16 code units (the DOM,
//! `String.prototype.slice`). [`OffsetMap`] is built once per document and converts any byte offset
//! that lies on a character boundary in O(log n), so converting a whole analysis is O(n log n) rather
//! than a scan per span.

use serde::{Deserialize, Serialize};

/// A half-open range `start..end`. Inside the core the unit is bytes of UTF-8; after
/// [`OffsetMap::convert`] it is whatever unit was asked for.
///
/// Invariant (core): `start <= end <= text.len()` and both ends lie on `char` boundaries.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The length, or 0 for a span whose ends are crossed.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text this byte span covers. Returns `""` rather than panicking on a span that does not fit.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Shrinks the span past white space at both ends.
    pub fn trim(self, text: &str) -> Span {
        self.trim_matches(text, char::is_whitespace)
    }

    /// Shrinks the span past characters matching `pred` at both ends.
    pub fn trim_matches(self, text: &str, pred: impl Fn(char) -> bool) -> Span {
        let s = self.text(text);
        let lead = s.len() - s.trim_start_matches(&pred).len();
        let inner = &s[lead..];
        let kept = inner.trim_end_matches(&pred).len();
        Span::new(self.start + lead, self.start + lead + kept)
    }

    /// The pieces of the span between line breaks, each trimmed of white space; empty pieces
    /// are left out.
    pub fn lines(self, text: &str) -> impl Iterator<Item = Span> + '_ {
        let mut from = self.start;
        self.text(text)
            .split('\n')
            .map(move |line| {
                let piece = Span::new(from, from + line.len());
                from = piece.end + 1;
                piece.trim(text)
            })
            .filter(|p| !p.is_empty())
    }
}

/// The unit a converted span counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Bytes,
    /// Unicode scalar values: Python `str` indices, brat offsets, JSON output.
    CodePoints,
    /// UTF-16 code units: JavaScript strings and DOM ranges.
    Utf16,
}

/// Converts byte offsets of one document to code points or UTF-16 units.
///
/// Stores, for each non-ASCII character, its byte offset and the cumulative extra bytes / extra
/// UTF-16 units before it; an ASCII-only document costs nothing.
pub struct OffsetMap {
    /// `(byte offset just after a non-ASCII char, extra bytes so far, extra utf16 units so far)`.
    marks: Vec<(usize, usize, usize)>,
    len: usize,
}

impl OffsetMap {
    pub fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        let (mut extra_bytes, mut extra_utf16) = (0usize, 0usize);
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                extra_bytes += n - 1;
                // A char outside the BMP is 2 UTF-16 units: one unit more than one code point.
                extra_utf16 += n - 1 - (c.len_utf16() - 1);
                marks.push((i + n, extra_bytes, extra_utf16));
            }
        }
        OffsetMap {
            marks,
            len: text.len(),
        }
    }

    /// Converts a byte offset (on a char boundary, at most the text length) to `unit`.
    pub fn convert(&self, byte: usize, unit: Unit) -> usize {
        let byte = byte.min(self.len);
        if unit == Unit::Bytes {
            return byte;
        }
        // Last mark at or before `byte`.
        let idx = self.marks.partition_point(|m| m.0 <= byte);
        let (extra_bytes, extra_utf16) = if idx == 0 {
            (0, 0)
        } else {
            (self.marks[idx - 1].1, self.marks[idx - 1].2)
        };
        match unit {
            Unit::CodePoints => byte - extra_bytes,
            Unit::Utf16 => byte - extra_utf16,
            Unit::Bytes => byte,
        }
    }

    pub fn span(&self, span: Span, unit: Unit) -> Span {
        Span::new(self.convert(span.start, unit), self.convert(span.end, unit))
    }
}

/// Builds a table from code-point offsets to byte offsets: the reverse direction, for reading brat
/// files and gold data whose offsets count code points.
pub fn code_point_to_byte(text: &str) -> Vec<usize> {
    let mut table: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    table.push(text.len());
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_each_unit_on_curly_quotes_dashes_and_emoji() {
        let text = "“Hi” — 👋 said Ann";
        let map = OffsetMap::new(text);
        let start = text.find("said").unwrap();
        let span = Span::new(start, start + 4);
        let cp = map.span(span, Unit::CodePoints);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[cp.start..cp.end].iter().collect::<String>(), "said");
        let u16: Vec<u16> = text.encode_utf16().collect();
        let u = map.span(span, Unit::Utf16);
        assert_eq!(String::from_utf16(&u16[u.start..u.end]).unwrap(), "said");
        assert_ne!(
            cp.start, u.start,
            "the emoji must make code points and UTF-16 differ"
        );
    }

    #[test]
    fn reverse_table_round_trips() {
        let text = "a’b👋c";
        let table = code_point_to_byte(text);
        let map = OffsetMap::new(text);
        for (cp, &b) in table.iter().enumerate() {
            assert_eq!(map.convert(b, Unit::CodePoints), cp);
        }
    }
}
