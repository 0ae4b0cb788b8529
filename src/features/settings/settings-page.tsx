import { useEffect, useState } from 'react';
import { loadCatalogue, useI18n } from '@/lib/i18n';
import type { Locale } from '@/lib/format';
import { notify } from '@/lib/notify';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { describeError } from '@/components/feedback/describe-error';
import { useCan, useSession } from '@/lib/session';
import { useTheme } from '@/lib/theme';
import { useResetDemoData } from './api';
import { AccountsSection } from './components/accounts-section';
import './messages';
import styles from './settings.module.css';

export default function SettingsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { theme, setTheme } = useTheme();
  const demo = useSession().mode === 'demo';
  // The demo reset and the accounts are the administrators' (in the demo: the picked person's role).
  const isAdmin = useCan('accounts');
  const reset = useResetDemoData();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    // So that choosing a language switches at once.
    void loadCatalogue('en');
  }, []);

  const onConfirmReset = () => {
    reset.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        notify.success(t('settings.demo.done'));
      },
      onError: (error) => {
        setConfirming(false);
        notify.error(t('settings.demo.failed', { message: describeError(t, error) }));
      },
    });
  };

  return (
    <>
      <header className="page-header">
        <h1 className="page-title">{t('settings.title')}</h1>
      </header>
      <div className={styles.sections}>
        <section className="card">
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('settings.language')}</legend>
            <div className={styles.options}>
              {(['fr', 'en'] as const).map((l: Locale) => (
                <label key={l} className={styles.option} lang={l}>
                  <input type="radio" name="language" value={l} checked={i18n.locale === l} onChange={() => void i18n.setLocale(l)} />
                  {t(`settings.language.${l}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        <section className="card">
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('settings.theme')}</legend>
            <div className={styles.options}>
              {(['light', 'dark', 'system'] as const).map((choice) => (
                <label key={choice} className={styles.option}>
                  <input type="radio" name="theme" value={choice} checked={theme === choice} onChange={() => setTheme(choice)} />
                  {t(`settings.theme.${choice}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        {isAdmin && !demo && <AccountsSection />}

        {isAdmin && (
          <section className="card" aria-labelledby="demo-title">
            <h2 id="demo-title" className={styles.legend}>
              {t('settings.demo')}
            </h2>
            <p>{t(demo ? 'settings.demo.body' : 'settings.demo.serverBody')}</p>
            <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
              {t('settings.demo.reset')}
            </button>
            <ConfirmDialog
              open={confirming}
              title={t('settings.demo.confirmTitle')}
              confirmLabel={t('settings.demo.confirm')}
              danger
              busy={reset.isPending}
              onConfirm={onConfirmReset}
              onClose={() => setConfirming(false)}
            >
              <p>{t(demo ? 'settings.demo.confirmBody' : 'settings.demo.serverConfirmBody')}</p>
            </ConfirmDialog>
          </section>
        )}
      </div>
    </>
  );
}
