//! Who may do what (DOMAIN.md §2.5 and §9): the role permission matrix (§9.1), list visibility
//! (R-PERM-1, R-PERM-2, R-PAY-2, R-SHIP-1, R-COMP-5), edit and delete rights on a row (R-PERM-4,
//! R-PERM-5, R-PAY-3, R-EMAIL-6), the deal fields chiefs may not change (R-DEAL-15) and the
//! department rules of R-USER-2 … R-USER-4 and R-GEN-2.
//!
//! Pure: the store loads the facts (who acts, a row's owner and department), this module decides.
//! Every command and list asks here (R-PERM-7); the UI only mirrors the answers.

use serde::{Deserialize, Serialize};

use crate::Id;
use crate::role::FixedRole;

/// R-USER-4: the department of a user who belongs to `department_ids` is the first one (lowest
/// id), or none.
pub fn department_of(department_ids: &[Id]) -> Option<Id> {
    department_ids.iter().min().copied()
}

/// R-USER-4 and R-GEN-2: the department a new record with an empty department takes:
/// `department_of(owner)` when the record has an owner (`owner_department_ids` = the owner's
/// departments; an owner without departments gives none), else the acting user's current
/// department.
pub fn default_department(owner_department_ids: Option<&[Id]>, actor_current: Option<Id>) -> Option<Id> {
    match owner_department_ids {
        Some(ids) => department_of(ids),
        None => actor_current,
    }
}

/// R-GEN-2: whether a record may be saved with this department and an owner who belongs to
/// `owner_department_ids`: a set department must be one of the owner's (else "Department and
/// Owner do not match"); an empty department always matches. Call it only when the record has an
/// owner.
pub fn department_matches_owner(owner_department_ids: &[Id], department: Option<Id>) -> bool {
    department.is_none_or(|department| owner_department_ids.contains(&department))
}

/// §9.1: one permission a user may hold on an entity ("a", "c", "d", "v" in the matrix).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Perm {
    Add,
    Change,
    Delete,
    View,
}

impl Perm {
    /// §9.1: every permission, in the matrix's order.
    pub const ALL: [Perm; 4] = [Perm::Add, Perm::Change, Perm::Delete, Perm::View];

    /// The letter of the §9.1 matrix.
    fn letter(self) -> char {
        match self {
            Perm::Add => 'a',
            Perm::Change => 'c',
            Perm::Delete => 'd',
            Perm::View => 'v',
        }
    }
}

/// §9.1: the entities the role permission matrix is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Resource {
    Request,
    Deal,
    Company,
    Contact,
    Lead,
    CrmEmail,
    City,
    Product,
    ClosingReason,
    /// A CRM tag (R-PERM-5).
    Tag,
    Currency,
    /// A payment of a deal; its row rights follow R-PAY-3 with the deal's facts.
    Payment,
    /// A product line of a deal; its row rights follow the deal's (R-PERM-4).
    Output,
    /// The Shipments list: outputs with a shipping date (R-SHIP-1).
    Shipment,
    /// The analytics reports other than the income report (R-PERM-6: view only).
    Analytics,
    /// The income report and its stored snapshots (R-PERM-6: view only).
    IncomeReport,
    EmailAccount,
    EmlMessage,
    Signature,
    MailingOut,
    QualitySignal,
    /// A transaction-quality event of a deal; its row rights follow the deal's (R-PERM-4).
    QualityEvent,
    PublicEmailDomain,
    StopPhrase,
    TaskStage,
    ProjectStage,
    Resolution,
    Task,
    Project,
    Memo,
    TaskTag,
    Reminder,
    /// A file attached to a record. R-GEN-10: whoever may edit the record may also add, replace
    /// or remove its attachments; ask [`may_edit`] about the record itself for that.
    Attachment,
    ChatMessage,
    HelpPage,
    /// Admin-only data (§9.1): stages, client types, industries, lead sources, product
    /// categories, countries, rates, departments, users, roles and settings.
    Reference,
}

impl Resource {
    /// §9.1: every entity of the matrix.
    pub const ALL: [Resource; 36] = [
        Resource::Request,
        Resource::Deal,
        Resource::Company,
        Resource::Contact,
        Resource::Lead,
        Resource::CrmEmail,
        Resource::City,
        Resource::Product,
        Resource::ClosingReason,
        Resource::Tag,
        Resource::Currency,
        Resource::Payment,
        Resource::Output,
        Resource::Shipment,
        Resource::Analytics,
        Resource::IncomeReport,
        Resource::EmailAccount,
        Resource::EmlMessage,
        Resource::Signature,
        Resource::MailingOut,
        Resource::QualitySignal,
        Resource::QualityEvent,
        Resource::PublicEmailDomain,
        Resource::StopPhrase,
        Resource::TaskStage,
        Resource::ProjectStage,
        Resource::Resolution,
        Resource::Task,
        Resource::Project,
        Resource::Memo,
        Resource::TaskTag,
        Resource::Reminder,
        Resource::Attachment,
        Resource::ChatMessage,
        Resource::HelpPage,
        Resource::Reference,
    ];

    /// R-PERM-1: lists of these entities show only rows of the user's department scope.
    pub fn is_department_scoped(self) -> bool {
        matches!(
            self,
            Resource::Company
                | Resource::Contact
                | Resource::Lead
                | Resource::Request
                | Resource::Deal
                | Resource::CrmEmail
                | Resource::Tag
                | Resource::Product
                | Resource::MailingOut
                | Resource::Analytics
                | Resource::IncomeReport
        )
    }

    /// R-PERM-6: reports are read-only for everyone.
    pub fn is_report(self) -> bool {
        matches!(self, Resource::Analytics | Resource::IncomeReport)
    }

    /// §9.1: nobody adds these directly; deals come from requests (R-DEAL-1), shipments from
    /// outputs (R-SHIP-1), mailings from recipient lists.
    pub fn is_never_added(self) -> bool {
        matches!(self, Resource::Deal | Resource::Shipment | Resource::MailingOut)
    }
}

/// §9.1: a permission granted to one user without a role, e.g. a storekeeper who may view and
/// change shipments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub struct Grant {
    pub resource: Resource,
    pub perm: Perm,
}

/// §2 and §9: the user who acts, as the permission rules see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Actor {
    pub user_id: Id,
    /// §2.1: CRM administrator, every permission in every department.
    pub is_superuser: bool,
    /// §2.1: inactive users cannot use the CRM.
    pub is_active: bool,
    /// §2.1: must be true to use the CRM.
    pub is_staff: bool,
    /// §2.2: the fixed roles the user holds.
    pub roles: Vec<FixedRole>,
    /// §2.3: the departments the user belongs to.
    pub department_ids: Vec<Id>,
    /// R-USER-3: the department chosen in the switcher; none = "All". Ignored for users who may
    /// not switch.
    pub chosen_department_id: Option<Id>,
    /// §9.1: permissions granted to this user individually.
    pub grants: Vec<Grant>,
}

impl Actor {
    /// §2.2: whether the user holds `role`.
    pub fn has_role(&self, role: FixedRole) -> bool {
        self.roles.contains(&role)
    }

    /// §2.1: only active staff users use the CRM; everybody else holds no permission at all.
    pub fn may_use_crm(&self) -> bool {
        self.is_active && self.is_staff
    }

    /// §2.2: holds `managers` (a sales manager).
    pub fn is_manager(&self) -> bool {
        self.has_role(FixedRole::Managers)
    }

    /// §2.2: holds `chiefs`.
    pub fn is_chief(&self) -> bool {
        self.has_role(FixedRole::Chiefs)
    }

    /// §2.2: holds `accountants`.
    pub fn is_accountant(&self) -> bool {
        self.has_role(FixedRole::Accountants)
    }

    /// §2.2: holds `task_operators`.
    pub fn is_task_operator(&self) -> bool {
        self.has_role(FixedRole::TaskOperators)
    }

    /// R-USER-2: holds `superoperators`, or holds `operators` and belongs to more than one
    /// department.
    pub fn is_superoperator(&self) -> bool {
        self.has_role(FixedRole::Superoperators)
            || (self.has_role(FixedRole::Operators) && self.belongs_to_several_departments())
    }

    /// R-USER-2: holds `operators` and is not a superoperator.
    pub fn is_plain_operator(&self) -> bool {
        self.has_role(FixedRole::Operators) && !self.is_superoperator()
    }

    /// R-USER-3: superusers, chiefs, superoperators and accountants choose their current
    /// department; everybody else works in their own.
    pub fn may_switch_department(&self) -> bool {
        self.is_superuser || self.is_chief() || self.is_superoperator() || self.is_accountant()
    }

    /// R-USER-3: the department the user works in; none = "All". Users who may switch get their
    /// choice, everybody else [`Actor::department_of`]. **Decision** (R-PERM-7): a superoperator
    /// who is not also a superuser, chief or accountant can only choose one of their own
    /// departments; another choice counts as "All" (= all their departments, R-PERM-1).
    pub fn current_department(&self) -> Option<Id> {
        if !self.may_switch_department() {
            return self.department_of();
        }
        let chosen = self.chosen_department_id?;
        let any_department = self.is_superuser || self.is_chief() || self.is_accountant();
        (any_department || self.belongs_to(chosen)).then_some(chosen)
    }

    /// R-USER-4: the user's first department (lowest id), or none.
    pub fn department_of(&self) -> Option<Id> {
        department_of(&self.department_ids)
    }

    /// §2.3: whether the user belongs to `department`.
    pub fn belongs_to(&self, department: Id) -> bool {
        self.department_ids.contains(&department)
    }

    fn belongs_to_several_departments(&self) -> bool {
        let mut ids = self.department_ids.iter();
        ids.next().is_some_and(|first| ids.any(|id| id != first))
    }

    /// The user's departments, ascending and without repeats.
    fn own_departments(&self) -> Vec<Id> {
        let mut ids = self.department_ids.clone();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// §9.1: whether `actor` holds `perm` on `resource`, from their roles, their individual grants or
/// being a superuser. Users who are not active staff hold nothing.
///
/// **Decisions:** nobody, not even a superuser, *adds* a Deal, Shipment or MailingOut through a
/// plain create (they come from requests, outputs and recipient lists, which have their own
/// commands); reports are view-only for superusers too (R-PERM-6).
pub fn permitted(actor: &Actor, resource: Resource, perm: Perm) -> bool {
    if !actor.may_use_crm()
        || (resource.is_report() && perm != Perm::View)
        || (resource.is_never_added() && perm == Perm::Add)
    {
        return false;
    }
    actor.is_superuser
        || actor
            .roles
            .iter()
            .any(|&role| role_permissions(role, resource).contains(perm.letter()))
        || actor.grants.contains(&Grant { resource, perm })
}

/// §9.1: the letters of one cell of the matrix. `superoperators` and `department heads` add no
/// permissions by themselves.
fn role_permissions(role: FixedRole, resource: Resource) -> &'static str {
    match role {
        FixedRole::Managers => managers(resource),
        FixedRole::Operators => operators(resource),
        FixedRole::Chiefs => chiefs(resource),
        FixedRole::Accountants => accountants(resource),
        FixedRole::TaskOperators => task_operators(resource),
        FixedRole::CoWorkers => co_workers(resource),
        FixedRole::Superoperators | FixedRole::DepartmentHeads => "",
    }
}

fn managers(resource: Resource) -> &'static str {
    use Resource as R;
    match resource {
        R::Request | R::Currency => "acv",
        R::Deal | R::MailingOut => "cdv",
        R::Company
        | R::Contact
        | R::Lead
        | R::CrmEmail
        | R::City
        | R::Product
        | R::ClosingReason
        | R::Tag
        | R::Payment
        | R::Output
        | R::EmlMessage
        | R::Signature
        | R::QualitySignal
        | R::QualityEvent => "acdv",
        R::Shipment => "cv",
        R::Analytics | R::IncomeReport | R::EmailAccount => "v",
        _ => "",
    }
}

fn operators(resource: Resource) -> &'static str {
    use Resource as R;
    match resource {
        R::Request
        | R::Company
        | R::Contact
        | R::Lead
        | R::CrmEmail
        | R::City
        | R::Product
        | R::ClosingReason
        | R::PublicEmailDomain
        | R::StopPhrase => "acdv",
        R::Deal => "cdv",
        _ => "",
    }
}

fn chiefs(resource: Resource) -> &'static str {
    use Resource as R;
    match resource {
        R::Deal => "cv",
        R::Request
        | R::Company
        | R::Contact
        | R::Lead
        | R::CrmEmail
        | R::Product
        | R::Payment
        | R::Output
        | R::Shipment
        | R::Analytics
        | R::IncomeReport
        | R::EmlMessage
        | R::MailingOut
        | R::QualityEvent => "v",
        _ => "",
    }
}

fn accountants(resource: Resource) -> &'static str {
    match resource {
        Resource::Currency => "acv",
        Resource::Payment => "cv",
        Resource::IncomeReport => "v",
        _ => "",
    }
}

fn task_operators(resource: Resource) -> &'static str {
    match resource {
        Resource::TaskStage | Resource::ProjectStage | Resource::Resolution => "acdv",
        Resource::Shipment => "v",
        _ => "",
    }
}

fn co_workers(resource: Resource) -> &'static str {
    use Resource as R;
    match resource {
        R::Task | R::Project | R::Memo | R::TaskTag | R::Reminder | R::Attachment | R::ChatMessage => "acdv",
        R::HelpPage => "v",
        _ => "",
    }
}

/// R-PERM-1: the departments whose rows a list shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Every row, including rows with no department.
    All,
    /// Only rows of these departments (ascending); empty = no row at all.
    Departments(Vec<Id>),
}

impl Scope {
    /// R-PERM-1: whether a row of `department` is inside the scope. A row with no department is
    /// inside [`Scope::All`] only.
    pub fn contains(&self, department: Option<Id>) -> bool {
        match self {
            Scope::All => true,
            Scope::Departments(ids) => department.is_some_and(|department| ids.contains(&department)),
        }
    }
}

/// R-PERM-1 (R-PAY-2 for payments, R-SHIP-1 for shipments): the departments whose rows `actor`
/// sees in lists of `resource`.
///
/// For department-scoped entities: a user with a current department sees that department;
/// superusers, chiefs and accountants on "All" see every row; a superoperator on "All" sees all
/// their departments; a user with no department who may not switch sees nothing. Outputs and
/// quality events are scoped through their deal like deals. Shipments and the entities that are
/// not department-scoped are not narrowed ([`Scope::All`]); users who are not active staff see
/// nothing. The scope says nothing about the permission: ask [`permitted`] too.
pub fn list_scope(actor: &Actor, resource: Resource) -> Scope {
    if !actor.may_use_crm() {
        return Scope::Departments(Vec::new());
    }
    match resource {
        Resource::Payment => payment_scope(actor),
        Resource::Output | Resource::QualityEvent => department_scope(actor),
        resource if resource.is_department_scoped() => department_scope(actor),
        _ => Scope::All,
    }
}

/// R-PERM-1 for the department-scoped entities.
fn department_scope(actor: &Actor) -> Scope {
    if let Some(department) = actor.current_department() {
        Scope::Departments(vec![department])
    } else if actor.is_superuser || actor.is_chief() || actor.is_accountant() {
        Scope::All
    } else if actor.is_superoperator() {
        Scope::Departments(actor.own_departments())
    } else {
        Scope::Departments(Vec::new())
    }
}

/// R-PAY-2: superoperators see the payments of all their departments' deals (the department
/// filter narrows further); users with a current department who are not accountants see that
/// department's; accountants, and superusers and chiefs on "All", see every payment.
/// **Decision:** a user with no department who may not switch sees none (upstream: all).
fn payment_scope(actor: &Actor) -> Scope {
    if actor.is_superuser {
        return actor
            .current_department()
            .map_or(Scope::All, |department| Scope::Departments(vec![department]));
    }
    if actor.is_superoperator() {
        return Scope::Departments(actor.own_departments());
    }
    if actor.is_accountant() {
        return Scope::All;
    }
    match actor.current_department() {
        Some(department) => Scope::Departments(vec![department]),
        None if actor.is_chief() => Scope::All,
        None => Scope::Departments(Vec::new()),
    }
}

/// R-COMP-5 (the one exception of R-PERM-3): a search in the Companies list spans every
/// department for anyone who may view companies, so duplicates are found. Opening or editing a
/// found company still needs it to be inside [`list_scope`].
pub fn company_search_scope(actor: &Actor) -> Scope {
    if permitted(actor, Resource::Company, Perm::View) {
        Scope::All
    } else {
        list_scope(actor, Resource::Company)
    }
}

/// R-COMP-5: managers and operators (not superusers) searching companies are told "Attention! You
/// can only view companies associated with your department."
pub fn shows_company_search_notice(actor: &Actor) -> bool {
    !actor.is_superuser && (actor.is_manager() || actor.has_role(FixedRole::Operators))
}

/// R-PERM-2 (R-PAY-2 for payments): the owner a list of `resource` is filtered by until the user
/// picks another owner or "All" (owner *or co-owner* = the returned user); none = all owners.
///
/// Requests, deals, companies, contacts, leads, e-mails and the analytics reports default to the
/// sales manager's or operator's own rows; superusers, superoperators, chiefs who are not
/// managers, task operators and accountants default to all. Payments default to the user's own
/// deals except for chiefs, accountants and (**Decision**, as R-PERM-2 for admins) superusers.
pub fn default_owner_filter(actor: &Actor, resource: Resource) -> Option<Id> {
    use Resource as R;
    let own = match resource {
        R::Payment => !(actor.is_superuser || actor.is_chief() || actor.is_accountant()),
        R::Request
        | R::Deal
        | R::Company
        | R::Contact
        | R::Lead
        | R::CrmEmail
        | R::Analytics
        | R::IncomeReport => {
            let sells = actor.is_manager() || actor.has_role(FixedRole::Operators);
            let defaults_to_all = actor.is_superuser
                || actor.is_superoperator()
                || (actor.is_chief() && !actor.is_manager())
                || actor.is_task_operator()
                || actor.is_accountant();
            sells && !defaults_to_all
        }
        _ => false,
    };
    own.then_some(actor.user_id)
}

/// R-SHIP-1: sales managers who are not superoperators, chiefs or superusers see only shipments of
/// deals they own or co-own; this returns that user, none = no such restriction.
pub fn shipment_owner_restriction(actor: &Actor) -> Option<Id> {
    let restricted =
        actor.is_manager() && !(actor.is_superoperator() || actor.is_chief() || actor.is_superuser);
    restricted.then_some(actor.user_id)
}

/// R-PERM-4: what the rights on one row depend on. For child rows (payments, outputs, shipments,
/// quality events) pass the facts of their deal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RowFacts {
    pub owner_id: Option<Id>,
    pub co_owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

impl RowFacts {
    /// R-PERM-4: whether `user` is the row's owner or co-owner.
    pub fn is_owned_by(&self, user: Id) -> bool {
        self.owner_id == Some(user) || self.co_owner_id == Some(user)
    }
}

/// R-PERM-1, R-SHIP-1: whether `actor` may open a row of `resource`: they hold the view
/// permission and the row is inside their [`list_scope`] (and, for shipments, of a deal they own
/// or co-own when [`shipment_owner_restriction`] applies).
pub fn may_view(actor: &Actor, resource: Resource, row: &RowFacts) -> bool {
    permitted(actor, resource, Perm::View) && visible(actor, resource, row)
}

/// R-PERM-4 (R-PAY-3 for payments, R-PERM-5 for tags, R-SHIP-1 for shipments): whether `actor`
/// may change this row. Needs the role permission (§9.1) and a visible row (R-PERM-1), then the
/// row rule of the entity; entities without a row rule need only those two. For deals also
/// apply [`deal_fields_locked_for`]; for CRM e-mails prefer [`may_edit_email`] (R-EMAIL-6).
pub fn may_edit(actor: &Actor, resource: Resource, row: &RowFacts) -> bool {
    permitted(actor, resource, Perm::Change)
        && visible(actor, resource, row)
        && row_right(actor, resource, row, Perm::Change)
}

/// R-PERM-4 (R-PAY-3 for payments, R-PERM-5 for tags, R-SHIP-1 for shipments): whether `actor`
/// may delete this row; the same conditions as [`may_edit`] with the delete permission, and only
/// superusers delete tags.
pub fn may_delete(actor: &Actor, resource: Resource, row: &RowFacts) -> bool {
    permitted(actor, resource, Perm::Delete)
        && visible(actor, resource, row)
        && row_right(actor, resource, row, Perm::Delete)
}

/// R-EMAIL-6: whether `actor` may edit a CRM e-mail. Incoming and imported e-mails are read-only
/// for everyone; a sales manager who owns or co-owns the e-mail's deal (`deal`) may edit it;
/// otherwise R-PERM-4 on the e-mail itself.
pub fn may_edit_email(
    actor: &Actor,
    email: &RowFacts,
    deal: Option<&RowFacts>,
    incoming_or_imported: bool,
) -> bool {
    !incoming_or_imported
        && permitted(actor, Resource::CrmEmail, Perm::Change)
        && visible(actor, Resource::CrmEmail, email)
        && (r_perm_4(actor, email)
            || (actor.is_manager() && deal.is_some_and(|deal| deal.is_owned_by(actor.user_id))))
}

/// R-EMAIL-6: the e-mail fields `actor` may not change: the sent, incoming, inquiry and trash
/// flags (all but superusers) and, once the e-mail exists, its owner and ticket (everybody).
pub fn email_fields_locked_for(actor: &Actor, existing: bool) -> Vec<&'static str> {
    let mut fields = Vec::new();
    if !actor.is_superuser {
        fields.extend(["sent", "incoming", "inquiry", "trash"]);
    }
    if existing {
        fields.extend(["owner_id", "ticket"]);
    }
    fields
}

fn visible(actor: &Actor, resource: Resource, row: &RowFacts) -> bool {
    list_scope(actor, resource).contains(row.department_id)
        && (resource != Resource::Shipment
            || shipment_owner_restriction(actor).is_none_or(|user| row.is_owned_by(user)))
}

fn row_right(actor: &Actor, resource: Resource, row: &RowFacts, perm: Perm) -> bool {
    use Resource as R;
    match resource {
        R::Company
        | R::Contact
        | R::Lead
        | R::Request
        | R::Deal
        | R::CrmEmail
        | R::Output
        | R::QualityEvent => r_perm_4(actor, row),
        R::Payment => r_pay_3(actor, row, perm),
        R::Tag => r_perm_5(actor, row, perm),
        _ => true,
    }
}

/// R-PERM-4: superusers, chiefs and superoperators; plain operators on rows of their own
/// department; anyone on rows they own or co-own.
fn r_perm_4(actor: &Actor, row: &RowFacts) -> bool {
    actor.is_superuser
        || actor.is_chief()
        || actor.is_superoperator()
        || (actor.is_plain_operator()
            && row.department_id.is_some()
            && row.department_id == actor.department_of())
        || row.is_owned_by(actor.user_id)
}

/// R-PAY-3, `row` = the payment's deal: a sales manager changes or deletes a payment only when
/// they own or co-own its deal; a plain operator does not change a payment of another
/// department's deal. Accountants and superusers are not narrowed.
fn r_pay_3(actor: &Actor, deal: &RowFacts, perm: Perm) -> bool {
    if actor.is_superuser {
        return true;
    }
    let manager_ok = !actor.is_manager() || deal.is_owned_by(actor.user_id);
    let operator_ok = perm != Perm::Change
        || !actor.is_plain_operator()
        || (deal.department_id.is_some() && deal.department_id == actor.department_of());
    manager_ok && operator_ok
}

/// R-PERM-5 and R-REF-3: tags are renamed only by users of the tag's department (superusers
/// anywhere) and deleted only by superusers.
fn r_perm_5(actor: &Actor, tag: &RowFacts, perm: Perm) -> bool {
    actor.is_superuser
        || (perm != Perm::Delete
            && tag
                .department_id
                .is_some_and(|department| actor.belongs_to(department)))
}

/// R-DEAL-15: the deal fields a chief may change: next step, its date, the reminder flag,
/// importance and the co-owner.
pub const CHIEF_EDITABLE_DEAL_FIELDS: &[&str] = &[
    "next_step",
    "next_step_date",
    "remind_me",
    "important",
    "co_owner_id",
];

/// R-DEAL-15: every other field of a deal edit (`DealInput`), read-only to a chief. Products are
/// outputs, which chiefs may only view (§9.1).
pub const DEAL_FIELDS_LOCKED_FOR_CHIEFS: &[&str] = &[
    "name",
    "description",
    "stage_id",
    "closing_date",
    "amount",
    "currency_id",
    "closing_reason_id",
    "probability",
    "city_id",
    "country_id",
    "lead_id",
    "contact_id",
    "request_id",
    "company_id",
    "partner_contact_id",
    "relevant",
    "active",
    "tag_ids",
    "owner_id",
    "department_id",
];

/// R-DEAL-15: the deal fields `actor` may not change: [`DEAL_FIELDS_LOCKED_FOR_CHIEFS`] for a
/// chief who is neither a superuser nor a sales manager, none for everybody else.
pub fn deal_fields_locked_for(actor: &Actor) -> &'static [&'static str] {
    if actor.is_chief() && !actor.is_superuser && !actor.is_manager() {
        DEAL_FIELDS_LOCKED_FOR_CHIEFS
    } else {
        &[]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deal::DealInput;
    use FixedRole::{
        Accountants, Chiefs, CoWorkers, DepartmentHeads, Managers, Operators, Superoperators, TaskOperators,
    };

    const ME: Id = Id(100);
    const OTHER: Id = Id(200);

    fn ids(departments: &[i64]) -> Vec<Id> {
        departments.iter().map(|&id| Id(id)).collect()
    }

    fn actor(roles: &[FixedRole], departments: &[i64]) -> Actor {
        Actor {
            user_id: ME,
            is_superuser: false,
            is_active: true,
            is_staff: true,
            roles: roles.to_vec(),
            department_ids: ids(departments),
            chosen_department_id: None,
            grants: Vec::new(),
        }
    }

    fn admin(departments: &[i64]) -> Actor {
        Actor {
            is_superuser: true,
            ..actor(&[CoWorkers], departments)
        }
    }

    fn choosing(mut actor: Actor, department: i64) -> Actor {
        actor.chosen_department_id = Some(Id(department));
        actor
    }

    fn row(owner: Option<Id>, co_owner: Option<Id>, department: Option<i64>) -> RowFacts {
        RowFacts {
            owner_id: owner,
            co_owner_id: co_owner,
            department_id: department.map(Id),
        }
    }

    fn in_department(department: i64) -> RowFacts {
        row(Some(OTHER), None, Some(department))
    }

    fn departments(list: &[i64]) -> Scope {
        Scope::Departments(ids(list))
    }

    /// §9.1 as printed, one row per entity: managers, operators, chiefs, accountants,
    /// task_operators, co-workers.
    fn spec_row(resource: Resource) -> [&'static str; 6] {
        use Resource as R;
        match resource {
            R::Request => ["acv", "acdv", "v", "", "", ""],
            R::Deal => ["cdv", "cdv", "cv", "", "", ""],
            R::Company | R::Contact | R::Lead | R::CrmEmail | R::Product => ["acdv", "acdv", "v", "", "", ""],
            R::City | R::ClosingReason => ["acdv", "acdv", "", "", "", ""],
            R::Tag | R::Signature | R::QualitySignal => ["acdv", "", "", "", "", ""],
            R::Currency => ["acv", "", "", "acv", "", ""],
            R::Payment => ["acdv", "", "v", "cv", "", ""],
            R::Output | R::EmlMessage | R::QualityEvent => ["acdv", "", "v", "", "", ""],
            R::Shipment => ["cv", "", "v", "", "v", ""],
            R::Analytics => ["v", "", "v", "", "", ""],
            R::IncomeReport => ["v", "", "v", "v", "", ""],
            R::EmailAccount => ["v", "", "", "", "", ""],
            R::MailingOut => ["cdv", "", "v", "", "", ""],
            R::PublicEmailDomain | R::StopPhrase => ["", "acdv", "", "", "", ""],
            R::TaskStage | R::ProjectStage | R::Resolution => ["", "", "", "", "acdv", ""],
            R::Task | R::Project | R::Memo | R::TaskTag | R::Reminder | R::Attachment | R::ChatMessage => {
                ["", "", "", "", "", "acdv"]
            }
            R::HelpPage => ["", "", "", "", "", "v"],
            R::Reference => ["", "", "", "", "", ""],
        }
    }

    fn letters(actor: &Actor, resource: Resource) -> String {
        Perm::ALL
            .into_iter()
            .filter(|&perm| permitted(actor, resource, perm))
            .map(Perm::letter)
            .collect()
    }

    #[test]
    fn resource_all_lists_every_entity_once() {
        for (i, resource) in Resource::ALL.into_iter().enumerate() {
            assert!(
                !Resource::ALL[..i].contains(&resource),
                "{resource:?} listed twice"
            );
        }
    }

    #[test]
    fn s9_1_each_role_holds_exactly_its_cells_of_the_matrix() {
        let roles = [Managers, Operators, Chiefs, Accountants, TaskOperators, CoWorkers];
        for resource in Resource::ALL {
            for (role, expected) in roles.into_iter().zip(spec_row(resource)) {
                assert_eq!(
                    letters(&actor(&[role], &[1]), resource),
                    expected,
                    "{role:?} on {resource:?}"
                );
            }
        }
    }

    #[test]
    fn s9_1_superoperators_and_department_heads_add_no_permission() {
        for resource in Resource::ALL {
            assert_eq!(
                letters(&actor(&[Superoperators, DepartmentHeads], &[1, 2]), resource),
                ""
            );
        }
    }

    #[test]
    fn s9_1_roles_add_up() {
        let both = actor(&[Chiefs, Accountants], &[]);
        assert_eq!(letters(&both, Resource::Payment), "cv");
        assert_eq!(letters(&both, Resource::Currency), "acv");
        assert_eq!(letters(&both, Resource::Deal), "cv");
    }

    #[test]
    fn s9_1_superusers_hold_every_permission_but_the_never_added_and_report_ones() {
        let admin = admin(&[]);
        for resource in Resource::ALL {
            let expected = if resource.is_report() {
                "v"
            } else if resource.is_never_added() {
                "cdv"
            } else {
                "acdv"
            };
            assert_eq!(letters(&admin, resource), expected, "{resource:?}");
        }
    }

    #[test]
    fn s9_1_nobody_adds_a_deal_shipment_or_mailing_out_even_with_a_grant() {
        let mut storekeeper = actor(&[Managers], &[1]);
        storekeeper.grants = vec![
            Grant {
                resource: Resource::Deal,
                perm: Perm::Add,
            },
            Grant {
                resource: Resource::Shipment,
                perm: Perm::Add,
            },
        ];
        for resource in [Resource::Deal, Resource::Shipment, Resource::MailingOut] {
            assert!(!permitted(&storekeeper, resource, Perm::Add));
        }
    }

    #[test]
    fn s9_1_an_individual_grant_gives_that_permission_only() {
        let mut storekeeper = actor(&[CoWorkers], &[1]);
        storekeeper.grants = [Perm::View, Perm::Change]
            .into_iter()
            .map(|perm| Grant {
                resource: Resource::Shipment,
                perm,
            })
            .collect();
        assert_eq!(letters(&storekeeper, Resource::Shipment), "cv");
        assert_eq!(letters(&storekeeper, Resource::Output), "");
        assert!(may_edit(&storekeeper, Resource::Shipment, &in_department(2)));
    }

    #[test]
    fn r_perm_6_reports_are_view_only_even_with_a_grant() {
        let mut analyst = actor(&[Managers], &[1]);
        analyst.grants = vec![Grant {
            resource: Resource::Analytics,
            perm: Perm::Change,
        }];
        assert_eq!(letters(&analyst, Resource::Analytics), "v");
        assert_eq!(letters(&actor(&[Accountants], &[]), Resource::Analytics), "");
        assert_eq!(letters(&actor(&[Accountants], &[]), Resource::IncomeReport), "v");
    }

    #[test]
    fn s2_1_users_who_are_not_active_staff_hold_nothing() {
        let mut inactive = admin(&[1]);
        inactive.is_active = false;
        let mut not_staff = actor(&[Managers], &[1]);
        not_staff.is_staff = false;
        for user in [&inactive, &not_staff] {
            for resource in Resource::ALL {
                assert_eq!(letters(user, resource), "", "{resource:?}");
            }
            assert_eq!(list_scope(user, Resource::City), departments(&[]));
            assert!(!may_view(user, Resource::City, &RowFacts::default()));
        }
    }

    #[test]
    fn r_user_2_an_operator_of_several_departments_is_a_superoperator() {
        assert!(actor(&[Superoperators], &[1]).is_superoperator());
        assert!(actor(&[Superoperators], &[]).is_superoperator());
        let multi = actor(&[Operators], &[1, 2]);
        assert!(multi.is_superoperator());
        assert!(!multi.is_plain_operator());
        let single = actor(&[Operators], &[1]);
        assert!(!single.is_superoperator());
        assert!(single.is_plain_operator());
        assert!(
            !actor(&[Operators], &[1, 1]).is_superoperator(),
            "a repeated department is one department"
        );
        assert!(!actor(&[Managers], &[1, 2]).is_superoperator());
        assert!(!actor(&[Superoperators, Operators], &[1]).is_plain_operator());
    }

    #[test]
    fn r_user_3_superusers_chiefs_superoperators_and_accountants_may_switch() {
        assert!(admin(&[]).may_switch_department());
        assert!(actor(&[Chiefs], &[]).may_switch_department());
        assert!(actor(&[Accountants], &[]).may_switch_department());
        assert!(actor(&[Superoperators], &[1]).may_switch_department());
        assert!(actor(&[Operators], &[1, 2]).may_switch_department());
        assert!(!actor(&[Operators], &[1]).may_switch_department());
        assert!(!actor(&[Managers, TaskOperators, CoWorkers], &[1]).may_switch_department());
    }

    #[test]
    fn r_user_3_switchers_work_in_their_choice_and_none_means_all() {
        assert_eq!(admin(&[]).current_department(), None);
        assert_eq!(choosing(admin(&[]), 7).current_department(), Some(Id(7)));
        assert_eq!(
            choosing(actor(&[Chiefs], &[]), 7).current_department(),
            Some(Id(7))
        );
        assert_eq!(
            choosing(actor(&[Accountants], &[1]), 7).current_department(),
            Some(Id(7))
        );
        assert_eq!(
            actor(&[Chiefs], &[3]).current_department(),
            None,
            "a chief on All has no current department even when belonging to one"
        );
    }

    #[test]
    fn r_user_3_a_superoperator_chooses_among_their_own_departments_only() {
        let superoperator = actor(&[Operators], &[1, 2]);
        assert_eq!(
            choosing(superoperator.clone(), 2).current_department(),
            Some(Id(2))
        );
        assert_eq!(choosing(superoperator, 9).current_department(), None);
    }

    #[test]
    fn r_user_3_everybody_else_works_in_their_first_department_and_cannot_switch() {
        let manager = choosing(actor(&[Managers], &[5, 3]), 9);
        assert_eq!(manager.current_department(), Some(Id(3)));
        assert_eq!(actor(&[Managers], &[]).current_department(), None);
    }

    #[test]
    fn r_user_4_department_of_is_the_lowest_department_id() {
        assert_eq!(department_of(&ids(&[5, 3, 4])), Some(Id(3)));
        assert_eq!(department_of(&[]), None);
        assert_eq!(actor(&[Managers], &[8, 2]).department_of(), Some(Id(2)));
    }

    #[test]
    fn r_user_4_a_new_record_takes_the_owners_department_else_the_actors_current() {
        assert_eq!(default_department(Some(&ids(&[4, 2])), Some(Id(9))), Some(Id(2)));
        assert_eq!(default_department(None, Some(Id(9))), Some(Id(9)));
        assert_eq!(default_department(None, None), None);
        assert_eq!(
            default_department(Some(&[]), Some(Id(9))),
            None,
            "an owner without a department gives none, which R-GEN-2 accepts"
        );
    }

    #[test]
    fn r_gen_2_the_department_must_be_one_of_the_owners() {
        let owner = ids(&[1, 2]);
        assert!(department_matches_owner(&owner, Some(Id(2))));
        assert!(!department_matches_owner(&owner, Some(Id(3))));
        assert!(department_matches_owner(&owner, None));
        assert!(!department_matches_owner(&[], Some(Id(1))));
        assert!(department_matches_owner(&[], None));
    }

    #[test]
    fn r_perm_1_a_user_with_a_current_department_sees_that_department() {
        assert_eq!(
            list_scope(&actor(&[Managers], &[3, 4]), Resource::Company),
            departments(&[3])
        );
        assert_eq!(
            list_scope(&choosing(admin(&[]), 5), Resource::Deal),
            departments(&[5])
        );
        assert_eq!(
            list_scope(&choosing(actor(&[Operators], &[1, 2]), 2), Resource::Request),
            departments(&[2])
        );
    }

    #[test]
    fn r_perm_1_superusers_chiefs_and_accountants_on_all_see_every_row() {
        for user in [
            admin(&[1]),
            actor(&[Chiefs], &[]),
            actor(&[Accountants], &[1]),
            actor(&[Chiefs, Operators], &[1, 2]),
        ] {
            let scope = list_scope(&user, Resource::Lead);
            assert_eq!(scope, Scope::All, "{:?}", user.roles);
            assert!(scope.contains(None), "rows with no department too");
        }
    }

    #[test]
    fn r_perm_1_a_superoperator_on_all_sees_all_their_departments() {
        assert_eq!(
            list_scope(&actor(&[Operators], &[4, 2, 4]), Resource::CrmEmail),
            departments(&[2, 4])
        );
        assert_eq!(
            list_scope(&actor(&[Superoperators, Operators], &[]), Resource::Tag),
            departments(&[])
        );
    }

    #[test]
    fn r_perm_1_a_user_without_department_or_switch_sees_nothing() {
        let scope = list_scope(&actor(&[Managers], &[]), Resource::Contact);
        assert_eq!(scope, departments(&[]));
        assert!(!scope.contains(None));
        assert!(!scope.contains(Some(Id(1))));
    }

    #[test]
    fn r_perm_1_scoped_and_unscoped_entities() {
        let manager = actor(&[Managers], &[3]);
        for resource in [
            Resource::Company,
            Resource::Contact,
            Resource::Lead,
            Resource::Request,
            Resource::Deal,
            Resource::CrmEmail,
            Resource::Tag,
            Resource::Product,
            Resource::MailingOut,
            Resource::Analytics,
            Resource::IncomeReport,
            Resource::Output,
            Resource::QualityEvent,
            Resource::Payment,
        ] {
            assert_eq!(list_scope(&manager, resource), departments(&[3]), "{resource:?}");
        }
        for resource in [
            Resource::City,
            Resource::Currency,
            Resource::ClosingReason,
            Resource::Shipment,
            Resource::Task,
            Resource::Reference,
        ] {
            assert_eq!(list_scope(&manager, resource), Scope::All, "{resource:?}");
        }
    }

    #[test]
    fn r_pay_2_payments_scope() {
        let superoperator = choosing(actor(&[Operators, Managers], &[1, 2]), 2);
        assert_eq!(
            list_scope(&superoperator, Resource::Payment),
            departments(&[1, 2]),
            "superoperators: all their departments' deals"
        );
        assert_eq!(
            list_scope(&choosing(actor(&[Accountants], &[1]), 1), Resource::Payment),
            Scope::All,
            "accountants are not narrowed by their current department"
        );
        assert_eq!(
            list_scope(&choosing(actor(&[Chiefs], &[]), 4), Resource::Payment),
            departments(&[4])
        );
        assert_eq!(list_scope(&actor(&[Chiefs], &[]), Resource::Payment), Scope::All);
        assert_eq!(list_scope(&admin(&[]), Resource::Payment), Scope::All);
        assert_eq!(
            list_scope(&choosing(admin(&[]), 3), Resource::Payment),
            departments(&[3])
        );
        assert_eq!(
            list_scope(&actor(&[Managers], &[6]), Resource::Payment),
            departments(&[6])
        );
        assert_eq!(
            list_scope(&actor(&[Managers], &[]), Resource::Payment),
            departments(&[])
        );
    }

    #[test]
    fn r_comp_5_company_search_spans_all_departments_for_company_viewers() {
        let manager = actor(&[Managers], &[1]);
        assert_eq!(company_search_scope(&manager), Scope::All);
        assert_eq!(list_scope(&manager, Resource::Company), departments(&[1]));
        assert_eq!(
            company_search_scope(&actor(&[Accountants], &[1])),
            Scope::All,
            "accountants see every company anyway on All"
        );
        assert_eq!(
            company_search_scope(&actor(&[CoWorkers], &[1])),
            departments(&[1]),
            "no view permission, no widening"
        );
        assert!(
            !may_view(&manager, Resource::Company, &in_department(2)),
            "a found company of another department does not open"
        );
    }

    #[test]
    fn r_comp_5_managers_and_operators_get_the_notice() {
        assert!(shows_company_search_notice(&actor(&[Managers], &[1])));
        assert!(shows_company_search_notice(&actor(&[Operators], &[1, 2])));
        assert!(!shows_company_search_notice(&actor(&[Chiefs], &[])));
        assert!(!shows_company_search_notice(&admin(&[])));
    }

    #[test]
    fn r_perm_2_managers_and_operators_default_to_their_own_rows() {
        for user in [
            actor(&[Managers], &[1]),
            actor(&[Operators], &[1]),
            actor(&[Managers, Chiefs], &[1]),
        ] {
            for resource in [
                Resource::Request,
                Resource::Deal,
                Resource::Company,
                Resource::Contact,
                Resource::Lead,
                Resource::CrmEmail,
                Resource::Analytics,
            ] {
                assert_eq!(default_owner_filter(&user, resource), Some(ME), "{resource:?}");
            }
            assert_eq!(default_owner_filter(&user, Resource::Product), None);
            assert_eq!(default_owner_filter(&user, Resource::Shipment), None);
        }
    }

    #[test]
    fn r_perm_2_admins_superoperators_chiefs_task_operators_and_accountants_default_to_all() {
        let mut manager_admin = actor(&[Managers], &[1]);
        manager_admin.is_superuser = true;
        for user in [
            manager_admin,
            actor(&[Operators], &[1, 2]),
            actor(&[Superoperators, Managers], &[1]),
            actor(&[Chiefs], &[]),
            actor(&[Chiefs, Operators], &[1]),
            actor(&[Managers, TaskOperators], &[1]),
            actor(&[Managers, Accountants], &[1]),
            actor(&[CoWorkers], &[1]),
        ] {
            assert_eq!(
                default_owner_filter(&user, Resource::Deal),
                None,
                "{:?}",
                user.roles
            );
        }
    }

    #[test]
    fn r_pay_2_payments_default_to_own_deals_except_for_chiefs_accountants_and_admins() {
        assert_eq!(
            default_owner_filter(&actor(&[Managers], &[1]), Resource::Payment),
            Some(ME)
        );
        assert_eq!(
            default_owner_filter(&actor(&[Managers, Operators], &[1, 2]), Resource::Payment),
            Some(ME)
        );
        for user in [
            actor(&[Chiefs], &[]),
            actor(&[Accountants], &[]),
            actor(&[Managers, Chiefs], &[1]),
            admin(&[]),
        ] {
            assert_eq!(default_owner_filter(&user, Resource::Payment), None);
        }
    }

    #[test]
    fn r_ship_1_sales_managers_see_only_shipments_of_their_deals() {
        let manager = actor(&[Managers], &[1]);
        assert_eq!(shipment_owner_restriction(&manager), Some(ME));
        assert!(may_view(
            &manager,
            Resource::Shipment,
            &row(Some(OTHER), Some(ME), Some(7))
        ));
        assert!(!may_view(&manager, Resource::Shipment, &in_department(1)));
        assert!(!may_edit(&manager, Resource::Shipment, &in_department(1)));
        assert!(may_edit(
            &manager,
            Resource::Shipment,
            &row(Some(ME), None, Some(7))
        ));
        for user in [
            actor(&[Managers, Operators], &[1, 2]),
            actor(&[Managers, Chiefs], &[]),
            Actor {
                is_superuser: true,
                ..actor(&[Managers], &[])
            },
            actor(&[TaskOperators], &[]),
        ] {
            assert_eq!(shipment_owner_restriction(&user), None);
            assert!(may_view(&user, Resource::Shipment, &in_department(9)));
        }
    }

    #[test]
    fn r_perm_4_an_operator_edits_rows_of_their_department_only() {
        let operator = actor(&[Operators], &[1]);
        assert!(may_edit(&operator, Resource::Request, &in_department(1)));
        assert!(may_delete(&operator, Resource::Request, &in_department(1)));
        assert!(!may_edit(&operator, Resource::Request, &in_department(2)));
        assert!(
            !may_edit(&operator, Resource::Company, &row(None, None, None)),
            "a row with no department is not in their department"
        );
    }

    #[test]
    fn r_perm_4_a_manager_edits_rows_they_own_or_co_own() {
        let manager = actor(&[Managers], &[1]);
        assert!(may_edit(&manager, Resource::Deal, &row(Some(ME), None, Some(1))));
        assert!(may_edit(
            &manager,
            Resource::Deal,
            &row(Some(OTHER), Some(ME), Some(1))
        ));
        assert!(may_delete(
            &manager,
            Resource::Deal,
            &row(Some(ME), None, Some(1))
        ));
        assert!(!may_edit(&manager, Resource::Deal, &in_department(1)));
        assert!(!may_delete(&manager, Resource::Company, &in_department(1)));
        assert!(
            may_view(&manager, Resource::Company, &in_department(1)),
            "read-only, still visible"
        );
    }

    #[test]
    fn r_perm_4_superusers_chiefs_and_superoperators_edit_any_visible_row() {
        let superoperator = actor(&[Operators], &[1, 2]);
        assert!(may_edit(&superoperator, Resource::Lead, &in_department(2)));
        assert!(may_delete(&superoperator, Resource::Lead, &in_department(2)));
        assert!(
            !may_edit(&superoperator, Resource::Lead, &in_department(3)),
            "outside their departments the row is not visible"
        );
        let chief = actor(&[Chiefs], &[]);
        assert!(may_edit(&chief, Resource::Deal, &in_department(2)));
        assert!(!may_delete(&chief, Resource::Deal, &in_department(2)), "no d");
        assert!(!may_edit(&chief, Resource::Company, &in_department(2)), "no c");
        assert!(may_edit(&admin(&[]), Resource::Contact, &row(None, None, None)));
        assert!(may_delete(&admin(&[]), Resource::Contact, &in_department(5)));
    }

    #[test]
    fn r_perm_4_rights_need_a_visible_row() {
        let owner = actor(&[Managers], &[1]);
        assert!(!may_edit(
            &owner,
            Resource::Contact,
            &row(Some(ME), None, Some(2))
        ));
        let chief_in_one = choosing(actor(&[Chiefs], &[]), 1);
        assert!(!may_edit(&chief_in_one, Resource::Deal, &in_department(2)));
        assert!(may_edit(&chief_in_one, Resource::Deal, &in_department(1)));
    }

    #[test]
    fn r_perm_4_outputs_and_quality_events_follow_their_deal() {
        let manager = actor(&[Managers], &[1]);
        let own_deal = row(Some(ME), None, Some(1));
        let other_deal = in_department(1);
        for resource in [Resource::Output, Resource::QualityEvent] {
            assert!(may_edit(&manager, resource, &own_deal));
            assert!(may_delete(&manager, resource, &own_deal));
            assert!(!may_edit(&manager, resource, &other_deal));
            assert!(may_view(&manager, resource, &other_deal));
        }
    }

    #[test]
    fn r_perm_4_entities_without_a_row_rule_need_the_permission_only() {
        let manager = actor(&[Managers], &[1]);
        assert!(may_edit(&manager, Resource::City, &RowFacts::default()));
        assert!(may_edit(&manager, Resource::Product, &in_department(1)));
        assert!(!may_edit(&manager, Resource::Product, &in_department(2)));
        assert!(!may_edit(&manager, Resource::Reference, &RowFacts::default()));
        assert!(may_edit(&admin(&[]), Resource::Reference, &RowFacts::default()));
    }

    #[test]
    fn r_pay_3_a_manager_changes_payments_of_deals_they_own_or_co_own() {
        let manager = actor(&[Managers], &[1]);
        let own = row(Some(ME), None, Some(1));
        let co_owned = row(Some(OTHER), Some(ME), Some(1));
        let other = in_department(1);
        for perm_check in [may_edit, may_delete] {
            assert!(perm_check(&manager, Resource::Payment, &own));
            assert!(perm_check(&manager, Resource::Payment, &co_owned));
            assert!(!perm_check(&manager, Resource::Payment, &other));
        }
        let manager_superoperator = actor(&[Managers, Superoperators], &[1, 2]);
        assert!(
            !may_edit(&manager_superoperator, Resource::Payment, &other),
            "R-PAY-3 holds for a manager who is also a superoperator"
        );
    }

    #[test]
    fn r_pay_3_an_operator_does_not_change_a_payment_of_another_departments_deal() {
        // An accountant sees every payment (R-PAY-2); as a plain operator too, R-PAY-3 narrows.
        let mut operator_accountant = actor(&[Operators, Accountants], &[1]);
        assert!(may_edit(
            &operator_accountant,
            Resource::Payment,
            &in_department(1)
        ));
        assert!(!may_edit(
            &operator_accountant,
            Resource::Payment,
            &in_department(2)
        ));
        assert!(!may_edit(
            &operator_accountant,
            Resource::Payment,
            &row(None, None, None)
        ));
        operator_accountant.grants = vec![Grant {
            resource: Resource::Payment,
            perm: Perm::Delete,
        }];
        assert!(
            may_delete(&operator_accountant, Resource::Payment, &in_department(2)),
            "the operator clause of R-PAY-3 is about changes"
        );
        let superoperator_accountant = actor(&[Operators, Accountants], &[1, 2]);
        assert!(may_edit(
            &superoperator_accountant,
            Resource::Payment,
            &in_department(2)
        ));
    }

    #[test]
    fn r_pay_3_accountants_and_superusers_change_any_visible_payment() {
        let accountant = actor(&[Accountants], &[]);
        assert!(may_edit(&accountant, Resource::Payment, &in_department(3)));
        assert!(
            !may_delete(&accountant, Resource::Payment, &in_department(3)),
            "no d"
        );
        let mut manager_admin = actor(&[Managers], &[1]);
        manager_admin.is_superuser = true;
        assert!(may_edit(&manager_admin, Resource::Payment, &in_department(1)));
        assert!(may_delete(&manager_admin, Resource::Payment, &in_department(1)));
        let chief = actor(&[Chiefs], &[]);
        assert!(!may_edit(&chief, Resource::Payment, &in_department(3)));
        assert!(may_view(&chief, Resource::Payment, &in_department(3)));
    }

    #[test]
    fn r_perm_5_tags_are_changed_within_the_users_department_and_deleted_by_admins() {
        let manager = actor(&[Managers], &[1]);
        let own_tag = row(Some(ME), None, Some(1));
        assert!(may_edit(&manager, Resource::Tag, &in_department(1)));
        assert!(!may_delete(&manager, Resource::Tag, &own_tag));
        assert!(!may_edit(&manager, Resource::Tag, &in_department(2)));
        assert!(!may_edit(&manager, Resource::Tag, &row(Some(ME), None, None)));
        let admin = admin(&[]);
        assert!(may_edit(&admin, Resource::Tag, &in_department(2)));
        assert!(may_delete(&admin, Resource::Tag, &in_department(2)));
    }

    #[test]
    fn r_ref_3_a_manager_superoperator_renames_tags_of_any_of_their_departments() {
        let user = actor(&[Managers, Operators], &[1, 2]);
        assert!(may_edit(&user, Resource::Tag, &in_department(2)));
        assert!(!may_edit(&user, Resource::Tag, &in_department(3)));
    }

    #[test]
    fn r_email_6_incoming_and_imported_emails_are_read_only() {
        let own = row(Some(ME), None, Some(1));
        assert!(may_edit_email(&actor(&[Managers], &[1]), &own, None, false));
        assert!(!may_edit_email(&actor(&[Managers], &[1]), &own, None, true));
        assert!(!may_edit_email(&admin(&[]), &own, None, true));
    }

    #[test]
    fn r_email_6_a_manager_edits_emails_of_deals_they_own_or_co_own() {
        let manager = actor(&[Managers], &[1]);
        let email = in_department(1);
        let deal = row(Some(OTHER), Some(ME), Some(1));
        assert!(may_edit_email(&manager, &email, Some(&deal), false));
        assert!(!may_edit_email(&manager, &email, None, false));
        assert!(!may_edit_email(&manager, &email, Some(&in_department(1)), false));
        assert!(
            !may_edit_email(&actor(&[Operators], &[2]), &email, Some(&deal), false),
            "otherwise R-PERM-4"
        );
        assert!(may_edit_email(&actor(&[Operators], &[1]), &email, None, false));
    }

    #[test]
    fn r_email_6_only_admins_change_the_flags_and_nobody_the_owner_or_ticket() {
        let manager = actor(&[Managers], &[1]);
        assert_eq!(
            email_fields_locked_for(&manager, false),
            ["sent", "incoming", "inquiry", "trash"]
        );
        assert_eq!(
            email_fields_locked_for(&manager, true),
            ["sent", "incoming", "inquiry", "trash", "owner_id", "ticket"]
        );
        assert!(email_fields_locked_for(&admin(&[]), false).is_empty());
        assert_eq!(email_fields_locked_for(&admin(&[]), true), ["owner_id", "ticket"]);
    }

    /// Every field of [`DealInput`]; fails to compile when a field is added or renamed.
    macro_rules! deal_input_fields {
        ($($field:ident),* $(,)?) => {{
            let DealInput { $($field: _),* } = DealInput::default();
            [$(stringify!($field)),*]
        }};
    }

    #[test]
    fn r_deal_15_chiefs_change_only_next_step_date_reminder_importance_and_co_owner() {
        let all = deal_input_fields!(
            name,
            next_step,
            next_step_date,
            description,
            stage_id,
            closing_date,
            amount,
            currency_id,
            closing_reason_id,
            probability,
            city_id,
            country_id,
            lead_id,
            contact_id,
            request_id,
            company_id,
            partner_contact_id,
            relevant,
            active,
            important,
            remind_me,
            tag_ids,
            co_owner_id,
            owner_id,
            department_id,
        );
        for field in all {
            let editable = CHIEF_EDITABLE_DEAL_FIELDS.contains(&field);
            let locked = DEAL_FIELDS_LOCKED_FOR_CHIEFS.contains(&field);
            assert!(editable != locked, "{field} must be in exactly one list");
        }
        assert_eq!(
            CHIEF_EDITABLE_DEAL_FIELDS.len() + DEAL_FIELDS_LOCKED_FOR_CHIEFS.len(),
            all.len()
        );
        for field in [
            "name",
            "relevant",
            "active",
            "closing_reason_id",
            "stage_id",
            "amount",
            "currency_id",
            "description",
            "tag_ids",
            "contact_id",
            "request_id",
            "lead_id",
            "company_id",
            "partner_contact_id",
            "owner_id",
        ] {
            assert!(DEAL_FIELDS_LOCKED_FOR_CHIEFS.contains(&field), "{field}");
        }
    }

    #[test]
    fn r_deal_15_the_lock_applies_to_chiefs_who_are_not_admins_or_managers() {
        assert_eq!(
            deal_fields_locked_for(&actor(&[Chiefs], &[])),
            DEAL_FIELDS_LOCKED_FOR_CHIEFS
        );
        assert_eq!(
            deal_fields_locked_for(&actor(&[Chiefs, Operators], &[1])),
            DEAL_FIELDS_LOCKED_FOR_CHIEFS
        );
        let mut chief_admin = actor(&[Chiefs], &[]);
        chief_admin.is_superuser = true;
        for user in [
            chief_admin,
            actor(&[Chiefs, Managers], &[1]),
            actor(&[Managers], &[1]),
            actor(&[Operators], &[1]),
        ] {
            assert!(deal_fields_locked_for(&user).is_empty(), "{:?}", user.roles);
        }
    }

    #[test]
    fn serde_names_are_snake_case() {
        use serde::de::IntoDeserializer;
        use serde::de::value::{Error, StrDeserializer};
        let de: StrDeserializer<Error> = "crm_email".into_deserializer();
        assert_eq!(Resource::deserialize(de).ok(), Some(Resource::CrmEmail));
        let de: StrDeserializer<Error> = "change".into_deserializer();
        assert_eq!(Perm::deserialize(de).ok(), Some(Perm::Change));
    }
}
