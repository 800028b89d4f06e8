//! The browser's edge: the only file that imports `wasm_bindgen`.
//!
//! One long-lived [`Annotator`] handle, one call per document, one plain result object whose spans
//! count UTF-16 code units (what `String.prototype.slice` and DOM ranges use).

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::span::Unit;

#[wasm_bindgen]
pub struct Annotator {
    inner: crate::Annotator,
}

#[wasm_bindgen]
impl Annotator {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Annotator {
        Annotator {
            inner: crate::Annotator::new(),
        }
    }

    /// Annotates `text`; every span in the result counts UTF-16 code units.
    pub fn annotate(&self, text: &str) -> Result<JsValue, JsError> {
        let analysis = self.inner.annotate(text).in_unit(text, Unit::Utf16);
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        analysis
            .serialize(&serializer)
            .map_err(|e| JsError::new(&e.to_string()))
    }
}

impl Default for Annotator {
    fn default() -> Self {
        Self::new()
    }
}

/// The crate version, so the page can show what it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
