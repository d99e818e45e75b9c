//! Matching requests to the database (R-MATCH-1 to R-MATCH-6) and the ticket strings that tie
//! requests, deals and e-mails together (R-GEN-9, R-EMAIL-2).
//!
//! The store fetches a small candidate set with simple SQL that may over-approximate (for
//! instance a phone through [`phone_like_pattern`], an address through a case-insensitive
//! `LIKE`); the functions here then decide exactly. Every function applies every condition
//! itself, so a candidate that does not match is harmless; a record the store leaves out can,
//! of course, never be found. Case-insensitive comparisons lower-case both sides with Rust's
//! Unicode-aware `to_lowercase`, whatever the database's collation does.
//!
//! "First" means lowest id throughout, as in R-MATCH-5.

use crate::Id;
use crate::validation::address_part;

/// The free-mail domains seeded into `public_email_domains` (DOMAIN.md §7.7): an address at
/// one of them never identifies a company (R-MATCH-3). The table is editable, so the matching
/// functions take the domains as a parameter; this list is the seed and a default for tests.
pub const PUBLIC_DOMAINS: [&str; 130] = [
    "126.com",
    "163.com",
    "abv.bg",
    "aol.com",
    "asia.com",
    "cheerful.com",
    "dr.com",
    "email.com",
    "engineer.com",
    "europe.com",
    "foxmail.com",
    "gmail.com",
    "hanmail.net",
    "hotmail.com",
    "i.ua",
    "icloud.com",
    "iname.com",
    "mail.com",
    "mail.ru",
    "meta.ua",
    "myself.com",
    "naver.com",
    "orange.fr",
    "outlook.com",
    "post.com",
    "qq.com",
    "reagan.com",
    "sw.uz.gov.ua",
    "teleworm.us",
    "ukr.net",
    "usa.com",
    "vip.126.com",
    "writeme.com",
    "yahoo.co.uk",
    "yahoo.com",
    "yahoo.fr",
    "yandex.fr",
    "yandex.ru",
    "inbox.lv",
    "dokidoki.ne.jp",
    "yahoo.es",
    "live.com",
    "zohomail.com",
    "rediff.com",
    "hotmail.co.uk",
    "hotmail.fr",
    "msn.com",
    "wanadoo.fr",
    "comcast.net",
    "yahoo.com.br",
    "yahoo.co.in",
    "rediffmail.com",
    "free.fr",
    "gmx.de",
    "web.de",
    "ymail.com",
    "libero.it",
    "uol.com.br",
    "bol.com.br",
    "cox.net",
    "hotmail.it",
    "sbcglobal.net",
    "sfr.fr",
    "live.fr",
    "verizon.net",
    "live.co.uk",
    "googlemail.com",
    "ig.com.br",
    "live.nl",
    "bigpond.com",
    "terra.com.br",
    "yahoo.it",
    "neuf.fr",
    "yahoo.de",
    "alice.it",
    "rocketmail.com",
    "att.net",
    "laposte.net",
    "facebook.com",
    "bellsouth.net",
    "yahoo.in",
    "hotmail.es",
    "charter.net",
    "yahoo.ca",
    "yahoo.com.au",
    "rambler.ru",
    "hotmail.de",
    "tiscali.it",
    "shaw.ca",
    "yahoo.co.jp",
    "sky.com",
    "earthlink.net",
    "optonline.net",
    "freenet.de",
    "t-online.de",
    "aliceadsl.fr",
    "virgilio.it",
    "home.nl",
    "telenet.be",
    "me.com",
    "yahoo.com.ar",
    "tiscali.co.uk",
    "yahoo.com.mx",
    "voila.fr",
    "mx.net",
    "planet.nl",
    "tin.it",
    "live.it",
    "ntlworld.com",
    "arcor.de",
    "yahoo.co.id",
    "frontiernet.net",
    "hetnet.nl",
    "live.com.au",
    "yahoo.com.sg",
    "zonnet.nl",
    "club-internet.fr",
    "juno.com",
    "optusnet.com.au",
    "blueyonder.co.uk",
    "bluewin.ch",
    "skynet.be",
    "sympatico.ca",
    "windstream.net",
    "mac.com",
    "centurytel.net",
    "chello.nl",
    "live.ca",
    "aim.com",
    "bigpond.net.au",
];

/// R-MATCH-1: a phone takes part in matching only with more than this many digits.
pub const PHONE_MATCH_MIN_DIGITS: usize = 4;

// ---------------------------------------------------------------------------------------------
// R-MATCH-1 Phone match

/// The digits of a phone, in order (R-MATCH-1). Only ASCII digits count; everything else,
/// other scripts' digits included, is a separator, as in the reference product's `[^0-9]`.
pub fn phone_digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// Whether a stored phone matches the digits of a given phone (R-MATCH-1): with more than 4
/// digits, the stored phone must contain them in the same order with only non-digits between
/// them; what comes before and after is free. With 4 or fewer digits nothing matches.
/// Non-digits in `query_digits` are ignored. `8(43)123-45-67` matches `843/123-4567`.
pub fn phone_matches(query_digits: &str, stored: &str) -> bool {
    let query = phone_digits(query_digits);
    // Only non-digits between them: the digits are consecutive among the stored digits.
    query.len() > PHONE_MATCH_MIN_DIGITS && phone_digits(stored).contains(&query)
}

/// Whether any of a record's three phones (`phone`, `other_phone`, `mobile`) matches the given
/// digits (R-MATCH-1).
pub fn any_phone_matches(query_digits: &str, phones: [&str; 3]) -> bool {
    phones
        .into_iter()
        .any(|stored| phone_matches(query_digits, stored))
}

/// A SQL `LIKE` pattern that every phone matching `query_digits` satisfies (R-MATCH-1):
/// `%8%4%3%1%`, the digits in order with anything between. It over-approximates (other digits
/// may sit between), so it only prefilters; [`phone_matches`] decides. Digits need no escaping.
/// `None` when the phone has 4 or fewer digits and so matches nothing.
pub fn phone_like_pattern(query_digits: &str) -> Option<String> {
    let digits = phone_digits(query_digits);
    if digits.len() <= PHONE_MATCH_MIN_DIGITS {
        return None;
    }
    let mut pattern = String::with_capacity(2 * digits.len() + 1);
    pattern.push('%');
    for digit in digits.chars() {
        pattern.push(digit);
        pattern.push('%');
    }
    Some(pattern)
}

// ---------------------------------------------------------------------------------------------
// R-MATCH-2 E-mail match, R-MATCH-3 E-mail domain

/// The address part of a request e-mail (R-MATCH-2, R-GEN-5): `anna@acme.example` out of
/// `"Anna" <Anna@ACME.example>`, trimmed and lower-cased. `None` when nothing is left, so a
/// blank e-mail never matches every record.
pub fn email_address(raw: &str) -> Option<String> {
    let address = address_part(raw).to_lowercase();
    (!address.is_empty()).then_some(address)
}

/// Whether a record matches an address by e-mail (R-MATCH-2): its `email` (which may be a
/// comma-separated list, R-GEN-5) or its `secondary_email` contains the address,
/// case-insensitively. An empty address matches nothing.
pub fn email_matches(address: &str, stored_email: &str, stored_secondary: &str) -> bool {
    let address = address.trim().to_lowercase();
    !address.is_empty()
        && (stored_email.to_lowercase().contains(&address)
            || stored_secondary.to_lowercase().contains(&address))
}

/// The domain of an address (R-MATCH-3): the lower-cased part after `@`; `None` when there is
/// none or when it is one of `public_domains` (compared case-insensitively). A display-name
/// form `"Name" <addr>` is accepted too.
pub fn email_domain(address: &str, public_domains: &[&str]) -> Option<String> {
    let (_, domain) = address_part(address).split_once('@')?;
    let domain = domain.trim().to_lowercase();
    let public = public_domains
        .iter()
        .any(|public| public.trim().to_lowercase() == domain);
    (!domain.is_empty() && !public).then_some(domain)
}

// ---------------------------------------------------------------------------------------------
// R-MATCH-4 Company name match

/// Whether a company matches a request's company name (R-MATCH-4). The request's name keeps
/// only its letters and white space and is split into words; the company matches when its
/// `full_name`, ignoring case, is exactly those words in that order, each spelled without
/// interruption, with any run of non-letters (possibly empty) before, between and after them;
/// or when one comma-separated item of `alternative_names` (spaces around items ignored)
/// matches the same way. "Test - Company LLC." matches "Test Company LLC", "TestCompany LLC"
/// does not. A request name without letters matches only names without letters.
///
/// Letters are Unicode alphabetic characters and combining marks (so a decomposed "é" stays
/// one letter); case is ignored by lower-casing both sides.
pub fn company_name_matches(request_company_name: &str, full_name: &str, alternative_names: &str) -> bool {
    let words = name_words(request_company_name);
    spelled_as(&words, full_name)
        || alternative_names
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .any(|item| spelled_as(&words, item))
}

/// The lower-cased words of a company name, its non-letters other than white space dropped.
fn name_words(company_name: &str) -> Vec<String> {
    let kept: String = company_name
        .to_lowercase()
        .chars()
        .filter(|c| is_letter(*c) || c.is_whitespace())
        .collect();
    kept.split_whitespace().map(str::to_owned).collect()
}

/// Whether `name` is `words` in order, each uninterrupted, with runs of non-letters around
/// them. Words hold only letters and separators only non-letters, so a greedy scan decides.
fn spelled_as(words: &[String], name: &str) -> bool {
    let lowered = name.to_lowercase();
    let mut chars = lowered.chars().peekable();
    for word in words {
        while chars.next_if(|c| !is_letter(*c)).is_some() {}
        for expected in word.chars() {
            if chars.next() != Some(expected) {
                return false;
            }
        }
    }
    chars.all(|c| !is_letter(c))
}

/// A letter for R-MATCH-4: alphabetic, or a combining mark that belongs to the letter before it.
fn is_letter(c: char) -> bool {
    c.is_alphabetic()
        || matches!(
            c,
            '\u{0300}'..='\u{036F}'
                | '\u{1AB0}'..='\u{1AFF}'
                | '\u{1DC0}'..='\u{1DFF}'
                | '\u{20D0}'..='\u{20FF}'
                | '\u{FE20}'..='\u{FE2F}'
        )
}

// ---------------------------------------------------------------------------------------------
// R-MATCH-5 Find contact or lead

/// What R-MATCH-5 looks for, taken from a request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonKeys {
    pub first_name: String,
    pub last_name: String,
    /// The address part of the request e-mail ([`email_address`]); `None` when it has none.
    pub email: Option<String>,
    /// The digits of the request phone ([`phone_digits`]); with 4 or fewer the request counts as
    /// having no phone (R-MATCH-1).
    pub phone_digits: String,
}

impl PersonKeys {
    /// The keys of a request as stored: the e-mail may be `"Name" <addr>`, the phone any text.
    pub fn new(first_name: &str, last_name: &str, raw_email: &str, raw_phone: &str) -> PersonKeys {
        PersonKeys {
            first_name: first_name.to_owned(),
            last_name: last_name.to_owned(),
            email: email_address(raw_email),
            phone_digits: phone_digits(raw_phone),
        }
    }

    /// Whether the phone takes part in matching (more than 4 digits, R-MATCH-1).
    pub fn has_phone(&self) -> bool {
        self.phone_digits.len() > PHONE_MATCH_MIN_DIGITS
    }
}

/// A contact or lead that might match a request (R-MATCH-5), or a contact that might lend its
/// company to one (R-MATCH-6).
///
/// For R-MATCH-5 the store passes, per entity, at least every record whose `first_name` equals
/// the request's case-insensitively and that matches by e-mail (R-MATCH-2) or phone
/// (R-MATCH-1), or, when the request has a last name, whose `last_name` equals it too. Records
/// beyond that are harmless; duplicates are ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonCandidate {
    pub id: Id,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub secondary_email: String,
    pub phone: String,
    pub other_phone: String,
    pub mobile: String,
    /// A contact: its company's `full_name`; a lead: its `company_name`.
    pub company_name_for_match: String,
    /// A contact: its company; a lead: its company link, unused by the matching.
    pub company_id: Option<Id>,
}

impl PersonCandidate {
    fn matches_email(&self, address: Option<&str>) -> bool {
        address.is_some_and(|address| email_matches(address, &self.email, &self.secondary_email))
    }

    fn matches_phone(&self, digits: &str) -> bool {
        any_phone_matches(digits, [&self.phone, &self.other_phone, &self.mobile])
    }
}

/// The result of R-MATCH-5 over one entity (contacts or leads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonOutcome {
    /// Link this record; the search stops here.
    Linked(Id),
    /// Nothing to link: go on with the next entity (Leads after Contacts) or give up.
    NextEntity,
}

/// R-MATCH-5 over the candidates of one entity. With `base` = first name equal
/// (case-insensitive):
/// 1. with an e-mail, C1 = base ∧ e-mail (R-MATCH-2); exactly one → link it;
/// 2. with a phone, C2 = base ∧ (e-mail ∧ phone) when |C1| > 1, else base ∧ (e-mail ∨ phone);
///    exactly one → link it;
/// 3. with a last name, base also requires the last name equal (case-insensitive); when
///    |C2| > 1, C3 = C2's condition with that base; exactly one → link it;
/// 4. if (company name set and any of C1–C3 non-empty) or last name set: C4 = C3 ∧ company
///    condition when |C3| > 1, else base ∧ company condition; C4 empty and C1–C3 empty → next
///    entity; C4 non-empty → link its first record;
/// 5. otherwise link the first record of the first non-empty of C3, C2, C1.
///
/// The company condition: `company_name_for_match` contains `request_company_name`
/// case-insensitively (surrounding spaces ignored); always true without a company name.
/// "First" is the lowest id. Contacts linked this way still go through the request-company
/// check of [`find_contact_or_lead`].
pub fn find_person(
    request: &PersonKeys,
    request_company_name: &str,
    candidates: &[PersonCandidate],
) -> PersonOutcome {
    let mut records: Vec<&PersonCandidate> = candidates.iter().collect();
    records.sort_by_key(|record| record.id);
    records.dedup_by_key(|record| record.id);
    let select = |condition: &dyn Fn(&PersonCandidate) -> bool| -> Vec<Id> {
        records
            .iter()
            .filter(|record| condition(record))
            .map(|record| record.id)
            .collect()
    };

    let first_name = request.first_name.to_lowercase();
    let last_name = request.last_name.to_lowercase();
    let has_last_name = !request.last_name.trim().is_empty();
    let company_name = request_company_name.trim().to_lowercase();
    let has_company_name = !company_name.is_empty();
    let email = request
        .email
        .as_deref()
        .filter(|address| !address.trim().is_empty());
    let phone = request.has_phone().then_some(request.phone_digits.as_str());

    let first_name_base = |record: &PersonCandidate| record.first_name.to_lowercase() == first_name;
    let base = |record: &PersonCandidate| {
        first_name_base(record) && (!has_last_name || record.last_name.to_lowercase() == last_name)
    };

    // Step 2: C1.
    let mut c1 = Vec::new();
    if email.is_some() {
        c1 = select(&|record| first_name_base(record) && record.matches_email(email));
        if let [only] = c1[..] {
            return PersonOutcome::Linked(only);
        }
    }

    // Step 3: C2.
    let both = c1.len() > 1;
    let contact_condition = |record: &PersonCandidate| {
        let by_email = record.matches_email(email);
        let by_phone = phone.is_some_and(|digits| record.matches_phone(digits));
        if both {
            by_email && by_phone
        } else {
            by_email || by_phone
        }
    };
    let mut c2 = Vec::new();
    if phone.is_some() {
        c2 = select(&|record| first_name_base(record) && contact_condition(record));
        if let [only] = c2[..] {
            return PersonOutcome::Linked(only);
        }
    }

    // Step 4: C3.
    let mut c3 = Vec::new();
    if has_last_name && c2.len() > 1 {
        c3 = select(&|record| base(record) && contact_condition(record));
        if c3.is_empty() && c1.is_empty() && c2.is_empty() {
            return PersonOutcome::NextEntity;
        }
        if let [only] = c3[..] {
            return PersonOutcome::Linked(only);
        }
    }

    // Step 5: C4.
    let any_found = !(c1.is_empty() && c2.is_empty() && c3.is_empty());
    if (has_company_name && any_found) || has_last_name {
        let company_condition = |record: &PersonCandidate| {
            !has_company_name
                || record
                    .company_name_for_match
                    .to_lowercase()
                    .contains(&company_name)
        };
        let c4 = if c3.len() > 1 {
            select(&|record| base(record) && contact_condition(record) && company_condition(record))
        } else {
            select(&|record| base(record) && company_condition(record))
        };
        if let Some(first) = c4.first() {
            return PersonOutcome::Linked(*first);
        }
        if !any_found {
            return PersonOutcome::NextEntity;
        }
    }

    // Step 6.
    [c3, c2, c1]
        .iter()
        .find_map(|found| found.first().copied())
        .map_or(PersonOutcome::NextEntity, PersonOutcome::Linked)
}

/// What R-MATCH-5 does to a request, Contacts searched first, then Leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonLink {
    /// Link the contact and set the request's company to `company_id` (the contact's company,
    /// which is the request's own when it already had one).
    Contact { contact_id: Id, company_id: Option<Id> },
    /// The contact found belongs to another company than the one the request already has: the
    /// search stops without linking anything (the reference product still flags the request
    /// `verification_required`).
    ContactOfAnotherCompany(Id),
    /// Link the lead.
    Lead(Id),
    /// Neither a contact nor a lead matches.
    Unlinked,
}

/// R-MATCH-5 over both entities: [`find_person`] on the contacts, then, if that gives nothing,
/// on the leads. A contact found is linked only when the request has no company or the
/// contact belongs to it; any link sets `verification_required` (the caller's part).
pub fn find_contact_or_lead(
    request: &PersonKeys,
    request_company_name: &str,
    request_company_id: Option<Id>,
    contacts: &[PersonCandidate],
    leads: &[PersonCandidate],
) -> PersonLink {
    if let PersonOutcome::Linked(contact_id) = find_person(request, request_company_name, contacts) {
        let contact_company = contacts
            .iter()
            .find(|contact| contact.id == contact_id)
            .and_then(|contact| contact.company_id);
        return match request_company_id {
            Some(company_id) if contact_company != Some(company_id) => {
                PersonLink::ContactOfAnotherCompany(contact_id)
            }
            Some(company_id) => PersonLink::Contact {
                contact_id,
                company_id: Some(company_id),
            },
            None => PersonLink::Contact {
                contact_id,
                company_id: contact_company,
            },
        };
    }
    match find_person(request, request_company_name, leads) {
        PersonOutcome::Linked(lead_id) => PersonLink::Lead(lead_id),
        PersonOutcome::NextEntity => PersonLink::Unlinked,
    }
}

// ---------------------------------------------------------------------------------------------
// R-MATCH-6 Find company

/// What R-MATCH-6 looks for, taken from a request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompanyKeys {
    /// The address part of the request e-mail ([`email_address`]); `None` when it has none.
    pub email: Option<String>,
    /// The non-public domain of that address ([`email_domain`]); `None` when there is no
    /// address or its domain is public.
    pub email_domain: Option<String>,
    /// The digits of the request phone; 4 or fewer count as no phone (R-MATCH-1).
    pub phone_digits: String,
    pub company_name: String,
    pub country_id: Option<Id>,
    pub website: String,
}

impl CompanyKeys {
    /// The keys of a request as stored; `public_domains` are the rows of
    /// `public_email_domains` (R-MATCH-3).
    pub fn new(
        raw_email: &str,
        raw_phone: &str,
        company_name: &str,
        country_id: Option<Id>,
        website: &str,
        public_domains: &[&str],
    ) -> CompanyKeys {
        let email = email_address(raw_email);
        let domain = email
            .as_deref()
            .and_then(|address| email_domain(address, public_domains));
        CompanyKeys {
            email,
            email_domain: domain,
            phone_digits: phone_digits(raw_phone),
            company_name: company_name.to_owned(),
            country_id,
            website: website.to_owned(),
        }
    }
}

/// A company that might be found by R-MATCH-6.
///
/// The store passes at least: every company of a contact among the contact candidates that
/// matches by e-mail or phone (for the country and website steps), every company that may match
/// the request's company name by R-MATCH-4 (`full_name` or `alternative_names`, e.g. through a
/// `LIKE` on its longest word), and, when the request has a non-public e-mail domain, every
/// company whose `email` contains `@<domain>` case-insensitively. More is harmless;
/// duplicates are ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyCandidate {
    pub id: Id,
    pub full_name: String,
    pub alternative_names: String,
    pub country_id: Option<Id>,
    pub website: String,
    pub email: String,
}

/// The host part of a website for R-MATCH-6: the text after the first `www.` (else after the
/// first `//`, else all of it), up to the first `/`. `https://www.acme.example/en` → `acme.example`.
pub fn website_host(website: &str) -> &str {
    let rest = website
        .split_once("www.")
        .or_else(|| website.split_once("//"))
        .map_or(website, |(_, rest)| rest);
    rest.split('/').next().unwrap_or(rest)
}

/// R-MATCH-6: the company a request belongs to, or `None`.
///
/// `contacts` are contact candidates ([`PersonCandidate`]; names unused) holding at least every
/// contact that matches the request by e-mail (R-MATCH-2) and, with a phone, by phone
/// (R-MATCH-1). `companies` are described at [`CompanyCandidate`].
///
/// 1. With an e-mail: K1 = the companies of the contacts matching by e-mail, one entry per
///    contact; exactly one entry → that company.
/// 2. With a phone: K2 = the companies of the contacts matching by phone (only K1's companies
///    when |K1| > 1), one entry per contact; exactly one → that company.
/// 3. With a company name: K3 = companies matching by name (R-MATCH-4), only K1's when
///    |K1| > 1, else only K2's when |K2| > 1; exactly one → it. With a country, K4 = K3's in
///    that country when |K3| > 1, else K1's (|K1| > 1) or K2's (|K2| > 1) companies in it;
///    exactly one → it. With a website and |K4| > 1, the first of K4 whose website contains
///    the request website's host ([`website_host`], case-insensitive) → it.
/// 4. When K1–K4 are all empty: with a non-public e-mail domain, the first company whose
///    e-mail contains `@<domain>`; otherwise the first of K2 if any, else of K3, else of K4
///    (K1 alone sets nothing).
///
/// K1 and K2 are in contact-id order, so their "first" is the company of the lowest-id
/// contact; K3 and K4 are in company-id order. Contacts without a company add no entry. The
/// caller runs this only when the request lacks one of company, contact and lead, and sets
/// `verification_required` when it returns a company.
pub fn find_company(
    request: &CompanyKeys,
    contacts: &[PersonCandidate],
    companies: &[CompanyCandidate],
) -> Option<Id> {
    let mut contacts: Vec<&PersonCandidate> = contacts.iter().collect();
    contacts.sort_by_key(|contact| contact.id);
    contacts.dedup_by_key(|contact| contact.id);
    let mut companies: Vec<&CompanyCandidate> = companies.iter().collect();
    companies.sort_by_key(|company| company.id);
    companies.dedup_by_key(|company| company.id);

    let email = request
        .email
        .as_deref()
        .filter(|address| !address.trim().is_empty());
    let phone =
        (request.phone_digits.len() > PHONE_MATCH_MIN_DIGITS).then_some(request.phone_digits.as_str());

    // Step 1: K1.
    let mut k1: Vec<Id> = Vec::new();
    if email.is_some() {
        k1 = contacts
            .iter()
            .filter(|contact| contact.matches_email(email))
            .filter_map(|contact| contact.company_id)
            .collect();
        if let [only] = k1[..] {
            return Some(only);
        }
    }

    // Step 2: K2.
    let mut k2: Vec<Id> = Vec::new();
    if let Some(digits) = phone {
        k2 = contacts
            .iter()
            .filter(|contact| contact.matches_phone(digits))
            .filter_map(|contact| contact.company_id)
            .filter(|company_id| k1.len() <= 1 || k1.contains(company_id))
            .collect();
        if let [only] = k2[..] {
            return Some(only);
        }
    }

    // Step 3: K3, K4, K5.
    let (k3, k4) = match by_name(request, &k1, &k2, &companies) {
        NameStep::Found(company_id) => return Some(company_id),
        NameStep::Ambiguous { k3, k4 } => (k3, k4),
    };

    // Step 4.
    if k1.is_empty() && k2.is_empty() && k3.is_empty() && k4.is_empty() {
        let domain = request
            .email_domain
            .as_deref()
            .filter(|domain| !domain.is_empty())?;
        let needle = format!("@{}", domain.to_lowercase());
        return companies
            .iter()
            .find(|company| company.email.to_lowercase().contains(&needle))
            .map(|company| company.id);
    }
    k2.first()
        .copied()
        .or_else(|| k3.first().map(|company| company.id))
        .or_else(|| k4.first().map(|company| company.id))
}

/// What step 3 of R-MATCH-6 found: one company, or the (possibly empty) K3 and K4.
enum NameStep<'a> {
    Found(Id),
    Ambiguous {
        k3: Vec<&'a CompanyCandidate>,
        k4: Vec<&'a CompanyCandidate>,
    },
}

/// Step 3 of R-MATCH-6 (K3, K4, K5) over companies in id order.
fn by_name<'a>(
    request: &CompanyKeys,
    k1: &[Id],
    k2: &[Id],
    companies: &[&'a CompanyCandidate],
) -> NameStep<'a> {
    if request.company_name.trim().is_empty() {
        return NameStep::Ambiguous {
            k3: Vec::new(),
            k4: Vec::new(),
        };
    }
    let among = |ids: &[Id]| -> Vec<&'a CompanyCandidate> {
        companies
            .iter()
            .copied()
            .filter(|company| ids.contains(&company.id))
            .collect()
    };
    let pool = if k1.len() > 1 {
        among(k1)
    } else if k2.len() > 1 {
        among(k2)
    } else {
        companies.to_vec()
    };
    let k3: Vec<&CompanyCandidate> = pool
        .into_iter()
        .filter(|company| {
            company_name_matches(
                &request.company_name,
                &company.full_name,
                &company.alternative_names,
            )
        })
        .collect();
    if let [only] = k3[..] {
        return NameStep::Found(only.id);
    }

    let Some(country_id) = request.country_id else {
        return NameStep::Ambiguous { k3, k4: Vec::new() };
    };
    let pool = if k3.len() > 1 {
        k3.clone()
    } else if k1.len() > 1 {
        among(k1)
    } else if k2.len() > 1 {
        among(k2)
    } else {
        Vec::new()
    };
    let k4: Vec<&CompanyCandidate> = pool
        .into_iter()
        .filter(|company| company.country_id == Some(country_id))
        .collect();
    if let [only] = k4[..] {
        return NameStep::Found(only.id);
    }
    if !request.website.is_empty() && k4.len() > 1 {
        let host = website_host(&request.website).to_lowercase();
        if let Some(company) = k4
            .iter()
            .find(|company| company.website.to_lowercase().contains(&host))
        {
            return NameStep::Found(company.id);
        }
    }
    NameStep::Ambiguous { k3, k4 }
}

// ---------------------------------------------------------------------------------------------
// R-GEN-9, R-EMAIL-2 Tickets

/// The ticket a list search asks for (R-GEN-9): `ticket:XYZ`, `ticket: XYZ`, `ticket XYZ`
/// (keyword in any case, also `ticket :XYZ`) → `XYZ`. The ticket is one word; anything else
/// ("ticket sales report", "tickets") is `None` and searched as text.
pub fn ticket_in_search(term: &str) -> Option<String> {
    let term = term.trim();
    let keyword = term.get(..6)?;
    if !keyword.eq_ignore_ascii_case("ticket") {
        return None;
    }
    let after = &term[6..];
    let spaced = after.trim_start();
    let rest = spaced.strip_prefix(':').unwrap_or(spaced);
    if rest.len() == after.len() {
        // Neither a colon nor white space after the keyword: "tickets", "ticket123".
        return None;
    }
    let ticket = rest.trim_start();
    (!ticket.is_empty() && !ticket.contains(char::is_whitespace)).then(|| ticket.to_owned())
}

/// The ticket of an e-mail subject or body (R-EMAIL-2): the text between the first `[ticket:`
/// and the next `]`. A marker with nothing inside or with a line break before its `]` is
/// skipped, as the reference product's `\[ticket:(.+?)]` does.
pub fn ticket_in_text(subject_or_body: &str) -> Option<String> {
    const OPEN: &str = "[ticket:";
    let mut rest = subject_or_body;
    while let Some(start) = rest.find(OPEN) {
        rest = &rest[start + OPEN.len()..];
        let line = rest.split(['\n', '\r']).next().unwrap_or(rest);
        if let Some(end) = line.find(']')
            && end > 0
        {
            return Some(line[..end].to_owned());
        }
    }
    None
}

/// The subject marker of a ticket (R-EMAIL-2): `"  - [ticket:<ticket>] "`.
pub fn ticket_marker(ticket: &str) -> String {
    format!("  - [ticket:{ticket}] ")
}

#[cfg(test)]
mod tests {
    use super::*;

    // --- R-MATCH-1 ----------------------------------------------------------------------------

    #[test]
    fn r_match_1_phone_digits_keeps_only_the_digits_in_order() {
        assert_eq!(phone_digits("+7 (843) 123-45-67 ext. 2"), "784312345672");
        assert_eq!(phone_digits("no phone"), "");
        assert_eq!(phone_digits("٣٤٥٦٧"), "", "only ASCII digits count");
    }

    #[test]
    fn r_match_1_digits_in_order_with_separators_match() {
        assert!(phone_matches(&phone_digits("8(43)123-45-67"), "843/123-4567"));
        assert!(phone_matches("8431234567", "8 (43) 123 45 67"));
        assert!(
            phone_matches("8(43)123-45-67", "843/123-4567"),
            "non-digits in the query are ignored"
        );
    }

    #[test]
    fn r_match_1_start_and_end_are_free() {
        assert!(phone_matches("8431234567", "+7 843 123-45-67 (office)"));
        assert!(phone_matches("12345", "tel. 9912345 99"));
        assert!(phone_matches("12345", "12345"));
    }

    #[test]
    fn r_match_1_other_digits_between_or_another_order_do_not_match() {
        assert!(!phone_matches("8431234567", "843 9 123-45-67"));
        assert!(!phone_matches("8431234567", "843/123-4576"));
        assert!(!phone_matches("8431234567", "843/123-456"));
        assert!(!phone_matches("12345", ""));
    }

    #[test]
    fn r_match_1_four_digits_or_fewer_match_nothing() {
        assert!(!phone_matches("1234", "1234"));
        assert!(!phone_matches("12-34", "tel 1234"));
        assert!(!phone_matches("", "1234"));
        assert_eq!(phone_like_pattern("1234"), None);
        assert_eq!(phone_like_pattern(""), None);
        assert!(!PersonKeys::new("Anna", "", "", "12-34").has_phone());
        assert!(PersonKeys::new("Anna", "", "", "12-345").has_phone());
    }

    #[test]
    fn r_match_1_any_of_the_three_phones_matches() {
        assert!(any_phone_matches("12345", ["", "", "+1 23 45"]));
        assert!(any_phone_matches("12345", ["", "1-2-3-4-5", ""]));
        assert!(!any_phone_matches("12345", ["1234", "2345", "54321"]));
    }

    /// SQL `LIKE` with `%` only (no `_`, no escapes), case-sensitive: enough for digit patterns.
    fn like(text: &str, pattern: &str) -> bool {
        let parts: Vec<&str> = pattern.split('%').collect();
        let mut rest = text;
        for (i, part) in parts.iter().enumerate() {
            if i == 0 {
                let Some(after) = rest.strip_prefix(part) else {
                    return false;
                };
                rest = after;
            } else if i == parts.len() - 1 {
                return part.is_empty() || rest.ends_with(part);
            } else {
                let Some(at) = rest.find(part) else {
                    return false;
                };
                rest = &rest[at + part.len()..];
            }
        }
        rest.is_empty()
    }

    #[test]
    fn r_match_1_like_pattern_over_approximates_the_match() {
        let query = phone_digits("8(43)123-45-67");
        let pattern = phone_like_pattern(&query).expect("enough digits");
        assert_eq!(pattern, "%8%4%3%1%2%3%4%5%6%7%");
        assert_eq!(phone_like_pattern("tel: 12-345").as_deref(), Some("%1%2%3%4%5%"));
        let stored = [
            "843/123-4567",
            "+7 843 123-45-67 (office)",
            "843 9 123-45-67",
            "843/123-4576",
            "8431234567",
            "",
        ];
        for phone in stored {
            if phone_matches(&query, phone) {
                assert!(
                    like(phone, &pattern),
                    "{phone} matches but the prefilter drops it"
                );
            }
        }
        // The prefilter lets through what the exact rule rejects.
        assert!(like("843 9 123-45-67", &pattern));
        assert!(!phone_matches(&query, "843 9 123-45-67"));
    }

    // --- R-MATCH-2 ----------------------------------------------------------------------------

    #[test]
    fn r_match_2_address_part_of_a_display_name_form() {
        assert_eq!(
            email_address("\"Anna Smith\" <Anna.Smith@ACME.example>").as_deref(),
            Some("anna.smith@acme.example")
        );
        assert_eq!(
            email_address("  Bob@Example.org ").as_deref(),
            Some("bob@example.org")
        );
        assert_eq!(email_address(""), None);
        assert_eq!(email_address("  "), None);
        assert_eq!(email_address("\"Nobody\" <>"), None);
    }

    #[test]
    fn r_match_2_containment_in_either_field_ignores_case() {
        assert!(email_matches("anna@acme.example", "Anna@ACME.example", ""));
        assert!(email_matches("anna@acme.example", "", "ANNA@acme.example"));
        assert!(email_matches(
            "anna@acme.example",
            "sales@acme.example, anna@acme.example",
            ""
        ));
        assert!(email_matches("Ärger@acme.example", "ärger@ACME.example", ""));
        assert!(!email_matches(
            "anna@acme.example",
            "ann@acme.example",
            "anna@acme.exampl"
        ));
    }

    #[test]
    fn r_match_2_an_empty_address_matches_nothing() {
        assert!(!email_matches("", "anna@acme.example", ""));
        assert!(!email_matches(" ", "anna@acme.example", ""));
    }

    // --- R-MATCH-3 ----------------------------------------------------------------------------

    #[test]
    fn r_match_3_domain_is_the_lower_cased_part_after_the_at() {
        assert_eq!(
            email_domain("anna@ACME.Example", &[]).as_deref(),
            Some("acme.example")
        );
        assert_eq!(
            email_domain("\"Anna\" <anna@Acme.example>", &PUBLIC_DOMAINS).as_deref(),
            Some("acme.example")
        );
        assert_eq!(email_domain("no address", &[]), None);
        assert_eq!(email_domain("anna@", &[]), None);
    }

    #[test]
    fn r_match_3_a_public_domain_is_empty() {
        assert_eq!(email_domain("anna@GMail.com", &PUBLIC_DOMAINS), None);
        assert_eq!(email_domain("anna@vip.126.com", &PUBLIC_DOMAINS), None);
        assert_eq!(email_domain("anna@mail.example", &["Mail.Example"]), None);
        assert_eq!(
            email_domain("anna@notgmail.com", &PUBLIC_DOMAINS).as_deref(),
            Some("notgmail.com")
        );
    }

    #[test]
    fn r_match_3_the_seed_list_has_130_distinct_lower_case_domains() {
        let mut sorted = PUBLIC_DOMAINS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 130);
        for domain in PUBLIC_DOMAINS {
            assert_eq!(domain, domain.to_lowercase());
            assert!(crate::validation::is_domain(domain), "{domain}");
        }
        for expected in [
            "gmail.com",
            "sw.uz.gov.ua",
            "yahoo.com.br",
            "t-online.de",
            "bigpond.net.au",
        ] {
            assert!(PUBLIC_DOMAINS.contains(&expected), "{expected}");
        }
    }

    // --- R-MATCH-4 ----------------------------------------------------------------------------

    #[test]
    fn r_match_4_the_spec_examples_that_match() {
        assert!(company_name_matches(
            "Test - Company LLC.",
            "Test Company LLC",
            ""
        ));
        assert!(company_name_matches("test company llc", "Test Company LLC", ""));
        assert!(company_name_matches("Test Company LLC", "Test-Company, LLC", ""));
        assert!(company_name_matches(
            "Test Co",
            "Test Company LLC",
            "Test Co, TestCompany"
        ));
    }

    #[test]
    fn r_match_4_the_spec_examples_that_do_not_match() {
        assert!(!company_name_matches("Test Company", "Test Company LLC", ""));
        assert!(!company_name_matches("TestCompany LLC", "Test Company LLC", ""));
        assert!(!company_name_matches("Test Co", "Test Company LLC", ""));
    }

    #[test]
    fn r_match_4_non_letters_around_and_between_words_are_free() {
        assert!(company_name_matches("Acme", "  «ACME» 2000 ", ""));
        assert!(
            company_name_matches("Test Company", "TestCompany", ""),
            "a run may be empty"
        );
        assert!(company_name_matches("Test\tCompany", "test_company", ""));
        assert!(!company_name_matches("Acme", "Acme Ltd", ""));
        assert!(!company_name_matches("Acme Ltd", "Acme", ""));
        assert!(
            !company_name_matches("Acme", "Ac-me", ""),
            "a word is spelled without interruption"
        );
    }

    #[test]
    fn r_match_4_alternative_names_are_comma_separated_items() {
        assert!(company_name_matches(
            "TestCompany",
            "Test Company LLC",
            "Test Co, TestCompany"
        ));
        assert!(company_name_matches("test co", "Other", " Test Co ,"));
        assert!(!company_name_matches("Test", "Other", "Test Co, TestCompany"));
        assert!(!company_name_matches(
            "Test Co TestCompany",
            "Other",
            "Test Co, TestCompany"
        ));
    }

    #[test]
    fn r_match_4_unicode_letters_and_case() {
        assert!(company_name_matches("ÄRGER GmbH", "ärger-gmbh", ""));
        assert!(company_name_matches("Łożysko", "ŁOŻYSKO", ""));
        assert!(company_name_matches("İstanbul Ticaret", "İstanbul TICARET", ""));
        assert!(
            company_name_matches("Cafe\u{301}s Ltd", "CAFE\u{301}S LTD", ""),
            "a combining accent belongs to its letter"
        );
        assert!(company_name_matches("機械部品", "«機械部品»", ""));
    }

    #[test]
    fn r_match_4_a_name_without_letters_matches_only_names_without_letters() {
        assert!(company_name_matches("1-2-3", "123", ""));
        assert!(!company_name_matches("1-2-3", "Acme 123", ""));
    }

    // --- R-MATCH-5 ----------------------------------------------------------------------------

    fn person(id: i64, first_name: &str, last_name: &str) -> PersonCandidate {
        PersonCandidate {
            id: Id(id),
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: String::new(),
            secondary_email: String::new(),
            phone: String::new(),
            other_phone: String::new(),
            mobile: String::new(),
            company_name_for_match: String::new(),
            company_id: None,
        }
    }

    fn with_email(mut record: PersonCandidate, email: &str) -> PersonCandidate {
        record.email = email.into();
        record
    }

    fn with_phone(mut record: PersonCandidate, phone: &str) -> PersonCandidate {
        record.phone = phone.into();
        record
    }

    fn with_company(mut record: PersonCandidate, company_id: i64, name: &str) -> PersonCandidate {
        record.company_id = Some(Id(company_id));
        record.company_name_for_match = name.into();
        record
    }

    fn keys(first_name: &str, last_name: &str, email: &str, phone: &str) -> PersonKeys {
        PersonKeys::new(first_name, last_name, email, phone)
    }

    use PersonOutcome::{Linked, NextEntity};

    #[test]
    fn r_match_5_person_keys_take_the_address_part_and_the_digits() {
        let keys = keys(
            "Anna",
            "Smith",
            "\"Anna\" <Anna@Acme.example>",
            "+7 (843) 123-45-67",
        );
        assert_eq!(keys.email.as_deref(), Some("anna@acme.example"));
        assert_eq!(keys.phone_digits, "78431234567");
        assert!(keys.has_phone());
        assert_eq!(PersonKeys::new("Anna", "", "", "").email, None);
    }

    #[test]
    fn r_match_5_one_email_match_with_the_same_first_name_links() {
        let candidates = [
            with_email(person(1, "Anna", "Smith"), "anna@acme.example"),
            with_email(person(2, "Bob", "Smith"), "anna@acme.example"),
            with_email(person(3, "Anna", "Smith"), "other@acme.example"),
        ];
        let request = keys("ANNA", "", "Anna@ACME.example", "");
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(1)));
    }

    #[test]
    fn r_match_5_the_base_requires_the_first_name() {
        let candidates = [
            with_email(person(1, "Bob", "Smith"), "anna@acme.example"),
            with_phone(person(2, "Bob", "Smith"), "843 123 45 67"),
        ];
        let request = keys("Anna", "Smith", "anna@acme.example", "8431234567");
        assert_eq!(find_person(&request, "", &candidates), NextEntity);
    }

    #[test]
    fn r_match_5_first_names_compare_unicode_case_insensitively() {
        let candidates = [with_email(person(1, "ÉLODIE", ""), "e@acme.example")];
        let request = keys("élodie", "", "e@acme.example", "");
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(1)));
    }

    #[test]
    fn r_match_5_without_email_phone_or_last_name_nothing_links() {
        let candidates = [
            person(1, "Anna", ""),
            with_company(person(2, "Anna", ""), 7, "Acme"),
        ];
        assert_eq!(
            find_person(&keys("Anna", "", "", ""), "", &candidates),
            NextEntity
        );
        assert_eq!(
            find_person(&keys("Anna", "", "", ""), "Acme", &candidates),
            NextEntity
        );
        // A phone of 4 or fewer digits is no phone.
        let phoned = [with_phone(person(3, "Anna", ""), "1234")];
        assert_eq!(
            find_person(&keys("Anna", "", "", "1234"), "", &phoned),
            NextEntity
        );
    }

    #[test]
    fn r_match_5_one_phone_match_links_when_there_is_no_email() {
        let candidates = [
            with_phone(person(1, "Anna", ""), "+7 843 123-45-67"),
            with_phone(person(2, "Anna", ""), "+7 843 765-43-21"),
        ];
        let request = keys("Anna", "", "", "8(43)123-45-67");
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(1)));
    }

    #[test]
    fn r_match_5_other_phone_and_mobile_count() {
        let mut other = person(1, "Anna", "");
        other.other_phone = "843/123-4567".into();
        let mut mobile = person(2, "Anna", "");
        mobile.mobile = "555 12 34".into();
        let candidates = [other, mobile];
        assert_eq!(
            find_person(&keys("Anna", "", "", "8(43)123-45-67"), "", &candidates),
            Linked(Id(1))
        );
        assert_eq!(
            find_person(&keys("Anna", "", "", "5551234"), "", &candidates),
            Linked(Id(2))
        );
    }

    #[test]
    fn r_match_5_no_email_match_falls_back_to_email_or_phone() {
        let candidates = [
            with_email(person(1, "Anna", ""), "x@other.example"),
            with_phone(person(2, "Anna", ""), "843-123-45-67"),
        ];
        let request = keys("Anna", "", "anna@acme.example", "8431234567");
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(2)));
    }

    #[test]
    fn r_match_5_several_email_matches_need_the_phone_too() {
        let candidates = [
            with_email(person(1, "Anna", ""), "anna@acme.example"),
            with_phone(
                with_email(person(2, "Anna", ""), "anna@acme.example"),
                "843 123 45 67",
            ),
            // Matches by phone only: excluded because C1 had several records.
            with_phone(person(3, "Anna", ""), "843 123 45 67"),
        ];
        let request = keys("Anna", "", "anna@acme.example", "8431234567");
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(2)));
    }

    #[test]
    fn r_match_5_several_email_matches_without_a_phone_link_the_first() {
        let candidates = [
            with_email(person(9, "Anna", ""), "anna@acme.example"),
            with_email(person(4, "Anna", ""), "anna@acme.example"),
        ];
        let request = keys("Anna", "", "anna@acme.example", "");
        assert_eq!(
            find_person(&request, "", &candidates),
            Linked(Id(4)),
            "first = lowest id"
        );
    }

    #[test]
    fn r_match_5_several_email_matches_none_with_the_phone_link_the_first_of_c1() {
        let candidates = [
            with_email(person(5, "Anna", ""), "anna@acme.example"),
            with_email(person(3, "Anna", ""), "anna@acme.example"),
        ];
        let request = keys("Anna", "", "anna@acme.example", "8431234567");
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(3)));
    }

    #[test]
    fn r_match_5_the_last_name_narrows_several_c2_records() {
        let candidates = [
            with_phone(person(1, "Anna", "Brown"), "8431234567"),
            with_phone(person(2, "Anna", "Smith"), "8431234567"),
            with_phone(person(3, "Anna", "Jones"), "8431234567"),
        ];
        let request = keys("Anna", "SMITH", "", "8431234567");
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(2)));
    }

    #[test]
    fn r_match_5_several_c3_records_are_narrowed_by_the_company() {
        let candidates = [
            with_company(with_phone(person(1, "Anna", "Smith"), "8431234567"), 10, "Globex"),
            with_company(
                with_phone(person(2, "Anna", "Smith"), "8431234567"),
                11,
                "ACME Trading Ltd",
            ),
            with_company(
                with_phone(person(3, "Anna", "Smith"), "8431234567"),
                12,
                "Acme Trading",
            ),
            // Same company, no phone: not in C3, so not in C4.
            with_company(person(0, "Anna", "Smith"), 11, "ACME Trading Ltd"),
        ];
        let request = keys("Anna", "Smith", "", "8431234567");
        assert_eq!(
            find_person(&request, " acme trading ", &candidates),
            Linked(Id(2))
        );
        // Without a company name the condition is always true: the first of C3.
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(1)));
    }

    #[test]
    fn r_match_5_several_c3_records_none_at_the_company_link_the_first_of_c3() {
        let candidates = [
            with_company(with_phone(person(1, "Anna", "Brown"), "8431234567"), 10, "Globex"),
            with_company(
                with_phone(person(2, "Anna", "Smith"), "8431234567"),
                11,
                "Initech",
            ),
            with_company(with_phone(person(3, "Anna", "Smith"), "8431234567"), 12, "Hooli"),
        ];
        let request = keys("Anna", "Smith", "", "8431234567");
        assert_eq!(find_person(&request, "Acme", &candidates), Linked(Id(2)));
    }

    #[test]
    fn r_match_5_no_c3_record_falls_back_to_the_first_of_c2() {
        let candidates = [
            with_phone(person(4, "Anna", "Brown"), "8431234567"),
            with_phone(person(2, "Anna", "Jones"), "8431234567"),
        ];
        let request = keys("Anna", "Smith", "", "8431234567");
        // C3 is empty, C4 = base(first + last) ∧ company is empty too, C2 is not: link C2's first.
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(2)));
    }

    #[test]
    fn r_match_5_a_last_name_alone_links_by_name_and_company() {
        let candidates = [
            with_company(person(1, "Anna", "Smith"), 10, "Globex"),
            with_company(person(2, "anna", "SMITH"), 11, "Acme Trading"),
            with_company(person(3, "Anna", "Smithers"), 11, "Acme Trading"),
        ];
        let request = keys("Anna", "Smith", "", "");
        assert_eq!(find_person(&request, "acme", &candidates), Linked(Id(2)));
        // No company name: every record with that first and last name qualifies; the first.
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(1)));
        // A company no one is at: nothing found anywhere, next entity.
        assert_eq!(find_person(&request, "Initech", &candidates), NextEntity);
    }

    #[test]
    fn r_match_5_a_last_name_finds_a_namesake_with_another_email() {
        // C1 and C2 are empty; step 5 still runs on base ∧ company alone.
        let candidates = [with_email(person(1, "Anna", "Smith"), "old@acme.example")];
        let request = keys("Anna", "Smith", "new@acme.example", "");
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(1)));
    }

    #[test]
    fn r_match_5_company_name_with_c1_records_uses_the_first_name_base() {
        // |C1| > 1, no phone, no last name: C4 = base ∧ company, which is not limited to C1.
        let candidates = [
            with_company(
                with_email(person(1, "Anna", ""), "anna@acme.example"),
                10,
                "Globex",
            ),
            with_company(
                with_email(person(2, "Anna", ""), "anna@acme.example"),
                11,
                "Initech",
            ),
            with_company(person(3, "Anna", ""), 12, "Acme"),
        ];
        let request = keys("Anna", "", "anna@acme.example", "");
        assert_eq!(find_person(&request, "acme", &candidates), Linked(Id(3)));
        assert_eq!(find_person(&request, "initech", &candidates), Linked(Id(2)));
        // Company matched by no one: fall back to the first of C1.
        assert_eq!(find_person(&request, "Hooli", &candidates), Linked(Id(1)));
    }

    #[test]
    fn r_match_5_the_company_condition_is_containment() {
        let candidates = [
            with_company(person(1, "Anna", "Smith"), 10, "Globex"),
            with_company(person(2, "Anna", "Smith"), 11, "The ÄRGER Group"),
        ];
        let request = keys("Anna", "Smith", "", "");
        assert_eq!(find_person(&request, "ärger", &candidates), Linked(Id(2)));
    }

    #[test]
    fn r_match_5_candidates_that_do_not_match_are_ignored() {
        let mut candidates = vec![
            with_email(person(1, "Anna", ""), "anna@acme.example"),
            with_email(person(1, "Anna", ""), "anna@acme.example"),
        ];
        let request = keys("Anna", "", "anna@acme.example", "");
        assert_eq!(
            find_person(&request, "", &candidates),
            Linked(Id(1)),
            "duplicates count once"
        );
        candidates.push(with_email(person(2, "Anna", ""), "anna@acme.example.org"));
        candidates.push(with_email(person(3, "Anna", ""), "nna@acme.example"));
        candidates.push(with_phone(person(4, "Anna", ""), "1 2 3 4 5 6"));
        // Record 2 contains the address too: C1 has two records now.
        assert_eq!(find_person(&request, "", &candidates), Linked(Id(1)));
        assert_eq!(find_person(&request, "", &candidates[2..]), Linked(Id(2)));
        assert_eq!(find_person(&request, "", &[]), NextEntity);
    }

    #[test]
    fn r_match_5_contacts_before_leads() {
        let contacts = [with_company(
            with_email(person(5, "Anna", ""), "anna@acme.example"),
            50,
            "Acme",
        )];
        let leads = [with_email(person(1, "Anna", ""), "anna@acme.example")];
        let request = keys("Anna", "", "anna@acme.example", "");
        assert_eq!(
            find_contact_or_lead(&request, "", None, &contacts, &leads),
            PersonLink::Contact {
                contact_id: Id(5),
                company_id: Some(Id(50))
            }
        );
        assert_eq!(
            find_contact_or_lead(&request, "", None, &[], &leads),
            PersonLink::Lead(Id(1))
        );
        assert_eq!(
            find_contact_or_lead(&request, "", None, &[], &[]),
            PersonLink::Unlinked
        );
    }

    #[test]
    fn r_match_5_a_contact_of_another_company_stops_the_search_unlinked() {
        let contacts = [with_company(
            with_email(person(5, "Anna", ""), "anna@acme.example"),
            50,
            "Acme",
        )];
        let leads = [with_email(person(1, "Anna", ""), "anna@acme.example")];
        let request = keys("Anna", "", "anna@acme.example", "");
        assert_eq!(
            find_contact_or_lead(&request, "", Some(Id(50)), &contacts, &leads),
            PersonLink::Contact {
                contact_id: Id(5),
                company_id: Some(Id(50))
            }
        );
        assert_eq!(
            find_contact_or_lead(&request, "", Some(Id(51)), &contacts, &leads),
            PersonLink::ContactOfAnotherCompany(Id(5))
        );
    }

    // --- R-MATCH-6 ----------------------------------------------------------------------------

    fn contact(id: i64, company_id: i64, email: &str, phone: &str) -> PersonCandidate {
        with_phone(
            with_email(with_company(person(id, "Any", ""), company_id, ""), email),
            phone,
        )
    }

    fn company(
        id: i64,
        full_name: &str,
        country_id: Option<i64>,
        website: &str,
        email: &str,
    ) -> CompanyCandidate {
        CompanyCandidate {
            id: Id(id),
            full_name: full_name.into(),
            alternative_names: String::new(),
            country_id: country_id.map(Id),
            website: website.into(),
            email: email.into(),
        }
    }

    fn company_keys(
        email: &str,
        phone: &str,
        company_name: &str,
        country_id: Option<i64>,
        website: &str,
    ) -> CompanyKeys {
        CompanyKeys::new(
            email,
            phone,
            company_name,
            country_id.map(Id),
            website,
            &PUBLIC_DOMAINS,
        )
    }

    #[test]
    fn r_match_6_company_keys_drop_a_public_domain() {
        let keys = company_keys(
            "\"Anna\" <Anna@GMAIL.com>",
            "12-345",
            "Acme",
            Some(3),
            "acme.example",
        );
        assert_eq!(keys.email.as_deref(), Some("anna@gmail.com"));
        assert_eq!(keys.email_domain, None);
        assert_eq!(keys.phone_digits, "12345");
        let keys = company_keys("anna@Acme.example", "", "", None, "");
        assert_eq!(keys.email_domain.as_deref(), Some("acme.example"));
        assert_eq!(company_keys("", "", "", None, "").email_domain, None);
    }

    #[test]
    fn r_match_6_one_contact_by_email_gives_its_company() {
        let contacts = [
            contact(1, 10, "anna@acme.example", ""),
            contact(2, 11, "bob@acme.example", ""),
        ];
        let request = company_keys("Anna@Acme.example", "", "", None, "");
        assert_eq!(find_company(&request, &contacts, &[]), Some(Id(10)));
    }

    #[test]
    fn r_match_6_two_contacts_of_one_company_make_k1_ambiguous() {
        // Kept upstream behaviour (§16): one K1 entry per contact.
        let contacts = [
            contact(1, 10, "anna@acme.example", ""),
            contact(2, 10, "anna@acme.example", ""),
        ];
        let companies = [company(10, "Acme", None, "", "info@acme.example")];
        let request = company_keys("anna@acme.example", "", "", None, "");
        assert_eq!(
            find_company(&request, &contacts, &companies),
            None,
            "K1 alone sets nothing"
        );
    }

    #[test]
    fn r_match_6_one_contact_by_phone_gives_its_company() {
        let contacts = [
            contact(1, 10, "", "+7 843 123-45-67"),
            contact(2, 11, "", "+7 843 765-43-21"),
        ];
        let request = company_keys("", "8(43)123-45-67", "", None, "");
        assert_eq!(find_company(&request, &contacts, &[]), Some(Id(10)));
    }

    #[test]
    fn r_match_6_the_phone_is_looked_up_among_k1_s_companies() {
        let contacts = [
            contact(1, 10, "anna@acme.example", ""),
            contact(2, 11, "anna@acme.example", ""),
            contact(3, 11, "", "8431234567"),
            contact(4, 12, "", "8431234567"),
        ];
        let request = company_keys("anna@acme.example", "8431234567", "", None, "");
        assert_eq!(find_company(&request, &contacts, &[]), Some(Id(11)));
    }

    #[test]
    fn r_match_6_a_short_phone_matches_nothing() {
        let contacts = [contact(1, 10, "", "1234")];
        let request = company_keys("", "1234", "", None, "");
        assert_eq!(find_company(&request, &contacts, &[]), None);
    }

    #[test]
    fn r_match_6_one_company_by_name() {
        let companies = [
            company(10, "Test Company LLC", None, "", ""),
            company(11, "Test Company", None, "", ""),
            company(12, "Other", None, "", ""),
        ];
        let request = company_keys("", "", "Test - Company LLC.", None, "");
        assert_eq!(find_company(&request, &[], &companies), Some(Id(10)));
        let mut aliased = companies.to_vec();
        aliased[2].alternative_names = "Test Co, TestCompany".into();
        let request = company_keys("", "", "Test Co", None, "");
        assert_eq!(find_company(&request, &[], &aliased), Some(Id(12)));
    }

    #[test]
    fn r_match_6_names_are_looked_up_among_k1_s_companies() {
        let contacts = [
            contact(1, 10, "anna@acme.example", ""),
            contact(2, 11, "anna@acme.example", ""),
        ];
        let companies = [
            company(10, "Globex", None, "", ""),
            company(11, "Acme", None, "", ""),
            company(12, "Acme", None, "", ""),
        ];
        let request = company_keys("anna@acme.example", "", "ACME", None, "");
        assert_eq!(find_company(&request, &contacts, &companies), Some(Id(11)));
    }

    #[test]
    fn r_match_6_names_are_looked_up_among_k2_s_companies() {
        let contacts = [contact(1, 10, "", "8431234567"), contact(2, 11, "", "8431234567")];
        let companies = [
            company(10, "Globex", None, "", ""),
            company(11, "Acme", None, "", ""),
            company(12, "Acme", None, "", ""),
        ];
        let request = company_keys("", "8431234567", "Acme", None, "");
        assert_eq!(find_company(&request, &contacts, &companies), Some(Id(11)));
    }

    #[test]
    fn r_match_6_the_country_narrows_several_name_matches() {
        let companies = [
            company(10, "Acme", Some(1), "", ""),
            company(11, "Acme", Some(2), "", ""),
            company(12, "Acme", None, "", ""),
        ];
        let request = company_keys("", "", "Acme", Some(2), "");
        assert_eq!(find_company(&request, &[], &companies), Some(Id(11)));
    }

    #[test]
    fn r_match_6_the_country_narrows_k1_s_companies() {
        let contacts = [
            contact(1, 10, "anna@acme.example", ""),
            contact(2, 11, "anna@acme.example", ""),
        ];
        let companies = [
            company(10, "Globex", Some(1), "", ""),
            company(11, "Initech", Some(2), "", ""),
        ];
        // No company matches the name, but K1 is ambiguous: its companies in the country.
        let request = company_keys("anna@acme.example", "", "Acme", Some(2), "");
        assert_eq!(find_company(&request, &contacts, &companies), Some(Id(11)));
        // Without a company name there is no step 3, and K1 alone sets nothing.
        let request = company_keys("anna@acme.example", "", "", Some(2), "");
        assert_eq!(find_company(&request, &contacts, &companies), None);
    }

    #[test]
    fn r_match_6_the_country_narrows_k2_s_companies() {
        let contacts = [contact(1, 10, "", "8431234567"), contact(2, 11, "", "8431234567")];
        let companies = [
            company(10, "Globex", Some(1), "", ""),
            company(11, "Initech", Some(2), "", ""),
        ];
        let request = company_keys("", "8431234567", "Acme", Some(1), "");
        assert_eq!(find_company(&request, &contacts, &companies), Some(Id(10)));
    }

    #[test]
    fn r_match_6_the_website_host_picks_among_k4() {
        let companies = [
            company(10, "Acme", Some(1), "https://initech.example", ""),
            company(11, "Acme", Some(1), "http://www.ACME.example/en", ""),
            company(12, "Acme", Some(1), "https://acme.example", ""),
            company(13, "Acme", Some(2), "https://acme.example.org", ""),
        ];
        let request = company_keys("", "", "Acme", Some(1), "https://www.acme.example/contact");
        assert_eq!(
            find_company(&request, &[], &companies),
            Some(Id(11)),
            "the first containing it"
        );
        let request = company_keys("", "", "Acme", Some(1), "acme.example");
        assert_eq!(find_company(&request, &[], &companies), Some(Id(11)));
        // Only companies of K4 (in the country) count; none matches, so step 4 falls back
        // to K3's first.
        let request = company_keys("", "", "Acme", Some(1), "https://acme.example.org/x");
        assert_eq!(find_company(&request, &[], &companies), Some(Id(10)));
    }

    #[test]
    fn r_match_6_the_website_host() {
        assert_eq!(website_host("https://www.acme.example/contact"), "acme.example");
        assert_eq!(website_host("http://acme.example/en/"), "acme.example");
        assert_eq!(website_host("acme.example/en"), "acme.example");
        assert_eq!(website_host("www.acme.example"), "acme.example");
        assert_eq!(website_host(""), "");
    }

    #[test]
    fn r_match_6_the_domain_finds_a_company_when_nothing_else_did() {
        let companies = [
            company(10, "Globex", None, "", "info@globex.example"),
            company(11, "Acme", None, "", "sales@ACME.example, info@acme.example"),
            company(12, "Acme North", None, "", "info@acme.example"),
            company(13, "Sub", None, "", "info@sub.acme.example"),
        ];
        let request = company_keys("anna@acme.example", "", "", None, "");
        assert_eq!(find_company(&request, &[], &companies), Some(Id(11)));
        // A public domain never identifies a company.
        let public = [company(14, "Gmail fan club", None, "", "club@gmail.com")];
        let request = company_keys("anna@gmail.com", "", "", None, "");
        assert_eq!(find_company(&request, &[], &public), None);
        // A company name that matches nothing still lets the domain decide.
        let request = company_keys("anna@acme.example", "", "Hooli", Some(1), "");
        assert_eq!(find_company(&request, &[], &companies), Some(Id(11)));
    }

    #[test]
    fn r_match_6_the_fallback_prefers_k2_then_k3_then_k4() {
        // K2 has two entries, K3 (looked up among them) two: K2's first wins.
        let contacts = [contact(7, 11, "", "8431234567"), contact(3, 12, "", "8431234567")];
        let companies = [
            company(11, "Acme", None, "", "x@acme.example"),
            company(12, "Acme", None, "", ""),
        ];
        let request = company_keys("anna@acme.example", "8431234567", "Acme", None, "");
        assert_eq!(
            find_company(&request, &contacts, &companies),
            Some(Id(12)),
            "K2's first is the company of the lowest-id contact, and the domain is not used"
        );
        // K3 with two, K4 empty: K3's first.
        let companies = [
            company(20, "Acme", Some(1), "", ""),
            company(21, "Acme", Some(1), "", ""),
        ];
        let request = company_keys("", "", "Acme", Some(2), "");
        assert_eq!(find_company(&request, &[], &companies), Some(Id(20)));
    }

    #[test]
    fn r_match_6_nothing_found() {
        let companies = [company(10, "Globex", None, "", "info@globex.example")];
        assert_eq!(find_company(&CompanyKeys::default(), &[], &companies), None);
        let request = company_keys("anna@acme.example", "8431234567", "Acme", Some(1), "acme.example");
        assert_eq!(find_company(&request, &[], &companies), None);
    }

    #[test]
    fn r_match_6_contacts_that_do_not_match_are_ignored() {
        let contacts = [
            contact(1, 10, "anna@acme.example", ""),
            contact(1, 10, "anna@acme.example", ""),
            contact(2, 11, "nna@acme.example", "843 9 1234567"),
        ];
        let request = company_keys("anna@acme.example", "8431234567", "", None, "");
        assert_eq!(find_company(&request, &contacts, &[]), Some(Id(10)));
    }

    // --- R-GEN-9, R-EMAIL-2 -------------------------------------------------------------------

    #[test]
    fn r_gen_9_ticket_search_forms() {
        for term in [
            "ticket:Ab3-x_9",
            "ticket: Ab3-x_9",
            "ticket Ab3-x_9",
            "TICKET:Ab3-x_9",
            " Ticket :  Ab3-x_9 ",
        ] {
            assert_eq!(ticket_in_search(term).as_deref(), Some("Ab3-x_9"), "{term}");
        }
    }

    #[test]
    fn r_gen_9_other_terms_are_no_ticket_search() {
        for term in [
            "tickets",
            "ticket123",
            "ticket",
            "ticket:",
            "ticket:  ",
            "ticket sales report",
            "my ticket:x",
            "tick",
            "",
            "tïcket x",
        ] {
            assert_eq!(ticket_in_search(term), None, "{term}");
        }
    }

    #[test]
    fn r_email_2_the_ticket_marker() {
        assert_eq!(ticket_marker("Ab3-x_9"), "  - [ticket:Ab3-x_9] ");
    }

    #[test]
    fn r_email_2_the_ticket_is_read_between_the_marker_and_the_next_bracket() {
        let subject = format!("Re: Offer{}", ticket_marker("Ab3-x_9"));
        assert_eq!(ticket_in_text(&subject).as_deref(), Some("Ab3-x_9"));
        assert_eq!(
            ticket_in_text("x [ticket:abc] y [ticket:def]").as_deref(),
            Some("abc")
        );
        assert_eq!(ticket_in_text("Body\n> [ticket:a b]c]").as_deref(), Some("a b"));
        assert_eq!(
            ticket_in_text("[ticket:] then [ticket:xyz]").as_deref(),
            Some("xyz")
        );
        assert_eq!(
            ticket_in_text("[ticket:abc\n] then [ticket:xyz]").as_deref(),
            Some("xyz")
        );
        assert_eq!(ticket_in_text("[ticket:never closed"), None);
        assert_eq!(ticket_in_text("[TICKET:abc]"), None);
        assert_eq!(ticket_in_text("no ticket"), None);
    }
}
