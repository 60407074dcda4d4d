/**
 * Pictures in the DOCX: an SVG with its PNG fallback (Word 2016+ draws the SVG, older Word and
 * LibreOffice the PNG), at its size in points, with its alternative text. The package stores a
 * picture used twice once. Drawing ids are numbered per document (the package's own counter is
 * shared by the whole process, so the same document would get other ids as the nth of a batch).
 */
import { ImageRun } from 'docx';
import type { Picture } from './raster.js';
import type { StandIns } from './stand-ins.js';
import { clean } from './xml.js';

/** The package sizes pictures in pixels at 96 to the inch. */
const PX_PER_PT = 96 / 72;

export class Pictures {
  private drawings = 0;

  /** `standIns` stand in for the pictures' bytes in the packer (stand-ins.ts). */
  constructor(private readonly standIns: StandIns) {}

  inline(p: Picture): ImageRun {
    const id = ++this.drawings;
    return new ImageRun({
      type: 'svg',
      data: this.standIns.for(p.svg),
      fallback: { type: 'png', data: this.standIns.for(p.png) },
      transformation: { width: p.width * PX_PER_PT, height: p.height * PX_PER_PT },
      altText: { id: String(id), name: `Picture ${id}`, description: clean(p.description) },
    });
  }
}
