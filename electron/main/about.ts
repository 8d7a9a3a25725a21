import type { MessageBoxOptions } from 'electron';
import { PRODUCT_NAME } from './window-constants';

export interface AboutFacts {
  appVersion: string;
  dbFile: string;
  dataDir: string;
  schemaVersion: number;
  versions: { electron?: string; chrome?: string; node?: string };
}

/** The "Giới thiệu" box: what a support person asks first — version, where the data is, which schema. */
export function aboutBoxOptions(facts: AboutFacts): MessageBoxOptions {
  const lines = [
    `Phiên bản: ${facts.appVersion}`,
    `Cơ sở dữ liệu: ${facts.dbFile}`,
    `Phiên bản lược đồ dữ liệu: ${facts.schemaVersion}`,
    `Thư mục dữ liệu: ${facts.dataDir}`,
    '',
    `Electron ${facts.versions.electron ?? '?'} · Chromium ${facts.versions.chrome ?? '?'} · Node ${facts.versions.node ?? '?'}`,
    'Ứng dụng chạy hoàn toàn trên máy này, không gửi dữ liệu đi đâu.',
  ];
  return {
    type: 'info',
    title: `Giới thiệu ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${facts.appVersion}`,
    detail: lines.join('\n'),
    buttons: ['Đóng'],
    defaultId: 0,
    noLink: true,
  };
}
