//! The main window opens where the user left it: size, position and maximized state are kept
//! in the preferences as they change, so even a crash or a killed app keeps the last layout.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tauri::{LogicalPosition, LogicalSize, Manager, Runtime, WebviewWindow, WindowEvent};

use crate::state::AppState;

/// Moves and resizes come in bursts while the user drags: only the last one is written.
const SETTLE: Duration = Duration::from_millis(400);
/// How much of the window must lie on a screen for the saved position to be used; a screen
/// that was unplugged otherwise leaves the window out of reach.
const MIN_VISIBLE: f64 = 80.0;

/// The window's outer position and inner size in logical pixels, so they mean the same after a
/// change of display scale.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowGeometry {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub maximized: bool,
}

/// Opens the main window from its configuration, where the user last left it.
pub fn open_main_window<R: Runtime>(app: &tauri::App<R>) -> tauri::Result<WebviewWindow<R>> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|window| window.label == "main")
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    let saved = app.state::<AppState>().prefs().window;
    let mut builder = tauri::WebviewWindowBuilder::from_config(app, &config)?;
    if let Some(geometry) = saved.filter(|geometry| on_a_screen(app, geometry)) {
        builder = builder
            .inner_size(
                geometry.width.max(config.min_width.unwrap_or(0.0)),
                geometry.height.max(config.min_height.unwrap_or(0.0)),
            )
            .position(geometry.x, geometry.y)
            .maximized(geometry.maximized);
    }
    let window = builder.build()?;
    keep_geometry(&window);
    Ok(window)
}

fn on_a_screen<R: Runtime>(app: &tauri::App<R>, geometry: &WindowGeometry) -> bool {
    let Ok(monitors) = app.available_monitors() else {
        return true;
    };
    monitors.is_empty()
        || monitors.iter().any(|monitor| {
            let scale = monitor.scale_factor();
            let origin: LogicalPosition<f64> = monitor.position().to_logical(scale);
            let size: LogicalSize<f64> = monitor.size().to_logical(scale);
            let visible_width =
                (geometry.x + geometry.width).min(origin.x + size.width) - geometry.x.max(origin.x);
            let visible_height =
                (geometry.y + geometry.height).min(origin.y + size.height) - geometry.y.max(origin.y);
            visible_width >= MIN_VISIBLE && visible_height >= MIN_VISIBLE
        })
}

/// Writes the window's geometry to the preferences whenever it settles after a change.
fn keep_geometry<R: Runtime>(window: &WebviewWindow<R>) {
    let changes = Arc::new(AtomicU64::new(0));
    let watched = window.clone();
    window.on_window_event(move |event| match event {
        WindowEvent::Moved(_) | WindowEvent::Resized(_) => {
            let change = changes.fetch_add(1, Ordering::SeqCst) + 1;
            let changes = Arc::clone(&changes);
            let window = watched.clone();
            tauri::async_runtime::spawn(async move {
                tokio::time::sleep(SETTLE).await;
                if changes.load(Ordering::SeqCst) == change {
                    save(&window);
                }
            });
        }
        WindowEvent::CloseRequested { .. } => save(&watched),
        _ => {}
    });
}

fn save<R: Runtime>(window: &WebviewWindow<R>) {
    // A minimized window's position is off-screen on some desktops; its last normal one stays.
    if window.is_minimized().unwrap_or(false) {
        return;
    }
    let maximized = window.is_maximized().unwrap_or(false);
    let state = window.state::<AppState>();
    let previous = state.prefs().window;
    let geometry = match (maximized, previous) {
        // A maximized window keeps the size it returns to.
        (true, Some(previous)) => WindowGeometry {
            maximized: true,
            ..previous
        },
        _ => match measure(window) {
            Some(geometry) => WindowGeometry {
                maximized,
                ..geometry
            },
            None => return,
        },
    };
    if previous != Some(geometry) {
        state.update_prefs(|prefs| prefs.window = Some(geometry));
    }
}

fn measure<R: Runtime>(window: &WebviewWindow<R>) -> Option<WindowGeometry> {
    let scale = window.scale_factor().ok()?;
    let position: LogicalPosition<f64> = window.outer_position().ok()?.to_logical(scale);
    let size: LogicalSize<f64> = window.inner_size().ok()?.to_logical(scale);
    Some(WindowGeometry {
        x: position.x,
        y: position.y,
        width: size.width,
        height: size.height,
        maximized: false,
    })
}
