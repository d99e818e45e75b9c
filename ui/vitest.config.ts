import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

// The app's own Vite setup (Svelte plugin, access to ../locales) plus what only tests need.
export default mergeConfig(
  viteConfig,
  defineConfig({
    // mount() needs Svelte's browser build, not the server build Node would pick.
    resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
    test: {
      environment: "jsdom",
      include: ["src/**/*.test.ts"],
      // Unmounts what each test rendered, so one test's screen never leaks into the next.
      setupFiles: ["@testing-library/svelte/vitest"],
    },
  }),
);
