import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useEngine } from '@/hooks/use-engine';
import type { Engine } from '@/utils/core/engine';
import { hasHan } from '@/utils/core/text/han';
import { wordPieces, type TextPiece } from '@/utils/core/text/word-pieces';
import { t } from '@/utils/i18n';
import { sendToBackground } from '@/utils/messaging';
import { ShadowCards, type ShownCard } from '../card/ShadowCards';
import { cardWord } from '../card/card-word';

/** Words worth trying, reachable with Tab: a title read zhǎng and 调 read diào (and every policy term). */
const FEATURED = new Set(['市长', '引调水']);

/** Words, whole policy terms and the text between them, so that the paragraph reads exactly as it is. */
function pieces(engine: Engine, text: string): TextPiece[] {
  return wordPieces(text, engine.reader.segmentWords(text), engine.glossary.find(text), hasHan);
}

/** Where a piece's first Han character is: a term may open with a quote mark (“三个年”活动). */
const firstHan = (part: TextPiece) => part.start + Math.max(0, part.text.search(/\p{Script=Han}/u));

/** The card ZhuDu would show for the word at `offset` of `text`. */
function cardAt(engine: Engine, text: string, offset: number): ShownCard | null {
  const word = engine.reader.readWordAt(text, offset);
  if (!word) return null;
  const hit = engine.glossary.find(text).find((h) => h.start <= offset && offset < h.end);
  const entry = hit && engine.glossary.entry(hit.entryId);
  return { word: cardWord(word), ...(entry && { term: { text: entry.term, entry } }) };
}

/**
 * The sample article, live: pointing at a word (or tabbing to a featured one) shows its card below, as
 * ZhuDu shows it on a news page, and the card is announced. The card is drawn at once from the
 * page's own reader, then completed by the background with the word's meaning (CC-CEDICT lives there).
 */
export function SampleArticle({ title, paragraphs }: { title: string; paragraphs: readonly string[] }) {
  const engine = useEngine();
  const [card, setShown] = useState<ShownCard | null>(() => cardAt(engine, paragraphs[0] ?? '', (paragraphs[0] ?? '').indexOf('市长')));
  const asked = useRef(0);
  const setCard = (local: ShownCard | null, text = '', offset = -1) => {
    const id = ++asked.current;
    setShown(local);
    if (!local || offset < 0) return;
    sendToBackground('lookUpWord', { text, offset, toneStyle: 'marks', toneSandhi: true, corrections: [] }).then(
      (lookup) => lookup && id === asked.current && setShown({ word: lookup.word, ...(lookup.term && { term: lookup.term }) }),
      () => undefined, // the local card stays
    );
  };
  useEffect(() => {
    const first = paragraphs[0] ?? '';
    setCard(card, first, first.indexOf('市长'));
  }, []);
  const split = useMemo(() => paragraphs.map((text) => pieces(engine, text)), [paragraphs]);
  // Policy terms, marked whole, are reachable with Tab too.
  const featured = (part: TextPiece) => part.term || FEATURED.has(part.text);
  return (
    <div class="sample">
      <article class="sample-article" lang="zh-CN" aria-label={t('sampleArticle')}>
        <h3>{title}</h3>
        {split.map((parts, p) => (
          <p key={p}>
            {parts.map((part) =>
              part.word ? (
                <span
                  key={part.start}
                  class={featured(part) ? 'w try' : 'w'}
                  tabIndex={featured(part) ? 0 : undefined}
                  onPointerEnter={() => setCard(cardAt(engine, paragraphs[p]!, firstHan(part)), paragraphs[p]!, firstHan(part))}
                  onFocus={() => setCard(cardAt(engine, paragraphs[p]!, firstHan(part)), paragraphs[p]!, firstHan(part))}
                >
                  {part.text}
                </span>
              ) : (
                part.text
              ),
            )}
          </p>
        ))}
      </article>
      <div class="sample-card" aria-live="polite" data-testid="welcome-card">
        {card && <ShadowCards cards={[card]} toneColors />}
      </div>
    </div>
  );
}
