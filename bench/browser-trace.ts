// Reading a Chromium trace (CDP Tracing, categories below): the page's main thread, its tasks,
// its script time, and which of them ran ZhuDu's content script. Used by bench/browser.bench.ts.
import type { CDPSession } from 'playwright-core';

export const TRACE_CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

/** Script work on the main thread; unions of their intervals are taken, so nesting is not counted twice. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'RunMicrotasks', 'v8.evaluateModule', 'TimerFire', 'FireAnimationFrame']);

export interface LoadFigures {
  /** All script time on the page's main thread, ms. */
  scriptMs: number;
  /** Script time in ZhuDu's content script (events whose script URL is the extension's), ms. */
  zhuduMs: number;
  /** Tasks over 50 ms, ms each. */
  longTasks: number[];
  /** Long tasks during which ZhuDu's script ran, ms each. */
  zhuduLongTasks: number[];
  /** The task that evaluated the content script (its compile and top-level code), ms. */
  startupTaskMs: number;
}

export async function startTrace(cdp: CDPSession, categories = TRACE_CATEGORIES): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

type Interval = [number, number];

function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const total = (intervals: Interval[]) => intervals.reduce((sum, [start, end]) => sum + end - start, 0) / 1000;
const overlaps = (intervals: Interval[], [start, end]: Interval) => intervals.some(([s, e]) => s < end && start < e);

/** Figures for the page loaded from `url`; `extensionOrigin` marks ZhuDu's scripts. */
export function analyzeLoad(events: TraceEvent[], url: string, extensionOrigin: string): LoadFigures {
  // The renderer thread that parsed this page.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`no ParseHTML for ${url} in the trace`);
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined);
  const span = (e: TraceEvent): Interval => [e.ts, e.ts + e.dur!];
  const script = onMain.filter((e) => SCRIPT_EVENTS.has(e.name)).map(span);
  const ours = union(onMain.filter((e) => e.args?.data?.url?.startsWith(extensionOrigin)).map(span));
  const runTasks = onMain.filter((e) => e.name === 'RunTask');
  const tasks = runTasks.filter((e) => e.dur! > 50_000);
  const evaluate = onMain.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(extensionOrigin));
  const startup = evaluate && runTasks.find((e) => e.ts <= evaluate.ts && evaluate.ts < e.ts + e.dur!);
  return {
    scriptMs: total(union(script)),
    zhuduMs: total(ours),
    longTasks: tasks.map((e) => e.dur! / 1000),
    zhuduLongTasks: tasks.filter((e) => overlaps(ours, span(e))).map((e) => e.dur! / 1000),
    startupTaskMs: startup ? startup.dur! / 1000 : 0,
  };
}
