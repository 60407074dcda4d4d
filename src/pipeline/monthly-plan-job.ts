/** notes → model → template → document → back ends → files, for one monthly note. */
import { basename, dirname, resolve } from 'node:path';
import { loadRep, MONTH_FILE, type LoadResult } from '../notes/load-rep.js';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { Language } from '../notes/schema.js';
import { labelsFor } from '../template/label-files.js';
import { buildMonthlyPlan } from '../model/monthly-plan.js';
import { documentMeta } from './document-meta.js';
import { afterLeaving } from '../calendar/team-dates.js';
import { buildDocument, renderAndWrite, type RenderOptions, type Written } from './compose.js';

export interface PlanJobOptions extends RenderOptions {
  /** --locale: wins over the note and the profile. */
  locale?: Language;
  /** Rep folders already loaded in this run, so rendering every month of a rep reads its notes once. */
  repCache?: Map<string, Promise<LoadResult>>;
  /**
   * A note for a month after the rep left (rep.md's `left`): 'error' (the default, a note asked for
   * by name) refuses it at `left`; 'skip' (notes found in a folder) renders nothing, with the loader's warning.
   */
  afterLeaving?: 'error' | 'skip';
}

export interface JobResult {
  source: string;
  written: Written[];
  diagnostics: Diagnostic[];
  /** False when the note could not be rendered; diagnostics say why. */
  ok: boolean;
}

export async function runMonthlyPlan(noteFile: string, options: PlanJobOptions): Promise<JobResult> {
  const file = resolve(noteFile);
  const folder = dirname(file);
  let pending = options.repCache?.get(folder);
  if (!pending) {
    // A cache serves every month of the folder, so it holds them all; a single plan reads only its history.
    const month = MONTH_FILE.exec(basename(file));
    pending = loadRep(folder, { defaultLocale: options.defaultLocale, ...(options.repCache || !month ? {} : { upTo: `${month[1]}-${month[2]}` }) });
    options.repCache?.set(folder, pending);
  }
  const loaded = await pending;
  const diagnostics = [...loaded.diagnostics];
  const note = loaded.notes?.months.find((m) => resolve(m.file) === file);
  const fail = (): JobResult => ({ source: noteFile, written: [], diagnostics: relevant(diagnostics, file), ok: false });
  const month = MONTH_FILE.exec(basename(file));
  const left = loaded.notes?.rep.data.left;
  if (loaded.notes && month && afterLeaving(left, `${month[1]}-${month[2]}`)) {
    if (options.afterLeaving === 'skip') return { source: noteFile, written: [], diagnostics: relevant(diagnostics, file), ok: true };
    const rep = loaded.notes.rep;
    diagnostics.push({ file: rep.file, ...rep.at(['left']), field: 'left', input: left, message: `says the rep left before ${month[1]}-${month[2]}, so there is no plan for ${basename(file)}`, hint: 'a plan is made for each month the rep is on the team on its 1st; if the rep is still on the team, correct or remove "left:" in rep.md', severity: 'error' });
    return fail();
  }
  if (!loaded.notes || !note) {
    if (!diagnostics.some((d) => d.severity === 'error' && resolve(d.file) === file) && loaded.notes) {
      diagnostics.push({ file: noteFile, line: 0, column: 0, field: '', message: 'is not a monthly note', hint: 'monthly notes are named YYYY-MM.md inside a rep folder with rep.md', severity: 'error' });
    }
    return fail();
  }
  const notes = loaded.notes;
  const locale = options.locale ?? note.data.locale ?? notes.rep.data.locale;
  // Warnings about the templates folder's label file, shown with the note's own.
  const { kit, diagnostics: labelWarnings } = await labelsFor(locale, options.templatesDir);
  // Monthly notes the loader left out for their errors, by month (last month's, say).
  const leftOut = new Set(
    loaded.skipped.flatMap((f) => {
      const m = MONTH_FILE.exec(basename(f));
      return m ? [`${m[1]}-${m[2]}`] : [];
    }),
  );
  const view = buildMonthlyPlan(notes, note.data.month, locale, leftOut);
  const meta = documentMeta(kit, { kind: 'plan.title', who: notes.rep.data.name, team: view.teamName, period: kit.month(note.data.month), date: `${note.data.month}-01`, sourceDateEpoch: options.sourceDateEpoch }, options.theme);
  const doc = await buildDocument('monthly-plan', view, kit, meta, options.templatesDir);
  const written = await renderAndWrite(doc, { team: notes.rep.data.team, rep: notes.rep.data.id, name: `${note.data.month}-plan` }, options);
  return { source: noteFile, written, diagnostics: [...relevant(diagnostics, file), ...labelWarnings], ok: true };
}

/**
 * Problems worth showing for this plan: everything about this note and the profiles, and other
 * notes' errors as the reason they were left out of the history.
 */
function relevant(diags: Diagnostic[], file: string): Diagnostic[] {
  return diags.filter((d) => resolve(d.file) === file || basename(d.file) === 'rep.md' || basename(d.file) === 'team.md' || d.severity === 'error');
}
