/** What the writer reported, folded into what the database must contain. */
export interface Reported {
  a: 'create' | 'done' | 'title' | 'plan' | 'sync';
  id?: string;
  title?: string;
  number?: string;
  planId?: string;
  file?: string;
}

export class Expected {
  readonly items = new Map<string, { title: string; done: boolean }>();
  readonly plans = new Set<string>();
  readonly syncFiles = new Set<string>();
  completed = 0;
  readonly byKind: Record<string, number> = {};

  apply(r: Reported): void {
    this.completed += 1;
    this.byKind[r.a] = (this.byKind[r.a] ?? 0) + 1;
    if (r.a === 'create') this.items.set(r.id!, { title: r.title!, done: false });
    else if (r.a === 'done') this.items.get(r.id!)!.done = true;
    else if (r.a === 'title') this.items.get(r.id!)!.title = r.title!;
    else if (r.a === 'plan') this.plans.add(r.planId!);
    else if (r.a === 'sync') this.syncFiles.add(r.file!);
  }
}

export interface RunLog {
  done: Reported[];
  /** The action that had begun but not reported when the process died (it may or may not have committed). */
  inFlight: Reported | null;
  fatal: string | null;
}

export function parseRun(stdout: string): RunLog {
  const log: RunLog = { done: [], inFlight: null, fatal: null };
  for (const line of stdout.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp < 0) continue; // a torn last line: the process died mid-write
    const kind = line.slice(0, sp);
    let payload: Reported;
    try {
      payload = JSON.parse(line.slice(sp + 1)) as Reported;
    } catch {
      continue;
    }
    if (kind === 'BEGIN') log.inFlight = payload;
    else if (kind === 'DONE') {
      log.done.push(payload);
      log.inFlight = null;
    } else if (kind === 'REFUSED') log.inFlight = null;
    else if (kind === 'FATAL') log.fatal = JSON.stringify(payload);
  }
  return log;
}
