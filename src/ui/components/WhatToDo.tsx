/** "What to do now": the four safety steps, plus what to do in danger. */
import type { T } from '../use-ui';

export const TODO_KEYS = ['todo_passport', 'todo_chat', 'todo_verify', 'todo_trust'] as const;

export function WhatToDo({ t, headingLevel = 2 }: { t: T; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="ll-section" aria-labelledby="ll-todo-h">
      <H id="ll-todo-h">{t('todo_heading')}</H>
      <ul class="ll-todo">
        {TODO_KEYS.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <p class="ll-danger-note">{t('todo_danger')}</p>
    </section>
  );
}
