import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ImportResult } from '@/contract/api';
import { loadCatalogue, translate, useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { userQueries } from '@/lib/users';
import '@/locales/labels';
import './messages-import';
import { decodeCsvBytes, readFileBytes } from './lib/decode';
import { buildLookups } from './lib/lookups';
import { autoMapping } from './lib/mapping';
import type { ColumnMapping } from './lib/mapping';
import { parseCsvText } from './lib/parse-csv';
import type { ParsedCsv } from './lib/parse-csv';
import { buildPreview, withoutLines } from './lib/preview';
import type { ImportPreview, LineIssue } from './lib/preview';

/** The import's steps and what each one knows; the page and its steps only render this. */
export const STEPS = ['file', 'mapping', 'preview', 'confirm', 'report'] as const;
export type Step = (typeof STEPS)[number];
export type EncodingLabel = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface LoadedFile {
  name: string;
  encoding: EncodingLabel;
  csv: ParsedCsv;
}
export interface Progress {
  label: MessageKey;
  value: number;
}

const ACCEPTED = /\.(csv|txt)$/i;

export function useImportFlow() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [prepareError, setPrepareError] = useState<unknown>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [policy, setPolicy] = useState<'skip' | 'update'>('skip');
  const [result, setResult] = useState<ImportResult | null>(null);
  // A second file chosen while the first is still being read wins; the first one's answer is dropped.
  const run = useRef(0);

  const chooseFile = useCallback(
    async (chosen: File) => {
      const id = ++run.current;
      setFileError(null);
      setFile(null);
      setPreview(null);
      if (!ACCEPTED.test(chosen.name) && !chosen.type.startsWith('text/')) {
        setFileError(t('partnersImport.file.wrongType', { name: chosen.name }));
        return;
      }
      setProgress({ label: 'partnersImport.file.reading', value: 0 });
      try {
        const decoded = decodeCsvBytes(await readFileBytes(chosen));
        const csv = await parseCsvText(decoded.text, (value) => id === run.current && setProgress({ label: 'partnersImport.file.reading', value }));
        if (id !== run.current) return;
        if (!csv.headers.length) {
          setFileError(t('partnersImport.file.noHeader', { name: chosen.name }));
          return;
        }
        const encoding: EncodingLabel = decoded.encoding === 'windows-1252' ? 'windows-1252' : decoded.bom ? 'utf-8-bom' : 'utf-8';
        setFile({ name: chosen.name, encoding, csv });
        setMapping(autoMapping(csv.headers));
        if (csv.records.length) setStep('mapping');
      } catch (error) {
        if (id === run.current) setFileError(t('partnersImport.file.unreadable', { name: chosen.name, message: error instanceof Error ? error.message : String(error) }));
      } finally {
        if (id === run.current) setProgress(null);
      }
    },
    [t],
  );

  const check = useCallback(async () => {
    if (!file) return;
    const id = ++run.current;
    setPrepareError(null);
    setProgress({ label: 'partnersImport.validating', value: 0 });
    try {
      // English labels are accepted too (a file exported in English), whatever the language shown.
      await loadCatalogue('en');
      const users = await client.ensureQueryData(userQueries.list());
      const lookups = buildLookups((key) => [translate('fr', key as MessageKey), translate('en', key as MessageKey)], users);
      const built = await buildPreview(file.csv, mapping, { lookups, t }, (value) => id === run.current && setProgress({ label: 'partnersImport.validating', value }));
      if (id !== run.current) return;
      setPreview(built);
      setStep('preview');
    } catch (error) {
      if (id === run.current) setPrepareError(error);
    } finally {
      if (id === run.current) setProgress(null);
    }
  }, [client, file, mapping, t]);

  const dropRefused = useCallback((issues: readonly LineIssue[]) => {
    setPreview((p) => (p ? withoutLines(p, issues) : p));
    setStep('preview');
  }, []);

  const restart = useCallback(() => {
    run.current++;
    setStep('file');
    setFile(null);
    setFileError(null);
    setPreview(null);
    setResult(null);
    setProgress(null);
    setPolicy('skip');
  }, []);

  const finish = useCallback((r: ImportResult) => {
    setResult(r);
    setStep('report');
  }, []);

  return { step, setStep, file, fileError, mapping, setMapping, preview, prepareError, progress, policy, setPolicy, result, chooseFile, check, dropRefused, restart, finish };
}
export type ImportFlow = ReturnType<typeof useImportFlow>;
