// How long the `parley` command takes from start to exit, as an editor's save hook or a CI step
// runs it: `node packages/cli/dist/main.js …` in a fresh process each time, on the Istanbul
// example as JSON, YAML and CSV. `node -e 0` is measured the same way, for Node's own share.
// Part of `npm run bench`; on its own (after `npx turbo run build --filter=@parley/cli`):
//   node scripts/bench/measure-cli.mjs [--runs=N] [--baseline=packages/cli/dist-before/main.js]
// `--baseline` times another build of the bin too, interleaved with this one, for a before and
// after (keep it inside packages/cli so it finds the same dependencies).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIN = 'packages/cli/dist/main.js';
const EXAMPLES = 'packages/core/examples/istanbul-2025-06-02';

/** What is timed, for a bin: a label, and the arguments after `node`. */
const commands = (bin, suffix = '') => [
  { label: `\`parley --version\`${suffix}`, args: [bin, '--version'] },
  ...['json', 'yaml', 'csv'].map((extension) => ({
    label: `\`parley validate istanbul-2025-06-02.${extension}\`${suffix}`,
    args: [bin, 'validate', `${EXAMPLES}.${extension}`],
  })),
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs each command `runs` times, interleaved (so a burst of load hits all of them alike), after
 * one warm-up run each that fills the OS file cache; returns the median and best wall time.
 */
export function measureCli({ runs = 10, baseline, log = () => {} } = {}) {
  const COMMANDS = [
    { label: '`node -e 0` (Node alone, for comparison)', args: ['-e', '0'] },
    ...commands(BIN),
    ...(baseline ? commands(baseline, `, baseline \`${baseline}\``) : []),
  ];
  const times = COMMANDS.map(() => []);
  const loads = [];
  for (let run = 0; run <= runs; run++) {
    if (run > 0) log(`parley command: run ${run}/${runs}`);
    loads.push(loadavg()[0]);
    COMMANDS.forEach((command, index) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, command.args, { cwd: root, encoding: 'utf8' });
      const ms = performance.now() - start;
      if (result.status !== 0)
        throw new Error(
          `node ${command.args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`,
        );
      if (run > 0) times[index].push(ms);
    });
  }
  return {
    runs,
    baseline,
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model.trim()}`,
    load: { min: Math.min(...loads), max: Math.max(...loads), median: median(loads) },
    rows: COMMANDS.map((command, index) => ({
      label: command.label,
      medianMs: median(times[index]),
      minMs: Math.min(...times[index]),
    })),
  };
}

/** The report's section for `measureCli`'s result, in Markdown. */
export function cliSection(result) {
  const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
  const [node, ...rest] = result.rows;
  return `### The \`parley\` command, start to exit

Each command in a fresh \`node\` process, start to exit (what an editor's save hook waits for),
median and best of ${result.runs} runs after a warm-up; ${result.cpu}, Node ${result.node}, 1-minute load
average ${result.load.min.toFixed(1)} to ${result.load.max.toFixed(1)} (median ${result.load.median.toFixed(1)}) while it ran.
Validation loads no zod (a test fails if it does). Reproduce with \`node scripts/bench/measure-cli.mjs${result.baseline ? ` --baseline=${result.baseline}` : ''}\`.

| command | median | best | beyond Node's own start (median) |
| --- | ---: | ---: | ---: |
| ${node.label} | ${ms(node.medianMs)} | ${ms(node.minMs)} | — |
${rest.map((row) => `| ${row.label} | **${ms(row.medianMs)}** | ${ms(row.minMs)} | ${ms(row.medianMs - node.medianMs)} |`).join('\n')}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Math.max(5, Number(option('runs') ?? 10));
  const baseline = option('baseline');
  console.log(cliSection(measureCli({ runs, baseline, log: (line) => console.error(`bench: ${line}`) })));
}
