import type { ApiError } from '../api/client';

/** An error next to what caused it, in the user's words. */
export function ErrorMessage({ error, id }: { error: ApiError | Error | null | undefined; id?: string }) {
  if (!error) return null;
  return (
    <p className="error-message" role="alert" id={id}>
      {error.message}
    </p>
  );
}
