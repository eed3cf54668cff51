import type { Clip, Company, CompanyStatus } from '../core/model';
import { ClipCard } from './ClipCard';
import { CompanyHeader } from './CompanyHeader';
import { JobAdCard, type CorrectableField } from './JobAdCard';

interface Props {
  company: Company;
  others: Company[];
  clips: Clip[];
  highlightedClipId?: string;
  onOpenClip: (clipId: string) => void;
  onRename: (name: string) => void;
  onStatus: (status: CompanyStatus) => void;
  onMerge: (intoCompanyId: string) => void;
  onCorrect: (clipId: string, field: CorrectableField, value: string | string[] | undefined) => void;
  /** The job ad unfolded from the start (the wide board). */
  wide?: boolean;
  /** The prep board for this company, rendered between the job ad and the clips. */
  children?: preact.ComponentChildren;
}

export function CompanyView({ company, others, clips, highlightedClipId, onOpenClip, onRename, onStatus, onMerge, onCorrect, wide = false, children }: Props) {
  return (
    <section class="company">
      <CompanyHeader company={company} others={others} onRename={onRename} onStatus={onStatus} onMerge={onMerge} />
      {clips
        .filter((clip) => clip.jobAd)
        .map((clip) => (
          <JobAdCard key={clip.id} clip={clip} open={wide} onCorrect={onCorrect} />
        ))}
      {children}
      <ul class="clip-list">
        {clips.map((clip) => (
          <ClipCard key={clip.id} clip={clip} highlighted={clip.id === highlightedClipId} onOpen={onOpenClip} />
        ))}
      </ul>
    </section>
  );
}
