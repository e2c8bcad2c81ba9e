import { describe, expect, it } from 'vitest';
import { outlineText } from '../../../src/io/export/outlineText';
import { fromValue } from './helpers';

describe('outlineText', () => {
  it('groups steps by phase and lane, in time order, with their arrows; steps outside every phase last', () => {
    const d = fromValue({
      format: 'participation-path',
      version: 1,
      language: 'en',
      title: 'Path\nof two lines',
      lanes: [
        { id: 'a', title: 'Lane A' },
        { id: 'b', title: 'Lane\u00ad B' },
      ],
      phases: [{ id: 'p', title: 'Phase 1', start: '2022-01', end: '2022-06' }],
      legend: [{ id: 'l', title: 'existing' }],
      steps: [
        { id: 's2', lane: 'b', title: 'Second', start: '2022-03', end: '2022-04', legend: 'l' },
        { id: 's1', lane: 'a', title: 'First', start: '2022-01' },
        { id: 's3', lane: 'a', title: 'Later', start: '2023-01' },
      ],
      links: [
        { id: 'k1', from: 's1', to: 's2' },
        { id: 'k2', from: 's1', to: 's3' },
      ],
      source: 'Source: us',
    });
    expect(outlineText(d)).toBe(
      [
        'Path of two lines',
        '',
        'Phase 1 (1–6/2022)',
        '  Lane A',
        '    First (1/2022)',
        '      → Second',
        '      → Later',
        '  Lane B',
        '    Second (3–4/2022) ■ existing',
        '',
        'Other',
        '  Lane A',
        '    Later (1/2023)',
        '',
        'Legend',
        '  ■ existing',
        '',
        'Source: us',
      ].join('\n'),
    );
  });
});
