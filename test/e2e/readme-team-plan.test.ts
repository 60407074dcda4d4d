/** The README's example team plan, validated and rendered through the CLI, so the README stays true. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { comparable } from '../helpers/same-text.js';

describe('the README example team plan', () => {
  const team = join(mkdtempSync(join(tmpdir(), 'workplan-readme-team-')), 'service-desk');
  let pdf = '';
  beforeAll(async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('```yaml\n', readme.indexOf('`data/service-desk/plans/2026-H2.md`, shortened:')) + '```yaml\n'.length;
    mkdirSync(join(team, 'plans'), { recursive: true });
    copyFileSync(join(ROOT, 'data', 'service-desk', 'team.md'), join(team, 'team.md'));
    copyFileSync(join(ROOT, 'data', 'service-desk', 'plans', '2026-H1.md'), join(team, 'plans', '2026-H1.md'));
    writeFileSync(join(team, 'plans', '2026-H2.md'), `${readme.slice(start, readme.indexOf('\n```', start))}\n`);
  });

  test('validates without a problem', () => {
    const r = cli(['validate', join(team, 'plans', '2026-H2.md')]);
    expect(r.stderr).toContain('0 errors, 0 warnings');
    expect(r.status).toBe(0);
  });

  test('renders every part the README names', async () => {
    const r = cli(['team-plan', team, '--period', '2026-H2', '--format', 'pdf', '--out', join(team, 'out')]);
    expect(r.status).toBe(0);
    pdf = comparable(await pdfText(readFileSync(join(team, 'out', 'service-desk', '2026-H2-team-plan.pdf'))));
    for (const s of [
      'Prepared by Wang Qiang', 'Guiding principle', 'Every record complete on the first call.', 'Short-term goals',
      'Complete records make the monthly reconciliation quicker.', 'Owner: Wang Qiang · Start: July 1, 2026 · Due: December 31, 2026',
      'September 14, 2026', 'New starter joins; mentor pairing', 'Shift leads', 'Communication skills and smiling service · August 2026 · for all reps · run by Training department',
      'Ticket spot check, ten tickets per rep · every Friday · run by Team lead', "Two hours a month of a product manager's time (asked of Product team)",
      // No sample rep notes here: the figures section says so, and H1's objectives have no figure to be judged by.
      'Quality inspection score of 88', 'Partly met', 'the QA form changed in May', 'No rep has reported figures', 'Notes', 'Anything else, in Markdown, is printed under',
      'The second half is the busiest of the year.',
    ]) expect(pdf, `PDF lacks ${s}`).toContain(comparable(s));
  });
});
