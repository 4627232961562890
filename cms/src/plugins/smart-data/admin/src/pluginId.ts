export const PLUGIN_ID = 'smart-data';
