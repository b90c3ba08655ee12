/** The sheet or Excel table to check or normalize: every sheet of the workbook and its tables, the active sheet first chosen. */
import { Field, Select } from '@fluentui/react-components';
import type { SheetInfo } from './excel/types';
import { useT } from './i18n';
import { sourceExists, tableValue } from './logic/source';

interface Props {
  sheets: SheetInfo[];
  value: string;
  onChange(name: string): void;
  /** Reload the list when the user opens it (sheets may have been added or renamed). */
  onRefresh(): void;
  disabled?: boolean;
}

export function SheetPicker({ sheets, value, onChange, onRefresh, disabled }: Props): JSX.Element {
  const t = useT();
  const names = sourceExists(value, sheets) || !value ? sheets : [{ name: value, looksLikeAppendix: false }, ...sheets];
  return (
    <Field label={t('pane.sheet.label')}>
      <Select value={value} onChange={(_e, d) => onChange(d.value)} onFocus={onRefresh} disabled={disabled || !names.length}>
        {names.flatMap((s) => [
          <option key={s.name} value={s.name}>
            {s.name}
          </option>,
          // Each Excel table on the sheet can be checked on its own, right under its sheet.
          ...(s.tables ?? []).map((table) => (
            <option key={tableValue(table)} value={tableValue(table)}>
              {t('pane.sheet.table', { table, sheet: s.name })}
            </option>
          )),
        ])}
      </Select>
    </Field>
  );
}
