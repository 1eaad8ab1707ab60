import { defineConfig } from 'vitest/config';

// Two projects: unit tests are pure and run in parallel; integration tests share one real
// Neo4j (started by scripts/test.sh or given by NEO4J_URI) and so run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        // The rule-compilation tests take seconds; on a loaded two-core CI machine they can pass
        // vitest's 5 s default, which would fail them for the machine, not the code.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['test/helpers/integrationSetup.ts'],
        },
      },
    ],
  },
});
