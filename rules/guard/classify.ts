/**
 * The parent-burden guard: does a teacher's message ask parents to do what the
 * 双减 rules keep off them?
 *
 * The reading is clause by clause and explainable. In each clause it looks for
 * a burden act from one rule's word family (批改, 签字, 打印, 拍照上传, 打卡 …),
 * then asks who is to do it (the parent, the pupil, the teacher), what it is
 * done to (homework, or a bike, a safety form), and whether the clause says
 * the opposite (不需要, 无需, 严禁 …), asks a question or reports the past.
 * A refusal names the rule, its seed, the words that set it off, and a
 * rewording that keeps the rest of the message.
 *
 * Electronic homework is refused only for primary pupils. The stage comes from
 * what the text names (小学/三年级 or 初中/八年级), else from opts.grade, else
 * from cues that the pupils are young (口算, 拼音, 小朋友, the parent's phone);
 * with none of these the message is allowed.
 */
import * as L from './lexicon.ts';
import { normalizeForGuard, splitSentences, toChinesePunctuation, type Clause, type Sentence } from './text.ts';
import { readNumber } from '../numerals.ts';

export { normalizeForGuard } from './text.ts';

export type GuardRule =
  | 'parent_grading' // 家长批改/判作业
  | 'parent_checking_signing' // 家长检查作业、签字作为完成证明、把关
  | 'parent_printing' // 家长打印作业/试卷
  | 'parent_checkin_upload' // 拍照/上传/打卡/录视频发群 作为作业完成证明
  | 'homework_for_parents' // 给家长布置作业（家长写感想、抄写…）
  | 'parent_does_homework' // 家长代做/家长完成手工等
  | 'electronic_homework_primary' // 小学生电子作业（手机/平板/APP/线上答题）
  | 'scores_ranking' // 在家长群公布成绩/排名
  | 'punitive_homework' // 惩罚性、机械重复作业（罚抄、抄写N遍作为惩罚）
  | 'exemption_refused'; // 不认家长签字免写、写不完不许睡

export interface GuardVerdict {
  verdict: 'refuse' | 'allow';
  rule: GuardRule | null;
  /** the rule in Chinese, quoted/paraphrased from the seed, e.g. “严禁要求家长检查、批改作业” */
  ruleText: string | null;
  /** seed file name plus where, e.g. '002_0f47ff1c24227790.txt（作业管理实施方案·三）' */
  source: string | null;
  /** the words in the text that triggered the verdict */
  triggers: string[];
  /** for a refusal: a compliant rewording of the teacher's message in Chinese (keep the legitimate parts of the message, drop or replace the forbidden ask, e.g. 请家长检查并签字 → 老师会在学校批改，家长只需提醒孩子按时完成、按时睡觉) */
  rewording: string | null;
  /** one short Chinese sentence explaining the verdict */
  reason: string;
}

// ── compiled word families ────────────────────────────────────────────────

const g = (src: string) => new RegExp(src, 'g');
const GRADING = g(`${L.alt([...L.GRADING_STRONG, ...L.GRADING_WEAK])}`);
const GRADING_STRONG = new Set(L.GRADING_STRONG);
const GRADING_NEEDS_PARENT = new Set(L.GRADING_NEEDS_PARENT);
const CHECKING = g(L.alt(L.CHECKING_VERBS));
const SIGNING = g(L.alt(L.SIGNING_VERBS));
const PRINTING = g(`(?:${L.alt(L.PRINTING_VERBS)})(?!${L.PRINTING_NOUN_AFTER})`);
const MEDIA = g(L.alt(L.MEDIA_VERBS));
const SENDING = g(L.alt(L.SENDING_VERBS));
const FOR_THE_CHILD = /(给|帮)(孩子|他|她)/;
const POLISHED_ANYWHERE = new RegExp(L.POLISHED_PRODUCT.source);
const SHOWN_IN_CHANNEL = new RegExp(`^晒[^,;。!?]{0,12}?(到|在|进)\\S{0,3}?${L.CHANNELS.source}`);
const CHECKIN = g(L.alt(L.CHECKIN_VERBS));
const ACTOR = g(`(${L.alt(L.PARENT_WORDS)})|(${L.alt(L.PUPIL_WORDS)})|(${L.alt(L.SELF_WORDS)})|(${L.alt(L.TEACHER_WORDS)})`);
const NEGATOR = g(L.alt(L.NEGATORS));
const OBJECT_KIND = new Map<string, ObjectKind>();
for (const w of L.HOMEWORK_OBJECTS) OBJECT_KIND.set(w, 'homework');
for (const w of L.NON_HOMEWORK_OBJECTS) OBJECT_KIND.set(w, 'other');
for (const w of L.ADMIN_DOCUMENTS) OBJECT_KIND.set(w, 'admin');
const OBJECT = g(`${L.alt([...OBJECT_KIND.keys()])}|${L.BARE_TI}`);
const HOMEWORK_WORD = new RegExp(`${L.alt(L.HOMEWORK_OBJECTS)}|${L.BARE_TI}`);
const NOT_HOMEWORK_WORD = g(L.alt([...L.ADMIN_DOCUMENTS, ...L.NON_HOMEWORK_OBJECTS]));

/** No sentence yields more acts than this: a 10,000-character paste stays linear. */
const MAX_MATCHES = 40;
/** How far back the actor of an act is looked for. */
const ACTOR_REACH = 40;
/** How far back from 填报/反馈 the thing reported is looked for. */
const REPORT_REACH = 30;
/** How far past the verb its object is looked for. */
const OBJECT_REACH = 16;

type ObjectKind = 'homework' | 'other' | 'admin';
type ActorKind = 'parent' | 'pupil' | 'teacher' | 'co';

interface Found {
  at: number;
  text: string;
}

interface Hit {
  rule: GuardRule;
  sentence: number;
  clause: number;
  at: number;
  triggers: string[];
}

interface Suppressed {
  why: L.AllowReason;
  triggers: string[];
}

interface MessageFacts {
  text: string;
  hasHomework: boolean;
  hasParentHomeworkNoun: boolean;
  /** the items follow a heading that gives them to the parents (每位家长需完成：) */
  parentTaskList: boolean;
  /** addressed to the bot without asking it to post anything */
  askingBot: boolean;
  stage: 'primary' | 'junior' | 'unknown';
}

/** One sentence under examination, with what has been found in it. */
class Reading {
  readonly hits: Hit[] = [];
  readonly suppressed: Suppressed[] = [];
  readonly isQuestion: boolean;
  /** The sentence with titles blanked: 《好妈妈胜过好老师》, 一篇“我眼中的孩子” name no actor. */
  readonly masked: string;

  constructor(
    readonly s: Sentence,
    readonly index: number,
    readonly msg: MessageFacts,
    next: Sentence | undefined,
  ) {
    const t = s.text;
    // 小助手问一下 三年级能不能布置平板作业: put to the bot, a question needs no question mark.
    const asked = s.delim.includes('?') || /[吗么]$/.test(t) || (msg.askingBot && L.ASKING_FORM.test(t));
    this.isQuestion = asked && (msg.askingBot || L.ASKING_OPENER.test(t) || !L.POLITE_REQUEST.test(t) || L.ANSWER_NO.test(next?.text ?? ''));
    this.masked = t.replace(/《[^《》]{0,40}》|(?<=(篇|份|手写的|题为|题目为|题目是|主题是|主题为)\S{0,3})“[^“”]{0,20}”/g, (title) => '□'.repeat(title.length));
  }

  get text() {
    return this.s.text;
  }

  clauseAt(at: number): { clause: Clause; index: number } {
    const cs = this.s.clauses;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      if (at < c.end || i === cs.length - 1) return { clause: c, index: i };
    }
    return { clause: cs[0]!, index: 0 };
  }

  hit(rule: GuardRule, at: number, triggers: (string | undefined)[]) {
    this.hits.push({ rule, sentence: this.index, clause: this.clauseAt(at).index, at, triggers: triggers.filter((t): t is string => !!t) });
  }

  suppress(why: L.AllowReason, triggers: (string | undefined)[]) {
    this.suppressed.push({ why, triggers: triggers.filter((t): t is string => !!t) });
  }

  /**
   * Why an act at `at` is not a live request: negated, asked about, or past.
   * Returns the negating words when it is negated.
   */
  blocked(at: number, len: number): { why: L.AllowReason; word?: string } | null {
    const { clause } = this.clauseAt(at);
    const t = this.text;
    const clauseText = t.slice(clause.start, clause.end);
    if (L.NEED_QUESTION.test(clauseText) || this.isQuestion) return { why: 'question' };
    if (L.PAST_OPENERS.test(clauseText) || L.HYPOTHETICAL_REPORT.test(clauseText) || L.REPORTED_QUESTION.test(t.slice(0, at)) || L.PARENTS_REPORTED.test(t.slice(clause.start, at)) || L.HOW_TO_REPORT.test(t)) return { why: 'question' };
    const neg = negatorBefore(this.masked, Math.max(clause.start, at - L.NEGATION_REACH), at);
    if (neg) return { why: 'negated', word: neg };
    if (t[at - 1] === '不' || t[at - 1] === '免') return { why: 'negated', word: `${t[at - 1]}${t.slice(at, at + len)}` };
    const after = L.NEGATION_AFTER.exec(t.slice(at + len, clause.end));
    if (after) return { why: 'negated', word: after[0] };
    const discouraged = L.DISCOURAGED_AFTER.exec(t.slice(at + len));
    if (discouraged) return { why: 'negated', word: discouraged[0].replace(/^[^,，]*[,，]\s*/, '') };
    const rejected = L.PROPOSAL.test(clauseText) ? L.PROPOSAL_REJECTED.exec(t.slice(at + len)) : null;
    if (rejected) return { why: 'negated', word: rejected[0].slice(-8).replace(/^[,，]+/, '') };
    return null;
  }

  /** Whether the act is a live request; if not, notes why for the allow reason. */
  live(m: Found): boolean {
    const b = this.blocked(m.at, m.text.length);
    if (b) this.suppress(b.why, [b.word, m.text]);
    return !b;
  }

  actor(at: number): { kind: ActorKind; word: string } | null {
    return actorBefore(this.masked, Math.max(0, at - ACTOR_REACH), at);
  }

  before(at: number): string {
    const { clause } = this.clauseAt(at);
    return this.text.slice(clause.start, at);
  }

  /** Is the act, with no named actor, still addressed to the parent? */
  addressedToParent(at: number): boolean {
    const t = this.text;
    return L.REQUEST_MARKERS.test(t.slice(0, at)) || L.CHILD_REFERENCE.test(t) || L.ROUTINE.test(t);
  }

  object(at: number, len: number): { kind: ObjectKind | null; word?: string; near: boolean } {
    const t = this.text;
    const { clause } = this.clauseAt(at);
    const after = firstObject(t, at + len, Math.min(clause.end, at + len + OBJECT_REACH));
    if (after) return { ...after, near: true };
    const before = lastObject(t, clause.start, at);
    if (before) return { ...before, near: true };
    let other: { kind: ObjectKind; word: string } | null = null;
    for (const m of scan(OBJECT, t)) {
      const kind = kindAt(t, m);
      if (kind === 'homework') return { kind, word: m.text, near: false };
      other ??= { kind, word: m.text };
    }
    return other ? { ...other, near: false } : { kind: null, near: false };
  }
}

// ── the classifier ────────────────────────────────────────────────────────

export function classifyTeacherMessage(text: string, opts?: { grade?: number }): GuardVerdict {
  let t: string;
  // 小助手，学校能不能…？ with no 帮我发 is a question put to the bot, not a notice.
  let askingBot = false;
  try {
    const n = normalizeForGuard(text);
    const prefix = L.BOT_PREFIX.exec(n);
    askingBot = !!prefix?.[0] && !prefix[2] && !L.BOT_POST_REQUEST.test(n);
    t = n.replace(L.BOT_PREFIX, '');
  } catch {
    t = '';
  }
  if (!/[\u4e00-\u9fff]/.test(t)) return allow(L.ALLOW_REASONS[t ? 'plain' : 'empty'], []);

  const sentences = splitSentences(t);
  const msg: MessageFacts = {
    text: t,
    // 运动会 and 报名表 are not 运动 and 作业: blank the forms and things first.
    hasHomework: HOMEWORK_WORD.test(t.replace(NOT_HOMEWORK_WORD, '□')),
    hasParentHomeworkNoun: /家长作业|家长任务/.test(t),
    parentTaskList: L.PARENT_TASK_HEADER.test(t),
    stage: schoolStage(t, opts?.grade),
    askingBot,
  };
  const readings = sentences.map((s, i) => new Reading(s, i, msg, sentences[i + 1]));
  for (const r of readings) {
    for (const look of DETECTORS) look(r);
  }
  const hits = readings.flatMap((r) => r.hits).sort((a, b) => a.sentence - b.sentence || a.at - b.at);
  const first = hits[0];
  if (!first) return allowFrom(readings.flatMap((r) => r.suppressed));

  const info = L.RULE_INFO[first.rule];
  return {
    verdict: 'refuse',
    rule: first.rule,
    ruleText: info.ruleText,
    source: info.source,
    triggers: unique(hits.flatMap((h) => h.triggers)).slice(0, 8),
    rewording: reword(sentences, hits),
    reason: info.reason,
  };
}

const DETECTORS: ((r: Reading) => void)[] = [
  lookForGrading,
  lookForChecking,
  lookForLookingOver,
  lookForSigning,
  lookForPrinting,
  lookForUploads,
  lookForCheckins,
  lookForHomeworkForParents,
  lookForParentDoingHomework,
  lookForElectronicHomework,
  lookForScores,
  lookForPunishment,
  lookForRefusedExemption,
];

// ── one detector per rule family ──────────────────────────────────────────

function lookForGrading(r: Reading) {
  const phrases = scan(L.GRADING_PHRASES, r.text).map((m) => ({ ...m, phrase: true }));
  for (const m of [...scan(GRADING, r.text).map((m) => ({ ...m, phrase: false })), ...phrases]) {
    if (L.PRAISED_MANNER_AFTER.test(r.text.slice(m.at + m.text.length))) continue;
    if (L.LEFT_TO_TEACHER_AFTER.test(r.text.slice(m.at + m.text.length)) || L.SOME_PARENTS_BEFORE.test(r.text.slice(Math.max(0, m.at - 10), m.at))) continue;
    if (!r.live(m)) continue;
    const who = r.actor(m.at);
    if (who?.kind === 'teacher' || who?.kind === 'pupil') {
      r.suppress('teacherOrPupil', [who.word, m.text]);
      continue;
    }
    // 请对照答案给孩子打个分: whoever marks the child's paper for him is, in a class group, the parent.
    const forTheChild = m.phrase && FOR_THE_CHILD.test(m.text) && r.addressedToParent(m.at);
    if (!who && !forTheChild) {
      if (m.phrase || GRADING_NEEDS_PARENT.has(m.text)) continue;
      const before = r.before(m.at);
      if (L.DONE_BEFORE.test(before) || L.TEACHER_CONTEXT_BEFORE.test(before) || !r.addressedToParent(m.at)) continue;
    }
    const obj = r.object(m.at, m.text.length);
    if (GRADING_STRONG.has(m.text)) {
      if (obj.near && obj.kind !== 'homework' && obj.kind !== null) continue;
    // 请家长按标准给孩子打分, 家长对完答案: a marking phrase put to the parent is marking, whatever the work is called.
    } else if (obj.kind !== 'homework' && !(m.phrase && (who?.kind === 'parent' || forTheChild) && obj.kind === null)) continue;
    const proofTick = /[勾钩]/.test(m.text) && L.LOG_SHEETS.test(r.text);
    r.hit(proofTick ? 'parent_checking_signing' : 'parent_grading', m.at, [who?.word, m.text, obj.word]);
  }
}

function lookForChecking(r: Reading) {
  const found = [...scan(CHECKING, r.text), ...scan(L.CHECKING_PHRASES, r.text)];
  for (const m of found) {
    if (L.NOT_A_VERB_AFTER.test(r.text.slice(m.at + m.text.length))) continue;
    if (!r.live(m)) continue;
    const who = r.actor(m.at);
    if (who?.kind === 'teacher' || who?.kind === 'pupil') {
      r.suppress('teacherOrPupil', [who.word, m.text]);
      continue;
    }
    const before = r.before(m.at);
    if (L.INSPECTION_BEFORE.test(before)) continue;
    if (!who) {
      if (L.DONE_BEFORE.test(before) || L.TEACHER_CONTEXT_BEFORE.test(before)) continue;
      const selfCheck = L.SELF_CHECK_BEFORE.test(before);
      const euphemism = L.CHECKING_EUPHEMISMS.test(m.text);
      if (!(L.CHILD_REFERENCE.test(r.text) || euphemism || (L.REQUEST_MARKERS.test(r.text.slice(0, m.at)) && !selfCheck))) continue;
    }
    const { clause } = r.clauseAt(m.at);
    if (L.SUPPLY_CHECK.test(r.text.slice(m.at, clause.end))) {
      r.suppress('notHomework', [m.text]);
      continue;
    }
    const obj = r.object(m.at, m.text.length);
    if (obj.kind === 'other' || obj.kind === 'admin') {
      if (obj.near || !r.msg.hasHomework) {
        r.suppress('notHomework', [m.text, obj.word]);
        continue;
      }
    }
    if (obj.kind === null && !(r.msg.hasHomework && (who?.kind === 'parent' || who?.kind === 'co' || L.CHECKING_EUPHEMISMS.test(m.text)))) continue;
    r.hit('parent_checking_signing', m.at, [who?.word, m.text, obj.word]);
  }
}

/** 家长帮忙看一下卷子: looking over the child's work, said plainly. */
function lookForLookingOver(r: Reading) {
  for (const m of scan(L.LOOK_OVER, r.text)) {
    const who = r.actor(m.at);
    if (who?.kind !== 'parent' && who?.kind !== 'co') continue;
    const { clause } = r.clauseAt(m.at);
    const work = L.CHILD_WORK.exec(r.text.slice(m.at, Math.min(clause.end, m.at + m.text.length + OBJECT_REACH))) ?? L.CHILD_WORK.exec(r.text.slice(clause.start, m.at));
    if (!work) continue;
    if (!r.live(m)) continue;
    r.hit('parent_checking_signing', m.at, [who.word, m.text, work[0]]);
  }
}

function lookForSigning(r: Reading) {
  const fields = scan(L.SIGNING_FIELDS, r.text);
  const found = [...scan(SIGNING, r.text), ...fields];
  for (const m of found) {
    // 孩子给这本书写一句评价 is the pupil's own writing.
    // 加上您的名字 names the parent whoever was spoken of last.
    if (fields.includes(m) && r.actor(m.at)?.kind === 'pupil' && !/(您|家长)/.test(m.text)) continue;
    // 听写本不用家长签名: the field named only to say it is not needed.
    const deniedInside = fields.includes(m) ? L.FIELD_DENIED.exec(m.text) : null;
    if (deniedInside) {
      r.suppress('negated', [deniedInside[0], m.text]);
      continue;
    }
    // 黑色签字笔: a pen, not a signature.
    if (/^笔/.test(r.text.slice(m.at + m.text.length))) continue;
    if (!r.live(m)) continue;
    const who = r.actor(m.at);
    if (who?.kind === 'teacher') {
      r.suppress('teacherOrPupil', [who.word, m.text]);
      continue;
    }
    // A pupil writing his own name on his paper is no parent signature.
    if (who?.kind === 'pupil' && L.OWN_NAME_AFTER.test(r.text.slice(m.at + m.text.length))) continue;
    if ((L.EXEMPTION_CUES.test(r.text) || L.EXEMPTION_EXPLAINED.test(r.msg.text)) && !L.UNSIGNED_PENALTY.test(r.msg.text)) {
      r.suppress('exemption', [m.text, L.EXEMPTION_CUES.exec(r.text)?.[0]]);
      continue;
    }
    // A form named in the clause is what is signed, even if 阅读 or 作业 come closer: 同意书请仔细阅读并签字.
    const form = adminIn(r, m.at);
    const obj = form ? { kind: 'admin' as const, word: form, near: true } : r.object(m.at, m.text.length);
    if (obj.kind === 'admin' || obj.kind === 'other') {
      r.suppress('notHomework', [m.text, obj.word]);
      continue;
    }
    if (obj.kind === null) {
      // 漏签按未完成处理: a signature the work is not counted without is proof of it.
      // …读流利了就在课题旁边签上您的名字: signing once the task is done is proof of it.
      const proof = L.PROOF_WORDS.test(r.text) || L.UNSIGNED_PENALTY.test(r.msg.text) || L.TASK_DONE_BEFORE.test(r.before(m.at));
      if (!(r.msg.hasHomework || proof || L.ROUTINE.test(r.text))) continue;
    }
    r.hit('parent_checking_signing', m.at, [who?.kind === 'parent' ? who.word : undefined, m.text, obj.word]);
  }
}

function lookForPrinting(r: Reading) {
  const paperCopy = L.PAPER_FORMAT.test(r.msg.text) ? scan(L.PREPARE_COPY, r.text) : [];
  for (const m of [...scan(PRINTING, r.text), ...paperCopy]) {
    if (m.text === '下载' && !L.DOWNLOAD_MATERIAL.test(r.text.slice(m.at + 2))) continue;
    // 家长把题目手抄到本子上: copying the sheet out is the parent's printing; the pupil copying is his work.
    if (/抄/.test(m.text) && r.actor(m.at)?.kind !== 'parent') continue;
    // 作业全部是纸质的: what the work already is, not a copy to be made.
    if (/^纸/.test(m.text) && /(是|为)$/.test(r.text.slice(0, m.at))) continue;
    // 纸质版学校已统一印好: the paper copy the school has made.
    if (/^纸/.test(m.text) && /^\S{0,3}?(学校|老师|年级|班级)(已经?|会|统一|负责)/.test(r.text.slice(m.at + m.text.length))) continue;
    if (!r.live(m)) continue;
    const before = r.before(m.at);
    // 我会在群里发预习单，打出来夹在文件袋里就行: after the teacher's own posting, a clause with no subject of its own tells the reader.
    const toReader = !actorBefore(r.masked, r.clauseAt(m.at).clause.start, m.at) && [...before].length <= 2 && /家长/.test(r.msg.text);
    const named = r.actor(m.at);
    const who = named?.kind === 'teacher' && toReader ? { kind: 'parent' as const, word: '家长' } : named;
    if (who?.kind === 'teacher' || L.SCHOOL_PRINTS.test(before) || L.DONE_BEFORE.test(before)) {
      r.suppress('teacherOrPupil', [who?.word, m.text]);
      continue;
    }
    const obj = r.object(m.at, m.text.length);
    if ((obj.kind === 'admin' || obj.kind === 'other') && (obj.near || !r.msg.hasHomework)) {
      r.suppress('notHomework', [m.text, obj.word]);
      continue;
    }
    // 打好 / 出一份 print only with a sheet of work in sight: 打好基础, 出一份力 do not.
    if (L.PRINTING_WEAK.test(m.text) && !L.PRINTED_SHEET.test(r.msg.text)) continue;
    r.hit('parent_printing', m.at, [who?.word, m.text, obj.word]);
  }
}

function lookForUploads(r: Reading) {
  const t = r.text;
  const acts = [
    ...scan(MEDIA, t).filter((m) => !L.LISTENING_BEFORE.test(t.slice(Math.max(0, m.at - 14), m.at))),
    ...scan(SENDING, t).filter((m) => {
      // 晒一张孩子写的字到班级群: shown off where the class sees it, whatever is shown.
      if (m.text === '晒') return HOMEWORK_WORD.test(t.slice(m.at + 1, m.at + 8)) || L.MEDIA_WORDS.test(t.slice(m.at + 1, m.at + 8)) || SHOWN_IN_CHANNEL.test(t.slice(m.at));
      const inherent = L.INHERENT_SENDING.test(m.text);
      return inherent || L.MEDIA_WORDS.test(t) || L.CHANNELS.test(t.slice(m.at, m.at + 10));
    }),
    ...scan(L.MEDIA_SEND, t),
    // Submitting through an app is uploading when a photo or the parent is involved;
    // a pupil submitting there himself is electronic homework, judged by stage.
    ...(L.CHANNELS.test(t) ? scan(L.SUBMIT, t) : []).filter(
      (m) => L.MEDIA_WORDS.test(t) || r.actor(m.at)?.kind === 'parent' || (r.addressedToParent(m.at) && L.TASK_DONE_BEFORE.test(r.before(m.at))),
    ),
  ];
  for (const m of acts) {
    if (!r.live(m)) continue;
    const who = r.actor(m.at);
    const before = r.before(m.at);
    if (who?.kind === 'teacher' || L.DONE_BEFORE.test(before)) {
      r.suppress('teacherOrPupil', [who?.word, m.text]);
      continue;
    }
    // 由学校统一拍摄……之后会发到群里: the school posts it later, whoever was named before.
    if (L.SCHOOL_POSTS_LATER.test(before)) continue;
    // 群里还有家长发孩子的作业照片……真的不用这样: what some parents do, told to stop.
    if (L.SOME_PARENTS_BEFORE.test(t.slice(Math.max(0, m.at - 20), m.at)) && L.TOLD_TO_STOP.test(r.msg.text)) continue;
    // A photo of the 免写 note is the exemption itself, not proof of work.
    if (L.EXEMPTION_CUES.test(t)) {
      r.suppress('exemption', [m.text]);
      continue;
    }
    // With no one named, an upload is an instruction, unless it reports the teacher's own posting (稍后发群里, 发群里了).
    // 周一交给老师 hands it in at school; 每周一在钉钉群提交 sends it through an app.
    if (!who && ((L.TEACHER_CONTEXT_BEFORE.test(before) && !L.CHANNELS.test(before)) || L.POSTED_ALREADY_AFTER.test(t.slice(m.at + m.text.length, r.clauseAt(m.at).clause.end)))) continue;
    const obj = r.object(m.at, m.text.length);
    // 照片晒到班级相册，作为劳动作业完成的证明: said to be proof, whatever is pictured.
    const statedProof = L.PROOF_WORDS.test(t) && (r.msg.hasHomework || /完成/.test(t));
    if ((obj.kind === 'admin' || obj.kind === 'other') && (obj.near || !r.msg.hasHomework) && !statedProof) {
      r.suppress('notHomework', [m.text, obj.word]);
      continue;
    }
    // No task named: still proof of work after 完成后…, or when parents are told to send through an app or the group.
    const proofOfDone = L.TASK_DONE_BEFORE.test(before);
    const parentThroughChannel = (who?.kind === 'parent' || r.addressedToParent(m.at)) && L.CHANNELS.test(t);
    // 孩子学习时家长拍一张照片 … 发到班级群相册: the child at work, sent where the class sees it.
    const studyShown = L.STUDY_SCENE.test(t) && L.CHANNELS.test(r.msg.text);
    if (obj.kind === null && !r.msg.hasHomework && !proofOfDone && !parentThroughChannel && !studyShown) continue;
    r.hit('parent_checkin_upload', m.at, [who?.word, m.text, obj.word]);
  }
}

function lookForCheckins(r: Reading) {
  const t = r.text;
  for (const m of scan(CHECKIN, t)) {
    const after = t.slice(m.at + m.text.length);
    if (m.text.endsWith('打卡') && L.CHECKIN_NOUN_AFTER.test(after)) continue;
    if (!r.live(m)) continue;
    const who = r.actor(m.at);
    if (who?.kind === 'teacher') {
      r.suppress('teacherOrPupil', [who.word, m.text]);
      continue;
    }
    const before = r.before(m.at);
    if (m.text.endsWith('打卡')) {
      if (L.HEALTH_CHECKIN.test(before)) {
        r.suppress('notHomework', [m.text]);
        continue;
      }
      if (L.PLACE_CHECKIN.test(before) && !L.MEDIA_WORDS.test(t) && !L.CHANNELS.test(t)) continue;
      r.hit('parent_checkin_upload', m.at, [who?.word, m.text]);
      continue;
    }
    if (m.text === '接龙' && L.GAME_CHAIN.test(before)) continue;
    // 签到 and 接龙 are everyday group chores; only a task's completion makes them proof.
    if ((m.text === '签到' && L.MEETING_CONTEXT.test(t)) || L.ROLL_CALL.test(t)) continue;
    const task = HOMEWORK_WORD.exec(t) ?? L.COMPLETION_OBJECTS.exec(t);
    if (!task) continue;
    r.hit('parent_checkin_upload', m.at, [who?.word, m.text, task[0]]);
  }
  for (const m of scan(L.RESULT_REPORT, t)) {
    const who = r.actor(m.at);
    if (who?.kind === 'teacher') continue;
    if (!r.live(m)) continue;
    if (!who && !r.addressedToParent(m.at)) continue;
    r.hit('parent_checkin_upload', m.at, [who?.word, m.text]);
  }
  // 登记/反馈/回复 … 完成情况: reporting that the child has done it.
  for (const m of scan(L.REPORT_VERBS, t)) {
    const { clause } = r.clauseAt(m.at);
    // 读了多少页，请家长在小管家里填报: what is reported may be named a clause before.
    const span = t.slice(Math.max(0, clause.start - 16, m.at - REPORT_REACH), Math.min(t.length, m.at + m.text.length + 16));
    const done = L.COMPLETION_OBJECTS.exec(span);
    // 没写完也先睡，跟我说一声: telling the teacher it is unfinished is the exemption, not proof.
    if (!done || L.LOAD_FEEDBACK.test(t) || L.EXEMPTION_CUES.test(t)) continue;
    if (L.CHILD_TELLS_BEFORE.test(t.slice(clause.start, m.at)) || L.MACHINE_RECORDS_BEFORE.test(t.slice(clause.start, m.at)) || L.CLASS_RECORDS.test(t.slice(clause.start, clause.end))) continue;
    if (!r.live(m)) continue;
    if (r.actor(m.at)?.kind === 'teacher') continue;
    r.hit('parent_checkin_upload', m.at, [m.text, done[0]]);
  }
}

function lookForHomeworkForParents(r: Reading) {
  const t = r.text;
  for (const m of [...scan(L.PARENT_HOMEWORK_NOUN, t), ...scan(L.PARENT_WORK_CHECKED, t)]) {
    if (L.NO_PARENT_HOMEWORK_BEFORE.test(t.slice(Math.max(0, m.at - 4), m.at))) {
      r.suppress('negated', [m.text]);
      continue;
    }
    if (!r.live(m)) continue;
    r.hit('homework_for_parents', m.at, [m.text]);
  }
  // 自愿收看，不用提交心得: proof named only to say it is not wanted.
  const courseProof = L.PARENTS_COURSE.test(r.msg.text) ? scan(L.COURSE_PROOF, t) : [];
  const study = [...scan(L.PARENT_STUDY, t), ...courseProof].filter((m) => !L.NEGATION_INSIDE.test(m.text));
  for (const m of [...scan(L.PARENT_WRITING, t), ...scan(L.PARENT_WRITING_FIELD, t), ...study]) {
    const who = r.actor(m.at);
    // 家长课堂看完后做测试题: a course for parents is the parents' task unless someone else is named.
    const parentsCourse = !who && study.includes(m);
    const parentTask = who?.kind === 'parent' || who?.kind === 'co' || (!who && r.msg.hasParentHomeworkNoun) || parentsCourse;
    if (!parentTask) continue;
    if (!r.live(m)) continue;
    r.hit('homework_for_parents', m.at, [who?.word, m.text]);
  }
  for (const re of [L.PARENT_ADMINISTERS, L.PARENT_ADMINISTERS_WEAK, L.PARENT_COPIES, L.PARENT_COMPOSES, L.PARENT_LENGTH, L.PARENT_WRITES_OUT]) {
    for (const m of scan(re, t)) {
      const named = r.actor(m.at);
      // 每位家长需完成：2. 撰写读书笔记不少于800字: an item under the parents' heading is theirs.
      const who = named ?? (r.msg.parentTaskList ? { kind: 'parent' as const, word: '家长' } : null);
      if (who?.kind !== 'parent') continue;
      // 今晚大家背熟就行: in a message to the class about the pupils' work, 大家 are the pupils.
      if (re === L.PARENT_COPIES && L.ADDRESS_WORDS.includes(who.word) && L.RECITATION.test(m.text) && !L.NAMED_PARENTS.test(r.msg.text)) continue;
      const before = r.before(m.at);
      const toChild = L.TO_CHILD_BEFORE.test(before);
      const gap = gapAfterActor(t, m.at, who.word);
      const direct = L.DIRECT_GAP.test(gap) || (re === L.PARENT_COMPOSES && L.COMPOSE_GAP.test(gap)) || (re === L.PARENT_COPIES && L.HOLD_GAP.test(gap.replace(/(孩子|学生|宝贝|娃)的/g, ''))) || (/(自己|亲自)$/.test(gap) && !L.INSTRUCTS_OTHER.test(gap));
      if (re !== L.PARENT_ADMINISTERS && re !== L.PARENT_LENGTH && !toChild && !direct) continue;
      const obj = r.object(m.at, m.text.length);
      // What is composed follows the verb (写一份承诺书); 家长会后 before it is only when.
      const composed = re === L.PARENT_COMPOSES ? firstObject(t, m.at + m.text.length, Math.min(r.clauseAt(m.at).clause.end, m.at + m.text.length + OBJECT_REACH)) : null;
      if (composed && composed.kind !== 'homework') continue;
      // 整理一份 is composing only for the child's work or a reflection on it: 整理一份联系方式表 is paperwork.
      if (re === L.PARENT_COMPOSES && m.text.startsWith('整理') && composed?.kind !== 'homework' && !L.PARENT_REFLECTION.test(t.slice(m.at, r.clauseAt(m.at).clause.end))) continue;
      // 做一份 / 做一遍 is copying or answering only with the work in sight: 做一份早餐 is not.
      // 学会 / 读完 are the parent's own learning only with the child's lesson in sight: 学会倾听孩子 is not.
      // 本单元的思维题，请家长先自己做一遍: the work may be named just before the parent is.
      const namedJustBefore = /^做一遍/.test(m.text) && HOMEWORK_WORD.test(t.slice(Math.max(0, m.at - OBJECT_REACH), m.at)) && !L.TOGETHER_ALLOWED.test(t.slice(Math.max(0, m.at - OBJECT_REACH), m.at));
      if (re === L.PARENT_COPIES && /^(做一|学会|学熟|读完)/.test(m.text) && !(obj.near && obj.kind === 'homework') && !/^读完《/.test(m.text) && !namedJustBefore) continue;
      // 不少于800字 on a form is the parent's own paperwork, unless it asks for reflection on the child.
      if (re === L.PARENT_LENGTH && obj.near && obj.kind === 'admin' && !L.PARENT_REFLECTION.test(t)) continue;
      if (!r.live(m)) continue;
      r.hit('homework_for_parents', m.at, [who.word, m.text]);
    }
  }
}

function lookForParentDoingHomework(r: Reading) {
  const t = r.text;
  const product = L.PRODUCT_OBJECTS.exec(t);
  // The piece may be named a sentence before: 写一篇采访稿。孩子写不了，请家长帮忙整理成文.
  const pieceInMessage = product ?? L.PRODUCT_OBJECTS.exec(r.msg.text);
  for (const m of scan(L.DOES_HOMEWORK_HELP, t)) {
    // 替他填 / 帮她做: after 帮 or 替, 他 and 她 are the child.
    const withChild = /(孩子|学生|宝贝|娃|他|她)/.test(m.text);
    // 帮填 is the parent's own form, unless the clause names the child's piece: 实验报告数据家长帮填.
    const { clause } = r.clauseAt(m.at);
    const clauseText = t.slice(clause.start, clause.end);
    const childsPiece = (L.PRODUCT_OBJECTS.test(clauseText) && !L.PARENT_OWN_FORMS.test(clauseText)) || L.CHILD_COPIES.test(t);
    if (/(填|填写)$/.test(m.text) && !withChild && !childsPiece) continue;
    // 学籍档案信息请家长帮孩子填写: a form about the child is the family's to fill.
    if (/(填|填写)$/.test(m.text) && L.PARENTS_OWN_SHEET.test(clauseText)) continue;
    const namedBefore = !product && pieceInMessage && r.actor(m.at)?.kind === 'parent';
    // 抄写单词表……剩下的请家长替他抄完: the work may be named a sentence before.
    if (!product && !HOMEWORK_WORD.test(t) && !namedBefore && !(withChild && HOMEWORK_WORD.test(r.msg.text))) continue;
    // 帮孩子把书包整理好: what is handled is a thing, not the work.
    const handled = firstObject(t, m.at, Math.min(t.length, m.at + m.text.length + 8));
    // …查资料: the research is the work itself, whatever it is then put into.
    const researching = /资料$/.test(m.text);
    if (!researching && ((handled && handled.kind !== 'homework') || L.LABELLING_AFTER.test(t.slice(m.at + m.text.length)))) continue;
    const who = r.actor(m.at);
    if (who?.kind === 'teacher' || who?.kind === 'pupil') continue;
    if (!who && !withChild && !L.ON_BEHALF.test(m.text)) continue;
    if (!r.live(m)) continue;
    r.hit('parent_does_homework', m.at, [who?.word, m.text, pieceInMessage?.[0]]);
  }
  // Made together: fine for reading, sport and chores, not for the piece handed in.
  for (const m of [...scan(L.DOES_HOMEWORK_TOGETHER, t), ...scan(L.DOES_HOMEWORK_WITH_PARENT, t)]) {
    const rest = t.slice(m.at, m.at + m.text.length + 8);
    if (L.TOGETHER_ALLOWED.test(rest) || !product) continue;
    if (!r.live(m)) continue;
    r.hit('parent_does_homework', m.at, [m.text, product[0]]);
  }
  for (const m of scan(L.DOES_HOMEWORK_PARENT, t)) {
    const { clause } = r.clauseAt(m.at);
    const clauseText = t.slice(clause.start, clause.end);
    const obj = r.object(m.at, m.text.length);
    // 孩子们年纪小，调查表请家长代填: the child's form, handed to the parent because the child cannot.
    if (L.PARENT_OWN_FORMS.test(clauseText) && !L.CHILD_CANNOT.test(t)) continue;
    // 孩子字还写不好，请家长代写: writing in the child's stead, whatever the page is.
    const inChildsStead = /^代(写|做|劳|笔)$/.test(m.text) && /(孩子|学生|宝贝|娃)/.test(t);
    // 做一个面具。孩子剪不动卡纸，就由爸爸妈妈动手做: what is made may be the piece named before.
    const made = (L.MAKING.test(m.text) ? pieceInMessage : product) ?? (L.HANDED_IN.test(t) ? L.CHILD_CANNOT.exec(t) : null);
    // …and 卡纸 named elsewhere is a supply, not what the parent makes.
    // …and a form about the child is still the child's when the child cannot do it (孩子们年纪小，调查表请家长代填).
    const childsForm = obj.kind === 'admin' && L.CHILD_CANNOT.test(t) && L.PRODUCT_OBJECTS.test(obj.word ?? '');
    if (!inChildsStead && (!made || ((obj.kind === 'admin' || obj.kind === 'other') && obj.near && !childsForm))) continue;
    if (!r.live(m)) continue;
    r.hit('parent_does_homework', m.at, [m.text, made?.[0]]);
  }
  for (const m of scan(L.PARENT_PITCHES_IN, t)) {
    // 版面设计和插图部分请爸爸妈妈帮一把: the part handed over is the part that makes the piece.
    const { clause } = r.clauseAt(m.at);
    const partOfPiece = L.PIECE_LOOKS.test(t.slice(clause.start, m.at));
    if (!pieceInMessage || !(L.CHILD_CANNOT.test(t) || POLISHED_ANYWHERE.test(t) || L.MUST_LOOK_GOOD.test(t) || partOfPiece)) continue;
    if (!r.live(m)) continue;
    r.hit('parent_does_homework', m.at, [m.text, pieceInMessage[0]]);
  }
  // 孩子写不了的地方，家长直接帮着填完: a sheet the child was to fill, now filled by the parent.
  // …or that the child need not write (请家长直接填好，不用孩子写).
  if (pieceInMessage && (L.CHILD_CANNOT.test(t) || L.INSTEAD_OF_CHILD.test(r.msg.text)) && !L.PARENTS_OWN_SHEET.test(r.msg.text)) {
    for (const m of scan(L.PARENT_FILLS, t)) {
      if (!r.live(m)) continue;
      r.hit('parent_does_homework', m.at, [m.text, pieceInMessage[0]]);
    }
  }
  // 写不完的，家长帮忙把剩下的填上: the rest of the work, completed by the parent.
  for (const m of scan(L.REST_FILLED_IN, t)) {
    if (r.actor(m.at + m.text.length)?.kind !== 'parent' || !r.live(m)) continue;
    r.hit('parent_does_homework', m.at, [m.text]);
  }
  for (const m of scan(L.DOES_HOMEWORK_NOUN, t)) {
    if (!r.live(m)) continue;
    r.hit('parent_does_homework', m.at, [m.text]);
  }
  for (const m of scan(L.POLISHED_PRODUCT, t)) {
    if (!product || r.actor(m.at)?.kind !== 'parent') continue;
    if (!r.live(m)) continue;
    r.hit('parent_does_homework', m.at, [m.text, product[0]]);
  }
}

function lookForElectronicHomework(r: Reading) {
  const t = r.text;
  const candidates: Found[] = [...scan(L.ELECTRONIC_PHRASES, t), ...scan(L.OPENS_APP, t)];
  for (const d of scan(L.ELECTRONIC_DEVICES, t)) {
    if (L.DEVICE_DROPPED_BEFORE.test(t.slice(Math.max(0, d.at - 3), d.at))) continue;
    const { clause, index } = r.clauseAt(d.at);
    // 任务在小程序里，每天听读2本: what is done there may follow in the next clause.
    const next = r.s.clauses[index + 1];
    const end = next && !L.ELECTRONIC_NOT_HOMEWORK.test(t.slice(clause.start, clause.end)) ? Math.min(next.end, d.at + d.text.length + 24) : Math.min(clause.end, d.at + d.text.length + 12);
    const window = t.slice(Math.max(clause.start, d.at - 8), end);
    const strong = L.ELECTRONIC_ACTS_STRONG.exec(window);
    const weak = L.ELECTRONIC_ACTS_WEAK.exec(window);
    // 英语配音，今晚小程序里提交: the task named a clause before is what is handed in there.
    if (strong || (weak && (L.ELECTRONIC_OBJECTS.test(t) || L.ELECTRONIC_ACTS_STRONG.test(t)))) candidates.push({ at: d.at, text: `${d.text}${(strong ?? weak)![0]}` });
  }
  if (L.ELECTRONIC_ACTS_STRONG.test(t)) candidates.push(...scan(L.DEVICE_HANDED, t));
  if (L.CHANNELS.test(t) && L.ELECTRONIC_OBJECTS.test(t) && !L.MEDIA_WORDS.test(t)) {
    for (const m of scan(L.SUBMIT, t)) if (r.actor(m.at)?.kind !== 'parent') candidates.push(m);
  }
  for (const m of candidates) {
    const { clause } = r.clauseAt(m.at);
    if (L.ELECTRONIC_NOT_HOMEWORK.test(t.slice(clause.start, clause.end))) continue;
    if (!r.live(m)) continue;
    const who = r.actor(m.at);
    // 学校引进了平台，小学部的作业将改到平板上完成: the school is named a clause before; this clause's subject is the work.
    const workIsSubject = (!actorBefore(r.masked, clause.start, m.at) || L.SCHOOL_SETS_FOR.test(t.slice(clause.start, m.at))) && L.ELECTRONIC_OBJECTS.test(t.slice(clause.start, m.at));
    if (who?.kind === 'teacher' && !workIsSubject) continue;
    if (r.msg.stage !== 'primary') {
      r.suppress('notPrimary', [m.text]);
      continue;
    }
    r.hit('electronic_homework_primary', m.at, [m.text]);
  }
}

function lookForScores(r: Reading) {
  const t = r.text;
  const found: Found[] = [
    ...scan(L.RANKING, t).filter(() => L.ACADEMIC_CONTEXT.test(t)),
    ...scan(L.SCORE_PUBLISH, t),
    ...scan(L.SCORE_STATS, t),
    ...scan(L.SCORE_LIST, t),
  ];
  const named = [...scan(L.NAMED_SCORE, t), ...scan(L.NAMED_SCORE_CHANGE, t)];
  if (named.length >= 2) found.push(...named);
  // Marks without 分: only a run of them in a message about a test or a subject.
  const bare = scan(L.NAMED_SCORE_BARE, t);
  if (bare.length >= L.NAMED_SCORE_BARE_MIN && L.SCORE_CONTEXT.test(r.msg.text) && !L.NOT_MARKS.test(r.msg.text)) found.push(...bare);
  for (const m of found) {
    const b = r.blocked(m.at, m.text.length);
    const inside = L.NEGATION_INSIDE.exec(m.text) ?? L.SCORE_ABSENT_BEFORE.exec(t.slice(r.clauseAt(m.at).clause.start, m.at));
    if (b || inside) {
      r.suppress(b?.why ?? 'negated', [b?.word ?? inside?.[0], m.text]);
      continue;
    }
    // 成绩请私聊我: told privately. A list already published is not unpublished by 其余的私聊我.
    const { clause } = r.clauseAt(m.at);
    const listed = named.length >= 2 || found.some((f) => bare.includes(f)) || L.LIST_FOLLOWS.test(t);
    // 前十名——王子涵98、李想96……后五名的家长请私聊我: the list is out whatever is said privately.
    if (!listed && L.PRIVATE_CHANNEL.test(t)) {
      r.suppress('privateResult', [m.text]);
      continue;
    }
    r.hit('scores_ranking', m.at, [m.text]);
  }
}

/** 写不完不许睡, 免写条子一律不认: the sign-off the rules give parents, taken away. */
function lookForRefusedExemption(r: Reading) {
  for (const m of scan(L.EXEMPTION_REFUSED, r.text)) {
    if (!r.live(m)) continue;
    r.hit('exemption_refused', m.at, [m.text]);
  }
}

function lookForPunishment(r: Reading) {
  const t = r.text;
  for (const m of scan(L.PUNISH_EXPLICIT, t)) {
    if (!m.text.startsWith('罚') && !L.PUNISHABLE_WORK.test(t)) continue;
    if (!r.live(m)) continue;
    r.hit('punitive_homework', m.at, [m.text]);
  }
  for (const m of scan(L.REPEAT_COUNT, t)) {
    const parts = /(\d+|[一二两三四五六七八九十百]+)\s*(遍|次|页|份|篇|行)$/.exec(m.text);
    const n = parts ? readNumber(parts[1]!) : null;
    if (n === null) continue;
    const unit = parts![2]!;
    const before = t.slice(0, m.at);
    const misconduct = L.MISCONDUCT.exec(before);
    const error = L.ERROR_TRIGGER.exec(before);
    const copying = L.COPYING.test(m.text);
    const punitive =
      (misconduct && n >= 2) ||
      (L.PER_ERROR.test(before) && n >= L.PER_ERROR_REPEATS) ||
      (error && n >= L.PUNITIVE_ERROR_REPEATS && /[遍次行]/.test(unit)) ||
      (copying && unit === '遍' && n >= L.MECHANICAL_REPEATS);
    if (!punitive) continue;
    if (!r.live(m)) continue;
    r.hit('punitive_homework', m.at, [(misconduct ?? error)?.[0], m.text]);
  }
  for (const m of scan(L.EXTRA_WORK, t)) {
    const before = t.slice(0, m.at);
    // 重做 is correcting; 全部重做一遍 for not handing it in is a penalty.
    if (/^(重抄|重写|重做)$/.test(m.text) && !L.REDO_ALL_BEFORE.test(before)) continue;
    const cause = L.MISCONDUCT.exec(before) ?? L.ERROR_TRIGGER.exec(before);
    if (!cause) continue;
    if (!r.live(m)) continue;
    r.hit('punitive_homework', m.at, [cause[0], m.text]);
  }
}

// ── helpers ───────────────────────────────────────────────────────────────

function* matches(re: RegExp, s: string, from: number, to: number): Generator<Found> {
  const r = new RegExp(re.source, 'g');
  const slice = s.slice(from, to);
  let n = 0;
  for (let m = r.exec(slice); m && n < MAX_MATCHES; m = r.exec(slice), n++) {
    if (m[0] === '') {
      r.lastIndex++;
      continue;
    }
    yield { at: from + m.index, text: m[0] };
  }
}

function scan(re: RegExp, s: string): Found[] {
  return [...matches(re, s, 0, s.length)];
}

/** What an object word names; a form set by a lesson (道法课的调查表, 科学记录表) is the lesson's homework. */
function kindAt(s: string, m: Found): ObjectKind {
  const kind = OBJECT_KIND.get(m.text) ?? 'homework';
  const before = s.slice(Math.max(0, m.at - 6), m.at);
  return kind !== 'homework' && (L.LESSON_BEFORE.test(before) || L.HOMEWORK_FORM_BEFORE.test(before)) ? 'homework' : kind;
}

function firstObject(s: string, from: number, to: number): { kind: ObjectKind; word: string } | null {
  for (const m of matches(OBJECT, s, from, to)) {
    if (L.PACKED_INTO_BEFORE.test(s.slice(Math.max(0, m.at - 6), m.at))) continue;
    // 书包里的作业: the bag is where the work is, not what is acted on.
    if (OBJECT_KIND.get(m.text) === 'other' && /^(里的?|中的|内的)/.test(s.slice(m.at + m.text.length))) continue;
    return { kind: kindAt(s, m), word: m.text };
  }
  return null;
}

/** The topic before the verb; 用手机 / 通过平台 name the means, not what is acted on. */
function lastObject(s: string, from: number, to: number): { kind: ObjectKind; word: string } | null {
  let last: { kind: ObjectKind; word: string } | null = null;
  for (const m of matches(OBJECT, s, from, to)) {
    if (L.INSTRUMENT_BEFORE.test(s.slice(Math.max(0, m.at - 5), m.at))) continue;
    last = { kind: kindAt(s, m), word: m.text };
  }
  return last;
}

/** An administrative form named in the clause of `at`. */
function adminIn(r: Reading, at: number): string | null {
  const { clause } = r.clauseAt(at);
  for (const m of matches(OBJECT, r.text, clause.start, clause.end)) if (kindAt(r.text, m) === 'admin') return m.text;
  // Named earlier in the sentence, with no homework in it: 同意书已随孩子带回，请家长阅读后签字.
  // (阅读后签字 there is reading the form, not reading homework.)
  if (HOMEWORK_WORD.test(r.text.replace(/(仔细|认真)(阅读|读|看)|(阅读|读|看|阅)(完|后|并|过)(后|以后|之后)?/g, ''))) return null;
  for (const m of matches(OBJECT, r.text, 0, clause.start)) if (OBJECT_KIND.get(m.text) === 'admin') return m.text;
  return null;
}

/** The negating word closest before `to`, unless it belongs to an idiom or a later 但/只需 undoes it. */
function negatorBefore(s: string, from: number, to: number): string | null {
  let found: string | null = null;
  for (const m of matches(NEGATOR, s, from, to)) {
    const after = s.slice(m.at + m.text.length, to);
    if (L.NEGATOR_IDIOM_AFTER.test(s.slice(m.at + m.text.length))) continue;
    if (m.text === '别' && /[特分个区级类告识性鉴辨差派错]$/.test(s.slice(0, m.at))) continue;
    // 能不能 / 要不要 / 可不可以 ask; they do not deny.
    if (m.text.startsWith('不') && s[m.at - 1] !== undefined && s[m.at - 1] === s[m.at + 1]) continue;
    if (L.NEGATION_UNDONE.test(after)) continue;
    found = m.text;
  }
  return found;
}

/**
 * The nearest word before `to` that names who acts. Words that name a
 * recipient (给孩子, 发给老师), an owner (孩子的) or a companion (和孩子一起)
 * are read for what they are.
 */
function actorBefore(s: string, from: number, to: number): { kind: ActorKind; word: string } | null {
  let last: { kind: ActorKind; word: string; end: number } | null = null;
  for (const m of matches(ACTOR, s, from, to)) {
    const end = m.at + m.text.length;
    const prefix = s.slice(Math.max(0, m.at - 4), m.at);
    const suffix = s.slice(end, end + 4);
    const kind = actorKind(m.text);
    if (kind === 'parent') {
      if (L.PARENT_NOT_ACTOR_AFTER.test(suffix) || L.PARENT_RECIPIENT_BEFORE.test(prefix) || L.LED_BEFORE.test(prefix)) continue;
      if (m.text === '家里' && (L.HOME_AS_PLACE_BEFORE.test(prefix) || L.HOME_AS_PLACE_AFTER.test(suffix))) continue;
      if (L.ADDRESS_WORDS.includes(m.text) && L.HANDED_BACK_BEFORE.test(prefix)) {
        last = { kind: 'pupil', word: m.text, end };
        continue;
      }
      last = { kind, word: m.text, end };
    } else if (kind === 'pupil') {
      if (L.WHEN_CLAUSE_THEN_ASK.test(s.slice(end, to))) continue;
      if (L.CO_AGENT.test(s.slice(Math.max(0, m.at - 2), end + 3))) {
        last = { kind: 'co', word: s.slice(Math.max(0, m.at - 1), end), end };
        continue;
      }
      // 孩子的卷子, 孩子每天的复习卷: whose the work is, not who does the act.
      if (suffix.startsWith('的') || /^(每天|每晚|今天|今晚|这次|本周|这周|平时|今日|当天)的/.test(s.slice(end, end + 5))) continue;
      if (L.CONTROL_BEFORE.test(prefix)) {
        last = { kind, word: m.text, end };
        continue;
      }
      if (L.NOT_AGENT_BEFORE.test(prefix)) continue;
      last = { kind, word: m.text, end };
    } else if (kind === 'self') {
      if (last && m.at - last.end <= 4) continue;
      if (last?.kind === 'parent' && !L.INSTRUCTS_OTHER.test(s.slice(last.end, m.at))) continue;
      last = { kind: 'pupil', word: m.text, end };
    } else {
      if (L.TEACHER_NOT_ACTOR_AFTER.test(suffix) || L.TEACHER_REQUESTS_AFTER.test(suffix) || L.SCHOOL_ARRANGES_AFTER.test(s.slice(end, end + 16)) || suffix.startsWith('的') || L.TEACHER_MODIFIER_AFTER.test(suffix)) continue;
      // 当小老师: the parent playing teacher is still the parent.
      if (L.NOT_AGENT_BEFORE.test(prefix) || L.PLACE_BEFORE.test(prefix) || prefix.endsWith('小')) continue;
      if (L.TEACHER_REPORT_CLAUSE.test(s.slice(end, to))) continue;
      last = { kind: 'teacher', word: m.text, end };
    }
  }
  if (last?.kind === 'teacher' && L.NEW_REQUEST.test(s.slice(last.end, to))) return null;
  return last ? { kind: last.kind, word: last.word } : null;
}

function actorKind(word: string): ActorKind | 'self' {
  if (L.PARENT_WORDS.includes(word)) return 'parent';
  if (L.PUPIL_WORDS.includes(word)) return 'pupil';
  if (L.SELF_WORDS.includes(word)) return 'self';
  return 'teacher';
}

/** The words between the parent named last and the act. */
function gapAfterActor(s: string, at: number, actor: string): string {
  const i = s.lastIndexOf(actor, at);
  return i < 0 ? '' : s.slice(i + actor.length, at).replace(/^们/, '');
}

function schoolStage(text: string, grade: number | undefined): MessageFacts['stage'] {
  // 国家中小学智慧教育平台 names all schools, not the pupils' stage.
  const t = text.replace(/中小学/g, '');
  const primary = L.STAGE_PRIMARY.test(t);
  const junior = L.STAGE_JUNIOR.test(t);
  if (primary && !junior) return 'primary';
  if (junior && !primary) return 'junior';
  const known = typeof grade === 'number' && Number.isFinite(grade) ? grade : undefined;
  if (known !== undefined && known >= 1 && known <= 6) return 'primary';
  if (known !== undefined && known >= 7) return 'junior';
  if (primary) return 'primary';
  return L.YOUNG_PUPIL_CUES.test(t) ? 'primary' : 'unknown';
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}

// ── verdicts ──────────────────────────────────────────────────────────────

function allow(reason: string, triggers: string[]): GuardVerdict {
  return { verdict: 'allow', rule: null, ruleText: null, source: null, triggers, rewording: null, reason };
}

const ALLOW_ORDER: L.AllowReason[] = ['exemption', 'negated', 'question', 'notHomework', 'teacherOrPupil', 'notPrimary', 'privateResult'];

function allowFrom(suppressed: Suppressed[]): GuardVerdict {
  for (const why of ALLOW_ORDER) {
    const these = suppressed.filter((s) => s.why === why);
    if (these.length) return allow(L.ALLOW_REASONS[why], unique(these.flatMap((s) => s.triggers)).slice(0, 8));
  }
  return allow(L.ALLOW_REASONS.plain, []);
}

/**
 * The message with each offending sentence cut back to the clauses before the
 * ask, and the rule's compliant wording put where the first ask stood.
 */
function reword(sentences: Sentence[], hits: Hit[]): string {
  const bySentence = new Map<number, Hit[]>();
  for (const h of hits) bySentence.set(h.sentence, [...(bySentence.get(h.sentence) ?? []), h]);
  const alternatives = unique(
    hits.map((h) => {
      const s = sentences[h.sentence]!.text;
      if ((h.rule === 'parent_checkin_upload' || h.rule === 'parent_checking_signing') && !/作业/.test(s)) {
        if (L.READING.test(s)) return L.READING_ALTERNATIVE;
        if (L.SPORT.test(s)) return L.SPORT_ALTERNATIVE;
      }
      return L.RULE_INFO[h.rule].alternative;
    }),
  ).slice(0, L.MAX_ALTERNATIVES);
  const out: string[] = [];
  let placed = false;
  let dropList = false;
  sentences.forEach((s, i) => {
    const these = bySentence.get(i);
    if (!these) {
      // The rows of a score list follow their heading and go with it.
      if (dropList && /\d/.test(s.text)) return;
      dropList = false;
      out.push(s.text + s.delim);
      return;
    }
    dropList = these.some((h) => h.rule === 'scores_ranking');
    const firstClause = Math.min(...these.map((h) => h.clause));
    let kept = s.clauses
      .slice(0, firstClause)
      .map((c, k) => s.text.slice(c.start, c.end) + (k < firstClause - 1 ? c.delim : ''))
      .join('')
      .trim();
    const header = firstClause > 0 && s.clauses[firstClause - 1]!.delim === ':';
    if (L.INTRODUCTION_ONLY.test(kept)) kept = '';
    if (!placed) {
      placed = true;
      const topic = topicBeforeRequest(s, firstClause, these);
      const afterKept = header ? ':' : ',';
      const lead = kept && topic ? `${kept}${afterKept}${topic},` : kept ? `${kept}${afterKept}` : topic ? `${topic}:` : '';
      out.push(lead + alternatives.join(''));
    } else if (kept && !header) out.push(`${kept}。`);
  });
  return toChinesePunctuation(joinSentences(out));
}

/**
 * 期中试卷请家长签字 → 期中试卷: the homework named before the request is
 * legitimate and stays, with the compliant wording after it.
 */
function topicBeforeRequest(s: Sentence, clauseIndex: number, these: Hit[]): string {
  const c = s.clauses[clauseIndex]!;
  const text = s.text.slice(c.start, c.end);
  const req = L.REQUEST_OPENER.exec(text);
  if (!req || req.index === 0) return '';
  const topic = text.slice(0, req.index).replace(L.TOPIC_CONNECTIVE, '').replace(L.TOPIC_DONE_SUFFIX, '');
  const firstHit = Math.min(...these.filter((h) => h.clause === clauseIndex).map((h) => h.at - c.start));
  if (firstHit < req.index || !HOMEWORK_WORD.test(topic) || /[家长签卡印拍传批]/.test(topic)) return '';
  if (L.GENERIC_TOPIC.test(topic)) return '';
  return topic;
}

/** Sentences back into one message, each closed by a stop or a line break. */
function joinSentences(parts: string[]): string {
  let text = '';
  for (const p of parts) {
    const piece = p.trim();
    if (!piece) continue;
    if (text && !/[。!?;…\n:]$/.test(text)) text += '。';
    text += piece;
    if (/\n$/.test(p)) text += '\n';
  }
  text = text.trim();
  return /[。!?…]$/.test(text) ? text : `${text}。`;
}
