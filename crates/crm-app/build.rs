//! Embeds every `locales/<code>/*.ftl` file, so adding a language or a file needs no code change.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for locale in fs::read_dir(&root).expect("locales/ exists") {
        let locale = locale.expect("readable locales/ entry").path();
        if !locale.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", locale.display());
        let code = locale
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 locale code")
            .to_owned();
        for file in fs::read_dir(&locale).expect("readable locale directory") {
            let file = file.expect("readable locale file").path();
            if file.extension().is_some_and(|ext| ext == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push((code.clone(), file.canonicalize().expect("canonical path")));
            }
        }
    }
    files.sort();
    let mut out = String::from("/// (locale code, file contents) of every embedded .ftl file.\n");
    out.push_str("pub static FTL_FILES: &[(&str, &str)] = &[\n");
    for (code, path) in files {
        writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("write to String");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("ftl_files.rs");
    fs::write(dest, out).expect("write ftl_files.rs");
}
