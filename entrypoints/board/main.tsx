import { mountBoard } from '../../components/board/mount';
import '../../components/styles.css';

// The full board: every view has a URL (`board.html#company=<id>&view=<view>`); Back returns to the previous one.
void mountBoard({ layout: 'wide' });
