/**
 * Opening a shared link (`…#polku=…`) at start-up; loaded only when the
 * address carries one. The fragment leaves the address bar first (so a reload
 * or a bookmark does not open it again), then the link is read by the same
 * reader as files. A refused link shows its problems and changes nothing;
 * a readable one opens as a new entry of "Omat kaaviot", not saved to a file:
 * the diagram open before stays stored there as it was (no question needed).
 */
import type { i18n } from 'i18next';
import { addMessages, loadProblemWords } from '../../i18n/setup';
import { shareMessages } from '../../i18n/share';
import { fileNameFor } from '../../io/fileName';
import { decodeShareFragment } from '../../io/shareLink';
import { loadPatterns } from '../../layout/text/patterns';
import type { DocumentStore } from '../../store/documentStore';
import { useFile, useSelection, useSession } from '../../store/sessionStore';
import { openAsNew } from '../diagrams/diagramsStorage';

export type SharedLinkPage = {
  readonly location: Pick<Location, 'hash' | 'href'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
};

/** Resolves once the link is opened, refused or set aside. */
export async function openSharedLink(store: DocumentStore, instance: i18n, page: SharedLinkPage = window): Promise<void> {
  const fragment = page.location.hash;
  const url = new URL(page.location.href);
  url.hash = '';
  page.history.replaceState(page.history.state, '', url.href.replace(/#$/, ''));
  addMessages(instance, 'share', shareMessages);
  // what a refused link needs, fetched while the link is read
  const ready = Promise.all([loadProblemWords(), import('../ProblemsDialog')]).catch(() => undefined);
  const t = instance.t.bind(instance);
  const session = useSession.getState();

  const result = await decodeShareFragment(fragment);
  if (!result.ok) {
    await ready;
    session.refuse(t('share.heading'), result.problems, 'link');
    return;
  }
  const { diagram } = result;
  await loadPatterns(diagram.language ?? 'fi').catch(() => undefined);
  // a new entry of the list: the diagram shown stays stored as it was
  await openAsNew(() => {
    useFile.getState().setHandle(null);
    useSelection.getState().selectSteps([]);
    store.getState().newDocument(diagram, fileNameFor(diagram.title, 'json'));
  });
  session.notify({ kind: 'info', key: 'share.opened', params: { title: diagram.title.replace(/\u00ad/g, '') } });
}
