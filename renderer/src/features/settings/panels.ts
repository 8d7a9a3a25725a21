import type { ComponentType } from 'react';
import { TourPanel } from '../tour/TourPanel';
import { HolidaysPanel } from '../schedule/HolidaysPanel';
import { TopicsPanel } from '../schedule/TopicsPanel';
import { ReportSettingsPanel } from '../reports/ReportSettingsPanel';
import { BackupPanel } from '../backup/BackupPanel';

/**
 * Extra panels other features mount under Cài đặt (report header, backups, sync folder…).
 * A feature adds itself here with one line.
 */
export const settingsPanels: Array<{ id: string; Panel: ComponentType }> = [
  { id: 'tour', Panel: TourPanel },
  { id: 'holidays', Panel: HolidaysPanel },
  { id: 'topics', Panel: TopicsPanel },
  { id: 'report-header', Panel: ReportSettingsPanel },
  { id: 'backup', Panel: BackupPanel },
];
