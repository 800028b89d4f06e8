//! Paragraphs and sentences.

use crate::span::Span;

/// Paragraphs and sentences of one document.
pub struct Segmentation {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
}

pub fn segment(text: &str) -> Segmentation {
    let _ = text;
    Segmentation {
        paragraphs: Vec::new(),
        sentences: Vec::new(),
    }
}
