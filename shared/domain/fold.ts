/**
 * The one folding of Vietnamese text for matching (search, people's names in "Việc của tôi" and the pickers, the
 * agency directory, plan headers and timeframes): NFC/NFD, tone and vowel marks, đ, case and spacing all disappear,
 * so "Trần Thị Bình", "tran thi  BINH" and an NFD paste compare equal. đ/Đ are separate letters in Unicode, not
 * d + a mark, so they are mapped by hand. Only for matching — stored text keeps the diacritics the user typed (NFC).
 */
export function foldVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
