// The build script of the root package runs in the repository root, where tauri.conf.json lives.
fn main() {
    let attributes =
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*");
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {err:#}");
    }
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
}
