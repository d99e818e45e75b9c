//! The JSON shape of a command's input or output, written as the TypeScript types the UI bindings
//! use, so `crm commands` and the bindings describe the same thing.

/// `T` by its TypeScript name with its type arguments, e.g. `ListQuery<CompanyFilter, CompanySort>`.
pub fn name<T: specta::Type>() -> String {
    let mut types = specta::Types::default();
    let datatype = T::definition(&mut types);
    let exporter = specta_typescript::Typescript::default();
    specta_typescript::primitives::reference(&exporter, &types, &datatype)
        .unwrap_or_else(|e| format!("/* {e} */ unknown"))
}

/// `T` as an inline TypeScript object type; named types inside it keep their names, and type
/// parameters show as in [`name`].
pub fn shape<T: specta::Type>() -> String {
    let mut types = specta::Types::default();
    let datatype = T::definition(&mut types);
    let exporter = specta_typescript::Typescript::default();
    specta_typescript::primitives::inline(&exporter, &types, &datatype)
        .unwrap_or_else(|e| format!("/* {e} */ unknown"))
}
