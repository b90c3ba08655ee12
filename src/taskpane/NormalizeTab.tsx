/** Chuẩn hóa: write the clean standard table of a sheet to a new sheet "<tên> (chuẩn)"; the original stays as it is. */
import { normalizedTable } from '../core';
import { ActionPanel } from './ActionPanel';
import { checkSheet } from './check';
import type { ExcelAdapter } from './excel/types';
import { useLang, useT } from './i18n';
import { useAction } from './useAction';

export function NormalizeTab({ adapter, sheet, picker }: { adapter: ExcelAdapter; sheet: string; picker: JSX.Element }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const action = useAction(lang);
  const run = (): void => {
    void action.run(async () => {
      const { snapshot, analysis } = await checkSheet(adapter, sheet, lang);
      const table = normalizedTable(analysis, lang);
      const written = await adapter.writeTable({
        sheetName: t('normalize.sheetOf', { name: snapshot.name }),
        header: table.header,
        rows: table.rows,
        widths: table.widths,
        tableName: 'ChuanHoa',
        freezeHeader: true,
      });
      return {
        intent: 'success',
        title: t('pane.normalize.done', { sheet: written }),
        body: t('pane.normalize.doneBody', { n: table.rows.length, source: snapshot.name }),
      };
    });
  };
  return (
    <ActionPanel texts="pane.normalize" action={action} onRun={run} disabled={!sheet}>
      {picker}
    </ActionPanel>
  );
}
