import { displayEnvValue, maskUrlCredentials } from './mask-secret';

describe('maskUrlCredentials', () => {
  it.each([
    ['redis://:hunter2@127.0.0.1:6379', 'redis://***@127.0.0.1:6379'],
    ['rediss://user:hunter2@redis.example:6380/0', 'rediss://***@redis.example:6380/0'],
    ['redis://user:pa/ss@word@host:6379', 'redis://***@host:6379'],
    ['redis://127.0.0.1:6379', 'redis://127.0.0.1:6379'],
    ['not a url', 'not a url'],
  ])('turns %s into %s', (url, masked) => {
    expect(maskUrlCredentials(url)).toBe(masked);
  });
});

describe('displayEnvValue', () => {
  it('quotes a plain value', () => expect(displayEnvValue('a"b', undefined)).toBe('"a\\"b"'));
  it('hides a full secret', () => expect(displayEnvValue('hunter2', 'full')).toBe('"***"'));
  it('shows that a full secret is empty', () => expect(displayEnvValue('', 'full')).toBe('""'));
  it('keeps the host of a URL secret', () =>
    expect(displayEnvValue('redis://u:p@h:1', 'url-credentials')).toBe('"redis://***@h:1"'));
});
