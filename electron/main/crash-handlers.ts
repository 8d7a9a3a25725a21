import type { App } from 'electron';
import { writeCrashReport, type CrashFacts } from './crash-reports';

export interface CrashHandlerDeps {
  app: Pick<App, 'on'>;
  proc: Pick<NodeJS.Process, 'on'>;
  dataDir: () => string;
  appVersion: string;
  now?: () => Date;
  /** Called after a report was written for a failure the app cannot continue from (main process exception). */
  onFatal: (reportFile: string | null, error: unknown) => void;
  /** Called when a window's renderer died for a reason other than a clean exit. */
  onRendererGone?: (reportFile: string | null) => void;
}

/** Crash reports are files in the data folder, never sent anywhere (issue 10). */
export function installCrashHandlers(deps: CrashHandlerDeps): void {
  const now = deps.now ?? (() => new Date());
  const report = (kind: CrashFacts['kind'], details: Record<string, unknown>) =>
    writeCrashReport(deps.dataDir(), { kind, details, appVersion: deps.appVersion, now: now() });

  deps.proc.on('uncaughtException', (error) => {
    deps.onFatal(report('uncaught-exception', { error }), error);
  });
  deps.proc.on('unhandledRejection', (reason) => {
    report('unhandled-rejection', { reason });
  });
  deps.app.on('render-process-gone', (_event, contents, details) => {
    if (details.reason === 'clean-exit') return;
    const file = report('render-process-gone', { reason: details.reason, exitCode: details.exitCode, url: safeUrl(contents) });
    deps.onRendererGone?.(file);
  });
  deps.app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    report('child-process-gone', {
      type: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
      name: details.name,
      serviceName: details.serviceName,
    });
  });
}

function safeUrl(contents: { getURL?: () => string } | undefined): string | undefined {
  try {
    return contents?.getURL?.();
  } catch {
    return undefined;
  }
}
