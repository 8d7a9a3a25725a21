import { foldVi } from '../../../../shared/domain/fold';
import { isValidIsoDate, isoDate } from '../../../../shared/domain/dates';
import type { PlanMeta } from '../../../../shared/domain/plan/import-types';

/**
 * What the text around a task table says about the plan: "Số: 259 /KH-UBND", the date line,
 * the issuing body, the title under "KẾ HOẠCH" and the documents it implements. Every field
 * is a suggestion the import preview shows and the user (or CLI flags) can override.
 */
export function guessPlanMeta(lines: readonly string[]): PlanMeta {
  const clean = lines.map((l) => l.normalize('NFC').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const all = clean.join('\n');
  const number = /(?:^|\b)[Ss]ố\s*:?\s*(\d+)\s*\/\s*([A-ZĐ]{1,10}(?:\s*-\s*[A-ZĐ]{1,10})*)/u.exec(all);
  const longDate = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(all);
  let date: string | null = null;
  if (longDate) {
    const d = isoDate(Number(longDate[3]), Number(longDate[2]), Number(longDate[1]));
    if (isValidIsoDate(d)) date = d;
  }
  const title = guessTitle(clean);
  const yearInTitle = title ? /năm\s+(\d{4})/u.exec(title) : null;
  const period = title ? periodInTitle(title) : null;
  const year = period ? period.from : yearInTitle ? Number(yearInTitle[1]) : date ? Number(date.slice(0, 4)) : null;
  return {
    issuer: guessIssuer(clean),
    number: number ? `${number[1]}/${number[2]!.replace(/\s+/g, '')}` : null,
    date,
    year,
    ...(period ? { yearTo: period.to } : {}),
    title,
    basedOn: guessBasedOn(clean),
  };
}

/** "… giai đoạn 2026 - 2030", "… năm 2026 – 2030": the plan's period. */
function periodInTitle(title: string): { from: number; to: number } | null {
  const m = /(?:giai\s+đoạn|năm|từ\s+năm)\s+(\d{4})\s*(?:-|–|—|đến(?:\s+năm)?)\s*(\d{4})/iu.exec(title.normalize('NFC'));
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to > from && to - from <= 20 ? { from, to } : null;
}

function guessTitle(lines: readonly string[]): string | null {
  const i = lines.findIndex((l) => foldVi(l) === 'ke hoach');
  const next = i >= 0 ? lines[i + 1] : undefined;
  if (next && next.length > 5) return `Kế hoạch ${next.charAt(0).toLowerCase()}${next.slice(1)}`;
  return null;
}

const ADMIN_UNITS = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn'];

function titleCaseVi(words: string): string {
  return words
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/** "của Ủy ban nhân dân tỉnh Hải Dương" or the "ỦY BAN NHÂN DÂN / TỈNH HẢI DƯƠNG" heading → "UBND tỉnh Hải Dương". */
function guessIssuer(lines: readonly string[]): string | null {
  // "của Ủy ban nhân dân Thành phố Hồ Chí Minh": the unit may be written with a capital.
  const units = ADMIN_UNITS.map((u) => `[${u.charAt(0)}${u.charAt(0).toLocaleUpperCase('vi')}]${u.slice(1)}`).join('|');
  const ofBody = new RegExp(`(?:của)\\s+(?:Ủy|Uỷ|ủy|uỷ)\\s+ban\\s+nhân\\s+dân\\s+(${units})\\s+(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)*)`, 'u');
  for (const line of lines) {
    const m = ofBody.exec(line);
    if (m) return `UBND ${m[1]!.toLocaleLowerCase('vi')} ${titleCaseVi(m[2]!.trim())}`;
  }
  const head = lines.findIndex((l) => /^(?:ỦY|UỶ) BAN NHÂN DÂN$/u.test(l.toLocaleUpperCase('vi')));
  const place = head >= 0 ? new RegExp(`^(${units})\\s+(.+)$`, 'iu').exec(lines[head + 1] ?? '') : null;
  if (place) return `UBND ${place[1]!.toLocaleLowerCase('vi')} ${titleCaseVi(place[2]!)}`;
  return null;
}

const DOC_REF =
  /(Quyết định|Kế hoạch|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Công văn|Luật)\s+(?:số\s+)?(\d+[\p{L}\p{N}/.-]*)\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/gu;

/** Documents named in the "Thực hiện…" / "Căn cứ…" paragraphs. */
function guessBasedOn(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!/^(Thực hiện|Căn cứ)\b/u.test(line)) continue;
    for (const m of line.matchAll(DOC_REF)) out.push(`${m[1]} số ${m[2]} ngày ${m[3]}`);
  }
  return [...new Set(out)];
}
