//! The UI's messages, read from `locales/<code>/app.ftl` so a test checks what a user of that
//! locale must see without repeating the text. Only single-line `key = value` messages without
//! placeables are supported, which is what headings and labels are.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::paths;

/// The text of message `key` in locale `code` (e.g. "en", "de").
pub fn message(code: &str, key: &str) -> Result<String> {
    let path = locale_file(code);
    let source = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    lookup(&source, key).with_context(|| format!("in {}", path.display()))
}

fn locale_file(code: &str) -> PathBuf {
    paths::repository_root()
        .join("locales")
        .join(code)
        .join("app.ftl")
}

fn lookup(source: &str, key: &str) -> Result<String> {
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        // Comments start with '#'; indented lines continue a message or hold an attribute.
        if line.starts_with(['#', ' ', '\t']) {
            continue;
        }
        let Some((name, value)) = line.split_once('=') else {
            continue;
        };
        if name.trim() != key {
            continue;
        }
        let value = value.trim();
        // An indented line after the value continues it, unless it is an attribute (`.name = ...`).
        let continues = lines
            .find(|next| !next.trim().is_empty())
            .is_some_and(|next| next.starts_with([' ', '\t']) && !next.trim_start().starts_with('.'));
        if value.is_empty() || continues {
            bail!("message `{key}` spans several lines, which this helper does not read");
        }
        if value.contains('{') {
            bail!("message `{key}` has placeables, which this helper does not resolve");
        }
        return Ok(value.to_owned());
    }
    bail!("no message `{key}`")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
# A comment: title = not this
## Group

title = Overview
greeting = Hello, { $name }!
long =
    first line
    second line
with-attribute = Save
    .title = Saves the form
last = Zuletzt   
";

    #[test]
    fn reads_a_single_line_message() -> Result<()> {
        assert_eq!(lookup(SAMPLE, "title")?, "Overview");
        assert_eq!(lookup(SAMPLE, "last")?, "Zuletzt");
        assert_eq!(lookup(SAMPLE, "with-attribute")?, "Save");
        Ok(())
    }

    #[test]
    fn refuses_what_it_cannot_render_faithfully() {
        assert!(lookup(SAMPLE, "greeting").is_err());
        assert!(lookup(SAMPLE, "long").is_err());
        assert!(lookup(SAMPLE, "missing").is_err());
    }

    #[test]
    fn the_english_and_german_connect_titles_exist() -> Result<()> {
        assert!(!message("en", "connect-title")?.is_empty());
        assert!(!message("de", "home-title")?.is_empty());
        Ok(())
    }
}
