// Remote images in e-mail: the frame's CSP never allows the web, images the agent allowed are
// fetched by the core (the UI asks once and shows a loading note), and images that could not be
// loaded are counted, with the offline hint and "Try again" when some were unreachable.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import type { ConversationDetail, MessageView } from '../lib/bindings';
import { installBackend } from './backend';
import { openFirstConversation } from './render';
import { detail as baseDetail, message } from './fixtures';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function withMail(id: number, over: Partial<MessageView>): ConversationDetail {
  return {
    ...baseDetail(id),
    messages: [message(1, { channel: 'email', html: '<p>Photo</p><img alt="lamp">', sender_address: 'ana@buyer.test', ...over })],
  };
}

async function showFormatted(): Promise<HTMLElement> {
  await openFirstConversation();
  const shown = screen.getByTestId('message');
  await fireEvent.click(within(shown).getByText('Show original formatting'));
  return shown;
}

describe('remote images in e-mail', () => {
  it('never lets the frame load images from the web, blocked or allowed', async () => {
    installBackend({ conversation_open: (a) => withMail(a.id as number, { remote_images_blocked: false, html: `<img src="${PNG}">` }) });
    const shown = await showFormatted();
    const doc = within(shown).getByTestId('email-frame').getAttribute('srcdoc') ?? '';
    expect(doc).toContain('img-src data:;');
    expect(doc).not.toMatch(/https?:/);
    expect(doc).toContain(PNG);
  });

  it('asks the core once for allowed images still to fetch, shows a loading note, then the fetched message', async () => {
    let release: () => void = () => {};
    const backend = installBackend({
      conversation_open: (a) => withMail(a.id as number, { remote_images_to_fetch: 2 }),
      mail_fetch_remote_images: () =>
        new Promise((resolve) => {
          release = () => resolve(withMail(1, { html: `<img src="${PNG}">`, remote_images_failed: 1 }));
        }),
    });
    const shown = await showFormatted();
    await within(shown).findByTestId('remote-images-loading');
    expect(within(shown).getByTestId('remote-images-loading').textContent).toContain('Loading images');
    expect(backend.callsOf('mail_fetch_remote_images')).toEqual([{ messageId: 1 }]);
    release();
    const failed = await within(shown).findByTestId('remote-images-failed');
    expect(failed.textContent).toContain('One image could not be loaded.');
    expect(within(shown).queryByTestId('remote-images-later')).toBeNull();
    expect(within(shown).getByTestId('email-frame').getAttribute('srcdoc')).toContain(PNG);
    expect(backend.callsOf('mail_fetch_remote_images')).toHaveLength(1);
  });

  it('says unreachable images are fetched on the next open, and tries again on request only', async () => {
    const unreachable = (id: number) => withMail(id, { remote_images_to_fetch: 3, remote_images_failed: 3 });
    const backend = installBackend({
      conversation_open: (a) => unreachable(a.id as number),
      mail_fetch_remote_images: () => unreachable(1),
    });
    const shown = await showFormatted();
    const failed = await within(shown).findByTestId('remote-images-failed');
    expect(failed.textContent?.replace(/[\u2068\u2069]/g, '')).toContain('3 images could not be loaded.');
    expect(within(shown).getByTestId('remote-images-later').textContent).toContain('next time you open this message');
    await waitFor(() => expect(backend.callsOf('mail_fetch_remote_images')).toHaveLength(1));
    await fireEvent.click(within(shown).getByTestId('remote-images-retry'));
    await waitFor(() => expect(backend.callsOf('mail_fetch_remote_images')).toHaveLength(2));
  });

  it('does not fetch while images are blocked', async () => {
    const backend = installBackend({ conversation_open: (a) => withMail(a.id as number, { remote_images_blocked: true }) });
    const shown = await showFormatted();
    expect(within(shown).getByTestId('remote-images-blocked')).toBeTruthy();
    expect(backend.callsOf('mail_fetch_remote_images')).toHaveLength(0);
  });
});
