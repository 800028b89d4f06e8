//! Evaluation against brat gold data (placeholder, being written).
