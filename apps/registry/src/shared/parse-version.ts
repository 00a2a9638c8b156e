import { RegistryError } from './registry.error';

/** A stored version number from a path, query, body or command line: a positive integer, or refused. */
export function parseVersion(value: unknown, name = 'version'): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^v?[1-9]\d{0,8}$/.test(text))
    throw new RegistryError(
      'invalid',
      `${name} must be a version number such as 3 or v3 (got ${JSON.stringify(value)})`,
    );
  return Number(text.replace(/^v/, ''));
}

/** A list name as stored: letters, digits, `.`, `_`, `-`. */
export function parseListName(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(value))
    throw new RegistryError(
      'invalid',
      `list name must be 1-64 of A-Z a-z 0-9 . _ - (got ${JSON.stringify(value)})`,
    );
  return value;
}
