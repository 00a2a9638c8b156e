import { BadRequestException } from '@nestjs/common';
import { parseListQuery } from './list-alerts.query';

describe('the worklist query string', () => {
  it('defaults to the open queue, first 50', () => {
    expect(parseListQuery({})).toMatchObject({
      statuses: ['NEW', 'CLAIMED', 'UNDER_EXAMINATION'],
      offset: 0,
      limit: 50,
    });
  });

  it('passes a search with a word on', () => {
    expect(parseListQuery({ q: 'Green Pine', severity: 'HIGH' })).toMatchObject({
      text: 'Green Pine',
      severity: 'HIGH',
    });
  });

  it('refuses a search with no word the index holds, saying why', () => {
    for (const q of ['a', '- 7 .', 'the of']) {
      expect(() => parseListQuery({ q })).toThrow(BadRequestException);
      expect(() => parseListQuery({ q })).toThrow(/q must contain a word to search for/);
    }
  });
});
