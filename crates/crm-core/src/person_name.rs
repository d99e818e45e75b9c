//! Person names (R-GEN-4, R-GEN-8): contacts, leads and requests keep a person's name split into
//! first, middle and last name, re-split on every save from whatever the user typed into the three
//! fields, so "Dr. Anna Maria Schmidt" typed into the first-name field lands where it belongs.

use crate::validation::{self, Violations};

/// The name prefixes the parser recognises (DOMAIN.md §5), as they are usually written.
pub const NAME_PREFIXES: [&str; 27] = [
    "Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Dr.", "Prof.", "Eng.", "Md.", "PhD", "Ph.D.", "Rev.", "Fr.", "Sr.",
    "Sra.", "Sir", "Lady", "Hon.", "Capt.", "Col.", "Lt.", "Maj.", "Gen.", "Judge", "Mister", "Mme.",
    "Mlle.",
];

/// Longest middle name the parser keeps, ellipsis included.
pub const MIDDLE_NAME_MAX: usize = 90;
/// Longest first, middle and last name (`str(100)` on contacts, leads and requests).
pub const NAME_PART_MAX: usize = 100;

/// A name split into its three stored parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonName {
    pub first: String,
    pub middle: String,
    pub last: String,
}

impl PersonName {
    /// Re-splits a name held in three fields (R-GEN-4 "on every save"): their non-empty parts
    /// joined by a space are parsed again.
    pub fn reparse(first: &str, middle: &str, last: &str) -> PersonName {
        let joined = [first, middle, last]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        PersonName::parse(&joined)
    }

    /// Splits a full name: one word is a first name; two are first and last name; with more, the
    /// words between the first and the last are the middle name. A leading prefix ("Dr.", "mr")
    /// stays in front of the first name.
    pub fn parse(full_name: &str) -> PersonName {
        // Line breaks are dropped, not turned into spaces, as the reference product does.
        let joined: String = full_name.chars().filter(|c| !is_line_break(*c)).collect();
        let collapsed = joined.split_whitespace().collect::<Vec<_>>().join(" ");
        let (prefix, rest) = split_prefix(&collapsed);
        let words: Vec<&str> = rest.split_whitespace().collect();
        let mut name = match words.as_slice() {
            [] => PersonName::default(),
            [first] => PersonName {
                first: (*first).to_owned(),
                ..PersonName::default()
            },
            [first, last] => PersonName {
                first: (*first).to_owned(),
                middle: String::new(),
                last: (*last).to_owned(),
            },
            [first, between @ .., last] => PersonName {
                first: (*first).to_owned(),
                middle: truncate_with_ellipsis(&between.join(" "), MIDDLE_NAME_MAX),
                last: (*last).to_owned(),
            },
        };
        if let Some(prefix) = prefix {
            name.first = if name.first.is_empty() {
                prefix
            } else {
                format!("{prefix} {}", name.first)
            };
        }
        name
    }
}

/// Re-splits the three name fields of a form and checks their lengths; the first name must not be
/// empty when `first_required`.
pub(crate) fn checked(
    v: &mut Violations,
    [first, middle, last]: [&str; 3],
    first_required: bool,
) -> PersonName {
    let name = PersonName::reparse(first.trim(), middle.trim(), last.trim());
    PersonName {
        first: validation::text(v, "first_name", &name.first, NAME_PART_MAX, first_required),
        middle: validation::text(v, "middle_name", &name.middle, NAME_PART_MAX, false),
        last: validation::text(v, "last_name", &name.last, NAME_PART_MAX, false),
    }
}

/// Whether a first name is nothing but a name prefix (R-GEN-8), however it is cased and whether
/// or not it ends with a dot: "Dr", "dr." and "PH.D" are no names.
pub fn is_prefix_only(first_name: &str) -> bool {
    let word = first_name.trim();
    let word = word.strip_suffix('.').unwrap_or(word);
    !word.is_empty()
        && NAME_PREFIXES
            .iter()
            .any(|prefix| prefix.trim_end_matches('.').eq_ignore_ascii_case(word))
}

/// Detaches a leading prefix: it must be followed by a dot (kept) or a space, so "Drew" and
/// "Misses" keep their first letters. Returns the prefix with its first letter upper-cased and
/// the rest of the name.
fn split_prefix(name: &str) -> (Option<String>, &str) {
    for stem in NAME_PREFIXES.iter().map(|prefix| prefix.trim_end_matches('.')) {
        // Prefixes are ASCII, so a match ends on a character boundary.
        let Some(head) = name.get(..stem.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(stem) {
            continue;
        }
        let after = &name[stem.len()..];
        let (typed, rest) = if let Some(rest) = after.strip_prefix('.') {
            (&name[..=stem.len()], rest)
        } else if let Some(rest) = after.strip_prefix(' ') {
            (head, rest)
        } else {
            continue;
        };
        let mut prefix = typed.to_owned();
        prefix[..1].make_ascii_uppercase();
        return (Some(prefix), rest);
    }
    (None, name)
}

/// The line separators Python's `splitlines` knows; the reference product splits on these.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// At most `max` characters; a shortened text ends with "…" so the cut shows.
fn truncate_with_ellipsis(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(full_name: &str) -> (String, String, String) {
        let name = PersonName::parse(full_name);
        (name.first, name.middle, name.last)
    }

    fn triple(first: &str, middle: &str, last: &str) -> (String, String, String) {
        (first.into(), middle.into(), last.into())
    }

    #[test]
    fn the_examples_of_the_spec() {
        assert_eq!(parsed("Mark Twain"), triple("Mark", "", "Twain"));
        assert_eq!(parsed("mr.Pablo Picasso"), triple("Mr. Pablo", "", "Picasso"));
        assert_eq!(
            parsed("Ph.D. Pablo Picasso"),
            triple("Ph.D. Pablo", "", "Picasso")
        );
        let name = PersonName::reparse(
            "Pablo Diego José Francisco",
            "",
            "de Paula Juan Nepomuceno Ruiz Picasso",
        );
        assert_eq!(
            (name.first, name.middle, name.last),
            triple(
                "Pablo",
                "Diego José Francisco de Paula Juan Nepomuceno Ruiz",
                "Picasso"
            )
        );
        assert_eq!(parsed(""), triple("", "", ""));
    }

    #[test]
    fn prefixes_are_detached_with_or_without_a_dot() {
        assert_eq!(parsed("Mr Pablo Picasso"), triple("Mr Pablo", "", "Picasso"));
        assert_eq!(parsed("Mrs.Pablo Picasso"), triple("Mrs. Pablo", "", "Picasso"));
        assert_eq!(parsed("PhD. Pablo Picasso"), triple("PhD. Pablo", "", "Picasso"));
        assert_eq!(parsed("mister Pablo"), triple("Mister Pablo", "", ""));
        assert_eq!(
            parsed("mlle. Amélie Poulain"),
            triple("Mlle. Amélie", "", "Poulain")
        );
        assert_eq!(parsed("Dr."), triple("Dr.", "", ""));
    }

    #[test]
    fn a_prefix_must_lead_and_end_at_a_dot_or_space() {
        assert_eq!(parsed("Drew Barrymore"), triple("Drew", "", "Barrymore"));
        assert_eq!(parsed("Misses Smith"), triple("Misses", "", "Smith"));
        assert_eq!(parsed("Pablo Dr. Picasso"), triple("Pablo", "Dr.", "Picasso"));
        assert_eq!(parsed("Dr"), triple("Dr", "", ""));
    }

    #[test]
    fn line_breaks_and_runs_of_spaces_are_cleaned() {
        assert_eq!(
            parsed("Pablo Diego José Francisco \n        de Paula Juan Nepomuceno Ruiz Picasso"),
            triple(
                "Pablo",
                "Diego José Francisco de Paula Juan Nepomuceno Ruiz",
                "Picasso"
            )
        );
        assert_eq!(
            parsed("  Anna   Maria \t Schmidt "),
            triple("Anna", "Maria", "Schmidt")
        );
        assert_eq!(parsed("Ann\r\na"), triple("Anna", "", ""));
    }

    #[test]
    fn a_long_middle_name_is_cut_to_ninety_characters() {
        let middle = "Ü".repeat(120);
        let name = PersonName::parse(&format!("Anna {middle} Schmidt"));
        assert_eq!(name.middle.chars().count(), MIDDLE_NAME_MAX);
        assert!(name.middle.ends_with('…'));
        assert!(name.middle.starts_with(&"Ü".repeat(89)));
        let fits = "Ü".repeat(MIDDLE_NAME_MAX);
        assert_eq!(PersonName::parse(&format!("Anna {fits} Schmidt")).middle, fits);
    }

    #[test]
    fn a_prefix_alone_is_no_name() {
        for typed in ["Dr", "dr.", "Ph.D", "PH.D.", "phd", "Mlle", "Judge", " Sir "] {
            assert!(is_prefix_only(typed), "{typed}");
        }
        for typed in ["Drew", "", ".", "Dr. Who", "Pablo"] {
            assert!(!is_prefix_only(typed), "{typed}");
        }
    }
}
