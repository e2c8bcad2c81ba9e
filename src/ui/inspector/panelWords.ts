/**
 * The panels' words (src/i18n/panels.ts) and the problem messages their fields show arrive with the panels:
 * every part that shows them adds them first.
 */
import { useTranslation } from 'react-i18next';
import { fieldMessages, inspectorMessages, panelsMessages, stepLinksMessages } from '../../i18n/panels';
import { problemMessages } from '../../i18n/problemMessages';
import { addMessages } from '../../i18n/setup';

export function usePanelWords(): void {
  const { i18n } = useTranslation();
  addMessages(i18n, 'panels', panelsMessages);
  addMessages(i18n, 'field', fieldMessages);
  addMessages(i18n, 'stepLinks', stepLinksMessages);
  addMessages(i18n, 'inspector', inspectorMessages);
  addMessages(i18n, 'problem', problemMessages);
}
