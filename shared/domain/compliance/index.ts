export { computeCompliance } from './compute';
export { buildMatrix } from './matrix';
export { windowLabel } from './labels';
export { warningHorizon } from './warnings';
export { findWindow } from './window-status';
