//! The one list of every typed command: each entity's record commands and every workflow
//! command, with their input and output types. crm-app builds the command functions and the JSON
//! registry from it; the desktop shell builds its Tauri commands and the TypeScript bindings from
//! it, so a command added here is reachable from `crm call` and the UI alike.

/// Calls `$callback!` with the command table: an `entities` section (name, spec, the store
/// descriptor and resource, record, input, filter and sort types, and the record commands it has)
/// and a `commands` section (name, function, input and output types). Extra tokens given after
/// the callback's name are handed over in front of the table.
#[macro_export]
macro_rules! command_table {
    ($callback:path $(, $extra:tt)*) => {
        $callback! {
            $($extra)*
            entities {
            company: COMPANY = own($crate::reexport::crm_store::companies::COMPANY, $crate::reexport::crm_core::access::Resource::Company),
                $crate::reexport::crm_core::company::Company, $crate::reexport::crm_core::company::CompanyInput,
                $crate::reexport::crm_core::company::CompanyFilter, $crate::reexport::crm_core::company::CompanySort,
                [get list count delete restore];
            contact: CONTACT = own($crate::reexport::crm_store::contacts::CONTACT, $crate::reexport::crm_core::access::Resource::Contact),
                $crate::reexport::crm_core::contact::Contact, $crate::reexport::crm_core::contact::ContactInput,
                $crate::reexport::crm_core::contact::ContactFilter, $crate::reexport::crm_core::contact::ContactSort,
                [get list count delete restore];
            lead: LEAD = own($crate::reexport::crm_store::leads::LEAD, $crate::reexport::crm_core::access::Resource::Lead),
                $crate::reexport::crm_core::lead::Lead, $crate::reexport::crm_core::lead::LeadInput,
                $crate::reexport::crm_core::lead::LeadFilter, $crate::reexport::crm_core::lead::LeadSort,
                [get list count delete restore];
            request: REQUEST = own($crate::reexport::crm_store::requests::REQUEST, $crate::reexport::crm_core::access::Resource::Request),
                $crate::reexport::crm_core::request::Request, $crate::reexport::crm_core::request::RequestInput,
                $crate::reexport::crm_core::request::RequestFilter, $crate::reexport::crm_core::request::RequestSort,
                [get list count delete restore];
            deal: DEAL = own($crate::reexport::crm_store::deals::DEAL, $crate::reexport::crm_core::access::Resource::Deal),
                $crate::reexport::crm_core::deal::Deal, $crate::reexport::crm_core::deal::DealInput,
                $crate::reexport::crm_core::deal::DealFilter, $crate::reexport::crm_core::deal::DealSort,
                [get list count delete restore];
            payment: PAYMENT = of_deal($crate::reexport::crm_store::payments::PAYMENT, $crate::reexport::crm_core::access::Resource::Payment),
                $crate::reexport::crm_core::payment::Payment, $crate::reexport::crm_core::payment::PaymentInput,
                $crate::reexport::crm_core::payment::PaymentFilter, $crate::reexport::crm_core::payment::PaymentSort,
                [get list count delete restore];
            output: OUTPUT = of_deal($crate::reexport::crm_store::outputs::OUTPUT, $crate::reexport::crm_core::access::Resource::Output),
                $crate::reexport::crm_core::output::Output, $crate::reexport::crm_core::output::OutputInput,
                $crate::reexport::crm_core::output::OutputFilter, $crate::reexport::crm_core::output::OutputSort,
                [get list count create delete restore];
            crm_email: CRM_EMAIL = own($crate::reexport::crm_store::crm_emails::CRM_EMAIL, $crate::reexport::crm_core::access::Resource::CrmEmail),
                $crate::reexport::crm_core::crm_email::CrmEmail, $crate::reexport::crm_core::crm_email::CrmEmailInput,
                $crate::reexport::crm_core::crm_email::CrmEmailFilter, $crate::reexport::crm_core::crm_email::CrmEmailSort,
                [get list count delete restore];
            product: PRODUCT = own($crate::reexport::crm_store::products::PRODUCT, $crate::reexport::crm_core::access::Resource::Product),
                $crate::reexport::crm_core::product::Product, $crate::reexport::crm_core::product::ProductInput,
                $crate::reexport::crm_core::product::ProductFilter, $crate::reexport::crm_core::product::ProductSort,
                [get list count create update delete restore];
            product_category: PRODUCT_CATEGORY = own($crate::reexport::crm_store::product_categories::PRODUCT_CATEGORY, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::product_category::ProductCategory, $crate::reexport::crm_core::product_category::ProductCategoryInput,
                $crate::reexport::crm_core::product_category::ProductCategoryFilter, $crate::reexport::crm_core::product_category::ProductCategorySort,
                [get list count create update delete restore];
            tag: TAG = own($crate::reexport::crm_store::tags::TAG, $crate::reexport::crm_core::access::Resource::Tag),
                $crate::reexport::crm_core::tag::Tag, $crate::reexport::crm_core::tag::TagInput,
                $crate::reexport::crm_core::tag::TagFilter, $crate::reexport::crm_core::tag::TagSort,
                [get list count create update delete restore];
            city: CITY = own($crate::reexport::crm_store::cities::CITY, $crate::reexport::crm_core::access::Resource::City),
                $crate::reexport::crm_core::city::City, $crate::reexport::crm_core::city::CityInput,
                $crate::reexport::crm_core::city::CityFilter, $crate::reexport::crm_core::city::CitySort,
                [get list count delete restore];
            country: COUNTRY = own($crate::reexport::crm_store::countries::COUNTRY, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::country::Country, $crate::reexport::crm_core::country::CountryInput,
                $crate::reexport::crm_core::country::CountryFilter, $crate::reexport::crm_core::country::CountrySort,
                [get list count create update delete restore];
            currency: CURRENCY = own($crate::reexport::crm_store::currencies::CURRENCY, $crate::reexport::crm_core::access::Resource::Currency),
                $crate::reexport::crm_core::currency::Currency, $crate::reexport::crm_core::currency::CurrencyInput,
                $crate::reexport::crm_core::currency::CurrencyFilter, $crate::reexport::crm_core::currency::CurrencySort,
                [get list count delete restore];
            rate: RATE = own($crate::reexport::crm_store::rates::RATE, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::rate::Rate, $crate::reexport::crm_core::rate::RateInput,
                $crate::reexport::crm_core::rate::RateFilter, $crate::reexport::crm_core::rate::RateSort,
                [get list count create update delete restore];
            stage: STAGE = own($crate::reexport::crm_store::stages::STAGE, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::stage::Stage, $crate::reexport::crm_core::stage::StageInput,
                $crate::reexport::crm_core::stage::StageFilter, $crate::reexport::crm_core::stage::StageSort,
                [get list count delete restore];
            closing_reason: CLOSING_REASON = own($crate::reexport::crm_store::closing_reasons::CLOSING_REASON, $crate::reexport::crm_core::access::Resource::ClosingReason),
                $crate::reexport::crm_core::closing_reason::ClosingReason, $crate::reexport::crm_core::closing_reason::ClosingReasonInput,
                $crate::reexport::crm_core::closing_reason::ClosingReasonFilter, $crate::reexport::crm_core::closing_reason::ClosingReasonSort,
                [get list count delete restore];
            lead_source: LEAD_SOURCE = own($crate::reexport::crm_store::lead_sources::LEAD_SOURCE, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::lead_source::LeadSource, $crate::reexport::crm_core::lead_source::LeadSourceInput,
                $crate::reexport::crm_core::lead_source::LeadSourceFilter, $crate::reexport::crm_core::lead_source::LeadSourceSort,
                [get list count create update delete restore];
            client_type: CLIENT_TYPE = own($crate::reexport::crm_store::client_types::CLIENT_TYPE, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::department_item::DepartmentItem, $crate::reexport::crm_core::department_item::DepartmentItemInput,
                $crate::reexport::crm_core::department_item::DepartmentItemFilter, $crate::reexport::crm_core::department_item::DepartmentItemSort,
                [get list count create update delete restore];
            industry: INDUSTRY = own($crate::reexport::crm_store::industries::INDUSTRY, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::department_item::DepartmentItem, $crate::reexport::crm_core::department_item::DepartmentItemInput,
                $crate::reexport::crm_core::department_item::DepartmentItemFilter, $crate::reexport::crm_core::department_item::DepartmentItemSort,
                [get list count create update delete restore];
            department: DEPARTMENT = own($crate::reexport::crm_store::departments::DEPARTMENT, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::department::Department, $crate::reexport::crm_core::department::DepartmentInput,
                $crate::reexport::crm_core::department::DepartmentFilter, $crate::reexport::crm_core::department::DepartmentSort,
                [get list count create update delete restore];
            role: ROLE = own($crate::reexport::crm_store::roles::ROLE, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::role::Role, $crate::reexport::crm_core::role::RoleInput,
                $crate::reexport::crm_core::role::RoleFilter, $crate::reexport::crm_core::role::RoleSort,
                [get list count];
            user: USER = own($crate::reexport::crm_store::users::USER, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::user::User, $crate::reexport::crm_core::user::UserInput,
                $crate::reexport::crm_core::user::UserFilter, $crate::reexport::crm_core::user::UserSort,
                [get list count];
            attachment: ATTACHMENT = own($crate::reexport::crm_store::attachments::ATTACHMENT, $crate::reexport::crm_core::access::Resource::Attachment),
                $crate::reexport::crm_core::attachment::Attachment, $crate::reexport::crm_core::attachment::AttachmentInput,
                $crate::reexport::crm_core::attachment::AttachmentFilter, $crate::reexport::crm_core::attachment::AttachmentSort,
                [get list count create update delete restore];
            reminder: REMINDER = own($crate::reexport::crm_store::reminders::REMINDER, $crate::reexport::crm_core::access::Resource::Reminder),
                $crate::reexport::crm_core::reminder::Reminder, $crate::reexport::crm_core::reminder::ReminderInput,
                $crate::reexport::crm_core::reminder::ReminderFilter, $crate::reexport::crm_core::reminder::ReminderSort,
                [get list count create update delete restore];
            public_email_domain: PUBLIC_EMAIL_DOMAIN = own($crate::reexport::crm_store::settings_lists::PUBLIC_EMAIL_DOMAIN, $crate::reexport::crm_core::access::Resource::PublicEmailDomain),
                $crate::reexport::crm_core::settings_lists::PublicEmailDomain, $crate::reexport::crm_core::settings_lists::PublicEmailDomainInput,
                $crate::reexport::crm_core::settings_lists::PublicEmailDomainFilter, $crate::reexport::crm_core::settings_lists::PublicEmailDomainSort,
                [get list count create update delete restore];
            banned_company_name: BANNED_COMPANY_NAME = own($crate::reexport::crm_store::settings_lists::BANNED_COMPANY_NAME, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::settings_lists::BannedCompanyName, $crate::reexport::crm_core::settings_lists::BannedCompanyNameInput,
                $crate::reexport::crm_core::settings_lists::BannedCompanyNameFilter, $crate::reexport::crm_core::settings_lists::BannedCompanyNameSort,
                [get list count create update delete restore];
            stop_phrase: STOP_PHRASE = own($crate::reexport::crm_store::settings_lists::STOP_PHRASE, $crate::reexport::crm_core::access::Resource::StopPhrase),
                $crate::reexport::crm_core::settings_lists::StopPhrase, $crate::reexport::crm_core::settings_lists::StopPhraseInput,
                $crate::reexport::crm_core::settings_lists::StopPhraseFilter, $crate::reexport::crm_core::settings_lists::StopPhraseSort,
                [get list count create update delete restore];
            email_account: EMAIL_ACCOUNT = own($crate::reexport::crm_store::massmail::EMAIL_ACCOUNT, $crate::reexport::crm_core::access::Resource::EmailAccount),
                $crate::reexport::crm_core::massmail::EmailAccount, $crate::reexport::crm_core::massmail::EmailAccountInput,
                $crate::reexport::crm_core::massmail::EmailAccountFilter, $crate::reexport::crm_core::massmail::EmailAccountSort,
                [get list count create update delete];
            signature: SIGNATURE = own($crate::reexport::crm_store::massmail::SIGNATURE, $crate::reexport::crm_core::access::Resource::Signature),
                $crate::reexport::crm_core::massmail::Signature, $crate::reexport::crm_core::massmail::SignatureInput,
                $crate::reexport::crm_core::massmail::SignatureFilter, $crate::reexport::crm_core::massmail::SignatureSort,
                [get list count create update delete];
            eml_message: EML_MESSAGE = own($crate::reexport::crm_store::massmail::EML_MESSAGE, $crate::reexport::crm_core::access::Resource::EmlMessage),
                $crate::reexport::crm_core::massmail::EmlMessage, $crate::reexport::crm_core::massmail::EmlMessageInput,
                $crate::reexport::crm_core::massmail::EmlMessageFilter, $crate::reexport::crm_core::massmail::EmlMessageSort,
                [get list count create update delete];
            mailing_out: MAILING_OUT = own($crate::reexport::crm_store::massmail::MAILING_OUT, $crate::reexport::crm_core::access::Resource::MailingOut),
                $crate::reexport::crm_core::massmail::MailingOut, $crate::reexport::crm_core::massmail::MailingOutInput,
                $crate::reexport::crm_core::massmail::MailingOutFilter, $crate::reexport::crm_core::massmail::MailingOutSort,
                [get list count delete];
            mass_contact: MASS_CONTACT = own($crate::reexport::crm_store::massmail::MASS_CONTACT, $crate::reexport::crm_core::access::Resource::MailingOut),
                $crate::reexport::crm_core::massmail::MassContact, $crate::reexport::crm_core::massmail::MassContactInput,
                $crate::reexport::crm_core::massmail::MassContactFilter, $crate::reexport::crm_core::massmail::MassContactSort,
                [get list count];
            task_stage: TASK_STAGE = own($crate::reexport::crm_store::tasks::TASK_STAGE, $crate::reexport::crm_core::access::Resource::TaskStage),
                $crate::reexport::crm_core::task::TaskStage, $crate::reexport::crm_core::task::TaskStageInput,
                $crate::reexport::crm_core::task::TaskStageFilter, $crate::reexport::crm_core::task::TaskStageSort,
                [get list count create update delete];
            project_stage: PROJECT_STAGE = own($crate::reexport::crm_store::tasks::PROJECT_STAGE, $crate::reexport::crm_core::access::Resource::ProjectStage),
                $crate::reexport::crm_core::task::TaskStage, $crate::reexport::crm_core::task::TaskStageInput,
                $crate::reexport::crm_core::task::TaskStageFilter, $crate::reexport::crm_core::task::TaskStageSort,
                [get list count create update delete];
            translatable_name: TRANSLATABLE_NAME = own($crate::reexport::crm_store::settings_lists::TRANSLATABLE_NAME, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::translatable_name::TranslatableName, $crate::reexport::crm_core::translatable_name::TranslatableNameInput,
                $crate::reexport::crm_core::translatable_name::TranslatableNameFilter, $crate::reexport::crm_core::translatable_name::TranslatableNameSort,
                [get list count update delete];
            not_allowed_email: NOT_ALLOWED_EMAIL = own($crate::reexport::crm_store::settings_lists::NOT_ALLOWED_EMAIL, $crate::reexport::crm_core::access::Resource::Reference),
                $crate::reexport::crm_core::settings_lists::NotAllowedEmail, $crate::reexport::crm_core::settings_lists::NotAllowedEmailInput,
                $crate::reexport::crm_core::settings_lists::NotAllowedEmailFilter, $crate::reexport::crm_core::settings_lists::NotAllowedEmailSort,
                [get list count create update delete];
            }
            commands {
                demo_populate => $crate::demo::demo_populate,
                    $crate::demo::DemoInput, $crate::demo::DemoReport;
                request_pending_counts => $crate::pickers::request_pending_counts,
                    $crate::registry::NoInput, $crate::pickers::PendingCounts;
                owner_choices => $crate::pickers::owner_choices,
                    $crate::pickers::OwnerChoicesInput, Vec<$crate::pickers::OwnerOption>;
                deal_list_defaults => $crate::pickers::deal_list_defaults,
                    $crate::reexport::crm_core::deal_list::DealListContext,
                    $crate::entities::ListQuery<$crate::reexport::crm_core::deal::DealFilter, $crate::reexport::crm_core::deal::DealSort>;
                reference_names => $crate::translatable::reference_names,
                    $crate::translatable::NamesIn, std::collections::BTreeMap<String, String>;
                request_warnings => $crate::warnings::request_warnings,
                    $crate::entities::RecordRef, Vec<$crate::warnings::Warning>;
                lead_warnings => $crate::warnings::lead_warnings,
                    $crate::entities::RecordRef, Vec<$crate::warnings::Warning>;
                currency_warnings => $crate::warnings::currency_warnings,
                    $crate::registry::NoInput, Vec<$crate::warnings::Warning>;
                crm_email_create => $crate::emails::crm_email_create,
                    $crate::reexport::crm_core::crm_email::CrmEmailInput, $crate::reexport::crm_core::crm_email::CrmEmail;
                crm_email_update => $crate::emails::crm_email_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::crm_email::CrmEmailInput>,
                    $crate::reexport::crm_core::crm_email::CrmEmail;
                shipment_list => $crate::payments::shipment_list,
                    $crate::entities::ListQuery<$crate::reexport::crm_core::output::ShipmentFilter,
                        $crate::reexport::crm_core::output::ShipmentSort>,
                    $crate::reexport::crm_core::list::Page<$crate::reexport::crm_core::output::Output>;
                currency_create => $crate::payments::currency_create,
                    $crate::reexport::crm_core::currency::CurrencyInput, $crate::reexport::crm_core::currency::Currency;
                currency_update => $crate::payments::currency_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::currency::CurrencyInput>,
                    $crate::reexport::crm_core::currency::Currency;
                department_copy => $crate::departments::department_copy,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::department::Department;
                user_transfer => $crate::departments::user_transfer,
                    $crate::departments::UserTransfer, $crate::departments::TransferReport;
                company_new => $crate::forms::company_new,
                    $crate::registry::NoInput, $crate::reexport::crm_core::company::CompanyInput;
                contact_new => $crate::forms::contact_new,
                    $crate::registry::NoInput, $crate::reexport::crm_core::contact::ContactInput;
                lead_new => $crate::forms::lead_new,
                    $crate::registry::NoInput, $crate::reexport::crm_core::lead::LeadInput;
                request_new => $crate::forms::request_new,
                    $crate::registry::NoInput, $crate::reexport::crm_core::request::RequestInput;
                payment_new => $crate::forms::payment_new,
                    $crate::forms::NewPayment, $crate::reexport::crm_core::payment::PaymentInput;
                city_create => $crate::cities::city_create,
                    $crate::reexport::crm_core::city::CityInput, $crate::reexport::crm_core::city::City;
                city_update => $crate::cities::city_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::city::CityInput>,
                    $crate::reexport::crm_core::city::City;
                stage_create => $crate::ordering::stage_create,
                    $crate::reexport::crm_core::stage::StageInput, $crate::reexport::crm_core::stage::Stage;
                stage_update => $crate::ordering::stage_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::stage::StageInput>,
                    $crate::reexport::crm_core::stage::Stage;
                closing_reason_create => $crate::ordering::closing_reason_create,
                    $crate::reexport::crm_core::closing_reason::ClosingReasonInput, $crate::reexport::crm_core::closing_reason::ClosingReason;
                closing_reason_update => $crate::ordering::closing_reason_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::closing_reason::ClosingReasonInput>,
                    $crate::reexport::crm_core::closing_reason::ClosingReason;
                history_list => $crate::merge::history_list,
                    $crate::merge::HistoryQuery, Vec<$crate::reexport::crm_core::event::HistoryEntry>;
                company_merge => $crate::merge::company_merge,
                    $crate::merge::MergeInput, $crate::reexport::crm_core::company::Company;
                contact_merge => $crate::merge::contact_merge,
                    $crate::merge::MergeInput, $crate::reexport::crm_core::contact::Contact;
                lead_merge => $crate::merge::lead_merge,
                    $crate::merge::MergeInput, $crate::reexport::crm_core::lead::Lead;
                company_create => $crate::counterparties::company_create,
                    $crate::reexport::crm_core::company::CompanyInput, $crate::reexport::crm_core::company::Company;
                company_update => $crate::counterparties::company_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::company::CompanyInput>,
                    $crate::reexport::crm_core::company::Company;
                contact_create => $crate::counterparties::contact_create,
                    $crate::reexport::crm_core::contact::ContactInput, $crate::reexport::crm_core::contact::Contact;
                contact_update => $crate::counterparties::contact_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::contact::ContactInput>,
                    $crate::reexport::crm_core::contact::Contact;
                lead_create => $crate::counterparties::lead_create,
                    $crate::reexport::crm_core::lead::LeadInput, $crate::reexport::crm_core::lead::Lead;
                lead_update => $crate::counterparties::lead_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::lead::LeadInput>,
                    $crate::reexport::crm_core::lead::Lead;
                session_info => $crate::registry::session_info,
                    $crate::registry::NoInput, $crate::session::SessionInfo;
                request_create => $crate::workflows::request_create,
                    $crate::reexport::crm_core::request::RequestInput, $crate::reexport::crm_core::request::Request;
                request_update => $crate::workflows::request_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::request::RequestInput>,
                    $crate::reexport::crm_core::request::Request;
                request_receive => $crate::workflows::request_receive,
                    $crate::workflows::ReceivedRequest, $crate::reexport::crm_core::request::Request;
                request_mark_duplicate => $crate::workflows::request_mark_duplicate,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::request::Request;
                request_close_case => $crate::workflows::request_close_case,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::request::Request;
                request_activate_case => $crate::workflows::request_activate_case,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::request::Request;
                request_copy => $crate::workflows::request_copy,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::request::RequestInput;
                request_to_deal => $crate::workflows::request_to_deal,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::deal::Deal;
                deal_update => $crate::workflows::deal_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::deal::DealInput>,
                    $crate::reexport::crm_core::deal::Deal;
                lead_convert => $crate::conversion::lead_convert,
                    $crate::entities::RecordRef, $crate::conversion::Conversion;
                company_transfer_owner => $crate::transfer::company_transfer_owner,
                    $crate::transfer::OwnerTransfer, $crate::transfer::Transferred;
                payment_create => $crate::payments::payment_create,
                    $crate::reexport::crm_core::payment::PaymentInput, $crate::reexport::crm_core::payment::Payment;
                payment_update => $crate::payments::payment_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::payment::PaymentInput>,
                    $crate::reexport::crm_core::payment::Payment;
                deal_money => $crate::payments::deal_money,
                    $crate::entities::RecordRef, $crate::payments::DealMoney;
                deal_board => $crate::pipeline::deal_board,
                    $crate::pipeline::BoardQuery, $crate::pipeline::DealBoard;
                user_set_login => $crate::users::user_set_login,
                    $crate::users::LoginInput, $crate::reexport::crm_core::user::User;
                output_update => $crate::workflows::output_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::output::OutputInput>,
                    $crate::reexport::crm_core::output::Output;
                user_create => $crate::users::user_create,
                    $crate::reexport::crm_core::user::UserInput, $crate::reexport::crm_core::user::User;
                user_update => $crate::users::user_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::user::UserInput>,
                    $crate::reexport::crm_core::user::User;
                analytics_date_ranges => $crate::analytics::ranges::analytics_date_ranges,
                    $crate::analytics::ranges::DateRangesQuery,
                    Vec<$crate::reexport::crm_core::analytics::DateRange>;
                analytics_sales_funnel => $crate::analytics::funnel::analytics_sales_funnel,
                    $crate::reexport::crm_core::analytics::ReportQuery,
                    $crate::reexport::crm_core::analytics::SalesFunnel;
                analytics_income => $crate::analytics::income::analytics_income,
                    $crate::reexport::crm_core::analytics::ReportQuery,
                    $crate::reexport::crm_core::analytics::reports::IncomeReport;
                analytics_deal_summary => $crate::analytics::deals::analytics_deal_summary,
                    $crate::reexport::crm_core::analytics::ReportQuery,
                    $crate::reexport::crm_core::analytics::reports::DealSummary;
                analytics_request_summary => $crate::analytics::requests::analytics_request_summary,
                    $crate::reexport::crm_core::analytics::ReportQuery,
                    $crate::reexport::crm_core::analytics::reports::RequestSummary;
                analytics_conversion => $crate::analytics::requests::analytics_conversion,
                    $crate::reexport::crm_core::analytics::ReportQuery,
                    $crate::reexport::crm_core::analytics::reports::ConversionSummary;
                analytics_lead_sources => $crate::analytics::sources::analytics_lead_sources,
                    $crate::analytics::sources::LeadSourceQuery,
                    $crate::reexport::crm_core::analytics::reports::LeadSourceSummary;
                analytics_closing_reasons => $crate::analytics::reasons::analytics_closing_reasons,
                    $crate::analytics::reasons::ClosingReasonQuery,
                    $crate::reexport::crm_core::analytics::reports::ClosingReasonSummary;
                analytics_sales => $crate::analytics::sales::analytics_sales,
                    $crate::analytics::sales::SalesQuery,
                    $crate::reexport::crm_core::analytics::reports::SalesReport;
                income_snapshot_create => $crate::analytics::snapshots::income_snapshot_create,
                    $crate::reexport::crm_core::analytics::ReportQuery,
                    $crate::reexport::crm_core::analytics::reports::IncomeSnapshot;
                income_snapshot_list => $crate::analytics::snapshots::income_snapshot_list,
                    $crate::reexport::crm_core::analytics::ReportQuery,
                    Vec<$crate::reexport::crm_core::analytics::reports::IncomeSnapshot>;
                income_snapshot_month_end => $crate::analytics::snapshots::income_snapshot_month_end,
                    $crate::analytics::snapshots::MonthEnd,
                    Vec<$crate::reexport::crm_core::analytics::reports::IncomeSnapshot>;
                records_export => $crate::export::records_export,
                    $crate::export::ExportRequest, $crate::export::ExportFile;
                records_import => $crate::import::records_import,
                    $crate::import::ImportRequest, $crate::import::ImportReport;
                company_contact_new => $crate::forms::company_contact_new,
                    $crate::forms::NewContactOfCompany, $crate::reexport::crm_core::contact::ContactInput;
                company_logo_set => $crate::logo::company_logo_set,
                    $crate::logo::LogoUpload, $crate::reexport::crm_core::company::Company;
                massmail_settings_get => $crate::massmail::mailings::massmail_settings_get,
                    $crate::registry::NoInput, $crate::reexport::crm_core::massmail::MassmailSettings;
                massmail_settings_update => $crate::massmail::mailings::massmail_settings_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::settings_lists::MassmailSettingsInput>,
                    $crate::reexport::crm_core::massmail::MassmailSettings;
                massmail_notices => $crate::massmail::mailings::massmail_notices,
                    $crate::massmail::mailings::MassmailNoticeQuery, Vec<$crate::massmail::MassmailNotice>;
                mailing_create => $crate::massmail::mailings::mailing_create,
                    $crate::massmail::RecipientSelection, $crate::massmail::mailings::MailingSaved;
                mailing_out_update => $crate::massmail::mailings::mailing_out_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::massmail::MailingOutInput>, $crate::massmail::mailings::MailingSaved;
                mailing_merge => $crate::massmail::mailings::mailing_merge,
                    $crate::massmail::mailings::MailingMerge, $crate::reexport::crm_core::massmail::MailingOut;
                mailing_exclude_received => $crate::massmail::mailings::mailing_exclude_received,
                    $crate::entities::RecordRef, $crate::massmail::mailings::MailingSaved;
                mass_contact_set_vip => $crate::massmail::recipients::mass_contact_set_vip,
                    $crate::massmail::RecipientSelection, Vec<$crate::reexport::crm_core::massmail::MassContact>;
                mass_contact_remove_vip => $crate::massmail::recipients::mass_contact_remove_vip,
                    $crate::massmail::RecipientSelection, $crate::reexport::crm_core::list::Count;
                massmail_recipient_status => $crate::massmail::recipients::massmail_recipient_status,
                    $crate::massmail::RecipientSelection, Vec<$crate::massmail::recipients::RecipientStatus>;
                massmail_received => $crate::massmail::recipients::massmail_received,
                    $crate::massmail::recipients::RecipientRef, Vec<$crate::reexport::crm_core::massmail::EmlMessage>;
                massmail_unsubscribe => $crate::massmail::recipients::massmail_unsubscribe,
                    $crate::massmail::recipients::UnsubscribeLink, $crate::massmail::recipients::Redirect;
                mailing_create_from_criteria => $crate::massmail::mailings::mailing_create_from_criteria,
                    $crate::massmail::mailings::CriteriaSelection, $crate::massmail::mailings::MailingSaved;
                mailing_criteria_choices => $crate::massmail::mailings::mailing_criteria_choices,
                    $crate::massmail::mailings::ChoicesFor, $crate::massmail::mailings::CriteriaChoices;
                eml_message_copy => $crate::massmail::copies::eml_message_copy,
                    $crate::massmail::copies::MessageCopy, $crate::reexport::crm_core::massmail::EmlMessage;
                email_account_copy => $crate::massmail::copies::email_account_copy,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::massmail::EmailAccountInput;
                web_form_submit => $crate::web_forms::web_form_submit,
                    $crate::web_forms::WebFormPost, $crate::web_forms::WebFormOutcome;
                web_form_open => $crate::web_forms::web_form_open,
                    $crate::web_forms::WebFormToken, $crate::web_forms::HostedForm;
                notice_list => $crate::notices::notice_list,
                    $crate::reexport::crm_core::notice::NoticeQuery,
                    $crate::reexport::crm_core::list::Page<$crate::reexport::crm_core::notice::Notice>;
                notice_mark_read => $crate::notices::notice_mark_read,
                    $crate::reexport::crm_core::notice::NoticeRead, $crate::reexport::crm_core::list::Count;
                notice_unread_count => $crate::notices::notice_unread_count,
                    $crate::registry::NoInput, $crate::reexport::crm_core::list::Count;
                notice_email_list => $crate::notices::notice_email_list,
                    $crate::registry::NoInput, Vec<$crate::notices::NoticeEmail>;
                profile_language_set => $crate::notices::profile_language_set,
                    $crate::notices::LanguageChoice, String;
                reminders_due => $crate::reminders::reminders_due,
                    $crate::reminders::DueCheck, $crate::reminders::RemindersFired;
                task_create => $crate::tasks::task_create,
                    $crate::reexport::crm_core::task::TaskInput, $crate::reexport::crm_core::task::Task;
                task_update => $crate::tasks::task_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::task::TaskInput>, $crate::reexport::crm_core::task::Task;
                task_get => $crate::tasks::task_get,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::task::Task;
                task_list => $crate::tasks::task_list,
                    $crate::entities::ListQuery<$crate::reexport::crm_core::task::TaskFilter, $crate::reexport::crm_core::task::TaskSort>,
                    $crate::reexport::crm_core::list::Page<$crate::reexport::crm_core::task::Task>;
                task_delete => $crate::tasks::task_delete,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::task::Task;
                project_create => $crate::tasks::project_create,
                    $crate::reexport::crm_core::task::TaskInput, $crate::reexport::crm_core::task::Project;
                project_update => $crate::tasks::project_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::task::TaskInput>, $crate::reexport::crm_core::task::Project;
                project_get => $crate::tasks::project_get,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::task::Project;
                project_list => $crate::tasks::project_list,
                    $crate::entities::ListQuery<$crate::reexport::crm_core::task::TaskFilter, $crate::reexport::crm_core::task::TaskSort>,
                    $crate::reexport::crm_core::list::Page<$crate::reexport::crm_core::task::Project>;
                project_delete => $crate::tasks::project_delete,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::task::Project;
                memo_create => $crate::tasks::memo_create,
                    $crate::reexport::crm_core::task::MemoInput, $crate::reexport::crm_core::task::Memo;
                memo_update => $crate::tasks::memo_update,
                    $crate::entities::Edit<$crate::reexport::crm_core::task::MemoInput>, $crate::reexport::crm_core::task::Memo;
                memo_review => $crate::tasks::memo_review,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::task::Memo;
                memo_get => $crate::tasks::memo_get,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::task::Memo;
                memo_list => $crate::tasks::memo_list,
                    $crate::entities::ListQuery<$crate::reexport::crm_core::task::MemoFilter, $crate::reexport::crm_core::task::MemoSort>,
                    $crate::reexport::crm_core::list::Page<$crate::reexport::crm_core::task::Memo>;
                memo_count => $crate::tasks::memo_count,
                    $crate::reexport::crm_core::task::MemoFilter, $crate::reexport::crm_core::list::Count;
                memo_delete => $crate::tasks::memo_delete,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::task::Memo;
                memo_create_task => $crate::tasks::memo_create_task,
                    $crate::tasks::MemoWork, $crate::reexport::crm_core::task::Task;
                memo_create_project => $crate::tasks::memo_create_project,
                    $crate::tasks::MemoWork, $crate::reexport::crm_core::task::Project;
                task_counters => $crate::tasks::task_counters,
                    $crate::tasks::CountersDay, $crate::tasks::TaskCounters;
                crm_email_compose => $crate::email_compose::crm_email_compose,
                    $crate::email_compose::ComposeFrom, $crate::email_compose::ComposedEmail;
                crm_email_answer => $crate::email_compose::crm_email_answer,
                    $crate::email_compose::AnswerInput, $crate::reexport::crm_core::crm_email::CrmEmail;
                crm_email_send => $crate::email_send::crm_email_send,
                    $crate::entities::RecordRef, $crate::email_send::SendOutcome;
                crm_email_mailbox_list => $crate::email_lists::crm_email_mailbox_list,
                    $crate::entities::ListQuery<$crate::reexport::crm_core::crm_email::CrmEmailFilter,
                        $crate::reexport::crm_core::crm_email::CrmEmailSort>,
                    $crate::reexport::crm_core::list::Page<$crate::reexport::crm_core::crm_email::CrmEmail>;
                crm_email_mailbox_counts => $crate::email_lists::crm_email_mailbox_counts,
                    $crate::email_lists::MailboxQuery, $crate::email_lists::MailboxCounts;
                crm_email_outbox_count => $crate::email_lists::crm_email_outbox_count,
                    $crate::registry::NoInput, $crate::reexport::crm_core::list::Count;
                crm_email_ticket_neighbours => $crate::email_lists::crm_email_ticket_neighbours,
                    $crate::entities::RecordRef, $crate::email_lists::TicketNeighbours;
                crm_email_attach_to_deal => $crate::email_attachments::crm_email_attach_to_deal,
                    $crate::email_attachments::AttachToDeal, $crate::reexport::crm_core::attachment::Attachment;
                request_from_email => $crate::inquiries::request_from_email,
                    $crate::entities::RecordRef, $crate::reexport::crm_core::request::Request;
                deal_marks => $crate::list_marks::deal_marks,
                    $crate::reexport::crm_core::list_marks::MarksQuery,
                    Vec<$crate::reexport::crm_core::list_marks::DealMarks>;
                request_marks => $crate::list_marks::request_marks,
                    $crate::reexport::crm_core::list_marks::MarksQuery,
                    Vec<$crate::reexport::crm_core::list_marks::RequestMarks>;
                request_list_defaults => $crate::list_marks::request_list_defaults,
                    $crate::registry::NoInput,
                    $crate::entities::ListQuery<$crate::reexport::crm_core::request::RequestFilter, $crate::reexport::crm_core::request::RequestSort>;
            }
        }
    };
}
