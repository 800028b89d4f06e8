//! Speakers: the people and bodies behind attribution sources, each with all its mentions.
//!
//! Each source is read as one of:
//! - a **name** ("Kremlin spokesman Dmitry Peskov"): the last run of capitalised words, titles
//!   stripped, is the name; a later source naming the same surname ("Peskov") is the same speaker.
//!   A source written "NAME, APPOSITION" ("Dr Jane Smith, of the University of Leeds") names the
//!   person before the comma, and what follows is a role;
//! - a **role written as a name** ("The Prime Minister", "the First Minister"): the same speaker
//!   only as the same whole role, or as the person whose source gave that role, never by a shared
//!   last word ("Minister");
//! - an **institution** ("the Kremlin", "Moscow", "the ministry"), from `lexicons/organisations.txt`;
//! - an **unnamed source** ("officials", "a person familiar with the matter"), from
//!   `lexicons/anonymous.txt`: one speaker per distinct wording;
//! - a **pronoun** ("he", "they", "who"), resolved to the nearest fitting speaker before it: "he"
//!   and "she" to a person whose gender does not clash (known from "Mr", "Mrs.", "Ms" with or without
//!   its full stop, or an earlier pronoun),
//!   "it" to an institution, "they" to an institution or group, "who" and "which" to the name just
//!   before the comma.
//!
//! Other mentions are every later occurrence of a known name or surname in the text. Deliberately
//! missed: pronouns that are not sources, and descriptions ("the spokesman") matched to a name
//! only when that name's source gave the same role: the same title, with no clashing word before
//! it ("the minister" is "the First Minister", "the prime minister" is not).

use std::collections::{HashMap, HashSet};

use crate::analysis::{Attribution, Speaker, SpeakerKind};
use crate::lexicon::{head_only, self_anonymous, Lexicon, List};
use crate::segment::{Segmentation, TokKind, Token};
use crate::span::Span;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gender {
    Unknown,
    Male,
    Female,
}

struct Entry {
    speaker: Speaker,
    gender: Gender,
    /// Lower-case words that identify this speaker when they stand alone: the surname, or the
    /// whole name of an institution.
    keys: Vec<String>,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
];

/// A determiner in any case, without allocating a lower-case copy (the list is ASCII).
fn is_determiner(w: &str) -> bool {
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

pub fn resolve(
    text: &str,
    seg: &Segmentation,
    attributions: &mut [Attribution],
    lex: &Lexicon,
) -> Vec<Speaker> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    // Speakers by recency, most recent first, for pronouns: a short list keeps resolution O(1).
    let mut recent: Vec<usize> = Vec::new();
    // Read only if some source opens with a word like a plural.
    let surnames = std::cell::OnceCell::new();
    for a in attributions.iter_mut() {
        let Some(source) = a.source else { continue };
        // "One, who did not want to be named, said": a condition of anonymity between the
        // speaker and the cue makes the speaker an unnamed one.
        let reading = match read_source(text, seg, source, lex, &surnames) {
            Reading::Description { key, .. } if unnamed(text, source, a.cue, lex) => {
                Reading::Description {
                    key,
                    kind: SpeakerKind::Anonymous,
                }
            }
            r => r,
        };
        let id = match reading {
            Reading::Pronoun(p) if matches!(p.as_str(), "who" | "which" | "that") => {
                relative_antecedent(text, seg, source, lex).map(|(name, kind)| {
                    find_or_add(
                        &mut entries,
                        &mut by_key,
                        name,
                        kind,
                        Vec::new(),
                        Gender::Unknown,
                    )
                })
            }
            Reading::Pronoun(p) => resolve_pronoun(&p, &entries, &recent, lex),
            Reading::Named {
                name,
                kind,
                roles,
                gender,
                role_phrase: true,
            } => {
                // "The First Minister" after "Ms Sturgeon, the First Minister".
                let id = by_key
                    .get(&name.to_lowercase())
                    .copied()
                    .or_else(|| holder_of_role(&entries, &name, lex));
                Some(id.unwrap_or_else(|| {
                    add(&mut entries, &mut by_key, name, kind, roles, gender, false)
                }))
            }
            Reading::Named {
                name,
                kind,
                roles,
                gender,
                role_phrase: false,
            } => Some(find_or_add(
                &mut entries,
                &mut by_key,
                name,
                kind,
                roles,
                gender,
            )),
            // A bare determiner ("The") names nobody.
            Reading::Description { key, .. } if key.is_empty() => None,
            Reading::Description { key, kind } => {
                // "the spokesman" after "Kremlin spokesman Dmitry Peskov".
                let id = by_key
                    .get(&key)
                    .copied()
                    .or_else(|| holder_of_role(&entries, &key, lex));
                Some(id.unwrap_or_else(|| {
                    let label = source.text(text).trim().to_string();
                    find_or_add(
                        &mut entries,
                        &mut by_key,
                        label,
                        kind,
                        Vec::new(),
                        Gender::Unknown,
                    )
                }))
            }
        };
        if let Some(id) = id {
            let e = &mut entries[id];
            e.speaker.mentions.push(source);
            recent.retain(|&r| r != id);
            recent.insert(0, id);
            recent.truncate(RECENT);
            if let Some(g) = pronoun_gender(&source.text(text).to_lowercase()) {
                if e.gender == Gender::Unknown {
                    e.gender = g;
                }
            }
            a.speaker = Some(id);
        }
    }
    add_text_mentions(text, seg, &mut entries);
    let mut claims = vec![0usize; entries.len()];
    for a in attributions.iter() {
        if let Some(id) = a.speaker {
            claims[id] += 1;
        }
    }
    entries
        .into_iter()
        .zip(claims)
        .map(|(mut e, n)| {
            e.speaker.mentions.sort();
            e.speaker.mentions.dedup();
            drop_nested(&mut e.speaker.mentions);
            e.speaker.why = explain(&e.speaker, n);
            e.speaker
        })
        .collect()
}

/// Why a speaker is what it is, for a student: its kind, what that means, and how many claims.
fn explain(s: &Speaker, claims: usize) -> String {
    let kind = match s.kind {
        SpeakerKind::Person => "a named person",
        SpeakerKind::Organisation => "an institution, company or place speaking as a body",
        SpeakerKind::Anonymous => "an unnamed source, which a reader cannot check",
        SpeakerKind::Unknown => "a description that names nobody in particular",
    };
    let plural = if claims == 1 { "" } else { "s" };
    format!(
        "{}: {kind}; the source of {claims} claim{plural}, mentioned {} time{}",
        s.name,
        s.mentions.len(),
        if s.mentions.len() == 1 { "" } else { "s" }
    )
}

enum Reading {
    Pronoun(String),
    Named {
        name: String,
        kind: SpeakerKind,
        roles: Vec<String>,
        gender: Gender,
        /// The name is a role written like a name ("the First Minister", "Prime Minister"): it
        /// is the same speaker only as the same whole role, never by its last word.
        role_phrase: bool,
    },
    Description {
        key: String,
        kind: SpeakerKind,
    },
}

/// Does a condition of anonymity ("who asked not to be named") stand between a source and its
/// cue, in the few words of an aside?
fn unnamed(text: &str, source: Span, cue: Span, lex: &Lexicon) -> bool {
    source.end <= cue.start
        && cue.start - source.end <= 200
        && text.get(source.end..cue.start).is_some_and(|between| {
            lex.scan(between).iter().any(|h| {
                lex.in_list(h.pattern, List::Anonymous) && self_anonymous(lex.entry(h.pattern))
            })
        })
}

fn pronoun_gender(p: &str) -> Option<Gender> {
    match p {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

fn read_source(
    text: &str,
    seg: &Segmentation,
    source: Span,
    lex: &Lexicon,
    surnames: &std::cell::OnceCell<HashSet<String>>,
) -> Reading {
    let first = seg.token_at_or_after(source.start);
    let mut last = first;
    while last < seg.tokens.len() && seg.tokens[last].span.end <= source.end {
        last += 1;
    }
    let toks = &seg.tokens[first..last];
    let words: Vec<&str> = toks.iter().map(|t| t.span.text(text)).collect();
    let lower = source.text(text).trim().to_lowercase();
    // A source may end inside a token: "I" of "I’ve".
    if words.len() <= 1 && is_pronoun(&lower) {
        return Reading::Pronoun(lower);
    }
    // "Ms Sturgeon, the First Minister": a name before the first comma is the speaker and what
    // follows is its role. Otherwise the last run of capitalised words is the name.
    let common = |w: &str| {
        looks_common(w)
            && !surnames
                .get_or_init(|| surnames_in(text, seg))
                .contains(&w.to_lowercase())
    };
    let best = leading_name(text, toks, &words, lex, common)
        .or_else(|| last_name_run(text, seg, toks, &words, lex, common));
    // One scan of the source serves both questions: does it name an institution, an unnamed
    // source?
    let source_hits = lex.scan(source.text(text));
    let in_list = |list| source_hits.iter().any(|h| lex.in_list(h.pattern, list));
    let org = in_list(List::Organisation);
    let label = text[source.end..].starts_with(':');
    if let Some((mut s, e)) = best {
        // Titles ("Sen.", "Prime Minister", "Health Secretary") before the name are no part of
        // it: with whatever else precedes the name in the source, they are its role.
        let mut roles = Vec::new();
        let mut gender = Gender::Unknown;
        let name_from = name_start(text, &toks[..e], &words[..e], s, lex);
        for w in &words[s..name_from] {
            match w.to_lowercase().as_str() {
                "mr" | "sir" => gender = Gender::Male,
                "mrs" | "ms" | "miss" | "dame" => gender = Gender::Female,
                _ => {}
            }
        }
        s = name_from;
        let name_span = Span::new(toks[s].span.start, toks[e - 1].span.end);
        let name = name_span.text(text).to_string();
        let rest = Span::new(source.start, toks[s].span.start)
            .trim_matches(text, |c| c.is_whitespace() || c == ',');
        let after = Span::new(name_span.end, source.end)
            .trim_matches(text, |c| c.is_whitespace() || c == ',');
        for r in [rest, after] {
            // "officials of the Food Corporation of India (FCI)": the bracket around the name
            // is no part of the role.
            let r = r
                .text(text)
                .trim_end_matches(|c: char| c == '(' || c.is_whitespace())
                .trim_start_matches(|c: char| c == ')' || c.is_whitespace());
            let r = without_courtesy_title(r);
            // A bare determiner ("The Kremlin") or a lone full stop ("Jr.") is no role.
            let bare = is_determiner(r) || !r.chars().any(char::is_alphanumeric);
            // "Sanders, whose coalition includes …": a relative clause describes, it is no role.
            let first = r.split_whitespace().next().unwrap_or("").to_lowercase();
            let relative = matches!(first.as_str(), "who" | "whose" | "which" | "that");
            if !bare && !relative && !roles.iter().any(|x| x == r) {
                roles.push(r.to_string());
            }
        }
        // "NHS England", "BBC News": an acronym in a longer name is an institution's.
        let acronym = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
        let is_org = lex.is_organisation(&name)
            || name.split_whitespace().any(|w| lex.is_organisation(w))
            || (e - s > 1 && words[s..e].iter().any(|w| acronym(w) && !lex.is_title(w)))
            || (e - s == 1 && org && name.len() > 1 && name.chars().all(|c| c.is_uppercase()))
            // "NATO said", "the HSE said": a short acronym alone is an institution; a
            // transcript's speaker in capitals is a label ("SANDERS: …").
            || (e - s == 1 && (2..=5).contains(&name.len()) && acronym(&name) && !label);
        let kind = if is_org {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        };
        let after_determiner = s > 0 && is_determiner(words[s - 1]);
        let role_phrase = kind == SpeakerKind::Person
            && lex.is_title(words[e - 1])
            && (after_determiner || lex.is_title(&name));
        return Reading::Named {
            name,
            kind,
            roles,
            gender,
            role_phrase,
        };
    }
    let key = words
        .iter()
        .map(|w| w.to_lowercase())
        .skip_while(|w| DETERMINERS.contains(&w.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    // "a Downing Street source" is unnamed; "the official figures" is no source at all.
    let source_len = source.text(text).trim_end().len();
    let anonymous = source_hits.iter().any(|h| {
        lex.in_list(h.pattern, List::Anonymous)
            && (!head_only(lex.entry(h.pattern)) || h.span.end == source_len)
    });
    let kind = if anonymous || lower.ends_with("officials") || lower.ends_with("sources") {
        SpeakerKind::Anonymous
    } else if org {
        SpeakerKind::Organisation
    } else {
        SpeakerKind::Unknown
    };
    Reading::Description { key, kind }
}

/// A role without the courtesy title that ends it: "The chief executive, Ms" (of "The chief
/// executive, Ms Priya Nair") is the role "The chief executive"; "Ms" alone is none. The title
/// tells only the speaker's gender, which is kept apart.
fn without_courtesy_title(role: &str) -> &str {
    let role = role.trim();
    let head = role.trim_end_matches('.');
    let (before, last) = head.rsplit_once(char::is_whitespace).unwrap_or(("", head));
    if matches!(
        last.to_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "miss" | "mx"
    ) {
        before.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    } else {
        role
    }
}

/// Words that may join the capitalised words of one name: "Bank of England", "Ibn al-Walid",
/// "Institute for Fiscal Studies".
const NAME_JOINERS: &[&str] = &[
    "of", "for", "de", "van", "von", "bin", "al", "la", "del", "&",
];

/// The end of the run of name tokens starting at `i`: capitalised words, a joiner between two of
/// them, and the full stop of a title or an initial ("Mr. Johnson", "John D. Podesta").
fn run_end(text: &str, toks: &[Token], words: &[&str], mut i: usize, lex: &Lexicon) -> usize {
    let name_word = |j: usize| j < toks.len() && is_name_word(text, toks[j].span, toks[j].kind);
    while i < toks.len() {
        let joins = NAME_JOINERS.contains(&words[i]) && name_word(i + 1);
        let stop = words[i] == "."
            && i > 0
            && name_word(i - 1)
            && (lex.is_title(words[i - 1]) || is_initial(words[i - 1]))
            && name_word(i + 1);
        if !(name_word(i) || joins || stop) {
            break;
        }
        i += 1;
    }
    i
}

/// A single capital letter, the initial in "John D. Podesta".
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

/// The name that opens a source written "NAME, APPOSITION" ("Dr Jane Smith, of the University
/// of Leeds"; "Marta Silva, 68, who …"), as a token range: everything before the first comma, but
/// for an opening determiner, must be one run of name tokens. Deliberately not a name: a role
/// before the comma ("The Prime Minister, Boris Johnson"), an owner ("Putin’s spokesman,
/// Dmitry Peskov"), a lone common word ("Officials, speaking …") and a list ("Moscow, Kyiv and
/// Washington").
fn leading_name(
    text: &str,
    toks: &[Token],
    words: &[&str],
    lex: &Lexicon,
    looks_common: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let comma = words.iter().position(|w| *w == ",")?;
    let start = match words.first() {
        Some(w) if is_determiner(w) => 1,
        _ => 0,
    };
    if start >= comma || comma + 1 >= words.len() {
        return None;
    }
    if !is_name_word(text, toks[start].span, toks[start].kind)
        || run_end(text, toks, words, start, lex) != comma
        || lex.is_title(words[comma - 1])
        || (comma - start == 1 && looks_common(words[start]))
    {
        return None;
    }
    let tail = &toks[comma + 1..];
    let list = tail
        .iter()
        .any(|t| matches!(t.span.text(text), "and" | "or"))
        && tail.iter().all(|t| {
            is_name_word(text, t.span, t.kind) || matches!(t.span.text(text), "," | "and" | "or")
        });
    // "Could Address Clean Energy, Lindsey Graham": a bare name after the comma is the speaker,
    // unless it is a role ("Dmitry Peskov, Kremlin Spokesman", "Jane Doe, CEO of Acme").
    let name_after = run_end(text, toks, words, comma + 1, lex) == words.len()
        && !lex.is_title(words[words.len() - 1])
        && !lex.is_title(words[comma + 1]);
    (!list && !name_after).then_some((start, comma))
}

/// The last run of name tokens in a source that names its speaker: not an owner ("Putin’s
/// spokesman"), a modifier ("Ukrainian officials") or a lone common word opening a sentence
/// ("Residents said").
fn last_name_run(
    text: &str,
    seg: &Segmentation,
    toks: &[Token],
    words: &[&str],
    lex: &Lexicon,
    looks_common: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    // "The document, seen by the Echo", "The candidate, who is backed by Lee": a name inside an
    // aside opened by a participle, a relative or a preposition is not the speaker.
    let aside = (1..words.len()).find(|&k| {
        let w = words[k];
        words[k - 1] == ","
            && w.starts_with(char::is_lowercase)
            && (matches!(
                w,
                "who" | "whose" | "which" | "of" | "in" | "at" | "for" | "from" | "with" | "by"
            ) || w.ends_with("ed")
                || w.ends_with("ing")
                || matches!(w, "seen" | "known" | "written" | "shown" | "given"))
    });
    let mut best = None;
    let mut i = 0;
    while i < toks.len() {
        if !is_name_word(text, toks[i].span, toks[i].kind) {
            i += 1;
            continue;
        }
        if aside.is_some_and(|a| i > a) {
            break;
        }
        let start = i;
        i = run_end(text, toks, words, i, lex);
        // "Putin’s spokesman", and "Mr Jones’ lawyer" after a name ending in "s".
        let possessive = i + 1 < toks.len()
            && matches!(words[i], "’" | "'")
            && (words[i + 1] == "s"
                || (words[i - 1].ends_with('s') && words[i + 1].starts_with(char::is_lowercase)));
        let modifier = i < toks.len()
            && toks[i].kind == TokKind::Word
            && words[i].chars().next().is_some_and(char::is_lowercase);
        let sentence_opener = i - start == 1
            && seg
                .sentence_at(toks[start].span.start)
                .is_some_and(|s| seg.sentences[s].start == toks[start].span.start)
            && looks_common(words[start]);
        // "Sen. Ann Holt (D-R.I.)": a party and state in brackets after a name is no name; an
        // acronym is ("the Food Corporation of India (FCI)"), and later mentions use it.
        let acronym = i - start == 1
            && words[start].len() >= 2
            && words[start].chars().all(|c| c.is_ascii_uppercase());
        let bracketed = start > 0 && words[start - 1] == "(" && best.is_some() && !acronym;
        let org = words[start..i].iter().any(|w| lex.is_organisation(w));
        // "One farmer from Devon", "residents in Kensington": a place after a description
        // names where the speaker is from, not the speaker.
        let place = start > 0 && matches!(words[start - 1], "from" | "in") && !org;
        if !possessive && !modifier && !sentence_opener && !bracketed && !place {
            let from = if org {
                and_joined_start(
                    start,
                    |j| words[j],
                    |j| is_name_word(text, toks[j].span, toks[j].kind),
                )
            } else {
                start
            };
            best = Some((from, i));
        }
    }
    best
}

/// How many tokens at the start of `words` spell a title: the longest listed one of up to four
/// words ("Dr", "Prime Minister", "Secretary of State") with its full stop ("Mr."); 0 for none.
fn title_len(words: &[&str], lex: &Lexicon) -> usize {
    let mut found = 0;
    let mut phrase = String::new();
    for (n, w) in words.iter().take(4).enumerate() {
        if *w == "." {
            break;
        }
        if n > 0 {
            phrase.push(' ');
        }
        phrase.push_str(w);
        if lex.is_title(&phrase) {
            found = n + 1;
        }
    }
    if found > 0 && words.get(found) == Some(&".") {
        found += 1;
    }
    found
}

/// Where the name proper starts in the name run `start..words.len()`: after the last title that
/// still leaves a name word behind it ("Former Prime Minister Tony Blair" gives "Tony Blair",
/// "Bank of England Governor Andrew Bailey" gives "Andrew Bailey"). A run that is all title
/// ("Prime Minister") keeps it as its name.
fn name_start(text: &str, toks: &[Token], words: &[&str], start: usize, lex: &Lexicon) -> usize {
    let mut from = start;
    for p in start..words.len() {
        let n = title_len(&words[p..], lex);
        let next = p + n;
        if n > 0 && next < words.len() && is_name_word(text, toks[next].span, toks[next].kind) {
            from = from.max(next);
        }
    }
    from
}

/// Capitalised words that look like common plurals ("Sanders", "Myers", "Clements") but follow
/// another name word somewhere in the text ("Bernie Sanders"), so are surnames, in lower case.
/// One pass over the tokens; a sentence opening "Sanders, whose …" then reads as a name.
fn surnames_in(text: &str, seg: &Segmentation) -> HashSet<String> {
    let toks = &seg.tokens;
    // The plural's ending is tested first, on bytes: most tokens fail there, unread further.
    let plural_ending = |w: &str| {
        let b = w.as_bytes();
        PLURAL_ENDINGS
            .iter()
            .any(|e| b.len() > e.len() && b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes()))
    };
    (1..toks.len())
        .filter(|&i| {
            let w = toks[i].span.text(text);
            plural_ending(w)
                && is_name_word(text, toks[i].span, toks[i].kind)
                && is_name_word(text, toks[i - 1].span, toks[i - 1].kind)
                && toks[i - 1].span.end < toks[i].span.start
                // "Trump Supporters Rally": not in a headline's capitals.
                && toks.get(i + 1).is_none_or(|t| !is_name_word(text, t.span, t.kind))
                && !common_word(&w.to_lowercase())
        })
        .map(|i| toks[i].span.text(text).to_lowercase())
        .collect()
}

/// Endings of plurals that name a group of people: "protesters", "residents", "analysts".
const PLURAL_ENDINGS: &[&str] = &["ers", "ents", "ists", "ians", "ials", "ors"];

/// A word of the kind that describes a group of people, never a name.
fn common_word(l: &str) -> bool {
    matches!(
        l,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "several"
            | "many"
            | "some"
            | "both"
            | "most"
            | "all"
            | "others"
            | "critics"
            | "experts"
            | "analysts"
            | "officials"
            | "sources"
            | "residents"
            | "witnesses"
            | "police"
            | "investigators"
            | "prosecutors"
            | "lawmakers"
            | "democrats"
            | "republicans"
            | "voters"
            | "scientists"
            | "researchers"
    )
}

/// A capitalised word that is probably a common noun or number word, not a name.
fn looks_common(w: &str) -> bool {
    let l = w.to_lowercase();
    common_word(&l) || PLURAL_ENDINGS.iter().any(|s| l.ends_with(s))
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "which" | "that"
    )
}

fn is_name_word(text: &str, span: Span, kind: TokKind) -> bool {
    let w = span.text(text);
    kind == TokKind::Word
        && w.chars().next().is_some_and(char::is_uppercase)
        && !is_determiner(w)
        && !matches!(
            w,
            "I" | "He"
                | "She"
                | "They"
                | "It"
                | "We"
                | "In"
                | "On"
                | "At"
                | "But"
                | "And"
                | "As"
                | "After"
                | "If"
                | "When"
                | "While"
                | "Although"
                | "Though"
                | "Because"
                | "Yet"
                | "Or"
                | "Then"
        )
}

fn find_or_add(
    entries: &mut Vec<Entry>,
    by_key: &mut HashMap<String, usize>,
    name: String,
    kind: SpeakerKind,
    roles: Vec<String>,
    gender: Gender,
) -> usize {
    let (lower, surname) = name_keys(&name);
    let found = by_key
        .get(&lower)
        .or_else(|| {
            if kind == SpeakerKind::Person {
                by_key.get(&surname)
            } else {
                None
            }
        })
        .copied();
    if let Some(id) = found {
        let e = &mut entries[id];
        if name.len() > e.speaker.name.len() && kind == e.speaker.kind {
            e.speaker.name = name;
        }
        for r in roles {
            if !e.speaker.roles.contains(&r) {
                e.speaker.roles.push(r);
            }
        }
        if e.gender == Gender::Unknown {
            e.gender = gender;
        }
        by_key.entry(lower).or_insert(id);
        return id;
    }
    add(entries, by_key, name, kind, roles, gender, true)
}

/// The keys a name is known by: the whole name and its last word, both in lower case.
fn name_keys(name: &str) -> (String, String) {
    let lower = name.to_lowercase();
    let surname = lower.split_whitespace().last().unwrap_or("").to_string();
    (lower, surname)
}

/// A new speaker. With `by_surname`, a person is also known by the last word of the name.
fn add(
    entries: &mut Vec<Entry>,
    by_key: &mut HashMap<String, usize>,
    name: String,
    kind: SpeakerKind,
    roles: Vec<String>,
    gender: Gender,
    by_surname: bool,
) -> usize {
    let (lower, surname) = name_keys(&name);
    let id = entries.len();
    let mut keys = vec![lower.clone()];
    if by_surname && kind == SpeakerKind::Person && surname != lower && surname.len() > 1 {
        keys.push(surname);
    }
    for k in &keys {
        by_key.entry(k.clone()).or_insert(id);
    }
    entries.push(Entry {
        speaker: Speaker {
            name,
            kind,
            roles,
            mentions: Vec::new(),
            why: String::new(),
        },
        gender,
        keys,
    });
    id
}

/// The most recent person whose source gave this role ("spokesman", "the First Minister"). The
/// role must end in a listed title, and two roles are the same only when they share that title
/// and no word before it clashes: "the minister" is "the First Minister", "the Prime Minister"
/// is not.
fn holder_of_role(entries: &[Entry], role: &str, lex: &Lexicon) -> Option<usize> {
    let wanted = role_words(role);
    let (title, modifier) = title_and_modifier(&wanted)?;
    if !lex.is_title(title) {
        return None;
    }
    entries.iter().rposition(|e| {
        e.speaker.kind == SpeakerKind::Person
            && e.speaker.roles.iter().any(|r| {
                let words = role_words(r);
                title_and_modifier(&words).is_some_and(|(t, m)| {
                    t == title && (m.is_none() || modifier.is_none() || m == modifier)
                })
            })
    })
}

/// The lower-case words of a role, without punctuation.
fn role_words(role: &str) -> Vec<String> {
    role.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A role's last word and the word before it, unless that is a determiner.
fn title_and_modifier(words: &[String]) -> Option<(&str, Option<&str>)> {
    let (title, before) = words.split_last()?;
    let modifier = before
        .last()
        .map(String::as_str)
        .filter(|w| !DETERMINERS.contains(w));
    Some((title.as_str(), modifier))
}

/// How many recent speakers a pronoun may point back to.
const RECENT: usize = 24;

/// The nearest recent speaker that fits the pronoun.
fn resolve_pronoun(
    pronoun: &str,
    entries: &[Entry],
    recent: &[usize],
    lex: &Lexicon,
) -> Option<usize> {
    let gender = pronoun_gender(pronoun);
    // "the health minister … she said": a description ending in a title is a person too.
    // "One farmer from Devon … she said": so is one whose head, before any place it is from,
    // names a person.
    let titled = |e: &Entry| {
        let name = &e.speaker.name;
        let head_phrase = name
            .split(" from ")
            .next()
            .and_then(|h| h.split(" in ").next())
            .unwrap_or(name);
        e.speaker.kind == SpeakerKind::Unknown
            && head_phrase
                .rsplit(' ')
                .next()
                .is_some_and(|w| lex.is_title(w) || person_noun(w))
    };
    let fits = |e: &Entry| match pronoun {
        "he" | "she" => {
            (e.speaker.kind == SpeakerKind::Person || titled(e))
                && (e.gender == Gender::Unknown || Some(e.gender) == gender)
        }
        "it" => e.speaker.kind == SpeakerKind::Organisation,
        "they" | "we" => e.speaker.kind != SpeakerKind::Unknown,
        _ => true,
    };
    recent.iter().copied().find(|&id| fits(&entries[id]))
}

/// A common noun for a person by its ending: "farmer", "resident", "activist", "doctor",
/// "fisherman"; not the things that end so ("paper", "letter").
fn person_noun(w: &str) -> bool {
    let w = w.to_lowercase();
    let things = [
        "paper",
        "newspaper",
        "letter",
        "order",
        "number",
        "answer",
        "poster",
        "computer",
        "register",
        "document",
        "statement",
        "argument",
        "government",
        "department",
        "parliament",
        "agreement",
        "report",
        "monitor",
    ];
    !things.contains(&w.as_str())
        && [
            "er", "or", "ist", "ian", "ent", "ant", "man", "woman", "person",
        ]
        .iter()
        .any(|s| w.ends_with(s))
        && w.len() > 4
}

/// The name just before a relative pronoun: "Trump, who said" gives "Trump".
fn relative_antecedent(
    text: &str,
    seg: &Segmentation,
    source: Span,
    lex: &Lexicon,
) -> Option<(String, SpeakerKind)> {
    let mut i = seg.token_at_or_after(source.start);
    while i > 0
        && seg.tokens[i - 1].kind == TokKind::Punct
        && seg.tokens[i - 1].span.text(text) == ","
    {
        i -= 1;
    }
    let end = i;
    while i > 0 && is_name_word(text, seg.tokens[i - 1].span, seg.tokens[i - 1].kind) {
        i -= 1;
    }
    while i < end && lex.is_title(seg.tokens[i].span.text(text)) && i + 1 < end {
        i += 1;
    }
    if i == end {
        return None;
    }
    let word = |j: usize| seg.tokens[j].span.text(text);
    if (i..end).any(|j| lex.is_organisation(word(j))) {
        i = and_joined_start(i, word, |j| {
            is_name_word(text, seg.tokens[j].span, seg.tokens[j].kind)
        });
    }
    let name = Span::new(seg.tokens[i].span.start, seg.tokens[end - 1].span.end)
        .text(text)
        .to_string();
    let kind = if name.split_whitespace().any(|w| lex.is_organisation(w)) {
        SpeakerKind::Organisation
    } else {
        SpeakerKind::Person
    };
    Some((name, kind))
}

/// "the Country Land and Business Association": an institution's name whose run of name words
/// starts at token `start` may hold "and" after another run; the start of that longer name.
fn and_joined_start<'t>(
    start: usize,
    word: impl Fn(usize) -> &'t str,
    name_word: impl Fn(usize) -> bool,
) -> usize {
    if start < 2 || word(start - 1) != "and" || !name_word(start - 2) {
        return start;
    }
    let mut from = start - 2;
    while from > 0 && name_word(from - 1) {
        from -= 1;
    }
    from
}

/// Adds every occurrence of a known name, surname or institution name in the text as a mention.
fn add_text_mentions(text: &str, seg: &Segmentation, entries: &mut [Entry]) {
    let single: HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.speaker.kind != SpeakerKind::Unknown && e.speaker.kind != SpeakerKind::Anonymous
        })
        .flat_map(|(id, e)| {
            e.keys
                .iter()
                .filter(|k| !k.contains(' '))
                .map(move |k| (k.as_str(), id))
        })
        .collect();
    let toks = &seg.tokens;
    let mut found: Vec<(usize, Span)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if !is_name_word(text, t.span, t.kind) {
            i += 1;
            continue;
        }
        // The whole capitalised run, matched by its last word.
        let start = i;
        while i < toks.len() && is_name_word(text, toks[i].span, toks[i].kind) {
            i += 1;
        }
        let last = toks[i - 1].span.text(text).to_lowercase();
        if let Some(&id) = single.get(last.as_str()) {
            found.push((id, Span::new(toks[start].span.start, toks[i - 1].span.end)));
        }
    }
    for (id, span) in found {
        entries[id].speaker.mentions.push(span);
    }
}

/// Drops mentions that lie inside another mention of the same speaker.
fn drop_nested(mentions: &mut Vec<Span>) {
    let mut kept: Vec<Span> = Vec::with_capacity(mentions.len());
    for &m in mentions.iter() {
        if let Some(last) = kept.last_mut() {
            if last.contains(m) {
                continue;
            }
            if m.contains(*last) {
                *last = m;
                continue;
            }
        }
        kept.push(m);
    }
    *mentions = kept;
}
