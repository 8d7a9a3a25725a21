import type { ComponentType } from 'react';
import { PlansPage } from '../features/plans/PlansPage';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { CompliancePage } from '../features/compliance/CompliancePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { SettingsPage } from '../features/settings/SettingsPage';

export interface Section {
  id: string;
  /** i18n key of the navigation label. */
  label: string;
  Page: ComponentType;
}

/** The left navigation, in the order people use it. Each feature owns its page; sub-routes are its business. */
export const SECTIONS: readonly Section[] = [
  { id: 'plans', label: 'nav.plans', Page: PlansPage },
  { id: 'schedule', label: 'nav.schedule', Page: SchedulePage },
  { id: 'compliance', label: 'nav.compliance', Page: CompliancePage },
  { id: 'reports', label: 'nav.reports', Page: ReportsPage },
  { id: 'sync', label: 'nav.sync', Page: SyncPage },
  { id: 'settings', label: 'nav.settings', Page: SettingsPage },
];

export const DEFAULT_SECTION = 'schedule';
