import { afterEach } from 'vitest';
import { FakeClock, Site, tempRoot } from './site';

// Apart from site.ts, which the crash test's child process loads outside vitest.
/** Opens Sites for one test: see sitesEachTest. */
export interface Offices {
  <K extends string>(orgs: Record<K, string>): { root: string; clock: FakeClock; sites: Record<K, Site> };
  /** Closes these too after the test (sites opened otherwise: their own clock, a copied profile). */
  keep(...sites: Site[]): void;
}

/**
 * For a describe whose tests each set up their own installs: `offices({ station: 'org-s', ha: 'org-h' })` opens one
 * Site per name (named so, of that organisation) in one new temp folder, on one fake clock, and closes them after the test.
 */
export function sitesEachTest(prefix?: string): Offices {
  const open: Site[] = [];
  afterEach(() => open.splice(0).forEach((s) => s.close()));
  const offices = <K extends string>(orgs: Record<K, string>) => {
    const root = tempRoot(prefix);
    const clock = new FakeClock();
    const sites = {} as Record<K, Site>;
    for (const [name, org] of Object.entries(orgs) as Array<[K, string]>) {
      sites[name] = new Site(root, name, org, { clock });
      open.push(sites[name]);
    }
    return { root, clock, sites };
  };
  return Object.assign(offices, { keep: (...sites: Site[]) => void open.push(...sites) });
}
