//! The error shape that crosses the IPC boundary: a stable machine code for programs and a
//! Fluent message id (with arguments) for people, so the UI shows it in the agent's language
//! and never matches on English text.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppError {
    /// Stable machine code, e.g. `store.corrupt`.
    pub code: String,
    /// Fluent message id present in every locale, e.g. `error-store-corrupt`.
    pub message_id: String,
    /// Fluent arguments for the message.
    pub args: BTreeMap<String, String>,
}

impl AppError {
    /// An error with no arguments.
    pub fn new(code: &str, message_id: &str) -> Self {
        Self {
            code: code.to_owned(),
            message_id: message_id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    /// Adds one Fluent argument.
    pub fn with_arg(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.insert(name.to_owned(), value.into());
        self
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.code, self.message_id)
    }
}

impl std::error::Error for AppError {}
