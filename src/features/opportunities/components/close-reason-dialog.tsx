import * as Dialog from '@radix-ui/react-dialog';
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { OpportunityRow } from '@/contract/api';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { focusMoveTrigger } from './focus-after-move';
import '../messages';
import styles from '@/components/ui/form-dialog.module.css';

/**
 * Closing a deal asks why (the pipeline review reads it): a required reason, with the server's
 * own rule repeated here so that an empty reason never leaves the browser. Escape or Cancel leaves
 * the card where it was.
 */
export function CloseReasonDialog({
  row,
  stage,
  onCancel,
  onConfirm,
}: {
  row: OpportunityRow;
  stage: 'won' | 'lost';
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirmed = useRef(false);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setError(t(stage === 'won' ? 'opportunities.reason.requiredWon' : 'opportunities.reason.requiredLost'));
      textarea.current?.focus();
      return;
    }
    confirmed.current = true;
    onConfirm(trimmed);
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content
          className={styles.content}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            // After a confirmed move the card's new button takes focus itself (focus-after-move).
            if (!confirmed.current) focusMoveTrigger(row.id);
          }}
        >
          <Dialog.Title className={styles.title}>{t(stage === 'won' ? 'opportunities.reason.titleWon' : 'opportunities.reason.titleLost')}</Dialog.Title>
          <Dialog.Description className={styles.description}>
            {t('opportunities.reason.body', { title: row.title, company: row.partnerName, stage: t(label.opportunityStage(stage)) })}
          </Dialog.Description>
          <form onSubmit={submit} noValidate>
            <div className={styles.field}>
              <label htmlFor={fieldId}>{t('opportunities.reason.label')}</label>
              <p id={hintId} className={styles.hint}>
                {t(stage === 'won' ? 'opportunities.reason.hintWon' : 'opportunities.reason.hintLost')}
              </p>
              <textarea
                ref={textarea}
                id={fieldId}
                className={styles.input}
                rows={3}
                maxLength={500}
                required
                value={reason}
                onChange={(e) => {
                  setReason(e.target.value);
                  if (error && e.target.value.trim()) setError(null);
                }}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              />
              {error && (
                <p id={errorId} className={styles.error}>
                  {error}
                </p>
              )}
            </div>
            <div className={styles.actions}>
              <Dialog.Close className="btn">{t('common.cancel')}</Dialog.Close>
              <button type="submit" className="btn btn-primary">
                {t('common.save')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
