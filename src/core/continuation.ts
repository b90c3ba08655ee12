/**
 * Is a row the rest of the row above (a page break, or a printed line of its own), or a row of
 * its own? Read from how its cells open and how the cells above end.
 */
import { WORK_COLUMN, type ColumnKey, type Layout } from './glossary';
import type { Item } from './model';
import { anyLabel, stripLabel } from './labels';

export const STARTS_LOWER = /^\p{Ll}/u;
/** "Ủy ban nhân dân tỉnh…" going on a cell cut at "… của": a proper noun's capital; "80% trở lên" after "… đạt từ": a number. */
export function opensAfterCut(t: string): boolean {
  return /^[\p{Lu}\d]/u.test(t);
}
const UNFINISHED_CELLS = ['product', 'lead', 'partners', 'deadline', 'monitor'] as const;
/** Words a sentence cannot end on ("… của", "… theo", "… và"). */
const CUT_WORDS = 'và|của|các|về|trong|theo|cho|với|để|tại|đến|từ';
/** "… và trên" (waiting for "Cổng …"), not "… cấp trên", "… như trên", "… nêu trên", "… các nhiệm vụ (hoạt động, mục tiêu) trên". */
const ON_TREN_SOURCE = '(?<!\\s(cấp|như|nêu|nói|ở|kể|phía|bên|vụ|động|tiêu))\\strên';
/** A cell cut off mid-phrase: a slash, comma, dash or bracket last, or a word that needs the next one. */
const UNFINISHED = new RegExp(`([/,(–:-]|(?<!\\stiếp)\\s(${CUT_WORDS}|giai đoạn|đạt|tối thiểu|là)|${ON_TREN_SOURCE})$`);
// ("… các năm tiếp theo" ends its sentence.)
const NEEDS_NEXT_WORD = new RegExp(`((?<!\\stiếp)\\s(${CUT_WORDS}|những|được)|[/,(–:-])$`, 'u');
/**
 * A cell ending on a word or a mark that cannot end a sentence ("… của", "… và", "… ,"): surely cut. Stricter than
 * endsUnfinished, which also counts words a whole cell may end on ("… hằng năm và giai đoạn", "… đạt").
 */
export function needsNextWord(t: string): boolean {
  return NEEDS_NEXT_WORD.test(t);
}

/** A goal (or, beside activities, a task) written afresh on the row, not the rest of one cut above. */
function opensOwnGoalOrTask(at: Record<ColumnKey, string>, layout: Layout): boolean {
  return (!!at.goal && !isRestOfCell(at.goal)) || (layout !== 'assignment' && !!at.task && !isRestOfCell(at.task));
}

/** A cell stopping on a capitalised word after a lower-case one ("… trên Trang", "… tại Cổng"): a name cut after its first word. */
const ON_A_NAME = /\s\p{Ll}+\s\p{Lu}\p{Ll}+$/u;

/** A cell ended on a word a whole cell may end on, going on with the number it waited for: "… đạt" / "100%", "giai đoạn" / "2026-2030". */
function goesOnWith(above: string, here: string): boolean {
  if (!here || !endsUnfinished(above)) return false;
  return /giai đoạn$/.test(above) ? /^(19|20)\d\d\b/.test(here) : /^\d/.test(here);
}

/** A list item's opening: "- …", "+ …", "• …", "a) …". */
const LIST_ITEM = /^\s*(?:[-+•–*]\s|[a-zđ]\))/u;

/** A cell cut mid-phrase: on a word that needs the next one ("… của", "… và", ","), or on "… trên" ("… và trên" / "Cổng …"). */
export function cutMidPhrase(t: string): boolean {
  return NEEDS_NEXT_WORD.test(t) || ON_TREN.test(t);
}
const ON_TREN = new RegExp(`${ON_TREN_SOURCE}$`, 'u');
/** What "… trên" waits for: a portal, a page, a system, a medium ("Cổng Dịch vụ công…", "Trang thông tin…", "Hệ thống…", "Đài Truyền thanh…"). */
const PLATFORM = /^(cổng|trang|hệ thống|cơ sở dữ liệu|phần mềm|ứng dụng|kho|môi trường|nền tảng|mạng|zalo|facebook|fanpage|đài|bảng tin|báo(?! cáo)|loa|vneid|các phương tiện|phương tiện|kênh|trạm)(?=\s|$|[,.;])/iu;

/**
 * A verb of putting something somewhere, then (a few words on) "lên", "trên", "vào": "… cập nhật đầy đủ, kịp thời vào".
 * (Not "… đạt từ 90% trở lên", "… ngày càng tăng lên": those end their sentence.)
 */
const WAITS_FOR_PLATFORM = /(?:^|\s)(?:cập nhật|đưa|đăng|tải|tích hợp|kết nối|liên thông|công khai|niêm yết|nhập|nhập liệu|lưu|lưu trữ)(?:\s[^\s.;]+){0,4}(?<!\s(?:trở|tăng|nâng|cao|đi))\s(?:lên|trên|vào)$/u;

/** "… cập nhật lên" / "Hệ thống thông tin …", "… đăng tải trên" / "Cổng …": a cell waiting for the platform the next line names. */
export function waitsForPlatform(above: string, here: string): boolean {
  // (After a verb of putting something there only: "… được nâng lên" ends its sentence.)
  return WAITS_FOR_PLATFORM.test(above) && PLATFORM.test(here);
}

/**
 * Is `above` cut before `here` (the same column on the next row): ended unfinished, or (`hard`) mid-phrase? A cell left
 * on "… trên" waits for a portal ("… hồ sơ trên" / "Cổng Dịch vụ công…"); before anything else it was whole
 * ("… các nội dung trên" / "Báo cáo …").
 */
function cutBefore(above: string, here: string, hard = false): boolean {
  if (!(hard ? cutMidPhrase(above) : endsUnfinished(above))) return false;
  return !ON_TREN.test(above) || NEEDS_NEXT_WORD.test(above) || PLATFORM.test(here);
}

/** A sentence opens with a capital, a number, a quote or a bullet ("- Rà soát…", "05 lớp…", "“Ngày pháp luật”…"). */
const OPENS = /^[\p{Lu}\d"“'(\-+•–*]/u;
/** "a) Tiếp nhận…", "b. Số hóa…": a lettered item, in lower case but no rest of a sentence. */
const LETTERED = /^\p{Ll}\s?[).]\s/u;
function opens(t: string): boolean {
  return OPENS.test(t) || LETTERED.test(t) || /^\p{Ll}\)/u.test(t);
}
/** Does a cell end cut off, waiting for its next word ("… theo Quyết định của", "Phòng Văn hóa -")? */
export function endsUnfinished(t: string): boolean {
  return UNFINISHED.test(t);
}

/** A document's number ("178/2024/NĐ-CP", "08/KH-UBND"): where a line broke after "Nghị định số"; no cell opens with one. */
const DOC_NUMBER = /^\d{1,5}\/(\d{4}\/)?\p{Lu}/u;

/** Text that goes on a sentence begun above: lower case (no lettered item), or a document's number. */
export function isRestOfCell(t: string): boolean {
  return (STARTS_LOWER.test(t) && !opens(t)) || DOC_NUMBER.test(t);
}

/**
 * Does a row without TT or label continue the row above? Only a page break splits a row;
 * without one, a row that reads as a row of its own (its work opens a sentence, with a lead or
 * a deadline) is an item. After a break, only a whole row is (work, product, lead and deadline
 * all there, each opening a sentence: TT written on goal rows only); a fragment joins. A table
 * without TTs gives no other sign, so there only a page break joins.
 */
/** Has the item its own product, lead or deadline yet (or only its work, the rest still to come)? */
function hasOwnCells(prev: Item): boolean {
  return !!(prev.product || prev.lead || prev.deadline);
}

export function continues(at: Record<ColumnKey, string>, layout: Layout, seenTT: boolean, wasBreak: boolean, prev: Item, workAbove: string, everyRowNumbered: () => boolean = () => false): boolean {
  const work = at[WORK_COLUMN[layout]];
  // Printed lines of one row ("UBND xã và tổ chức thực hiện" | "rà soát" | …): a cell that goes on
  // in lower case, or a row above left unfinished ("Tháng 6/"), says this row is the rest of it.
  if (seenTT || wasBreak) {
    const cutAbove = UNFINISHED_CELLS.some((k) => cutBefore(prev[k] ?? '', at[k])) || cutBefore(workAbove, work);
    // A row with its own product, lead and deadline, each opening afresh, is a row of its own even when its
    // work opens in lower case ("rà soát, công bố danh mục…") — unless the row above has none of them yet
    // (its first printed line: this one completes it). After a page break, only under a row that has all
    // three already: its cells cannot go on with a second lead and a second deadline.
    const ownCells = !!at.product && OPENS.test(at.product) && OPENS.test(at.lead) && OPENS.test(at.deadline);
    // (Even under a cell ending on a comma, "Các cơ quan, đơn vị,": a row above with all three, and this one's work
    // opening afresh too, is a whole row; a cut cell's rest leaves the cells that ended above empty.)
    const wholeAbove = !!prev.product && !!prev.lead && !!prev.deadline;
    if ((!cutAbove || (wholeAbove && opens(work))) && hasOwnCells(prev) && ownCells && (!wasBreak || wholeAbove)) return false;
    // A product written in lower case ("kế hoạch") on a row with its own work, lead and
    // deadline is that row's: the lead and the deadline opening afresh say it is no rest.
    const ownRow = opens(work) && OPENS.test(at.lead) && OPENS.test(at.deadline);
    if (isRestOfCell(work) || (!ownRow && (STARTS_LOWER.test(at.product) || STARTS_LOWER.test(at.lead)))) return true;
    // Printed lines as rows: the partners going on in lower case ("Văn phòng HĐND" / "và UBND") beside the goal's or
    // the task's rest, on a row with no deadline of its own, is the rest of the row above even where the work and
    // the lead go on with a name's capital ("… tại Trung tâm" / "Phục vụ hành chính công").
    // (Not with a product of its own: a new activity beside merged cells' rests.)
    if (!ownRow && !at.deadline && !at.product && isRestOfCell(at.partners) && (isRestOfCell(at.goal) || isRestOfCell(at.task))) return true;
    // Any cell of the row above cut off ("Phòng Văn hóa -", "Tháng 6/"), even when this line opens with a capital;
    // but a word a whole cell may end on ("Hằng năm, giai đoạn", "… đạt") over a row of its own cuts nothing.
    // (Not where that cell goes on with a number, "… tỷ lệ đạt" / "100% hồ sơ…", "giai đoạn" / "2026-2030".)
    const goesOnWithNumber = UNFINISHED_CELLS.some((k) => goesOnWith(prev[k] ?? '', at[k])) || goesOnWith(workAbove, work);
    // (A cell cut hard goes on in its own column: a cell left empty here holds no rest of it, "Văn phòng HĐND và UBND," / "".)
    const hardCut = UNFINISHED_CELLS.some((k) => !!at[k] && cutBefore(prev[k] ?? '', at[k], true)) || (!!work && cutBefore(workAbove, work, true));
    if (cutAbove && (!ownRow || goesOnWithNumber || hardCut)) return true;
  }
  // After a break, the rest of a row whose first page held only its work: product, lead and deadline come here.
  if (wasBreak && !hasOwnCells(prev) && !!(at.product || at.lead || at.deadline)) return true;
  // Or, away from a page break, a work and a product of its own, both opening afresh, under a row that has its
  // product: its lead and deadline merged down from the row above, as a table typed in Word merges them.
  // (Not under a labelled activity, a line without a label of its own, nor under a product left on ";" or ",": printed lines of one row.)
  const mergedDown = !wasBreak && !!at.product && OPENS.test(at.product) && !!prev.product && !/[;,]$/.test(prev.product) && !(anyLabel(workAbove) && !anyLabel(work));
  const own = opens(work) && (!!(at.lead || at.deadline) || mergedDown);
  const whole = own && OPENS.test(at.product) && OPENS.test(at.lead) && OPENS.test(at.deadline);
  // After a break, under a row with all its cells: a work of its own with two of product, lead and deadline,
  // each opening afresh, is a row of its own with a cell left out (a rest would not open three cells afresh).
  // (Not under a cell that stops on a name's first word, "… trên Trang" / "Thông tin điện tử…": a name's rest opens with its capital.)
  // (Nor in a table that numbers every row, nor under lists left on ";", "Kế hoạch kiểm tra;" / "Thông báo …".)
  // (Asked last: whether the table numbers every row is a question about the whole table.)
  const mostly =
    wasBreak && own && !!prev.product && !!prev.lead && !!prev.deadline && [at.product, at.lead, at.deadline].filter((t) => OPENS.test(t)).length >= 2 &&
    ![workAbove, prev.product, prev.lead, prev.partners].some((t) => ON_A_NAME.test(t ?? '')) &&
    !([[prev.product, at.product], [prev.lead, at.lead], [prev.partners, at.partners], [prev.deadline, at.deadline]] as const).some(([above, here]) => !!here && /;$/.test(above ?? '')) &&
    !everyRowNumbered();
  return seenTT ? (wasBreak ? !(whole || mostly) : !own) : wasBreak && !own;
}

/**
 * Is a numbered row the middle line of the item above (its TT centred)? That item has no TT and
 * ends on the row before; this row's work goes on in lower case, its goal and task too if written.
 */
const MID_LINE_CELLS: readonly ColumnKey[] = ['goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline', 'monitor'];

export function ttBelongsAbove(at: Record<ColumnKey, string>, layout: Layout, prev: Item, sheetRow: number, prevLabelled: boolean, workAbove: string): boolean {
  if (prev.tt || prev.rows[prev.rows.length - 1] !== sheetRow - 1) return false;
  const work = at[WORK_COLUMN[layout]];
  if (opensAfterBareLabel(at, layout, prev, workAbove)) return true;
  // Every cell centred: the line above held only the work's first line, this one the number and the other cells, its work cell empty.
  // (Not under a goal or task on a row of its own, with no work: this row's work was left out.)
  if (!work && !hasOwnCells(prev) && !!workAbove && at.product && !at.goal && (layout === 'assignment' || !at.task)) return true;
  // Some cell goes on in lower case (the work cell's, or another's once the work's text has ended).
  const cutAbove = UNFINISHED.test(workAbove);
  if (!cutAbove && !MID_LINE_CELLS.some((k) => isRestOfCell(at[k]))) return false;
  // Under labelled lines, a line without a label goes on even where it opens with a capital ("Chỉ số CCHC", "Internet");
  // so does a work line after one cut at "… tại" ("TTPVHCC và …").
  const goesOn = (t: string): boolean => !t || isRestOfCell(t) || (prevLabelled && anyLabel(t) === null);
  return (goesOn(work) || (cutAbove && anyLabel(work) === null)) && goesOn(at.goal) && (layout === 'assignment' || goesOn(at.task));
}

/**
 * After a page break, a numbered row whose work goes on in lower case, under an item without a TT
 * that has only its work yet: the TT was printed on the row's second page, beside the rest.
 */
export function ttAfterBreak(at: Record<ColumnKey, string>, layout: Layout, prev: Item, workAbove: string): boolean {
  if (prev.tt || prev.deadline) return false;
  const work = at[WORK_COLUMN[layout]];
  if (opensAfterBareLabel(at, layout, prev, workAbove)) return true;
  // Its work goes on in lower case, and so does every cell the first page began ("Văn phòng HĐND" / "và UBND"),
  // or that cell was cut off there ("Kế hoạch rà soát,"): the row printed over the break, its number on this page.
  if (work) {
    if (!isRestOfCell(work)) return false;
    if (!hasOwnCells(prev)) return true;
    // (Not a numbered row with a goal or task of its own, nor one under an assignment's sub-task "- …".)
    if (opensOwnGoalOrTask(at, layout) || (layout === 'assignment' && LIST_ITEM.test(workAbove))) return false;
    // (A goal or task of its own in lower case, with a lead of its own where the row above has none: a whole row.)
    if ((at.goal || (layout !== 'assignment' && at.task)) && at.lead && !prev.lead && !isRestOfCell(at.lead)) return false;
    return (['product', 'lead', 'partners', 'monitor'] as const).every((k) => !prev[k] || !at[k] || isRestOfCell(at[k]) || endsUnfinished(prev[k]!));
  }
  if (prev.lead) return false;
  // Or the work all on the first page, the rest of the row on this one: its work cell empty, its product
  // there (or the product's rest, where its first words made the first page).
  // (Not under a goal or task on a row of its own: that has no work, and this row's was left out; nor under a sub-task.)
  if (opensOwnGoalOrTask(at, layout) || !workAbove || (layout === 'assignment' && LIST_ITEM.test(workAbove))) return false;
  // The product on the first page too, this page the rest of the row (its lead, its deadline); or the product's rest.
  if (prev.product) return at.product ? isRestOfCell(at.product) : !!(at.lead || at.deadline);
  return !!at.product;
}

/**
 * "Hoạt động 2:" alone at a page's foot (or on the line above), the work's text with the TT and the other cells
 * on the next row, unlabelled: that label opens this row.
 */
function opensAfterBareLabel(at: Record<ColumnKey, string>, layout: Layout, prev: Item, workAbove: string): boolean {
  const work = at[WORK_COLUMN[layout]];
  if (!work || hasOwnCells(prev) || anyLabel(work) !== null || anyLabel(workAbove) === null || opensOwnGoalOrTask(at, layout)) return false;
  return stripLabel(workAbove).replace(/[\s:.)\-–]/g, '') === '';
}
