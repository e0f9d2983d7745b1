import type { Locale } from '../i18n/locale.js';

/** The words of the yearly community-guard report. */
interface GuardReportTexts {
  title: (year: number) => string;
  subtitle: string;
  municipality: string;
  year: string;
  shifts: string;
  manHours: string;
  guardsActive: string;
  intro: string;
  tasksHeading: string;
  tasksIntro: string;
  coreTask: string;
  records: string;
  hours: string;
  quantity: string;
  chartHours: string;
  altHours: string;
  placeHeading: string;
  wijk: string;
  topTask: string;
  chartWijk: string;
  altWijk: string;
  timeHeading: string;
  timeIntro: string;
  weekday: string;
  weekdays: string[];
  timeByTaskHeading: string;
  meldingenHeading: string;
  meldingenIntro: (n: number) => string;
  kind: string;
  service: string;
  status: string;
  count: string;
  warningsHeading: string;
  warnings: string;
  peopleWarned: string;
  gasReports: string;
  gasMinors: string;
  offence: string;
  engravingHeading: string;
  engravingActions: string;
  bikesEngraved: string;
  violenceHeading: string;
  violenceIntro: string;
  violenceTotal: string;
  violencePrevious: string;
  withPoliceReport: string;
  injuries: string;
  none: string;
  sheetTasks: string;
  sheetWijken: string;
  sheetTime: string;
  sheetTaskTime: string;
  sheetMeldingen: string;
  sheetGas: string;
  sheetViolence: string;
  hour: string;
}

export const guardReportTexts: Record<Locale, GuardReportTexts> = {
  nl: {
    title: (y) => `Jaarrapport gemeenschapswachten ${y}`,
    subtitle: 'Taken, meldingen, manuren, plaats en tijdstip per kerntaak (wet van 15 mei 2007, art. 3)',
    municipality: 'Gemeente',
    year: 'Jaar',
    shifts: 'Diensten',
    manHours: 'Manuren in dienst',
    guardsActive: 'Actieve gemeenschapswachten',
    intro:
      'Dit rapport telt wat de gemeenschapswachten zelf registreerden op hun telefoon; elke registratie telt één keer.',
    tasksHeading: 'Taken per kerntaak',
    tasksIntro: 'Registraties, uren en aantallen (bereikte personen, fietsen, kinderen …) per kerntaak.',
    coreTask: 'Kerntaak',
    records: 'Registraties',
    hours: 'Uren',
    quantity: 'Aantal',
    chartHours: 'Uren per kerntaak',
    altHours: 'Staafdiagram van de uren per kerntaak',
    placeHeading: 'Plaats: per wijk',
    wijk: 'Wijk',
    topTask: 'Meest geregistreerde kerntaak',
    chartWijk: 'Registraties per wijk',
    altWijk: 'Staafdiagram van de registraties per wijk',
    timeHeading: 'Tijdstip: manuren per weekdag en uur',
    timeIntro: 'Manuren in dienst per weekdag en blok van drie uur (Belgische tijd).',
    weekday: 'Weekdag',
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    timeByTaskHeading: 'Tijdstip per kerntaak: registraties per blok van drie uur',
    meldingenHeading: 'Meldingen aan stadsdiensten',
    meldingenIntro: (n) => `${n} meldingen van problemen aan een stadsdienst, met hun opvolging.`,
    kind: 'Soort',
    service: 'Stadsdienst',
    status: 'Opvolging',
    count: 'Aantal',
    warningsHeading: 'Voorafgaande waarschuwingen en GAS-vaststellingen',
    warnings: 'Voorafgaande waarschuwingen',
    peopleWarned: 'Gewaarschuwde personen',
    gasReports: 'GAS-vaststellingen (door vaststellers)',
    gasMinors: 'waarvan minderjarigen',
    offence: 'Overtreding',
    engravingHeading: 'Fietsgravering',
    engravingActions: 'Fietsgraveeracties',
    bikesEngraved: 'Gegraveerde fietsen',
    violenceHeading: 'Geweld tegen gemeenschapswachten',
    violenceIntro: 'Aantal geregistreerde geweldsfeiten, zonder namen of beschrijvingen.',
    violenceTotal: 'Geregistreerde geweldsfeiten',
    violencePrevious: 'Vorig jaar',
    withPoliceReport: 'Met proces-verbaal',
    injuries: 'Letsel',
    none: 'Geen registraties.',
    sheetTasks: 'Kerntaken',
    sheetWijken: 'Wijken',
    sheetTime: 'Manuren per uur',
    sheetTaskTime: 'Tijdstip per kerntaak',
    sheetMeldingen: 'Meldingen',
    sheetGas: 'GAS en waarschuwingen',
    sheetViolence: 'Geweld',
    hour: 'Uur',
  },
  fr: {
    title: (y) => `Rapport annuel des gardiens de la paix ${y}`,
    subtitle: 'Tâches, signalements, heures prestées, lieu et moment par tâche principale (loi du 15 mai 2007, art. 3)',
    municipality: 'Commune',
    year: 'Année',
    shifts: 'Services',
    manHours: 'Heures prestées en service',
    guardsActive: 'Gardiens de la paix actifs',
    intro:
      'Ce rapport compte ce que les gardiens de la paix ont enregistré sur leur téléphone ; chaque enregistrement compte une fois.',
    tasksHeading: 'Tâches par tâche principale',
    tasksIntro: 'Enregistrements, heures et quantités (personnes touchées, vélos, enfants …) par tâche principale.',
    coreTask: 'Tâche principale',
    records: 'Enregistrements',
    hours: 'Heures',
    quantity: 'Quantité',
    chartHours: 'Heures par tâche principale',
    altHours: 'Diagramme en barres des heures par tâche principale',
    placeHeading: 'Lieu : par quartier',
    wijk: 'Quartier',
    topTask: 'Tâche la plus enregistrée',
    chartWijk: 'Enregistrements par quartier',
    altWijk: 'Diagramme en barres des enregistrements par quartier',
    timeHeading: 'Moment : heures prestées par jour et heure',
    timeIntro: 'Heures prestées en service par jour de la semaine et tranche de trois heures (heure belge).',
    weekday: 'Jour',
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    timeByTaskHeading: 'Moment par tâche principale : enregistrements par tranche de trois heures',
    meldingenHeading: 'Signalements aux services communaux',
    meldingenIntro: (n) => `${n} signalements de problèmes à un service communal, avec leur suivi.`,
    kind: 'Type',
    service: 'Service communal',
    status: 'Suivi',
    count: 'Nombre',
    warningsHeading: 'Avertissements préalables et constats SAC',
    warnings: 'Avertissements préalables',
    peopleWarned: 'Personnes averties',
    gasReports: 'Constats SAC (par les constatateurs)',
    gasMinors: 'dont mineurs',
    offence: 'Infraction',
    engravingHeading: 'Gravure de vélos',
    engravingActions: 'Actions de gravure de vélos',
    bikesEngraved: 'Vélos gravés',
    violenceHeading: 'Violence envers les gardiens de la paix',
    violenceIntro: 'Nombre de faits de violence enregistrés, sans noms ni descriptions.',
    violenceTotal: 'Faits de violence enregistrés',
    violencePrevious: 'Année précédente',
    withPoliceReport: 'Avec procès-verbal',
    injuries: 'Blessure',
    none: 'Aucun enregistrement.',
    sheetTasks: 'Tâches',
    sheetWijken: 'Quartiers',
    sheetTime: 'Heures par heure',
    sheetTaskTime: 'Moment par tâche',
    sheetMeldingen: 'Signalements',
    sheetGas: 'SAC et avertissements',
    sheetViolence: 'Violence',
    hour: 'Heure',
  },
  en: {
    title: (y) => `Community guards’ annual report ${y}`,
    subtitle: 'Tasks, reports, man-hours, place and time per core task (law of 15 May 2007, art. 3)',
    municipality: 'Municipality',
    year: 'Year',
    shifts: 'Shifts',
    manHours: 'Man-hours on shift',
    guardsActive: 'Active community guards',
    intro: 'This report counts what the community guards recorded on their phones; every record counts once.',
    tasksHeading: 'Tasks per core task',
    tasksIntro: 'Records, hours and quantities (people reached, bikes, children …) per core task.',
    coreTask: 'Core task',
    records: 'Records',
    hours: 'Hours',
    quantity: 'Quantity',
    chartHours: 'Hours per core task',
    altHours: 'Bar chart of the hours per core task',
    placeHeading: 'Place: per wijk',
    wijk: 'Wijk',
    topTask: 'Most recorded core task',
    chartWijk: 'Records per wijk',
    altWijk: 'Bar chart of the records per wijk',
    timeHeading: 'Time: man-hours per weekday and hour',
    timeIntro: 'Man-hours on shift per weekday and three-hour block (Belgian time).',
    weekday: 'Weekday',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    timeByTaskHeading: 'Time per core task: records per three-hour block',
    meldingenHeading: 'Reports to city services',
    meldingenIntro: (n) => `${n} reports of problems to a city service, with their follow-up.`,
    kind: 'Kind',
    service: 'City service',
    status: 'Follow-up',
    count: 'Number',
    warningsHeading: 'Prior warnings and GAS reports',
    warnings: 'Prior warnings',
    peopleWarned: 'People warned',
    gasReports: 'GAS reports (by vaststellers)',
    gasMinors: 'of which minors',
    offence: 'Offence',
    engravingHeading: 'Bike engraving',
    engravingActions: 'Bike-engraving actions',
    bikesEngraved: 'Bikes engraved',
    violenceHeading: 'Violence against community guards',
    violenceIntro: 'Number of recorded violent incidents, without names or descriptions.',
    violenceTotal: 'Recorded violent incidents',
    violencePrevious: 'Previous year',
    withPoliceReport: 'With a police report',
    injuries: 'Injury',
    none: 'No records.',
    sheetTasks: 'Core tasks',
    sheetWijken: 'Wijken',
    sheetTime: 'Man-hours per hour',
    sheetTaskTime: 'Time per core task',
    sheetMeldingen: 'Reports',
    sheetGas: 'GAS and warnings',
    sheetViolence: 'Violence',
    hour: 'Hour',
  },
};
