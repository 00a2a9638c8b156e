import {
  alertOutcomeValidator,
  alertValidator,
  screeningResultValidator,
  watchlistEntryValidator,
} from './contract-validators';
import { validScreeningResult } from '../testing/alert.fixture';
import { pointerToPath } from './contract-ajv';

const result = validScreeningResult();

describe('ScreeningResult, Alert, AlertOutcome and watchlist entry contracts', () => {
  it('accepts the docs/contracts.md ScreeningResult example', () => {
    expect(screeningResultValidator.check(result).ok).toBe(true);
  });

  it('refuses a score above 100 and an unknown severity, naming both fields', () => {
    const checked = screeningResultValidator.check({ ...result, score: 101, severity: 'SEVERE' });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.violations.map((v) => v.path)).toEqual(['score', 'severity']);
  });

  it('requires an Alert to carry alert=true, an alertId and a priority', () => {
    expect(alertValidator.check({ ...result, priority: 1 }).ok).toBe(true);
    const checked = alertValidator.check({ ...result, alert: false, alertId: undefined });
    expect(checked.ok ? [] : checked.violations.map((v) => `${v.path}:${v.rule}`).sort()).toEqual(
      ['alert:const', 'alertId:required', 'priority:required'].sort(),
    );
  });

  it('accepts the docs/contracts.md AlertOutcome and refuses an unknown outcome', () => {
    const outcome = {
      alertId: 'a-5f2c9a1b7d3e',
      declarationId: '26NG0000012345678X',
      version: 1,
      status: 'CLOSED',
      outcome: 'SEIZURE',
      officer: 'officer-17',
      note: '12 pistol slides in engine block',
      decidedAt: '2026-11-29T12:00:00Z',
      indicators: ['ARMS_KEYWORD_MISMATCH'],
    };
    expect(alertOutcomeValidator.check(outcome).ok).toBe(true);
    const checked = alertOutcomeValidator.check({ ...outcome, outcome: 'CONFISCATED' });
    expect(checked.ok ? '' : checked.violations[0].path).toBe('outcome');
  });

  it.each([
    ['a party without a name', { list: 'national', entryId: 'N1', kind: 'PARTY' }, 'name'],
    ['a container without a value', { list: 'national', entryId: 'N2', kind: 'CONTAINER' }, 'value'],
    ['an unknown kind', { list: 'national', entryId: 'N3', kind: 'TRUCK', value: 'X' }, 'kind'],
    ['points over 100', { list: 'national', entryId: 'N4', kind: 'PARTY', name: 'X', points: 101 }, 'points'],
    [
      'a listedOn that is not a date',
      { list: 'national', entryId: 'N5', kind: 'PARTY', name: 'X', listedOn: '01/03/2026' },
      'listedOn',
    ],
  ])('refuses a watchlist entry with %s, naming %s', (_case, entry, path) => {
    const checked = watchlistEntryValidator.check(entry);
    expect(checked.ok ? [] : checked.violations.map((v) => v.path)).toContain(path);
  });

  it('accepts the docs/contracts.md watchlist entries, including expiresOn null', () => {
    for (const entry of [
      {
        list: 'national',
        entryId: 'NAT-0042',
        kind: 'PARTY',
        name: 'Sahel Logistics SARL',
        aliases: ['Sahel Log'],
        country: 'ML',
        reason: 'known SALW broker',
        points: 45,
        listedOn: '2026-03-01',
        expiresOn: null,
      },
      {
        list: 'national',
        entryId: 'NAT-0107',
        kind: 'CONTAINER',
        value: 'TGHU8829471',
        reason: 'previous seizure',
      },
      {
        list: 'national',
        entryId: 'NAT-0300',
        kind: 'ADDRESS',
        value: 'Plot 7, Industrial Layout, Kano',
        country: 'NG',
        reason: 'repeated consignee address',
      },
    ]) {
      expect(watchlistEntryValidator.check(entry)).toEqual({ ok: true, value: entry });
    }
  });

  it('writes JSON pointers as the paths a sender writes', () => {
    expect(pointerToPath('')).toBe('(root)');
    expect(pointerToPath('/items/0/value/currency')).toBe('items[0].value.currency');
    expect(pointerToPath('/evidence/a~1b')).toBe('evidence.a/b');
  });
});
