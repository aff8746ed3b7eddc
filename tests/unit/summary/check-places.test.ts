// The background answers the popup's checkPlaces: one answer per query, in order, whatever the page sent.
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../utils/background/handlers';
import { createWordService } from '../../../utils/background/word-service';
import { BUNDLED_DATA } from '../../../utils/core/bundled-data';
import type { StorageOwner } from '../../../utils/storage/owner';
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';
import { backgroundEngine } from '../../helpers/engine';

function checkPlacesWith(load: () => Promise<ReturnType<typeof loadNodeDictionary>>, queries: unknown): Promise<unknown> {
  const { engine, entries } = backgroundEngine();
  const words = createWordService(engine, load, () => {}, entries);
  const handlers = backgroundHandlers(BUNDLED_DATA.pinyin, {} as StorageOwner, words, async () => false);
  return Promise.resolve(handlers.checkPlaces({ queries } as never));
}

describe('checkPlaces in the background', () => {
  it('answers each query in order: a name, a common word, the tail of a longer word, unknown, malformed', async () => {
    const queries = [
      { name: '湘潭市', before: '落在' },
      { name: '全市', before: '' },
      { name: '然保护区', before: '家级自' },
      { name: '白关镇', before: '并在' },
      { name: 42, before: '' },
      { name: '湘潭市', before: 'a long context that no query from facts.ts has' },
    ];
    expect(await checkPlacesWith(async () => loadNodeDictionary(), queries)).toEqual([true, false, false, null, null, null]);
  });

  it('answers null to each when the dictionary cannot be read, and [] to what is not a list', async () => {
    expect(await checkPlacesWith(async () => Promise.reject(new Error('no file')), [{ name: '湘潭市', before: '' }])).toEqual([null]);
    expect(await checkPlacesWith(async () => loadNodeDictionary(), 'garbage')).toEqual([]);
  });
});
