// A virtual X display for WebKit's MiniBrowser, which cannot run headless. Started from the test
// itself, so `npm test` needs no xvfb-run wrapper.
import { stopOwned, spawnOwned } from './child-processes.js';

export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":99". */
  display: string;
  stop(): Promise<void>;
}

export function startXvfb(executable: string): Promise<VirtualDisplay> {
  // With -displayfd, Xvfb picks a free display number itself and writes it to fd 3, so runs in
  // parallel never collide. -nolisten tcp: local clients only.
  const child = spawnOwned(
    executable,
    ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let written = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (!written.includes('\n')) return;
      resolve({ display: `:${written.trim()}`, stop: () => stopOwned(child) });
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`Xvfb exited (${code}) before it had a display:\n${stderr}`)),
    );
  });
}
