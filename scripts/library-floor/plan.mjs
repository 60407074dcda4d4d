// The library floor of a cold `workplan plan`: the libraries the product is specified on (all six
// but vitest, which only runs the tests), used plainly, doing the least a monthly plan needs of
// each. commander parses the command, gray-matter splits the note (with its own YAML engine),
// Handlebars fills a template, docx builds and packs the DOCX, pdfkit lays out and writes the PDF
// with the note's Chinese face embedded as a subset. None of workplan's own work is here: no
// validation, no figures, no Markdown, no charts, no fonts embedded in the DOCX. `npm run bench` bundles this file and runs it with a V8 code cache (run-cached.mjs), as
// workplan's launcher runs the CLI, so both start alike; what a cold plan costs above this is workplan's.
// Usage: node run-cached.mjs plan.cjs <note.md> <out-dir> <fonts-dir> [--marks]
//   --marks  prints the milliseconds of each step as JSON, the first ("loaded") counted from the
//            process's start: Node itself, then reading and running the bundled libraries' code.
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import matter from 'gray-matter';
import Handlebars from 'handlebars';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';

async function main() {
  const marks = [['loaded', performance.now()]];
  const mark = (name) => marks.push([name, performance.now()]);

  const program = new Command('floor').argument('<note>').argument('<out>').argument('<fonts>').option('--marks');
  program.parse(process.argv);
  const [notePath, outDir, fontsDir] = program.args;
  mark('commander');

  const note = matter(readFileSync(notePath, 'utf8'));
  const data = note.data;
  mark('gray-matter');

  const template = Handlebars.compile(
    '# {{month}}\n{{#each review.achievements}}- {{this}}\n{{/each}}{{#each review.shortfalls}}- {{what}}: {{why}} → {{change}}\n{{/each}}' +
      '{{#each goals}}{{@index}}. {{title}}{{#if target}} ({{target}}){{/if}}\n{{#each actions}}   - {{this}}\n{{/each}}{{/each}}{{#each study}}- {{this}}\n{{/each}}',
  );
  const lines = template({ ...data, month: String(data.month) })
    .split('\n')
    .concat(note.content.split('\n'))
    .filter(Boolean);
  const figures = Object.entries(data.actuals ?? {}).map(([k, v]) => [k, String(v)]);
  mark('handlebars');

  const cell = (text, bold = false) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: [cell('metric', true), cell('value', true)] });
  const docx = new Document({
    styles: { default: { document: { run: { font: { ascii: 'Noto Sans', eastAsia: 'Noto Sans SC' }, size: 21 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(lines[0])] }),
          new Table({ rows: [header, ...figures.map(([k, v]) => new TableRow({ cantSplit: true, children: [cell(k), cell(v)] }))] }),
          ...lines.slice(1).map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(text)] })),
        ],
      },
    ],
  });
  writeFileSync(join(outDir, 'floor.docx'), await Packer.toBuffer(docx));
  mark('docx');

  // Read here, not by pdfkit, to time apart: the faces are 10.5 MB each, and workplan reads only the
  // glyphs a document draws (src/render/font-file.ts).
  const regular = readFileSync(join(fontsDir, 'NotoSansSC-Regular.ttf'));
  const bold = readFileSync(join(fontsDir, 'NotoSansSC-Bold.ttf'));
  mark('reading the faces');

  const pdf = new PDFDocument({ size: 'A4', margin: 56, font: null, compress: true });
  const chunks = [];
  pdf.on('data', (c) => chunks.push(c));
  const ended = new Promise((resolve) => pdf.on('end', resolve));
  pdf.registerFont('regular', regular);
  pdf.registerFont('bold', bold);
  pdf.font('bold').fontSize(16).text(lines[0]);
  for (const [k, v] of figures) pdf.font('regular').fontSize(10.5).text(`${k}    ${v}`);
  for (const text of lines.slice(1)) pdf.font('regular').fontSize(10.5).text(text, { align: 'justify' });
  pdf.end();
  await ended;
  writeFileSync(join(outDir, 'floor.pdf'), Buffer.concat(chunks));
  mark('pdfkit');

  if (program.opts().marks) {
    const times = marks.map(([name, t], i) => [name, Math.round(i === 0 ? t : t - marks[i - 1][1])]);
    process.stdout.write(`${JSON.stringify(Object.fromEntries(times))}\n`);
  }
}

main().catch((error) => {
  process.exitCode = 1;
  console.error(error);
});
