/**
 * tightrope's internal unit system. Every core function takes and returns numbers in these units.
 * They are chosen so that the membrane equation needs no conversion factors:
 * C dV/dt [pF·mV/ms = pA] = g [nS] · (E − V) [mV]  →  nS·mV = pA, and pF/nS = ms.
 * Rates are in Hz (spikes per second): multiply by 1e-3 to get spikes per ms.
 */
export const UNITS = {
  time: "ms",
  voltage: "mV",
  conductance: "nS",
  capacitance: "pF",
  current: "pA",
  rate: "Hz",
  resistance: "Mohm",
  charge: "fC",
} as const;
