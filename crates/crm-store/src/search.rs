//! Free-text search, the same on every backend.
//!
//! Each searchable record keeps a `search_text` column: its searchable fields joined and folded to
//! lower case by Rust's Unicode rules. A search lowers the term the same way and looks for it as a
//! literal substring, so "ÄRGER", "ärger" and "Ärger" match alike on PostgreSQL, MySQL and SQLite,
//! whose own case rules differ (SQLite's LIKE folds ASCII only).

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

/// What a search term asks for (R-GEN-9): one record by id (`ID123`, `id 123`), or a substring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Id(i64),
    Text(String),
}

impl Term {
    /// Parses a term; `None` when it is blank.
    pub fn parse(raw: &str) -> Option<Term> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return None;
        }
        let id = trimmed
            .get(..2)
            .filter(|prefix| prefix.eq_ignore_ascii_case("id"))
            .and_then(|_| trimmed[2..].trim().parse::<i64>().ok());
        Some(id.map_or_else(|| Term::Text(trimmed.to_owned()), Term::Id))
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
    fn id_terms_find_one_record() {
        assert_eq!(Term::parse("ID123"), Some(Term::Id(123)));
        assert_eq!(Term::parse("id 42"), Some(Term::Id(42)));
        assert_eq!(Term::parse("idea"), Some(Term::Text("idea".into())));
        assert_eq!(Term::parse("   "), None);
    }
}
