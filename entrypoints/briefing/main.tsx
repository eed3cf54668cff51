import { render } from 'preact';
import { BriefingScreen } from '../../components/briefing/BriefingScreen';
import '../../components/styles.css';

document.documentElement.lang = browser.i18n.getUILanguage();
// `briefing.html#company=<id>`: opened from the board, the popup or a reminder.
const companyId = new URLSearchParams(location.hash.slice(1)).get('company') ?? '';

render(<BriefingScreen companyId={companyId} />, document.getElementById('app')!);
