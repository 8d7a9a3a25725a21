import type { InputOf, ParsedInputOf, ResultOf } from './define';
import { appContract } from './app';
import { plansContract } from './plans';
import { itemsContract } from './items';
import { complianceContract } from './compliance';
import { reportsContract } from './reports';
import { syncContract } from './sync';
import { backupContract } from './backup';
import { foldersContract } from './folders';
import { reconcileContract } from './reconcile';

/**
 * The whole API: one object per domain, merged here. Adding a domain = one file + one spread below.
 * Duplicate channel names are caught by `assertUniqueChannels` at start-up (and by a test).
 */
const domains = [
  appContract,
  plansContract,
  itemsContract,
  complianceContract,
  reportsContract,
  syncContract,
  backupContract,
  foldersContract,
  reconcileContract,
] as const;

export const contract = {
  ...appContract,
  ...plansContract,
  ...itemsContract,
  ...complianceContract,
  ...reportsContract,
  ...syncContract,
  ...backupContract,
  ...foldersContract,
  ...reconcileContract,
};

type Contract = typeof contract;
export type Channel = keyof Contract & string;
export type Input<C extends Channel> = InputOf<Contract[C]>;
export type ParsedInput<C extends Channel> = ParsedInputOf<Contract[C]>;
export type Result<C extends Channel> = ResultOf<Contract[C]>;

/** What the core implements: receives the already-validated input. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Result<C>> | Result<C> };

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function assertUniqueChannels(): void {
  const seen = new Set<string>();
  for (const domain of domains) {
    for (const name of Object.keys(domain)) {
      if (seen.has(name)) throw new Error(`channel registered twice: ${name}`);
      if (!/^[a-z]+:[a-zA-Z]+$/.test(name)) throw new Error(`channel name must be domain:verb: ${name}`);
      seen.add(name);
    }
  }
}

export * from './errors';
