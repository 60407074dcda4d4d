import { Command, Option } from 'commander';
import { relative } from 'node:path';
import { ExistsError, writeNewFiles } from '../../output/write-new.js';
import { InputError } from '../errors.js';
import { wrote } from '../verbosity.js';

export function templatesCommand(): Command {
  const templates = new Command('templates').summary('work with the document templates and labels').description('Work with the document templates (Markdown + Handlebars) and the labels of each language.');
  templates.addCommand(
    new Command('eject')
      .summary('copy the built-in templates and labels out for editing')
      .description(
        'Copy the built-in templates (*.md.hbs) and every language\'s labels (labels/<locale>.yaml) into a folder. Pass that folder to --templates: a file there shadows the built-in one of the same name, and a label file overrides the labels it names or adds a language (labels/ja.yaml, then --locale ja). Refuses to write anything when any of the files exists.',
      )
      .argument('[dir]', 'where to copy them', 'templates')
      .addOption(new Option('--labels-format <format>', 'write the labels as YAML or JSON').choices(['yaml', 'json']).default('yaml'))
      .addHelpText('after', '\nExamples:\n  workplan templates eject my-templates && workplan plan data --templates my-templates\n  workplan templates eject my-templates --labels-format json\n')
      .action(async (dir: string, opts: { labelsFormat: 'yaml' | 'json' }) => {
        // Loaded here, not at the top: the template loader carries the precompiled templates.
        const { ejectedFiles } = await import('../../template/eject.js');
        const files = ejectedFiles(dir, opts.labelsFormat);
        try {
          writeNewFiles(files);
        } catch (error) {
          // Edited copies are the user's work: one that exists stops the whole eject, untouched.
          if (error instanceof ExistsError) throw new InputError(`${error.files.map((f) => relative(process.cwd(), f) || f).join(', ')} already exist${error.files.length === 1 ? 's' : ''}; nothing was written (eject into a new folder, or move the old copies away)`);
          throw error;
        }
        for (const f of files) wrote(relative(process.cwd(), f.file) || f.file);
      }),
  );
  return templates;
}
