/** Finnish: every word of the UI (the default, loaded with the app). */

export const fi = {
  confirmReplace: 'Kaaviota ei ole tallennettu tiedostoon. Jos avaat toisen kaavion, tämän muutokset korvautuvat myös selaimessa. Avataanko silti?',
  confirmReplaceYes: 'Avaa silti',
  confirmReplaceTitle: 'Avataanko toinen kaavio?',
  cancel: 'Peruuta',
  openFailed: 'Tiedoston avaaminen epäonnistui: {{reason}}',
  undo: 'Kumoa',
  redo: 'Tee uudelleen',
  linkRefused: 'Nuolta ei lisätty: yhteys on jo olemassa tai se johtaisi askeleesta itseensä.',
  /** fitting a laptop: the minimap's buttons and the forms' technical section */
  laptop: {
    mapHint: 'Pienoiskartta lähennettäessä (kulmassa, jossa ei ole askelia)',
    hideMap: 'Piilota pienoiskartta',
    advanced: 'Lisätiedot',
  },


  diagrams: {
    button: 'Omat kaaviot',
  },
  templates: {
    button: 'Mallit',
    buttonTitle: 'Uusi mallista: aloita valmiista osallisuuspolusta',
  },
  presentButton: 'Esitä',
  presentButtonTitle: 'Esitä polku koko näytöllä vaihe kerrallaan ja kerää huoneen kommentit ja äänet',
  exportButton: 'Vie kuvana',
  exportButtonTitle: 'Vie kaavio kuvana tai tulostettavana: SVG, PNG, PDF',
  shareButton: 'Jaa linkki',
  shareButtonTitle: 'Jaa kaavio linkkinä: kaavio kulkee linkin sisällä, ei minkään palvelimen kautta',
  addStep: 'Lisää askel',
  addStepTitle: 'Lisää askel valitun askeleen tasolle tai ensimmäiselle tasolle, näkymän keskelle',
  phaseEdge: 'Vedä muuttaaksesi vaiheen ”{{title}}” päivämääriä',
  arrows: {
    /** shown beside the source step while an arrow is being made (by mouse or L) */
    hint: 'Valitse kohdeaskel — Esc peruu',
  },
  rf: {
    nodeDescription:
      'Askel kaaviossa. Sarkain siirtää seuraavaan askeleeseen aikajärjestyksessä. Nuolinäppäimet siirtävät askelta kuukauden tai tason, Vaihto+vasen tai oikea muuttaa sen loppua. Enter muokkaa, L aloittaa ja päättää nuolen, N lisää askeleen perään, / etsii askeleen nimellä, Delete poistaa.',
    edgeDescription: 'Yhteys kahden askeleen välillä.',
    handle: 'Liitoskohta',
    minimap: 'Pienoiskartta',
    controls: 'Näkymän säätimet',
  },
  appName: 'Polku',
  appTagline: 'Osallisuuspolkujen editori',
  toolbar: 'Työkalut',
  open: 'Avaa',
  save: 'Tallenna',
  fitView: 'Sovita näkymään',
  zoomIn: 'Lähennä',
  zoomOut: 'Loitonna',
  find: {
    button: 'Etsi askel',
    shortcut: 'Etsi askel (/)',
  },
  language: 'Kieli',
  languages: { fi: 'suomi', sv: 'svenska', en: 'English' },
  canvas: 'Osallisuuspolku: {{title}}',
  minimap: 'Pienoiskartta',
  controls: 'Näkymän säätimet',
  dropHint: 'Pudota tiedosto tähän avataksesi sen',
  step: 'Askel',
  stepLabel: '{{title}} ({{lane}}, {{period}})',
  linkLabel: 'Yhteys: {{from}} → {{to}}',
  openedFile: 'Avattu: {{name}}',
  savedFile: 'Tallennettu: {{name}}',
  defaultDiagram: 'Oletuskaavio',
  saveFailed: 'Tallennus epäonnistui: {{reason}}',
  editsUnavailable: 'Muokkaus ei ole vielä käytössä: sen koodia ei saatu ladattua (verkko?). Kaavio on tallessa; yritä hetken kuluttua uudelleen.',
  close: 'Sulje',
  unknownError: 'tuntematon virhe',
  persistence: {
    status: {
      'saved-in-browser': 'Tallennettu selaimeen',
      saving: 'Tallennetaan selaimeen…',
      failed: 'Ei tallennettu selaimeen',
    },
    file: { saved: 'tallennettu tiedostoon', notSaved: 'ei tallennettu tiedostoon' },
    full: 'Selaimen tallennustila on täynnä, joten kaaviota ei voitu tallentaa selaimeen. Se on yhä auki tässä. Tallenna se tiedostoon, ettei työ katoa.',
    unavailable: 'Selain ei anna tallentaa kaaviota (esimerkiksi yksityisessä ikkunassa). Se on auki tässä, mutta säilyy vain, jos tallennat sen tiedostoon.',
    failed: 'Kaavion tallennus selaimeen epäonnistui: {{reason}}. Se on yhä auki tässä. Tallenna se tiedostoon, ettei työ katoa.',
    versionFull: 'Selaimen tallennustila on täynnä, joten versiota ei tallennettu. Muutos on silti tallessa.',
    versionFailed: 'Versiota ei tallennettu: {{reason}}. Muutos on silti tallessa.',
  },
  /** the recovery screen, shown when drawing the page failed */
  recovery: {
    title: 'Polku kohtasi virheen',
    text: 'Näkymää ei voitu piirtää. Kaavio on yhä tallessa tässä välilehdessä ja selaimessa. Tallenna se tiedostoksi tai lataa sivu uudelleen.',
    error: 'Virhe: {{message}}',
    save: 'Tallenna tiedostoksi',
    reload: 'Lataa sivu uudelleen',
  },
  guide: {
    helpButton: 'Ohje',
    helpButtonTitle: 'Näppäimet ja eleet (? tai F1)',
    emptyLane: 'Kaksoisnapsauta tasoa lisätäksesi askeleen',
    example: 'Esimerkkikaavio',
    exampleText: 'Tämä on esimerkki. Kokeile ja muokkaa sitä vapaasti – tai aloita oma polkusi tyhjästä.',
    startOwn: 'Aloita oma',
  },
  /** the toolbar's Diagram and New buttons; the panels' own words are in ../panels.ts, loaded with them */
  panels: {
    documentButton: 'Kaavio',
    documentButtonTitle: 'Kaavion tiedot: otsikko, tasot, vaiheet, aste ja selite',
    cancel: 'Peruuta',
    newButton: 'Uusi',
    newConfirmTitle: 'Uusi kaavio',
    newConfirmText:
      'Aloitetaanko uusi kaavio? Tallentamattomat muutokset säilyvät vain, jos tallennat ne ensin tiedostoon.',
    newConfirm: 'Aloita uusi',
  },

} as const;
