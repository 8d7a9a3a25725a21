import type { ComponentType } from 'react';
import { TourPanel } from '../tour/TourPanel';
import { HolidaysPanel } from '../schedule/HolidaysPanel';
import { TopicsPanel } from '../schedule/TopicsPanel';
import { ReportSettingsSection } from '../reports/ReportSettingsSection';
import { BackupPanel } from '../backup/BackupPanel';
import { UsersPanel } from './UsersPanel';
import { LanguagePanel } from './LanguagePanel';
import { MachinePanel } from './MachinePanel';

/**
 * The sections of Cài đặt, in the order of its tabs; each is reached directly at #/settings/<id> and carries its own
 * heading. A feature adds its section here with one line (`label` is the tab's words, a translation key).
 */
export const settingsSections: ReadonlyArray<{ id: string; label: string; Panel: ComponentType }> = [
  { id: 'users', label: 'settings.tabs.users', Panel: UsersPanel },
  { id: 'holidays', label: 'settings.tabs.holidays', Panel: HolidaysPanel },
  { id: 'topics', label: 'settings.tabs.topics', Panel: TopicsPanel },
  { id: 'report', label: 'settings.tabs.report', Panel: ReportSettingsSection },
  { id: 'backup', label: 'settings.tabs.backup', Panel: BackupPanel },
  { id: 'language', label: 'settings.tabs.language', Panel: LanguagePanel },
  { id: 'machine', label: 'settings.tabs.machine', Panel: MachinePanel },
  { id: 'tour', label: 'settings.tabs.tour', Panel: TourPanel },
];
