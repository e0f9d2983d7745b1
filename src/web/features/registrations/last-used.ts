import type { PlaceMode } from './register-form-model.js';

const registerKey = 'svpp.registrations.lastRegister';
const placeModeKey = 'svpp.registrations.lastPlaceMode';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage full: the form just does not remember.
  }
}

/** The register the user registered in last, so the next registration starts there. */
export const lastRegister = {
  get: (): string | null => read(registerKey),
  set: (key: string): void => write(registerKey, key),
};

/** How the user gave the place last time (map point or wijk). */
export const lastPlaceMode = {
  get: (): PlaceMode | null => {
    const value = read(placeModeKey);
    return value === 'none' || value === 'wijk' || value === 'point' ? value : null;
  },
  set: (mode: PlaceMode): void => write(placeModeKey, mode),
};
