//! R-COMP-4: a company's logo. The uploaded picture (PNG, JPEG, GIF or WebP) is shrunk to fit
//! 200×200, stored as PNG named `<full_name>.png` in the company's folder of the file store, and
//! the previous logo file is removed.
//!
//! The file store is a folder on this computer: `ORIEL_FILE_STORE` when set, else `files/` beside
//! the embedded database. Paths stored in the database are relative to it (§1.1 `file`).

use std::io::Cursor;
use std::path::{Path, PathBuf};

use base64::Engine;
use crm_core::Id;
use crm_core::access::Perm;
use crm_core::company::Company;
use crm_core::validation::{Rule, Violations};
use crm_store::record;
use image::{ImageFormat, ImageReader, Limits};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{COMPANY, typed};
use crate::fields::{object, text_of};
use crate::{AppError, Session, records};

/// The box a logo is shrunk to fit (R-COMP-4).
pub const LOGO_MAX: u32 = 200;

/// The largest picture decoded at all: anything bigger is refused before it takes the memory.
const DECODE_MAX_SIDE: u32 = 10_000;
const DECODE_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// `company_logo_set`: the company, the version the user read, and the uploaded file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct LogoUpload {
    pub id: Id,
    pub version: i32,
    /// The uploaded picture's bytes, base64.
    pub content_base64: String,
}

fn not_a_picture() -> AppError {
    AppError::Validation(Violations::one("content_base64", Rule::Malformed))
}

/// R-COMP-4: `picture` (PNG, JPEG, GIF or WebP) as a PNG that fits 200×200, keeping its
/// proportions; a smaller picture keeps its size.
pub fn logo_png(picture: &[u8]) -> Result<Vec<u8>, AppError> {
    let mut reader = ImageReader::new(Cursor::new(picture))
        .with_guessed_format()
        .map_err(|_| not_a_picture())?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(DECODE_MAX_SIDE);
    limits.max_image_height = Some(DECODE_MAX_SIDE);
    limits.max_alloc = Some(DECODE_MAX_BYTES);
    reader.limits(limits);
    let mut image = reader.decode().map_err(|_| not_a_picture())?;
    if image.width() > LOGO_MAX || image.height() > LOGO_MAX {
        image = image.thumbnail(LOGO_MAX, LOGO_MAX);
    }
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| AppError::Internal(format!("logo: {e}")))?;
    Ok(png)
}

/// R-COMP-4: where a company's logo is stored, relative to the file store: its own folder, and
/// `<full_name>.png` with the characters no file system takes replaced.
pub fn logo_path(company: Id, full_name: &str) -> String {
    let name: String = full_name
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    format!("logos/company-{}/{}.png", company.0, name.trim())
}

/// The file store of this computer (see the module docs).
pub fn file_store() -> Result<PathBuf, AppError> {
    if let Some(root) = std::env::var_os("ORIEL_FILE_STORE") {
        return Ok(PathBuf::from(root));
    }
    crm_store::default_embedded_path()
        .and_then(|db| db.parent().map(|dir| dir.join("files")))
        .ok_or_else(|| AppError::Internal("no folder for the file store".into()))
}

fn io_error(path: &Path, err: &std::io::Error) -> AppError {
    AppError::Internal(format!("{}: {err}", path.display()))
}

/// `company_logo_set` with the file store at `store`: writes the new logo, records it on the
/// company (by whoever may edit the company, R-PERM-4, on the version read) and removes the
/// previous logo file once the company row names the new one.
pub async fn company_logo_set_in(
    session: &Session,
    store: &Path,
    input: LogoUpload,
) -> Result<Company, AppError> {
    let picture = base64::engine::general_purpose::STANDARD
        .decode(input.content_base64.trim())
        .map_err(|_| not_a_picture())?;
    let png = logo_png(&picture)?;
    let mut tx = session.db().begin().await?;
    let before = records::editable_in(&mut tx, session, &COMPANY, input.id.0, Perm::Change).await?;
    let path = logo_path(input.id, text_of(&before, "full_name"));
    let previous = text_of(&before, "logo").to_owned();
    let file = store.join(&path);
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(|e| io_error(folder, &e))?;
    }
    std::fs::write(&file, &png).map_err(|e| io_error(&file, &e))?;
    let saved = record::patch_in(
        &mut tx,
        COMPANY.entity,
        Some(session.user_id().0),
        input.id.0,
        input.version,
        &object(json!({ "logo": path })),
    )
    .await?;
    tx.commit().await?;
    if !previous.is_empty() && previous != path && crm_core::attachment::is_store_path(&previous) {
        // The row no longer names it; a file already gone is no error.
        std::fs::remove_file(store.join(&previous)).ok();
    }
    typed(saved)
}

/// `company_logo_set`: a company's new logo from the uploaded picture (R-COMP-4).
pub async fn company_logo_set(session: &Session, input: LogoUpload) -> Result<Company, AppError> {
    company_logo_set_in(session, &file_store()?, input).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r_comp_4_the_logo_is_named_after_the_company() {
        assert_eq!(
            logo_path(Id(7), "Nordlicht GmbH"),
            "logos/company-7/Nordlicht GmbH.png"
        );
        assert_eq!(logo_path(Id(7), "A/B: \"C\""), "logos/company-7/A_B_ _C_.png");
        assert!(crm_core::attachment::is_store_path(&logo_path(Id(7), "..")));
    }

    #[test]
    fn r_comp_4_a_large_picture_shrinks_to_fit_and_becomes_png() {
        let mut jpeg = Vec::new();
        image::DynamicImage::new_rgb8(800, 400)
            .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
            .expect("jpeg");
        let png = logo_png(&jpeg).expect("logo");
        assert_eq!(image::guess_format(&png).ok(), Some(ImageFormat::Png));
        let logo = image::load_from_memory(&png).expect("png");
        assert_eq!((logo.width(), logo.height()), (200, 100));
        let small = logo_png(&png).expect("again");
        let small = image::load_from_memory(&small).expect("png");
        assert_eq!(
            (small.width(), small.height()),
            (200, 100),
            "a fitting logo keeps its size"
        );
        assert!(matches!(logo_png(b"not a picture"), Err(AppError::Validation(_))));
    }
}
