//! The `whosaid` command line (placeholder, being written).
fn main() {}
