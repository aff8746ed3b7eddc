import type { CardActions, HoverCard } from '@/utils/content/card-model';
import { t } from '@/utils/i18n';
import { PinyinTooltip } from './PinyinTooltip';

interface Props {
  card: HoverCard | null;
  toneColors: boolean;
  actions: CardActions;
}

/** What a screen reader says for a card (hover or the reading cursor): the word, its pinyin, and what it means. */
export function announcement(card: HoverCard | null): string {
  if (!card) return '';
  const said = t('hoverAnnouncement', card.word.text, card.word.syllables.join(' '));
  const meaning = card.term?.entry?.gloss_en ?? card.word.gloss ?? card.word.meanings?.[0]?.senses.slice(0, 2).join('; ');
  return meaning ? `${said}. ${meaning}` : said;
}

/**
 * Everything hover shows, drawn inside ZhuDu's shadow root. The live region is always there (a region
 * that appears together with its text is not announced), and says each new hover result politely.
 */
export function CardLayer({ card, toneColors, actions }: Props) {
  return (
    <>
      <div class="sr-only" role="status" aria-live="polite" data-testid="hover-announcement">
        {announcement(card)}
      </div>
      {card?.wordBoxes.map((box, i) => (
        <div key={i} class="word-box" style={{ left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` }} />
      ))}
      {card && (
        <PinyinTooltip
          word={card.word}
          term={card.term}
          anchor={card.anchor}
          toneColors={toneColors}
          pinned={card.pinned}
          onClose={actions.close}
          {...(actions.speech && { speech: actions.speech })}
          {...(actions.fix && { fix: actions.fix })}
        />
      )}
    </>
  );
}
