// The contract's channel names. The build replaces this module with the literal list (scripts/build-targets.mjs),
// so the sandboxed preload does not bundle zod and every schema just to learn the names; tests use the contract.
export { channels } from '../../shared/contract';
