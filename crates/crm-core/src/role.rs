//! Role (DOMAIN.md §2.2): a named permission set a user may hold.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Violations};

/// Longest role name (`str(150)`).
pub const NAME_MAX: usize = 150;

/// A role as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Role {
    pub id: Id,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fixed roles the permission matrix (§9.1) is written for. Roles are found by name, so these
/// names are stable keys, not labels: the UI shows a translated label per role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum FixedRole {
    #[serde(rename = "managers")]
    Managers,
    #[serde(rename = "operators")]
    Operators,
    #[serde(rename = "superoperators")]
    Superoperators,
    #[serde(rename = "chiefs")]
    Chiefs,
    #[serde(rename = "accountants")]
    Accountants,
    #[serde(rename = "task_operators")]
    TaskOperators,
    #[serde(rename = "co-workers")]
    CoWorkers,
    #[serde(rename = "department heads")]
    DepartmentHeads,
}

impl FixedRole {
    pub const ALL: [FixedRole; 8] = [
        FixedRole::Managers,
        FixedRole::Operators,
        FixedRole::Superoperators,
        FixedRole::Chiefs,
        FixedRole::Accountants,
        FixedRole::TaskOperators,
        FixedRole::CoWorkers,
        FixedRole::DepartmentHeads,
    ];

    /// The stored role name.
    pub fn name(self) -> &'static str {
        match self {
            FixedRole::Managers => "managers",
            FixedRole::Operators => "operators",
            FixedRole::Superoperators => "superoperators",
            FixedRole::Chiefs => "chiefs",
            FixedRole::Accountants => "accountants",
            FixedRole::TaskOperators => "task_operators",
            FixedRole::CoWorkers => "co-workers",
            FixedRole::DepartmentHeads => "department heads",
        }
    }

    /// The fixed role stored under `name`, if it is one.
    pub fn from_name(name: &str) -> Option<FixedRole> {
        FixedRole::ALL.into_iter().find(|role| role.name() == name)
    }
}

/// The fields an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct RoleInput {
    pub name: String,
}

impl RoleInput {
    /// Trims the name and enforces "required" and the column length.
    pub fn validate(mut self) -> Result<RoleInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        v.into_result(self)
    }
}

/// The filters of the role list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct RoleFilter {
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name.
    pub text: Option<String>,
}

/// The columns the role list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RoleSort {
    #[default]
    Name,
    CreatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error, StrDeserializer};

    #[test]
    fn a_role_needs_a_name_of_at_most_150_characters() {
        let rule = |name: &str| {
            RoleInput { name: name.into() }
                .validate()
                .err()
                .map(|v| v.0[0].rule.clone())
        };
        assert_eq!(rule("  "), Some(Rule::Required));
        assert_eq!(
            rule(&"ß".repeat(NAME_MAX)),
            None,
            "counted in characters, not bytes"
        );
        assert_eq!(
            rule(&"ß".repeat(NAME_MAX + 1)),
            Some(Rule::TooLong { max: NAME_MAX })
        );
    }

    #[test]
    fn fixed_roles_round_trip_through_their_stored_names() {
        for role in FixedRole::ALL {
            assert_eq!(FixedRole::from_name(role.name()), Some(role));
            let de: StrDeserializer<Error> = role.name().into_deserializer();
            assert_eq!(
                FixedRole::deserialize(de).ok(),
                Some(role),
                "serde code of {role:?}"
            );
        }
        assert_eq!(FixedRole::from_name("Managers"), None);
    }
}
