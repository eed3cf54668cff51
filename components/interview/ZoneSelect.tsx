import { localZone } from '../../core/interview/rounds';
import { t } from '../i18n';

/** Every zone the browser knows (a short list where it cannot tell), the current one always among them. */
function zones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC', 'Europe/Oslo', 'Europe/Stockholm', 'Europe/London'];
  return [...new Set([current, localZone(), ...known])].sort();
}

/** The round's time zone, picked from a list: a half-typed zone name is never stored. */
export function ZoneSelect({ value, onChange }: { value: string | undefined; onChange: (zone: string) => void }) {
  const current = value ?? localZone();
  return (
    <label class="iv-field">
      <span>{t('ivTimeZone')}</span>
      <select value={current} onChange={(e) => onChange(e.currentTarget.value)}>
        {zones(current).map((zone) => (
          <option key={zone} value={zone}>{zone}</option>
        ))}
      </select>
    </label>
  );
}
