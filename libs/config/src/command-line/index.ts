export * from './parse-args';
