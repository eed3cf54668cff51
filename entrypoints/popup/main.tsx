import { mountBoard } from '../../components/board/mount';
import { popupSurfaces } from '../../components/board/surfaces';
import '../../components/styles.css';

// The dashboard: clip, this tab's company, the way to the side panel and the full board.
void mountBoard({ layout: 'popup', followActiveTab: true, surfaces: popupSurfaces });
