import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mmToTwips } from './docx-units.js';
import {
  isWellFormedXml,
  loadExample,
  makePng,
  paragraphs,
  readDocx,
  zipEntryDates,
  type Example,
} from './docx.test-utils.js';
import { renderDocx } from './render-docx.js';

describe('renderDocx', () => {
  let example: Example;
  let parts: Record<string, string>;
  let body: string;
  const partsOf = (pattern: RegExp) =>
    Object.keys(parts)
      .filter((name) => pattern.test(name))
      .sort();

  beforeAll(async () => {
    example = loadExample();
    const { document, layout, logo } = example;
    const assets = { 'rheinfracht-logo.svg': logo, 'rheinfracht-logo.png': makePng(360, 96) };
    parts = readDocx(await renderDocx({ document, layout, assets }));
    body = parts['word/document.xml'] as string;
  });

  it('writes every paragraph, list item, the date line and the signers as paragraphs of the body', () => {
    const texts = paragraphs(body).map((paragraph) => paragraph.text);
    const blocks = example.document.sections.flatMap((section) => section.blocks);
    for (const block of blocks) {
      if (block.type === 'heading' || block.type === 'dateLine') expect(texts).toContain(block.text);
      if (block.type === 'paragraph') expect(texts).toContain(block.runs.map((run) => run.text).join(' '));
      if (block.type === 'list') for (const item of block.items) expect(texts).toContain(item.text);
      if (block.type === 'signatures') {
        expect(texts).toContain(block.signers.map((signer) => signer.name).join('\t'));
        expect(texts).toContain(block.signers.map((signer) => signer.function).join('\t'));
      }
    }
  });

  it('uses neither text boxes nor tables anywhere', () => {
    for (const name of partsOf(/^word\/(document|header\d+|footer\d+)\.xml$/)) {
      expect(parts[name], name).not.toContain('w:txbxContent');
      expect(parts[name], name).not.toContain('<w:tbl>');
    }
  });

  it('makes list items numbered paragraphs with an en dash', () => {
    const items = example.document.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : [])),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const paragraph = paragraphs(body).find((candidate) => candidate.text === item);
      expect(paragraph?.xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    }
    expect(parts['word/numbering.xml']).toContain('<w:lvlText w:val="–"/>');
  });

  it('sets the page, margins, font and German language of the layout', () => {
    const { margins, font } = example.layout;
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(body).toContain(
      `<w:pgMar w:top="${mmToTwips(margins.top)}" w:right="${mmToTwips(margins.right)}" w:bottom="${mmToTwips(margins.bottom)}" w:left="${mmToTwips(margins.left)}"`,
    );
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(parts['word/styles.xml'] as string)?.[0];
    expect(defaults).toContain(`w:ascii="${font.family}"`);
    expect(defaults).toContain(`<w:sz w:val="${font.size * 2}"/>`);
    expect(defaults).toContain('<w:lang w:val="de-DE"/>');
    expect(parts['word/fontTable.xml']).toContain(
      '<w:font w:name="Liberation Sans"><w:altName w:val="Arial"/>',
    );
    expect(parts['word/settings.xml']).toContain('<w:autoHyphenation/>');
    expect(parts['docProps/core.xml']).toContain('<dc:language>de-DE</dc:language>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Rheinfracht Logistik GmbH</dc:creator>');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Arbeitszeugnis – Frau Anna Schmidt</dc:title>');
  });

  it('puts the letterhead on the first page only and a running header with page numbers on the others', () => {
    expect(body).toContain('<w:titlePg/>');
    const reference = (type: string, kind: string) =>
      new RegExp(`<w:${kind}Reference w:type="${type}" r:id="(\\w+)"/>`).exec(body)?.[1];
    const target = (id: string | undefined) =>
      new RegExp(`Id="${id}" Type="[^"]+" Target="([^"]+)"`).exec(
        parts['word/_rels/document.xml.rels'] as string,
      )?.[1];
    const first = parts[`word/${target(reference('first', 'header'))}`] as string;
    const running = parts[`word/${target(reference('default', 'header'))}`] as string;
    for (const line of example.layout.letterhead.addressBlock) expect(first).toContain(line);
    expect(first).toContain(example.layout.letterhead.senderLine);
    expect(first).toContain('<wp:anchor');
    expect(running).toContain('Frau Anna Schmidt');
    expect(running).toMatch(/Seite .*PAGE.* von .*NUMPAGES/s);
    expect(first).not.toContain('PAGE');
    for (const type of ['first', 'default']) {
      const footer = parts[`word/${target(reference(type, 'footer'))}`] as string;
      for (const line of example.layout.footer) expect(footer).toContain(line);
    }
  });

  it('keeps the closing, place and date and the signers together, with room for the signature', () => {
    const all = paragraphs(body);
    const date = all.findIndex((paragraph) => paragraph.text === 'Köln, 30.06.2026');
    expect(all[date - 1]?.text).toMatch(/^Das Arbeitsverhältnis endet/);
    for (const paragraph of all.slice(date - 1, date + 3)) expect(paragraph.xml).toContain('<w:keepNext/>');
    const space = mmToTwips(example.layout.signature.space);
    expect(all[date + 1]?.xml).toContain(`w:before="${space}"`);
    expect(all[date + 2]?.text).toBe('Peter Meier');
    expect(all[date + 3]?.text).toBe('Geschäftsführer');
  });

  it('embeds the SVG logo with its PNG fallback', () => {
    expect(partsOf(/^word\/media\//).map((name) => name.split('.').pop())).toEqual(['png', 'svg']);
  });
});

describe('renderDocx with hostile text', () => {
  const hostile = 'O\'Brien <w:p>&amp; "X" ]]></w:t>';
  it('escapes markup in names, activities and signers, and reads it back unchanged', async () => {
    const { document, layout, logo } = loadExample((input) => ({
      ...input,
      employee: { ...(input.employee as object), lastName: hostile },
      employer: { ...(input.employer as object), name: `Müller & <Söhne> "GmbH"` },
      activities: [`Tabelle <w:tbl> & ]]> "Zitat" 'x'`],
      signatures: [{ name: `Dr. ${hostile}`, function: 'Leitung Recht & <Personal>' }],
    }));
    const parts = readDocx(await renderDocx({ document, layout, assets: { 'rheinfracht-logo.svg': logo } }));
    for (const [name, xml] of Object.entries(parts))
      if (name.endsWith('.xml')) expect(isWellFormedXml(xml), name).toBe(true);
    const texts = paragraphs(parts['word/document.xml'] as string).map((paragraph) => paragraph.text);
    expect(texts).toContain(`Tabelle <w:tbl> & ]]> "Zitat" 'x'`);
    expect(texts).toContain(`Dr. ${hostile}`);
    expect(texts).toContain('Leitung Recht & <Personal>');
    expect(texts.some((text) => text.includes(`Frau Anna ${hostile}`))).toBe(true);
    expect(parts['word/document.xml']).not.toContain('<w:tbl>');
    expect(parts['docProps/core.xml']).toContain(
      '<dc:creator>Müller &amp; &lt;Söhne&gt; &quot;GmbH&quot;</dc:creator>',
    );
  });

  it('turns control characters, which XML cannot hold, into spaces', async () => {
    const { document } = loadExample((input) => ({ ...input, activities: ['Eins\u0001zwei\u000bdrei'] }));
    const parts = readDocx(await renderDocx({ document }));
    expect(isWellFormedXml(parts['word/document.xml'] as string)).toBe(true);
    expect(isWellFormedXml('<w:p><w:t>a & b</w:t></w:p>')).toBe(false); // the check itself bites
    expect(paragraphs(parts['word/document.xml'] as string).map((paragraph) => paragraph.text)).toContain(
      'Eins zwei drei',
    );
  });
});

describe('renderDocx output is deterministic', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = zone;
  });

  it('gives byte-identical files for equal input, whatever the time zone, dated on the issue date', async () => {
    const { document, layout, logo } = loadExample();
    const assets = { 'rheinfracht-logo.svg': logo };
    const first = await renderDocx({ document, layout, assets });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-01-01T23:59:59Z'));
    process.env.TZ = 'Pacific/Kiritimati';
    const second = await renderDocx({ document, layout, assets });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(new Set(zipEntryDates(first))).toEqual(new Set(['2026-06-30 12:00']));
    expect(readDocx(first)['docProps/core.xml']).toMatch(
      /<dcterms:created [^>]*>2026-06-30T00:00:00Z<.*<dcterms:modified [^>]*>2026-06-30T00:00:00Z</,
    );
  });
});
