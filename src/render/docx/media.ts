/**
 * Pictures in the DOCX: each SVG + PNG pair stored once under word/media (a bar drawn twice in a
 * document is one pair of files), related to the main part, and placed inline as DrawingML.
 */
import type { Picture } from './raster.js';
import { clean, emu, esc } from './xml.js';

export interface MediaFile {
  path: string;
  data: Uint8Array;
  relId: string;
}

export class Media {
  readonly files: MediaFile[] = [];
  private readonly stored = new Map<Uint8Array, { png: string; svg: string }>();
  /** wp:docPr ids must be unique in the document. */
  private drawings = 0;

  /** The w:drawing placing `p` inline at its size, with the PNG as the blip and the SVG as its extension. */
  inline(p: Picture): string {
    const ids = this.store(p);
    const id = ++this.drawings;
    const cx = emu(p.width);
    const cy = emu(p.height);
    const descr = esc(clean(p.description));
    return (
      `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${id}" name="Picture ${id}" descr="${descr}"/>` +
      '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
      `<pic:nvPicPr><pic:cNvPr id="${id}" name="Picture ${id}" descr="${descr}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
      // Word 2016+ draws the SVG named in the extension; older Word and LibreOffice draw the PNG.
      `<pic:blipFill><a:blip r:embed="${ids.png}"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">` +
      `<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${ids.svg}"/></a:ext></a:extLst></a:blip>` +
      '<a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>' +
      `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
      '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
    );
  }

  private store(p: Picture): { png: string; svg: string } {
    // Pictures cached by their makers (progress bars) come back as the same buffers.
    let ids = this.stored.get(p.png);
    if (!ids) {
      const n = this.stored.size + 1;
      ids = { png: `rIdImg${n}p`, svg: `rIdImg${n}s` };
      this.files.push({ path: `media/image${n}.png`, data: p.png, relId: ids.png }, { path: `media/image${n}.svg`, data: p.svg, relId: ids.svg });
      this.stored.set(p.png, ids);
    }
    return ids;
  }
}
