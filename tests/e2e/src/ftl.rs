//! The UI's messages, read from the catalogue files `locales/<code>/*.ftl` so a test checks what a
//! user of that locale must see without repeating the text. Only single-line `key = value`
//! messages without placeables are supported, which is what headings and labels are.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::paths;

/// The text of message `key` in locale `code` (e.g. "en", "de"), from whichever of the locale's
/// files holds it.
pub fn message(code: &str, key: &str) -> Result<String> {
    let files = locale_files(code)?;
    for path in &files {
        let source = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        if let Some(text) = lookup(&source, key).with_context(|| format!("in {}", path.display()))? {
            return Ok(text);
        }
    }
    bail!("no message `{key}` in locales/{code} ({} files)", files.len())
}

fn locale_files(code: &str) -> Result<Vec<PathBuf>> {
    let dir = paths::repository_root().join("locales").join(code);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    Ok(files)
}

fn lookup(source: &str, key: &str) -> Result<Option<String>> {
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
        return Ok(Some(value.to_owned()));
    }
    Ok(None)
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
        assert_eq!(lookup(SAMPLE, "title")?.as_deref(), Some("Overview"));
        assert_eq!(lookup(SAMPLE, "last")?.as_deref(), Some("Zuletzt"));
        assert_eq!(lookup(SAMPLE, "with-attribute")?.as_deref(), Some("Save"));
        Ok(())
    }

    #[test]
    fn refuses_what_it_cannot_render_faithfully() {
        assert!(lookup(SAMPLE, "greeting").is_err());
        assert!(lookup(SAMPLE, "long").is_err());
        assert!(lookup(SAMPLE, "missing").is_ok_and(|found| found.is_none()));
    }

    #[test]
    fn the_english_and_german_connect_titles_exist() -> Result<()> {
        assert!(!message("en", "connect-title")?.is_empty());
        assert!(!message("de", "home-title")?.is_empty());
        Ok(())
    }

    #[test]
    fn messages_come_from_every_file_of_the_locale() -> Result<()> {
        assert_eq!(message("en", "record-save")?, "Save");
        assert!(message("en", "no-such-message-anywhere").is_err());
        Ok(())
    }
}
