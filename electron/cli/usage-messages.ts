/**
 * Commander writes its usage errors in English; people using `ltt` read Vietnamese.
 * Each known message is rewritten, keeping the part that names what was wrong.
 */
const RULES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/unknown command '([^']*)'(?:\s*\(Did you mean ([^)?]*)\?\))?/, (m) => `không có lệnh "${m[1]}"${m[2] ? ` (có phải ý bạn là ${m[2]}?)` : ''}.`],
  [/unknown option '([^']*)'(?:\s*\(Did you mean ([^)?]*)\?\))?/, (m) => `không có tùy chọn "${m[1]}"${m[2] ? ` (có phải ý bạn là ${m[2]}?)` : ''}.`],
  [/missing required argument '([^']*)'/, (m) => `thiếu tham số bắt buộc "${m[1]}".`],
  [/option '([^']*)' argument missing/, (m) => `tùy chọn "${m[1]}" cần một giá trị.`],
  [/required option '([^']*)' not specified/, (m) => `thiếu tùy chọn bắt buộc "${m[1]}".`],
  [
    /too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)/,
    (m) => `thừa tham số${m[1] ? ` cho lệnh "${m[1]}"` : ''}: cần ${m[2]}, nhận ${m[3]}.`,
  ],
  [
    /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    (m) => `giá trị "${m[2]}" của tùy chọn "${m[1]}" không hợp lệ; chọn một trong: ${m[3]}.`,
  ],
];

export function vietnameseUsageError(text: string): string {
  for (const [re, fmt] of RULES) {
    const m = text.match(re);
    if (m) return `Lỗi: ${fmt(m)}\n`;
  }
  return text.replace(/^error:/, 'Lỗi:');
}
