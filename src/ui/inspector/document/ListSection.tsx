/**
 * The shape every list of the diagram panel shares: a heading, the items, a
 * note when there are none, the reason a button's edit was refused, and an
 * "add" button.
 */
import type { ReactNode } from 'react';
import type { Problem } from '../../../model/types';
import { Refusal } from './Refusal';

export function ListSection({
  id,
  heading,
  empty,
  refused,
  addLabel,
  onAdd,
  children,
  after,
}: {
  id: string;
  heading: string;
  /** shown when the list has no items; omit for lists that are never empty */
  empty?: string | null;
  refused: readonly Problem[] | null;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <section className="polku-panel-section" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {empty && <p className="polku-hint">{empty}</p>}
      <ol className="polku-panel-list">{children}</ol>
      <Refusal problems={refused} />
      <div className="polku-actions">
        <button type="button" onClick={onAdd}>
          {addLabel}
        </button>
      </div>
      {after}
    </section>
  );
}
