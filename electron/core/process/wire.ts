import { z } from 'zod';
import type { ApiErrorShape, ErrorCode } from '../../../shared/contract/errors';
import type { CoreEvent } from '../context';

/**
 * The messages between the desktop's main process and the core's own process (a utility process), over one
 * MessagePort. Both sides validate what they receive with these schemas: a message that does not fit is dropped
 * (parent side) or answered with an error (core side), never trusted.
 * The contract itself is unchanged: a `call` carries a contract channel and its raw input, the core validates the
 * input as for every other way in, and the reply is the same envelope IPC and HTTP carry.
 */

const errorShape = z.object({
  code: z.string().min(1).max(40),
  message: z.string().max(4000),
  details: z.record(z.string(), z.unknown()).optional(),
});

const callId = z.number().int().nonnegative();

export const toCoreMessage = z.discriminatedUnion('type', [
  /** Open the database; the core answers `ready` or `failed`. */
  z.object({ type: z.literal('open'), dbFile: z.string().min(1), nativeBinding: z.string().min(1).optional() }),
  z.object({ type: z.literal('call'), id: callId, channel: z.string().max(200), input: z.unknown() }),
  /** The menu's "Sao lưu ngay" (not a contract channel: the shell asks for it). */
  z.object({ type: z.literal('backup'), id: callId }),
  /** Close the database cleanly (checkpoint, WAL removed) and exit; the core answers `closed` first. */
  z.object({ type: z.literal('close') }),
]);
export type ToCore = z.infer<typeof toCoreMessage>;

const coreInfo = z.object({
  dbFile: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  installId: z.string(),
});
export type CoreInfo = z.infer<typeof coreInfo>;

const coreEvent = z.object({ type: z.enum(['changed', 'progress', 'open-file']), payload: z.unknown().optional() });

export const fromCoreMessage = z.union([
  z.object({ type: z.literal('ready'), info: coreInfo }),
  z.object({ type: z.literal('failed'), error: errorShape }),
  z.object({ type: z.literal('reply'), id: callId, ok: z.literal(true), result: z.unknown() }),
  z.object({ type: z.literal('reply'), id: callId, ok: z.literal(false), error: errorShape }),
  /** What the core emits today to the window: data changed, progress of a long job. */
  z.object({ type: z.literal('event'), event: coreEvent }),
  z.object({ type: z.literal('closed') }),
]);
export type FromCore = z.infer<typeof fromCoreMessage>;

/** Typed builders, so both sides write messages the schemas accept. */
export const wire = {
  reply: (id: number, envelope: { ok: true; result: unknown } | { ok: false; error: ApiErrorShape }): FromCore => ({ type: 'reply', id, ...envelope }),
  event: (event: CoreEvent): FromCore => ({ type: 'event', event }),
};

/** The error shape as it came over the wire (its code is one of ours; the schema only bounds its size). */
export function asApiError(error: z.infer<typeof errorShape>): ApiErrorShape {
  return { code: error.code as ErrorCode, message: error.message, ...(error.details ? { details: error.details } : {}) };
}

/** The part of a MessagePort both Electron's MessagePortMain and our test stand-in provide. */
export interface PortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
}
