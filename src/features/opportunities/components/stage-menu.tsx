import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef } from 'react';
import type { OpportunityRow } from '@/contract/api';
import { OPPORTUNITY_STAGES } from '@/contract/reference';
import type { OpportunityStage } from '@/contract/reference';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { label } from '@/locales/labels';
import { useFocusAfterMove } from './focus-after-move';
import '../messages';
import menu from '@/components/ui/menu.module.css';
import styles from './stage-menu.module.css';

/**
 * "Déplacer vers…": the way to move a card without dragging it, by keyboard or pointer. While a
 * move is being saved the stages are disabled, not the button: it keeps focus when the card lands.
 * Not offered to the roles that may not change opportunities (the stage shows elsewhere).
 */
export function StageMenu({ row, onMove, disabled }: { row: OpportunityRow; onMove: (stage: OpportunityStage) => void; disabled?: boolean }) {
  const { t } = useI18n();
  const trigger = useRef<HTMLButtonElement>(null);
  const allowed = useCan('crm');
  useFocusAfterMove(row.id, row.stage, trigger);
  if (!allowed) return null;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        ref={trigger}
        className={`btn ${styles.trigger}`}
        data-move-trigger={row.id}
        // The card is draggable with the pointer: pressing this button must not start a drag.
        onPointerDown={(e) => e.stopPropagation()}
      >
        {/* One inline run: the button is a flex box, whose gap would otherwise split the words. */}
        <span>
          {t('opportunities.move.trigger')}
          <span className={styles.hiddenTitle}> « {row.title} »</span> {t('opportunities.move.triggerEnd')}
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={`${menu.menu} ${styles.menu}`} align="start" sideOffset={4} collisionPadding={8}>
          <DropdownMenu.Label className={styles.label}>{t('opportunities.move.menuLabel')}</DropdownMenu.Label>
          {OPPORTUNITY_STAGES.filter((s) => s !== row.stage).map((stage) => (
            <DropdownMenu.Item key={stage} className={`${menu.item} ${styles.item}`} data-stage={stage} disabled={disabled} onSelect={() => onMove(stage)}>
              <span aria-hidden="true" className={styles.dot} data-stage={stage} />
              {t(label.opportunityStage(stage))}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
