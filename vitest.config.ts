import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    testTimeout: 30_000,
    // The fictional test sites are dated 2030 so nobody takes them for real: the check's
    // "not after today" rule runs as if it were 2031.
    env: { CONTENT_TODAY: "2031-01-01" },
  },
});
