import fc from 'fast-check';

/** Byte-level mutations of a valid file: flips, truncation, insertion, deletion, duplication, splices. */
export function mutated(seeds: readonly Buffer[]): fc.Arbitrary<Buffer> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })), { minLength: 1, maxLength: 4 }),
    )
    .map(([which, ops]) => {
      let b = Buffer.from(seeds[which]!);
      for (const [op, a, c, bytes] of ops) {
        const at = b.length === 0 ? 0 : a % b.length;
        if (op === 0 && b.length > 0) b[at] = b[at]! ^ (1 << (c % 8));
        else if (op === 1) b = b.subarray(0, at);
        else if (op === 2) b = Buffer.concat([b.subarray(0, at), Buffer.from(bytes), b.subarray(at)]);
        else if (op === 3) b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + (c % 64)))]);
        else if (op === 4) b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + 1 + (c % 256)), b.subarray(at)]);
        else if (b.length > 0) b[at] = bytes[0]!;
      }
      return b;
    });
}
