/** Generated documents for the limits and the timing (too big to commit as fixtures). */

export type Doc = Record<string, unknown>;

/** A valid document with `steps` steps in 10 lanes and `links` links between them. */
export function bigDocument(steps: number, links: number): Doc {
  const lanes = Array.from({ length: 10 }, (_, i) => ({ id: `lane${i}`, title: `Taso ${i + 1}`, color: '#2f6f9f' }));
  return {
    format: 'participation-path',
    version: 1,
    title: 'Suuri kaavio',
    lanes,
    phases: [{ id: 'p', title: 'Vaihe', start: '2020-01', end: '2030-12' }],
    legend: [{ id: 'k', title: 'Selite', color: '#f2b33d' }],
    steps: Array.from({ length: steps }, (_, i) => ({
      id: `s${i}`,
      lane: `lane${i % 10}`,
      title: `Askel ${i + 1}: järjestöjen osallistuminen jaostoihin`,
      start: `${2020 + (i % 10)}-${String((i % 12) + 1).padStart(2, '0')}`,
      end: `${2020 + (i % 10)}-12-31`,
      description: 'Kuvaus, jossa on hieman tekstiä askeleesta ja sen taustasta.',
      color: '#ffffff',
      legend: 'k',
    })),
    links: Array.from({ length: links }, (_, i) => ({ id: `l${i}`, from: `s${i % steps}`, to: `s${(i + 1) % steps}` })),
  };
}
