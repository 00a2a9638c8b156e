import { metricNames } from '../../support/metrics/promql-metric-names';

describe('metricNames (the metrics a PromQL expression reads)', () => {
  it.each([
    ['up{job="salw-screener"} == 0', ['up']],
    [
      'histogram_quantile(0.99, sum by (le) (rate(salw_x_seconds_bucket{from="produce"}[5m]))) > 5',
      ['salw_x_seconds_bucket'],
    ],
    ['sum(min by (partition) (salw_lag)) > 1 and on () deriv(sum(salw_lag)[15m:1m]) > 0', ['salw_lag']],
    ['salw_a > 0 < on () group_left () max(salw_b)', ['salw_a', 'salw_b']],
    [
      'sum(rate(salw_c_total[$__rate_interval])) / sum(rate(salw_d_total{job=~"$job"}[5m] offset 1h))',
      ['salw_c_total', 'salw_d_total'],
    ],
    ['salw_e > 8 * 86400', ['salw_e']],
  ])('%s reads %j', (expr, names) => {
    expect(metricNames(expr)).toEqual(names);
  });
});
