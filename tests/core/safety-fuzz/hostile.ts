import fc from 'fast-check';

/** Names and paths that have hurt file-handling code: traversal, absolute, UNC, reserved Windows names. */
export const PATH_TRICKS = [
  '../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  '\\\\server\\share\\x.sqlite',
  'file:///etc/passwd',
  'CON',
  'NUL.txt',
  'aux.docx',
  'COM1',
  'LPT9.xlsx',
  'prn.sqlite',
  'a/../../b',
  'backups/../lich-tuyen-truyen.sqlite',
  '.',
  '..',
  '',
  ' ',
  'ten-tep.',
  'x'.repeat(300),
];

/** Text that breaks naive code: control characters, bidi overrides, BOM, NFD vs NFC, markup, SQL. */
const NASTY_TEXT = [
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001b[31m',
  '\r\n\r\n',
  '\u202eexe.txt',
  '\ufeffTiêu đề',
  'Tiếng Việt'.normalize('NFD'),
  'Tiếng Việt'.normalize('NFC'),
  'Đ\u0300\u0301\u0302\u0303',
  '\ud800',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE change_log; --",
  '${process.exit(1)}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '2020-02-30',
  '2020-13-01',
  '0000-00-00',
  '24:00',
  '25:61',
  '-1',
  '1e309',
  'NaN',
  'null',
  '=HYPERLINK("http://x")',
  '+cmd|/c calc!A0',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT, ...PATH_TRICKS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('2026-11-26', '2020-05-31', '19:30', '07:00', 'tv', 'radio', 'print', 'done', 'planned', 'editor') },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => 'Đ'.repeat(n)) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, -0, 0.5),
  fc.double(),
);

/** Any JSON-ish value, with hostile leaves. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Nested arrays `depth` deep, built without recursion. */
export function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i += 1) v = [v];
  return v;
}

export function deepObject(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i += 1) v = { a: v };
  return v;
}
