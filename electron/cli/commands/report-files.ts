import type { Command } from 'commander';
import type { CliRuntime } from '../runtime';

/** Placeholder: the report-files commands are added by their feature's work. */
export function registerReportFiles(_program: Command, _rt: CliRuntime): void {}
