import type { SyncedTable } from '../sync/registry';
import { spec } from '../sync/field-spec';

/**
 * Organisations (the station, the newspaper, Sở Nội vụ…): synced; ids derive from the name so installs agree.
 * A row is its own organisation's (its id is the organisation's id): nobody else renames it.
 */
export const ORGANISATIONS_TABLE: SyncedTable = {
  table: 'organisations',
  ownership: 'keyed',
  ownerOf: (rowId) => rowId,
  groups: {
    create: ['orgId'],
    name: ['name', 'shortName'],
  },
  // The limits of app:setup (orgName, orgShortName).
  fields: { orgId: spec.id(), name: spec.text(200), shortName: spec.text(50, { nullable: true }) },
};
