"""Build tests/real-news/glossary/corpus.json (or, for a later set, its new articles) from hand labels (labels.json) and
the stored page texts (/tmp/raw/*.txt, not committed: line 1 = title or empty).
Counts are computed, never typed; excerpts = every sentence holding a term or a
quoted phrase + a run of ~10 ordinary consecutive sentences."""
import json, re, sys
RAW = '/tmp/raw/'
labels = json.load(open(sys.argv[1]))
split = json.load(open(sys.argv[2]))
SENT = re.compile(r'.*?(?:[。！？!?；;](?:[”’」』)）]*)|$)')
QUOTE = re.compile(r'“([^“”]+)”')

def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        depth, cur, k = 0, '', 0
        while k < len(line):
            ch = line[k]; cur += ch; k += 1
            if ch == '“': depth += 1
            elif ch == '”': depth = max(0, depth - 1)
            elif ch in '。！？!?；;' and depth == 0:
                while k < len(line) and line[k] in '”’」』)）':
                    cur += line[k]; k += 1
                out.append(cur.strip()); cur = ''
            elif ch in '。！？!?' and depth > 0 and k < len(line) and line[k] == '”':
                pass
        if cur.strip():
            out.append(cur.strip())
    return out

articles, problems = [], []
for a in labels:
    raw = open(RAW + a['file'], encoding='utf-8').read()
    title, body = raw.split('\n', 1)
    full = (title + '\n' + body) if title else body
    sents = sentences(full)
    forms = [t['form'] for t in a['terms']]
    quotes = QUOTE.findall(full)
    notq = a.get('quotedNotTerms', [])
    extra = a.get('quotesInTerms', [])
    for q in quotes:
        inn = q in forms or q in extra
        out = q in notq
        if inn == out:
            problems.append(f"{a['id']}: quote “{q}” {'in both' if inn else 'unclassified'}")
    for q in notq + extra:
        if q not in quotes:
            problems.append(f"{a['id']}: listed quote “{q}” not found")
    terms = []
    for t in a['terms']:
        c = full.count(t['form'])
        if c == 0:
            problems.append(f"{a['id']}: term {t['form']} absent")
        terms.append({'form': t['form'], 'canonical': t.get('canonical', t['form']), 'kind': t['kind'], 'count': c})
    keys = forms + ['“' + q + '”' for q in quotes]
    mark = [any(k in s for k in keys) for s in sents]
    # longest run of ordinary sentences, then next longest, until >= 10 fillers
    runs, i = [], 0
    while i < len(sents):
        if mark[i]:
            i += 1; continue
        j = i
        while j < len(sents) and not mark[j]:
            j += 1
        runs.append((j - i, i, j)); i = j
    runs.sort(reverse=True)
    filler, need = set(), 10
    for n, i, j in runs:
        if need <= 0: break
        take = list(range(i, j))[:need]
        filler.update(take); need -= len(take)
    excerpts = []
    for k, s in enumerate(sents):
        if mark[k] or k in filler:
            excerpts.append({'n': k, 'text': s, 'why': 'term-or-quote' if mark[k] else 'ordinary'})
    ex_all = '\n'.join(e['text'] for e in excerpts)
    for t in terms:
        if ex_all.count(t['form']) != t['count']:
            problems.append(f"{a['id']}: {t['form']} count {t['count']} vs excerpts {ex_all.count(t['form'])}")
    role = ('mining' if a['id'] in split['mining'] else 'heldout' if a['id'] in split['heldout']
            else 'blind' if a['id'] in split.get('blind', []) else None)
    if role is None:
        problems.append(f"{a['id']}: not in split")
    art = {k: a[k] for k in ('id',)}
    art.update({'role': role, 'source': a['source'], 'outlet': a['outlet'], 'date': a['date'],
                'title': title or None, 'textComplete': a['complete'], 'sentencesInStoredText': len(sents)})
    if a.get('note'): art['note'] = a['note']
    art.update({'terms': terms, 'quotedNotTerms': notq, 'excerpts': excerpts})
    articles.append(art)
for p in problems: print('PROBLEM', p)
json.dump({'version': 1, 'articles': articles}, open(sys.argv[3], 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(articles), 'articles;', len(problems), 'problems')
