/**
 * The child order ECMA-376 (Part 1, transitional schema, 5th edition) requires of the WordprocessingML
 * and DrawingML elements a workplan DOCX contains, and a checker that reads a part and reports every
 * element whose children break it. Word refuses ("unreadable content") a file whose children are
 * out of sequence even where LibreOffice reads it, so this is checked part by part, strictly: a
 * child not listed for its parent is reported too, so a new element must be added here with its
 * place in the schema before it may appear.
 */

/** xsd:sequence of each complex type, as element names in order. */
export const SEQUENCES: Record<string, readonly string[]> = {
  // CT_PPr (CT_PPrBase + rPr, sectPr, pPrChange)
  'w:pPr': ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr', 'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange'],
  // CT_RPr (EG_RPrBase + rPrChange)
  'w:rPr': ['w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline', 'w:shadow', 'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing', 'w:w', 'w:kern', 'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath', 'w:rPrChange'],
  'w:tblPr': ['w:tblStyle', 'w:tblpPr', 'w:tblOverlap', 'w:bidiVisual', 'w:tblStyleRowBandSize', 'w:tblStyleColBandSize', 'w:tblW', 'w:jc', 'w:tblCellSpacing', 'w:tblInd', 'w:tblBorders', 'w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook', 'w:tblCaption', 'w:tblDescription', 'w:tblPrChange'],
  'w:tcPr': ['w:cnfStyle', 'w:tcW', 'w:gridSpan', 'w:hMerge', 'w:vMerge', 'w:tcBorders', 'w:shd', 'w:noWrap', 'w:tcMar', 'w:textDirection', 'w:tcFitText', 'w:vAlign', 'w:hideMark', 'w:headers', 'w:cellIns', 'w:cellDel', 'w:cellMerge', 'w:tcPrChange'],
  'w:sectPr': ['w:headerReference|w:footerReference', 'w:footnotePr', 'w:endnotePr', 'w:type', 'w:pgSz', 'w:pgMar', 'w:paperSrc', 'w:pgBorders', 'w:lnNumType', 'w:pgNumType', 'w:cols', 'w:formProt', 'w:vAlign', 'w:noEndnote', 'w:titlePg', 'w:textDirection', 'w:bidi', 'w:rtlGutter', 'w:docGrid', 'w:printerSettings', 'w:sectPrChange'],
  'w:tblBorders': ['w:top', 'w:left', 'w:start', 'w:bottom', 'w:right', 'w:end', 'w:insideH', 'w:insideV'],
  'w:tblCellMar': ['w:top', 'w:left', 'w:start', 'w:bottom', 'w:right', 'w:end'],
  'w:pBdr': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:between', 'w:bar'],
  'w:numPr': ['w:ilvl', 'w:numId', 'w:numberingChange', 'w:ins'],
  'w:style': ['w:name', 'w:aliases', 'w:basedOn', 'w:next', 'w:link', 'w:autoRedefine', 'w:hidden', 'w:uiPriority', 'w:semiHidden', 'w:unhideWhenUsed', 'w:qFormat', 'w:locked', 'w:personal', 'w:personalCompose', 'w:personalReply', 'w:rsid', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:tblStylePr'],
  'w:docDefaults': ['w:rPrDefault', 'w:pPrDefault'],
  'w:numbering': ['w:numPicBullet', 'w:abstractNum', 'w:num', 'w:numIdMacAtCleanup'],
  'w:abstractNum': ['w:nsid', 'w:multiLevelType', 'w:tmpl', 'w:name', 'w:styleLink', 'w:numStyleLink', 'w:lvl'],
  'w:lvl': ['w:start', 'w:numFmt', 'w:lvlRestart', 'w:pStyle', 'w:isLgl', 'w:suff', 'w:lvlText', 'w:lvlPicBulletId', 'w:legacy', 'w:lvlJc', 'w:pPr', 'w:rPr'],
  'w:num': ['w:abstractNumId', 'w:lvlOverride'],
  'w:lvlOverride': ['w:startOverride', 'w:lvl'],
  'w:font': ['w:altName', 'w:panose1', 'w:charset', 'w:family', 'w:notTrueType', 'w:pitch', 'w:sig', 'w:embedRegular', 'w:embedBold', 'w:embedItalic', 'w:embedBoldItalic'],
  'w:settings': ['w:writeProtection', 'w:view', 'w:zoom', 'w:removePersonalInformation', 'w:removeDateAndTime', 'w:doNotDisplayPageBoundaries', 'w:displayBackgroundShape', 'w:printPostScriptOverText', 'w:printFractionalCharacterWidth', 'w:printFormsData', 'w:embedTrueTypeFonts', 'w:embedSystemFonts', 'w:saveSubsetFonts', 'w:saveFormsData', 'w:mirrorMargins', 'w:alignBordersAndEdges', 'w:bordersDoNotSurroundHeader', 'w:bordersDoNotSurroundFooter', 'w:gutterAtTop', 'w:hideSpellingErrors', 'w:hideGrammaticalErrors', 'w:activeWritingStyle', 'w:proofState', 'w:formsDesign', 'w:attachedTemplate', 'w:linkStyles', 'w:stylePaneFormatFilter', 'w:stylePaneSortMethod', 'w:documentType', 'w:mailMerge', 'w:revisionView', 'w:trackRevisions', 'w:doNotTrackMoves', 'w:doNotTrackFormatting', 'w:documentProtection', 'w:autoFormatOverride', 'w:styleLockTheme', 'w:styleLockQFSet', 'w:defaultTabStop', 'w:autoHyphenation', 'w:consecutiveHyphenLimit', 'w:hyphenationZone', 'w:doNotHyphenateCaps', 'w:showEnvelope', 'w:summaryLength', 'w:clickAndTypeStyle', 'w:defaultTableStyle', 'w:evenAndOddHeaders', 'w:bookFoldRevPrinting', 'w:bookFoldPrinting', 'w:bookFoldPrintingSheets', 'w:drawingGridHorizontalSpacing', 'w:drawingGridVerticalSpacing', 'w:displayHorizontalDrawingGridEvery', 'w:displayVerticalDrawingGridEvery', 'w:doNotUseMarginsForDrawingGridOrigin', 'w:drawingGridHorizontalOrigin', 'w:drawingGridVerticalOrigin', 'w:doNotShadeFormData', 'w:noPunctuationKerning', 'w:characterSpacingControl', 'w:printTwoOnOne', 'w:strictFirstAndLastChars', 'w:noLineBreaksAfter', 'w:noLineBreaksBefore', 'w:savePreviewPicture', 'w:doNotValidateAgainstSchema', 'w:saveInvalidXml', 'w:ignoreMixedContent', 'w:alwaysShowPlaceholderText', 'w:doNotDemarcateInvalidXml', 'w:saveXmlDataOnly', 'w:useXSLTWhenSaving', 'w:saveThroughXslt', 'w:showXMLTags', 'w:alwaysMergeEmptyNamespace', 'w:updateFields', 'w:hdrShapeDefaults', 'w:footnotePr', 'w:endnotePr', 'w:compat', 'w:docVars', 'w:rsids', 'm:mathPr', 'w:attachedSchema', 'w:themeFontLang', 'w:clrSchemeMapping', 'w:doNotIncludeSubdocsInStats', 'w:doNotAutoCompressPictures', 'w:forceUpgrade', 'w:captions', 'w:readModeInkLockDown', 'w:smartTagType', 'sl:schemaLibrary', 'w:shapeDefaults', 'w:doNotEmbedSmartTags', 'w:decimalSymbol', 'w:listSeparator'],
  // DrawingML of an inline picture
  'wp:inline': ['wp:extent', 'wp:effectExtent', 'wp:docPr', 'wp:cNvGraphicFramePr', 'a:graphic'],
  'pic:pic': ['pic:nvPicPr', 'pic:blipFill', 'pic:spPr'],
  'pic:nvPicPr': ['pic:cNvPr', 'pic:cNvPicPr'],
  'pic:blipFill': ['a:blip', 'a:srcRect', 'a:tile|a:stretch'],
  'pic:spPr': ['a:xfrm', 'a:prstGeom'],
  'a:xfrm': ['a:off', 'a:ext'],
};

/** Elements whose first children are fixed, followed by content in any order. */
const LEADING: Record<string, readonly string[]> = {
  'w:p': ['w:pPr'],
  'w:r': ['w:rPr'],
  'w:tbl': ['w:tblPr', 'w:tblGrid'],
  'w:tr': ['w:tblPrEx', 'w:trPr'],
  'w:tc': ['w:tcPr'],
};

/** CT_TrPr is a choice, in any order, of these. */
const ROW_PROPERTIES = new Set(['w:cnfStyle', 'w:divId', 'w:gridBefore', 'w:gridAfter', 'w:wBefore', 'w:wAfter', 'w:cantSplit', 'w:trHeight', 'w:tblHeader', 'w:tblCellSpacing', 'w:jc', 'w:hidden', 'w:ins', 'w:del', 'w:trPrChange']);

interface Node {
  name: string;
  children: string[];
}

/** Every element of an XML text with the names of its child elements, in order. */
export function elements(xml: string): Node[] {
  const all: Node[] = [];
  const stack: Node[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w.-]*:?[\w.-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    const [, close, name, selfClosing] = m;
    if (close) {
      stack.pop();
      continue;
    }
    stack.at(-1)?.children.push(name!);
    const node = { name: name!, children: [] };
    all.push(node);
    if (!selfClosing) stack.push(node);
  }
  return all;
}

const position = (sequence: readonly string[], child: string) => sequence.findIndex((s) => s.split('|').includes(child));

/** Every breach of the schema's child order in a part, as "parent: child after child" lines. */
export function orderProblems(xml: string): string[] {
  const problems: string[] = [];
  for (const { name, children } of elements(xml)) {
    const sequence = SEQUENCES[name];
    if (sequence) {
      let last = -1;
      for (const child of children) {
        const at = position(sequence, child);
        if (at < 0) problems.push(`${name}: ${child} is not in the schema's sequence (or not yet listed in ooxml-order.ts)`);
        else if (at < last) problems.push(`${name}: ${child} comes after ${sequence[last]}`);
        else last = at;
      }
    }
    const leading = LEADING[name];
    if (leading) {
      // A leading child may only appear at its own place at the start.
      let next = 0;
      children.forEach((child, i) => {
        const at = leading.indexOf(child);
        if (at < 0) {
          next = leading.length;
          return;
        }
        if (at < next || i > at) problems.push(`${name}: ${child} is not at the start`);
        next = at + 1;
      });
    }
    if (name === 'w:trPr') for (const child of children) if (!ROW_PROPERTIES.has(child)) problems.push(`w:trPr: ${child} is not a row property`);
    if (name === 'w:body') {
      const at = children.indexOf('w:sectPr');
      if (at >= 0 && at !== children.length - 1) problems.push('w:body: w:sectPr is not last');
    }
  }
  return problems;
}
