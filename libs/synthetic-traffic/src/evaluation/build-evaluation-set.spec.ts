import { declarationValidator, INDICATOR_CODES } from '@salw/contracts';
import { GOODS } from '../data/reference-data';
import { GENERIC_LOOKALIKES } from '../ordinary/generic-name-party.builder';
import { buildEvaluationSet, countExpecting } from './build-evaluation-set';
import { labelProblems } from './label-consistency';

describe('the evaluation set', () => {
  const set = buildEvaluationSet();

  it('holds at least 300 labelled cases', () => {
    expect(set.length).toBeGreaterThanOrEqual(300);
  });

  it('is the same on every build', () => {
    expect(JSON.stringify(buildEvaluationSet())).toEqual(JSON.stringify(set));
  });

  it('passes the Declaration v1 contract in every case', () => {
    const invalid = set
      .filter((item) => !declarationValidator.check(item.declaration).ok)
      .map((item) => item.declaration.declarationId);
    expect(invalid).toEqual([]);
  });

  it('labels only what each declaration carries', () => {
    const problems = set.flatMap((item, index) =>
      labelProblems(item.declaration, item.label, set.slice(0, index)).map(
        (problem) => `${item.declaration.declarationId}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it.each(INDICATOR_CODES.filter((code) => code !== 'RANDOM_SELECTION'))(
    'has at least 6 cases expecting %s',
    (code) => {
      expect(countExpecting(set, code)).toBeGreaterThanOrEqual(6);
    },
  );

  it('has at least 150 cases that must not alert, and at least 100 that must', () => {
    expect(set.filter((item) => !item.label.expectAlert).length).toBeGreaterThanOrEqual(150);
    expect(set.filter((item) => item.label.expectAlert).length).toBeGreaterThanOrEqual(100);
  });

  it('contains every hard-negative wording of the goods catalogue, none expected to alert', () => {
    const descriptions = new Set(
      set
        .filter((item) => !item.label.expectAlert)
        .flatMap((item) => item.declaration.items.map((line) => line.description)),
    );
    const missing = GOODS.filter((goods) => goods.ambiguousTerm)
      .flatMap((goods) => goods.descriptions)
      .filter((description) => !descriptions.has(description));
    expect(missing).toEqual([]);
  });

  it('contains lawful licensed arms trade, expected to raise CONTROLLED_GOODS but no alert', () => {
    const lawful = set.filter((item) => item.label.scenario === 'lawful-licensed-arms-trade');
    expect(lawful.length).toBeGreaterThanOrEqual(20);
    expect(
      lawful.every(
        (item) => !item.label.expectAlert && item.label.expectedIndicators.join() === 'CONTROLLED_GOODS',
      ),
    ).toBe(true);
  });

  it('contains every generic-name look-alike as a party, none expected to match', () => {
    const names = new Set(
      set.flatMap((item) => [
        item.declaration.parties.consignor.name,
        item.declaration.parties.consignee.name,
      ]),
    );
    expect(GENERIC_LOOKALIKES.filter((lookalike) => !names.has(lookalike.name))).toEqual([]);
    const generic = set.filter((item) => item.label.scenario === 'generic-name-party');
    expect(
      generic.filter(
        (item) => item.label.expectedIndicators.includes('SANCTIONED_PARTY') || item.label.expectAlert,
      ),
    ).toEqual([]);
  });

  it('lists cases in submission order', () => {
    const times = set.map((item) => Date.parse(item.declaration.submittedAt));
    expect(times.every((time, index) => index === 0 || time >= times[index - 1]!)).toBe(true);
  });

  it('never shows a first-time trader earlier in the set', () => {
    const seen = (name: string, index: number) =>
      set
        .slice(0, index)
        .some(
          (item) =>
            item.declaration.parties.consignee.name === name ||
            item.declaration.parties.consignor.name === name,
        );
    const repeats = set.filter(
      (item, index) =>
        item.label.expectedIndicators.includes('NEW_TRADER') &&
        seen(item.declaration.parties.consignee.name, index),
    );
    expect(repeats.map((item) => item.declaration.parties.consignee.name)).toEqual([]);
  });
});
