import type { OrgProfile } from '../data/vocab';
import { ORGS, PLACES } from '../data/vocab';

/**
 * The province as the sync benchmark sees it: ~30 organisations that report to Home Affairs, each with its own
 * outlets and people. The station and the newspaper keep their profiles (and their yearly columns, year-plan.ts);
 * each district's culture and media centre runs its loudspeaker radio and portal; each department its portal page.
 */
export interface ProvinceOrg {
  name: string;
  shortName: string;
  /** Weight of its yearly items against a district's. */
  weight: number;
  /** Profile of each of its PCs (key: unique per PC, it seeds the generated items and their ids). */
  pcs: OrgProfile[];
}

const DEPARTMENTS = [
  'Sở Thông tin và Truyền thông',
  'Sở Tư pháp',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Tài nguyên và Môi trường',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Giao thông vận tải',
  'Sở Khoa học và Công nghệ',
  'Ban Quản lý các khu công nghiệp tỉnh',
  'Công an tỉnh',
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Văn Hùng', 'Thị Hạnh', 'Minh Đức', 'Thu Hương', 'Quốc Bảo', 'Thị Nga', 'Văn Tiến', 'Thanh Tâm'];

function people(i: number, n: number): string[] {
  return Array.from({ length: n }, (_, k) => `${FAMILY[(i * 3 + k) % FAMILY.length]} ${GIVEN[(i + k * 5) % GIVEN.length]}`);
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toUpperCase()
    .slice(0, 24);
}

function pcsOf(base: Omit<OrgProfile, 'key' | 'installName'>, firstKey: string | null, i: number): OrgProfile[] {
  return [1, 2].map((pc) => ({
    ...base,
    // The generators key ids and yearly columns on `key`: the station's and the newspaper's first PCs keep theirs.
    key: (pc === 1 && firstKey ? firstKey : `org${i}-pc${pc}`) as OrgProfile['key'],
    installName: `${slug(base.shortName)}-PC${String(pc).padStart(2, '0')}`,
  }));
}

/** The first `n` organisations of the province (n ≤ 30), media first. */
export function provinceOrgs(n: number): ProvinceOrg[] {
  const out: ProvinceOrg[] = [];
  for (const [i, o] of [ORGS[1]!, ORGS[2]!].entries()) out.push({ name: o.name, shortName: o.shortName, weight: 2, pcs: pcsOf(o, o.key, i) });
  for (const place of PLACES) {
    const i = out.length;
    const base = {
      name: `Trung tâm Văn hóa, Thông tin và Thể thao ${place}`,
      shortName: `TTVH ${place}`,
      share: 0,
      outlets: [
        ['district-radio', 3],
        ['portal', 1],
      ] as OrgProfile['outlets'],
      editors: people(i, 2),
      producers: people(i + 7, 2),
    };
    out.push({ name: base.name, shortName: base.shortName, weight: 1, pcs: pcsOf(base, null, i) });
  }
  for (const d of DEPARTMENTS) {
    const i = out.length;
    const base = {
      name: `${d} tỉnh Hải Dương`,
      shortName: d.replace(/^Sở /, 'S '),
      share: 0,
      outlets: [['portal', 1]] as OrgProfile['outlets'],
      editors: people(i, 2),
      producers: people(i + 3, 1),
    };
    out.push({ name: base.name, shortName: base.shortName, weight: 0.7, pcs: pcsOf(base, null, i) });
  }
  return out.slice(0, n);
}
