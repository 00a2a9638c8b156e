import { presentedApiKey } from './presented-api-key';

describe('presentedApiKey', () => {
  it.each([
    ['Bearer k1', undefined, { kind: 'key', key: 'k1' }],
    ['bearer   k1', undefined, { kind: 'key', key: 'k1' }],
    [undefined, 'k2', { kind: 'key', key: 'k2' }],
    ['Bearer k3', 'k3', { kind: 'key', key: 'k3' }],
    [undefined, undefined, { kind: 'none' }],
    ['', '  ', { kind: 'none' }],
  ])('Authorization %j with X-API-Key %j gives %j', (authorization, xApiKey, expected) => {
    expect(presentedApiKey(authorization, xApiKey)).toEqual(expected);
  });

  it.each([
    ['Basic dXNlcjpwYXNz', undefined, /must be "Bearer <api key>"/],
    ['Bearer a b', undefined, /must be "Bearer <api key>"/],
    ['Bearer k1', 'k2', /different keys/],
    [undefined, ['k1', 'k2'], /send the API key once/],
  ])('refuses Authorization %j with X-API-Key %j', (authorization, xApiKey, problem) => {
    const presented = presentedApiKey(authorization, xApiKey);
    expect(presented.kind).toBe('invalid');
    expect(presented.kind === 'invalid' && presented.problem).toMatch(problem);
  });
});
