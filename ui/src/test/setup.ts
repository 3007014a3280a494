// Vitest setup: a known UI locale before every test; unmount, then drop the Tauri mock.
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { setLocale } from '../lib/i18n.svelte';

beforeEach(() => {
  setLocale('en-US');
});

afterEach(() => {
  cleanup();
  clearMocks();
});
