// `sqlx::migrate!` embeds the migration files at compile time but does not notice new ones.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
