import type { Agency } from '../types';
import { agencyKey } from './ids';

/**
 * Agencies in a plan cell are separated by ';' only: commas belong inside names
 * ("Các Sở, ban, ngành tỉnh"). Whitespace is tidied, empty parts dropped, text kept in NFC.
 */
export function splitAgencies(cell: string): string[] {
  return cell
    .normalize('NFC')
    .split(';')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
}

/** Looks names up by their own name or any alias, ignoring accents, case and punctuation. */
export class AgencyIndex {
  private readonly byKey = new Map<string, Agency>();

  constructor(agencies: readonly Agency[]) {
    for (const a of agencies) {
      for (const name of [a.name, ...a.aliases]) {
        const key = agencyKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, a);
      }
    }
  }

  resolve(name: string): Agency | undefined {
    return this.byKey.get(agencyKey(name));
  }

  /** The directory's current name for a name as written in a plan; unknown names stay as written. */
  display(name: string): string {
    return this.resolve(name)?.name ?? name;
  }

  unknown(names: readonly string[]): string[] {
    return names.filter((n) => !this.resolve(n));
  }
}
