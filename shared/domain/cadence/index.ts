export { foldVi, tokenizeTimeframe } from './normalize';
export { parseTimeframe } from './parse-timeframe';
export { describeCadence, describeSpan, type Lang } from './describe';
export { moveCadenceToYear, moveDateToYear } from './move-year';
export { windowShape, sortWindows, type WindowShape } from './shape';
export { periodWindows, yearBounds, PERIODS, type PeriodUnit } from './periods';
export { buildCadence, specOfCadence, type CadenceSpec, type BuildResult } from './editor-spec';
export { quickCadence, QUICK_CADENCES, type QuickCadence } from './quick-cadence';
export { buildCadenceOver, specOfCadenceOver } from './editor-years';
