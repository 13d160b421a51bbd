import { hostSupportsBuild, UNSUPPORTED_MESSAGE } from '../office/requirements.js';

/**
 * Checked at start-up so an old Excel says why it cannot build before the user fills in anything, rather than after
 * clicking Build. The renderer's own check and words, so the two never disagree.
 * @example unsupportedMessage() // null in Microsoft 365
 */
export const unsupportedMessage = (): string | null => (hostSupportsBuild() ? null : UNSUPPORTED_MESSAGE);
