import type { Command } from 'commander';
import type { CliRuntime } from '../runtime';

/** Placeholder: the plan commands are added by their feature's work. */
export function registerPlan(_program: Command, _rt: CliRuntime): void {}
