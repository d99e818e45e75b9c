//! The desktop window as a user meets it again: a second launch on the same profile hands over
//! to the running app instead of opening another window, and the window comes back where and as
//! large as the user left it.

use std::time::Duration;

use anyhow::{Result, ensure};
use crm_e2e::AppSession;

/// Window managers may shift a window by its decorations; more than this is not "where it was".
const TOLERANCE: i64 = 4;

#[tokio::test]
async fn a_second_launch_hands_over_and_the_window_reopens_where_it_was_left() -> Result<()> {
    let profile = tempfile::tempdir()?;
    let args = ["--embedded".to_owned()];
    let app = AppSession::launch_in(profile.path(), &args).await?;
    app.expect_opened_at_start().await?;

    let second = app.launch_again_directly().await?;
    ensure!(second.success(), "the second launch ended with {second}");
    ensure!(app.window_count().await? == 1, "a second window was opened");
    app.open_list("company").await?;

    app.set_window_rect(60, 40, 1100, 700).await?;
    let left = app.window_rect().await?;
    // Moves settle before they are kept, as a drag's last position is the one that counts.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.close().await?;

    let app = AppSession::launch_in(profile.path(), &args).await?;
    app.expect_opened_at_start().await?;
    let reopened = app.window_rect().await?;
    let near = |a: i64, b: i64| (a - b).abs() <= TOLERANCE;
    ensure!(
        near(reopened.x, left.x)
            && near(reopened.y, left.y)
            && near(reopened.width, left.width)
            && near(reopened.height, left.height),
        "left at {left:?}, reopened at {reopened:?}"
    );
    app.close().await
}
