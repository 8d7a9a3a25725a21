import type { ApiErrorShape } from '../../shared/contract/errors';

/**
 * The contract's field names as `ltt` spells them: a refusal names the flag the person typed (--date), not the
 * screen's label or the internal name (plannedDate). Fields not listed keep the core's wording.
 */
const FLAG_OF: Record<string, string> = {
  plannedDate: '--date',
  date: '--date',
  title: '--title',
  kind: '--kind',
  outlet: '--outlet',
  plannedTime: '--time',
  time: '--at',
  durationMin: '--duration',
  at: '--at',
  slot: '--slot',
  issueNo: '--issue',
  page: '--page',
  link: '--link',
  by: '--by',
  reason: '--reason',
  orgName: '--org',
  userName: '--user',
  role: '--role',
  from: '--from',
  to: '--to',
  taskIds: '--task',
  planId: '--plan',
  plan: '--plan',
  period: '--period',
  asOf: '--as-of',
  reportDate: '--report-date',
  number: '--number',
  format: '--format',
  out: '--out',
  evidence: '--evidence',
  db: '--db',
};

export function withFlagNames(shape: ApiErrorShape): ApiErrorShape {
  const field = shape.details?.field;
  const issue = shape.details?.issues?.[0];
  if (shape.code !== 'invalid_input' || !field || !issue) {
    // A message that still names an internal field (`trường "title"`) names the flag instead.
    const message = shape.message.replace(/trường "([A-Za-z]+)(?:\.[^"]*)?"/g, (all, f: string) => FLAG_OF[f] ?? all);
    return message === shape.message ? shape : { ...shape, message };
  }
  const flag = FLAG_OF[field.split('.').pop() ?? ''];
  if (!flag) return shape;
  const more = (shape.details?.issues?.length ?? 1) - 1;
  return { ...shape, message: `Tùy chọn ${flag}: ${issue.message}${more > 0 ? ` (và ${more} lỗi khác)` : ''}` };
}
