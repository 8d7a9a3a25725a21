import type { vi } from './vi';

type Dict<T> = { [K in keyof T]: T[K] extends string ? string : Dict<T[K]> };

export const en: Dict<typeof vi> = {
  app: { name: 'Communication Schedule', loading: 'Loading…', error: 'Error' },
  nav: { plans: 'Plans', schedule: 'Schedule', compliance: 'Tracking', reports: 'Reports', sync: 'Sync', settings: 'Settings', main: 'Main navigation' },
  top: { org: 'Organisation', user: 'User', search: 'Search (Ctrl+K)', language: 'Language', syncNever: 'Not synced yet', syncLast: 'Last synced {{when}}', syncWaiting: '{{count}} changes waiting', syncAttention: '{{count}} to review', syncImporting: 'Importing sync files…', syncImportingCount: 'Importing sync files… {{n}} changes' },
  roles: { editor: 'Editor', producer: 'Producer', viewer: 'Viewer' },
  setup: {
    title: 'Welcome to Lịch Tuyên Truyền',
    intro: 'Plan columns, articles and talk shows against the administrative-reform communication plan and report to the Department of Home Affairs. First, tell us which organisation this computer belongs to and who is using it.',
    org: 'Organisation of this computer',
    orgHint: 'e.g. the provincial radio & TV station, the provincial newspaper, Department of Home Affairs',
    orgOther: 'Other organisation…',
    orgOtherName: 'Organisation name',
    user: 'Your full name',
    role: 'Role',
    start: 'Start with',
    withSample: 'The built-in sample plan 259/KH-UBND (2020)',
    empty: 'No plan yet — I will import one later',
    submit: 'Start',
    required: 'Please fill this in.',
  },
  settings: {
    title: 'Settings',
    general: 'General',
    dataFile: 'Data file',
    schemaVersion: 'Data version',
    installId: 'Install id',
    appVersion: 'App version',
    language: 'Interface language',
    users: 'Users on this computer',
    addUser: 'Add user',
    switchUser: 'Switch to',
    current: 'current',
    name: 'Full name',
    saved: 'Saved',
  },
  common: { save: 'Save', cancel: 'Cancel', add: 'Add', close: 'Close', retry: 'Retry', comingSoon: 'This part is being built.' },
  empty: {
    plans: 'No plans yet — import a plan or use the sample plan 259/KH-UBND.',
    schedule: 'Nothing has been scheduled yet.',
    compliance: 'No plan to track yet. Import a plan first.',
    reports: 'No reports yet. Reports are built from the plan and what was done.',
    sync: 'Not synced with any computer yet. Choose a sync folder (USB stick, shared folder) to exchange data.',
  },
};
