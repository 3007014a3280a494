import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { installBackend } from './backend';
import { EMPTY, READY } from './fixtures';
import { renderApp } from './render';

describe('startup screens', () => {
  it('shows the welcome screen for an empty workspace', async () => {
    installBackend({ workspace_status: () => EMPTY });
    await renderApp('welcome');
    expect(screen.getByTestId('welcome-demo').textContent).toContain('Explore with demo data');
    expect(screen.queryByTestId('inbox')).toBeNull();
  });

  it('loads the demo when its button is clicked and then shows the inbox', async () => {
    let release: (v: unknown) => void = () => {};
    const backend = installBackend({
      workspace_status: () => EMPTY,
      workspace_load_demo: () => new Promise((resolve) => (release = () => resolve(READY))),
    });
    await renderApp('welcome');
    await fireEvent.click(screen.getByTestId('welcome-demo'));
    await waitFor(() => expect(backend.callsOf('workspace_load_demo')).toHaveLength(1));
    expect(screen.getByTestId('welcome').getAttribute('aria-busy')).toBe('true');
    expect((screen.getByTestId('welcome-demo') as HTMLButtonElement).disabled).toBe(true);
    release(READY);
    await screen.findByTestId('inbox');
  });

  it('opens the account form from the welcome screen, and closes it again', async () => {
    installBackend({ workspace_status: () => EMPTY });
    await renderApp('welcome');
    await fireEvent.click(screen.getByTestId('welcome-add-account'));
    expect(await screen.findByTestId('account-form')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('accounts-close'));
    expect(screen.queryByTestId('accounts-panel')).toBeNull();
    expect(screen.getByTestId('welcome-demo')).toBeTruthy();
  });

  it('moves a damaged store aside only after the agent confirms', async () => {
    const backend = installBackend({
      workspace_status: () => ({
        state: 'unavailable',
        database_path: '/data/bridgedesk.sqlite3',
        error: { code: 'store.corrupt', message_id: 'error-store-corrupt', args: {} },
        recoverable: true,
      }),
    });
    await renderApp('workspace-unavailable');
    expect(screen.getByTestId('workspace-unavailable').textContent).toContain('/data/bridgedesk.sqlite3');
    await fireEvent.click(screen.getByTestId('move-aside'));
    expect(backend.callsOf('workspace_move_aside_corrupt')).toHaveLength(0);
    await fireEvent.click(screen.getByTestId('confirm-move-aside'));
    await screen.findByTestId('welcome');
    expect(backend.callsOf('workspace_move_aside_corrupt')).toHaveLength(1);
  });

  it('shows a rejected command as a localized message, never the raw error', async () => {
    installBackend({
      workspace_status: () => EMPTY,
      workspace_load_demo: () => {
        throw { code: 'demo.failed', message_id: 'error-demo-failed-not-in-ftl', args: {} };
      },
    });
    await renderApp('welcome');
    await fireEvent.click(screen.getByTestId('welcome-demo'));
    const banner = await screen.findByTestId('error-banner');
    expect(banner.textContent).toContain('Something went wrong');
    expect(banner.textContent).toContain('demo.failed');
    expect(banner.textContent).not.toContain('error-demo-failed-not-in-ftl');
  });
});
