/**
 * The task pane: a theme that follows Office, the language (Vietnamese first),
 * the shared sheet choice, and the tabs. Tab panels stay mounted so a result
 * survives switching tabs.
 */
import { Button, FluentProvider, makeStyles, Spinner, Tab, TabList, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../core';
import { CheckTab } from './CheckTab';
import { ErrorBoundary } from './ErrorBoundary';
import type { ExcelAdapter, SheetInfo } from './excel/types';
import { NoHostError } from './host';
import { LangContext, useLang, useT } from './i18n';
import { paneMessage, PaneError, type PaneMessage } from './logic/errors';
import { langFromDisplay, rememberedLang, rememberLang } from './logic/lang';
import { isDarkBackground } from './logic/theme';
import { MessageBox } from './MessageBox';
import { NormalizeTab } from './NormalizeTab';
import { SheetPicker } from './SheetPicker';
import { sourceExists } from './logic/source';
import { TemplateTab } from './TemplateTab';
import { RollupTab } from './RollupTab';

/** Tabs in order; "rollup" (Tổng hợp) is the fourth, added with issue 7. */
export type TabId = 'check' | 'normalize' | 'template' | 'rollup';
export const TABS: TabId[] = ['check', 'normalize', 'template', 'rollup'];

const useStyles = makeStyles({
  root: { minHeight: '100vh', minWidth: '300px', boxSizing: 'border-box', background: tokens.colorNeutralBackground1 },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '10px 12px 0 12px', gap: '8px' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  tabs: { padding: '0 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { padding: '12px' },
  center: { padding: '24px 12px' },
});

interface Props {
  adapterPromise: Promise<ExcelAdapter>;
  officeBackground?: string;
}

export function App({ adapterPromise, officeBackground }: Props): JSX.Element {
  const [adapter, setAdapter] = useState<ExcelAdapter | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [lang, setLang] = useState<Lang>('vi');
  useEffect(() => {
    adapterPromise.then(
      (a) => {
        setLang(rememberedLang() ?? langFromDisplay(safe(() => a.displayLanguage(), 'vi')));
        setAdapter(a);
      },
      (e) => setFailure(e instanceof NoHostError ? new PaneError('noHost') : e),
    );
  }, [adapterPromise]);
  const theme = isDarkBackground(officeBackground) ? webDarkTheme : webLightTheme;
  useEffect(() => {
    // The page around the pane takes the theme's background too: no white frame in dark mode.
    document.body.style.margin = '0';
    document.body.style.background = theme.colorNeutralBackground1;
  }, [theme]);
  const s = useStyles();
  return (
    <FluentProvider theme={theme} lang={lang === 'vi' ? 'vi-VN' : 'en'}>
      <LangContext.Provider value={lang}>
        <div className={s.root}>
          <ErrorBoundary lang={lang}>
            <Header
              lang={lang}
              onLang={(l) => {
                setLang(l);
                rememberLang(l);
              }}
            />
            {adapter ? (
              <Pane adapter={adapter} />
            ) : failure ? (
              <div className={s.panel}>
                <MessageBox message={paneMessage(failure, lang)} />
              </div>
            ) : (
              <div className={s.center}>
                <Spinner label={<LoadingLabel />} />
              </div>
            )}
          </ErrorBoundary>
        </div>
      </LangContext.Provider>
    </FluentProvider>
  );
}

function LoadingLabel(): JSX.Element {
  return <>{useT()('pane.loading')}</>;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

function Header({ lang, onLang }: { lang: Lang; onLang(l: Lang): void }): JSX.Element {
  const t = useT();
  const s = useStyles();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <header className={s.header}>
      <h1 className={s.title}>{t('pane.title')}</h1>
      <Button size="small" appearance="subtle" onClick={() => onLang(other)} aria-label={t('pane.lang.switch')} lang={other === 'vi' ? 'vi' : 'en'}>
        {t(`pane.lang.${other}`)}
      </Button>
    </header>
  );
}

function Pane({ adapter }: { adapter: ExcelAdapter }): JSX.Element {
  const t = useT();
  const s = useStyles();
  const [tab, setTab] = useState<TabId>('check');
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [sheet, setSheet] = useState('');
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const lang = useLang();

  const refresh = useCallback(
    async (pickActive: boolean) => {
      try {
        const [list, active] = await Promise.all([adapter.listSheets(), pickActive ? adapter.activeSheetName() : Promise.resolve('')]);
        setSheets(list);
        setSheet((cur) => (pickActive && active ? active : cur && sourceExists(cur, list) ? cur : (list[0]?.name ?? '')));
        setMessage(null);
      } catch (e) {
        setMessage(paneMessage(e, lang));
      }
    },
    [adapter, lang],
  );
  useEffect(() => {
    void refresh(true);
  }, [adapter]); // eslint-disable-line react-hooks/exhaustive-deps

  const picker = useMemo(
    () => <SheetPicker sheets={sheets} value={sheet} onChange={setSheet} onRefresh={() => void refresh(false)} />,
    [sheets, sheet, refresh],
  );
  return (
    <>
      <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabId)} size="small" aria-label={t('pane.tabs')}>
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {t(`pane.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      {message && (
        <div className={s.panel}>
          <MessageBox message={message} />
        </div>
      )}
      <div className={s.panel} role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={tab !== 'check'}>
        <CheckTab adapter={adapter} sheet={sheet} picker={picker} />
      </div>
      <div className={s.panel} role="tabpanel" id="panel-normalize" aria-labelledby="tab-normalize" hidden={tab !== 'normalize'}>
        <NormalizeTab adapter={adapter} sheet={sheet} picker={picker} />
      </div>
      <div className={s.panel} role="tabpanel" id="panel-template" aria-labelledby="tab-template" hidden={tab !== 'template'}>
        <TemplateTab adapter={adapter} />
      </div>
      <div className={s.panel} role="tabpanel" id="panel-rollup" aria-labelledby="tab-rollup" hidden={tab !== 'rollup'}>
        <RollupTab adapter={adapter} />
      </div>
    </>
  );
}
