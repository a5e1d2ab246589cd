import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_PARSE_OPTIONS, type ParleyIssue } from '@parley/core/parse';
import { CliError, type CliIo } from './io.js';

/** A file's text, or the reason it is not text a timeline can be read from. */
export type ReadResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: ParleyIssue };

/**
 * The longest file read, in bytes. A UTF-16 code unit takes at most 3 bytes of UTF-8, so a file
 * longer than this is surely over the parsers' `maxLength` and is refused without reading it.
 */
const MAX_BYTES = DEFAULT_PARSE_OPTIONS.maxLength * 3;

/**
 * Reads a file named on the command line (standard input for `-`, or an http(s) URL) as UTF-8 text.
 *
 * A missing file, a directory or a read error is a `CliError` (exit 2); a file that is too large,
 * binary or not valid UTF-8 is an issue about the data (exit 1), with its position.
 */
export async function readInput(name: string, io: CliIo): Promise<ReadResult> {
  let bytes: Uint8Array;
  if (name === '-') {
    bytes = await io.readStdin();
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
    const fetched = await fetchUrl(name);
    if (!fetched.ok) return fetched;
    bytes = fetched.bytes;
  } else {
    const path = resolve(io.cwd, name);
    try {
      const info = await stat(path);
      if (info.isDirectory())
        throw new CliError(
          `${name} is a directory, not a file.`,
          'Name the files in it, e.g. `parley validate dir/*.yaml`.',
        );
      if (info.size > MAX_BYTES) return { ok: false, issue: tooLarge(info.size) };
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`Cannot read ${name}: ${describeFsError(error)}`);
    }
  }
  if (bytes.length > MAX_BYTES) return { ok: false, issue: tooLarge(bytes.length) };
  return decode(bytes);
}

/** How long a URL may take to answer, in milliseconds. */
const FETCH_TIMEOUT = 30_000;

/**
 * Downloads a timeline from an http(s) URL, e.g. a Google Sheet published as CSV. Other schemes
 * are refused; the body is read up to the size limit and no further.
 */
async function fetchUrl(
  url: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; issue: ParleyIssue }> {
  if (!/^https?:\/\//i.test(url))
    throw new CliError(`Cannot read ${url}: only http:// and https:// URLs are read.`);
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const why =
      (error as Error).name === 'TimeoutError'
        ? `no answer in ${FETCH_TIMEOUT / 1000} s`
        : (cause ?? (error as Error).message);
    throw new CliError(`Cannot read ${url}: ${why}.`);
  }
  if (!response.ok)
    throw new CliError(`Cannot read ${url}: the server answered ${response.status} ${response.statusText}.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_BYTES) {
      await response.body?.cancel();
      return { ok: false, issue: tooLarge(size, true) };
    }
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

function tooLarge(size: number, partial = false): ParleyIssue {
  return {
    code: 'too_big',
    message: `The file is ${partial ? 'over ' : ''}${size.toLocaleString('en')} bytes; a timeline may be at most ${DEFAULT_PARSE_OPTIONS.maxLength.toLocaleString('en')} characters long.`,
    path: [],
  };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  return error instanceof Error ? `${error.message}.` : 'unknown error.';
}

/** The 1-based line and column of a UTF-16 offset, counting a leading BOM as no column. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** UTF-8 text, refusing binary data (a NUL byte) and bytes that are not UTF-8, with where they are. */
function decode(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Decoding again with replacements shows where: the first U+FFFD that the bytes did not spell.
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const offset = firstReplacement(lenient, bytes);
    return {
      ok: false,
      issue: {
        code: 'syntax',
        message:
          nul >= 0
            ? 'The file is binary, not text.'
            : 'The file is not valid UTF-8 text: save it as UTF-8 (most editors offer "UTF-8" in Save As).',
        path: [],
        ...positionOf(lenient, offset),
      },
    };
  }
  if (nul >= 0) {
    const offset = text.indexOf('\u0000');
    return {
      ok: false,
      issue: {
        code: 'syntax',
        message: 'The file is binary, not text: it holds a NUL character.',
        path: [],
        ...positionOf(text, offset),
      },
    };
  }
  return { ok: true, text };
}

/** The first replacement character not written in the file itself as the bytes EF BF BD. */
function firstReplacement(text: string, bytes: Uint8Array): number {
  let written = 0;
  for (let i = 0; i + 2 < bytes.length; i++)
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) written++;
  let offset = -1;
  for (let seen = 0; seen <= written; seen++) {
    offset = text.indexOf('\ufffd', offset + 1);
    if (offset < 0) return 0;
  }
  return offset;
}
