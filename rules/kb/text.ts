/**
 * Reading a parent's question: one canonical form, the grades it names, and
 * the tokens retrieval scores on (lexicon concepts first, then Intl.Segmenter
 * words and character bigrams for whatever the lexicon does not know).
 */
import { standardizeWording } from '../spokenForms.ts';
import { toSimplified } from '../simplified.ts';
import { CONCEPTS, PATTERNS, PATTERNS_WITH_GRADES, STOPWORDS, type Concept } from './lexicon.ts';

/** Questions in a class group are short; past this the bot declines rather than guess. */
export const MAX_QUESTION_CHARS = 500;
/** The most of any input that is ever read, so a huge message costs no more than a long one. */
const MAX_READ_CHARS = MAX_QUESTION_CHARS + 1;

const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\uFE0E\uFE0F\u200B-\u200F\u2060\uFEFF\u20E3]/gu;
/** WeChat's own emoji codes: [微笑] [抱拳]. */
const WECHAT_EMOJI = /\[[\u4e00-\u9fff]{1,4}\]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/**
 * Half-width digits, Latin and punctuation (NFKC: “２１：００” is “21:00”),
 * lower case, no emoji, no spaces inside Chinese text. Never throws; reads at
 * most MAX_READ_CHARS of the input.
 */
export function normalizeQuestion(text: unknown): string {
  let s = typeof text === 'string' ? text : '';
  if (s.length > MAX_READ_CHARS) s = s.slice(0, MAX_READ_CHARS);
  s = standardizeWording(toSimplified(s.replace(LONE_SURROGATE, '').normalize('NFKC')));
  s = s.replace(EMOJI, '').replace(WECHAT_EMOJI, '').replace(CONTROL, ' ');
  s = s.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ');
  return s.toLowerCase().trim();
}


// ── Grades ────────────────────────────────────────────────────────────────

const NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const num = (c: string): number => NUM[c] ?? Number(c);

interface GradeHit {
  start: number;
  end: number;
  grades: number[];
}

/** 初二, 初中一年级 (7–9); 高一 (10–12); X年级, 一二年级, 三至六年级; 小三. */
const GRADE_FORMS: readonly { re: RegExp; read: (m: RegExpExecArray) => number[] }[] = [
  { re: /初中?([一二三123])年级|(?<![正腊冬月])初([一二三123])(?![点些])/g, read: (m) => [6 + num(m[1] ?? m[2] ?? '')] },
  { re: /(?<![提最很太较更偏增升拔过])高([一二三123])(?![点些个倍级下截])/g, read: (m) => [9 + num(m[1] ?? '')] },
  {
    // (?<![初高]): in 初一和二年级 the 一 is 初一's, and 二年级 is read on its own.
    re: /(?<![初高])([一二三四五六七八九1-9](?:[、,和与及或跟至到~-]?[一二三四五六七八九1-9])*)年级/g,
    read: (m) => {
      const run = m[1] ?? '';
      const out: number[] = [];
      let prev: number | null = null;
      let ranging = false;
      for (const ch of run) {
        if ('至到~-'.includes(ch)) {
          ranging = true;
          continue;
        }
        const n = num(ch);
        if (!Number.isInteger(n) || n < 1 || n > 9) continue;
        if (ranging && prev !== null) for (let g = prev + 1; g < n; g++) out.push(g);
        out.push(n);
        prev = n;
        ranging = false;
      }
      return out;
    },
  },
  { re: /(?<![大很较更最太缩变])小([一二三四五六])(?![点些下块会时])/g, read: (m) => [num(m[1] ?? '')] },
];

const PRIMARY_STAGE = /小学/g;
/** Stages named without a grade: they narrow the answer but are not one grade. */
const STAGE_FORMS: readonly { re: RegExp; grades: readonly [number, number] }[] = [
  { re: /低年级|低段/g, grades: [1, 2] },
  { re: /中高年级|高年级|高段|中年级/g, grades: [3, 6] },
  { re: PRIMARY_STAGE, grades: [1, 6] },
  { re: /初中|中学|七至九年级/g, grades: [7, 9] },
  { re: /高中/g, grades: [10, 12] },
  // A child's age names a stage, give or take a year: 十岁 is primary, 十四岁 junior middle.
  { re: /(?<![\d一二两三四五六七八九十])(六|七|八|九|十|十一|[6-9]|1[01])(周)?岁/g, grades: [1, 6] },
  { re: /(?<![\d一二两三四五六七八九十])(十三|十四|十五|1[3-5])(周)?岁/g, grades: [7, 9] },
  { re: /(?<![\d一二两三四五六七八九十])(十六|十七|十八|1[6-8])(周)?岁/g, grades: [10, 12] },
  // Before grade 1 the seeds say nothing: a question about it alone is declined.
  // 开小班 / 办小班 / 开了个小班 is small-group tutoring, not the kindergarten's 小班.
  // 幼儿园都学过了 tells what came before school, not which stage is asked about.
  // 没上过学前班 says what the child has not had, not which stage is asked about.
  { re: /(?<!(没|没有|不)(上|读|去)(过)?)(?:幼儿园|学前班)(?![都就已经]{0,2}(学过|学了|教过|教了))|(?<![开办上报搞带]|[开办搞带]了?个|[开办搞带]了)(?:大|中|小)班(?!辅导|课|教学|授课|制|化|补)/g, grades: [0, 0] },
];

export interface GradeMentions {
  /** grades named one by one (三年级, 初二) */
  explicit: number[];
  /** grades covered by the stages named (小学 → 1–6), when no grade is named */
  stage: number[];
  /** the stages named, each on its own: 小学五六年级……那上了初中呢 names a second child by stage */
  stageForms: number[][];
  /** where the explicit grades stand, so they are not read as words */
  spans: [number, number][];
}

export function gradeMentions(s: string): GradeMentions {
  const hits: GradeHit[] = [];
  const taken = (a: number, b: number) => hits.some((h) => a < h.end && b > h.start);
  for (const form of GRADE_FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(s); m; m = form.re.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const grades = form.read(m).filter((g) => Number.isInteger(g) && g >= 1 && g <= 12);
      if (grades.length) hits.push({ start, end, grades });
    }
  }
  const explicit = [...new Set(hits.flatMap((h) => h.grades))].sort((a, b) => a - b);
  const stage = new Set<number>();
  const stageForms: number[][] = [];
  // Read even with an explicit grade: 老大高一、老二小学 names one child by grade and one by stage.
  {
    // 老二十岁 is the second child, ten years old; 比小学多 / 跟小学一样 compare with a stage, they do not name one.
    const t = s.replace(/老([大二三])/g, '老□').replace(/(比|跟|和)(上)?(幼儿园|小学|初中|高中)(时|的时候|那会儿?)?(比)?(?=[多少难累轻松重强差好快慢还更]|一样|相同|不一样|不同|有区别|有什么区别)/g, '□');
    let partOfPrimary = false;
    for (const f of STAGE_FORMS) {
      const form: number[] = [];
      f.re.lastIndex = 0;
      if (!f.re.test(t)) continue;
      // 小学高年级 is grades 3–6, not all of primary.
      if (f.re === PRIMARY_STAGE && partOfPrimary) continue;
      if (f.grades[0] >= 1 && f.grades[1] <= 6 && f.re !== PRIMARY_STAGE) partOfPrimary = true;
      for (let g = f.grades[0]; g <= f.grades[1]; g++) {
        stage.add(g);
        form.push(g);
      }
      if (form.length) stageForms.push(form);
    }
    // 小学 inside 中小学 names both: drop it when the text says 中小学 and nothing narrower.
    if (/中小学/.test(s) && !/(?<!中)小学/.test(s.replace(/中小学/g, ''))) for (let g = 1; g <= 6; g++) stage.delete(g);
  }
  return { explicit, stage: [...stage].sort((a, b) => a - b), stageForms, spans: hits.map((h) => [h.start, h.end]) };
}

// ── Tokens ────────────────────────────────────────────────────────────────

export type TokenKind = 'concept' | 'word' | 'bigram' | 'char';
export interface Token {
  key: string;
  kind: TokenKind;
  /** for text the lexicon does not know: which stretch of it the token comes from */
  run?: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  concepts: Concept[] | null;
  stop: boolean;
}

const newNode = (): TrieNode => ({ next: new Map(), concepts: null, stop: false });

function buildTrie(): TrieNode {
  const root = newNode();
  const walk = (word: string): TrieNode => {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = newNode()));
      node = child;
    }
    return node;
  };
  for (const [concept, words] of Object.entries(CONCEPTS) as [Concept, readonly string[]][]) {
    for (const w of words) {
      const node = walk(w.normalize('NFKC').toLowerCase());
      if (!node.concepts) node.concepts = [];
      if (!node.concepts.includes(concept)) node.concepts.push(concept);
    }
  }
  for (const w of STOPWORDS) walk(w.normalize('NFKC').toLowerCase()).stop = true;
  return root;
}

let trie: TrieNode | null = null;
let segmenter: Intl.Segmenter | null = null;

/** Chinese, Latin letters and digits are text; everything else separates words. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const MASK = '\u0001';

function mask(s: string, start: number, end: number): string {
  return s.slice(0, start) + MASK.repeat(end - start) + s.slice(end);
}

/**
 * The tokens of a normalised text: concepts from PATTERNS and the lexicon
 * (longest match first), then for what is left, Latin words, Segmenter words
 * of three or more characters and character bigrams. Stopwords give nothing.
 */
export function tokenize(text: string, skip: readonly [number, number][] = []): Token[] {
  trie ??= buildTrie();
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let s = text;
  const out: Token[] = [];
  const concept = (c: Concept) => out.push({ key: `#${c}`, kind: 'concept' });
  const read: [number, number][] = [];
  for (const { re, concepts } of PATTERNS_WITH_GRADES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      read.push([m.index, m.index + m[0].length]);
      concepts.forEach(concept);
    }
  }
  for (const [a, b] of [...skip, ...read]) s = mask(s, a, b);

  for (const { re, concepts, keep } of PATTERNS) {
    re.lastIndex = 0;
    const hits: [number, number][] = [];
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      hits.push([m.index, m.index + m[0].length]);
      concepts.forEach(concept);
    }
    if (!keep) for (const [a, b] of hits) s = mask(s, a, b);
  }

  let run = '';
  let runs = 0;
  const flush = () => {
    if (run) residual(run, runs++, out, segmenter!);
    run = '';
  };
  const chars = [...s];
  const words = segmentKnown(chars);
  for (let i = 0; i < chars.length; ) {
    const ch = chars[i]!;
    if (ch === MASK || !WORD_CHAR.test(ch)) {
      flush();
      i++;
      continue;
    }
    const best = words[i];
    if (best) {
      flush();
      if (best.node.concepts) best.node.concepts.forEach(concept);
      i += best.len;
      continue;
    }
    run += ch;
    i++;
  }
  flush();
  return out;
}

/**
 * Which lexicon word starts where: the reading of the whole text that leaves
 * the fewest characters unknown, then uses the fewest words. Plain longest
 * match from the left would split 参加课后服务 as 参 / 加课 / 后 / 服务 and
 * 学习上到底 as 上到 / 底; reading the whole text keeps 参加 / 课后服务.
 */
function segmentKnown(chars: string[]): ({ len: number; node: TrieNode } | null)[] {
  const n = chars.length;
  // cost[i]: [unknown characters, words] for chars[i..]
  const cost: [number, number][] = new Array(n + 1);
  const pick: ({ len: number; node: TrieNode } | null)[] = new Array(n + 1).fill(null);
  cost[n] = [0, 0];
  const better = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  for (let i = n - 1; i >= 0; i--) {
    const ch = chars[i]!;
    if (ch === MASK || !WORD_CHAR.test(ch)) {
      cost[i] = cost[i + 1]!;
      continue;
    }
    let best: [number, number] = [cost[i + 1]![0] + 1, cost[i + 1]![1]];
    let node: TrieNode | undefined = trie!;
    for (let j = i; j < n && node; j++) {
      node = node.next.get(chars[j]!);
      if (node && (node.concepts || node.stop)) {
        const rest = cost[j + 1]!;
        const c: [number, number] = [rest[0], rest[1] + 1];
        // Among equal readings a word at i beats skipping it, and the longer word wins: longest match from the left, as before.
        if (better(c, best) || (c[0] === best[0] && c[1] === best[1])) {
          best = c;
          pick[i] = { len: j - i + 1, node };
        }
      }
    }
    cost[i] = best;
  }
  return pick;
}

/** Text the lexicon does not know: still compared, by bigrams and longer words. */
function residual(run: string, id: number, out: Token[], seg: Intl.Segmenter): void {
  // Latin and digits stand apart from Chinese inside one run.
  for (const part of run.split(/(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/u)) {
    if (!part) continue;
    if (!HAN.test(part)) {
      if (/^\d+$/.test(part)) continue;
      out.push({ key: part, kind: 'word', run: id });
      continue;
    }
    const cs = [...part];
    if (cs.length === 1) {
      out.push({ key: part, kind: 'char', run: id });
      continue;
    }
    for (let i = 0; i + 1 < cs.length; i++) out.push({ key: cs[i]! + cs[i + 1]!, kind: 'bigram', run: id });
    if (cs.length > 2) {
      for (const w of seg.segment(part)) if (w.isWordLike && [...w.segment].length > 2) out.push({ key: w.segment, kind: 'word', run: id });
    }
  }
}
