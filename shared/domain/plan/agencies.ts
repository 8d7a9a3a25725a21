import type { Agency } from '../types';
import { agencyKey } from './ids';

/** A comma piece that continues the name before it: lower case ("ban, ngành tỉnh") or a bare generic word ("Xã", "Thị trấn"). */
function continuesName(piece: string): boolean {
  if (/^\p{Ll}/u.test(piece)) return true;
  return /^(?:ban|ngành|đoàn thể|xã|phường|thị trấn|thị xã|thành phố|huyện|quận|địa phương|đơn vị)(?: (?:tỉnh|thành phố|có liên quan|liên quan))?$/iu.test(
    piece,
  );
}

/** A line of a multi-line cell that is the rest of the line above it (a name broken after "và" or a comma). */
function continuesLine(prev: string, line: string): boolean {
  return /(?:\svà|,|&|-)$/u.test(prev) || (/^\p{Ll}/u.test(line) && !/^các\s/u.test(line));
}

/**
 * The agencies named in a plan cell. They are separated by line breaks, ';' or ',' — but a comma
 * also stands inside names ("Các Sở, ban, ngành tỉnh", "UBND các phường, xã"): a run of comma
 * pieces the directory knows as one name stays one, and so does a piece that continues the name
 * before it. Bullets ("- ", "+ ") go, whitespace is tidied, empty parts dropped, text kept in NFC.
 */
export function splitAgencies(cell: string, known?: (name: string) => boolean): string[] {
  const lines: string[] = [];
  for (const raw of cell.normalize('NFC').split(/\r\n|\r|\n/)) {
    const line = raw
      .replace(/^\s*[-+•*–]\s+/u, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!line) continue;
    const prev = lines.at(-1);
    if (prev !== undefined && continuesLine(prev, line)) lines[lines.length - 1] = `${prev} ${line}`;
    else lines.push(line);
  }
  const out: string[] = [];
  for (const part of lines.flatMap((l) => l.split(';'))) {
    const pieces = part
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    let i = 0;
    while (i < pieces.length) {
      let j = i + 1;
      if (known) {
        for (let k = pieces.length; k > i + 1; k -= 1) {
          if (known(pieces.slice(i, k).join(', '))) {
            j = k;
            break;
          }
        }
      }
      if (j === i + 1) while (j < pieces.length && continuesName(pieces[j]!)) j += 1;
      out.push(pieces.slice(i, j).join(', '));
      i = j;
    }
  }
  // "-" or "x" in an empty cell names nobody.
  return [...new Set(out)].filter((name) => /\p{L}{2}/u.test(name));
}

/** Looser than agencyKey (which ids are made of, so never changed): no spaces or symbols at all ("Sở KH&CN" = "Sở KH & CN"). */
function looseAgencyKey(name: string): string {
  return agencyKey(name).replace(/[^a-z0-9]+/g, '');
}

/** Looks names up by their own name or any alias, ignoring accents, case, spacing and punctuation. */
export class AgencyIndex {
  private readonly byKey = new Map<string, Agency>();
  private readonly byLoose = new Map<string, Agency>();

  constructor(agencies: readonly Agency[]) {
    for (const a of agencies) {
      for (const name of [a.name, ...a.aliases]) {
        const key = agencyKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, a);
        const loose = looseAgencyKey(name);
        if (loose && !this.byLoose.has(loose)) this.byLoose.set(loose, a);
      }
    }
  }

  resolve(name: string): Agency | undefined {
    return this.byKey.get(agencyKey(name)) ?? this.byLoose.get(looseAgencyKey(name));
  }

  /** The directory's current name for a name as written in a plan; unknown names stay as written. */
  display(name: string): string {
    return this.resolve(name)?.name ?? name;
  }

  unknown(names: readonly string[]): string[] {
    return names.filter((n) => !this.resolve(n));
  }
}
