import { registerMessages } from '@/lib/i18n';

const fr = {
  'chart.showTable': 'Voir les données',
  'chart.hideTable': 'Voir le graphique',
  'chart.export': 'Exporter',
  'chart.exportPng': 'Image PNG (pour une présentation)',
  'chart.exportCsv': 'Données CSV',
  'chart.exportFailed': 'L’export a échoué : {message}',
  'chart.empty': 'Aucune donnée à représenter pour ces critères.',
  'chart.tableCaption': 'Données du graphique « {title} »',
} as const;

const en: { [K in keyof typeof fr]: string } = {
  'chart.showTable': 'Show the data',
  'chart.hideTable': 'Show the chart',
  'chart.export': 'Export',
  'chart.exportPng': 'PNG image (for slides)',
  'chart.exportCsv': 'CSV data',
  'chart.exportFailed': 'The export failed: {message}',
  'chart.empty': 'No data to chart for these criteria.',
  'chart.tableCaption': 'Data of the chart “{title}”',
};

registerMessages({ fr, en });

declare module '@/lib/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declares this catalogue's keys
  interface MessageRegistry extends Record<keyof typeof fr, string> {}
}
