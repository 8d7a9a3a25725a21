import { z } from 'zod';
import { query } from './define';

export interface FolderRoot {
  label: string;
  path: string;
}

export interface FolderListing {
  /** The folder shown (resolved). */
  path: string;
  /** One level up, or null at a root. */
  parent: string | null;
  /** Its subfolders (names only: files are never listed). */
  folders: Array<{ name: string; path: string }>;
  /** Where one may start: the home folder and removable drives. */
  roots: FolderRoot[];
}

/** The browser host's folder picker (the desktop uses its native dialog): folders under home and on USB drives. */
export const foldersContract = {
  'folders:list': query<FolderListing>()(z.object({ path: z.string().min(1).max(1000).optional() }).strict()),
};
