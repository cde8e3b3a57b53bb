/**
 * Answering a parent's policy question from the knowledge base.
 *
 * How an answer is chosen, so that any reply can be explained:
 * 1. The question is normalised and its grades read (三年级, 初二, 小学 …).
 * 2. It becomes tokens: lexicon concepts (批改 / 改作业 / 判作业 are one
 *    concept), and for words the lexicon does not know, Segmenter words and
 *    character bigrams.
 * 3. An entry is a candidate only if the question holds one of its intent
 *    cues (`need`) and the entry covers the grades the question names.
 * 4. Candidates are ranked by BM25 over their cue phrases and answer text.
 * 5. The winner is given only if it covers enough of the question: the share
 *    of the question's weighted tokens that the entry also holds. Words the
 *    knowledge base has never seen (发票, 春游) and subjects it declines
 *    (医保, 中考) weigh heavily, so a question that is mostly about them is
 *    declined with a pointer to the 班主任 instead of answered with a near miss.
 *
 * Pure: no I/O, no clock. Every function is total: any input gives an answer
 * or a polite decline, never an exception.
 */
import { EXAMPLE_SCHOOL_VALUES, type KbEntry, type SchoolValues } from './entries.ts';
import { ANSWER_THRESHOLD, rank, readQuestion, UNPROMPTED_THRESHOLD, type Query } from './rank.ts';
import { gradeMentions, MAX_QUESTION_CHARS, normalizeQuestion } from './text.ts';

export type { SchoolValues } from './entries.ts';
export { EXAMPLE_SCHOOL_VALUES } from './entries.ts';

export interface PolicyAnswer {
  answered: boolean;
  entryId: string | null;
  topic: string | null;
  /** the Chinese reply: the answer with its source, e.g. "…（来源：002_0f47ff1c24227790.txt 三、作业管理）"; or the polite decline saying it does not know and to ask the 班主任 */
  text: string;
  /** seed file names cited, e.g. ['002_0f47ff1c24227790.txt'] ([] when declined) */
  sources: string[];
  /** the grade used for a grade-specific answer, if any */
  grade: number | null;
  /** retrieval confidence, for logs */
  score: number;
}

const DECLINE_TEXT = '抱歉，这个问题我没有把握回答，请直接问班主任老师。我能回答“双减”政策方面的问题，比如作业时长、睡眠、考试、课后服务和校外培训。';
const DECLINE_EMPTY = '没有看到问题。可以问我“双减”政策方面的问题，比如“三年级每天作业多长时间”；其他事情请问班主任老师。';
const DECLINE_LONG = `问题太长了（超过${MAX_QUESTION_CHARS}字），我没法准确回答。请用一两句话问我，或直接问班主任老师。`;

// ── Writing the answer ────────────────────────────────────────────────────

const GRADE_LABEL = ['', '一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '初一', '初二', '初三', '高一', '高二', '高三'];
const HHMM = /^([01]?\d|2[0-3]):[0-5]\d$/;

/** The school's values, each one checked: a bad value falls back to the example school's. */
function schoolValues(v: unknown): SchoolValues {
  const given = (v && typeof v === 'object' ? v : {}) as Partial<Record<keyof SchoolValues, unknown>>;
  // Said as parents say them: 8:20, not 08:20.
  const time = (
    k: 'cutoffPrimary' | 'cutoffJunior' | 'publishTime' | 'classStartPrimary' | 'classStartJunior' | 'afterSchoolEnd' | 'afterSchoolJuniorStart' | 'afterSchoolJuniorEnd',
  ) => {
    const x = given[k];
    return typeof x === 'string' && HHMM.test(x.trim()) ? x.trim().replace(/^0(?=\d:)/, '') : EXAMPLE_SCHOOL_VALUES[k];
  };
  const fee = given.afterSchoolFeePerMonth;
  const name = given.schoolName;
  return {
    schoolName: typeof name === 'string' && name.trim() ? name.trim() : EXAMPLE_SCHOOL_VALUES.schoolName,
    cutoffPrimary: time('cutoffPrimary'),
    cutoffJunior: time('cutoffJunior'),
    publishTime: time('publishTime'),
    classStartPrimary: time('classStartPrimary'),
    classStartJunior: time('classStartJunior'),
    afterSchoolEnd: time('afterSchoolEnd'),
    afterSchoolJuniorStart: time('afterSchoolJuniorStart'),
    afterSchoolJuniorEnd: time('afterSchoolJuniorEnd'),
    afterSchoolFeePerMonth: typeof fee === 'number' && Number.isFinite(fee) && fee >= 0 ? fee : EXAMPLE_SCHOOL_VALUES.afterSchoolFeePerMonth,
  };
}

function fill(text: string, values: SchoolValues): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => (key in values ? String(values[key as keyof SchoolValues]) : whole));
}

/** The answer for the grades asked about: one band's variant, several, or the general answer. */
function body(entry: KbEntry, grades: number[]): { text: string; grade: number | null } {
  const inRange = grades.filter((g) => g >= entry.grades[0] && g <= entry.grades[1]);
  const variants = entry.variants ?? [];
  if (!inRange.length || !variants.length) return { text: entry.answer, grade: null };
  const chosen = variants.filter((v) => inRange.some((g) => g >= v.grades[0] && g <= v.grades[1]));
  // Variants that between them cover every grade of the entry say no more than its answer.
  const coversAll = (g: number) => chosen.some((v) => g >= v.grades[0] && g <= v.grades[1]);
  const all = Array.from({ length: entry.grades[1] - entry.grades[0] + 1 }, (_, i) => entry.grades[0] + i);
  if (!chosen.length || all.every(coversAll)) return { text: entry.answer, grade: null };
  const text = chosen.map((v) => v.text).join('');
  if (inRange.length === 1) {
    const g = inRange[0]!;
    return { text: `${GRADE_LABEL[g] ?? ''}：${text}`, grade: g };
  }
  return { text, grade: null };
}

function cite(entry: KbEntry): string {
  const seed = `${entry.source.file} ${entry.source.section}`;
  return `（来源：${entry.national ? `${entry.national}；` : ''}${seed}）`;
}

function decline(text: string, score = 0): PolicyAnswer {
  return { answered: false, entryId: null, topic: null, text, sources: [], grade: null, score: round(score) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const validGrade = (g: unknown): g is number => typeof g === 'number' && Number.isInteger(g) && g >= 1 && g <= 12;

/**
 * A leading @-mention is addressed to the bot, not part of the question; nor is
 * the 回复张妈妈： a group reply starts with.
 * WeChat ends a mention with a space (often U+2005); without one, only the
 * bot's usual names are known to end it.
 */
const LEADING_MENTION = /^\s*([@＠][^\s@＠]{1,20}[\s\u2005]+)+|^\s*[@＠](双减小助手|小助手|助手|机器人)|^\s*回复\s*[^\s:：]{1,12}\s*[:：]/;

export function answerPolicyQuestion(question: string, opts?: { grade?: number; values?: SchoolValues }): PolicyAnswer {
  try {
    const raw = typeof question === 'string' ? question.replace(LEADING_MENTION, '') : question;
    const s = normalizeQuestion(raw);
    if (!/\p{Script=Han}/u.test(s)) return decline(s.length > MAX_QUESTION_CHARS ? DECLINE_LONG : s ? DECLINE_TEXT : DECLINE_EMPTY);
    if (s.length > MAX_QUESTION_CHARS) return decline(DECLINE_LONG);
    const whole = readQuestion(s);
    let q = whole;
    let best: ReturnType<typeof rank>[number] | undefined;
    let closest = 0;
    let bestYields = false;
    let sentenceRead: Query | undefined;
    // Read once, for the reading windows and for an earlier question alike; a message past the cap is read whole.
    const parts = typeof raw === 'string' && raw.length <= MAX_QUESTION_CHARS ? sentences(raw) : [];
    for (const { text: window, bar, onlyIfNone, yieldsOnTie, afterSpace, sentence } of questionWindows(parts, s)) {
      if (onlyIfNone && best) continue;
      const wq = window === s ? whole : readQuestion(window);
      takeStoryGrades(wq, whole);
      if (bar === CLAUSE_BAR && !standsAlone(wq)) continue;
      // 坐大巴晕车，要提前找谁说; 刚打完疫苗，第二天能上体育课吗: a clause read alone must not drop the subject
      // the seeds do not cover that the sentence is about.
      // 校服短了 能换长一点的不 找谁: words parted by spaces are one sentence, and the same holds.
      // 宿舍十一点熄灯。……想知道高中生最少睡多久: a subject named in another sentence of the story is the story's.
      const around = sentence !== undefined && !afterSpace ? (sentenceRead ??= readQuestion(normalizeQuestion(sentence))) : whole;
      if ((bar === CLAUSE_BAR || afterSpace) && namesOutOfScope(around) && !namesOutOfScope(wq)) continue;
      const top = rank(wq)[0];
      closest = Math.max(closest, top?.coverage ?? 0);
      // The reading that covers its text best wins; on a tie, the narrower one.
      const margin = bar === CLAUSE_BAR && !asksWhereToTurn(wq) && !THEN_ASKS.test(window) ? CLAUSE_MARGIN : 0;
      const beat = (best?.coverage ?? 0) + margin;
      if (top && top.coverage >= bar && (top.coverage > beat || (bestYields && top.coverage >= beat - TIE))) {
        q = wq;
        best = top;
        bestYields = yieldsOnTie === true;
      }
    }
    if (!best) return decline(DECLINE_TEXT, closest);
    const entry = best.doc.entry;
    const values = schoolValues(opts?.values);
    const reply = (e: KbEntry, named: number[]) => {
      const grades = named.length ? named : validGrade(opts?.grade) ? [opts.grade] : [];
      const { text, grade } = body(e, grades);
      return { text: `${fill(text, values)}${cite(e)}`, grade };
    };
    const main = reply(entry, q.named);
    // 初中作业一天最多多长时间？睡眠有没有要求？ asks two things: answer the earlier one too, in the order asked.
    const earlier = earlierQuestion(parts, whole, entry.id);
    const first = earlier ? reply(earlier.entry, earlier.named) : null;
    return {
      answered: true,
      entryId: entry.id,
      topic: entry.topic,
      text: first ? `${first.text}\n${main.text}` : main.text,
      sources: [...new Set([...(earlier ? [earlier.entry.source.file] : []), entry.source.file])],
      grade: main.grade,
      score: round(best.coverage),
    };
  } catch {
    return decline(DECLINE_TEXT);
  }
}

/**
 * A second question asked before the one answered, when it stands alone and
 * the knowledge covers it as surely as a lone clause must be covered: another
 * question sentence, or a clause of the last sentence that asks by itself
 * (想问小学高年级作业时长规定是多少，周末是不是也该控制？). A story's aside
 * (这合理吗？) does not stand alone, and one that asks the same thing as the
 * answer adds nothing.
 */
function earlierQuestion(parts: string[], whole: Query, answered: string): { entry: KbEntry; named: number[] } | null {
  const last = lastAsking(parts);
  if (last < 0) return null;
  const clauses = clausesOf(parts[last]!);
  // A clause asks by itself when it opens as a question or ends on a question particle;
  // 每天留了多少作业，学校要公示吗 asks one thing, with 多少 inside it.
  const asksItself = (c: string) => QUESTION_FORM.test(c) && (OWN_QUESTION_OPENER.test(c) || /[吗呢么嘛][,，]?$/.test(c));
  const asksSentence = (c: string) => /[?？吗呢么嘛][。!！]?$/.test(c);
  const candidates = [...clauses.slice(0, -1).reverse().filter(asksItself), ...parts.slice(0, last).reverse().filter(asksSentence)];
  for (const text of candidates) {
    // 英语老师要求每天打卡……家长拍视频上传，这个允许吗？ says in full what 这个 points at.
    if ((POINTS_BACK.test(text) || NAMES_BACK.test(text)) && !restatesIt(text)) continue;
    const wq = readQuestion(text);
    takeStoryGrades(wq, whole);
    if (!standsAlone(wq) || namesOutOfScope(wq)) continue;
    const top = rank(wq)[0];
    // A sentence of its own that ends as a question is surer to ask by itself than a clause is.
    if (!top || top.coverage < (clauses.includes(text) ? CLAUSE_BAR : EARLIER_SENTENCE_BAR)) continue;
    return top.doc.entry.id === answered ? null : { entry: top.doc.entry, named: wq.named };
  }
  return null;
}

/**
 * Parents often tell the story first and ask last. What to read, in order:
 * the last sentence that asks, then it with the sentences before it, one at
 * a time, then the whole text. The reading whose text the knowledge covers
 * best wins (the narrower on a tie), so the question decides the answer and
 * the story only fills in what it leaves out (这种试卷…打印？政策有规定吗？).
 *
 * A sentence strung together with commas (初三的天天熬到十二点，早上六点就起，
 * 初中生得睡几个钟头？) is read the same way clause by clause, but a clause
 * reading must be nearly all covered and clearly better than the sentence to
 * win: a lone clause drops context far more often than a sentence does.
 */
interface QuestionWindow {
  text: string;
  /** the coverage this reading needs before it may answer */
  bar: number;
  /** read only when no wider reading could answer */
  onlyIfNone?: boolean;
  /** a wider reading that covers its text as well wins */
  yieldsOnTie?: boolean;
  /** for a clause reading: the sentence it is part of, whose out-of-scope subject it must not drop */
  sentence?: string;
  /** the text before it was parted off by a space, not by a sentence end */
  afterSpace?: boolean;
}

/**
 * Sentence ends, the spaces that voice input and hurried typing put between
 * clauses, and an emoji closing a thought (一大摞🙃 周末的作业…): read before
 * normalising, which closes those spaces up and drops the emoji.
 */
const sentences = (raw: string) =>
  raw.split(/(?<=[。！？!?；;\n])|(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})|(?<=\p{Extended_Pictographic}\uFE0F?|\[[\u4e00-\u9fff]{1,4}\])[ \t\u3000]*(?=\p{Script=Han})/u)
    .map((part) => normalizeQuestion(EMOJI_END.test(part) ? `${part}。` : part))
    .filter(Boolean);
const EMOJI_END = /(\p{Extended_Pictographic}\uFE0F?|\[[\u4e00-\u9fff]{1,4}\])[ \t\u3000]*$/u;
/** 兴趣班、辅导课 lists things; only commas part clauses. */
const clausesOf = (sentence: string) => sentence.split(/(?<=[,，])/).filter((c) => /\p{Script=Han}/u.test(c));
/**
 * The grade is often told in the story before the question (孩子三年级……请问要睡多久？),
 * and 初二了……初中生该睡多久 names the stage in the question and the grade in the story.
 */
function takeStoryGrades(q: Query, whole: Query): void {
  const narrower = whole.named.length > 0 && whole.named.length < q.named.length && whole.named.every((g) => q.named.includes(g));
  if (!q.named.length || narrower) q.named = whole.named;
}
/** The last sentence that asks, or -1 when none does. */
function lastAsking(parts: string[]): number {
  let last = parts.length - 1;
  while (last > 0 && !QUESTION_FORM.test(parts[last]!)) last--;
  // …那放学回家干啥？光玩？ a two-character echo after a question says how the asker feels, not what is asked.
  if (last > 0 && ECHO.test(parts[last]!) && QUESTION_FORM.test(parts[last - 1]!) && [...readQuestion(parts[last]!).concepts].every((c) => c.startsWith('#OOS_'))) last--;
  return last >= 0 && QUESTION_FORM.test(parts[last]!) ? last : -1;
}

function questionWindows(parts: string[], s: string): QuestionWindow[] {
  const whole: QuestionWindow = { text: s, bar: ANSWER_THRESHOLD };
  const last = lastAsking(parts);
  if (last < 0) return [whole];
  // …美术班靠谱吗？求推荐: a short request after the question says what it is for; one out of scope is out of scope.
  const after = parts.slice(last + 1).join('');
  const echo = ECHO.test(after) && QUESTION_FORM.test(after);
  if (after && !echo && [...after].length <= FOLLOW_UP && namesOutOfScope(readQuestion(after))) return [whole];
  const windows: QuestionWindow[] = [];
  const clauses = clausesOf(parts[last]!);
  let lastClause = clauses.length - 1;
  while (lastClause > 0 && !QUESTION_FORM.test(clauses[lastClause]!)) lastClause--;
  // …，这样行吗 asks about all that came before; the clause just before it is only a guess.
  const onlyIfNone = POINTS_BACK.test(clauses[lastClause] ?? '');
  for (let start = last; start >= 0; start--) {
    // 真有这种规定吗？老师会不会因为这个罚孩子？ ask about what the sentences before them said.
    const text = parts.slice(start, last + 1).join('');
    if (start > 0 && (namesBackOnly(parts[start]!) || BECAUSE_OF_IT.test(parts[start]!) || pointsBackOnly(parts[start]!) || GO_ALONG.test(parts[start]!))) continue;
    // 爸妈在做 孩子做不了 这种作业能布置吗: 这种作业 may be what the story before the window described.
    // 作业有公示吗？想知道各科每天留了多少: a second question about the first one's subject; the wider reading holds both.
    const yieldsOnTie = start > 0 && (NAMES_BACK.test(text) || (start === last && QUESTION_FORM.test(parts[start - 1]!)));
    // …剩下的能不写吗？老师会不会罚他: a short question after a question, pointing back at it, follows it up.
    // …这合规吗？能不能管管: asking someone to step in is about what the question before it named.
    if (start === last && start > 0 && [...parts[start]!].length <= FOLLOW_UP && QUESTION_FORM.test(parts[start - 1]!)) {
      if (REFERS_BACK.test(parts[start]!) || STEP_IN.test(parts[start]!) || REPORT_IT.test(parts[start]!) || PUNISHED_FOR_IT.test(parts[start]!)) continue;
      // 校服订小了，还能换吗？找谁换: the follow-up is about the subject the question before it named.
      if (namesOutOfScope(readQuestion(parts.slice(0, start).join(''))) && !namesOutOfScope(readQuestion(parts[start]!))) continue;
    }
    windows.push({ text, bar: ANSWER_THRESHOLD, yieldsOnTie, afterSpace: start > 0 && !/[。！？!?；;.]$/.test(parts[start - 1]!) });
  }
  windows.push(whole);
  // Clause readings come last and must beat the sentence readings clearly.
  for (let start = lastClause; start > 0; start--) {
    // 这样布置作业行吗 points back at the clause before it: it cannot be read alone.
    const text = clauses.slice(start, lastClause + 1).join('');
    if (NAMES_BACK.test(text)) continue;
    // 报了课后服务的话，晚上回家还有作业吗: the condition is part of the question.
    if (CONDITION.test(clauses[start - 1]!)) continue;
    if ([...text].length <= 2 * FOLLOW_UP && OBJECTLESS_HOW.test(text)) continue;
    // 明天老师会不会罚他, 这能举报吗: a short clause about someone or something the clause before named
    // (让他干点啥 asks in full what to do with him).
    if ([...text].length <= FOLLOW_UP && ((/[他她它]/.test(text) && !/(让|陪|带|叫|给)(他|她)/.test(text)) || (/^[这那]/.test(text) && REPORT_IT.test(text.slice(1))))) continue;
    // 这样一次收一整年的钱合规吗 says in full what 这样 points at; 这样布置行吗 does not.
    if (POINTS_BACK.test(clauses[start]!) && (start !== lastClause || [...text.replace(POINTS_BACK, '')].length < SAYS_IT_IN_FULL)) continue;
    windows.push({ text, bar: CLAUSE_BAR, onlyIfNone, sentence: parts[last] });
  }
  const seen = new Set<string>();
  return windows.filter((w) => !seen.has(w.text) && seen.add(w.text));
}

/** 想问…, 另外…: a clause that opens a question of its own. */
const OWN_QUESTION_OPENER = /^(想问|请问|问一下|问下|想知道|另外|还有|再问)/;
/** A pointing clause this long without its pointer names what it asks about itself. */
const SAYS_IT_IN_FULL = 9;
/** A question sentence this short right after another question, with a word pointing back, follows it up. */
const FOLLOW_UP = 10;
const REFERS_BACK = /[他她它这那]/;
/** 能不能管管, 有人管吗: a call to act, on whatever was just asked about. */
const STEP_IN = /管管|管一管|管不管|有人管|没人管|谁管/;
/** …能不能让他先睡？老师会不会罚: whether the child is punished for what the question before it asked about. */
const PUNISHED_FOR_IT = /^(老师|学校)?(会不会|会|能不能|可不可以|要不要)?(罚|批评|惩罚|处罚|惩戒|怪罪|怪)(他|她|孩子|娃|我们)?(吗|么|呢|啊)?[?？]?$/;
/** 这个家长必须配合吗: whether to go along with what the sentence before described. */
const GO_ALONG = /^(这个|这事|这种|那)?(家长|我们|我)?(必须|一定要|非得|非要|得|要|需要)?(配合|照做)(吗|么|不|呢)?[?？]?$/;
/** 如果…， / …的话，: a condition the clause after it depends on. */
const CONDITION = /^(如果|要是|假如|若是?|万一)|(的话|的情况下)[,，]?$/;
/** …这个允许吗？能举报吗: whether to report what the question before it asked about. */
const REPORT_IT = /^(家长|我们|我|咱|俺)?(能|可以|可不可以|能不能|该不该|要不要|我能|我可以)?(举报|投诉|反映|告)(吗|不|么|呢|一下吗)?[?？]?$/;
/** 这个允许吗？这样合规吗？ opens by pointing at the sentence before: it cannot be read without it. */
const OPENS_WITH_POINTER = /^(这个|这样|这种|这么做|那样|那个|那种|这)(做|搞|弄|安排|要求)?(也|都|真的?)?(允许|合规|合法|合理|正常|对|行|可以|能|算|违规|有规定|符合)/;
/** 这个允许吗 points back and says nothing more; 这算不算给家长布置作业 says in full what it asks. */
const pointsBackOnly = (sentence: string) => OPENS_WITH_POINTER.test(sentence) && [...sentence.replace(POINTS_BACK, '')].length < SAYS_IT_IN_FULL;
/** How much of a lone clause the knowledge must cover before the clause alone may answer. */
const CLAUSE_BAR = 0.85;
/** How much of an earlier question sentence the knowledge must cover before it is answered as well. */
const EARLIER_SENTENCE_BAR = 0.8;
/** …and by this much more than the sentence readings, else the sentence with its context wins. */
const CLAUSE_MARGIN = 0.1;
const POINTS_BACK = /这样|这种|这么|这个|这些|那样|那种|那个|那些|这事|这量|此/;
/** 这种作业 names a thing the story described, wherever in the window it stands. */
const NAMES_BACK = /(这种|这样的|这类|这个|那种|那样的|那个|这些|那些)(作业|事|要求|做法|活|任务|安排|情况|规定|说法|班|课|培训|机构|(上课|上学|放学|补课)?(时间|时长)|收费|价格|提前教|提前学|超前教|超前学)|这条(?![路街线河鱼裤])/;
/** …，家长要怎么配合管: how to handle it, with no object: the clause before says what. */
const OBJECTLESS_HOW = /(怎么|咋|如何|该怎么|要怎么|怎样)(配合|一起|合力)?(管|弄|办|处理|应对|引导|管理|约束|控制)(呢|啊|呀|才好|才行)?[?？]*$/;
/** 光玩？ 真的？: a very short echo. */
const ECHO = /^[\p{Script=Han}]{1,3}[?？!！。]*$/u;
/** 学校要求家长每天检查作业再签字，这个规定允许吗 says in full what its pointer points at; 真有这种规定吗 leans on the story. */
const restatesIt = (text: string) => [...text.replace(POINTS_BACK, '').replace(NAMES_BACK, '')].length >= 2 * SAYS_IT_IN_FULL;
const namesBackOnly = (sentence: string) => NAMES_BACK.test(sentence) && !restatesIt(sentence);
const BECAUSE_OF_IT = /(因为|为了?)(这个|这事|这件事|这)(?!年级|学期)/;
/**
 * A clause read alone must name two topics at least (睡 and 几个钟头; 作业
 * and 翻倍; 假期 and 作业): 就是写作业吗 after 课后服务都干些啥 is a follow-up.
 * Two kinds of clause are whole questions with one topic, when said in full:
 * where to turn (我还能找谁反映; 能举报吗 is too short) and what a parent is to
 * do (晚上回家我该带孩子干点啥).
 */
function standsAlone(q: Query): boolean {
  if (q.topics >= 2) return true;
  if (q.length < FULL_QUESTION) return false;
  return q.units.some((u) => u.concept && u.weight >= DECISIVE_WEIGHT) || asksWhatToDo(q);
}
/** Coverages this close are a tie: 0.942 and 0.944 say the same about a reading. */
const TIE = 0.01;
/** A clause this short is a fragment: 能举报吗. */
const FULL_QUESTION = 5;
/** Concepts weighted this much (where to complain, where to look) decide a question alone. */
const DECISIVE_WEIGHT = 1.5;
/** 学校不让家长批作业了，那我们该管点啥: after 那, what came before is the premise and this is the question. */
const THEN_ASKS = /^(那|那么|那我|那俺|那咱)/;
const namesOutOfScope = (q: Query) => [...q.concepts].some((c) => c.startsWith('#OOS_'));
/** 有啥渠道 / 找谁反映: the story before it only says why. */
const asksWhereToTurn = (q: Query) => q.concepts.has('#COMPLAIN');
/** 晚上回家该带孩子干点啥 (but not 家长可以不配合吗, which asks about what came before). */
const asksWhatToDo = (q: Query) =>
  q.concepts.has('#ROLE') && ['#PARENT', '#EVENING', '#DISMISS', '#AFTER'].some((c) => q.concepts.has(c)) && /啥|什么|哪些|怎么|干嘛/.test(q.text);

/** Asking forms: a question mark, a final particle, a final 不/没 (合适不, 有规定没), or an interrogative. */
const QUESTION_FORM =
  /[?？]|[吗么嘛呢](?=$|[,，.。!！~～\s])|(?<=[有能行对中用让上合适])[不没](?=$|[,，.。!！~～\s])|^(能|可以|可|会)[^,，。]{0,10}[不没]$|多久|多长|几点|几个|几次|几天|几小时|多少|什么|啥|怎么|如何|是否|能不能|可不可以|可以不|行不行|有没有|要不要|算不算|是不是|会不会|允不允许|合不合规|需不需要|用不用|让不让|哪|谁/;
/** Longer than this, a group message is a story or a notice, not a question to answer unasked. */
const MAX_UNPROMPTED_CHARS = 150;
/**
 * About one day's arrangements (明天还有课后服务吗) or something that has
 * happened (交了吗): the class's business, for the teacher to answer.
 */
const ABOUT_ONE_DAY = /今天|明天|后天|今晚|明晚|昨天|这周|下周|本周|这个周|下个周|周[一二三四五六日]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|了吗|了没|了没有/;

/** true when a group message (not @-mentioning the bot) is clearly a policy question the bot should answer unprompted; false for chatter (收到, 谢谢老师, 👍), logistics, and statements */
export function isClearPolicyQuestion(text: string): boolean {
  try {
    if (typeof text !== 'string') return false;
    const raw = text.trim();
    // Addressed to someone else in the group.
    if (/^[@＠]/.test(raw)) return false;
    const s = normalizeQuestion(raw);
    if (s.length < 4 || s.length > MAX_UNPROMPTED_CHARS) return false;
    if (!QUESTION_FORM.test(s) || ABOUT_ONE_DAY.test(s)) return false;
    const a = answerPolicyQuestion(s);
    return a.answered && a.score >= UNPROMPTED_THRESHOLD;
  } catch {
    return false;
  }
}

/** the grade mentioned in a question ("我家孩子三年级", "初二", "七年级", "小学一年级"), or null */
export function gradeFromText(text: string): number | null {
  try {
    const { explicit } = gradeMentions(normalizeQuestion(text));
    return explicit.length === 1 && explicit[0]! <= 9 ? explicit[0]! : null;
  } catch {
    return null;
  }
}
