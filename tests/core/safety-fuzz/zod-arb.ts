import fc from 'fast-check';
import type { z } from 'zod';
import { hostileNumber, hostileString, hostileValue } from './hostile';

interface Def {
  type: string;
  [k: string]: unknown;
}
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/**
 * A generator of inputs shaped like a zod schema, with hostile leaves: most cases get past the
 * outer shape and reach the field validators (and, when they pass, the services), instead of all
 * being refused at the first "expected object". One in five leaves is any value at all.
 */
export function arbFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const shaped = shapedArb(schema, depth);
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: hostileValue });
}

function shapedArb(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return hostileValue;
  switch (def.type) {
    case 'object': {
      const shape = (def.shape ?? {}) as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fc.option(arbFor(v, depth + 1), { nil: undefined, freq: 6 })]));
      return fc.tuple(fc.record(fields), fc.option(fc.dictionary(hostileString, hostileValue, { maxKeys: 2 }), { freq: 5 })).map(([r, extra]) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
        return extra ? { ...extra, ...out } : out;
      });
    }
    case 'string':
      return hostileString;
    case 'number':
    case 'int':
      return hostileNumber;
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.oneof(fc.constantFrom(...Object.values(def.entries as Record<string, string>)), hostileString);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array':
      return fc.array(arbFor(def.element as z.ZodType, depth + 1), { maxLength: 5 });
    case 'record':
      return fc.dictionary(hostileString, arbFor(def.valueType as z.ZodType, depth + 1), { maxKeys: 4 });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof(arbFor(def.innerType as z.ZodType, depth + 1), fc.constant(def.type === 'nullable' ? null : undefined));
    case 'pipe':
      return arbFor(def.in as z.ZodType, depth + 1);
    case 'union':
    case 'discriminatedUnion':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => arbFor(o, depth + 1)));
    case 'intersection':
      return fc
        .tuple(arbFor(def.left as z.ZodType, depth + 1), arbFor(def.right as z.ZodType, depth + 1))
        .map(([a, b]) => (a && b && typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : a));
    case 'lazy':
      return hostileValue;
    default:
      return hostileValue;
  }
}
