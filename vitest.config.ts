import { defineConfig } from "vitest/config";

// Two projects: `unit` (fast, no build, no browser, no JVM: `npm run test:quick`) and `integration`
// (full builds, the Nu checker's JVM, share-card rendering), which `npm test` runs after its own
// `npm run build` so the reproducibility and quiet-build checks compare against that dist/.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The fictional test sites are dated 2030 so nobody takes them for real: the check's
    // "not after today" rule runs as if it were 2031.
    env: { CONTENT_TODAY: "2031-01-01" },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["tests/integration/**/*.test.ts"], testTimeout: 300_000 } },
    ],
  },
});
