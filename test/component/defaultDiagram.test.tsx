import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadDefaultDiagram } from '../../src/app/defaultDiagram';
import { createTestI18n as createI18n } from '../helpers/i18n';
import { createDocumentStore } from '../../src/store/documentStore';

/** Every title the seed 000 fixture holds. */
function seedTitles() {
  const d = JSON.parse(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
  return {
    title: d.title as string,
    source: d.source as string,
    lanes: d.lanes.map((l: { title: string }) => l.title) as string[],
    phases: d.phases.map((p: { title: string }) => p.title) as string[],
    steps: d.steps.map((s: { title: string }) => s.title) as string[],
    depth: [d.depth.title, ...d.depth.levels.map((l: { title: string }) => l.title)] as string[],
    legend: d.legend.map((l: { title: string }) => l.title) as string[],
  };
}

const squash = (s: string) => s.replace(/[\s\u00ad-]/g, '');

function renderApp(lang: 'fi' | 'en' = 'fi') {
  return render(<App store={createDocumentStore(loadDefaultDiagram())} i18n={createI18n(lang)} />);
}

describe('the default diagram', () => {
  it('shows every step of seed 000 as a named step on the canvas, with its lines drawn', () => {
    renderApp();
    const canvas = screen.getByRole('application');
    for (const title of seedTitles().steps) {
      const node = within(canvas).getByRole('group', { name: new RegExp(`^${title.replace(/[?()]/g, '\\$&')} \\(`) });
      expect(squash(node.textContent ?? '')).toBe(squash(title));
    }
  });

  it('draws the title, lanes, phases, depth band, legend and credit on the canvas', () => {
    const { container } = renderApp();
    const drawn = squash(container.querySelector('.polku-backdrop')?.textContent ?? '');
    const t = seedTitles();
    for (const text of [t.title, t.source, ...t.lanes, ...t.phases, ...t.depth, ...t.legend]) {
      expect(drawn).toContain(squash(text));
    }
  });

  it('gives screen readers the whole diagram as text, a moment after it is drawn', async () => {
    renderApp();
    const t = seedTitles();
    // (the outline loads once the diagram is drawn: App.tsx AfterDrawn)
    const outline = await screen.findByRole('region', { name: t.title }, { timeout: 5000 });
    expect(within(outline).getByRole('heading', { level: 1, name: t.title })).toBeInTheDocument();
    for (const phase of t.phases) expect(within(outline).getByRole('heading', { level: 3, name: new RegExp(`^${phase.replace(/[()]/g, '\\$&')} \\(`) })).toBeInTheDocument();
    for (const lane of t.lanes) expect(within(outline).getAllByRole('heading', { level: 4, name: lane }).length).toBeGreaterThan(0);
    for (const level of t.depth.slice(1)) expect(within(outline).getByText(new RegExp(level))).toBeInTheDocument();
    for (const step of t.steps) expect(within(outline).getAllByText(new RegExp(`^${step.replace(/[?()]/g, '\\$&')} \\(`)).length).toBeGreaterThan(0);
  });

  it('names the commands in the person language', () => {
    renderApp('fi');
    expect(screen.getByRole('button', { name: 'Avaa' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tallenna' })).toBeInTheDocument();
  });

  it('names the commands in English with lang=en', () => {
    renderApp('en');
    expect(screen.getByRole('button', { name: 'Open' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
  });
});

describe('the toolbar’s notice', () => {
  it('keeps the whole of a long notice in its title (the line cuts it with an ellipsis), and none when there is no notice', async () => {
    const { useSession } = await import('../../src/store/sessionStore');
    const { act } = await import('@testing-library/react');
    renderApp('en');
    const notice = () => screen.getAllByRole('status').find((el) => el.classList.contains('polku-notice'))!;
    expect(notice()).not.toHaveAttribute('title');
    const name = 'pohjois-savon-jarjestoviikot-2025-tyoryhman-versio-3-lopullinen.json';
    act(() => useSession.getState().notify({ kind: 'info', key: 'openedFile', params: { name } }));
    expect(notice()).toHaveTextContent(`Opened: ${name}`);
    expect(notice()).toHaveAttribute('title', `Opened: ${name}`);
    act(() => useSession.getState().notify(null));
  });
});
