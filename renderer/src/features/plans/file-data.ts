import i18n from '../../i18n';
import './translations';

/** A chosen file as the contract carries it ({ fileName, contentBase64 }), read in the page (Electron and browser alike). */
export function readFileAsBase64(file: File): Promise<{ fileName: string; contentBase64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(i18n.t('plans.readFailed', { name: file.name })));
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ fileName: file.name, contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}

/** Save text as a download (the exported plan file). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const joinAgencies = (names: readonly string[]) => names.join('; ');
export const splitAgencyInput = (text: string) =>
  text
    .split(';')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
