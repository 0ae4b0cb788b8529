import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PartnerPage } from '@/contract/api';
import { paths } from '@/contract/endpoints';
import { request } from '@/lib/api-client';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

// Valid SIRENs (Luhn) that the demo dataset does not use.
const NEW_A = '401234562';
const NEW_B = '401234570';
const HEADER = 'Nom;SIREN;Secteur;Département;Ville;Taille;Contact prénom;Contact nom;Contact e-mail';

const csvFile = (text: string, name = 'entreprises.csv') => new File([`\uFEFF${text}`], name, { type: 'text/csv' });
const countPartners = async () => (await request(PartnerPage, paths.partners, { query: { pageSize: 1, archived: 'include' } })).total;
const findPartner = async (q: string) => (await request(PartnerPage, paths.partners, { query: { q, archived: 'include' } })).items;

async function upload(file: File) {
  const rendered = await renderRoute('/partners/import');
  await rendered.user.upload(await screen.findByLabelText('Fichier CSV (.csv ou .txt)'), file);
  await screen.findByRole('heading', { name: 'Étape 2 sur 5 : Colonnes' });
  return rendered;
}

async function toPreview(file: File) {
  const rendered = await upload(file);
  await rendered.user.click(screen.getByRole('button', { name: 'Vérifier les lignes' }));
  await screen.findByRole('heading', { name: 'Étape 3 sur 5 : Vérification' });
  return rendered;
}

const countOf = (name: string) => screen.getByText(name).closest('div')?.querySelector('dd')?.textContent;

describe('Import d’entreprises (/partners/import)', () => {
  it('lists both bad lines with their line number and reason, then imports the valid ones after confirmation', async () => {
    const before = await countPartners();
    const { user } = await toPreview(
      csvFile(
        [
          HEADER,
          `Atelier Cévenol;${NEW_A};Numérique & IA;Gard (30);Alès;PME;Anne;Martin;anne@atelier.example`,
          'Sans secteur;;Chimie fine;30;Alès;;;;',
          `Atelier Cévenol;${NEW_A};Numérique & IA;Gard (30);Alès;PME;Paul;Durand;`,
          'Mauvais SIREN;123456789;Santé;34;Montpellier;;;;',
          'Forge du Gardon;;Matériaux;Gard;Anduze;TPE;;;',
        ].join('\r\n'),
      ),
    );
    expect(countOf('Entreprises valides')).toBe('2');
    expect(countOf('Lignes invalides')).toBe('2');
    expect(countOf('Contacts')).toBe('2');
    const table = screen.getByRole('table', { name: 'Lignes invalides et motifs' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['3', 'Secteur', 'Chimie fine', 'Secteur inconnu : « Chimie fine »'],
      ['5', 'SIREN', '123456789', 'SIREN invalide : la clé de contrôle ne correspond pas'],
    ]);
    expect(screen.getByText(/Ces lignes ne seront pas importées/)).toBeInTheDocument();
    // Nothing is written before the confirmation.
    expect(await countPartners()).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByText('Aucune entreprise du fichier n’existe déjà.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importer 2 entreprises' }));
    expect(await screen.findByText('Import terminé')).toBeInTheDocument();
    expect(countOf('Créées')).toBe('2');
    expect(countOf('Lignes invalides exclues')).toBe('2');
    expect(screen.getByRole('link', { name: 'Voir la liste des entreprises' })).toHaveAttribute('href', '/partners');
    expect(await countPartners()).toBe(before + 2);
    const [created] = await findPartner(NEW_A);
    expect(created).toMatchObject({ name: 'Atelier Cévenol', sector: 'numerique-ia', department: '30', sizeBand: 'pme', stage: 'prospect' });
  });

  it('is all or nothing: a row refused by the API writes nothing, and the error shows against its line', async () => {
    server.use(
      http.post('*/api/partners/import', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unprocessable', status: 422, detail: '1 ligne en erreur : rien n’a été importé.', errors: [{ field: 'rows.1.siren', message: 'SIREN déjà présent à la ligne 1 du fichier' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const before = await countPartners();
    const { user } = await toPreview(csvFile([HEADER, `Un;${NEW_A};Santé;30;Alès;;;;`, '', `Deux;${NEW_B};Santé;34;Sète;;;;`].join('\n')));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await user.click(await screen.findByRole('button', { name: 'Importer 2 entreprises' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Le serveur a refusé l’import : rien n’a été enregistré.');
    const table = screen.getByRole('table', { name: 'Lignes refusées par le serveur' });
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    // Request row 1 is the file's line 4 (line 3 is blank).
    expect(cells).toEqual(['4', 'SIREN', NEW_B, 'SIREN déjà présent à la ligne 1 du fichier']);
    expect(await countPartners()).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Retirer ces entreprises et revoir l’import' }));
    await screen.findByRole('heading', { name: 'Étape 3 sur 5 : Vérification' });
    expect(countOf('Entreprises valides')).toBe('1');
    expect(countOf('Lignes invalides')).toBe('1');
  });

  it.each([
    ['skip', 'Les ignorer : ne rien changer à ces entreprises', 'Ignorées (déjà connues)'],
    ['update', /Les mettre à jour avec les valeurs du fichier/, 'Mises à jour'],
  ] as const)('lets the person choose what to do with a company already known by its SIREN (%s)', async (policy, radio, reported) => {
    const [known] = (await request(PartnerPage, paths.partners, { query: { pageSize: 1, department: '48' } })).items;
    if (!known?.siren) throw new Error('the demo dataset has companies with a SIREN in Lozère');
    const { user } = await toPreview(csvFile(['Nom;SIREN;Secteur;Département;Ville', `${known.name};${known.siren};${known.sector};${known.department};Florac`].join('\n')));
    await waitFor(() => expect(countOf('Déjà connues (même SIREN)')).toBe('1'));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const group = await screen.findByRole('group', { name: /Entreprises déjà connues/ });
    await user.click(within(group).getByRole('radio', { name: radio }));
    await user.click(screen.getByRole('button', { name: 'Importer 1 entreprise' }));
    expect(await screen.findByText('Import terminé')).toBeInTheDocument();
    expect(countOf(reported)).toBe('1');
    expect(countOf('Créées')).toBe('0');
    const [after] = await findPartner(known.siren);
    if (policy === 'skip') expect(after).toMatchObject({ city: known.city, version: known.version });
    // The update changes what the file gives and keeps the rest (size, owner, notes are not in this file).
    else expect(after).toMatchObject({ city: 'Florac', sizeBand: known.sizeBand, ownerId: known.ownerId, notes: known.notes, tags: known.tags });
  });

  it('reads a Windows-1252 file from French Excel ("Nîmes", "Hérault") and says which encoding it found', async () => {
    const text = 'Nom;Secteur;Département;Ville\r\nLaboratoire Occitan;Santé;Hérault;Nîmes\r\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const { user } = await upload(new File([bytes], 'export-excel.csv', { type: 'text/csv' }));
    expect(screen.getByText(/encodage Windows-1252 \(Excel français\), séparateur point-virgule/)).toBeInTheDocument();
    const mapping = screen.getByRole('region', { name: 'Colonnes' });
    expect(within(mapping).getByText('Nîmes')).toBeInTheDocument();
    expect(within(mapping).getByText('Hérault')).toBeInTheDocument();
    expect(within(mapping).getByRole('rowheader', { name: 'Département' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vérifier les lignes' }));
    expect(await screen.findByText('Toutes les lignes sont valides.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await user.click(await screen.findByRole('button', { name: 'Importer 1 entreprise' }));
    await screen.findByText('Import terminé');
    const [created] = await findPartner('Laboratoire Occitan');
    expect(created).toMatchObject({ city: 'Nîmes', department: '34', sector: 'sante' });
  });

  it('says which required columns are missing, and lets the person map a column by hand', async () => {
    const { user } = await upload(csvFile('Raison sociale;Secteur;Territoire;Localité\nAtelier;Santé;30;Alès\n'));
    expect(screen.getByText('Colonnes obligatoires manquantes : Département, Ville. Associez-les pour continuer.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vérifier les lignes' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Champ pour la colonne « Localité »' }), 'city');
    expect(screen.getByText('Colonnes obligatoires manquantes : Département. Associez-les pour continuer.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Champ pour la colonne « Territoire »' }), 'department');
    await user.click(screen.getByRole('button', { name: 'Vérifier les lignes' }));
    expect(await screen.findByText('Toutes les lignes sont valides.')).toBeInTheDocument();
  });

  it('shows a progress bar while it reads and checks a large file (10 000 lines)', async () => {
    const lines = ['Nom;Secteur;Département;Ville'];
    for (let i = 0; i < 10_000; i++) lines.push(`Entreprise ${i};Santé;30;Alès`);
    const { user } = await renderRoute('/partners/import');
    await user.upload(await screen.findByLabelText('Fichier CSV (.csv ou .txt)'), csvFile(lines.join('\n')));
    await screen.findByRole('heading', { name: 'Étape 2 sur 5 : Colonnes' });
    await user.click(screen.getByRole('button', { name: 'Vérifier les lignes' }));
    const bar = await screen.findByRole('progressbar', { name: /Vérification des lignes/ });
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    await screen.findByRole('heading', { name: 'Étape 3 sur 5 : Vérification' }, { timeout: 15_000 });
    expect(countOf('Entreprises valides')).toBe('10\u202f000');
  });

  it('shows an empty file as such, and a file that is not CSV as an error', async () => {
    const { user } = await renderRoute('/partners/import');
    const input = await screen.findByLabelText('Fichier CSV (.csv ou .txt)');
    await user.upload(input, csvFile('Nom;Secteur;Département;Ville\n', 'vide.csv'));
    expect(await screen.findByText('Aucune ligne de données')).toBeInTheDocument();
    // Dropped on the drop zone (the file input's own filter would not let a PDF through).
    fireEvent.drop(screen.getByRole('button', { name: /Déposez le fichier ici/ }), { dataTransfer: { files: [new File(['%PDF'], 'plaquette.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Le fichier « plaquette.pdf » n’est pas un fichier .csv ou .txt.');
  });

  it('says when the companies already known cannot be checked, and retries', async () => {
    let fail = true;
    server.use(
      http.get('*/api/partners', ({ request }) =>
        fail && new URL(request.url).searchParams.get('pageSize') === '100000'
          ? HttpResponse.json({ type: 'about:blank', title: 'Erreur', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } })
          : undefined,
      ),
    );
    const { user } = await toPreview(csvFile(['Nom;Secteur;Département;Ville', 'Atelier;Santé;30;Alès'].join('\n')));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de vérifier les entreprises déjà connues');
    expect(countOf('Entreprises valides')).toBe('1');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(countOf('Déjà connues (même SIREN)')).toBe('0'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
