/** A colour picker with its label, and a button back to the default colour when one is set. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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
  return (
    <div className="polku-field polku-field-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="color" value={value ?? fallback} onChange={(e) => onChange(e.target.value)} />
      {value && (
        <button type="button" onClick={() => onChange(null)}>
          {t('panels.noColor')}
        </button>
      )}
    </div>
  );
}
