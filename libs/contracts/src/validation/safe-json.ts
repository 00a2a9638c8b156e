import { isUtf8 } from 'node:buffer';
import { reject, type ContractResult } from './contract-error';
import { locateJsonSyntaxError } from './json-syntax-locator';

/** 1 MiB: the contract's upper bound for one message. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** Keys that could reach an object's prototype chain when a consumer merges or assigns the parsed value. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface SafeJsonLimits {
  readonly maxBytes?: number;
  /** Deepest nesting of objects and arrays accepted; checked before parsing, so hostile input costs O(n). */
  readonly maxDepth: number;
}

/**
 * Parses untrusted JSON bytes with the checks that must happen before or around `JSON.parse`:
 * size, UTF-8 validity, nesting depth (scanned first, without recursion), syntax, and keys that
 * would pollute prototypes. Schema rules are not its business.
 */
export function parseUntrustedJson(
  input: Uint8Array | string,
  limits: SafeJsonLimits,
): ContractResult<unknown> {
  const maxBytes = limits.maxBytes ?? MAX_MESSAGE_BYTES;
  const byteLength = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (byteLength > maxBytes) {
    return reject('TOO_LARGE', [
      {
        path: '(root)',
        rule: 'maxBytes',
        message: `message is ${byteLength} bytes, over the ${maxBytes}-byte limit`,
      },
    ]);
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (!isUtf8(input)) {
      const offset = firstInvalidUtf8Offset(input);
      return reject('INVALID_UTF8', [
        { path: '(root)', rule: 'utf8', message: `invalid UTF-8 byte sequence at byte offset ${offset}` },
      ]);
    }
    text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  }
  if (text.trim().length === 0) {
    return reject('EMPTY_MESSAGE', [{ path: '(root)', rule: 'nonEmpty', message: 'message is empty' }]);
  }
  const tooDeepAt = firstPositionDeeperThan(text, limits.maxDepth);
  if (tooDeepAt >= 0) {
    const { line, column } = lineAndColumn(text, tooDeepAt);
    return reject('TOO_DEEP', [
      {
        path: '(root)',
        rule: 'depth',
        message: `nesting deeper than ${limits.maxDepth} levels at line ${line}, column ${column}`,
      },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return reject('INVALID_JSON', [
      { path: '(root)', rule: 'json', message: describeSyntaxError(text, error) },
    ]);
  }
  const forbiddenPath = mayHoldForbiddenKey(text) ? findForbiddenKey(value) : undefined;
  if (forbiddenPath !== undefined) {
    return reject('FORBIDDEN_KEY', [
      {
        path: forbiddenPath,
        rule: 'forbiddenKey',
        message: 'key is not allowed (prototype pollution guard)',
      },
    ]);
  }
  return { ok: true, value };
}

/** Index of the first `{` or `[` that opens a level beyond `maxDepth`, ignoring string contents; -1 if none. */
function firstPositionDeeperThan(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return -1;
}

/**
 * False when no parsed key can be a forbidden one: the text names none of them and has no `\u` escape
 * that could spell one. Native substring search is far cheaper than walking every key of every message.
 */
function mayHoldForbiddenKey(text: string): boolean {
  return (
    text.includes('\\u') ||
    text.includes('__proto__') ||
    text.includes('constructor') ||
    text.includes('prototype')
  );
}

/** Path of the first forbidden key, or undefined. Paths are built only on the way back from a find. */
function findForbiddenKey(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i]);
      if (found !== undefined)
        return found === '' ? `[${i}]` : `[${i}]${found.startsWith('[') ? '' : '.'}${found}`;
    }
    return undefined;
  }
  for (const key in value) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = findForbiddenKey((value as Record<string, unknown>)[key]);
    if (found !== undefined) return found.startsWith('[') ? `${key}${found}` : `${key}.${found}`;
  }
  return undefined;
}

function describeSyntaxError(text: string, error: unknown): string {
  const problem = locateJsonSyntaxError(text);
  if (problem) {
    const { line, column } = lineAndColumn(text, problem.index);
    return `malformed JSON at line ${line}, column ${column}: expected ${problem.expected}`;
  }
  return `malformed JSON: ${error instanceof Error ? error.message : String(error)}`;
}

export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const needed =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (needed < 0) return i;
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += needed + 1;
  }
  return i;
}
