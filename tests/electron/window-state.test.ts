import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowState, restoreBounds, saveWindowState, WINDOW_STATE_FILE, type Rect } from '../../electron/main/window-state';
import { MIN_HEIGHT, MIN_WIDTH } from '../../electron/main/window-constants';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-winstate-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

describe('window state file', () => {
  it('round-trips size, position and maximised', () => {
    saveWindowState(dir, { x: 100, y: 50, width: 1300, height: 900, maximized: true });
    expect(loadWindowState(dir)).toEqual({ x: 100, y: 50, width: 1300, height: 900, maximized: true });
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('ignores a missing, broken or tampered file', () => {
    expect(loadWindowState(dir)).toBeNull();
    const file = path.join(dir, WINDOW_STATE_FILE);
    for (const content of [
      '{not json',
      '[]',
      '{"x":"1","y":0,"width":10,"height":10}',
      '{"x":0,"y":0,"width":-5,"height":10}',
      JSON.stringify({ x: 1e12, y: 0, width: 800, height: 600 }),
    ]) {
      fs.writeFileSync(file, content);
      expect(loadWindowState(dir)).toBeNull();
    }
  });

  it('never throws when the folder cannot be written', () => {
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    expect(() => saveWindowState(path.join(blocker, 'sub'), { x: 0, y: 0, width: 1000, height: 700, maximized: false })).not.toThrow();
  });
});

describe('restoring bounds onto the displays connected now', () => {
  it('first launch: default size centred on the primary display', () => {
    const { bounds, maximized } = restoreBounds(null, [primary], primary);
    expect(maximized).toBe(false);
    expect(bounds.width).toBeLessThanOrEqual(primary.width);
    expect(bounds.x! + bounds.width / 2).toBeCloseTo(primary.width / 2, 0);
  });

  it('keeps a window that is on a connected display where it was', () => {
    const saved = { x: 2000, y: 40, width: 1100, height: 800, maximized: false };
    expect(restoreBounds(saved, [primary, right], primary).bounds).toEqual({ x: 2000, y: 40, width: 1100, height: 800 });
  });

  it('moves a window left on a display that is gone back to the primary display', () => {
    const saved = { x: 2000, y: 40, width: 1100, height: 800, maximized: true };
    const { bounds, maximized } = restoreBounds(saved, [primary], primary);
    expect(bounds.x! >= 0 && bounds.x! + bounds.width <= primary.width).toBe(true);
    expect(maximized).toBe(true);
  });

  it('caps a window larger than its display and pulls a half-hidden one inside', () => {
    const { bounds } = restoreBounds({ x: -300, y: 500, width: 3000, height: 2000, maximized: false }, [primary], primary);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('raises a tiny saved size to the minimum window size', () => {
    const { bounds } = restoreBounds({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [primary], primary);
    expect(bounds.width).toBe(MIN_WIDTH);
    expect(bounds.height).toBe(MIN_HEIGHT);
  });

  it('whatever was saved, the window ends up entirely inside one connected display (property)', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 800, max: 4000 }),
      height: fc.integer({ min: 600, max: 3000 }),
    });
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -20000, max: 20000 }),
          y: fc.integer({ min: -20000, max: 20000 }),
          width: fc.integer({ min: 1, max: 20000 }),
          height: fc.integer({ min: 1, max: 20000 }),
          maximized: fc.boolean(),
        }),
        fc.array(rect, { minLength: 1, maxLength: 3 }),
        (saved, areas) => {
          const { bounds } = restoreBounds(saved, areas, areas[0]!);
          const inside = areas.some(
            (a) => bounds.x! >= a.x && bounds.y! >= a.y && bounds.x! + bounds.width <= a.x + a.width && bounds.y! + bounds.height <= a.y + a.height,
          );
          expect(inside).toBe(true);
        },
      ),
    );
  });
});
