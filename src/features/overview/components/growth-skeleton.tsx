import { Skeleton } from '@/components/feedback/skeleton';
import styles from './growth-charts.module.css';

/** The charts' place while their code and data arrive: the same grid, the same heights. */
export function GrowthChartsSkeleton() {
  return (
    <div className={styles.grid} aria-busy="true">
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height="24rem" />
      ))}
    </div>
  );
}
