import { useMemo, useState } from 'preact/hooks';
import { glossaryEntry, glossaryMatcher } from '@/utils/core/glossary';
import { readWordAt } from '@/utils/core/pinyin/readings';
import { segmentWords } from '@/utils/core/pinyin/segment';
import { hasHan } from '@/utils/core/text/han';
import { t } from '@/utils/i18n';
import { ShadowCards, type ShownCard } from '../ShadowCards';
import { tooltipWord } from '../tooltip-word';

/** Words worth trying, reachable with Tab: a title read zhǎng and 调 read diào (and every policy term). */
const FEATURED = new Set(['市长', '引调水']);

/** Words and the text between them, so that the paragraph reads exactly as it is. */
function pieces(text: string): { text: string; start: number; word: boolean }[] {
  const out: { text: string; start: number; word: boolean }[] = [];
  let at = 0;
  for (const span of segmentWords(text)) {
    if (span.start > at) out.push({ text: text.slice(at, span.start), start: at, word: false });
    out.push({ text: span.text, start: span.start, word: hasHan(span.text) });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at, word: false });
  return out;
}

/** The card ZhuDu would show for the word at `offset` of `text`. */
function cardAt(text: string, offset: number): ShownCard | null {
  const word = readWordAt(text, offset);
  if (!word) return null;
  const hit = glossaryMatcher()
    .find(text)
    .find((h) => h.start <= offset && offset < h.end);
  const entry = hit && glossaryEntry(hit.entryId);
  return { word: tooltipWord(word), ...(entry && { term: { text: entry.term, entry } }) };
}

/**
 * The sample article, live: pointing at a word (or tabbing to a featured one) shows its card below, as
 * ZhuDu shows it on a news page, and the card is announced.
 */
export function SampleArticle({ title, paragraphs }: { title: string; paragraphs: readonly string[] }) {
  const [card, setCard] = useState<ShownCard | null>(() => cardAt(paragraphs[0] ?? '', (paragraphs[0] ?? '').indexOf('市长')));
  const split = useMemo(() => paragraphs.map(pieces), [paragraphs]);
  // Where a policy term starts: those words are reachable with Tab too.
  const termStarts = useMemo(() => paragraphs.map((text) => new Set(glossaryMatcher().find(text).map((hit) => hit.start))), [paragraphs]);
  const featured = (p: number, part: { text: string; start: number }) => FEATURED.has(part.text) || termStarts[p]!.has(part.start);
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
                  class={featured(p, part) ? 'w try' : 'w'}
                  tabIndex={featured(p, part) ? 0 : undefined}
                  onPointerEnter={() => setCard(cardAt(paragraphs[p]!, part.start))}
                  onFocus={() => setCard(cardAt(paragraphs[p]!, part.start))}
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
