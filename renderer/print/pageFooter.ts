/**
 * The page footer of the pack as a CSS paged-media margin box: the plan's name on the left,
 * "Seite x von y" on the right. Chromium (browser print dialog, Electron printToPDF, headless
 * page.pdf) draws margin boxes on every page of either orientation.
 */

/** A CSS string literal for `content:` (quotes and backslashes escaped, line breaks as spaces). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\u2028\u2029]+/g, ' ')}"`;
}

export function footerCss(footerText: string): string {
  const font = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color: #000;";
  const box = `${font} vertical-align: top; padding-top: 3mm;`;
  return `@page {
  @bottom-left { content: ${cssString(footerText)}; ${box} }
  @bottom-right { content: "Seite " counter(page) " von " counter(pages); ${box} }
}`;
}
