import { startPopup } from '../../components/board/popup-start';
import '../../components/styles.css';

// The dashboard: clip, this tab's company, the way to the side panel and the full board.
// Its clip button shows first; the rest follows as soon as it has loaded.
void startPopup();
