/** Where a command reads and writes: the process's streams in the bin, buffers in tests. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Reads all of standard input, for the `-` file name. */
  readonly readStdin: () => Promise<Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative file names are read from and written to. */
  readonly cwd: string;
}

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Exit codes: 0 valid, 1 invalid data, 2 a usage or I/O error (the command could not do its job). */
export const EXIT = { ok: 0, invalid: 1, error: 2 } as const;

/** A usage or I/O problem: printed as `parley: <message>` with exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The process's own streams, for the `parley` bin. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
