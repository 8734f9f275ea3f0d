/**
 * A sum or difference of figures with the float error taken off: 0.1 + 0.2 is 0.30000000000000004,
 * 3.5 × 10000 is 35000.000000000004. Figures have at most a few decimals, so six are plenty.
 */
export const roundFigure = (n: number) => Math.round(n * 1e6) / 1e6;
