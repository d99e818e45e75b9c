//! Every command of crm-app's command table as a typed Tauri command: a thin adapter that takes the
//! open session from the app state, calls the crm-app function, hands its output over as an
//! `Answer` (how crm-app writes every answer's JSON) and translates its error. The same
//! table also yields `specta_builder!`, the command list the TypeScript bindings are made from.

// Tauri hands command arguments over by value, and every command's error is the whole translated
// `CommandError` the UI shows: these two lints do not fit command signatures.
#![allow(clippy::needless_pass_by_value, clippy::result_large_err)]

use crm_app::CommandError;
use crm_app::answer::Answer;
use crm_app::entities::{Edit, ListQuery, RecordRef};
use crm_core::list::{Count, Page};
use tauri::State;

use crate::state::AppState;

/// One Tauri command calling the crm-app command `$function`.
macro_rules! adapter {
    ($command:ident, $function:path, $input:ty, $output:ty) => {
        #[doc = concat!("`", stringify!($command), "` (see crm-app).")]
        #[tauri::command]
        #[specta::specta]
        pub async fn $command(
            state: State<'_, AppState>,
            input: $input,
        ) -> Result<Answer<$output>, CommandError> {
            let result = async { $function(&state.session().await?, input).await }.await;
            result.map(Answer).map_err(|e| state.localize(&e))
        }
    };
}

macro_rules! tauri_commands {
    (@op get $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { adapter!([<$name _get>], crm_app::entities::[<$name _get>], RecordRef, $record); }
    };
    (@op list $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            adapter!([<$name _list>], crm_app::entities::[<$name _list>], ListQuery<$filter, $sort>, Page<$record>);
        }
    };
    (@op count $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { adapter!([<$name _count>], crm_app::entities::[<$name _count>], $filter, Count); }
    };
    (@op create $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { adapter!([<$name _create>], crm_app::entities::[<$name _create>], $input, $record); }
    };
    (@op update $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { adapter!([<$name _update>], crm_app::entities::[<$name _update>], Edit<$input>, $record); }
    };
    (@op delete $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { adapter!([<$name _delete>], crm_app::entities::[<$name _delete>], RecordRef, $record); }
    };
    (@op restore $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { adapter!([<$name _restore>], crm_app::entities::[<$name _restore>], RecordRef, $record); }
    };
    (
        $d:tt
        entities {
            $($name:ident: $spec:ident = $ctor:ident($entity:path, $resource:expr),
                $record:ty, $input:ty, $filter:ty, $sort:ty, [$($op:ident)*];)*
        }
        commands {
            $($command:ident => $function:path, $command_input:ty, $command_output:ty;)*
        }
    ) => {
        $( $( tauri_commands!(@op $op $name $record, $input, $filter, $sort); )* )*
        $( adapter!($command, $function, $command_input, $command_output); )*

        // `collect_commands!` cannot name an outer generic parameter, so the command list is a
        // macro that takes the runtime: the app uses Wry, IPC tests use the mock runtime.
        pastey::paste! {
            macro_rules! specta_builder {
                ($d runtime:path) => {
                    // One TypeScript type per Rust type: the command types have no serde attribute
                    // that would make their serialized and deserialized shapes differ.
                    tauri_specta::Builder::<$d runtime>::new()
                        .disable_serde_phases()
                        .commands(tauri_specta::collect_commands![
                            $crate::commands::app_start,
                            $crate::commands::locale_set::<$d runtime>,
                            $crate::commands::connection_open::<$d runtime>,
                            $crate::commands::notify_own_assignments_set::<$d runtime>,
                            $crate::commands::assignments_while_away,
                            $crate::commands::connection_close,
                            $crate::updates::update_check::<$d runtime>,
                            $crate::updates::update_download::<$d runtime>,
                            $crate::updates::update_install::<$d runtime>,
                            $crate::updates::update_check_at_start_set,
                            $crate::commands::connection_info,
                            $crate::commands::settings_get,
                            $crate::commands::settings_update,
                            $crate::transfer::import_start,
                            $crate::transfer::import_cancel,
                            $( $( $crate::crm_commands::[<$name _ $op>], )* )*
                            $( $crate::crm_commands::$command, )*
                        ])
                        .events(tauri_specta::collect_events![
                            $crate::announcer::AssignmentsAnnounced,
                            $crate::announcer::AnnouncementOpened,
                            $crate::updates::UpdateProgress
                        ])
                };
            }
        }
    };
}

crm_app::command_table!(tauri_commands, $);
