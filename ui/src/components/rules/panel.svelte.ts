// Whether the rules panel is open: the settings menu opens it, the inbox shows it.
export const rulesPanel = $state({ open: false });
