//! The word lists in `src/lexicons/`, included at compile time and turned once into one matcher.
//!
//! Each list is plain text: one entry a line, `#` starts a comment, matched case-insensitively on
//! word boundaries. All lists share one Aho-Corasick automaton, so a document is scanned once
//! whatever the number of entries; an entry found in several lists is one pattern tagged with each.

use std::collections::HashSet;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use crate::span::Span;

/// A form of "be" (in lower case): before a participle it makes a passive ("was denied", "is
/// quoted").
pub fn is_be(w: &str) -> bool {
    matches!(w, "is" | "was" | "are" | "were" | "be" | "been" | "being")
}

/// Is an anonymous-source entry a condition the source set ("who asked not to be named",
/// "speaking on condition of anonymity", "not authorized to speak", "not allowed to discuss")? It
/// reports nothing itself.
pub fn is_condition(entry: &str) -> bool {
    [
        "name",
        "identified",
        "anonym",
        "authori",
        "allowed to",
        "permitted to",
    ]
    .iter()
    .any(|w| entry.contains(w))
}

/// Is an anonymous-source entry a singular noun that names an unnamed source only as the head
/// of its phrase: "a Downing Street source", "a senior official", not "the source of the leak"
/// or "the official figures"?
pub fn head_only(entry: &str) -> bool {
    matches!(entry, "source" | "official")
}

/// Anonymous-source entries that carry their anonymity by themselves: the conditions, and the
/// newsroom's own unnamed sourcing ("people familiar with", "it is understood").
pub fn self_anonymous(entry: &str) -> bool {
    is_condition(entry)
        || [
            "familiar with",
            "knowledge of",
            "close to",
            "understood",
            "learnt",
        ]
        .iter()
        .any(|w| entry.contains(w))
}

/// Is "denied" between the words `before` and `after` (lower case) something refused to
/// someone, not a claim disputed: a passive with no "by" ("was denied bail", "had been denied
/// victims")? "The claims were denied by the firm" is a denial.
pub fn denied_as_refused(before: Option<&str>, after: Option<&str>) -> bool {
    before.is_some_and(is_be) && after != Some("by")
}

/// Which list an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum List {
    Cue,
    SourceAfter,
    Hedge,
    Denial,
    Evidence,
    Distancing,
    Anonymous,
    Title,
    Organisation,
}

const LISTS: &[(List, &str)] = &[
    (List::Cue, include_str!("lexicons/cues.txt")),
    (List::Cue, include_str!("lexicons/cues_learned.txt")),
    (
        List::SourceAfter,
        include_str!("lexicons/sources_after.txt"),
    ),
    (List::Hedge, include_str!("lexicons/hedges.txt")),
    (List::Denial, include_str!("lexicons/denials.txt")),
    (List::Evidence, include_str!("lexicons/evidence.txt")),
    (List::Distancing, include_str!("lexicons/distancing.txt")),
    (List::Anonymous, include_str!("lexicons/anonymous.txt")),
    (List::Title, include_str!("lexicons/titles.txt")),
    (
        List::Organisation,
        include_str!("lexicons/organisations.txt"),
    ),
];

/// A lexicon entry found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    /// Pattern index: see [`Lexicon::entry`] and [`Lexicon::lists`].
    pub pattern: usize,
}

pub struct Lexicon {
    matcher: NFA,
    patterns: Vec<String>,
    lists: Vec<Vec<List>>,
    titles: HashSet<String>,
    organisations: HashSet<String>,
}

/// The British spelling of an entry, if it differs: words ending in -ize or -yze ("criticized"
/// gives "criticised", "analyzing" gives "analysing") and a few stems ("rumored", "favored",
/// "labeled", "skeptical"). The lists were learned from American news; British and Commonwealth
/// outlets write the same cues this way. Words of six letters or fewer ("size", "seized") keep
/// their one spelling.
fn british_spelling(entry: &str) -> Option<String> {
    const SUFFIXES: &[(&str, &str)] = &[
        ("ize", "ise"),
        ("ized", "ised"),
        ("izes", "ises"),
        ("izing", "ising"),
        ("ization", "isation"),
        ("yze", "yse"),
        ("yzed", "ysed"),
        ("yzes", "yses"),
        ("yzing", "ysing"),
    ];
    const STEMS: &[(&str, &str)] = &[
        ("rumor", "rumour"),
        ("favor", "favour"),
        ("honor", "honour"),
        ("labeled", "labelled"),
        ("labeling", "labelling"),
        ("signaled", "signalled"),
        ("signaling", "signalling"),
        ("skeptic", "sceptic"),
        ("judgment", "judgement"),
    ];
    let british_word = |w: &str| -> String {
        if let Some((us, uk)) = STEMS.iter().find(|(us, _)| w.starts_with(us)) {
            return format!("{uk}{}", &w[us.len()..]);
        }
        match SUFFIXES
            .iter()
            .find(|(us, _)| w.len() > 6 && w.ends_with(us))
        {
            Some((us, uk)) => format!("{}{uk}", &w[..w.len() - us.len()]),
            None => w.to_string(),
        }
    };
    let british: Vec<String> = entry.split(' ').map(british_word).collect();
    let british = british.join(" ");
    (british != entry).then_some(british)
}

fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

impl Lexicon {
    pub fn new() -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut lists: Vec<Vec<List>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for &(list, data) in LISTS {
            for entry in entries(data) {
                let key = entry.to_lowercase();
                let british = british_spelling(&key);
                for key in std::iter::once(key).chain(british) {
                    let id = *index.entry(key.clone()).or_insert_with(|| {
                        patterns.push(key);
                        lists.push(Vec::new());
                        patterns.len() - 1
                    });
                    if !lists[id].contains(&list) {
                        lists[id].push(list);
                    }
                }
            }
        }
        // Every entry starts with a letter and must start a word, so the scan walks the
        // automaton from each word start only (anchored) instead of over the inside of every
        // word. Each walk is a few steps, so memory latency is what counts: the contiguous NFA
        // (dense near the root, compact below) stays in cache where a full DFA table of a few
        // megabytes does not, and it measured as fast or faster and is quicker to build.
        let matcher = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("the built-in lexicons form a valid automaton");
        let set = |list: List| -> HashSet<String> {
            patterns
                .iter()
                .zip(&lists)
                .filter(|(_, l)| l.contains(&list))
                .map(|(p, _)| p.clone())
                .collect()
        };
        Lexicon {
            titles: set(List::Title),
            organisations: set(List::Organisation),
            matcher,
            patterns,
            lists,
        }
    }

    /// Every entry found in `text` on word boundaries, overlapping ones included, sorted by start
    /// then by length (longest first).
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        let nfa = &self.matcher;
        // A contiguous NFA always supports anchored searches; this never returns early.
        let Ok(root) = nfa.start_state(Anchored::Yes) else {
            return Vec::new();
        };
        let mut hits: Vec<Hit> = Vec::new();
        let mut prev: Option<char> = None;
        for (start, c) in text.char_indices() {
            let word_start = c.is_alphabetic() && !prev.is_some_and(char::is_alphanumeric);
            prev = Some(c);
            if !word_start {
                continue;
            }
            let mut state = root;
            for (at, &byte) in text.as_bytes()[start..].iter().enumerate() {
                state = nfa.next_state(Anchored::Yes, state, byte);
                if nfa.is_dead(state) {
                    break;
                }
                if !nfa.is_match(state) {
                    continue;
                }
                let end = start + at + 1;
                for k in 0..nfa.match_len(state) {
                    let pattern = nfa.match_pattern(state, k);
                    // Only entries that start here. A state's matches also hold the shorter
                    // entries that end here but start later ("said" in "has said"), copied
                    // along failure links; their own word start reports them once.
                    if nfa.pattern_len(pattern) == end - start
                        && on_word_boundaries(text, start, end)
                    {
                        hits.push(Hit {
                            span: Span::new(start, end),
                            pattern: pattern.as_usize(),
                        });
                    }
                }
            }
        }
        hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
        hits
    }

    pub fn entry(&self, pattern: usize) -> &str {
        &self.patterns[pattern]
    }

    pub fn lists(&self, pattern: usize) -> &[List] {
        &self.lists[pattern]
    }

    pub fn in_list(&self, pattern: usize, list: List) -> bool {
        self.lists[pattern].contains(&list)
    }

    /// Is this word (any case) a title or role such as "Sen." or "spokesman"?
    pub fn is_title(&self, word: &str) -> bool {
        in_any_case(&self.titles, word)
    }

    /// Is this word or phrase (any case) one that marks an institution?
    pub fn is_organisation(&self, word: &str) -> bool {
        in_any_case(&self.organisations, word)
    }
}

/// Is `word` in a set of lower-case entries, in any case? A word already in lower case is
/// looked up as it is, without a copy.
fn in_any_case(set: &HashSet<String>, word: &str) -> bool {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        set.contains(&word.to_lowercase())
    } else {
        set.contains(word)
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

/// True when the match neither starts nor ends inside a word.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let glued = |a: Option<char>, b: Option<char>| {
        a.is_some_and(char::is_alphanumeric) && b.is_some_and(char::is_alphanumeric)
    };
    !glued(before, first)
        && !glued(last, after)
        && !after.is_some_and(|c| c == '-' && last != Some('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_spellings_of_american_entries() {
        let uk = |e: &str| british_spelling(e);
        assert_eq!(uk("criticized").as_deref(), Some("criticised"));
        assert_eq!(uk("apologized for").as_deref(), Some("apologised for"));
        assert_eq!(uk("analyzing").as_deref(), Some("analysing"));
        assert_eq!(
            uk("spoke favorably of").as_deref(),
            Some("spoke favourably of")
        );
        assert_eq!(uk("rumored").as_deref(), Some("rumoured"));
        assert_eq!(uk("seized"), None);
        assert_eq!(uk("said"), None);
    }

    #[test]
    fn british_spellings_are_found_in_text() {
        let lex = Lexicon::new();
        let text = "It was rumoured that she criticised the plan.";
        let found: Vec<&str> = lex.scan(text).iter().map(|h| h.span.text(text)).collect();
        assert!(found.contains(&"rumoured"), "{found:?}");
        assert!(found.contains(&"criticised"), "{found:?}");
    }

    #[test]
    fn finds_entries_on_word_boundaries_only() {
        let lex = Lexicon::new();
        let text = "Officials said, according to sources, that he may unsay it.";
        let found: Vec<&str> = lex.scan(text).iter().map(|h| h.span.text(text)).collect();
        assert!(found.contains(&"said"));
        assert!(found.contains(&"according to"));
        assert!(found.contains(&"may"));
        assert!(
            !found.contains(&"say"),
            "'unsay' must not match 'say': {found:?}"
        );
    }

    #[test]
    fn finds_every_entry_that_starts_at_a_word_in_any_case() {
        let lex = Lexicon::new();
        let text = "ACCORDING TO él, naïvesaid «Said» she.";
        let hits = lex.scan(text);
        let found: Vec<&str> = hits.iter().map(|h| h.span.text(text)).collect();
        assert!(found.contains(&"ACCORDING TO"), "{found:?}");
        assert!(found.contains(&"Said"), "{found:?}");
        assert!(
            !found.contains(&"said"),
            "a word glued to a non-ASCII letter is no entry: {found:?}"
        );
        // Sorted by start, longest first, so a longer entry comes before one it begins with.
        let starts: Vec<(usize, std::cmp::Reverse<usize>)> = hits
            .iter()
            .map(|h| (h.span.start, std::cmp::Reverse(h.span.end)))
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]));

        // Entries that start at the same word are all found, the longest first.
        let text = "He said in a statement.";
        let found: Vec<&str> = lex.scan(text).iter().map(|h| h.span.text(text)).collect();
        let long = found.iter().position(|w| *w == "said in a statement");
        let short = found.iter().position(|w| *w == "said");
        assert!(
            long.is_some() && short.is_some() && long < short,
            "{found:?}"
        );

        // An entry that ends a longer entry's path ("said" at the end of "has said") is
        // reported from its own word start, with its own span: every hit spans its entry.
        let text = "She has said the question was settled.";
        let hits = lex.scan(text);
        for h in &hits {
            assert_eq!(
                h.span.text(text).to_lowercase(),
                lex.entry(h.pattern),
                "{h:?}"
            );
        }
        assert!(hits.iter().any(|h| h.span.text(text) == "said"));
        assert!(hits.iter().any(|h| h.span.text(text) == "has said"));
    }

    #[test]
    fn an_entry_in_two_lists_is_tagged_with_both() {
        let lex = Lexicon::new();
        let text = "Assad denies it";
        let hit = lex
            .scan(text)
            .into_iter()
            .find(|h| h.span.text(text) == "denies")
            .unwrap();
        assert!(lex.in_list(hit.pattern, List::Cue));
        assert!(lex.in_list(hit.pattern, List::Denial));
    }
}
