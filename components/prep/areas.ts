import type { ImprovementArea } from '../../core/model';
import type { MessageKey } from '../i18n';

export const AREA_LABEL: Record<ImprovementArea, MessageKey> = {
  digital: 'prepAreaDigital',
  customer: 'prepAreaCustomer',
  product: 'prepAreaProduct',
  other: 'prepAreaOther',
};
