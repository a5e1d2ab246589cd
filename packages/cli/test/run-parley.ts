import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built `parley` bin: the tests run the real binary, as a user's shell does. */
export const BIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export interface Ran {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns `node dist/main.js …args` and collects its output. Colour variables are cleared so
 * output is plain unless a test sets them.
 */
export function parley(
  args: readonly string[],
  options: {
    cwd?: string;
    input?: string | Uint8Array;
    env?: Record<string, string>;
    nodeArgs?: string[];
  } = {},
): Promise<Ran> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build -w @parley/cli\` first.`);
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
