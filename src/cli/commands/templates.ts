import { Command } from 'commander';
import { relative } from 'node:path';

export function templatesCommand(): Command {
  return new Command('templates')
    .summary('copy the built-in templates out for editing')
    .description('Copy the built-in templates into a folder (existing files are kept). Pass that folder to --templates to use your edited copies.')
    .argument('[dir]', 'where to copy them', 'templates')
    .addHelpText('after', '\nExample:\n  workplan templates my-templates && workplan plan data --templates my-templates\n')
    .action(async (dir: string) => {
      // Loaded here, not at the top: the template loader carries the precompiled templates.
      const { copyBuiltinTemplates } = await import('../../template/load-template.js');
      const written = await copyBuiltinTemplates(dir);
      for (const f of written) process.stdout.write(`${relative(process.cwd(), f)}\n`);
      if (!written.length) process.stderr.write(`all templates already exist in ${dir}\n`);
    });
}
