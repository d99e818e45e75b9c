/** The spreadsheet type, so the saved file opens in the user's spreadsheet program. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A picked file's bytes as base64, the form the import command takes. FileReader rather than
 * Blob.arrayBuffer: the oldest WebKit the app runs in has no arrayBuffer().
 */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("file not readable"));
    reader.readAsDataURL(file);
  });
}

/** An exported file's base64 content as a Blob the user can save. */
export function blobFromBase64(content: string, type = XLSX_TYPE): Blob {
  const binary = atob(content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
