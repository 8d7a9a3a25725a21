import { describe, expect, it } from 'vitest';
import { can, roleNeeded } from '../../../shared/contract/roles';

describe('who may reconcile', () => {
  it('a producer or an editor confirms, undoes and saves mappings; anyone may preview (it writes nothing)', () => {
    for (const c of ['reconcile:confirm', 'reconcile:undo', 'reconcile:saveMapping', 'reconcile:deleteMapping'] as const) {
      expect(roleNeeded(c)).toBe('producer');
      expect(can('producer', c)).toBe(true);
      expect(can('editor', c)).toBe(true);
      expect(can('viewer', c)).toBe(false);
    }
    for (const c of ['reconcile:preview', 'reconcile:imports', 'reconcile:mappings', 'reconcile:proof'] as const) expect(roleNeeded(c)).toBeNull();
  });
});
