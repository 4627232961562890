// One symbol per progress status, distinct in shape (not only in colour),
// shared by the badge and the overview's picture.
import type { ProgressStatus } from '@sdd/shared-types';

export const PROGRESS_SYMBOL: Record<ProgressStatus, string> = {
  'on-track': '✔',
  'moderate-progress': '➚',
  'insufficient-progress': '➙',
  'moving-away': '✖',
  'not-enough-data': '…',
  'not-assessed': '–',
};
