import type { Session } from 'electron';

/**
 * security.md item 5: the app needs no browser permission (camera, notifications, geolocation, …),
 * so every request and every check is denied, whatever the origin.
 */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
