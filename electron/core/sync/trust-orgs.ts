import type { Db } from '../db/open';
import type { TrustState } from './trust-store';
import { stmt } from './statements';

/** A person's decision on a whole organisation (sync_orgs), and the sync log they read (sync_events). */
export interface KnownOrg {
  orgId: string;
  orgName: string | null;
  trust: TrustState;
  decidedAt: string | null;
}

export function getOrg(db: Db, orgId: string): KnownOrg | undefined {
  return stmt(db, 'SELECT org_id AS orgId, org_name AS orgName, trust, decided_at AS decidedAt FROM sync_orgs WHERE org_id = ?').get(orgId) as
    KnownOrg | undefined;
}

export function listOrgs(db: Db): KnownOrg[] {
  return stmt(db, 'SELECT org_id AS orgId, org_name AS orgName, trust, decided_at AS decidedAt FROM sync_orgs ORDER BY org_name, org_id').all() as KnownOrg[];
}

/** First sight of an organisation: it waits for a person (unless already decided). */
export function noteOrg(db: Db, orgId: string, orgName: string | null): void {
  stmt(
    db,
    `INSERT INTO sync_orgs (org_id, org_name, trust) VALUES (?, ?, 'pending')
     ON CONFLICT (org_id) DO UPDATE SET org_name = COALESCE(excluded.org_name, org_name)`,
  ).run(orgId, orgName);
}

export function setOrgTrust(db: Db, orgId: string, trust: TrustState, nowIso: string): void {
  stmt(db, 'UPDATE sync_orgs SET trust = ?, decided_at = ? WHERE org_id = ?').run(trust, nowIso, orgId);
}

export interface SyncEvent {
  at: string;
  kind: 'vouched' | 'revoked_refused' | 'refused_origin' | 'trusted' | 'refused' | 'set_aside' | 'key_rotated' | 'key_refused';
  message: string;
  installId?: string | null;
  orgId?: string | null;
}

export function logEvent(db: Db, e: SyncEvent): void {
  stmt(db, 'INSERT INTO sync_events (at, kind, message, install_id, org_id) VALUES (?, ?, ?, ?, ?)').run(
    e.at,
    e.kind,
    e.message,
    e.installId ?? null,
    e.orgId ?? null,
  );
}

export function recentEvents(db: Db, limit = 50): SyncEvent[] {
  return stmt(db, 'SELECT at, kind, message, install_id AS installId, org_id AS orgId FROM sync_events ORDER BY id DESC LIMIT ?').all(limit) as SyncEvent[];
}
