// @parley/cli as a library: the `parley` command as a function, for tools that embed it.
export { run, COMMANDS } from './run.js';
export { processIo, EXIT, CliError, type CliIo, type OutputStream } from './io.js';
export type { Command } from './command.js';
