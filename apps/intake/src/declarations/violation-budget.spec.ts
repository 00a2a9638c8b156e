import { ViolationBudget } from './violation-budget';

const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    path: `items[${i}].hsCode`,
    rule: 'pattern',
    message: 'x'.repeat(1000),
  }));

describe('ViolationBudget', () => {
  it('lists 5 violations of a line with texts cut to 300 characters, then counts the rest', () => {
    const taken = new ViolationBudget(() => 1_000_000).take(many(12));
    expect(taken).toHaveLength(6);
    expect(taken[0].message).toHaveLength(300);
    expect(taken[5]).toEqual({ path: '(root)', rule: 'more', message: 'and 7 more problems in this line' });
  });

  it('leaves violations out once the report spent 64 KiB plus 2 characters per request byte', () => {
    const budget = new ViolationBudget(() => 0);
    let lines = 0;
    while (budget.take(many(5))[0].rule !== 'omitted') lines++;
    expect(lines).toBe(Math.floor((64 * 1024) / (5 * (14 + 7 + 300 + 40))));
    expect(budget.take(many(5))).toEqual([expect.objectContaining({ rule: 'omitted' })]);
  });
});
