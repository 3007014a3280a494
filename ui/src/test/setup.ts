// Vitest setup: a known UI locale (pseudo-locale off) before every test; unmount, then drop the Tauri mock.
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { setLocale, setPseudoLocale } from '../lib/i18n.svelte';

beforeEach(() => {
  localStorage.clear();
  setPseudoLocale(false);
  setLocale('en-US');
});

afterEach(() => {
  cleanup();
  clearMocks();
});
