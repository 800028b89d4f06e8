//! Caveats: the hedges, denials, evidence statements, distancing and anonymous sourcing around claims.
//!
//! Four kinds come from their word lists in `src/lexicons/` (the longest entry wins where entries
//! overlap); distancing also comes from scare quotes, a quotation of one to three words inside a
//! sentence that is nobody's claim. Each caveat is linked to the attribution whose cue, source or
//! content holds it, else to one in the same sentence.
//!
//! A hedge phrase is marked at the word that carries the doubt ("is expected to" at "expected").
//!
//! Deliberately missed: "would be", mostly a reported plan ("said the laws would be reviewed"),
//! "May" the month (and "May he rest in peace"), a negated "could" ("could
//! not swim") and "could be reached", the noun "might", the noun and adjective "suspect", a
//! matter weighed ("the committee considered the bill") and modal verbs used for politeness are
//! left out; an anonymous-source word ("officials") counts only where it is the source of an
//! attribution or carries its own anonymity ("familiar with the matter", "on condition of
//! anonymity").

use crate::analysis::{Attribution, Caveat, CaveatKind, Quote};
use crate::lexicon::{denied_as_refused, head_only, is_be, self_anonymous, Hit, Lexicon, List};
use crate::segment::Segmentation;
use crate::span::Span;

fn kind_of(lists: &[List]) -> Option<CaveatKind> {
    // A denial or evidence phrase is more specific than a hedge word inside it.
    [
        (List::Evidence, CaveatKind::Evidence),
        (List::Denial, CaveatKind::Denial),
        (List::Distancing, CaveatKind::Distancing),
        (List::Anonymous, CaveatKind::Anonymous),
        (List::Hedge, CaveatKind::Hedge),
    ]
    .into_iter()
    .find(|(l, _)| lists.contains(l))
    .map(|(_, k)| k)
}

fn explain(kind: CaveatKind, cue: &str) -> String {
    match kind {
        CaveatKind::Hedge => format!("hedge: the cue '{cue}' lowers the certainty of what follows"),
        CaveatKind::Denial => format!("denial: the cue '{cue}'; the claim it answers is contested"),
        CaveatKind::Evidence => {
            format!("evidence: the cue '{cue}' says how well the claim is supported")
        }
        CaveatKind::Distancing => {
            format!("distancing: the cue '{cue}' keeps the words at arm's length")
        }
        CaveatKind::Anonymous => {
            format!("anonymous: the cue '{cue}' names no source a reader could check")
        }
    }
}

pub fn find(
    text: &str,
    seg: &Segmentation,
    quotes: &[Quote],
    attributions: &[Attribution],
    hits: &[Hit],
    lex: &Lexicon,
) -> Vec<Caveat> {
    let mut out: Vec<Caveat> = Vec::new();
    let mut last_end = 0;
    for hit in hits {
        let Some(kind) = kind_of(lex.lists(hit.pattern)) else {
            continue;
        };
        // Hits come longest first at each start: skip ones inside a caveat already taken.
        if hit.span.start < last_end {
            continue;
        }
        let word = hit.span.text(text);
        let entry = lex.entry(hit.pattern);
        if !keep(text, seg, hit.span, word, entry, kind, attributions) {
            continue;
        }
        last_end = hit.span.end;
        let span = if kind == CaveatKind::Hedge {
            hedge_word(text, hit.span)
        } else {
            hit.span
        };
        out.push(Caveat {
            kind,
            span,
            cue: entry.to_string(),
            attribution: None,
            why: explain(kind, word),
        });
    }
    for q in quotes {
        if is_scare_quote(text, seg, q, attributions) {
            let inner = q.inner.text(text);
            out.push(Caveat {
                kind: CaveatKind::Distancing,
                span: q.span,
                cue: "scare quotes".to_string(),
                attribution: None,
                why: format!(
                    "distancing: scare quotes around '{inner}' keep the word at arm's length"
                ),
            });
        }
    }
    out.sort_by_key(|c| (c.span.start, c.span.end));
    for c in &mut out {
        c.attribution = link(seg, c.span, attributions);
    }
    out
}

fn keep(
    text: &str,
    seg: &Segmentation,
    span: Span,
    word: &str,
    entry: &str,
    kind: CaveatKind,
    attributions: &[Attribution],
) -> bool {
    match kind {
        CaveatKind::Hedge => {
            // "May" the month: capitalised other than at a sentence start, or before a number.
            // Opening a sentence it is the month too ("May was the wettest month"), or a wish
            // ("May he rest in peace"), unless "be", "not" or "have" follows.
            if entry == "may" && word.starts_with('M') {
                let at_start = seg
                    .sentence_at(span.start)
                    .is_some_and(|s| seg.sentences[s].start == span.start);
                let before_number = text[span.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit());
                let modal_after = matches!(
                    text[span.end..].split_whitespace().next(),
                    Some("be" | "not" | "have" | "also" | "well")
                );
                if !at_start || before_number || !modal_after {
                    return false;
                }
            }
            // A noun after a determiner is no hedge: "the suspect", "an estimated 5,000" (a
            // number's approximation, not doubt about a claim).
            let before = text[..span.start]
                .split_whitespace()
                .next_back()
                .unwrap_or("");
            let determiner = matches!(
                before.to_lowercase().as_str(),
                "the" | "a" | "an" | "two" | "three" | "police" | "his" | "her" | "their"
            );
            // "urged ministers to think again", "thinks about the future": thinking of this
            // kind doubts nothing.
            let after = text[span.end..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            // "thought about it", "thought out": so does a thought pondered.
            let pondering = matches!(entry, "think" | "thinks" | "thought")
                && matches!(
                    after.as_str(),
                    "again" | "about" | "of" | "twice" | "through" | "tank" | "out"
                );
            // "Police suspect that the ledger was forged": before "that", the verb.
            let noun = (determiner
                && matches!(entry, "suspect" | "suspects" | "estimated")
                && after != "that")
                || (entry == "thought" && (determiner || matches!(before, "for" | "of")))
                || (entry == "might" && might_the_noun(before));
            // "could not be reached for comment", "Neither could be reached": no doubt, only a
            // call unanswered. "could not swim", "could n't estimate": what was not possible
            // is a fact (FactBank marks no negated "could", WikiWeasel 4 in 37).
            let unreached = entry == "could" && {
                let rest = text[span.end..].trim_start();
                let negated = ["not", "n't", "n’t", "never"].iter().any(|n| {
                    rest.strip_prefix(n)
                        .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
                });
                negated || rest.starts_with("be reached")
            };
            let weighed = entry == "considered" && !considered_as_held(before, &after, text, span);
            // "No suspects have been identified", "a key suspect in", "the evidence is suspect",
            // "suspected weapons sites", "suspected insurgents": the noun and the adjective.
            // "officials suspect a link", "suspected of", "is suspected to have" doubt.
            let accused_sense = matches!(entry, "suspect" | "suspects" | "suspected") && {
                let opens_object = matches!(
                    after.as_str(),
                    "that"
                        | "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "this"
                        | "some"
                        | "foul"
                ) || text[span.end..].trim_start().starts_with('(');
                let passive_or_of = entry == "suspected"
                    && (is_be(&before.to_lowercase())
                        || matches!(after.as_str(), "of" | "to" | "in" | "on" | "by" | ""));
                !opens_object && !passive_or_of
            };
            let certain = hedge_of_certainty(entry, before, &after, text, span);
            !(noun || pondering || unreached || weighed || accused_sense || certain)
        }
        // "was denied bail": what is denied to someone is refused, not a claim disputed; "the
        // claims were denied by the firm" is a denial.
        CaveatKind::Denial if entry == "denied" => {
            let before = text[..span.start]
                .split_whitespace()
                .next_back()
                .map(str::to_lowercase);
            let after = text[span.end..].split_whitespace().next();
            !denied_as_refused(before.as_deref(), after)
        }
        CaveatKind::Anonymous => {
            let head = head_only(entry);
            self_anonymous(entry)
                || near(attributions, span).any(|a| {
                    a.source.is_some_and(|s| {
                        // A singular head ends its source, which names nobody before it:
                        // "Jack Goldsmith, a former Justice official" is named.
                        span.contains(s)
                            || (s.contains(span)
                                && (!head
                                    || (s.end == span.end
                                        && !text[s.start..span.start].contains(','))))
                    })
                })
        }
        _ => true,
    }
}

/// The word of a hedge phrase that carries the doubt, as a reader would underline it: "is
/// expected to" gives "expected", "it is thought" gives "thought".
/// A phrase with no such frame ("remains to be seen") stays whole.
fn hedge_word(text: &str, span: Span) -> Span {
    let phrase = span.text(text);
    let mut start = 0;
    let mut end = phrase.len();
    let frame_before = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "it" | "is" | "are" | "was" | "were"
        )
    };
    while let Some(gap) = phrase[start..end].find(' ') {
        if !frame_before(&phrase[start..start + gap]) {
            break;
        }
        start += gap + 1;
    }
    while let Some(gap) = phrase[start..end].rfind(' ') {
        let last = &phrase[start + gap + 1..end];
        if !matches!(last.to_lowercase().as_str(), "to" | "be" | "that") {
            break;
        }
        end = start + gap;
    }
    Span {
        start: span.start + start,
        end: span.start + end,
    }
}

/// Hedge words in phrases that doubt nothing: "as soon as possible", "made possible", "became
/// apparent", "heir apparent", "better than expected", "no doubt", "without doubt", "assumed
/// command"; and "should" of duty rather than of likelihood ("should be used", "we should keep",
/// "Should the talks fail"), which FactBank leaves unmarked where it marks "profits should rise".
fn hedge_of_certainty(entry: &str, before: &str, after: &str, text: &str, span: Span) -> bool {
    let before = before.to_lowercase();
    match entry {
        "possible" => matches!(before.as_str(), "as" | "made" | "make" | "makes" | "making"),
        "apparent" => matches!(
            before.as_str(),
            "become" | "became" | "becomes" | "becoming" | "heir"
        ),
        "expected" => before == "than",
        "doubt" | "doubts" => matches!(before.as_str(), "no" | "without" | "beyond"),
        "assume" | "assumes" | "assumed" | "assuming" => {
            let held = matches!(after, "that" | "to")
                || is_be(&before)
                || matches!(
                    before.as_str(),
                    "widely" | "often" | "generally" | "commonly" | "usually"
                );
            !held
        }
        "should" => {
            let mut rest = text[span.end..].split_whitespace().map(|w| {
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
            let duty = rest
                .find(|w| !matches!(w.as_str(), "not" | "n't" | "never" | "also" | "still"))
                .is_some_and(|w| w == "be");
            let span_text = span.text(text);
            duty || span_text.starts_with('S') || matches!(before.as_str(), "we" | "i" | "you")
        }
        _ => false,
    }
}

/// "with all their might", "the army's might": the noun, strength, not the modal.
fn might_the_noun(before: &str) -> bool {
    let before = before.to_lowercase();
    matches!(
        before.as_str(),
        "the" | "their" | "his" | "her" | "its" | "our" | "military" | "economic" | "full"
    ) || before.ends_with("'s")
        || before.ends_with("’s")
}

/// "is widely considered the favourite", "are considered to be at risk": an opinion held.
/// "The council considered the bill", "was considered for the post", "considered carefully": a
/// matter weighed, which doubts nothing.
fn considered_as_held(before: &str, after: &str, text: &str, span: Span) -> bool {
    let before = before.to_lowercase();
    let passive = is_be(&before)
        || matches!(
            before.as_str(),
            "widely" | "generally" | "long" | "often" | "still" | "commonly" | "largely" | "now"
        );
    let punctuated = text[span.end..].starts_with(|c: char| c.is_ascii_punctuation());
    passive
        && !punctuated
        && !matches!(
            after,
            "for" | "by" | "in" | "at" | "on" | "but" | "and" | "or" | "whether" | "carefully"
        )
}

/// Attributions whose cue lies within a few hundred bytes of `span`.
fn near(attributions: &[Attribution], span: Span) -> impl Iterator<Item = &Attribution> {
    let from = attributions.partition_point(|a| a.cue.end + 400 < span.start);
    attributions[from..]
        .iter()
        .take_while(move |a| a.cue.start <= span.end + 400)
}

fn is_scare_quote(text: &str, seg: &Segmentation, q: &Quote, attributions: &[Attribution]) -> bool {
    if !q.closed {
        return false;
    }
    let inner = q.inner.text(text).trim();
    // American papers put the sentence's full stop or comma inside the marks ("had \"acted
    // swiftly.\""); British ones outside ("had 'acted swiftly'."). A quoted phrase is the same
    // phrase either way, but a capital after the mark opens a quoted sentence ("\"Stop now.\"").
    let bare = inner.strip_suffix(['.', ',']).unwrap_or(inner);
    let inside_stop = bare.len() < inner.len();
    let words = bare.split_whitespace().count();
    if words == 0
        || words > 3
        || bare.len() > 40
        || bare.ends_with([',', '.', '!', '?'])
        || (inside_stop && !bare.starts_with(char::is_lowercase))
    {
        return false;
    }
    // Inside a sentence: words before it, and after it unless its marks hold the full stop; not
    // a headline made of a quotation.
    let Some(s) = seg.sentence_at(q.span.start) else {
        return false;
    };
    let sent = seg.sentences[s];
    if sent.start == q.span.start || (sent.end == q.span.end && !inside_stop) {
        return false;
    }
    !near(attributions, q.span).any(|a| {
        a.content
            .iter()
            .any(|c| c.overlaps(q.inner) && c.len() <= q.span.len())
    })
}

/// The attribution a caveat qualifies: the one holding it, else one in the same sentence.
fn link(seg: &Segmentation, span: Span, attributions: &[Attribution]) -> Option<usize> {
    let from = attributions.partition_point(|a| a.cue.end + 2000 < span.start);
    let window = || {
        attributions[from..]
            .iter()
            .enumerate()
            .take_while(|(_, a)| a.cue.start <= span.end + 2000)
            .map(|(i, a)| (i + from, a))
    };
    let holds = |a: &Attribution| {
        a.cue.overlaps(span)
            || a.source.is_some_and(|s| s.overlaps(span))
            || a.content.iter().any(|c| c.contains(span))
    };
    // Of the attributions holding it, the one whose cue is nearest before it: in "X denied it,
    // and Moscow says there is insufficient evidence", the evidence belongs to Moscow's claim.
    if let Some((i, _)) = window()
        .filter(|(_, a)| holds(a))
        .max_by_key(|(_, a)| (a.cue.start <= span.end, a.cue.start))
    {
        return Some(i);
    }
    let sentence = seg.sentence_at(span.start)?;
    window()
        .find(|(_, a)| seg.sentence_at(a.cue.start) == Some(sentence))
        .map(|(i, _)| i)
}
