// `npm start` on a clean clone serves Storybook with the Istanbul card on its landing page: start
// scripts/start.mjs on a free port, wait until it says where the docs are, look, and stop it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import istanbul from '@parley/core/examples/istanbul-2025-06-02.json';
import { launchChromium } from './browser.js';
import { waitForCardTitle } from './landing.js';

const repoRoot = join(import.meta.dirname, '../../..');

/** A port nothing listens on now: the OS picks it for a moment, then it is handed on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

test(
  'npm start serves the docs, and the landing page shows the Istanbul card',
  { timeout: 300_000 },
  async () => {
    const port = await freePort();
    // Its own process group, so the test can stop start.mjs and the Storybook it started, by pid.
    const start = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    start.stdout.on('data', (chunk: Buffer) => (output += chunk));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const browser = await launchChromium();
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`npm start did not say it was ready:\n${output}`)),
          240_000,
        );
        start.stdout.on('data', () => {
          if (output.includes('Parley docs are running at')) {
            clearTimeout(timer);
            resolve();
          }
        });
        start.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
      });
      expect(output).toContain(`http://localhost:${port}/`);
      const page = await browser.newPage();
      await page.goto(`http://localhost:${port}/`);
      await waitForCardTitle(page, istanbul.title, 120_000);
    } finally {
      await browser.close();
      if (start.exitCode === null && start.pid) process.kill(-start.pid, 'SIGTERM');
    }
  },
);
