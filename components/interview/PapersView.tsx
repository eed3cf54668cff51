import { patchItem, updatePrep } from '../../core/interview/prep-record';
import type { CaseTask, InterviewPrep, Practicalities } from '../../core/interview/types';
import { t } from '../i18n';
import { attempt, saveError } from './actions';
import { AddByName } from './AddByName';
import { SafeLink } from './SafeLink';
import { SavedText } from './SavedText';
import { useInterview } from './use-interview';
import './interview.css';

type Change = (fn: (p: InterviewPrep) => InterviewPrep) => void;

function PracticalSection({ practical, change }: { practical: Practicalities; change: Change }) {
  const set = (patch: Partial<Practicalities>) => change((p) => ({ ...p, practical: { ...p.practical, ...patch } }));
  const setTask = (patch: Partial<CaseTask>) => change((p) => ({ ...p, practical: { ...p.practical, task: { ...p.practical.task, ...patch } } }));
  return (
    <section aria-label={t('ivPracticalHeading')}>
      <h3>{t('ivPracticalHeading')}</h3>
      <SavedText label={t('ivWear')} placeholder={t('ivWearHint')} value={practical.wear} multiline onSave={(wear) => set({ wear })} />
      <SavedText label={t('ivTravel')} value={practical.travel} multiline onSave={(travel) => set({ travel })} />
      <h4>{t('ivTaskHeading')}</h4>
      <SavedText label={t('ivTaskAsked')} value={practical.task.asked} multiline onSave={(asked) => setTask({ asked })} />
      <div class="iv-grid">
        <SavedText label={t('ivTaskDue')} type="date" value={practical.task.due} onSave={(due) => setTask({ due })} />
        <SavedText label={t('ivTaskLink')} value={practical.task.link} onSave={(link) => setTask({ link })} />
      </div>
      <SafeLink value={practical.task.link} />
      <SavedText label={t('ivTaskOutline')} value={practical.task.outline} multiline onSave={(outline) => setTask({ outline })} />
    </section>
  );
}

function DocumentsSection({ prep, change }: { prep: InterviewPrep; change: Change }) {
  return (
    <section aria-label={t('ivDocumentsHeading')}>
      <h3>{t('ivDocumentsHeading')}</h3>
      <ul class="iv-checklist">
        {prep.documents.map((doc) => (
          <li key={doc.id}>
            <label>
              <input type="checkbox" checked={doc.handedIn} onChange={(e) => change((p) => ({ ...p, documents: patchItem(p.documents, doc.id, { handedIn: e.currentTarget.checked }) }))} />{' '}
              {doc.label} <span class="muted">{doc.handedIn ? t('ivHandedIn') : t('ivNotHandedIn')}</span>
            </label>{' '}
            <button type="button" class="link small" onClick={() => change((p) => ({ ...p, documents: p.documents.filter((d) => d.id !== doc.id) }))}>{t('ivRemove')}</button>
          </li>
        ))}
      </ul>
      <AddByName label={t('ivAddDocument')} button={t('ivAdd')} onAdd={(label) => change((p) => ({ ...p, documents: [...p.documents, { id: crypto.randomUUID(), label, handedIn: false }] }))} />
      <h4>{t('ivReferencesHeading')}</h4>
      <ul class="iv-cards">
        {prep.references.map((ref) => (
          <li key={ref.id} class="card">
            <div class="iv-grid">
              <SavedText label={t('ivRefName')} value={ref.name} onSave={(name) => change((p) => ({ ...p, references: patchItem(p.references, ref.id, { name }) }))} />
              <SavedText label={t('ivRefContact')} value={ref.contact} onSave={(contact) => change((p) => ({ ...p, references: patchItem(p.references, ref.id, { contact }) }))} />
              <SavedText label={t('ivRefToldOn')} type="date" value={ref.toldOn} onSave={(toldOn) => change((p) => ({ ...p, references: patchItem(p.references, ref.id, { toldOn }) }))} />
            </div>
            <button type="button" class="link small" onClick={() => change((p) => ({ ...p, references: p.references.filter((r) => r.id !== ref.id) }))}>{t('ivRemove')}</button>
          </li>
        ))}
      </ul>
      <AddByName label={t('ivAddReference')} button={t('ivAdd')} onAdd={(name) => change((p) => ({ ...p, references: [...p.references, { id: crypto.randomUUID(), name, contact: '', toldOn: '' }] }))} />
    </section>
  );
}

function FootprintSection({ prep, change }: { prep: InterviewPrep; change: Change }) {
  return (
    <section aria-label={t('ivFootprintHeading')}>
      <h3>{t('ivFootprintHeading')}</h3>
      <p class="muted">{t('ivFootprintIntro')}</p>
      <ul class="iv-cards">
        {prep.footprint.map((profile) => (
          <li key={profile.id} class="card">
            <SafeLink value={profile.url} label={profile.label || profile.url} />
            <div class="iv-grid">
              <SavedText label={t('ivProfileLabel')} value={profile.label} onSave={(label) => change((p) => ({ ...p, footprint: patchItem(p.footprint, profile.id, { label }) }))} />
              <SavedText label={t('ivProfileUrl')} value={profile.url} onSave={(url) => change((p) => ({ ...p, footprint: patchItem(p.footprint, profile.id, { url }) }))} />
              <SavedText label={t('ivCheckedOn')} type="date" value={profile.checkedOn} onSave={(checkedOn) => change((p) => ({ ...p, footprint: patchItem(p.footprint, profile.id, { checkedOn }) }))} />
            </div>
            <button type="button" class="link small" onClick={() => change((p) => ({ ...p, footprint: p.footprint.filter((f) => f.id !== profile.id) }))}>{t('ivRemove')}</button>
          </li>
        ))}
      </ul>
      <AddByName label={t('ivAddProfile')} button={t('ivAdd')} onAdd={(url) => change((p) => ({ ...p, footprint: [...p.footprint, { id: crypto.randomUUID(), label: '', url, checkedOn: '' }] }))} />
    </section>
  );
}

/** Practicalities, documents and references, and the digital footprint (guide, sections 6–8). */
export function PapersView({ companyId }: { companyId: string }) {
  const data = useInterview(companyId);
  if (data.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (data.status === 'error') return <p class="status error" role="alert">{t('loadError', data.message)}</p>;
  const { prep } = data.value;
  const change: Change = (fn) => void attempt((db) => updatePrep(db, companyId, fn));
  return (
    <section class="iv" data-view="papers">
      {saveError.value && <p class="status error" role="alert">{t('prepSaveError', saveError.value)}</p>}
      <PracticalSection practical={prep.practical} change={change} />
      <DocumentsSection prep={prep} change={change} />
      <FootprintSection prep={prep} change={change} />
    </section>
  );
}
