import { fold, titleCase } from './text';

/**
 * "... của Ủy ban nhân dân xã Bình Lư)", "của UBND xã Sĩ Lữ Lâu", "UBND PHƯỜNG TÂN PHONG",
 * "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH XÃ BÌNH LƯ GIAI ĐOẠN 2026-2030", "… GIAI ĐOẠN 2026 - 2030 CỦA XÃ SƠN VĨ".
 * Matched on a folded copy of the same length, then cut from the text as written.
 */
const COMMUNE = /(?:uy ban nhan dan|ubnd|hdnd|hoi dong nhan dan|(?:cai cach hanh chinh|cchc)(?: nha nuoc)?(?: nam \d{4})?(?: ?[-–])?(?: cua)?|(?:giai doan|nam) \d{4}(?: ?- ?\d{4})? cua)\s+(xa|phuong|thi tran|dac khu)\s+(.+)/;
/**
 * What follows the name, matched with diacritics so "xã Tân Nam" and "xã An Tịnh"
 * keep their last word ("năm 2026", "tỉnh Lâm Đồng", "về cải cách…", "ban hành…" end the
 * name; "nam 2026" typed without diacritics does too).
 */
const NAME_END = /\s*(?:[(),;:\n]|\s(?:năm|giai đoạn|về việc|về|v\/v|ngày|tỉnh|huyện|thành phố|tp\.?|thực hiện|ban hành|triển khai|trên địa bàn|nhiệm kỳ|độc lập|cộng hòa|cộng hoà|kèm theo|cải cách|kế hoạch|chương trình)(?=[\s.,;:]|$)|\snam\s+\d|\s(?:19|20)\d\d\b|\s\d+\s*\/).*$/u;

/** Fold a string without changing its length, so indexes map back to the original. */
function foldSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/, 'd').toLowerCase();
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

/** "… trên địa bàn xã Ea Súp giai đoạn …": asked only when no line names the commune's own body. */
const IN_COMMUNE = /(?:tren dia ban)\s+(xa|phuong|thi tran|dac khu)\s+(.+)/;

/**
 * The commune named in the title lines above the table, or null. Where the whole plan was extracted
 * (its body above the appendix, naming other communes it works with), the appendix's own title block
 * is asked first, then the letterhead on top, then the rest.
 */
export function communeFromTitle(lines: readonly string[], agency: readonly string[] = []): string | null {
  let appendixAt = -1;
  lines.forEach((line, i) => {
    if (APPENDIX_TITLE.test(fold(line))) appendixAt = i;
  });
  // `agency`: the letterhead's agency block read cell over cell ("ỦY BAN NHÂN DÂN" / "XÃ EA H'LEO").
  const blocks = appendixAt > 0 ? [lines.slice(appendixAt), agency, lines.slice(0, LETTERHEAD_LINES), lines] : [lines, agency];
  for (const block of blocks) {
    const found = communeInBlock(block);
    if (found) return found;
  }
  return null;
}
/** "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 02": the appendix's title line. */
const APPENDIX_TITLE = /^phu luc\b/;
/** Lines of the letterhead on top of a plan (the agency, the national motto, the number and date). */
const LETTERHEAD_LINES = 6;

function communeInBlock(lines: readonly string[]): string | null {
  // A title line wrapped by the PDF ("… của Ủy ban nhân dân" / "xã Hua Thanh)"): each line with the next.
  const pairs = lines.slice(1).map((line, i) => `${lines[i]} ${line}`);
  return communeIn(lines, COMMUNE) ?? communeIn(pairs, COMMUNE) ?? communeIn(lines, IN_COMMUNE, 4) ?? communeIn(pairs, IN_COMMUNE, 4);
}

function communeIn(lines: readonly string[], pattern: RegExp, maxWords = Infinity): string | null {
  for (const line of lines) {
    // "Ủy  ban  nhân dân": spaces doubled or non-breaking where the PDF justified the line.
    const text = line.normalize('NFC').replace(/\s+/g, ' ');
    const f = foldSameLength(text);
    const m = pattern.exec(f);
    if (!m) continue;
    const start = m.index + m[0].length - m[2].length;
    const rest = text.slice(start).toLowerCase();
    const end = rest.replace(NAME_END, '').length;
    const name = text.slice(start, start + end).trim();
    // "Phường 12": a number alone is no name without its kind.
    if (/^\d{1,3}$/.test(name)) {
      const at = f.lastIndexOf(m[1], start - 1);
      const kind = text.slice(at, at + m[1].length).toLowerCase();
      return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${name}`;
    }
    // A name is written as one, each word opening with a capital ("Ea H'Leo", "A Lưới 3"): "Ủy ban nhân dân
    // xã ban hành…", "trên địa bàn xã trong năm…" name none, and "UBND xã Ea Nam giải quyết…" ends at "Nam".
    const words = name.split(' ');
    let n = 0;
    let dashes = 0;
    while (n < words.length) {
      if (CAPITALIZED.test(words[n])) n++;
      // "thị trấn Nông trường Mộc Châu": a farm town's name keeps its lower-case "trường".
      else if (n > 0 && words[n] === 'trường' && fold(words[n - 1]) === 'nong' && n + 1 < words.length && CAPITALIZED.test(words[n + 1])) n++;
      else if (n > 0 && DASH_WORD.test(words[n])) {
        // "Xuân Hương - Đà Lạt": a ward named with its town (Lâm Đồng since 2025); "Mường Lát - Thanh Hóa" adds the province.
        let m = n + 1;
        while (m < words.length && CAPITALIZED.test(words[m])) m++;
        if (m === n + 1 || isProvince(words.slice(n + 1, m).join(' '))) break;
        n = m;
        dashes++;
      } else break;
    }
    const named = words.slice(0, n).join(' ');
    // "xã ...", "xã …………" in a blank template: no name.
    if (named && /\p{L}/u.test(named) && n - dashes <= maxWords) return titleCase(named);
  }
  return null;
}

const CAPITALIZED = /^[\p{Lu}\d]/u;
const DASH_WORD = /^[-–—]$/;

/** Provinces and cities under the centre, before and after 2025, folded: what a dash after a commune's name may add. */
const PROVINCES = new Set(
  (
    'an giang|ba ria|vung tau|bac giang|bac kan|bac lieu|bac ninh|ben tre|binh dinh|binh duong|binh phuoc|binh thuan|ca mau|can tho|cao bang|' +
    'da nang|dak lak|dak nong|dien bien|dong nai|dong thap|gia lai|ha giang|ha nam|ha noi|ha tinh|hai duong|hai phong|hau giang|hoa binh|' +
    'hung yen|khanh hoa|kien giang|kon tum|lai chau|lam dong|lang son|lao cai|long an|nam dinh|nghe an|ninh binh|ninh thuan|phu tho|phu yen|' +
    'quang binh|quang nam|quang ngai|quang ninh|quang tri|soc trang|son la|tay ninh|thai binh|thai nguyen|thanh hoa|thua thien hue|hue|' +
    'tien giang|ho chi minh|tp ho chi minh|tp. ho chi minh|thanh pho ho chi minh|tra vinh|tuyen quang|vinh long|vinh phuc|yen bai'
  ).split('|'),
);
function isProvince(name: string): boolean {
  return PROVINCES.has(fold(name).replace(/\s+/g, ' ').trim());
}

/**
 * The agency block of a letterhead, one cell over another ("ỦY BAN NHÂN DÂN" / "XÃ HÒA BÌNH",
 * the national motto beside it): each agency cell joined with the cell under it.
 */
export function letterhead(rows: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (let r = 0; r + 1 < rows.length; r++) {
    rows[r].forEach((t, c) => {
      const below = rows[r + 1][c];
      if (t && below && AGENCY.test(fold(t))) out.push(`${t} ${below}`);
    });
  }
  return out;
}
const AGENCY = /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)$/;
/** "… xã Mường Lát 2027", "Phuong_Tan_Phong": a commune's kind, a space, then its name. */
const NAMED_IN_FILE = /(?:^|[\s_.-])(xã|xa|phường|phuong|thị trấn|thi tran|đặc khu|dac khu)[\s_-]+(\S.*)$/iu;

/** A commune name from a file or sheet name: "xa-binh-lu.xlsx" → "xa-binh-lu". */
export function communeFromName(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.replace(/^.*[\\/]/, '').replace(/\.(xlsx|xlsm|xls|csv|tsv|txt)$/i, '').trim();
  // A sheet this tool or Excel named after another: "Bình Lư (chuẩn)", "Bình Lư (2)".
  const own = base.normalize('NFC').replace(/\s*\((chuẩn|chuan|normalized|\d{1,3})\)$/i, '').trim();
  // "KH CCHC xã Mường Lát 2027": the name after its kind, up to what ends a name.
  const m = NAMED_IN_FILE.exec(own);
  if (m) {
    // "xa-binh-lu", "Xa_Binh_Lu": words joined as in a web address.
    const name = m[2].replace(/[_-]+/g, ' ');
    const cut = name.slice(0, name.toLowerCase().replace(NAME_END, '').length).trim();
    // All in lower case ("xa-binh-lu"): capitalised as names are written.
    if (cut && !/^\d{1,3}$/.test(cut)) return titleCase(cut === cut.toLowerCase() ? cut.toUpperCase() : cut);
  }
  // "Sheet1", "Phụ lục 1", "PL 01", "Tổng hợp", "Mẫu trống", "Page 3": a sheet's or file's usual name, no commune's.
  if (GENERIC_NAME.test(fold(own)) || PAGE_NAME.test(fold(own)) || !/\p{L}/u.test(own)) return null;
  // "15 Gia Phú", "03_Ta Dung": a number to sort the files by, then the name.
  const named = own.replace(/^\d{1,3}[\s._-]+(?=\p{L})/u, '');
  // A commune's name is written as one: with its marks ("Bình Lư") or its capitals ("Binh Lu", "Ea H'Leo"),
  // no digits. "tpl", "out", "ke-hoach-2026" name a file, not a commune.
  if (!/[^\x00-\x7f]/.test(named) && !/^\p{Lu}[\p{L}'’]*(?:[\s_-]+\p{Lu}[\p{L}'’]*)*$/u.test(named)) return null;
  return named || base || null;
}
const PAGE_NAME = /^(page|trang|to|table|sheet)\s*\d+/;
const GENERIC_NAME = /^(sheet|trang tinh|phu luc|pl(?=[\s\d._-]*(?:[ivx]+)?[\s\d._-]*$)|bang|bieu|tong hop|mau|data|du lieu|kiem tra|ke hoach|kh|cchc|table|book|workbook|appendix)(?![a-z])/;

/** Names that differ only in case, spaces or diacritics are probably the same commune. */
export function communeKey(name: string): string {
  return fold(name).replace(/^(xa|phuong|thi tran)[\s_-]+/, '').replace(/[^a-z0-9]/g, '');
}
