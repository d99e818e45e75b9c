//! The JSON shape of a command's input or output, written as the TypeScript type the UI bindings
//! use, so `crm commands` and the bindings describe the same thing.

/// `T` as an inline TypeScript type; named types inside it keep their names.
pub fn shape<T: specta::Type>() -> String {
    let mut types = specta::Types::default();
    let datatype = T::definition(&mut types);
    let exporter = specta_typescript::Typescript::default();
    specta_typescript::primitives::inline(&exporter, &types, &datatype)
        .unwrap_or_else(|e| format!("/* {e} */ unknown"))
}
