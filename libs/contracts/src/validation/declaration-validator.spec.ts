import { declarationValidator } from './contract-validators';
import { describeRejection, type Rejected, type RejectReason } from './contract-error';
import { validDeclaration } from '../testing/declaration.builder';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function withChange(change: (d: Mutable) => void): string {
  const declaration = validDeclaration() as Mutable;
  change(declaration);
  return JSON.stringify(declaration);
}

function rejected(input: Uint8Array | string): Rejected {
  const result = declarationValidator.parse(input);
  if (result.ok) throw new Error('expected the message to be rejected, but it was accepted');
  return result;
}

describe('Declaration v1 contract validation', () => {
  it('accepts the docs/contracts.md example, from text and from bytes', () => {
    const text = JSON.stringify(validDeclaration());
    expect(declarationValidator.parse(text)).toEqual({ ok: true, value: validDeclaration() });
    expect(declarationValidator.parse(Buffer.from(text, 'utf8')).ok).toBe(true);
  });

  it('accepts names in any script', () => {
    const text = withChange((d) => {
      d.parties.consignee.name = 'Общество с ограниченной ответственностью «Восток»';
      d.parties.consignor.name = 'شركة الأمل للتجارة';
    });
    expect(declarationValidator.parse(text).ok).toBe(true);
  });

  // Each bad input of the foundation issue: what is refused, why, and the path that names the problem.
  const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
  const thousandItems = withChange((d) => {
    d.items = Array.from({ length: 1000 }, (_, i) => ({
      line: (i % 999) + 1,
      hsCode: '870323',
      description: 'car',
    }));
  });
  const overOneMiB = withChange((d) => {
    d.items = Array.from({ length: 600 }, (_, i) => ({
      line: i + 1,
      hsCode: '870323',
      description: 'x'.repeat(2000),
    }));
  });
  const invalidUtf8 = Buffer.concat([
    Buffer.from('{"schemaVersion":"1","declarationId":"'),
    Buffer.from([0xc3, 0x28]),
    Buffer.from('"}'),
  ]);

  const cases: Array<[string, RejectReason, string, RegExp, Uint8Array | string]> = [
    [
      'malformed JSON',
      'INVALID_JSON',
      '(root)',
      /malformed JSON at line 1, column 41: expected a JSON value/,
      '{"schemaVersion": "1", "declarationId": }',
    ],
    [
      'malformed JSON on a later line',
      'INVALID_JSON',
      '(root)',
      /line 3, column 3: expected a string in double quotes/,
      '{\n  "schemaVersion": "1",\n  oops\n}',
    ],
    ['an empty body', 'EMPTY_MESSAGE', '(root)', /empty/, ''],
    ['a body of blanks', 'EMPTY_MESSAGE', '(root)', /empty/, '  \n '],
    ['an array instead of an object', 'SCHEMA_VIOLATION', '(root)', /must be object/, '[1,2]'],
    [
      'a wrong schemaVersion',
      'UNSUPPORTED_SCHEMA_VERSION',
      'schemaVersion',
      /"2" is not supported/,
      withChange((d) => (d.schemaVersion = '2')),
    ],
    [
      'a missing required field',
      'SCHEMA_VIOLATION',
      'parties.consignee',
      /required field is missing/,
      withChange((d) => delete d.parties.consignee),
    ],
    ['a missing item list', 'SCHEMA_VIOLATION', 'items', /required/, withChange((d) => delete d.items)],
    [
      'an unknown field',
      'SCHEMA_VIOLATION',
      'parties.consignee.nickname',
      /unknown field/,
      withChange((d) => (d.parties.consignee.nickname = 'JJ')),
    ],
    [
      'a __proto__ key',
      'FORBIDDEN_KEY',
      'parties.consignee.__proto__',
      /not allowed/,
      withChange((d) => (d.parties.consignee = JSON.parse('{"name":"x","__proto__":{"admin":true}}'))),
    ],
    [
      'a constructor key',
      'FORBIDDEN_KEY',
      'constructor',
      /not allowed/,
      '{"schemaVersion":"1","constructor":{"prototype":{}}}',
    ],
    [
      'a __proto__ key spelled with \\u escapes',
      'FORBIDDEN_KEY',
      'parties.__proto__',
      /not allowed/,
      '{"schemaVersion":"1","parties":{"\\u005f\\u005fproto\\u005f\\u005f":{"admin":true}}}',
    ],
    [
      'an HS code with letters',
      'SCHEMA_VIOLATION',
      'items[0].hsCode',
      /pattern/,
      withChange((d) => (d.items[0].hsCode = '87A323')),
    ],
    [
      'an HS code with dots',
      'SCHEMA_VIOLATION',
      'items[0].hsCode',
      /pattern/,
      withChange((d) => (d.items[0].hsCode = '8703.23')),
    ],
    [
      'a negative mass',
      'SCHEMA_VIOLATION',
      'items[0].netMassKg',
      /must be >= 0/,
      withChange((d) => (d.items[0].netMassKg = -1)),
    ],
    [
      'an invalid country code',
      'SCHEMA_VIOLATION',
      'route.destination',
      /not an ISO 3166-1 alpha-2/,
      withChange((d) => (d.route.destination = 'XX')),
    ],
    [
      'a lower-case country code',
      'SCHEMA_VIOLATION',
      'parties.consignor.address.country',
      /pattern/,
      withChange((d) => (d.parties.consignor.address.country = 'us')),
    ],
    [
      'an invalid currency code',
      'SCHEMA_VIOLATION',
      'items[0].value.currency',
      /not an ISO 4217/,
      withChange((d) => (d.items[0].value.currency = 'ABC')),
    ],
    ['version 0', 'SCHEMA_VIOLATION', 'version', /must be >= 1/, withChange((d) => (d.version = 0))],
    [
      'a fractional version',
      'SCHEMA_VIOLATION',
      'version',
      /must be integer/,
      withChange((d) => (d.version = 1.5)),
    ],
    [
      'a description over 2048 characters',
      'SCHEMA_VIOLATION',
      'items[0].description',
      /must NOT have more than 2048 characters/,
      withChange((d) => (d.items[0].description = 'x'.repeat(2049))),
    ],
    [
      'a submission time without a zone',
      'SCHEMA_VIOLATION',
      'submittedAt',
      /RFC 3339/,
      withChange((d) => (d.submittedAt = '2026-11-29T10:00:00')),
    ],
    [
      'an unknown transport mode',
      'SCHEMA_VIOLATION',
      'transport.mode',
      /must be one of "SEA"/,
      withChange((d) => (d.transport.mode = 'SHIP')),
    ],
    [
      'a declaration id with spaces',
      'SCHEMA_VIOLATION',
      'declarationId',
      /pattern/,
      withChange((d) => (d.declarationId = 'NG 123')),
    ],
    ['a message over 1 MiB', 'TOO_LARGE', '(root)', /over the 1048576-byte limit/, overOneMiB],
    ['5000-deep nesting', 'TOO_DEEP', '(root)', /deeper than 5 levels at line 1, column 26/, deep],
    ['invalid UTF-8', 'INVALID_UTF8', '(root)', /invalid UTF-8 byte sequence at byte offset 38/, invalidUtf8],
    ['1000 items', 'SCHEMA_VIOLATION', 'items', /must NOT have more than 999 items/, thousandItems],
  ];

  it.each(cases)('refuses %s with reason %s at %s', (_name, reason, path, message, input) => {
    const result = rejected(input);
    expect(result.reason).toBe(reason);
    const violation = result.violations.find((v) => v.path === path);
    expect(violation).toBeDefined();
    expect(violation?.message).toMatch(message);
  });

  it.each([
    ['1e308', '1e308'],
    ['2^53 + 1', '9007199254740993'],
    ['2^31', '2147483648'],
    ['0', '0'],
    ['1.5', '1.5'],
  ])(
    'refuses version %s: an integer 1..2,147,483,647, so no version can shut out every later one',
    (_name, raw) => {
      const text = JSON.stringify(validDeclaration()).replace('"version":1', `"version":${raw}`);
      const result = rejected(text);
      expect(result.reason).toBe('SCHEMA_VIOLATION');
      expect(result.violations.map((v) => v.path)).toEqual(['version']);
    },
  );

  it('refuses 100,000 empty items by their count alone, before checking any of them', () => {
    const text = JSON.stringify({
      ...validDeclaration(),
      items: Array.from({ length: 100_000 }, () => ({})),
    });
    expect(rejected(text)).toEqual({
      ok: false,
      reason: 'SCHEMA_VIOLATION',
      violations: [
        { path: 'items', rule: 'maxItems', message: 'must NOT have more than 999 items (has 100000)' },
      ],
    });
  });

  it('accepts version 2,147,483,647, the highest', () => {
    const text = JSON.stringify(validDeclaration()).replace('"version":1', '"version":2147483647');
    expect(declarationValidator.parse(text).ok).toBe(true);
  });

  it('reports every problem of a message in one answer', () => {
    const result = rejected(
      withChange((d) => {
        d.items[0].hsCode = 'AB';
        d.items[0].grossMassKg = -5;
        d.route.origin = 'ZZ';
        d.extra = true;
      }),
    );
    expect(result.violations.map((v) => v.path).sort()).toEqual(
      ['extra', 'items[0].grossMassKg', 'items[0].hsCode', 'route.origin'].sort(),
    );
    expect(describeRejection(result)).toContain('items[0].hsCode: must match pattern');
  });

  it('caps the number of reported problems so a hostile message cannot flood logs and headers', () => {
    const result = rejected(
      withChange((d) => {
        d.items = Array.from({ length: 500 }, (_, i) => ({ line: i + 1, hsCode: 'bad', description: 'x' }));
      }),
    );
    expect(result.violations.length).toBeLessThanOrEqual(50);
  });
});
