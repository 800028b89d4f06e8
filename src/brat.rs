//! brat standoff output (placeholder, being written).
