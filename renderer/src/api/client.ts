import type { Channel, Input, Result } from '../../../shared/contract';
import type { ApiErrorShape } from '../../../shared/contract/errors';

/** What the desktop preload exposes (contextBridge); absent in the browser host. */
interface DesktopBridge {
  invoke(channel: string, input: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: ApiErrorShape }>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Desktop-only helpers (dialogs, printing, files in the data folder); paths are relative to the data folder. */
  desktop?: {
    chooseFolder?(request: { title?: string }): Promise<string | null>;
    print(): Promise<boolean>;
    saveDataFile(relativePath: string): Promise<string | null>;
    openDataFile(relativePath: string): Promise<boolean | null>;
    showDataFile(relativePath: string): Promise<boolean | null>;
  };
}

declare global {
  interface Window {
    api?: DesktopBridge;
  }
}

export class ApiError extends Error {
  readonly code: string;
  readonly details: ApiErrorShape['details'];
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.details = shape.details;
  }
}

const TOKEN_KEY = 'ltt.token';

/**
 * The browser host hands the token in the first URL's fragment (`#token=`), which the browser never
 * sends to any server; keep it for this tab only and take it out of the address bar. `?token=` is
 * read too, for addresses printed by older versions.
 */
function webToken(): string {
  const url = new URL(window.location.href);
  const fromHash = new URLSearchParams(url.hash.replace(/^#/, '')).get('token');
  const fromUrl = fromHash ?? url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

// Read when this module loads, before the hash router first looks at the fragment.
let token: string | null = typeof window !== 'undefined' && !window.api ? webToken() : null;

async function invokeHttp(channel: string, input: unknown): Promise<unknown> {
  token ??= webToken();
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-LTT-Token': token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new ApiError({ code: 'db_unavailable', message: 'Mất kết nối tới ứng dụng. Hãy kiểm tra lệnh "ltt serve" còn chạy rồi tải lại trang.' });
  }
  const body = (await response.json().catch(() => null)) as { ok: boolean; result?: unknown; error?: ApiErrorShape } | null;
  if (!body) throw new ApiError({ code: 'internal', message: `Phản hồi không hợp lệ (mã ${response.status}).` });
  if (!body.ok) throw new ApiError(body.error ?? { code: 'internal', message: 'Lỗi không xác định.' });
  return body.result;
}

/** One typed client for the whole contract, over the desktop bridge or HTTP. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<C>> {
  if (window.api) {
    const r = await window.api.invoke(channel, input);
    if (!r.ok) throw new ApiError(r.error);
    return r.result as Result<C>;
  }
  return (await invokeHttp(channel, input)) as Result<C>;
}

/** Data-changed pushes (from this window or a sync import), to refresh what is on screen. */
export function onChanged(listener: () => void): () => void {
  if (window.api) return window.api.on('changed', () => listener());
  token ??= webToken();
  const source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
  source.addEventListener('changed', () => listener());
  return () => source.close();
}

/** Progress pushes from the core (a long sync import), with their payload. */
export function onProgress(listener: (payload: unknown) => void): () => void {
  if (window.api) return window.api.on('progress', listener);
  token ??= webToken();
  const source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
  source.addEventListener('progress', (e) => {
    try {
      listener(JSON.parse((e as MessageEvent<string>).data) as unknown);
    } catch {
      // a malformed push is not worth breaking the page for
    }
  });
  return () => source.close();
}

/** What names a file the app wrote: an exported report by its path, evidence by its hash (never by a path that came by sync). */
export type DataFileRef = { path: string } | { evidence: string };

/** Whether files are downloaded through the browser host (on the desktop the shell opens them instead). */
export function canDownload(): boolean {
  return !window.api;
}

/**
 * Download a file from the browser host. The token goes in a header (there is no cookie), so the file is
 * fetched by script and handed to the browser as a blob under the name the user knows.
 */
export async function downloadFile(ref: DataFileRef, fileName: string): Promise<void> {
  token ??= webToken();
  const query = 'evidence' in ref ? `evidence=${encodeURIComponent(ref.evidence)}` : `path=${encodeURIComponent(ref.path)}`;
  let response: Response;
  try {
    response = await fetch(`/files?${query}`, { headers: { 'X-LTT-Token': token } });
  } catch {
    throw new ApiError({ code: 'db_unavailable', message: 'Mất kết nối tới ứng dụng. Hãy kiểm tra lệnh "ltt serve" còn chạy rồi tải lại trang.' });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: ApiErrorShape } | null;
    throw new ApiError(body?.error ?? { code: 'not_found', message: 'Không tìm thấy tệp.' });
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
