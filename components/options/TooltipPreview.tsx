import { useMemo } from 'preact/hooks';
import { useEngine } from '@/hooks/use-engine';
import type { Engine } from '@/utils/core/engine';
import type { Settings } from '@/utils/core/storage/settings';
import { ShadowCards, type ShownCard } from '../card/ShadowCards';
import { cardWord } from '../card/card-word';

const TERM_ID = 'xin-zhi-sheng-chan-li';

/** Cards that show what the settings change: 不断 for tone changes, 株洲市 for place names, 新质生产力 for the glossary. */
function previewCards({ reader, glossary }: Engine, settings: Settings): ShownCard[] {
  const options = { toneStyle: settings.toneStyle, toneSandhi: settings.toneSandhi };
  const cards: ShownCard[] = [];
  for (const [text, at] of [['企业不断发展', 2], ['株洲市', 0]] as const) {
    const word = reader.readWordAt(text, at, options);
    if (word) cards.push({ word: cardWord(word) });
  }
  const entry = glossary.entry(TERM_ID);
  if (settings.glossaryMarks && entry) {
    const syllables = reader.readChars(entry.term, options).map((reading) => reading.pinyin);
    cards.push({ word: { text: entry.term, syllables, kind: 'term' }, term: { text: entry.term, entry } });
  }
  return cards;
}

/** Live preview of the hover card with the current settings. */
export function TooltipPreview({ settings }: { settings: Settings }) {
  const engine = useEngine();
  const cards = useMemo(() => previewCards(engine, settings), [settings.toneStyle, settings.toneSandhi, settings.glossaryMarks]);
  return <ShadowCards cards={cards} toneColors={settings.toneColors} testId="tooltip-preview" />;
}
