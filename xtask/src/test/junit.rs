//! Reads the `JUnit` XML that nextest writes: one `<testcase>` per test, with a `<failure>` or
//! `<error>` child when it failed and `<skipped>` when it did not run.

use anyhow::{Context, Result};
use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed,
    Skipped,
}

#[derive(Debug, PartialEq, Eq)]
pub struct TestCase {
    /// nextest's binary id, e.g. `crm-store::settings` (an integration test) or `crm-store` (unit tests).
    pub binary: String,
    pub name: String,
    pub outcome: Outcome,
}

pub fn parse(xml: &str) -> Result<Vec<TestCase>> {
    let mut reader = Reader::from_str(xml);
    let mut cases = Vec::new();
    let mut open: Option<TestCase> = None;
    loop {
        let event = reader
            .read_event()
            .with_context(|| format!("malformed JUnit XML near byte {}", reader.buffer_position()))?;
        match event {
            Event::Start(tag) if tag.name().as_ref() == "testcase" => {
                open = Some(case_of(&tag)?);
            }
            Event::Empty(tag) if tag.name().as_ref() == "testcase" => cases.push(case_of(&tag)?),
            Event::Start(tag) | Event::Empty(tag) => {
                // `flakyFailure` and `rerunFailure` are earlier attempts; only the final verdict counts.
                if let Some(case) = open.as_mut() {
                    match tag.name().as_ref() {
                        "failure" | "error" => case.outcome = Outcome::Failed,
                        "skipped" => case.outcome = Outcome::Skipped,
                        _ => {}
                    }
                }
            }
            Event::End(tag) if tag.name().as_ref() == "testcase" => {
                cases.extend(open.take());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(cases)
}

/// A test case as it starts: passed until a child element says otherwise.
fn case_of(tag: &BytesStart) -> Result<TestCase> {
    Ok(TestCase {
        binary: attribute(tag, "classname")?,
        name: attribute(tag, "name")?,
        outcome: Outcome::Passed,
    })
}

fn attribute(tag: &BytesStart, name: &str) -> Result<String> {
    let attribute = tag
        .try_get_attribute(name)
        .context("malformed attribute on <testcase>")?
        .with_context(|| format!("a <testcase> has no {name}"))?;
    let value = attribute
        .normalized_value(XmlVersion::Implicit1_0)
        .with_context(|| format!("malformed {name} on <testcase>"))?;
    Ok(value.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEXTEST_JUNIT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="nextest-run" tests="4" failures="1" errors="0">
    <testsuite name="crm-store::settings" tests="3" disabled="0" errors="0" failures="1">
        <testcase name="round_trip::sqlite" classname="crm-store::settings" time="0.1">
        </testcase>
        <testcase name="round_trip::postgres" classname="crm-store::settings" time="0.2">
            <failure type="test failure">assertion failed</failure>
            <system-out>left: &quot;19.5&quot;</system-out>
        </testcase>
        <testcase name="flaky&lt;T&gt;::mysql" classname="crm-store::settings" time="0.3">
            <flakyFailure type="test failure">first attempt</flakyFailure>
        </testcase>
    </testsuite>
    <testsuite name="xtask" tests="1">
        <testcase name="ignored_one" classname="xtask"><skipped/></testcase>
    </testsuite>
</testsuites>
"#;

    #[test]
    fn each_testcase_gets_its_final_outcome() -> Result<()> {
        let cases = parse(NEXTEST_JUNIT)?;
        let outcomes: Vec<(&str, &str, Outcome)> = cases
            .iter()
            .map(|c| (c.binary.as_str(), c.name.as_str(), c.outcome))
            .collect();
        assert_eq!(
            outcomes,
            [
                ("crm-store::settings", "round_trip::sqlite", Outcome::Passed),
                ("crm-store::settings", "round_trip::postgres", Outcome::Failed),
                ("crm-store::settings", "flaky<T>::mysql", Outcome::Passed),
                ("xtask", "ignored_one", Outcome::Skipped),
            ]
        );
        Ok(())
    }

    #[test]
    fn broken_xml_is_an_error() {
        assert!(parse("<testsuites><testcase name=\"a\"></testsuite>").is_err());
    }
}
