import { z } from 'zod';
import { command, empty, query } from './define';
import { requiredText, role, text } from './fields';
import type { Organisation, Role } from '../domain/types';

export interface UserInfo {
  id: string;
  name: string;
  role: Role;
  /** Switching to this user asks for their PIN. */
  hasPin: boolean;
}

/** A PIN guards switching to a user: 4 to 8 digits. */
const pin = z.string().regex(/^\d{4,8}$/, { error: 'Mã PIN phải gồm 4 đến 8 chữ số.' });

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  installId: string;
  installName: string;
  dbPath: string;
  /** False until the first-run screen has been completed. */
  setupDone: boolean;
  org: Organisation | null;
  user: UserInfo | null;
  language: 'vi' | 'en';
}

export const appContract = {
  'app:info': query<AppInfo>()(empty),
  'app:setup': command<AppInfo>()(
    z
      .object({
        orgName: requiredText(200),
        orgShortName: text(50).optional(),
        userName: requiredText(100),
        role,
        installName: text(100).optional(),
        withSample: z.boolean().default(false),
      })
      .strict(),
  ),
  'settings:get': query<Record<string, string>>()(empty),
  'settings:set': command<Record<string, string>>()(
    z
      .object({
        values: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/, { error: 'Tên thiết lập không hợp lệ.' }), text(5000)),
      })
      .strict(),
  ),
  'users:list': query<UserInfo[]>()(empty),
  'users:add': command<UserInfo>()(z.object({ name: requiredText(100), role }).strict()),
  'users:switch': command<AppInfo>()(z.object({ userId: z.string().min(1).max(100), pin: z.string().max(8).optional() }).strict()),
  /** Set or remove (pin: null) the current user's own PIN; the old one is needed to change it. */
  'users:setPin': command<UserInfo>()(z.object({ pin: pin.nullable(), currentPin: z.string().max(8).optional() }).strict()),
  'orgs:list': query<Organisation[]>()(empty),
};
