//! The install-time seed data of DOMAIN.md §7, on every backend: inserted once, exactly as listed,
//! and never inserted again over a user's edits.

use chrono::NaiveTime;
use crm_store::dialect::statement;
use crm_store::{Db, Exact, dispatch};

const GLOBAL_SALES: i64 = 1;
const LOCAL_SALES: i64 = 2;
const SALES: [i64; 2] = [GLOBAL_SALES, LOCAL_SALES];

async fn count(db: &Db, sql: &'static str) -> i64 {
    dispatch!(db, |pool, backend| sqlx::query_scalar(statement(backend, sql))
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("`{sql}`: {e}")))
}

async fn count_in(db: &Db, sql: &'static str, department: i64) -> i64 {
    dispatch!(db, |pool, backend| sqlx::query_scalar(statement(backend, sql))
        .bind(department)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("`{sql}`: {e}")))
}

async fn names_in(db: &Db, sql: &'static str, department: i64) -> Vec<String> {
    dispatch!(db, |pool, backend| sqlx::query_scalar(statement(backend, sql))
        .bind(department)
        .fetch_all(pool)
        .await
        .unwrap_or_else(|e| panic!("`{sql}`: {e}")))
}

async fn execute(db: &Db, sql: &'static str) {
    let outcome = dispatch!(db, |pool, backend| sqlx::query(statement(backend, sql))
        .execute(pool)
        .await
        .map(|_| ()));
    outcome.unwrap_or_else(|e| panic!("`{sql}`: {e}"));
}

crm_store::db_test!(async fn departments_roles_and_currencies_are_seeded(db) {
    type DepartmentRow = (i64, String, bool, Option<i64>, Option<i64>);
    let departments: Vec<DepartmentRow> = dispatch!(db, |pool, backend| sqlx::query_as(statement(
        backend,
        "SELECT id, name, works_globally, default_country_id, default_currency_id \
         FROM departments ORDER BY id"
    ))
    .fetch_all(pool)
    .await
    .expect("departments"));
    assert_eq!(
        departments,
        [
            (GLOBAL_SALES, "Global sales".to_owned(), true, None, None),
            (LOCAL_SALES, "Local sales".to_owned(), false, Some(190), Some(1)),
            (3, "Bookkeeping".to_owned(), false, None, None),
        ]
    );
    let local_defaults: (String, String) = dispatch!(db, |pool, backend| sqlx::query_as(statement(
        backend,
        "SELECT c.name, cu.name FROM departments d \
         JOIN countries c ON c.id = d.default_country_id \
         JOIN currencies cu ON cu.id = d.default_currency_id WHERE d.name = 'Local sales'"
    ))
    .fetch_one(pool)
    .await
    .expect("Local sales defaults"));
    assert_eq!(local_defaults, ("United States".to_owned(), "USD".to_owned()));

    let roles: Vec<String> = dispatch!(db, |pool, backend| sqlx::query_scalar(statement(
        backend,
        "SELECT name FROM roles ORDER BY id"
    ))
    .fetch_all(pool)
    .await
    .expect("roles"));
    assert_eq!(
        roles,
        [
            "managers",
            "operators",
            "superoperators",
            "chiefs",
            "accountants",
            "task_operators",
            "co-workers",
            "department heads"
        ]
    );

    let currencies: Vec<(String, Exact, Exact, bool, bool, bool)> =
        dispatch!(db, |pool, backend| sqlx::query_as(statement(
            backend,
            "SELECT name, rate_to_state_currency, rate_to_marketing_currency, is_state_currency, \
             is_marketing_currency, auto_update FROM currencies ORDER BY id"
        ))
        .fetch_all(pool)
        .await
        .expect("currencies"));
    let shown: Vec<(String, String, String, bool, bool, bool)> = currencies
        .into_iter()
        .map(|(name, state, marketing, is_state, is_marketing, auto)| {
            (name, state.0.to_string(), marketing.0.to_string(), is_state, is_marketing, auto)
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("USD".into(), "0.83000000".into(), "1.00000000".into(), false, true, true),
            ("EUR".into(), "1.00000000".into(), "1.20000000".into(), true, false, true),
        ]
    );
});

crm_store::db_test!(async fn every_sales_department_has_its_stages_in_order(db) {
    type StageRow = (i16, String, bool, bool, bool, bool, bool);
    for department in SALES {
        let stages: Vec<StageRow> = dispatch!(db, |pool, backend| sqlx::query_as(statement(
            backend,
            "SELECT index_number, name, is_default, second_default, success_stage, \
             conditional_success_stage, goods_shipped FROM stages \
             WHERE department_id = ? ORDER BY index_number"
        ))
        .bind(department)
        .fetch_all(pool)
        .await
        .expect("stages"));
        let names: Vec<&str> = stages.iter().map(|s| s.1.as_str()).collect();
        assert_eq!(
            names,
            [
                "request",
                "analysis of request",
                "clarification of the requirements",
                "price offer",
                "commercial proposal",
                "commercial offer",
                "agreement",
                "invoice",
                "receiving the first payment",
                "shipment",
                "closed (successful)"
            ]
        );
        let indexes: Vec<i16> = stages.iter().map(|s| s.0).collect();
        assert_eq!(indexes, (1..=11).collect::<Vec<i16>>());
        let flagged = |flag: fn(&StageRow) -> bool| -> Vec<&str> {
            stages.iter().filter(|s| flag(s)).map(|s| s.1.as_str()).collect()
        };
        assert_eq!(flagged(|s| s.2), ["request"], "default");
        assert_eq!(flagged(|s| s.3), ["analysis of request"], "second default");
        assert_eq!(flagged(|s| s.4), ["closed (successful)"], "success");
        assert_eq!(flagged(|s| s.5), ["receiving the first payment"], "conditional success");
        assert_eq!(flagged(|s| s.6), ["shipment"], "goods shipped");
    }
    assert_eq!(count_in(&db, "SELECT COUNT(*) FROM stages WHERE department_id = ?", 3).await, 0);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM stages").await, 22);
});

crm_store::db_test!(async fn every_sales_department_has_its_lists(db) {
    for department in SALES {
        let reasons: Vec<(i16, String, bool)> = dispatch!(db, |pool, backend| sqlx::query_as(
            statement(
                backend,
                "SELECT index_number, name, success_reason FROM closing_reasons \
                 WHERE department_id = ? ORDER BY index_number"
            )
        )
        .bind(department)
        .fetch_all(pool)
        .await
        .expect("closing reasons"));
        assert_eq!(
            reasons,
            [
                (1, "The client is not responding".to_owned(), false),
                (2, "Specifications are not suitable".to_owned(), false),
                (3, "The deal was closed successfully".to_owned(), true),
                (4, "Purchase postponed".to_owned(), false),
                (5, "The price is not competitive".to_owned(), false),
            ]
        );
        let client_types = names_in(
            &db,
            "SELECT name FROM client_types WHERE department_id = ? ORDER BY id",
            department,
        )
        .await;
        assert_eq!(client_types, ["distributor", "dealer", "reseller", "end customer", "competitor"]);
        let industries = names_in(
            &db,
            "SELECT name FROM industries WHERE department_id = ? ORDER BY id",
            department,
        )
        .await;
        assert_eq!(
            industries,
            [
                "railway",
                "aviation",
                "oil & gas",
                "power generation",
                "metallurgy",
                "shipbuilding",
                "automotive industry",
                "capital construction",
                "service companies",
                "educational institutions"
            ]
        );
        let sources: Vec<(String, String, String, String)> = dispatch!(db, |pool, backend| {
            sqlx::query_as(statement(
                backend,
                "SELECT name, email, form_template, success_template FROM lead_sources \
                 WHERE department_id = ? ORDER BY id",
            ))
            .bind(department)
            .fetch_all(pool)
            .await
            .expect("lead sources")
        });
        let none = String::new;
        assert_eq!(
            sources,
            [
                ("distributor".to_owned(), none(), none(), none()),
                ("website form".to_owned(), none(), none(), none()),
                ("website email".to_owned(), none(), none(), none()),
                ("exhibition".to_owned(), none(), none(), none()),
                (
                    "website form (iframe)".to_owned(),
                    none(),
                    "contact form".to_owned(),
                    "thank-you page".to_owned()
                ),
            ]
        );
    }
    for table_count in [
        "SELECT COUNT(*) FROM closing_reasons WHERE department_id = ?",
        "SELECT COUNT(*) FROM client_types WHERE department_id = ?",
        "SELECT COUNT(*) FROM industries WHERE department_id = ?",
        "SELECT COUNT(*) FROM lead_sources WHERE department_id = ?",
    ] {
        assert_eq!(count_in(&db, table_count, 3).await, 0, "Bookkeeping gets none: {table_count}");
    }
});

/// A canonical lowercase UUID: 8-4-4-4-12 lowercase hex digits.
fn is_lowercase_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)))
}

crm_store::db_test!(async fn lead_sources_get_fresh_distinct_uuids(db) {
    let uuids: Vec<String> = dispatch!(db, |pool, backend| sqlx::query_scalar(statement(
        backend,
        "SELECT uuid FROM lead_sources ORDER BY id"
    ))
    .fetch_all(pool)
    .await
    .expect("uuids"));
    assert_eq!(uuids.len(), 10);
    for uuid in &uuids {
        assert!(is_lowercase_uuid(uuid), "not a lowercase UUID: {uuid}");
        // Random (version 4, RFC 4122 variant): a web-form token must not be guessable from the
        // time and host it was made on, as MariaDB's UUID() (version 1) would be.
        assert_eq!(&uuid[14..15], "4", "not a random UUID: {uuid}");
        assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"), "not an RFC 4122 UUID: {uuid}");
    }
    let distinct: std::collections::BTreeSet<&String> = uuids.iter().collect();
    assert_eq!(distinct.len(), uuids.len(), "{uuids:?}");
    // Upstream ships fixed UUIDs; none of them may appear in an installation.
    assert!(!uuids.iter().any(|u| u == "9e2bed05-9ef3-46bd-97a1-a20f9625f7b9"));
});

/// The url_name of every country whose name does not simply turn spaces into underscores.
const URL_NAME_EXCEPTIONS: [(&str, &str); 9] = [
    ("Congo, Republic of the", "Congo_CF"),
    ("Congo, Democratic Republic of the", "Congo_CG"),
    ("Cote d'Ivoire", "Cote_dIvoire"),
    ("Guinea-Bissau", "Guinea_Bissau"),
    ("North Korea", "North-Korea"),
    ("South Korea", "South-Korea"),
    ("Saint Vincent and the Grenadines", "Saint_Vincent"),
    ("Timor-Leste", "Timor_Leste"),
    ("(not set)", "not_set"),
];

crm_store::db_test!(async fn the_countries_are_upstreams_list(db) {
    let countries: Vec<(i64, String, String, String)> = dispatch!(db, |pool, backend| {
        sqlx::query_as(statement(
            backend,
            "SELECT id, name, alternative_names, url_name FROM countries ORDER BY id",
        ))
        .fetch_all(pool)
        .await
        .expect("countries")
    });
    assert_eq!(countries.len(), 201);
    let ids: Vec<i64> = countries.iter().map(|c| c.0).collect();
    assert_eq!(ids, (1..=201).collect::<Vec<i64>>());
    for (id, name, alternative_names, url_name) in &countries {
        let expected = URL_NAME_EXCEPTIONS
            .iter()
            .find(|(n, _)| n == name)
            .map_or_else(|| name.replace(' ', "_"), |(_, url)| (*url).to_owned());
        assert_eq!(*url_name, expected, "url_name of {name}");
        let alternatives = if name == "Turkiye" { "Turkey" } else { "" };
        assert_eq!(alternative_names, alternatives, "alternative names of {id} {name}");
    }
    let name_of = |id: i64| countries[usize::try_from(id - 1).expect("id")].1.as_str();
    assert_eq!(name_of(1), "Afghanistan");
    assert_eq!(name_of(28), "Myanmar");
    assert_eq!(name_of(30), "Cabo Verde");
    assert_eq!(name_of(183), "Turkiye");
    assert_eq!(name_of(190), "United States");
    assert_eq!(name_of(199), "Puerto Rico");
    assert_eq!(name_of(200), "(not set)");
    assert_eq!(name_of(201), "Cape Verde");
    for duplicate in ["Cabo Verde", "Cape Verde", "East Timor", "Timor-Leste", "Swaziland", "Macedonia"] {
        assert!(countries.iter().any(|c| c.1 == duplicate), "{duplicate} is kept");
    }
    assert_eq!(count(&db, "SELECT COUNT(*) FROM cities").await, 0, "no cities are seeded");
});

crm_store::db_test!(async fn the_settings_lists_and_rows_are_seeded(db) {
    let domains: Vec<String> = dispatch!(db, |pool, backend| sqlx::query_scalar(statement(
        backend,
        "SELECT domain FROM public_email_domains ORDER BY id"
    ))
    .fetch_all(pool)
    .await
    .expect("domains"));
    assert_eq!(domains.len(), 130);
    assert_eq!(domains.first().map(String::as_str), Some("126.com"));
    assert_eq!(domains.last().map(String::as_str), Some("bigpond.net.au"));
    for expected in ["gmail.com", "sw.uz.gov.ua", "yahoo.com.br", "t-online.de", "club-internet.fr"] {
        assert!(domains.iter().any(|d| d == expected), "{expected}");
    }
    assert!(domains.iter().all(|d| *d == d.to_lowercase()), "stored lowercase");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM banned_company_names").await, 0);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM stop_phrases").await, 0);

    let massmail: (i64, i32, bool, NaiveTime, NaiveTime, String) =
        dispatch!(db, |pool, backend| sqlx::query_as(statement(
            backend,
            "SELECT id, emails_per_day, use_business_time, business_time_start, business_time_end, \
             unsubscribe_url FROM massmail_settings"
        ))
        .fetch_one(pool)
        .await
        .expect("the one mass-mail settings row"));
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
    assert_eq!(
        massmail,
        (1, 94, false, at(8, 30), at(17, 30), "https://www.example.com/unsubscribe".to_owned())
    );
    let reminders: (i64, i64) = dispatch!(db, |pool, backend| sqlx::query_as(statement(
        backend,
        "SELECT id, check_interval FROM reminder_settings"
    ))
    .fetch_one(pool)
    .await
    .expect("the one reminder settings row"));
    assert_eq!(reminders, (1, 300));
});

crm_store::db_test!(async fn the_module_lists_are_seeded(db) {
    type StageRow = (String, i16, bool, bool, bool, bool);
    for table in [
        "SELECT name, index_number, is_default, done, in_progress, active FROM task_stages ORDER BY id",
        "SELECT name, index_number, is_default, done, in_progress, active FROM project_stages ORDER BY id",
    ] {
        let stages: Vec<StageRow> = dispatch!(db, |pool, backend| sqlx::query_as(statement(
            backend, table
        ))
        .fetch_all(pool)
        .await
        .expect("stages"));
        assert_eq!(
            stages,
            [
                ("pending".to_owned(), 1, true, false, false, true),
                ("in progress".to_owned(), 2, false, false, true, true),
                ("completed".to_owned(), 3, false, true, false, false),
                ("postponed".to_owned(), 4, false, false, false, true),
                ("canceled".to_owned(), 5, false, false, false, true),
            ],
            "{table}"
        );
    }
    let resolutions: Vec<(String, i16)> = dispatch!(db, |pool, backend| sqlx::query_as(statement(
        backend,
        "SELECT name, index_number FROM resolutions ORDER BY index_number"
    ))
    .fetch_all(pool)
    .await
    .expect("resolutions"));
    let expected = [
        "on approval",
        "for consideration",
        "to make a decision",
        "payment of regular expenses",
        "for information",
        "for the record",
    ];
    assert_eq!(
        resolutions,
        expected.iter().zip(1..).map(|(n, i)| ((*n).to_owned(), i)).collect::<Vec<_>>()
    );
    for department in SALES {
        let signals: Vec<(String, i16)> = dispatch!(db, |pool, backend| sqlx::query_as(statement(
            backend,
            "SELECT name, weight FROM transaction_quality_signals WHERE department_id = ? ORDER BY id"
        ))
        .bind(department)
        .fetch_all(pool)
        .await
        .expect("signals"));
        let expected = [
            ("Missed delivery deadline", -5),
            ("Early delivery", 5),
            ("Incorrect product quality", -10),
            ("Incompleteness", -10),
            ("Non-functional product", -15),
            ("Reputational losses in front of a partner", -15),
            ("Late response", -10),
        ];
        assert_eq!(
            signals,
            expected.iter().map(|(n, w)| ((*n).to_owned(), *w)).collect::<Vec<_>>()
        );
    }
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM transaction_quality_signals WHERE notes = ''").await,
        0,
        "every signal has its note"
    );
});

/// Every table the seed fills, with its row count after installation.
const SEEDED: [(&str, i64); 17] = [
    ("SELECT COUNT(*) FROM departments", 3),
    ("SELECT COUNT(*) FROM roles", 8),
    ("SELECT COUNT(*) FROM currencies", 2),
    ("SELECT COUNT(*) FROM countries", 201),
    ("SELECT COUNT(*) FROM stages", 22),
    ("SELECT COUNT(*) FROM closing_reasons", 10),
    ("SELECT COUNT(*) FROM client_types", 10),
    ("SELECT COUNT(*) FROM industries", 20),
    ("SELECT COUNT(*) FROM lead_sources", 10),
    ("SELECT COUNT(*) FROM public_email_domains", 130),
    ("SELECT COUNT(*) FROM massmail_settings", 1),
    ("SELECT COUNT(*) FROM reminder_settings", 1),
    ("SELECT COUNT(*) FROM installation_settings", 1),
    ("SELECT COUNT(*) FROM task_stages", 5),
    ("SELECT COUNT(*) FROM project_stages", 5),
    ("SELECT COUNT(*) FROM resolutions", 6),
    ("SELECT COUNT(*) FROM transaction_quality_signals", 14),
];

async fn seeded_counts(db: &Db) -> Vec<i64> {
    let mut counts = Vec::new();
    for (sql, _) in SEEDED {
        counts.push(count(db, sql).await);
    }
    counts
}

crm_store::db_test!(async fn migrating_again_inserts_nothing_and_keeps_edits(db) {
    let installed = seeded_counts(&db).await;
    assert_eq!(installed, SEEDED.map(|(_, n)| n).to_vec());

    execute(
        &db,
        "UPDATE stages SET name = 'First contact' WHERE department_id = 1 AND index_number = 1",
    )
    .await;
    execute(&db, "UPDATE countries SET alternative_names = 'USA,America' WHERE id = 190").await;
    execute(&db, "DELETE FROM public_email_domains WHERE domain = 'aol.com'").await;

    db.migrate().await.expect("a second migration run is a no-op");
    assert_eq!(db.schema_version().await.expect("version"), db.latest_known_version());

    let mut expected = installed;
    let domains = SEEDED
        .iter()
        .position(|(sql, _)| sql.ends_with("public_email_domains"))
        .expect("domains are seeded");
    expected[domains] -= 1; // the deleted domain stays deleted
    assert_eq!(seeded_counts(&db).await, expected);
    assert_eq!(
        names_in(&db, "SELECT name FROM stages WHERE department_id = ? AND index_number = 1", 1).await,
        ["First contact"]
    );
    assert_eq!(
        names_in(&db, "SELECT alternative_names FROM countries WHERE id = ?", 190).await,
        ["USA,America"]
    );
});
