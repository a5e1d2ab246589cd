import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../../../chromium.config.mjs';

export const repoRoot = resolve(import.meta.dirname, '../../..');

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to completion. Drops the `npm_*` variables that `npm test` sets, so a nested
 * npm behaves as it would in the user's own shell.
 */
export function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolvePromise({ exitCode, stdout, stderr }));
  });
}

/** Like `run`, but throws with the command's output when it fails. */
export async function runOk(command: string, args: string[], cwd: string): Promise<RunResult> {
  const result = await run(command, args, cwd);
  if (result.exitCode !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.exitCode}\n${result.stdout}\n${result.stderr}`,
    );
  return result;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

/** Serves a folder's files on 127.0.0.1 at a free port, as any static web server would. */
export async function serveDirectory(
  root: string,
  headers: Record<string, string> = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => {
        response.writeHead(404).end('not found');
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** Debian's Chromium, launched as every test here launches it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
}
