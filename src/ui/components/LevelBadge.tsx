/**
 * Risk level as a badge: an icon whose SHAPE differs per level (octagon = danger, triangle = caution,
 * circle = low / nothing found) plus the level's name, so the level never depends on colour alone.
 */
import type { RiskLevel } from '../../engine/types';
import type { T } from '../use-ui';

export function LevelIcon({ level }: { level: RiskLevel }) {
  if (level === 'high')
    return (
      <svg class="ll-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M7.86 2h8.28L22 7.86v8.28L16.14 22H7.86L2 16.14V7.86z" fill="currentColor" />
        <path d="M11 6h2v8h-2zM11 16h2v2h-2z" fill="#fff" />
      </svg>
    );
  if (level === 'medium')
    return (
      <svg class="ll-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2 1 21h22z" fill="currentColor" />
        <path d="M11 9h2v6h-2zM11 17h2v2h-2z" fill="#fff" />
      </svg>
    );
  return (
    <svg class="ll-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      <path d="m7 12.5 3.2 3.2L17.5 8.4" stroke="#fff" stroke-width="2.2" fill="none" />
    </svg>
  );
}

export function LevelBadge({ level, t }: { level: RiskLevel; t: T }) {
  return (
    <span class={`ll-badge ll-badge-${level}`} data-level={level}>
      <LevelIcon level={level} />
      <span>{t(`level_${level}`)}</span>
    </span>
  );
}
