//! Free-text search, the same on every backend.
//!
//! Each searchable record keeps a `search_text` column: its searchable fields joined and folded to
//! lower case by Rust's Unicode rules. A search lowers the term the same way and looks for it as a
//! literal substring, so "ÄRGER", "ärger" and "Ärger" match alike on PostgreSQL, MySQL and SQLite,
//! whose own case rules differ (SQLite's LIKE folds ASCII only).

use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The `LIKE` escape character used by [`like_pattern`]; `!` needs no escaping in SQL string
/// literals on any backend, unlike the backslash on MySQL.
pub const LIKE_ESCAPE: &str = "!";

/// The folded, joined text stored in `search_text`.
pub fn search_text(fields: &[&str]) -> String {
    let mut text = String::new();
    for field in fields.iter().map(|f| f.trim()).filter(|f| !f.is_empty()) {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&field.to_lowercase());
    }
    text
}

/// A `LIKE` pattern that matches `term` literally anywhere: `%`, `_` and `!` are escaped.
pub fn like_pattern(term: &str) -> String {
    let mut pattern = String::from("%");
    for ch in term.trim().to_lowercase().chars() {
        if matches!(ch, '%' | '_' | '!') {
            pattern.push('!');
        }
        pattern.push(ch);
    }
    pattern.push('%');
    pattern
}

/// An FTS5 phrase query matching `term` as a substring through a trigram index, or `None` when the
/// term is shorter than one trigram (then only the scan can answer).
pub fn fts_phrase(term: &str) -> Option<String> {
    let folded = term.trim().to_lowercase();
    (folded.chars().count() >= 3).then(|| format!("\"{}\"", folded.replace('"', "\"\"")))
}

/// The trigram words of a `search_text` for MySQL/MariaDB, whose full-text parsers split words and
/// have no n-gram parser on MariaDB: each distinct trigram of each line becomes one word (`g` and
/// the hex of its UTF-8 bytes), so an InnoDB FULLTEXT index over them works as a trigram index.
pub fn gram_words(search_text: &str) -> String {
    let mut words = BTreeSet::new();
    for line in search_text.lines() {
        for gram in trigrams(line) {
            words.insert(gram_word(gram));
        }
    }
    words.into_iter().collect::<Vec<_>>().join(" ")
}

/// A boolean-mode full-text query requiring every trigram of `term` (see [`gram_words`]), or
/// `None` when the term is shorter than one trigram.
pub fn gram_query(term: &str) -> Option<String> {
    let folded = term.trim().to_lowercase();
    let words: BTreeSet<String> = folded.lines().flat_map(trigrams).map(gram_word).collect();
    (!words.is_empty()).then(|| {
        words
            .into_iter()
            .map(|word| format!("+{word}"))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn trigrams(text: &str) -> impl Iterator<Item = &str> {
    let starts: Vec<usize> = text
        .char_indices()
        .map(|(at, _)| at)
        .chain([text.len()])
        .collect();
    (0..starts.len().saturating_sub(3)).map(move |i| &text[starts[i]..starts[i + 3]])
}

fn gram_word(gram: &str) -> String {
    let mut word = String::with_capacity(1 + 2 * gram.len());
    word.push('g');
    for byte in gram.bytes() {
        let _ = write!(word, "{byte:02x}");
    }
    word
}

/// What a search term asks for (R-GEN-9): one record by id (`ID123`, `id 123`), the records of a
/// ticket (`ticket:XYZ`, `ticket: XYZ`, `ticket XYZ`, on lists whose entity has tickets), or a
/// substring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Id(i64),
    Ticket(String),
    Text(String),
}

impl Term {
    /// Parses a term; `None` when it is blank. `tickets`: whether the list's entity has tickets;
    /// elsewhere `ticket …` is plain text.
    pub fn parse(raw: &str, tickets: bool) -> Option<Term> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return None;
        }
        let id = trimmed
            .get(..2)
            .filter(|prefix| prefix.eq_ignore_ascii_case("id"))
            .and_then(|_| trimmed[2..].trim().parse::<i64>().ok());
        if let Some(id) = id {
            return Some(Term::Id(id));
        }
        match crm_core::matching::ticket_in_search(trimmed) {
            Some(ticket) if tickets => Some(Term::Ticket(ticket)),
            _ => Some(Term::Text(trimmed.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_is_unicode_aware() {
        assert_eq!(search_text(&["  ÄRGER GmbH ", "", "Ωmega"]), "ärger gmbh\nωmega");
    }

    #[test]
    fn wildcards_in_a_term_are_literal() {
        assert_eq!(like_pattern("50% off_!"), "%50!% off!_!!%");
    }

    #[test]
    fn fts_phrases_quote_the_term() {
        assert_eq!(fts_phrase("Say \"hi\""), Some("\"say \"\"hi\"\"\"".into()));
        assert_eq!(fts_phrase("ab"), None);
    }

    #[test]
    fn gram_words_cover_every_trigram_of_every_line() {
        assert_eq!(gram_words("abcd\nab"), "g616263 g626364");
        assert_eq!(gram_words("äbc"), "gc3a46263");
        assert_eq!(gram_query(" BCD "), Some("+g626364".into()));
        assert_eq!(gram_query("ab"), None);
    }

    #[test]
    fn a_term_s_trigrams_are_among_the_words_of_any_text_containing_it() {
        let text = search_text(&["Łożysko Kompressor 機械部品", "+49 30 1234567"]);
        let words = gram_words(&text);
        let words: BTreeSet<&str> = words.split(' ').collect();
        for term in ["ożys", "機械部", "30 12", "kompressor"] {
            let query = gram_query(term).expect("long enough");
            for word in query.split(' ') {
                assert!(words.contains(&word[1..]), "{term}: {word} missing");
            }
        }
    }

    #[test]
    fn id_terms_find_one_record() {
        assert_eq!(Term::parse("ID123", false), Some(Term::Id(123)));
        assert_eq!(Term::parse("id 42", true), Some(Term::Id(42)));
        assert_eq!(Term::parse("idea", false), Some(Term::Text("idea".into())));
        assert_eq!(Term::parse("   ", false), None);
        for term in ["ticket:Ab-9_x", "Ticket: Ab-9_x", "TICKET Ab-9_x"] {
            assert_eq!(
                Term::parse(term, true),
                Some(Term::Ticket("Ab-9_x".into())),
                "{term}"
            );
        }
        assert_eq!(
            Term::parse("ticket Ab", false),
            Some(Term::Text("ticket Ab".into()))
        );
        assert_eq!(Term::parse("tickets", true), Some(Term::Text("tickets".into())));
    }
}
