/**
 * Ranking: which entry a question asks for, and how sure that is. Split from
 * retrieve.ts so that a log or a test can ask why an answer was chosen.
 */
import { ENTRIES, type KbEntry } from './entries.ts';
import { CONCEPT_WEIGHT, type Concept } from './lexicon.ts';
import { gradeMentions, normalizeQuestion, tokenize, type Token } from './text.ts';

/** Share of the question an entry must cover to be given as the answer. */
export const ANSWER_THRESHOLD = 0.5;
/** Unprompted answers in a group must be surer than answers to a direct question. */
export const UNPROMPTED_THRESHOLD = 0.75;

const K1 = 1.2;
const B = 0.5;
/** Cue phrases say what an entry is for; its answer text only supports them. */
const FIELD_WEIGHT = { cue: 1, answer: 0.3 } as const;
/** Query weight by kind: concepts carry the meaning, stray bigrams little. */
const KIND_WEIGHT = { concept: 1, word: 0.3, bigram: 0.3, char: 0.1 } as const;
/** A concept weighing this much or more names a topic (作业, 睡, 翻倍), not a frame (谁, 时间, 规定). */
const FULL_WEIGHT = 0.8;
/** Concepts that name one topic between them: 书面作业 is homework, written. */
const SAME_TOPIC: Record<string, string> = { '#WRITTEN': '#HW' };

// ── Index ─────────────────────────────────────────────────────────────────

interface Doc {
  entry: KbEntry;
  tf: Map<string, number>;
  len: number;
  /** every concept the entry's cues and answer hold */
  concepts: Set<string>;
}

interface Index {
  docs: Doc[];
  df: Map<string, number>;
  avgLen: number;
  /** the idf of a token no entry holds: the most a token can weigh */
  idfUnknown: number;
}

const stripPlaceholders = (s: string) => s.replace(/\{[A-Za-z]+\}/g, '');

function buildIndex(): Index {
  const docs: Doc[] = ENTRIES.map((entry) => {
    const tf = new Map<string, number>();
    const add = (tokens: Token[], w: number) => {
      for (const t of tokens) tf.set(t.key, (tf.get(t.key) ?? 0) + w);
    };
    for (const cue of entry.cues) add(tokenize(normalizeQuestion(cue)), FIELD_WEIGHT.cue);
    // The concepts an entry is asked by are its topic, whether or not a cue repeats them.
    const needed = new Set(entry.need.flat());
    add([...needed].map((c) => ({ key: `#${c}`, kind: 'concept' as const })), FIELD_WEIGHT.cue);
    // The variants restate the answer per grade: a word counts once however many repeat it.
    const answerKeys = new Map<string, Token>();
    for (const text of [entry.answer, ...(entry.variants ?? []).map((v) => v.text)]) {
      for (const t of tokenize(normalizeQuestion(stripPlaceholders(text)))) answerKeys.set(t.key, t);
    }
    add([...answerKeys.values()], FIELD_WEIGHT.answer);
    const len = [...tf.values()].reduce((a, b) => a + b, 0);
    const concepts = new Set([...tf.keys()].filter((k) => k.startsWith('#')));
    return { entry, tf, len, concepts };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const avgLen = docs.reduce((a, d) => a + d.len, 0) / Math.max(1, docs.length);
  return { docs, df, avgLen, idfUnknown: idf(docs.length, 0) };
}

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

let index: Index | null = null;
const getIndex = (): Index => (index ??= buildIndex());

// ── Reading the question ──────────────────────────────────────────────────

/**
 * One thing the question says: a concept, or a stretch of text the lexicon
 * does not know (whose bigrams and words are its keys). Coverage counts
 * units, so a long unknown phrase weighs as one thing, not as many bigrams.
 */
interface Unit {
  keys: string[];
  weight: number;
  concept: boolean;
  /** characters of unknown text, for a run */
  size: number;
}

export interface Query {
  /** token → query weight, for BM25 */
  weights: Map<string, number>;
  units: Unit[];
  concepts: Set<string>;
  /** grades the question names (explicit or by stage), else [] */
  named: number[];
  /** how many different topics the question names (写作业 is one: 作业 written) */
  topics: number;
  /** characters read: a long message is a story as well as a question */
  length: number;
  /** the normalised text read */
  text: string;
}

export function readQuestion(s: string): Query {
  const gm = gradeMentions(s);
  const weights = new Map<string, number>();
  const concepts = new Set<string>();
  const runs = new Map<number, Unit>();
  const units: Unit[] = [];
  const topics = new Set<string>();
  for (const t of tokenize(s, gm.spans)) {
    let w: number = KIND_WEIGHT[t.kind];
    if (t.kind === 'concept') {
      w = CONCEPT_WEIGHT[t.key.slice(1) as Concept] ?? 1;
      if (w >= FULL_WEIGHT) topics.add(SAME_TOPIC[t.key] ?? t.key);
      if (!concepts.has(t.key)) units.push({ keys: [t.key], weight: w, concept: true, size: 0 });
      concepts.add(t.key);
    } else if (t.run !== undefined) {
      let u = runs.get(t.run);
      if (!u) {
        u = { keys: [], weight: 0, concept: false, size: 0 };
        runs.set(t.run, u);
        units.push(u);
      }
      u.keys.push(t.key);
      u.weight = Math.max(u.weight, w);
      if (t.kind !== 'word') u.size++;
    }
    weights.set(t.key, Math.max(weights.get(t.key) ?? 0, w));
  }
  return { weights, units, concepts, named: namedGrades(gm.explicit, gm.stage, gm.stageForms), topics: topics.size, length: [...s].length, text: s };
}

/**
 * 小学三年级 names grade 3; 老大高一、老二小学 names two children, one by grade
 * and one by stage, and both are asked about.
 */
function namedGrades(explicit: number[], stage: number[], stageForms: number[][]): number[] {
  if (!explicit.length) return stage;
  // A stage that holds none of the grades named is another child (小学五年级……那上了初中呢).
  const others = stageForms.filter((form) => !explicit.some((g) => form.includes(g))).flat();
  return [...new Set([...explicit, ...others])].sort((a, b) => a - b);
}

export interface Ranked {
  doc: Doc;
  score: number;
  coverage: number;
}

/**
 * What an unmatched unit costs. Policy words the knowledge base knows but
 * this entry lacks cost little (the question mentions the child's 语文老师);
 * words no entry holds, and subjects the seeds do not cover, cost in full.
 */
const KNOWN_MISS = 0.5;
/** An unknown stretch of text counts by its length (bigrams): 发票 less than 城乡居民医保. */
const UNKNOWN_TEXT_WEIGHT = 0.25;
/**
 * A message this long tells a story (哭着写不完, 一口气发了十八张): words the
 * knowledge base does not know are mostly the telling, so they count half.
 * Subjects the seeds do not cover are lexicon concepts and still count in full.
 */
const STORY_LENGTH = 30;
const STORY_UNKNOWN_WEIGHT = 0.5;
/** one hour, deadline, ok: English the knowledge base does not hold mostly repeats or softens the question. */
const UNKNOWN_LATIN_WEIGHT = 1 / 3;
/** 五六回, 七八点: a count the knowledge base has no word for (with its measure word) is a detail, weighed like stray English. */
const NUMERAL_RUN = /^[\d一二两三四五六七八九十百几]+[回次个场遍天周年岁点名]?$/;

function coverage(q: Query, doc: Doc, ix: Index): number {
  const n = ix.docs.length;
  const storyDiscount = q.length >= STORY_LENGTH ? STORY_UNKNOWN_WEIGHT : 1;
  let covered = 0;
  let missed = 0;
  for (const u of q.units) {
    // The unit's worth is its rarest known key; how much of it this entry
    // holds is that key's weight here (a cue holds it fully, answer text in part).
    let worth = 0;
    let held = 0;
    for (const k of u.keys) {
      const df = ix.df.get(k) ?? 0;
      if (!df) continue;
      const i = idf(n, df);
      worth = Math.max(worth, i);
      held = Math.max(held, i * Math.min(1, doc.tf.get(k) ?? 0));
    }
    if (worth === 0) {
      // Words no entry holds are what the question is about that the seeds are not.
      const latin = !u.concept && u.keys.every((k) => /^[a-z]+$/.test(k) || NUMERAL_RUN.test(k)) ? UNKNOWN_LATIN_WEIGHT : 1;
      missed += (u.concept ? u.weight : Math.max(u.weight, UNKNOWN_TEXT_WEIGHT * u.size) * storyDiscount * latin) * ix.idfUnknown;
      continue;
    }
    covered += u.weight * held;
    missed += KNOWN_MISS * u.weight * (worth - held);
  }
  return covered + missed > 0 ? covered / (covered + missed) : 0;
}

export function rank(q: Query): Ranked[] {
  const ix = getIndex();
  const n = ix.docs.length;
  const out: Ranked[] = [];
  for (const doc of ix.docs) {
    const e = doc.entry;
    if (!e.need.some((group) => group.every((c) => q.concepts.has(`#${c}`)))) continue;
    if (q.named.length && !q.named.some((g) => g >= e.grades[0] && g <= e.grades[1])) continue;
    let score = 0;
    for (const [k, w] of q.weights) {
      const tf = doc.tf.get(k);
      if (!tf) continue;
      const i = idf(n, ix.df.get(k) ?? 0);
      score += w * i * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.len) / ix.avgLen)));
    }
    out.push({ doc, score, coverage: coverage(q, doc, ix) });
  }
  // An entry that matches strongly but leaves part of the question unexplained
  // loses to one that explains all of it.
  return out.sort((a, b) => b.score * b.coverage - a.score * a.coverage || b.coverage - a.coverage);
}

/** Why a question got its answer: its grades, its tokens and the candidates in order. */
export function explainRetrieval(question: string): { grades: number[]; tokens: string[]; candidates: { id: string; score: number; coverage: number }[] } {
  const q = readQuestion(normalizeQuestion(question));
  return {
    grades: q.named,
    tokens: [...q.weights.keys()],
    candidates: rank(q).map((r) => ({ id: r.doc.entry.id, score: r.score, coverage: r.coverage })),
  };
}
