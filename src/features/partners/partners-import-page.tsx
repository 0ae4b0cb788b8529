import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import './import/messages-import';
import { importQueries, useImportPartners } from './import/api-import';
import { ConfirmStep } from './import/components/confirm-step';
import { FileStep } from './import/components/file-step';
import { ImportSteps } from './import/components/import-steps';
import styles from './import/components/import.module.css';
import { MappingStep } from './import/components/mapping-step';
import { PreviewStep } from './import/components/preview-step';
import { ReportStep } from './import/components/report-step';
import { buildImportRows, existingMatches } from './import/lib/preview';
import type { LineIssue } from './import/lib/preview';
import { issuesFromServer } from './import/lib/server-errors';
import { STEPS, useImportFlow } from './import/use-import-flow';

/**
 * /partners/import: a CSV of companies (and their contacts) read, mapped and checked in the browser,
 * then written by one all-or-nothing request once the person confirms.
 */
export default function PartnersImportPage() {
  const { t } = useI18n();
  const flow = useImportFlow();
  const { step, file, preview } = flow;
  // Loaded from the start: by the time the file is checked, the known SIRENs are usually there.
  const existing = useQuery(importQueries.existing());
  const importer = useImportPartners();
  const [refused, setRefused] = useState<LineIssue[] | null>(null);

  const matches = useMemo(() => (preview && existing.data ? existingMatches(preview.groups, existing.data) : new Map()), [preview, existing.data]);

  // Each step's heading takes the focus, so keyboard and screen-reader users land on the new content.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const goTo = (next: typeof step) => {
    setRefused(null);
    importer.reset();
    flow.setStep(next);
  };

  const confirm = () => {
    if (!preview || !file) return;
    setRefused(null);
    importer.mutate(
      { rows: buildImportRows(preview.groups, matches, flow.policy), onDuplicate: flow.policy },
      {
        onSuccess: (result) => flow.finish(result),
        onError: (error) => {
          if (error instanceof ApiError && (error.status === 422 || error.status === 400)) {
            setRefused(issuesFromServer(error.fieldErrors, preview.groups, file.csv, flow.mapping));
          }
        },
      },
    );
  };

  const restart = () => {
    setRefused(null);
    importer.reset();
    flow.restart();
  };

  const n = STEPS.indexOf(step) + 1;
  const dirty = file !== null && step !== 'report' && !importer.isPending;

  return (
    <div className={styles.layout}>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('partnersImport.title')}</h1>
          <p className="page-subtitle">{t('partnersImport.subtitle')}</p>
        </div>
        <Link to="/partners" className={styles.back}>
          ← {t('partnersImport.back')}
        </Link>
      </header>
      <ImportSteps current={step} onGoTo={goTo} />
      <section className={`card ${styles.panel}`} aria-labelledby="import-step-title">
        <h2 id="import-step-title" ref={heading} tabIndex={-1} className={styles.panelTitle}>
          {t('partnersImport.step.heading', { n: String(n), name: t(`partnersImport.step.${step}`) })}
        </h2>
        {step === 'file' && <FileStep file={file} error={flow.fileError} progress={flow.progress} onFile={(f) => void flow.chooseFile(f)} />}
        {step === 'mapping' && file && (
          <MappingStep
            file={file}
            mapping={flow.mapping}
            onChange={flow.setMapping}
            progress={flow.progress}
            error={flow.prepareError}
            onBack={restart}
            onCheck={() => void flow.check()}
          />
        )}
        {step === 'preview' && preview && (
          <PreviewStep
            preview={preview}
            existing={existing}
            duplicates={matches.size}
            onOtherFile={restart}
            onBack={() => goTo('mapping')}
            onContinue={() => goTo('confirm')}
          />
        )}
        {step === 'confirm' && preview && (
          <ConfirmStep
            preview={preview}
            existing={existing}
            duplicates={matches.size}
            policy={flow.policy}
            onPolicy={flow.setPolicy}
            pending={importer.isPending}
            refused={refused}
            failure={importer.error}
            onBack={() => goTo('preview')}
            onConfirm={confirm}
            onDropRefused={(issues) => {
              setRefused(null);
              importer.reset();
              flow.dropRefused(issues);
            }}
          />
        )}
        {step === 'report' && flow.result && <ReportStep result={flow.result} excluded={preview?.invalidLines.length ?? 0} onAgain={restart} />}
      </section>
      <UnsavedChangesGuard when={dirty} />
    </div>
  );
}
