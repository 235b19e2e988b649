// Code-split areas bring their own catalogue as an i18next namespace, loaded with the area.
// Each area declares its namespace's shape by augmenting this interface, so t() checks its keys.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AreaCatalogues {}
