import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvLink } from '@/components/study/CsvLink';
import { CSV_COLUMNS, type CardRow } from '@/utils/core/study/anki';
import { t } from '@/utils/i18n';

const ROWS: CardRow[] = [
  { term: '开门红', pinyin: 'kāi mén hóng', gloss: 'a good start', english: '', sentence: '实现“开门红”。', sourceUrl: 'http://www.zznews.gov.cn/news/2025/0210/400001.shtml' },
];

describe('the study sheet’s CSV links', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('offer the Anki file and a table for spreadsheets, both UTF-8 with a byte-order mark', async () => {
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<CsvLink rows={ROWS} fileName="zhudu-400001.csv" />);

    const anki = screen.getByTestId('anki-csv') as HTMLAnchorElement;
    const table = screen.getByTestId('table-csv') as HTMLAnchorElement;
    expect(anki.textContent).toBe(t('studyCsv'));
    expect(table.textContent).toBe(t('studyCsvSheet'));
    expect(anki.getAttribute('download')).toBe('zhudu-400001.csv');
    expect(table.getAttribute('download')).toBe('zhudu-400001-table.csv');

    const read = async (link: HTMLAnchorElement) => new Uint8Array(await blobs.get(link.getAttribute('href')!)!.arrayBuffer());
    const ankiBytes = await read(anki);
    const tableBytes = await read(table);
    for (const file of [ankiBytes, tableBytes]) expect([...file.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = (file: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.slice(3));
    expect(text(ankiBytes).split('\r\n')[0]).toBe('#separator:Comma');
    expect(text(tableBytes).split('\r\n').slice(0, 2)).toEqual([CSV_COLUMNS.join(','), `开门红,kāi mén hóng,a good start,,实现“开门红”。,${ROWS[0]!.sourceUrl}`]);
  });
});
