//! whosaid: marks who speaks in an English news article, what they claim, and the caveats around it.
//!
//! The core knows nothing of JavaScript or terminals: [`Annotator::annotate`] turns text into an
//! [`Analysis`] of byte spans. `wasm.rs` is the browser's thin edge and `bin/whosaid.rs` the
//! command line's.

pub mod analysis;
pub mod brat;
pub mod error;
pub mod eval;
pub mod span;

mod attribution;
mod caveats;
mod lexicon;
mod quotes;
mod segment;
mod speakers;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{
    Analysis, Attribution, AttributionKind, Caveat, CaveatKind, Quote, Speaker, SpeakerKind,
};
pub use error::Error;
pub use span::{OffsetMap, Span, Unit};

/// Holds every lexicon and compiled pattern; build once, annotate many documents.
pub struct Annotator {
    lexicon: lexicon::Lexicon,
}

impl Default for Annotator {
    fn default() -> Self {
        Self::new()
    }
}

impl Annotator {
    pub fn new() -> Self {
        Annotator {
            lexicon: lexicon::Lexicon::new(),
        }
    }

    /// Annotates one document. A pure function of `text`; never panics, and runs in time linear in
    /// the length of the text.
    pub fn annotate(&self, text: &str) -> Analysis {
        let seg = segment::segment(text);
        let quotes = quotes::find_quotes(text, &seg.paragraphs);
        let hits = self.lexicon.scan(text);
        let mut attributions = attribution::find(text, &seg, &quotes, &hits, &self.lexicon);
        let speakers = speakers::resolve(text, &seg, &mut attributions, &self.lexicon);
        let caveats = caveats::find(text, &seg, &quotes, &attributions, &hits, &self.lexicon);
        Analysis {
            paragraphs: seg.paragraphs,
            sentences: seg.sentences,
            quotes,
            attributions,
            speakers,
            caveats,
        }
    }
}
