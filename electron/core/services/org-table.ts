import { registerSyncedTable } from '../sync/registry';

/** Organisations (the station, the newspaper, Sở Nội vụ…): synced; ids derive from the name so installs agree. */
registerSyncedTable({
  table: 'organisations',
  groups: {
    create: ['orgId'],
    name: ['name', 'shortName'],
  },
});
