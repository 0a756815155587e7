/** Longest text a learner may submit (a press statement rarely exceeds 2,000 characters). */
export const MAX_TEXT_LENGTH = 5000;
