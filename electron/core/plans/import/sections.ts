import { taskCodeKey } from '../../../../shared/domain/plan/ids';

type Kind = 'roman' | 'letter' | 'number' | 'dotted' | 'plain';

interface Level {
  kind: Kind;
  marker: string;
  label: string;
}

function kindOf(marker: string): Kind {
  if (marker === '') return 'plain';
  if (marker.includes('.')) return 'dotted';
  if (/^\d+$/.test(marker)) return 'number';
  if (/^[IVXLC]+$/.test(marker) && (marker.length > 1 || 'IVX'.includes(marker))) return 'roman';
  return 'letter';
}

/**
 * The section a row stands in, from the headings met so far. A heading of a kind already open
 * ("II" after "I", "B" after "A") closes that level and everything under it; a new kind opens a
 * level below ("1" under "II"). A dotted marker ("III.1.1") is a path on its own: it hangs under
 * the level its first part names, if open. Deterministic: the same table always gives the same paths.
 */
export class SectionTracker {
  private levels: Level[] = [];

  enter(marker: string, label: string): void {
    const kind = kindOf(marker);
    if (kind === 'dotted') {
      const [first, ...rest] = marker.split('.');
      const parent = this.levels.findIndex((l) => l.kind !== 'dotted' && l.marker === first);
      if (parent >= 0) {
        this.levels = [...this.levels.slice(0, parent + 1), { kind, marker: rest.join('.'), label }];
        return;
      }
      while (this.levels.at(-1)?.kind === 'dotted') this.levels.pop();
      this.levels.push({ kind, marker, label });
      return;
    }
    const open = this.levels.findIndex((l) => l.kind === kind);
    if (open >= 0) this.levels = this.levels.slice(0, open);
    this.levels.push({ kind, marker, label });
  }

  /** "II.1": the markers of the open levels, unnumbered headings left out. */
  path(): string {
    return this.levels
      .map((l) => l.marker)
      .filter(Boolean)
      .join('.');
  }

  /** The innermost heading as written, the tasks' group. */
  label(): string {
    return this.levels.at(-1)?.label ?? '';
  }

  /** A task's code: its section path and its STT ("II" + "3" → "II.3"); an STT already carrying the path ("1.2" under "1") stays as it is. */
  codeOf(stt: string): string {
    const own = stt.trim().replace(/[.)]+$/, '');
    const path = this.path();
    if (!path) return own;
    const key = taskCodeKey(own);
    const pathKey = taskCodeKey(path);
    if (key.startsWith(`${pathKey}.`)) return own;
    return `${path}.${own}`;
  }
}
