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
};

export function withFlagNames(shape: ApiErrorShape): ApiErrorShape {
  const field = shape.details?.field;
  const issue = shape.details?.issues?.[0];
  if (shape.code !== 'invalid_input' || !field || !issue) return shape;
  const flag = FLAG_OF[field.split('.').pop() ?? ''];
  if (!flag) return shape;
  const more = (shape.details?.issues?.length ?? 1) - 1;
  return { ...shape, message: `Tùy chọn ${flag}: ${issue.message}${more > 0 ? ` (và ${more} lỗi khác)` : ''}` };
}
