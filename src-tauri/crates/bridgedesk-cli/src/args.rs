//! A very small argument reader: `--name value` options and free words, nothing more.

/// The command line after the program name.
pub struct Args {
    words: Vec<String>,
}

impl Args {
    /// Reads `std::env::args`.
    pub fn from_env() -> Self {
        Self {
            words: std::env::args().skip(1).collect(),
        }
    }

    #[cfg(test)]
    fn from(words: &[&str]) -> Self {
        Self {
            words: words.iter().map(|w| w.to_string()).collect(),
        }
    }

    /// Takes the first word (the subcommand).
    pub fn command(&mut self) -> Option<String> {
        if self.words.is_empty() {
            None
        } else {
            Some(self.words.remove(0))
        }
    }

    /// Takes `--name value`.
    pub fn value(&mut self, name: &str) -> Option<String> {
        let at = self.words.iter().position(|w| w == name)?;
        if at + 1 >= self.words.len() {
            return None;
        }
        let value = self.words.remove(at + 1);
        self.words.remove(at);
        Some(value)
    }

    /// Takes `--name N` as a number.
    pub fn number<T: std::str::FromStr>(&mut self, name: &str) -> Option<T> {
        self.value(name)
            .and_then(|v| v.replace('_', "").parse().ok())
    }

    /// Takes a `--flag`.
    pub fn flag(&mut self, name: &str) -> bool {
        match self.words.iter().position(|w| w == name) {
            Some(at) => {
                self.words.remove(at);
                true
            }
            None => false,
        }
    }

    /// Everything not taken yet.
    pub fn rest(&mut self) -> Vec<String> {
        std::mem::take(&mut self.words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_and_free_words_are_separated() {
        let mut args = Args::from(&[
            "search",
            "--db",
            "x.sqlite3",
            "no",
            "ha",
            "--limit",
            "5",
            "llegado",
        ]);
        assert_eq!(args.command().as_deref(), Some("search"));
        assert_eq!(args.value("--db").as_deref(), Some("x.sqlite3"));
        assert_eq!(args.number::<u32>("--limit"), Some(5));
        assert_eq!(args.rest(), ["no", "ha", "llegado"]);
    }

    #[test]
    fn numbers_accept_underscores() {
        let mut args = Args::from(&["--messages", "1_000_000"]);
        assert_eq!(args.number::<usize>("--messages"), Some(1_000_000));
    }
}
