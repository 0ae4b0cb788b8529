import type { CSSProperties } from 'react';
import styles from './feedback.module.css';

/** A placeholder of the final content's size, so nothing jumps when the data arrives. */
export function Skeleton({ width = '100%', height = '1rem', style }: { width?: CSSProperties['width']; height?: CSSProperties['height']; style?: CSSProperties }) {
  return <span aria-hidden="true" className={styles.skeleton} style={{ width, height, ...style }} />;
}
