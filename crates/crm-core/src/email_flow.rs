//! The pure parts of CRM e-mail: the ticket marker and how a ticket is read back (R-EMAIL-2),
//! the subjects and quotes of replies and forwards (R-EMAIL-5), the "not allowed" addresses
//! (R-EMAIL-8), the recipient's display name (R-EMAIL-4) and which mailbox messages the import
//! takes (R-EMAIL-10).

use crate::crm_email::{SUBJECT_MAX, TICKET_MAX};
use crate::validation::address_part;

/// What opens a ticket in a subject or body.
pub const TICKET_OPEN: &str = "[ticket:";

/// R-EMAIL-2: the marker a subject carries, `"  - [ticket:<ticket>] "`.
pub fn ticket_marker(ticket: &str) -> String {
    format!("  - {TICKET_OPEN}{ticket}] ")
}

/// R-EMAIL-2: the ticket named in `text`: what stands between the first `[ticket:` and the next
/// `]`, trimmed. Nothing when there is no such text, when it is empty, or when it is longer than a
/// ticket can be (it could then name no record).
pub fn ticket_in(text: &str) -> Option<&str> {
    let start = text.find(TICKET_OPEN)? + TICKET_OPEN.len();
    let rest = &text[start..];
    let ticket = rest[..rest.find(']')?].trim();
    (!ticket.is_empty() && ticket.chars().count() <= TICKET_MAX).then_some(ticket)
}

/// R-EMAIL-2: the ticket of a message, from its subject, else its body.
pub fn ticket_of_message<'a>(subject: &'a str, body: &'a str) -> Option<&'a str> {
    ticket_in(subject).or_else(|| ticket_in(body))
}

/// R-EMAIL-3, R-EMAIL-5: `subject` with the ticket marker, unless it names a ticket already or
/// there is no ticket. The subject is shortened so that subject and marker fit the column.
pub fn subject_with_ticket(subject: &str, ticket: &str) -> String {
    if ticket.is_empty() || subject.contains(TICKET_OPEN) {
        return subject.to_owned();
    }
    let marker = ticket_marker(ticket);
    let room = SUBJECT_MAX.saturating_sub(marker.trim_end().chars().count());
    let kept: String = subject.chars().take(room).collect();
    format!("{kept}{marker}").trim_end().to_owned()
}

/// R-EMAIL-5: the subject of a reply.
pub fn reply_subject(subject: &str) -> String {
    within_subject(&format!("Re: {subject}"))
}

/// R-EMAIL-5: the subject of a forward.
pub fn forward_subject(subject: &str) -> String {
    within_subject(&format!("Fwd: {subject}"))
}

fn within_subject(subject: &str) -> String {
    subject.chars().take(SUBJECT_MAX).collect()
}

/// R-EMAIL-5: `text` quoted as a reply quotes it, each line prefixed with `> `.
pub fn quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 16);
    for line in text.lines() {
        quoted.push_str("> ");
        quoted.push_str(line);
        quoted.push('\n');
    }
    quoted
}

/// The entries of a comma-separated address list, trimmed, blanks dropped.
pub fn address_entries(list: &str) -> Vec<&str> {
    list.split(',').map(str::trim).filter(|e| !e.is_empty()).collect()
}

/// The bare addresses of a comma-separated list (`"Name" <addr>` gives `addr`).
pub fn addresses(list: &str) -> Vec<&str> {
    address_entries(list).into_iter().map(address_part).collect()
}

/// R-EMAIL-8: the first address of `list` that is on the `not_allowed` list (compared without
/// regard to case), as written in `list`.
pub fn first_not_allowed<'a>(list: &'a str, not_allowed: &[String]) -> Option<&'a str> {
    addresses(list).into_iter().find(|address| {
        not_allowed
            .iter()
            .any(|banned| banned.trim().eq_ignore_ascii_case(address))
    })
}

/// R-EMAIL-4: the display name of an address entry, `Anna Berg` out of `"Anna Berg" <anna@…>`;
/// nothing for a bare address.
pub fn display_name(entry: &str) -> Option<&str> {
    let open = entry.rfind('<')?;
    let name = entry[..open].trim().trim_matches('"').trim();
    (!name.is_empty()).then_some(name)
}

/// R-EMAIL-10: whether a header value (a `Received` line or a `Message-ID`) names one of the
/// CRM's own hosts or addresses, i.e. the message was sent from the CRM.
pub fn names_own_host(header: &str, own_hosts: &[String]) -> bool {
    let header = header.to_lowercase();
    own_hosts
        .iter()
        .map(|host| host.trim().to_lowercase())
        .any(|host| !host.is_empty() && header.contains(&host))
}

/// R-EMAIL-10: an imported subject keeps at most this many characters.
pub const IMPORTED_SUBJECT_MAX: usize = 220;

/// R-EMAIL-10: the subject an imported message is stored with.
pub fn imported_subject(subject: &str) -> String {
    subject.trim().chars().take(IMPORTED_SUBJECT_MAX).collect()
}

/// The plain text of an HTML body, for the text part of a letter and for quoting: tags are
/// dropped, `<br>` and the ends of paragraphs, divs and list items become line breaks, and the
/// common entities are decoded.
pub fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_lowercase();
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap_or_default();
        if name == "br"
            || (tag.starts_with('/') && matches!(name, "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3"))
        {
            text.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Plain text shown inside an HTML letter: escaped, its line breaks kept.
pub fn text_to_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\n', "<br>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_carries_the_ticket_between_brackets() {
        assert_eq!(ticket_marker("Ab-9_xYz0123"), "  - [ticket:Ab-9_xYz0123] ");
    }

    #[test]
    fn a_ticket_is_read_between_the_opening_and_the_next_bracket() {
        assert_eq!(ticket_in("Re: Offer  - [ticket:Ab-9_x] "), Some("Ab-9_x"));
        assert_eq!(
            ticket_in("[ticket: Ab ] and [ticket:Cd]"),
            Some("Ab"),
            "the first one"
        );
        assert_eq!(ticket_in("[ticket:Ab"), None, "no closing bracket");
        assert_eq!(ticket_in("[ticket:]"), None, "empty");
        assert_eq!(ticket_in("ticket:Ab]"), None);
        assert_eq!(
            ticket_in(&format!("[ticket:{}]", "x".repeat(17))),
            None,
            "too long to be one"
        );
        assert_eq!(ticket_of_message("Hello", "body [ticket:Zz] end"), Some("Zz"));
        assert_eq!(
            ticket_of_message("[ticket:Aa]", "[ticket:Zz]"),
            Some("Aa"),
            "the subject first"
        );
    }

    #[test]
    fn a_subject_gets_the_marker_once() {
        assert_eq!(subject_with_ticket("Re: Lamps", "Ab"), "Re: Lamps  - [ticket:Ab]");
        let once = subject_with_ticket("Re: Lamps", "Ab");
        assert_eq!(subject_with_ticket(&once, "Ab"), once);
        assert_eq!(subject_with_ticket("Lamps", ""), "Lamps");
        let long = subject_with_ticket(&"s".repeat(300), "Ab");
        assert_eq!(long.chars().count(), SUBJECT_MAX);
        assert_eq!(ticket_in(&long), Some("Ab"));
    }

    #[test]
    fn replies_quote_every_line() {
        assert_eq!(reply_subject("Offer"), "Re: Offer");
        assert_eq!(forward_subject("Offer"), "Fwd: Offer");
        assert_eq!(quoted("one\ntwo\n\nthree"), "> one\n> two\n> \n> three\n");
    }

    #[test]
    fn not_allowed_addresses_are_found_in_any_form() {
        let banned = vec!["Noreply@Oriel.example".to_owned()];
        assert_eq!(
            first_not_allowed("anna@acme.example, \"No\" <noreply@oriel.example>", &banned),
            Some("noreply@oriel.example")
        );
        assert_eq!(first_not_allowed("anna@acme.example", &banned), None);
        assert_eq!(
            first_not_allowed("xnoreply@oriel.example", &banned),
            None,
            "whole addresses"
        );
    }

    #[test]
    fn display_names_come_from_the_angle_form() {
        assert_eq!(
            display_name("\"Anna Berg\" <anna@acme.example>"),
            Some("Anna Berg")
        );
        assert_eq!(display_name("Anna <anna@acme.example>"), Some("Anna"));
        assert_eq!(display_name("<anna@acme.example>"), None);
        assert_eq!(display_name("anna@acme.example"), None);
        assert_eq!(
            addresses("A <a@x.example>, b@x.example ,"),
            ["a@x.example", "b@x.example"]
        );
    }

    #[test]
    fn own_hosts_are_recognised_in_headers() {
        let own = vec!["crm.oriel.example".to_owned(), "10.0.0.7".to_owned()];
        assert!(names_own_host("from CRM.oriel.example (10.0.0.7) by mx", &own));
        assert!(names_own_host("<abc@crm.oriel.example>", &own));
        assert!(!names_own_host("from mail.acme.example by mx", &own));
        assert!(!names_own_host("anything", &[String::new()]));
        assert_eq!(
            imported_subject(&"x".repeat(300)).chars().count(),
            IMPORTED_SUBJECT_MAX
        );
    }

    #[test]
    fn html_and_text_convert_both_ways() {
        assert_eq!(
            html_to_text("<p>Dear Anna,</p><p>price &amp; terms:<br>24&nbsp;EUR</p>"),
            "Dear Anna,\nprice & terms:\n24 EUR\n"
        );
        assert_eq!(html_to_text("a < b"), "a < b");
        assert_eq!(text_to_html("a<b>\nc & d"), "a&lt;b&gt;<br>\nc &amp; d");
    }
}
