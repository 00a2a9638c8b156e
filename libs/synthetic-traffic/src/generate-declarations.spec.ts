import { declarationValidator } from '@salw/contracts';
import { GOODS } from './data/reference-data';
import { generateDeclarations } from './generate-declarations';
import { isValidContainerNumber } from './identifiers/container-number';
import { isValidImoNumber } from './identifiers/imo-number';
import type { LabelledDeclaration } from './model/traffic-label';
import { SCENARIOS } from './scenarios/risky-scenarios';

const generate = (options: Parameters<typeof generateDeclarations>[0]): LabelledDeclaration[] => [
  ...generateDeclarations(options),
];

describe('generateDeclarations', () => {
  const traffic = generate({ seed: 'spec-traffic', count: 5000 });

  it('is deterministic for a seed', () => {
    const again = generate({ seed: 'spec-traffic', count: 300 });
    expect(JSON.stringify(again)).toEqual(JSON.stringify(traffic.slice(0, 300)));
  });

  it('gives different traffic for a different seed', () => {
    const other = generate({ seed: 'another-seed', count: 20 });
    expect(other.map((item) => item.declaration.declarationId)).not.toEqual(
      traffic.slice(0, 20).map((item) => item.declaration.declarationId),
    );
  });

  it('produces 5,000 declarations that all pass the Declaration v1 contract', () => {
    expect(traffic).toHaveLength(5000);
    const invalid = traffic
      .map((item) => ({
        id: item.declaration.declarationId,
        result: declarationValidator.check(item.declaration),
      }))
      .filter(({ result }) => !result.ok);
    expect(invalid.slice(0, 3)).toEqual([]);
  });

  it('gives every declaration a distinct id', () => {
    expect(new Set(traffic.map((item) => item.declaration.declarationId)).size).toBe(traffic.length);
  });

  it('uses only container numbers with a valid ISO 6346 check digit', () => {
    const containers = traffic
      .flatMap((item) => item.declaration.transport.containers ?? [])
      .map((container) => container.id);
    expect(containers.length).toBeGreaterThan(1000);
    expect(containers.filter((id) => !isValidContainerNumber(id))).toEqual([]);
  });

  it('uses only IMO numbers with a valid check digit for ships', () => {
    const ships = traffic
      .filter((item) => item.declaration.transport.mode === 'SEA')
      .map((item) => item.declaration.transport.meansId ?? '');
    expect(ships.length).toBeGreaterThan(1000);
    expect(ships.filter((id) => !isValidImoNumber(id))).toEqual([]);
  });

  it('draws from the risky scenarios at the requested share, within tolerance', () => {
    const riskyNames = SCENARIOS.filter((scenario) => scenario.indicator !== 'RANDOM_SELECTION').map(
      (scenario) => scenario.name,
    );
    const drawn =
      traffic.filter((item) => riskyNames.some((name) => item.label.scenario.startsWith(name))).length /
      traffic.length;
    expect(drawn).toBeGreaterThan(0.022);
    expect(drawn).toBeLessThan(0.038);
    const labelledRisky = traffic.filter((item) => item.label.risky).length / traffic.length;
    expect(labelledRisky).toBeGreaterThan(0.018);
    expect(labelledRisky).toBeLessThanOrEqual(drawn);
  });

  it('honours a zero and a high risky share', () => {
    expect(generate({ seed: 1, count: 400, riskyShare: 0 }).filter((item) => item.label.risky)).toEqual([]);
    const heavy = generate({ seed: 1, count: 400, riskyShare: 0.5 }).filter(
      (item) => item.label.risky,
    ).length;
    expect(heavy).toBeGreaterThan(140);
  });

  it('lodges declarations in time order from startAt at about the requested rate', () => {
    const paced = generate({ seed: 9, count: 2000, startAt: '2027-01-01T00:00:00Z', ratePerSecond: 2 });
    const times = paced.map((item) => Date.parse(item.declaration.submittedAt));
    expect(times.every((time, index) => index === 0 || time >= times[index - 1]!)).toBe(true);
    expect(times[0]!).toBeGreaterThanOrEqual(Date.parse('2027-01-01T00:00:00Z'));
    const seconds = (times[times.length - 1]! - times[0]!) / 1000;
    expect(seconds).toBeGreaterThan(800);
    expect(seconds).toBeLessThan(1200);
  });

  it('keeps ordinary items per declaration within the requested range, one line where a sector has one kind of goods', () => {
    const sectorSize = (hsCode: string) => {
      const sector = GOODS.find((goods) => goods.hsCode === hsCode)?.sector;
      return GOODS.filter((goods) => goods.sector === sector && !goods.coverPhrase).length;
    };
    const ordinary = generate({ seed: 4, count: 500, riskyShare: 0, itemsPerDeclaration: [2, 3] }).filter(
      (item) =>
        (item.label.scenario === 'ordinary' || item.label.scenario === 'hard-negative') &&
        item.declaration.transport.mode !== 'POSTAL' &&
        item.declaration.transport.mode !== 'EXPRESS',
    );
    const counts = ordinary.map((item) => ({
      lines: item.declaration.items.length,
      kinds: sectorSize(item.declaration.items[0]!.hsCode),
    }));
    expect(Math.max(...counts.map((count) => count.lines))).toBe(3);
    expect(counts.filter((count) => count.kinds > 1 && count.lines < 2)).toEqual([]);
    expect(counts.filter((count) => count.kinds === 1 && count.lines !== 1)).toEqual([]);
  });

  it('draws ordinary traders from a pool of the requested size', () => {
    const pooled = generate({ seed: 5, count: 600, riskyShare: 0, parties: 25 }).filter(
      (item) => item.label.scenario === 'ordinary' || item.label.scenario === 'hard-negative',
    );
    const names = new Set(
      pooled.flatMap((item) => [
        item.declaration.parties.consignor.name + item.declaration.parties.consignor.id,
        item.declaration.parties.consignee.name + item.declaration.parties.consignee.id,
      ]),
    );
    expect(names.size).toBeLessThanOrEqual(25);
  });

  it('mixes in hard negatives, lawful arms trade, generic names and lone weak cues, none expected to alert', () => {
    const scenarios = new Set(traffic.map((item) => item.label.scenario.split(':')[0]));
    for (const name of [
      'hard-negative',
      'lawful-licensed-arms-trade',
      'generic-name-party',
      'weak-cue',
      'ordinary',
    ])
      expect(scenarios).toContain(name);
    const quiet = traffic.filter(
      (item) =>
        ['hard-negative', 'lawful-licensed-arms-trade', 'generic-name-party', 'ordinary'].includes(
          item.label.scenario,
        ) || item.label.scenario.startsWith('weak-cue'),
    );
    expect(quiet.filter((item) => item.label.expectAlert)).toEqual([]);
  });

  it('refuses options that make no sense, naming the option', () => {
    expect(() => generate({ seed: 1, count: 1, riskyShare: 2 })).toThrow('riskyShare');
    expect(() => generate({ seed: 1, count: -1 })).toThrow('count');
    expect(() => generate({ seed: 1, count: 1, ratePerSecond: 0 })).toThrow('ratePerSecond');
    expect(() => generate({ seed: 1, count: 1, startAt: 'yesterday' })).toThrow('startAt');
  });
});
