export * from './ids';
export * from './agencies';
export * from './import-types';
export * from './build-plan';
export * from './copy-to-year';
export * from './task-warnings';
export * from './export-format';
