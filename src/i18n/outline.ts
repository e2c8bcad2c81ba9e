/**
 * Words of the diagram as text for screen readers (src/ui/Outline.tsx), added to the key `outline` when it
 * loads (a second after the diagram is drawn: App.tsx AfterDrawn).
 */
export const outlineMessages = {
  fi: {
    heading: 'Kaavio tekstinä',
    item: '{{title}} ({{period}})',
    level: '{{at}}: {{title}}',
    noPhase: 'Vaiheiden ulkopuolella',
    leadsTo: 'johtaa: {{targets}}',
    legend: 'Selite',
    source: 'Lähde',
  },
  sv: {
    heading: 'Diagrammet som text',
    item: '{{title}} ({{period}})',
    level: '{{at}}: {{title}}',
    noPhase: 'Utanför faserna',
    leadsTo: 'leder till: {{targets}}',
    legend: 'Förklaring',
    source: 'Källa',
  },
  en: {
    heading: 'The diagram as text',
    item: '{{title}} ({{period}})',
    level: '{{at}}: {{title}}',
    noPhase: 'Outside the phases',
    leadsTo: 'leads to: {{targets}}',
    legend: 'Legend',
    source: 'Source',
  },
};
