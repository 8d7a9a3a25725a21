import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import i18n from '../../renderer/src/i18n';
import '../../renderer/src/features/plans/translations';
import '../../renderer/src/features/schedule/translations';
import '../../renderer/src/features/sync/overview/translations';
import '../../renderer/src/features/compliance/translations';
import '../../renderer/src/features/sync/translations';
import '../../renderer/src/features/reports/translations';
import '../../renderer/src/features/backup/translations';
import '../../renderer/src/features/tour/translations';
import { labelsFor } from '../../renderer/src/features/schedule/useLabels';
import { KIND_LABELS, OUTLET_LABELS, markDoneLabel, statusLabel } from '../../shared/domain/schedule/labels';
import { WEEKDAY_SHORT_VI, WEEKDAY_VI, monthTitleVi } from '../../shared/domain/schedule/month-grid';
import { ITEM_KINDS, ITEM_STATUSES, OUTLETS } from '../../shared/domain/types';

/**
 * The English switch shows English everywhere on the screens that have been translated: every word a feature
 * registers in Vietnamese has an English twin with the same placeholders, the schedule's names of kinds, outlets and
 * statuses say in Vietnamese exactly what the shared labels (reports, CLI) say, and the screens of Kế hoạch, Lịch and
 * the Home Affairs view carry no Vietnamese text of their own outside their translation files.
 */
const ROOT = path.resolve(__dirname, '../..');
const FEATURES = ['plans', 'schedule', 'overview', 'compliance', 'sync', 'reports', 'backup', 'tour'];
const TRANSLATED_DIRS = ['renderer/src/features/plans', 'renderer/src/features/schedule', 'renderer/src/features/sync/overview'];

type Dict = { [key: string]: string | Dict };

function leaves(dict: Dict, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(dict)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** English has plural forms (`count_one`, `count_other`) where Vietnamese has one text (`count`). */
const PLURAL = /_(zero|one|two|few|many|other)$/;

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const bundle = (lang: 'vi' | 'en', ns: string) => (i18n.getResourceBundle(lang, 'translation') as Dict)[ns] as Dict | undefined;

describe('translations', () => {
  it.each(FEATURES)('%s: every Vietnamese key has an English text with the same placeholders, and no English key is left over', (ns) => {
    const vi = bundle('vi', ns);
    const en = bundle('en', ns);
    expect(vi, `${ns} registers no Vietnamese`).toBeDefined();
    const viLeaves = leaves(vi!);
    const enLeaves = new Map<string, string[]>();
    for (const [k, v] of leaves(en ?? {})) {
      const base = viLeaves.has(k) ? k : k.replace(PLURAL, '');
      enLeaves.set(base, [...(enLeaves.get(base) ?? []), v]);
    }
    expect(
      [...viLeaves.keys()].filter((k) => !enLeaves.has(k)),
      'missing in English',
    ).toEqual([]);
    expect(
      [...enLeaves.keys()].filter((k) => !viLeaves.has(k)),
      'only in English',
    ).toEqual([]);
    for (const [key, text] of viLeaves) {
      for (const english of enLeaves.get(key)!) {
        if (text.trim()) expect(english.trim(), `${ns}.${key} is empty in English`).not.toBe('');
        expect(placeholders(english), `${ns}.${key}: placeholders`).toEqual(placeholders(text));
      }
    }
  });

  it('schedule: the Vietnamese names are word for word the shared labels; the English ones are English', () => {
    const vi = labelsFor(i18n.getFixedT('vi'));
    const en = labelsFor(i18n.getFixedT('en'));
    for (const k of ITEM_KINDS) {
      expect(vi.kind(k)).toBe(KIND_LABELS[k]);
      expect(en.kind(k)).not.toBe(KIND_LABELS[k]);
    }
    for (const o of OUTLETS) {
      expect(vi.outlet(o)).toBe(OUTLET_LABELS[o]);
      expect(en.outlet(o)).not.toBe(OUTLET_LABELS[o]);
      expect(vi.markDone(o)).toBe(markDoneLabel(o));
      expect(en.markDone(o)).toMatch(/^Mark as (aired|published)$/);
      for (const s of ITEM_STATUSES) {
        expect(vi.status(s, o)).toBe(statusLabel(s, o));
        expect(en.status(s, o)).not.toBe(statusLabel(s, o));
      }
    }
    for (const s of ITEM_STATUSES) expect(vi.status(s)).toBe(statusLabel(s));
    expect(en.status('done', 'tv')).toBe('Aired');
    expect(en.status('done', 'print')).toBe('Published');
    for (let d = 1; d <= 7; d++) {
      expect(vi.weekday(d)).toBe(WEEKDAY_VI[d - 1]);
      expect(vi.weekdayShort(d)).toBe(WEEKDAY_SHORT_VI[d - 1]);
    }
    expect(en.weekday(1)).toBe('Monday');
    expect(en.weekdayShort(7)).toBe('Sun');
    for (let m = 1; m <= 12; m++) expect(vi.monthTitle(2020, m)).toBe(monthTitleVi(2020, m));
    expect(en.monthTitle(2020, 5)).toBe('May 2020');
    expect(vi.outletShort('tv')).toBe('TH');
    expect(en.outletShort('tv')).toBe('TV');
  });

  it('counts of items read naturally in both languages', () => {
    const vi = i18n.getFixedT('vi');
    const en = i18n.getFixedT('en');
    expect([vi('schedule.count', { count: 1 }), vi('schedule.count', { count: 3 })]).toEqual(['1 mục', '3 mục']);
    expect([en('schedule.count', { count: 1 }), en('schedule.count', { count: 3 })]).toEqual(['1 item', '3 items']);
  });

  it('Kế hoạch, Lịch and the Home Affairs view have no Vietnamese text outside their translation files', () => {
    const found: string[] = [];
    for (const dir of TRANSLATED_DIRS) {
      for (const name of fs.readdirSync(path.join(ROOT, dir), { recursive: true }).map(String)) {
        if (!/\.tsx?$/.test(name) || /(^|\/)translations[^/]*\.ts$/.test(name)) continue;
        const file = path.join(dir, name);
        const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node) => {
          // Strings, template pieces and JSX text; comments and regular expressions are not shown to anyone.
          const text =
            ts.isStringLiteral(node) ||
            ts.isNoSubstitutionTemplateLiteral(node) ||
            ts.isTemplateHead(node) ||
            ts.isTemplateMiddle(node) ||
            ts.isTemplateTail(node) ||
            ts.isJsxText(node)
              ? node.text
              : null;
          if (text !== null && /[\u0300-\u036f]|[đĐ]/.test(text.normalize('NFD'))) {
            found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
    expect(found).toEqual([]);
  });
});
