import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import { fieldLabel } from '../../shared/contract/field-labels';

/** Turn zod issues into the app's error shape: Vietnamese, naming each field that was wrong. */
export function zodToAppError(error: z.ZodError, what = 'Dữ liệu nhập'): AppError {
  const issues = error.issues.slice(0, 20).map((issue) => ({
    field: issue.path.map(String).join('.') || '(toàn bộ)',
    message: vietnameseIssue(issue),
  }));
  const first = issues[0];
  // The field by the word the person sees beside it ("Tiêu đề: Không được để trống."), not the contract's name.
  const where = (field: string) => (field === '(toàn bộ)' ? '' : `${fieldLabel(field) ?? `trường "${field}"`}: `);
  const message = first ? `${where(first.field)}${first.message}${issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : ''}` : `${what} không hợp lệ.`;
  return new AppError('invalid_input', message, { field: first?.field, issues });
}

function vietnameseIssue(issue: z.core.$ZodIssue): string {
  // Our schemas carry Vietnamese messages; zod's built-in English ones are replaced by kind.
  if (issue.message && /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Thiếu giá trị bắt buộc.';
      return issue.path.length === 0 && issue.expected === 'object'
        ? 'Dữ liệu gửi lên phải là một đối tượng JSON ({ … }).'
        : `Sai kiểu dữ liệu (cần ${issue.expected}).`;
    case 'unrecognized_keys':
      return `Có trường không được phép: ${issue.keys.join(', ')}.`;
    case 'too_big':
      return 'Giá trị quá lớn hoặc quá dài.';
    case 'too_small':
      return 'Giá trị quá nhỏ hoặc quá ngắn.';
    case 'invalid_value':
      return `Giá trị không nằm trong danh sách cho phép (${issue.values.map(String).join(', ')}).`;
    case 'invalid_format':
      return 'Sai định dạng.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}
