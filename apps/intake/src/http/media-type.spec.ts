import { parseMediaType } from './media-type';

describe('parseMediaType', () => {
  it.each([
    ['application/json', { type: 'application/json' }],
    ['Application/JSON; charset="UTF-8"', { type: 'application/json', charset: 'utf-8' }],
    ['application/x-ndjson;charset=utf-8;foo=bar', { type: 'application/x-ndjson', charset: 'utf-8' }],
    ['text/xml ; charset=ISO-8859-1', { type: 'text/xml', charset: 'iso-8859-1' }],
  ])('reads %j', (header, expected) => {
    expect(parseMediaType(header)).toEqual(expected);
  });

  it.each([[undefined], [''], ['json'], ['application/ json']])('gives nothing for %j', (header) => {
    expect(parseMediaType(header)).toBeUndefined();
  });
});
