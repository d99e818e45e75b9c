import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig({
  plugins: [svelte()],
  // Tauri prints its own output in the same terminal; keep Vite's visible.
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    host: "127.0.0.1",
    // The message catalogues live beside ui/ because Rust reads the same files.
    fs: { allow: [".", "../locales"] },
  },
  envPrefix: ["VITE_", "TAURI_ENV_"],
  build: {
    // WebKitGTK on older Linux distributions is the oldest engine the app meets.
    target: "safari13",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: !!process.env.TAURI_ENV_DEBUG,
  },
});
