/** Why a button's edit was refused: the operation's own located problems, in the person's language. */
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../../i18n/problems';
import type { Problem } from '../../../model/types';

export function Refusal({ problems }: { problems: readonly Problem[] | null }) {
  const { t } = useTranslation();
  if (!problems || problems.length === 0) return null;
  return (
    <p className="polku-field-error polku-refusal" role="alert">
      {problems.map((p) => formatProblem(p, t)).join(' ')}
    </p>
  );
}
