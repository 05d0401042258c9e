import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { bundledList } from '@/src/indicators/bundled';

describe('analyze (smoke)', () => {
  it('warns on a fee request and stays quiet on an honest post', () => {
    expect(analyze({ text: 'Pay the registration fee of $50 to start.' }, bundledList).level).toBe('high');
    expect(analyze({ text: 'Accountant, Nairobi. Apply on our website.' }, bundledList).level).toBe('none');
  });
});
