/**
 * Level icons drawn as inline SVG (emoji are missing on many phones' fonts): each level has its own shape
 * (octagon, triangle, circle with "i", circle with a tick), so the level never depends on colour alone.
 * Decorative: the level's words carry the meaning for screen readers.
 */
import type { RiskLevel } from '../engine/types';

export function LevelIcon({ level }: { level: RiskLevel }) {
  return (
    <svg class="level-icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      {level === 'high' && (
        <>
          <path d="M10 2h12l8 8v12l-8 8H10l-8-8V10z" fill="#fff" />
          <path d="M14.5 8h3l-.6 11h-1.8zM16 21.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4z" fill="#9b1c1c" />
        </>
      )}
      {level === 'medium' && (
        <>
          <path d="M16 2l15 27H1z" fill="#a15c00" />
          <path d="M14.6 11h2.8l-.5 9h-1.8zM16 22a1.8 1.8 0 1 1 0 3.6 1.8 1.8 0 0 1 0-3.6z" fill="#fff" />
        </>
      )}
      {level === 'low' && (
        <>
          <circle cx="16" cy="16" r="14" fill="#5b6b82" />
          <path d="M14.5 13h3v11h-3zM16 7a2 2 0 1 1 0 4 2 2 0 0 1 0-4z" fill="#fff" />
        </>
      )}
      {level === 'none' && (
        <>
          <circle cx="16" cy="16" r="14" fill="#2e7d32" />
          <path d="M9 16.5l4.5 4.5L23 11.5" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round" />
        </>
      )}
    </svg>
  );
}
