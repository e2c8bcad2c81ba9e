/** The date field: any form typed, the file date handed on when left, shown back in the person's form; refusals at the field. */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../src/i18n/ui';
import type { Problem } from '../../src/model/types';
import { DateField } from '../../src/ui/inspector/DateField';
import { createTestI18n } from '../helpers/i18n';

/** A date field over a stored date, as a panel holds one; `commits` records what reached the "document". */
function renderField(lng: UiLanguage, initial: string | undefined, { optional = false, refuse }: { optional?: boolean; refuse?: (d: string | null) => Problem[] | null } = {}) {
  const commits: (string | null)[] = [];
  const i18n = createTestI18n(lng);
  function Holder() {
    const [value, setValue] = useState(initial);
    return (
      <>
        <DateField
          label="Alkaa"
          value={value}
          optional={optional}
          onCommit={(date) => {
            const problems = refuse?.(date) ?? null;
            if (problems) return problems;
            commits.push(date);
            setValue(date ?? undefined);
            return null;
          }}
        />
        <button type="button">next</button>
      </>
    );
  }
  render(
    <I18nextProvider i18n={i18n}>
      <Holder />
    </I18nextProvider>,
  );
  return { commits, field: screen.getByRole('textbox', { name: 'Alkaa' }), user: userEvent.setup({ delay: null }), i18n };
}

describe('DateField', () => {
  it('shows the stored date in the person’s form', () => {
    expect(renderField('fi', '2025-03-10').field).toHaveValue('10.3.2025');
    cleanup();
    expect(renderField('sv', '2025-03').field).toHaveValue('3/2025');
    cleanup();
    expect(renderField('en', '2025-03-10').field).toHaveValue('10 Mar 2025');
  });

  it('says which forms work, in the hint', () => {
    const { field } = renderField('fi', '2025-03');
    expect(field).toHaveAccessibleDescription('Kuukausi (3/2025) tai päivä (10.3.2025).');
  });

  it('reads 1/2025 when the field is left, hands on 2025-01 and shows 1/2025 back', async () => {
    const { commits, field, user } = renderField('fi', '2024-06');
    await user.clear(field);
    await user.type(field, '01/25');
    expect(commits).toEqual([]);
    await user.tab();
    expect(commits).toEqual(['2025-01']);
    expect(field).toHaveValue('1/2025');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('reads a Finnish month name and a day on Enter', async () => {
    const { commits, field, user } = renderField('fi', '2024-06');
    await user.clear(field);
    await user.type(field, 'maaliskuu 2025{Enter}');
    expect(field).toHaveValue('3/2025');
    await user.clear(field);
    await user.type(field, '10. maaliskuuta 2025{Enter}');
    expect(field).toHaveValue('10.3.2025');
    expect(commits).toEqual(['2025-03', '2025-03-10']);
  });

  it('reads Swedish and English forms and shows them back in the person’s form', async () => {
    const sv = renderField('sv', '2024-06');
    await sv.user.clear(sv.field);
    await sv.user.type(sv.field, 'den 10 mars 2025{Enter}');
    expect(sv.field).toHaveValue('10.3.2025');
    expect(sv.commits).toEqual(['2025-03-10']);
    cleanup();
    const en = renderField('en', '2024-06');
    await en.user.clear(en.field);
    await en.user.type(en.field, 'March 10, 2025{Enter}');
    expect(en.field).toHaveValue('10 Mar 2025');
    await en.user.clear(en.field);
    await en.user.type(en.field, '10.3.2025{Enter}');
    expect(en.field).toHaveValue('10 Mar 2025');
    expect(en.commits).toEqual(['2025-03-10']);
  });

  it('shows an ISO date typed over the same stored date in the person’s form, changing nothing', async () => {
    const { commits, field, user } = renderField('fi', '2025-03');
    await user.clear(field);
    await user.type(field, '2025-03{Enter}');
    expect(field).toHaveValue('3/2025');
    expect(commits).toEqual([]);
  });

  it('refuses 31.2.2025 with a located message naming the Finnish forms; the text stays', async () => {
    const { commits, field, user } = renderField('fi', '2025-03');
    await user.clear(field);
    await user.type(field, '31.2.2025');
    await user.tab();
    expect(commits).toEqual([]);
    expect(field).toHaveValue('31.2.2025');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Päivämäärä ”31.2.2025” ei kelpaa: sitä päivää ei ole kalenterissa. Kirjoita esimerkiksi 3/2025, maaliskuu 2025 tai 10.3.2025.',
    );
    expect(field).toHaveAccessibleDescription(expect.stringContaining('ei kelpaa'));
    // Escape gives back the stored date
    await user.type(field, '{Escape}');
    expect(field).toHaveValue('3/2025');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses 13/2025 and garbage in Swedish and English with their own forms', async () => {
    const sv = renderField('sv', '2025-03');
    await sv.user.clear(sv.field);
    await sv.user.type(sv.field, '13/2025{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Datumet ”13/2025” duger inte: månaden ska vara 1–12. Skriv till exempel 3/2025, mars 2025 eller 10.3.2025.',
    );
    expect(sv.field).toHaveValue('13/2025');
    cleanup();
    const en = renderField('en', '2025-03');
    await en.user.clear(en.field);
    await en.user.type(en.field, 'soon{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('The date “soon” is not valid. Write, for example, 3/2025, March 2025, or 10 Mar 2025.');
    expect(en.commits).toEqual([]);
  });

  it('an optional field takes empty as no date; a required one refuses it', async () => {
    const end = renderField('fi', '2025-06', { optional: true });
    await end.user.clear(end.field);
    await end.user.tab();
    expect(end.commits).toEqual([null]);
    expect(end.field).toHaveValue('');
    cleanup();
    const start = renderField('fi', '2025-06');
    await start.user.clear(start.field);
    await start.user.tab();
    expect(start.commits).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent('Päivämäärä puuttuu. Kirjoita esimerkiksi 3/2025, maaliskuu 2025 tai 10.3.2025.');
  });

  it('the model’s refusal names its dates in the person’s form', async () => {
    const refuse = (d: string | null): Problem[] => [{ path: ['steps', 0, 'end'], code: 'endBeforeStart', params: { start: '2025-03', end: d ?? '' } }];
    const { field, user } = renderField('fi', '2025-06', { optional: true, refuse });
    await user.clear(field);
    await user.type(field, '1/2025{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Loppu (1/2025) on ennen alkua (3/2025).');
    expect(field).toHaveValue('1/2025');
  });

  it('follows the UI language', async () => {
    const { field, i18n } = renderField('fi', '2025-03-10');
    expect(field).toHaveValue('10.3.2025');
    await act(() => i18n.changeLanguage('en'));
    expect(field).toHaveValue('10 Mar 2025');
  });
});
