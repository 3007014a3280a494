// The typed door to the Rust core: every command and event name, argument and result comes
// from bindings.ts, which is generated from the Rust types. A rejected command carries an
// AppError (code + Fluent message id); anything else is wrapped into one so the UI can always
// show a localized message.
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AppError, Commands, Events } from './bindings';

/** Invokes a command of the IPC contract; rejects with an AppError. */
export async function call<K extends keyof Commands>(
  name: K,
  args: Commands[K]['args'],
): Promise<Commands[K]['result']> {
  try {
    return (await invoke(name, args as Record<string, unknown>)) as Commands[K]['result'];
  } catch (err) {
    throw toAppError(err);
  }
}

/**
 * Listens to an event the core pushes; resolves to the function that stops listening, which
 * never throws (the window may already be going away when it is called).
 */
export async function on<K extends keyof Events>(
  name: K,
  handler: (payload: Events[K]) => void,
): Promise<UnlistenFn> {
  const stop = await listen<Events[K]>(name, (event) => handler(event.payload));
  return () => {
    try {
      const result: unknown = stop();
      if (result instanceof Promise) result.catch(() => {});
    } catch {
      // Already gone.
    }
  };
}

/** True for the error shape the core sends. */
export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message_id === 'string';
}

/** Any rejection as an AppError: the core's own, or `ui.unexpected` around anything else. */
export function toAppError(err: unknown): AppError {
  if (isAppError(err)) return { code: err.code, message_id: err.message_id, args: err.args ?? {} };
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'ui.unexpected', message_id: 'app-error-unexpected', args: { detail } };
}
