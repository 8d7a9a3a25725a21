import { formatViDate } from '../dates';
import type { Plan } from '../types';

/**
 * Sections I, III, IV and V are the editor's words: kept with each exported report and
 * pre-filled from the previous one. Each is plain text; every non-empty line is a paragraph.
 */
export interface ReportTexts {
  leadership: string;
  assessment: string;
  nextTasks: string;
  proposals: string;
}

export type ReportTextKey = keyof ReportTexts;

export type ReportSectionKey = ReportTextKey | 'results';

/** Section headings of the periodic report, in printed order (form wording, not agency data). */
export const SECTION_HEADINGS: Record<ReportSectionKey, string> = {
  leadership: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
  results: 'II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH',
  assessment: 'III. ĐÁNH GIÁ CHUNG',
  nextTasks: 'IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
  proposals: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
};

export const SECTION_ORDER: readonly ReportSectionKey[] = ['leadership', 'results', 'assessment', 'nextTasks', 'proposals'];

/** Split an editor's text into paragraphs: one per non-empty line, NFC, trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function planReference(plan: Pick<Plan, 'number' | 'date' | 'issuer'>): string {
  const date = plan.date ? ` ngày ${formatViDate(plan.date)}` : '';
  const issuer = plan.issuer.trim() ? ` của ${plan.issuer.trim()}` : '';
  return `Kế hoạch số ${plan.number}${date}${issuer}`;
}

function lowerFirst(s: string): string {
  // Keep acronyms ("CCHC …") and proper nouns that start a title in capitals.
  if (s.length > 1 && s.charAt(1) === s.charAt(1).toLowerCase()) return s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}

/** Starting text for the very first report of a plan (later reports copy the previous one). */
export function defaultReportTexts(plan: Pick<Plan, 'number' | 'date' | 'issuer' | 'title'>): ReportTexts {
  const about = plan.title.trim() ? ` về ${lowerFirst(plan.title.trim())}` : '';
  return {
    leadership: `Thực hiện ${planReference(plan)}${about}, đơn vị đã xây dựng kế hoạch, phân công nhiệm vụ cho các phòng chuyên môn và chỉ đạo triển khai các nội dung tuyên truyền theo kế hoạch.`,
    assessment: '1. Ưu điểm: …\n2. Tồn tại, hạn chế và nguyên nhân: …',
    nextTasks: `Tiếp tục thực hiện các nội dung tuyên truyền còn lại của ${planReference(plan)} bảo đảm đúng tiến độ; khắc phục các nhiệm vụ còn chậm, thiếu trong kỳ.`,
    proposals: 'Không.',
  };
}

export const EMPTY_REPORT_TEXTS: ReportTexts = { leadership: '', assessment: '', nextTasks: '', proposals: '' };
