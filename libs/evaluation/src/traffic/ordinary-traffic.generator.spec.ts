import { declarationValidator } from '@salw/contracts';
import { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import { OrdinaryTrafficGenerator } from './ordinary-traffic.generator';

describe('OrdinaryTrafficGenerator', () => {
  const traffic = new OrdinaryTrafficGenerator(new SeededRandom('spec')).generate(1500);

  it('writes only declarations that pass the contract validator', () => {
    const invalid = traffic
      .map((d) => ({ id: d.declaration.declarationId, check: declarationValidator.check(d.declaration) }))
      .filter((r) => !r.check.ok);
    expect(invalid).toEqual([]);
  });

  it('gives the same traffic for the same seed and other traffic for another', () => {
    const again = new OrdinaryTrafficGenerator(new SeededRandom('spec')).generate(50);
    const other = new OrdinaryTrafficGenerator(new SeededRandom('other')).generate(50);
    expect(JSON.stringify(again)).toBe(JSON.stringify(traffic.slice(0, 50)));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(traffic.slice(0, 50)));
  });

  it('draws about a fifth of consignments from China and the rest from many trading nations', () => {
    const origins = traffic.map((d) => d.declaration.route.origin);
    const share = origins.filter((o) => o === 'CN').length / origins.length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.25);
    expect(new Set(origins).size).toBeGreaterThanOrEqual(25);
    for (const code of ['US', 'DE', 'JP', 'KR', 'IN', 'TR', 'AE', 'VN', 'MX', 'BR'])
      expect(origins).toContain(code);
  });

  it('carries the ambiguous words of ordinary goods (the hard negatives)', () => {
    const words = new Set(traffic.flatMap((d) => d.hardNegatives));
    for (const word of [
      'cartridge',
      'primer',
      'barrel',
      'bolt',
      'magazine',
      'slide',
      'nail gun',
      'trigger',
      'shell',
      'toys',
    ])
      expect(words).toContain(word);
  });

  it('always has an invoice and a transport document, and a packing list only sometimes', () => {
    expect(traffic.every((d) => d.declaration.documents?.some((doc) => doc.type === 'INVOICE'))).toBe(true);
    expect(traffic.every((d) => (d.declaration.transport.transportDocument ?? '') !== '')).toBe(true);
    const packed = traffic.filter((d) =>
      d.declaration.documents?.some((doc) => doc.type === 'PACKING_LIST'),
    ).length;
    expect(packed / traffic.length).toBeGreaterThan(0.2);
    expect(packed / traffic.length).toBeLessThan(0.6);
  });

  it('keeps to the lanes it is given', () => {
    const quiet = new OrdinaryTrafficGenerator(new SeededRandom('lanes'), {
      partnerAllowed: (c) => c !== 'CN',
      administrationAllowed: (c) => c !== 'CN',
    }).generate(300);
    expect(
      quiet.some((d) => d.declaration.route.origin === 'CN' || d.declaration.route.destination === 'CN'),
    ).toBe(false);
    expect(quiet.some((d) => d.declaration.items.some((item) => item.originCountry === 'CN'))).toBe(false);
  });
});
