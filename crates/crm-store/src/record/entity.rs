//! The descriptor of a stored entity.

/// How a column is stored and crosses to JSON. The integer kinds match the declared SQL type,
/// because PostgreSQL refuses to decode an INTEGER column as a 64-bit integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// SMALLINT.
    I16,
    /// INTEGER.
    I32,
    /// BIGINT, ids and foreign keys.
    I64,
    Text,
    Bool,
    /// DECIMAL(18,2), as a JSON string with two decimals.
    Money,
    /// DECIMAL(18,8), as a JSON string with eight decimals.
    Rate,
    /// DATE, as `YYYY-MM-DD`.
    Date,
    /// Timestamp in UTC, as RFC 3339.
    Time,
    /// A JSON document.
    Json,
}

/// One editable column.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The spec's field name: the JSON key.
    pub field: &'static str,
    /// The SQL column; differs from `field` only for SQL reserved words (`case` → `is_case`).
    pub column: &'static str,
    pub kind: Kind,
}

impl Column {
    pub const fn new(field: &'static str, kind: Kind) -> Column {
        Column {
            field,
            column: field,
            kind,
        }
    }

    pub const fn renamed(field: &'static str, column: &'static str, kind: Kind) -> Column {
        Column { field, column, kind }
    }
}

/// A many-to-many set stored in a link table, crossing as a JSON array of ids.
#[derive(Debug, Clone, Copy)]
pub struct Link {
    /// The JSON key, e.g. `tag_ids`.
    pub field: &'static str,
    pub table: &'static str,
    /// The link table's column naming this entity, e.g. `company_id`.
    pub own: &'static str,
    /// The link table's column naming the linked row, e.g. `tag_id`.
    pub other: &'static str,
}

/// How a list filter compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterOp {
    /// `column = value`.
    Eq,
    /// `column >= value`.
    From,
    /// `column < value`.
    Until,
    /// The record links to the value through the named link (by its JSON field).
    HasLink(&'static str),
    /// `column = value OR <the other column> = value`, e.g. the deals a user owns or co-owns.
    Either(&'static str),
    /// `column IN (ids)`, the value a JSON array; an empty array matches nothing. How a list is
    /// held to the departments its user may see.
    In,
    /// The record's parent row (through the foreign key `column`) has `parent_column` equal to
    /// the value, e.g. a payment whose deal is owned by a user.
    ParentEq {
        table: &'static str,
        parent_column: &'static str,
    },
    /// As [`FilterOp::ParentEq`] with a JSON array of ids, e.g. payments of deals of the visible
    /// departments.
    ParentIn {
        table: &'static str,
        parent_column: &'static str,
    },
    /// As [`FilterOp::ParentEq`], matching when either of two columns of the parent row holds the
    /// value, e.g. a shipment of a deal a user owns or co-owns.
    ParentEither {
        table: &'static str,
        parent_column: &'static str,
        other: &'static str,
    },
    /// `column IS NOT NULL` for the value `true`, `IS NULL` for `false`.
    Present,
    /// `column` is among the `key` values of the rows of `table` whose filter column holds the
    /// value, e.g. deals (`id`) with an output (`outputs.deal_id`) of a product, or deals whose
    /// company (`company_id`) is linked to an industry (`company_industries.company_id`).
    Related {
        table: &'static str,
        key: &'static str,
        column: &'static str,
    },
}

/// A filter a list accepts: the JSON key of the typed filter, the column, the comparison.
#[derive(Debug, Clone, Copy)]
pub struct Filter {
    pub key: &'static str,
    pub column: &'static str,
    pub kind: Kind,
    pub op: FilterOp,
}

impl Filter {
    pub const fn eq(key: &'static str, kind: Kind) -> Filter {
        Filter {
            key,
            column: key,
            kind,
            op: FilterOp::Eq,
        }
    }

    pub const fn from(key: &'static str, column: &'static str, kind: Kind) -> Filter {
        Filter {
            key,
            column,
            kind,
            op: FilterOp::From,
        }
    }

    pub const fn until(key: &'static str, column: &'static str, kind: Kind) -> Filter {
        Filter {
            key,
            column,
            kind,
            op: FilterOp::Until,
        }
    }

    pub const fn either(key: &'static str, column: &'static str, other: &'static str) -> Filter {
        Filter {
            key,
            column,
            kind: Kind::I64,
            op: FilterOp::Either(other),
        }
    }

    pub const fn within(key: &'static str, column: &'static str) -> Filter {
        Filter {
            key,
            column,
            kind: Kind::I64,
            op: FilterOp::In,
        }
    }

    /// Filters on `parent_column` of the row in `table` that the foreign key `column` names.
    pub const fn parent(
        key: &'static str,
        column: &'static str,
        table: &'static str,
        parent_column: &'static str,
        many: bool,
    ) -> Filter {
        Filter {
            key,
            column,
            kind: Kind::I64,
            op: if many {
                FilterOp::ParentIn { table, parent_column }
            } else {
                FilterOp::ParentEq { table, parent_column }
            },
        }
    }

    /// Filters on the row in `table` that the foreign key `column` names, by either of its
    /// columns `parent_column` and `other`.
    pub const fn parent_either(
        key: &'static str,
        column: &'static str,
        table: &'static str,
        parent_column: &'static str,
        other: &'static str,
    ) -> Filter {
        Filter {
            key,
            column,
            kind: Kind::I64,
            op: FilterOp::ParentEither {
                table,
                parent_column,
                other,
            },
        }
    }

    /// Whether `column` holds a value.
    pub const fn present(key: &'static str, column: &'static str) -> Filter {
        Filter {
            key,
            column,
            kind: Kind::Bool,
            op: FilterOp::Present,
        }
    }

    /// See [`FilterOp::Related`]: `column` in `SELECT related_key FROM table WHERE related_column = value`.
    pub const fn related(
        key: &'static str,
        column: &'static str,
        table: &'static str,
        related_key: &'static str,
        related_column: &'static str,
    ) -> Filter {
        Filter {
            key,
            column,
            kind: Kind::I64,
            op: FilterOp::Related {
                table,
                key: related_key,
                column: related_column,
            },
        }
    }

    pub const fn has_link(key: &'static str, link_field: &'static str) -> Filter {
        Filter {
            key,
            column: "id",
            kind: Kind::I64,
            op: FilterOp::HasLink(link_field),
        }
    }
}

/// Everything the generic operations need to know about one table.
#[derive(Debug)]
pub struct Entity {
    /// The entity key of history rows and generic links, e.g. `company`.
    pub key: &'static str,
    pub table: &'static str,
    /// The columns a create or update writes (not id, timestamps, version, deleted_at).
    pub columns: &'static [Column],
    /// Columns read with the record but never written by create or update (set by their own
    /// actions, e.g. an uploaded logo, or once at creation, e.g. the token).
    pub read_only: &'static [Column],
    pub links: &'static [Link],
    /// Soft-deletable: has `deleted_at`; lists show live rows unless asked for the trash.
    pub soft_delete: bool,
    /// Fields folded into the `search_text` column; empty when the entity is not searchable.
    pub search: &'static [&'static str],
    /// A column that gets a fresh random token on create (`token`), if any.
    pub token: Option<&'static str>,
    /// Has `modified_by_id`, set to the acting user on every write.
    pub modified_by: bool,
    /// Whitelisted sort fields with their kinds; the first is the default. Only NOT NULL columns.
    pub sorts: &'static [(&'static str, Kind)],
    pub filters: &'static [Filter],
}

impl Entity {
    pub(crate) fn link(&self, field: &str) -> Option<&Link> {
        self.links.iter().find(|link| link.field == field)
    }

    pub(crate) fn sort(&self, field: &str) -> Option<(&'static str, Kind)> {
        self.sorts.iter().copied().find(|(name, _)| *name == field)
    }
}
