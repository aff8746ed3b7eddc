import { isAnnotatable } from '../../page/ruby';
import type { RubyBlocks } from './ruby-blocks';
import type { RubyWriter } from './ruby-writer';

/** Page rewrites handled between two prunings of the journal (a page that rewrites itself forever). */
const PRUNE_EVERY = 64;

/**
 * What ruby mode does when the page changes: annotate what it added, give back what it edited of
 * ours, take rubies out of what became editable and put them back when it is prose again (found by
 * the fuzz, tests/dom/fuzz/regressions.test.ts).
 */
export function createChangeHandler(blocks: RubyBlocks, writer: RubyWriter, prune: () => void): (records: MutationRecord[]) => void {
  let batches = 0;
  const editableChanged = (element: Element) => {
    if (!isAnnotatable(element)) return writer.takeBack(element);
    blocks.requeueUnder(element);
    blocks.requeue(element);
  };
  return (records) => {
    if (records.length === 0) return;
    blocks.refresh();
    for (const record of records) {
      const { target } = record;
      if (record.type === 'attributes') {
        editableChanged(target as Element);
        continue;
      }
      if (record.type === 'characterData') {
        blocks.requeue(writer.handBack(target) ?? target);
        continue;
      }
      for (const added of record.addedNodes) {
        if (added.nodeType !== Node.ELEMENT_NODE) continue;
        blocks.watch(added as Element);
        // Our ruby moved by the page into an editor, a form field or a ruby of its own: it goes back to text.
        if (target.nodeType === Node.ELEMENT_NODE && !isAnnotatable(target as Element)) writer.takeBack(added);
      }
      blocks.requeue(target);
    }
    if (++batches % PRUNE_EVERY === 0) prune();
  };
}
