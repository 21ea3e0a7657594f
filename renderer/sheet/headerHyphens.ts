/**
 * Column headings break only between words or at a German hyphenation point: at 1366 px the
 * portfolio's columns are narrower than "Eintritte" or "Finanzierung", and the grid's own rule
 * (overflow-wrap: break-word) cut them anywhere ("Eintritt|e"). `hyphens: auto` needs a
 * hyphenation dictionary Chromium does not ship everywhere, so the long words of the headings
 * get soft hyphens here, for the heading shown only (the column's name stays plain for editors,
 * Excel and screen readers' labels). Points as the Duden divides (Ein-trit-te, Fi-nan-zie-rung).
 */

const SHY = '\u00AD';

/** Each word with '-' where it may be divided. */
const DIVIDED = [
  'Ab-wei-chung',
  'ak-tu-el-ler',
  'An-ga-be',
  'An-teil',
  'Ar-beits-markt-dienst-leis-tun-gen',
  'Aus-las-tung',
  'Aus-rei-ßer',
  'au-ßer-halb',
  'Be-ginn',
  'Be-mer-kung',
  'Be-rech-nung',
  'Be-rufs-be-reich',
  'Be-trag',
  'Be-zeich-nung',
  'Bil-dungs-ziel',
  'Dritt-mit-tel',
  'Eck-wert',
  'ein-ge-gan-gen',
  'Ein-glie-de-rungs-mit-tel',
  'Ein-trit-te',
  'Ein-tritt',
  'Er-reicht',
  'Fi-nan-zie-rung',
  'För-der-ka-te-go-rie',
  'Funk-ti-on',
  'Glo-bal-bud-get',
  'Haus-halt',
  'Hin-weis',
  'In-halt',
  'In-stru-ment',
  'In-te-gra-ti-ons-pro-zess',
  'Job-cen-ter',
  'Kenn-zahl',
  'Kenn-zah-len',
  'Kos-ten',
  'Kun-den-grup-pe',
  'Kun-den-grup-pen',
  'Lauf-zeit',
  'Maß-nah-me',
  'Maß-nah-men',
  'Mel-dung',
  'Mit-tel',
  'Mit-tel-an-satz',
  'Mit-tel-ein-satz',
  'nach-richt-lich',
  'Neu-fäl-le',
  'Par-tei',
  'Po-si-ti-on',
  'Pro-gramm',
  'Pro-jekt',
  'Quo-te',
  'Schät-zung',
  'Seg-ment',
  'Seg-ment-na-me',
  'Stel-le',
  'Um-schich-tung',
  'Um-schich-tungs-quo-te',
  'Va-ri-an-te',
  'Ver-än-de-rung',
  'Ver-änd',
  'Ver-pflich-tung',
  'Ver-pflich-tun-gen',
  'ver-tre-ten',
  'ver-wen-det',
  'Ver-wal-tungs-kos-ten',
  'Vor-jahr',
  'Zeit-raum',
  'Ziel-grup-pe',
  'Ziel-grup-pen',
  'Zu-wei-sung',
  'Än-de-rung',
  'Be-treu-ungs-schlüs-sel',
  'In-te-gra-ti-ons-fach-kräf-te',
  'Fach-kräf-te',
  'Bil-dungs-gut-schei-ne',
  'Bil-dungs-gut-schein',
  'Vor-bin-dungs-quo-te',
  'Kon-takt-dich-te',
  'Ge-sprä-che',
  'Kun-den',
  'Kun-den-be-stand',
  'Er-mäch-ti-gung',
  'Ver-pflich-tungs-er-mäch-ti-gung',
  'Per-so-nal',
  'Plan-stel-len',
  'Ein-glie-de-rungs-leis-tun-gen',
  'Ver-wal-tungs-kos-ten-bud-get',
  'Zu-wei-sun-gen',
  'Er-geb-nis',
  'Plät-ze',
  'Ab-schluss',
  'Ab-schlüs-se',
  'Quo-te',
  'Be-ra-tung',
  'Teil-neh-men-de',
  'Teil-neh-mer',
  'Kos-ten-satz',
  'Ein-zel-kos-ten',
  'Ge-samt-kos-ten',
  'In-te-gra-ti-o-nen',
  'In-te-gra-ti-ons-quo-te',
  'Zu-gän-ge',
  'Ab-gän-ge',
  'Be-stand',
  'Ge-samt',
  'Be-trach-tung',
  'ver-füg-ba-ren',
  'ver-füg-ba-res',
  'Sum-me',
  'Ein-glie-de-rungs-ti-tel',
  'Ver-gleich',
  'Er-wach-se-ne',
  'Ju-gend-li-che',
  'Al-lein-er-zie-hen-de',
  'Lang-zeit-ar-beits-lo-se',
  'Be-zie-her',
  'Ziel-wert',
  'Schwer-punkt',
  'Hand-lungs-schwer-punkt',
  'Aus-ga-be-rest',
  'Aus-ga-be-res-te',
];

/** Lower-cased word → the offsets inside it where it may be divided. */
const POINTS = new Map<string, number[]>(
  DIVIDED.map((d) => {
    const offsets: number[] = [];
    let at = 0;
    for (const part of d.split('-').slice(0, -1)) offsets.push((at += part.length));
    return [d.replaceAll('-', '').toLocaleLowerCase('de-DE'), offsets];
  }),
);

function divide(word: string): string {
  const offsets = POINTS.get(word.toLocaleLowerCase('de-DE'));
  if (!offsets) return word;
  let out = '';
  let from = 0;
  for (const o of offsets) {
    out += word.slice(from, o) + SHY;
    from = o;
  }
  return out + word.slice(from);
}

/** The heading as shown: its long words with soft hyphens where German divides them. */
export function hyphenateHeader(text: string): string {
  return text.replace(/\p{L}+/gu, divide);
}
