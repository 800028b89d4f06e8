//! Worst cases for a rule-based reader, shared by the throughput benchmark and the invariant
//! tests: one "sentence" without a full stop, dense with cues, quotation marks and names, or
//! made of noun-like cues each before a verb cue.

/// About `bytes` of words drawn by a fixed sequence from cue words, names, quotation marks and
/// function words, with no sentence end anywhere.
pub fn adversarial(bytes: usize) -> String {
    const WORDS: &[&str] = &[
        "the",
        "minister",
        "said",
        "that",
        "Peskov",
        "told",
        "reporters",
        "according",
        "to",
        "officials",
        "may",
        "what",
        "he",
        "called",
        "denied",
        "“",
        "”",
        ",",
        "who",
        "reportedly",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut out = String::with_capacity(bytes + 16);
    while out.len() < bytes {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        out.push_str(WORDS[(seed % WORDS.len() as u64) as usize]);
        out.push(' ');
    }
    out
}

/// About `bytes` of "FEC reports show " over and over: every "reports" is a noun-like cue right
/// before a verb cue, which the cue filter drops (one at a time, that drop was quadratic).
pub fn noun_cue_run(bytes: usize) -> String {
    "FEC reports show ".repeat(bytes / 17 + 1)
}
