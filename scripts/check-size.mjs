// Size budget of what readers download, checked in `npm test`. Sizes are measured, never times.
// Above 25 kB gzip fails (issue 4); the target is 20 kB. See docs/benchmarks.md for where the bytes go.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [{ file: 'packages/widget/dist/parley-timeline.js', maxGzipBytes: 25 * 1024 }];

let ok = true;
for (const { file, maxGzipBytes } of budgets) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const verdict = size <= maxGzipBytes ? 'within' : 'OVER';
  console.log(
    `${file}: ${(size / 1024).toFixed(1)} kB gzip, ${verdict} the ${(maxGzipBytes / 1024).toFixed(0)} kB budget`,
  );
  if (size > maxGzipBytes) ok = false;
}
process.exit(ok ? 0 : 1);
