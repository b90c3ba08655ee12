/** Mẫu: insert a blank standard appendix sheet whose summary block counts with the CCHC functions. */
import { ActionPanel } from './ActionPanel';
import type { ExcelAdapter } from './excel/types';
import { useLang, useT } from './i18n';
import { templateLayout } from './logic/template';
import { useAction } from './useAction';

export function TemplateTab({ adapter }: { adapter: ExcelAdapter }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const action = useAction(lang);
  const run = (): void => {
    void action.run(async () => {
      const layout = templateLayout();
      const written = await adapter.writeTable(layout.table);
      return { intent: 'success', title: t('pane.template.done', { sheet: written }), body: t('pane.template.doneBody', { row: layout.summaryRow }) };
    });
  };
  return <ActionPanel texts="pane.template" action={action} onRun={run} />;
}
