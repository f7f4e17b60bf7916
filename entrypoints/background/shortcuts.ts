import { browser } from 'wxt/browser';
import type { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { myName } from '../../storage/handlers';
import { classifyUrl } from '../../lib/extract/url';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import type { FrameToContent } from '../../lib/messaging/protocol-frames';
import { t } from '../../lib/i18n/t';

const MENU_ADD = 'scout-add-creator';

/** The keyboard shortcut opens the panel in the active tab; a context-menu entry on a creator link adds that creator. */
export function registerShortcuts(db: ScoutDB, changed: () => void, openFrames: (tabId: number) => void = () => {}) {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'open-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const message: FrameToContent = { type: 'overlay.open' };
    if (tab?.id === undefined) return;
    // The content script shows its frames and focuses them; the frames open their panel.
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {});
    openFrames(tab.id);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ADD,
      title: t('popup.background.menuAdd'),
      contexts: ['link'],
      targetUrlPatterns: ['https://www.tiktok.com/@*'],
    });
  });

  browser.contextMenus.onClicked.addListener(async (info) => {
    if (info.menuItemId !== MENU_ADD || !info.linkUrl) return;
    const where = classifyUrl(info.linkUrl);
    if (where.kind !== 'profile' && where.kind !== 'video') return;
    const existing = await pipelineRepo.get(db, where.handle);
    if (!existing) await pipelineRepo.add(db, where.handle, { owner: await myName(db) }, new Date());
    changed();
    // A notification, not the badge: the badge counts follow-ups due and must keep doing so.
    await browser.notifications.create(`scout-added-${where.handle}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(existing ? 'popup.background.alreadyIn' : 'popup.background.addedTitle', { handle: `@${where.handle}` }),
      message: existing
        ? existing.owner
          ? t('popup.background.stageOwner', { stage: STAGE_LABEL[existing.stage], owner: existing.owner })
          : t('popup.background.stage', { stage: STAGE_LABEL[existing.stage] })
        : t('popup.background.addedHint'),
    });
  });
}
