import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The five real reports of shared/corpus, by who and when. */
export const FIXTURES = {
  amengTownship2017: '000_544e1c0e224b6e3c.txt',
  changleTownship2023: '001_e380e0b0efcc701e.txt',
  meiCounty2017: '002_9f8ba8a52f8e1857.txt',
  dayaoCounty2021: '003_fb311b6457e94098.txt',
  xianTownship2017: '004_6a971dc4e91cbf29.txt',
} as const;

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

