export * from './screening-figures';
export * from './alert-outcome-index';
export * from './backtest-report.model';
export * from './backtest-comparison';
export * from './run-backtest';
export * from './format-backtest-table';
