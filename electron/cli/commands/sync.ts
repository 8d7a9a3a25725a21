import type { Command } from 'commander';
import type { CliRuntime } from '../runtime';

/** Placeholder: the sync commands are added by their feature's work. */
export function registerSync(_program: Command, _rt: CliRuntime): void {}
