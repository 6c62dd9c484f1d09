// Replaced at bundle time would be nicer; a constant keeps start-up free of file reads.
export const VERSION = '0.1.0';
