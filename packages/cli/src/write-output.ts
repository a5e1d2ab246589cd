import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, type CliIo } from './io.js';

/** Writes a command's result to `-o <file>` (saying so on standard error), or to standard output. */
export async function writeOutput(text: string, output: string | undefined, io: CliIo): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, output), text);
  } catch (error) {
    throw new CliError(`Cannot write ${output}: ${(error as Error).message}.`);
  }
  io.stderr.write(`Wrote ${output}\n`);
}
