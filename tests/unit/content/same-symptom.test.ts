/**
 * "Is this the same symptom?" has one answer (normalizeText): two runbooks whose symptoms differ
 * only by an en dash and a hyphen, full-width letters or spacing get the validator's "also claims"
 * warning, and the "reads like" warning does not repeat it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../src/lib/content/load.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';

const DIR = 'tests/fixtures/validate/warnings/content';
const read = (path: string) => ({ path, text: readFileSync(`${DIR}/${path}`, 'utf8') });
const withSymptom = (path: string, symptom: string) => {
  const file = read(path);
  return { path, text: file.text.replace(/^symptoms:\n  - .*$/m, `symptoms:\n  - "${symptom}"`) };
};

async function symptomWarnings(a: string, b: string): Promise<string[]> {
  const files = [
    read('categories.yaml'),
    read('fixpath.config.yaml'),
    withSymptom('runbooks/database/connection-pool-exhaustion.mdx', a),
    withSymptom('runbooks/database/too-many-connections.mdx', b),
  ];
  const problems = await validateContent(parseContent(files), { now: new Date('2026-01-01T00:00:00Z') });
  return problems.filter((p) => p.field === 'symptoms[0]').map((p) => `${p.file.replace(/^.*\//, '')}: ${p.message}`);
}

describe('the same symptom', () => {
  it('is the same whether written with an en dash or a hyphen', async () => {
    expect(await symptomWarnings('upstream – connect() failed', 'Upstream - connect() failed')).toEqual([
      'connection-pool-exhaustion.mdx: runbook "too-many-connections" also claims this symptom; search cannot tell them apart by it',
      'too-many-connections.mdx: runbook "connection-pool-exhaustion" also claims this symptom; search cannot tell them apart by it',
    ]);
  });

  it('is the same in full width and with other spacing', async () => {
    expect(await symptomWarnings('ＥＲＲＯＲ　１０４０', 'error  1040')).toHaveLength(2);
  });

  it('is not the same when a word differs', async () => {
    expect((await symptomWarnings('connect() failed', 'connect() refused')).filter((w) => w.includes('also claims'))).toEqual([]);
  });
});
