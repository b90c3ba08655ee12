/** Mẫu: insert a blank standard appendix sheet whose summary block counts with the CCHC functions. */
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { ExcelAdapter } from './excel/types';
import { useLang, useT } from './i18n';
import { templateLayout } from './logic/template';
import { MessageBox } from './MessageBox';
import { useAction } from './useAction';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center' },
  list: { margin: 0, paddingLeft: '18px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function TemplateTab({ adapter }: { adapter: ExcelAdapter }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const action = useAction(lang);
  const run = (): void => {
    void action.run(async () => {
      const layout = templateLayout();
      const written = await adapter.writeTable(layout.table);
      return { intent: 'success', title: t('pane.template.done', { sheet: written }), body: t('pane.template.doneBody', { row: layout.summaryRow }) };
    });
  };
  return (
    <div className={s.col}>
      <Text>{t('pane.template.intro')}</Text>
      <ul className={s.list}>
        <li>{t('pane.template.point1')}</li>
        <li>{t('pane.template.point2')}</li>
        <li>{t('pane.template.point3')}</li>
      </ul>
      <div className={s.row}>
        <Button appearance="primary" onClick={run} disabledFocusable={action.busy}>
          {t('pane.template.run')}
        </Button>
        {action.busy && <Spinner size="tiny" label={t('pane.busy')} />}
      </div>
      <MessageBox message={action.message} />
    </div>
  );
}
