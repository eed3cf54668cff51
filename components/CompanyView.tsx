import type { Clip, Company } from '../core/model';
import { ClipCard } from './ClipCard';

interface Props {
  company: Company;
  clips: Clip[];
  highlightedClipId?: string;
  onOpenClip: (clipId: string) => void;
}

export function CompanyView({ company, clips, highlightedClipId, onOpenClip }: Props) {
  return (
    <section class="company">
      <h2>{company.name}</h2>
      <p class="meta">{company.domains.join(', ')}</p>
      <ul class="clip-list">
        {clips.map((clip) => (
          <ClipCard key={clip.id} clip={clip} highlighted={clip.id === highlightedClipId} onOpen={onOpenClip} />
        ))}
      </ul>
    </section>
  );
}
