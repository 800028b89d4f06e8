//! Speakers.

use crate::analysis::{Attribution, Speaker};
use crate::lexicon::Lexicon;
use crate::segment::Segmentation;

pub fn resolve(
    text: &str,
    seg: &Segmentation,
    attributions: &mut [Attribution],
    lex: &Lexicon,
) -> Vec<Speaker> {
    let _ = (text, seg, attributions, lex);
    Vec::new()
}
