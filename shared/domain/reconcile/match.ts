import { dayNumber } from '../dates';
import { containsPhrase, numbersConflict, titleSimilarity, titleWords, type TitleWords } from './similarity';
import type { CandidateScore, LogLine, MatchOptions, PlanCandidate, Proposal, TaskHint } from './types';

/**
 * Matching a log against the plan. Each line is scored against the open planned items within `windowDays` of
 * its date (the caller has already kept only the items of the outlet); the best pairs are taken first, one line
 * to one item at most. The order of pairs is a total order on what the lines and items say (score, then the
 * line's own content, then the item id), never on the position of a line in the file, so a shuffled log gives
 * the same assignment.
 */

/** A pair below this is no candidate. */
const MIN_SCORE = 0.45;
/** A title covering at least this share of words (both ways) is "the same title". */
const STRONG_TITLE = 0.5;
/** A second candidate within this of the best makes the line doubtful. */
const CLOSE = 0.08;
const OPEN = new Set(['planned', 'in_production', 'ready', 'postponed']);

interface Pair {
  line: LogLine;
  lineKey: string;
  item: PlanCandidate;
  score: number;
  titleScore: number;
}

function clockMinutes(t: string | null): number | null {
  if (!t) return null;
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

/** The line's content as a key (its line number is not part of it: see above). */
export function lineKey(l: LogLine): string {
  return [l.date, l.time ?? '', l.title, l.durationSec ?? '', l.channel ?? '', l.houseId ?? '', l.issueNo ?? '', l.page ?? '', l.link ?? ''].join('\u0001');
}

function pairScore(l: LogLine, lw: TitleWords, item: PlanCandidate, iw: TitleWords, windowDays: number): { score: number; titleScore: number } | null {
  const days = Math.abs(dayNumber(l.date) - dayNumber(item.plannedDate));
  if (days > windowDays) return null;
  if (numbersConflict(lw, iw)) return null;
  const titleScore = titleSimilarity(lw, iw);
  if (titleScore === 0) return null;
  const a = clockMinutes(l.time);
  const b = clockMinutes(item.plannedTime);
  const clock = a !== null && b !== null ? Math.max(0, 1 - Math.abs(a - b) / 180) : 0.5;
  const dayScore = 1 - days / (windowDays + 1);
  const timeScore = dayScore * (0.7 + 0.3 * clock);
  const sameEpisode = lw.numbers.length > 0 && iw.numbers.length > 0 ? 0.05 : 0;
  const score = Math.min(1, 0.6 * titleScore + 0.4 * timeScore + sameEpisode);
  return score >= MIN_SCORE ? { score: round(score), titleScore: round(titleScore) } : null;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function comparePairs(x: Pair, y: Pair): number {
  return (
    y.score - x.score ||
    y.titleScore - x.titleScore ||
    (x.lineKey < y.lineKey ? -1 : x.lineKey > y.lineKey ? 1 : 0) ||
    x.line.line - y.line.line ||
    (x.item.id < y.item.id ? -1 : x.item.id > y.item.id ? 1 : 0)
  );
}

function candidateOf(p: Pair): CandidateScore {
  return { itemId: p.item.id, title: p.item.title, plannedDate: p.item.plannedDate, plannedTime: p.item.plannedTime, score: p.score, titleScore: p.titleScore };
}

/** The task an unplanned line most likely serves: its topic tags or the words of its title in the line. */
function likelyTask(lw: TitleWords, tasks: readonly TaskHint[], taskWords: ReadonlyMap<string, TitleWords>): { task: TaskHint; why: string } | null {
  let best: { task: TaskHint; hits: number; why: string } | null = null;
  for (const task of tasks) {
    const tags = task.topics.filter((t) => containsPhrase(lw, t));
    const tw = taskWords.get(task.id)!;
    const shared = new Set(lw.words.filter((w) => w.length > 1 && tw.words.includes(w)));
    // A tag is what the plan says the task is about; title words count only when two or more agree.
    const hits = tags.length * 2 + (shared.size >= 2 ? shared.size : 0);
    if (hits === 0) continue;
    const why = tags.length
      ? `chủ đề "${tags[0]}"`
      : `từ khóa ${[...shared]
          .slice(0, 3)
          .map((w) => `"${w}"`)
          .join(', ')}`;
    if (!best || hits > best.hits || (hits === best.hits && task.code < best.task.code)) best = { task, hits, why };
  }
  return best && { task: best.task, why: best.why };
}

export function matchLog(lines: readonly LogLine[], items: readonly PlanCandidate[], tasks: readonly TaskHint[], opts: MatchOptions): Proposal[] {
  const open = items.filter((i) => OPEN.has(i.status));
  const itemWords = new Map(open.map((i) => [i.id, titleWords(i.title)]));
  const byDay = new Map<number, PlanCandidate[]>();
  for (const i of open) {
    const d = dayNumber(i.plannedDate);
    byDay.set(d, [...(byDay.get(d) ?? []), i]);
  }
  const pairs: Pair[] = [];
  const pairsOfLine = new Map<LogLine, Pair[]>();
  const wordsOfLine = new Map<LogLine, TitleWords>();
  for (const l of lines) {
    const lw = titleWords(l.title);
    wordsOfLine.set(l, lw);
    const key = lineKey(l);
    const mine: Pair[] = [];
    const d0 = dayNumber(l.date);
    for (let d = d0 - opts.windowDays; d <= d0 + opts.windowDays; d += 1) {
      for (const item of byDay.get(d) ?? []) {
        const s = pairScore(l, lw, item, itemWords.get(item.id)!, opts.windowDays);
        if (s) mine.push({ line: l, lineKey: key, item, ...s });
      }
    }
    mine.sort(comparePairs);
    pairsOfLine.set(l, mine);
    pairs.push(...mine);
  }
  pairs.sort(comparePairs);

  const lineTaken = new Map<LogLine, Pair>();
  const itemTaken = new Map<string, Pair>();
  for (const p of pairs) {
    if (lineTaken.has(p.line) || itemTaken.has(p.item.id)) continue;
    lineTaken.set(p.line, p);
    itemTaken.set(p.item.id, p);
  }

  const taskWords = new Map(tasks.map((t) => [t.id, titleWords(t.title)]));
  return lines.map((l): Proposal => {
    const mine = pairsOfLine.get(l)!;
    const candidates = mine.slice(0, 3).map(candidateOf);
    const base = { line: l.line, log: l, candidates, rerunOf: null, taskId: null };
    const got = lineTaken.get(l);
    if (got) {
      // A rival taken by another line fits that line better: it makes this one no less certain.
      const rival = mine.find((p) => p.item.id !== got.item.id && p.score >= got.score - CLOSE && !itemTaken.has(p.item.id));
      if (rival)
        return {
          ...base,
          kind: 'doubtful',
          itemId: got.item.id,
          score: got.score,
          reason: `Hai mục gần giống nhau: "${got.item.title}" và "${rival.item.title}".`,
        };
      if (got.titleScore < STRONG_TITLE)
        return {
          ...base,
          kind: 'doubtful',
          itemId: got.item.id,
          score: got.score,
          reason: `Tiêu đề khác với kế hoạch ("${got.item.title}"); đúng giờ, đúng chuyên mục nhưng cần người xác nhận.`,
        };
      return { ...base, kind: 'confident', itemId: got.item.id, score: got.score, reason: 'Trùng tiêu đề và thời gian với kế hoạch.' };
    }
    // The same programme again, its item already taken by a better line: a rerun, not a new item.
    const again = mine.find((p) => p.titleScore >= STRONG_TITLE && itemTaken.has(p.item.id));
    if (again) {
      const first = itemTaken.get(again.item.id)!;
      return {
        ...base,
        kind: 'unmatched',
        itemId: null,
        score: again.score,
        rerunOf: first.line.line,
        reason: `Có vẻ là phát lại của dòng ${first.line.line} ("${again.item.title}").`,
      };
    }
    const task = likelyTask(wordsOfLine.get(l)!, tasks, taskWords);
    if (task)
      return {
        ...base,
        kind: 'new',
        itemId: null,
        score: 0,
        taskId: task.task.id,
        reason: `Không có trong lịch nhưng hợp với nhiệm vụ ${task.task.code} (${task.why}): đề nghị thêm mục mới.`,
      };
    return { ...base, kind: 'unmatched', itemId: null, score: 0, reason: 'Không khớp mục nào trong lịch và không thuộc chủ đề của kế hoạch.' };
  });
}
