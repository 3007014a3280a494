// Mounts the whole app against the fake core and waits for a screen.
import { expect } from "vitest";
import { render, screen, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';

export async function renderApp(screenId = 'inbox') {
  const result = render(App);
  await screen.findByTestId(screenId);
  return result;
}

/** Renders the inbox and waits for its first rows. */
export async function renderInbox() {
  const result = await renderApp('inbox');
  await waitFor(() => expect(screen.getAllByTestId('conversation-row').length).toBeGreaterThan(0));
  return result;
}

export async function openFirstConversation() {
  await renderInbox();
  const row = screen.getAllByTestId('conversation-row')[0];
  row.click();
  await waitFor(() => expect(screen.getByTestId('conversation-pane').dataset.id).toBe(row.dataset.id));
  return row;
}
