//! The one error type of the crate, with messages that say what went wrong and what to do.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    /// A file could not be read.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file is not valid UTF-8; `offset` is the byte offset of the first bad byte.
    NotUtf8 { path: PathBuf, offset: usize },
    /// An evaluation directory lacks `text/` or `attributions/`.
    BadGoldDir { path: PathBuf, reason: String },
    /// A brat `.ann` line could not be read.
    BadAnn {
        path: PathBuf,
        line: usize,
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => {
                write!(f, "{}: cannot read: {source}", path.display())
            }
            Error::NotUtf8 { path, offset } => write!(
                f,
                "{}: not UTF-8 text (first bad byte at offset {offset}); re-save it as UTF-8",
                path.display()
            ),
            Error::BadGoldDir { path, reason } => write!(
                f,
                "{}: not an evaluation folder ({reason}); it needs text/*.txt and attributions/*.ann",
                path.display()
            ),
            Error::BadAnn { path, line, reason } => {
                write!(f, "{}:{line}: bad brat line: {reason}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Reads a file as UTF-8 text, with an error naming the file and the first bad byte.
pub fn read_text(path: &std::path::Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}
