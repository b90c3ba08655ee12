/**
 * A tab that does one thing (Chuẩn hóa, Mẫu): what it does, in three points,
 * an optional choice, one button, a spinner while it runs and its outcome.
 */
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from './i18n';
import { MessageBox } from './MessageBox';
import type { Action } from './useAction';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center' },
  list: { margin: 0, paddingLeft: '18px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  /** Catalogue prefix: its .intro, .point1..3 and .run texts. */
  texts: 'pane.normalize' | 'pane.template';
  action: Action;
  onRun(): void;
  disabled?: boolean;
  /** Shown between the points and the button (the sheet picker). */
  children?: ReactNode;
}

export function ActionPanel({ texts, action, onRun, disabled, children }: Props): JSX.Element {
  const t = useT();
  const s = useStyles();
  return (
    <div className={s.col}>
      <Text>{t(`${texts}.intro`)}</Text>
      <ul className={s.list}>
        <li>{t(`${texts}.point1`)}</li>
        <li>{t(`${texts}.point2`)}</li>
        <li>{t(`${texts}.point3`)}</li>
      </ul>
      {children}
      <div className={s.row}>
        <Button appearance="primary" onClick={onRun} disabledFocusable={action.busy || disabled}>
          {t(`${texts}.run`)}
        </Button>
        {action.busy && <Spinner size="tiny" label={t('pane.busy')} />}
      </div>
      <MessageBox message={action.message} />
    </div>
  );
}
