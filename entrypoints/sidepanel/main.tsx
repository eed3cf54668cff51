import { followActiveTab } from '../../components/board/follow-tab';
import { mountBoard } from '../../components/board/mount';
import '../../components/styles.css';

// The board beside the page: it shows the company of the tab the user is looking at, and follows tab switches.
void mountBoard({ layout: 'panel', followActiveTab: true }).then(followActiveTab);
