import type { ReactNode } from 'react';

/** What goes in an empty area and the first action to take — never fake data. */
export function EmptyState({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      <p>{message}</p>
      {children ? <div className="empty-actions">{children}</div> : null}
    </div>
  );
}
