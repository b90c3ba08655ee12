/** The sheet to check or normalize: every sheet of the workbook, the active one first chosen. */
import { Field, Select } from '@fluentui/react-components';
import type { SheetInfo } from './excel/types';
import { useT } from './i18n';

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
  const names = sheets.some((s) => s.name === value) || !value ? sheets : [{ name: value, looksLikeAppendix: false }, ...sheets];
  return (
    <Field label={t('pane.sheet.label')}>
      <Select value={value} onChange={(_e, d) => onChange(d.value)} onFocus={onRefresh} disabled={disabled || !names.length}>
        {names.map((s) => (
          <option key={s.name} value={s.name}>
            {s.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
