import { checkExemptionRequest } from '@salw/risk-engine';
import { exemptionRequestFromArgs, type ExemptOption } from './exemption-request-from-args';

const NOW = new Date('2026-12-01T08:00:00Z');
const from = (positional: string[], options: Partial<Record<ExemptOption, string>>) =>
  exemptionRequestFromArgs(positional, (name) => options[name], NOW);

describe('registry exempt arguments', () => {
  it('make a false list match that passes the checks, expiring --days from now', () => {
    const request = from(['party'], {
      'party-id': 'ML-778-123',
      role: 'consignee',
      list: 'un-sc',
      entry: 'QDe.004',
      reason: 'registered importer, different directors',
      days: '90',
    });
    expect(request).toEqual({
      kind: 'PARTY_NOT_LISTED',
      party: { id: 'ML-778-123', role: 'consignee' },
      entry: { list: 'un-sc', entryId: 'QDe.004' },
      reason: 'registered importer, different directors',
      expiresAt: '2027-03-01T08:00:00.000Z',
    });
    expect(checkExemptionRequest(request, NOW).ok).toBe(true);
  });

  it('make an indicator exemption on a lane, a date alone expiring at its start', () => {
    const request = from(['indicator', 'value_anomaly'], {
      hs: '9306',
      office: 'NGAPP001',
      mode: 'sea',
      reason: 'sporting ammunition contract at agreed prices',
      expires: '2027-01-31',
    });
    expect(request).toMatchObject({
      kind: 'INDICATOR',
      indicator: 'VALUE_ANOMALY',
      subject: { hsHeading: '9306' },
      lane: { office: 'NGAPP001', mode: 'SEA' },
      expiresAt: '2027-01-31T00:00:00.000Z',
    });
    expect(checkExemptionRequest(request, NOW).ok).toBe(true);
  });

  it('refuse an unknown kind, both expiries, and a bad date, saying what to give', () => {
    expect(() => from(['trader'], {})).toThrow(/"exempt party ..." .* "exempt indicator CODE ..."/);
    expect(() => from(['party'], { days: '3', expires: '2027-01-01' })).toThrow(
      'give --expires or --days, not both',
    );
    expect(() => from(['party'], { expires: 'soon' })).toThrow('--expires must be a date');
  });

  it('leave a missing reason for the checks to name', () => {
    const checked = checkExemptionRequest(
      from(['party'], { 'party-id': 'X1', list: 'l', entry: 'e', days: '5' }),
      NOW,
    );
    expect(checked.ok ? [] : checked.violations.map((v) => v.path)).toEqual(['reason']);
  });
});
