export { parseTimeframe } from './parse-timeframe';
export { describeCadence } from './describe';
export { moveCadenceToYear } from './move-year';
export { type PeriodUnit } from './periods';
export { buildCadence, specOfCadence, type CadenceSpec } from './editor-spec';
export { quickCadence, QUICK_CADENCES, type QuickCadence } from './quick-cadence';
export { buildCadenceOver, specOfCadenceOver } from './editor-years';
