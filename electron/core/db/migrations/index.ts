import m001 from './001-core';
import m002 from './002-plans';
import m003 from './003-schedule';
import m004 from './004-compliance';
import m005 from './005-reports';
import m006 from './006-sync';
import m007 from './007-safety';
import m008 from './008-changelog-clock-index';
import m009 from './009-row-groups-pointer';
import m010 from './010-origin-segments';
import m011 from './011-plan-sections-years';
import m012 from './012-user-pin';
import m013 from './013-plan-steward';
import m014 from './014-item-kind-group';
import m015 from './015-reconcile';
import m016 from './016-key-rotations';

/**
 * Numbered, append-only. The position in this list is the schema version it produces
 * (PRAGMA user_version). Add new files at the end; never reorder or edit shipped ones.
 */
export const MIGRATIONS: readonly string[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
