import { execFileSync } from 'node:child_process';
import { findSoffice } from '../../../electron/core/reports/pdf';

/** LibreOffice, which lays a DOCX out into pages as Word would, or null where it is not installed. */
export const soffice = findSoffice();

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Why the tests that read a report's printed pages (LibreOffice, then pdftotext) cannot run here; '' when they can. */
export const pageToolsMissing = !soffice ? 'LibreOffice (soffice) is not installed' : !hasPdftotext ? 'pdftotext (poppler-utils) is not installed' : '';
