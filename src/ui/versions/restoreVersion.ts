/**
 * Restoring a version: an ordinary edit of this tab's document (one undo step, stored by the autosave as
 * any edit), after the diagram shown is kept as a version too — so two tabs restoring different versions
 * of one diagram at once lose nothing: each tab's restore is its edit, the other tab is told as of any.
 */
import type { Diagram } from '../../model/types';
import type { VersionReason } from '../../model/versions';
import type { DocumentStore } from '../../store/documentStore';
import { useSelection } from '../../store/sessionStore';

export async function restoreVersion(
  store: DocumentStore,
  diagram: Diagram,
  keepVersion: ((reason: VersionReason) => Promise<void>) | undefined,
): Promise<void> {
  await keepVersion?.('restore');
  useSelection.getState().selectSteps([]);
  store.getState().apply(diagram);
}
