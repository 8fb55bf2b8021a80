// The font table names the layout's font with the metric-compatible font Windows has (altName) and
// the same PANOSE class, so Word on a machine without Liberation or Carlito substitutes Arial, Times
// New Roman or Calibri and keeps the line breaks; LibreOffice maps these names by itself.
import type { CertificateLayout } from '@zeugnisdesk/shared';

type FontFamily = CertificateLayout['font']['family'];

const fonts: Record<FontFamily, { altName: string; panose: string; family: 'swiss' | 'roman' }> = {
  'Liberation Sans': { altName: 'Arial', panose: '020B0604020202020204', family: 'swiss' },
  'Liberation Serif': { altName: 'Times New Roman', panose: '02020603050405020304', family: 'roman' },
  Carlito: { altName: 'Calibri', panose: '020F0502020204030204', family: 'swiss' },
};

export function fontTableXml(family: FontFamily): string {
  const font = fonts[family];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:font w:name="${family}"><w:altName w:val="${font.altName}"/><w:panose1 w:val="${font.panose}"/>` +
    `<w:charset w:val="00"/><w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>` +
    '</w:fonts>'
  );
}
