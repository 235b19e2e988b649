/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the Sala API when the app is hosted apart from it; empty for the same origin. */
  readonly VITE_API_ORIGIN?: string;
}
