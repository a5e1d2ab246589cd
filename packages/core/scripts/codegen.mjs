// `npm run codegen`: writes every file generated from the zod schemas (src/codegen/outputs.ts).
// The generator is TypeScript and Node 20 cannot run that directly, so esbuild bundles it first.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const core = fileURLToPath(new URL('..', import.meta.url));
// Inside node_modules, so the bundle's own imports (zod, prettier) resolve as the sources' do.
const cache = join(core, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'parley-codegen-'));
try {
  const bundle = join(dir, 'outputs.mjs');
  await build({
    entryPoints: [join(core, 'src/codegen/outputs.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // import.meta.url must stay the source file's, so the outputs' paths resolve as in the tests.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(core, 'src/codegen/outputs.ts')).href) },
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { GENERATED_FILES } = await import(pathToFileURL(bundle).href);
  for (const file of GENERATED_FILES) {
    const text = await file.render();
    let before;
    try {
      before = readFileSync(file.path, 'utf8');
    } catch {
      // Not written yet.
    }
    const name = relative(process.cwd(), file.path);
    if (before === text) console.log(`${name}: up to date`);
    else {
      writeFileSync(file.path, text);
      console.log(`${name}: written`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
