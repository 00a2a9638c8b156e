import type { DeadLetterReason } from '@salw/messaging';
import { validDeclaration } from '@salw/contracts/testing';

/** One refused input of the foundation issue: its bytes, the reason it must carry, what the detail names. */
export interface BadDeclarationCase {
  readonly name: string;
  /** Kafka key: unique per case, so its dead letter can be found by key. */
  readonly key: string;
  readonly value: Buffer | null;
  readonly reason: DeadLetterReason;
  readonly detail: RegExp;
}

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function changed(change: (d: Mutable) => void): Buffer {
  const declaration = validDeclaration() as Mutable;
  change(declaration);
  return Buffer.from(JSON.stringify(declaration), 'utf8');
}

/** Every bad input the contract names, as the bytes a misbehaving clearance system would send. */
export function badDeclarationCases(): BadDeclarationCase[] {
  const cases: Array<Omit<BadDeclarationCase, 'key'>> = [
    {
      name: 'malformed JSON',
      value: Buffer.from('{"schemaVersion": "1", "declarationId": }'),
      reason: 'INVALID_JSON',
      detail: /malformed JSON at line 1, column 41/,
    },
    { name: 'an empty body', value: Buffer.alloc(0), reason: 'EMPTY_MESSAGE', detail: /empty/ },
    { name: 'a null value (tombstone)', value: null, reason: 'EMPTY_MESSAGE', detail: /empty/ },
    {
      name: 'an array instead of an object',
      value: Buffer.from('[1,2]'),
      reason: 'SCHEMA_VIOLATION',
      detail: /\(root\): .*object/,
    },
    {
      name: 'a wrong schemaVersion',
      value: changed((d) => (d.schemaVersion = '2')),
      reason: 'UNSUPPORTED_SCHEMA_VERSION',
      detail: /schemaVersion: .*"2" is not supported/,
    },
    {
      name: 'a missing required field',
      value: changed((d) => delete d.parties.consignee),
      reason: 'SCHEMA_VIOLATION',
      detail: /parties\.consignee: required field is missing/,
    },
    {
      name: 'an unknown field',
      value: changed((d) => (d.parties.consignee.nickname = 'JJ')),
      reason: 'SCHEMA_VIOLATION',
      detail: /parties\.consignee\.nickname: .*unknown field/,
    },
    {
      name: 'a __proto__ key',
      value: changed((d) => (d.parties.consignee = JSON.parse('{"name":"x","__proto__":{"admin":true}}'))),
      reason: 'FORBIDDEN_KEY',
      detail: /parties\.consignee\.__proto__: key is not allowed/,
    },
    {
      name: 'an HS code with letters',
      value: changed((d) => (d.items[0].hsCode = '87A323')),
      reason: 'SCHEMA_VIOLATION',
      detail: /items\[0\]\.hsCode/,
    },
    {
      name: 'a negative mass',
      value: changed((d) => (d.items[0].netMassKg = -1)),
      reason: 'SCHEMA_VIOLATION',
      detail: /items\[0\]\.netMassKg: must be >= 0/,
    },
    {
      name: 'an invalid country code',
      value: changed((d) => (d.route.destination = 'XX')),
      reason: 'SCHEMA_VIOLATION',
      detail: /route\.destination: .*ISO 3166-1 alpha-2/,
    },
    {
      name: 'an invalid currency code',
      value: changed((d) => (d.items[0].value.currency = 'ABC')),
      reason: 'SCHEMA_VIOLATION',
      detail: /items\[0\]\.value\.currency: .*ISO 4217/,
    },
    {
      name: 'version 0',
      value: changed((d) => (d.version = 0)),
      reason: 'SCHEMA_VIOLATION',
      detail: /version: must be >= 1/,
    },
    {
      name: 'a description over 2048 characters',
      value: changed((d) => (d.items[0].description = 'x'.repeat(2049))),
      reason: 'SCHEMA_VIOLATION',
      detail: /items\[0\]\.description: must NOT have more than 2048 characters/,
    },
    {
      name: 'a message over 1 MiB',
      value: changed(
        (d) =>
          (d.items = Array.from({ length: 600 }, (_, i) => ({
            line: i + 1,
            hsCode: '870323',
            description: 'x'.repeat(2000),
          }))),
      ),
      reason: 'TOO_LARGE',
      detail: /over the 1048576-byte limit/,
    },
    {
      name: '5000-deep nesting',
      value: Buffer.from('{"a":'.repeat(5000) + '1' + '}'.repeat(5000)),
      reason: 'TOO_DEEP',
      detail: /nesting deeper than \d+ levels/,
    },
    {
      name: 'invalid UTF-8 bytes',
      value: Buffer.concat([
        Buffer.from('{"schemaVersion":"1","declarationId":"'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}'),
      ]),
      reason: 'INVALID_UTF8',
      detail: /invalid UTF-8 byte sequence at byte offset 38/,
    },
    {
      name: '1000 items',
      value: changed(
        (d) =>
          (d.items = Array.from({ length: 1000 }, (_, i) => ({
            line: (i % 999) + 1,
            hsCode: '870323',
            description: 'car',
          }))),
      ),
      reason: 'SCHEMA_VIOLATION',
      detail: /items: must NOT have more than 999 items/,
    },
  ];
  return cases.map((c, i) => ({
    ...c,
    key: `bad-${String(i + 1).padStart(2, '0')}-${c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
  }));
}
