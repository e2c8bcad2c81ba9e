/**
 * A colour: the browser's picker, the same colour as a #rrggbb code to type
 * or paste (the keyboard's quick way, and what brand guides give), and a
 * button back to the default colour when one is set.
 *
 * Dragging about in the browser's picker sends a colour for every move; all of
 * them until the picker closes (its `change` event) or the field is left are
 * one history step, as a drag on the canvas is.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../../store/documentStore';

const HEX = /^#?[0-9a-fA-F]{6}$/;

export function ColorField({
  label,
  value,
  fallback = '#ffffff',
  onChange,
}: {
  label: string;
  value: string | undefined;
  fallback?: string;
  /** null: back to the default colour */
  onChange: (color: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const shown = value ?? fallback;
  // what is being typed, until it is committed (then the field shows the colour again)
  const [typed, setTyped] = useState<string | null>(null);
  const store = useDocumentStore();
  const picker = useRef<HTMLInputElement>(null);
  const picking = useRef(false);
  const endPicking = useCallback(() => {
    if (!picking.current) return;
    picking.current = false;
    store.getState().endGesture();
  }, [store]);
  useEffect(() => {
    const el = picker.current;
    // the native `change` (the picker closed); React's onChange is the `input` of every move
    el?.addEventListener('change', endPicking);
    return () => {
      el?.removeEventListener('change', endPicking);
      endPicking();
    };
  }, [endPicking]);
  const pick = (color: string) => {
    if (!picking.current) {
      picking.current = true;
      store.getState().beginGesture();
    }
    onChange(color);
  };
  const commit = () => {
    // leaving the field without typing changes nothing (the default colour stays the default)
    if (typed === null) return;
    const v = typed.trim();
    setTyped(null);
    if (!HEX.test(v)) return;
    const next = `#${v.replace('#', '').toLowerCase()}`;
    if (next !== value) onChange(next);
  };
  return (
    <div className="polku-field polku-color-field">
      <label htmlFor={id}>{label}</label>
      <div className="polku-color-row">
        <input
          id={id}
          ref={picker}
          type="color"
          value={shown}
          onChange={(e) => pick(e.target.value)}
          onBlur={endPicking}
        />
        <input
          type="text"
          className="polku-color-code"
          aria-label={t('panels.colorCode', { label })}
          value={typed ?? shown}
          size={8}
          maxLength={7}
          spellCheck={false}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setTyped(null);
          }}
        />
        {value && (
          <button type="button" onClick={() => onChange(null)}>
            {t('panels.noColor')}
          </button>
        )}
      </div>
    </div>
  );
}
