import type { z } from 'zod';
import type { ChannelDef, ParsedInputOf, ResultOf } from '../../../shared/contract/define';

/** Handlers for one domain's slice of the contract: the compiler proves every channel is handled. */
export type DomainHandlers<C extends Record<string, ChannelDef<z.ZodType, unknown>>> = {
  [K in keyof C]: (input: ParsedInputOf<C[K]>) => Promise<ResultOf<C[K]>> | ResultOf<C[K]>;
};
