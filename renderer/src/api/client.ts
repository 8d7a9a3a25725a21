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

/** The browser host hands the token in the first URL; keep it for this tab and take it out of the address bar. */
function webToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | null = null;

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
  const source = new EventSource('/events');
  source.addEventListener('changed', () => listener());
  return () => source.close();
}

/** Progress pushes from the core (a long sync import), with their payload. */
export function onProgress(listener: (payload: unknown) => void): () => void {
  if (window.api) return window.api.on('progress', listener);
  token ??= webToken();
  const source = new EventSource('/events');
  source.addEventListener('progress', (e) => {
    try {
      listener(JSON.parse((e as MessageEvent<string>).data) as unknown);
    } catch {
      // a malformed push is not worth breaking the page for
    }
  });
  return () => source.close();
}

/** A link to download a file the app wrote into its data folder (browser host), or null on the desktop. */
export function fileUrl(relativePath: string): string | null {
  if (window.api) return null;
  return `/files?path=${encodeURIComponent(relativePath)}`;
}
