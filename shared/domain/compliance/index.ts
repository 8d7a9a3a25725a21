export { computeCompliance, compareTasks, type ComplianceInput } from './compute';
export { buildMatrix, aggregateStatus, type ComplianceMatrix, type MatrixRow, type MatrixCell, type CellStatus, type Granularity } from './matrix';
export { windowLabel } from './labels';
export { warningHorizon } from './warnings';
export { findWindow, windowStatus } from './window-status';
export { itemFact, type ItemFact } from './item-facts';
export { toReportJson, type ReportJson } from './report-json';
