import { z } from 'zod';

/**
 * A channel pairs a zod schema for its one input object with a phantom result type.
 * The result type lives only in the type system (`__result`), so the contract stays pure data.
 */
export interface ChannelDef<I extends z.ZodType, R> {
  input: I;
  /** Writes data: the renderer refreshes its queries after calling it. */
  mutates: boolean;
  readonly __result?: R;
}

export function query<R>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, R> => ({ input, mutates: false });
}

export function command<R>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, R> => ({ input, mutates: true });
}

export type InputOf<D> = D extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<D> = D extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type ResultOf<D> = D extends ChannelDef<z.ZodType, infer R> ? R : never;

export const empty = z.object({}).strict();
