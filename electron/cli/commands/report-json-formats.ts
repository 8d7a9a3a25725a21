import type { Command } from 'commander';
import type { Core } from '../../core/core';
import type { ReportData } from '../../core/services/compliance-report-data';
import type { CliRuntime } from '../runtime';

/** Options of `ltt report` as commander hands them over. */
export interface ReportOptions {
  plan: string;
  period?: string;
  from?: string;
  to?: string;
  asOf?: string;
  format?: string;
  out?: string;
  force?: boolean;
  allTasks?: boolean;
  [extra: string]: unknown;
}

export interface ReportFormatContext {
  rt: CliRuntime;
  core: Core;
  data: ReportData;
  options: ReportOptions;
}

export interface ReportFormat {
  /** Vietnamese one-liner for the help text. */
  description: string;
  /** Formats that always write a file (docx, xlsx, pdf) need --out. */
  needsOut: boolean;
  write: (ctx: ReportFormatContext) => Promise<void> | void;
}

/**
 * The format dispatch table of `ltt report`. This file ships `json`; other formats (docx, xlsx, csv,
 * pdf) are added from their own command file with `registerReportFormat`, before arguments are parsed.
 */
const formats = new Map<string, ReportFormat>();

export function registerReportFormat(name: string, format: ReportFormat): void {
  if (formats.has(name)) throw new Error(`report format registered twice: ${name}`);
  formats.set(name, format);
}

export function reportFormat(name: string): ReportFormat | undefined {
  return formats.get(name.toLowerCase());
}

export function reportFormatNames(): string[] {
  return [...formats.keys()];
}

/** The `report` command, for a format that needs options of its own (`.option(...)`). */
export function reportCommand(program: Command): Command | undefined {
  return program.commands.find((c) => c.name() === 'report');
}
