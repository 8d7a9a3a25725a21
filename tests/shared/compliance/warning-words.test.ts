import { describe, expect, it } from 'vitest';
import i18n from '../../../renderer/src/i18n';
import '../../../renderer/src/features/compliance/translations';
import { computeCompliance, windowLabel } from '../../../shared/domain/compliance';
import type { ComplianceWarning } from '../../../shared/domain/compliance-types';
import { item, monthly, plan, task } from './fixtures';

/**
 * Theo dõi words its warnings in English from their figures (renderer/src/features/compliance/words.ts); the
 * Vietnamese twins of those words must say exactly what the core says, or the two languages drift apart.
 */
describe("the interface's warning words follow the core's sentences", () => {
  it('every warning code, worded from its figures in Vietnamese, reads as the core wrote it; English has no Vietnamese', () => {
    const monthlyTask = task('05', monthly(2020, 2, [6, 7, 8, 9]));
    const ongoing = task('01', { kind: 'ongoing' });
    const unknown = task('09', { kind: 'unknown', text: 'Theo chỉ đạo' }, { timeframe: 'Theo chỉ đạo' });
    const r = computeCompliance({
      plan,
      tasks: [monthlyTask, ongoing, unknown],
      items: [item({ tasks: [monthlyTask.id], planned: '2020-07-10', doneAt: '2020-07-10' }), item({ tasks: [monthlyTask.id], planned: '2020-09-20' })],
      from: '2020-01-01',
      to: '2020-12-31',
      asOf: '2020-08-10',
    });
    const codes = new Set(r.warnings.map((w) => w.code));
    expect([...codes].sort()).toEqual(['missing', 'nothing-planned', 'ongoing-idle', 'partial', 'under-planned', 'unknown-cadence']);
    const word = (lang: 'vi' | 'en', w: ComplianceWarning) =>
      i18n.getFixedT(lang)(`compliance.warn.${w.code}`, { code: w.taskCode, when: windowLabel(w.from, w.to, 2020, lang), ...(w.figures ?? {}) });
    for (const w of r.warnings) {
      expect(word('vi', w)).toBe(w.message);
      expect(word('en', w).replace('Theo chỉ đạo', '').normalize('NFD')).not.toMatch(/[\u0300-\u036f]|[đĐ]/);
    }
  });
});
