// Starting and stopping the helper processes an engine needs (Xvfb, WebKitWebDriver), always by
// pid: never by name, which could hit other people's browsers on a shared machine.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';

const running = new Set<ChildProcess>();
// If the test worker ends without running afterAll (a crash, a timeout), leave nothing behind.
process.once('exit', () => {
  for (const child of running) for (const pid of tree(child.pid)) signal(pid, 'SIGKILL');
});

export function spawnOwned(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** The pid and those of all its descendants, read from /proc (WebKitWebDriver starts MiniBrowser, which starts its web processes). */
function tree(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number);
  } catch {
    // Already gone, or no /proc.
  }
  return [pid, ...children.flatMap((child) => tree(child))];
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Terminates `child` and its descendants, and waits until `child` has exited (SIGKILL after 5 s). */
export async function stopOwned(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const pids = tree(child.pid);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (const pid of pids) signal(pid, 'SIGTERM');
  const timer = setTimeout(() => pids.forEach((pid) => signal(pid, 'SIGKILL')), 5_000);
  await exited;
  clearTimeout(timer);
}
