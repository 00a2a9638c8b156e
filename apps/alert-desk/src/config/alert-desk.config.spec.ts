import { loadConfig } from '@salw/config';
import { ALERT_DESK_CONFIG_SECTIONS } from './alert-desk-config-sections';

describe('alert desk configuration', () => {
  it('keeps closed alerts in the queue indexes for a week unless told otherwise', () => {
    expect(loadConfig(ALERT_DESK_CONFIG_SECTIONS, {}).alertDesk.closedRetentionHours).toBe(168);
    const config = loadConfig(ALERT_DESK_CONFIG_SECTIONS, { ALERT_DESK_CLOSED_RETENTION_HOURS: '24' });
    expect(config.alertDesk.closedRetentionHours).toBe(24);
  });

  it('refuses a retention of no hours or not a whole number, naming the variable', () => {
    for (const bad of ['0', '1.5', 'a week']) {
      expect(() =>
        loadConfig(ALERT_DESK_CONFIG_SECTIONS, { ALERT_DESK_CLOSED_RETENTION_HOURS: bad }),
      ).toThrow(/ALERT_DESK_CLOSED_RETENTION_HOURS/);
    }
  });
});
