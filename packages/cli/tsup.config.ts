import { defineConfig } from 'tsup';

export default defineConfig({
  // main.ts is the `parley` bin; index.ts the same commands as a function, for tools and tests.
  entry: ['src/main.ts', 'src/index.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
});
