/** Chuẩn hóa: write the clean standard table of a sheet to a new sheet "<tên> (chuẩn)"; the original stays as it is. */
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { normalizedTable } from '../core';
import { checkSheet } from './check';
import type { ExcelAdapter } from './excel/types';
import { useLang, useT } from './i18n';
import { MessageBox } from './MessageBox';
import { useAction } from './useAction';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center' },
  list: { margin: 0, paddingLeft: '18px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function NormalizeTab({ adapter, sheet, picker }: { adapter: ExcelAdapter; sheet: string; picker: JSX.Element }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const action = useAction(lang);
  const run = (): void => {
    void action.run(async () => {
      const { snapshot, analysis } = await checkSheet(adapter, sheet, lang);
      const table = normalizedTable(analysis, lang);
      const written = await adapter.writeTable({
        sheetName: `${snapshot.name} (chuẩn)`,
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
    <div className={s.col}>
      <Text>{t('pane.normalize.intro')}</Text>
      <ul className={s.list}>
        <li>{t('pane.normalize.point1')}</li>
        <li>{t('pane.normalize.point2')}</li>
        <li>{t('pane.normalize.point3')}</li>
      </ul>
      {picker}
      <div className={s.row}>
        <Button appearance="primary" onClick={run} disabledFocusable={action.busy || !sheet}>
          {t('pane.normalize.run')}
        </Button>
        {action.busy && <Spinner size="tiny" label={t('pane.busy')} />}
      </div>
      <MessageBox message={action.message} />
    </div>
  );
}
