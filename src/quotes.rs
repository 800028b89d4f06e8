//! Direct quotations.

use crate::analysis::Quote;
use crate::span::Span;

pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let _ = (text, paragraphs);
    Vec::new()
}
