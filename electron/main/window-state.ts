import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MIN_HEIGHT, MIN_WIDTH } from './window-constants';

export const WINDOW_STATE_FILE = 'window-state.json';
const DEFAULT_SIZE = { width: 1280, height: 820 };
/** A restored window must show at least this much of itself on some display, or it is re-centred. */
const MIN_VISIBLE = 120;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState extends Rect {
  maximized: boolean;
}
export interface RestoredBounds {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

const int = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  x: int,
  y: int,
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean().default(false),
});

/** Reads the saved state; a missing, unreadable or malformed file is simply ignored (defaults are used). */
export function loadWindowState(dataDir: string): WindowState | null {
  try {
    const raw = fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8');
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written to a temporary file then renamed, so a crash mid-write never leaves a half file. */
export function saveWindowState(dataDir: string, state: WindowState): void {
  const parsed = stateSchema.safeParse(state);
  if (!parsed.success) return;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, WINDOW_STATE_FILE);
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(parsed.data, null, 2));
    fs.renameSync(tmp, file);
  } catch {
    // Remembering the window is a convenience: never let it stop the app from closing.
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: Math.round(area.x + (area.width - w) / 2), y: Math.round(area.y + (area.height - h) / 2), width: w, height: h };
}

/**
 * Fits saved bounds to the displays connected now (work areas, i.e. without task bars):
 * the size is capped by the display it is on (or the primary one), and a window left on a display that is
 * gone, or pushed almost entirely off-screen, is centred on the primary display.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): RestoredBounds {
  if (!saved) {
    const size = { width: Math.min(DEFAULT_SIZE.width, primary.width), height: Math.min(DEFAULT_SIZE.height, primary.height) };
    return { bounds: centred(primary, size.width, size.height), maximized: false };
  }
  const host = workAreas
    .map((area) => ({ area, visible: overlap(saved, area) }))
    .filter(({ visible }) => visible.width >= MIN_VISIBLE && visible.height >= MIN_VISIBLE)
    .sort((a, b) => b.visible.width * b.visible.height - a.visible.width * a.visible.height)[0]?.area;
  const area = host ?? primary;
  const width = Math.min(Math.max(saved.width, Math.min(MIN_WIDTH, area.width)), area.width);
  const height = Math.min(Math.max(saved.height, Math.min(MIN_HEIGHT, area.height)), area.height);
  if (!host) return { bounds: centred(primary, width, height), maximized: saved.maximized };
  // Keep the window inside its display so the title bar can always be grabbed.
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
