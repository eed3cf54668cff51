import type { Clip, Company, CompanyStatus } from '../core/model';
import { ClipCard } from './ClipCard';
import { CompanyHeader } from './CompanyHeader';
import { JobAdCard, type CorrectableField } from './JobAdCard';
import { ShowMore } from './ShowMore';

/** Clips shown at first, and added by each "show more". */
export const CLIP_PAGE = 25;

interface Props {
  company: Company;
  others: Company[];
  /** The newest clips: a page of them, not necessarily all. */
  clips: Clip[];
  /** Every job ad of the company. */
  jobAds: Clip[];
  onShowMore: () => void;
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

export function CompanyView(props: Props) {
  const { company, others, clips, jobAds, onShowMore, highlightedClipId, onOpenClip, onRename, onStatus, onMerge, onCorrect, wide = false, children } = props;
  return (
    <section class="company">
      <CompanyHeader company={company} others={others} onRename={onRename} onStatus={onStatus} onMerge={onMerge} />
      {jobAds.map((clip) => (
        <JobAdCard key={clip.id} clip={clip} open={wide} onCorrect={onCorrect} />
      ))}
      {children}
      <ul class="clip-list">
        {clips.map((clip) => (
          <ClipCard key={clip.id} clip={clip} highlighted={clip.id === highlightedClipId} onOpen={onOpenClip} />
        ))}
      </ul>
      <ShowMore shown={clips.length} total={company.aggregates?.clipCount ?? clips.length} onMore={onShowMore} />
    </section>
  );
}
