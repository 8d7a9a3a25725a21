/**
 * One small well-formed change as it travels in a sync file (install a1's first, on items.title), for tests that
 * change one field at a time to find where the schema's limits lie.
 */
export function wireChangeSample(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    install: 'a1',
    seq: 1,
    org: 'o',
    table: 'items',
    rowId: 'r',
    group: 'title',
    value: {},
    hlc: '000000000001-0000-a1',
    baseHlc: null,
    tx: 't',
    actor: null,
    ...overrides,
  };
}
