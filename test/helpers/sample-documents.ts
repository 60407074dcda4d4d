/**
 * The sample team's documents as Document trees, built in-process the way the jobs build them
 * (notes → model → template → document), for tests and measurements of the back ends that need
 * real documents without writing files: every rep's latest plan and 2026 summary, and the rollup.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/document/types.js';
import { localeKit, pickLocalized } from '../../src/locale/index.js';
import { buildAnnualSummary } from '../../src/model/annual-summary.js';
import { buildMonthlyPlan } from '../../src/model/monthly-plan.js';
import { buildRollup, rollupRow, type RollupRow } from '../../src/model/team-rollup.js';
import { loadFramework } from '../../src/notes/load-framework.js';
import { loadRep } from '../../src/notes/load-rep.js';
import { parseNote } from '../../src/notes/parse-note.js';
import { teamSchema } from '../../src/notes/schema.js';
import { buildDocument } from '../../src/pipeline/compose.js';
import { documentMeta } from '../../src/pipeline/document-meta.js';
import { ROOT } from './cli.js';

export interface SampleDocument {
  /** e.g. `li-na 2026-12 plan`, `li-na 2026 summary`, `service-desk 2026 rollup`. */
  name: string;
  kind: 'plan' | 'summary' | 'rollup';
  lang: string;
  doc: Document;
}

const YEAR = 2026;

export async function sampleDocuments(): Promise<SampleDocument[]> {
  const teamFolder = join(ROOT, 'data', 'service-desk');
  const framework = await loadFramework(join(ROOT, 'data', 'framework', 'competencies.yaml'));
  if (!framework.ok) throw new Error('the sample framework does not load');
  const out: SampleDocument[] = [];
  const rows: RollupRow[] = [];
  // Rep folders only: plans/ beside them holds the team's own plans.
  const reps = readdirSync(teamFolder, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(teamFolder, d.name, 'rep.md'))).map((d) => d.name).sort();
  for (const id of reps) {
    const notes = (await loadRep(join(teamFolder, id), { framework: framework.framework })).notes!;
    const lang = notes.rep.data.locale;
    const kit = localeKit(lang);
    const month = notes.months.filter((m) => m.data.month.startsWith(`${YEAR}-`)).at(-1)!.data.month;
    const plan = buildMonthlyPlan(notes, month, lang);
    const planMeta = documentMeta(kit, { kind: 'plan.title', who: notes.rep.data.name, team: plan.teamName, period: kit.month(month), date: `${month}-01` });
    out.push({ name: `${id} ${month} plan`, kind: 'plan', lang, doc: await buildDocument('monthly-plan', plan, kit, planMeta) });
    const summary = buildAnnualSummary(notes, YEAR, lang, { framework: framework.framework });
    rows.push(rollupRow(summary, notes.metrics));
    const meta = documentMeta(kit, { kind: 'summary.title', who: notes.rep.data.name, team: summary.teamName, period: String(YEAR), date: `${YEAR}-12-31` });
    out.push({ name: `${id} ${YEAR} summary`, kind: 'summary', lang, doc: await buildDocument('annual-summary', summary, kit, meta) });
  }
  const parsed = await parseNote(join(teamFolder, 'team.md'), teamSchema);
  if (!parsed.ok) throw new Error('the sample team.md does not load');
  const team = parsed.note.data;
  const lang = team.locale ?? 'en';
  const kit = localeKit(lang);
  const shared = (team.metrics ?? []).map((m) => ({ id: m.id, name: pickLocalized(m.name, lang), unit: m.unit, direction: m.direction }));
  const view = buildRollup(team.name, YEAR, lang, shared, rows);
  const meta = documentMeta(kit, { kind: 'rollup.title', who: team.name, period: String(YEAR), date: `${YEAR}-12-31` });
  out.push({ name: `${team.id} ${YEAR} rollup`, kind: 'rollup', lang, doc: await buildDocument('team-rollup', view, kit, meta) });
  return out;
}
