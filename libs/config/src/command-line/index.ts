export * from './parse-args';
export * from './progress-bar';
