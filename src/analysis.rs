//! The result of annotating one document: every tag the core finds, with its evidence.
//!
//! All spans in an [`Analysis`] returned by [`crate::Annotator::annotate`] are byte spans. Call
//! [`Analysis::in_unit`] once at the edge to get code points (JSON, brat) or UTF-16 units (browser).
//!
//! Invariants, pinned by tests:
//! - every span lies inside the text and on `char` boundaries;
//! - sentences tile their paragraph's non-blank text in order, without overlap;
//! - every list is sorted by span start (then end).

use serde::{Deserialize, Serialize};

use crate::span::{OffsetMap, Span, Unit};

/// How the content of an attribution is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttributionKind {
    /// The content is a quotation in quote marks.
    Direct,
    /// The content is paraphrased (reported speech, "according to", a that-clause).
    Indirect,
    /// A paraphrase containing a quoted fragment.
    Mixed,
}

/// The five kinds of caveat a media-literacy class asks students to notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CaveatKind {
    /// Lowers the certainty of a claim: "apparently", "may", "reportedly", "allegedly".
    Hedge,
    /// A speaker rejects a claim: "denies", "rejected", "disputes".
    Denial,
    /// Says how well a claim is supported: "insufficient evidence", "could not be independently verified".
    Evidence,
    /// The writer keeps a phrase at arm's length: "what he called", "so-called", scare quotes.
    Distancing,
    /// The source is not named: "officials said", "a source familiar with the matter".
    Anonymous,
}

impl CaveatKind {
    pub const ALL: [CaveatKind; 5] = [
        CaveatKind::Hedge,
        CaveatKind::Denial,
        CaveatKind::Evidence,
        CaveatKind::Distancing,
        CaveatKind::Anonymous,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CaveatKind::Hedge => "hedge",
            CaveatKind::Denial => "denial",
            CaveatKind::Evidence => "evidence",
            CaveatKind::Distancing => "distancing",
            CaveatKind::Anonymous => "anonymous",
        }
    }
}

/// What kind of entity a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person ("Dmitry Peskov").
    Person,
    /// An institution, government, company or place used as a speaker ("the Kremlin", "Moscow").
    Organisation,
    /// An unnamed source ("officials", "a person familiar with the matter").
    Anonymous,
    /// A description or pronoun that could not be tied to a name ("the spokesman", "he").
    Unknown,
}

/// A direct quotation, marks included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// From the opening mark to the closing mark (inclusive). A quotation running over several
    /// paragraphs is one quote spanning all of them.
    pub span: Span,
    /// The text between the marks.
    pub inner: Span,
    /// False when no closing mark was found before the paragraph (or the run of continued
    /// paragraphs) ended; the quote then stops at the end of its paragraph.
    pub closed: bool,
}

/// Someone (or something) reported as saying, thinking or claiming something.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub kind: AttributionKind,
    /// The words that signal reporting: "said", "according to", "told reporters", a colon.
    pub cue: Span,
    /// Who is reported, where the text names them in this attribution ("Putin's spokesman, Dmitry
    /// Peskov", "he", "officials").
    pub source: Option<Span>,
    /// The claim: one span, or several when a quotation is interrupted by its cue.
    pub content: Vec<Span>,
    /// Index into [`Analysis::speakers`].
    pub speaker: Option<usize>,
    /// The name of the rule that fired.
    pub rule: String,
    /// A sentence a student can read: why this is marked.
    pub why: String,
}

/// A person or body behind one or more sources, with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The fullest name found ("Dmitry Peskov").
    pub name: String,
    pub kind: SpeakerKind,
    /// Titles and descriptions found beside the name ("Putin's spokesman").
    pub roles: Vec<String>,
    /// Every span referring to this speaker, sorted.
    pub mentions: Vec<Span>,
    /// A sentence a student can read: what kind of source this is and how it was recognised.
    pub why: String,
}

/// A hedge, denial, evidence statement, distancing device or anonymous source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caveat {
    pub kind: CaveatKind,
    pub span: Span,
    /// The lexicon entry or pattern that fired, as written in the lexicon.
    pub cue: String,
    /// Index into [`Analysis::attributions`] when the caveat qualifies an attribution.
    pub attribution: Option<usize>,
    pub why: String,
}

/// Everything found in one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
    pub speakers: Vec<Speaker>,
    pub caveats: Vec<Caveat>,
}

impl Analysis {
    /// Every span in this analysis, in no particular order; for invariant checks.
    pub fn all_spans(&self) -> Vec<Span> {
        let mut out = Vec::new();
        out.extend(&self.paragraphs);
        out.extend(&self.sentences);
        for q in &self.quotes {
            out.push(q.span);
            out.push(q.inner);
        }
        for a in &self.attributions {
            out.push(a.cue);
            out.extend(a.source);
            out.extend(&a.content);
        }
        for s in &self.speakers {
            out.extend(&s.mentions);
        }
        for c in &self.caveats {
            out.push(c.span);
        }
        out
    }

    /// Returns a copy whose spans count `unit` instead of bytes. `text` must be the annotated text.
    pub fn in_unit(&self, text: &str, unit: Unit) -> Analysis {
        let map = OffsetMap::new(text);
        self.map_spans(|s| map.span(s, unit))
    }

    fn map_spans(&self, f: impl Fn(Span) -> Span) -> Analysis {
        Analysis {
            paragraphs: self.paragraphs.iter().map(|&s| f(s)).collect(),
            sentences: self.sentences.iter().map(|&s| f(s)).collect(),
            quotes: self
                .quotes
                .iter()
                .map(|q| Quote {
                    span: f(q.span),
                    inner: f(q.inner),
                    closed: q.closed,
                })
                .collect(),
            attributions: self
                .attributions
                .iter()
                .map(|a| Attribution {
                    cue: f(a.cue),
                    source: a.source.map(&f),
                    content: a.content.iter().map(|&s| f(s)).collect(),
                    ..a.clone()
                })
                .collect(),
            speakers: self
                .speakers
                .iter()
                .map(|s| Speaker {
                    mentions: s.mentions.iter().map(|&m| f(m)).collect(),
                    ..s.clone()
                })
                .collect(),
            caveats: self
                .caveats
                .iter()
                .map(|c| Caveat {
                    span: f(c.span),
                    ..c.clone()
                })
                .collect(),
        }
    }
}
