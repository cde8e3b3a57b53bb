import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { classifyTeacherMessage, normalizeForGuard, type GuardRule, type GuardVerdict } from '../../rules/guard/classify.ts';

const SEED_FILES = ['000_e3406e389f9fa788.txt', '001_4543060fc7b06172.txt', '002_0f47ff1c24227790.txt', '003_1b70e29bb7d0ff45.txt', '004_fdbe19d9b6f6f709.txt'];
const CHINESE = /[\u4e00-\u9fff]/;

interface Refusal {
  text: string;
  /** the forbidden ask as written: it must not survive into the rewording */
  ask: string;
  /** the legitimate part of a mixed message: it must survive */
  keep?: string;
  grade?: number;
}

interface RuleCases {
  positive: Refusal[];
  euphemistic: Refusal[];
  mixed: Refusal[];
  /** near misses that ask nothing forbidden */
  negative: string[];
  /** the ask named and denied */
  negated: string[];
}

const judge = (text: string, grade?: number) => classifyTeacherMessage(text, grade === undefined ? {} : { grade });

function expectRefusal(v: GuardVerdict, rule: GuardRule, c: Refusal) {
  expect(v.verdict, c.text).toBe('refuse');
  expect(v.rule, c.text).toBe(rule);
  expect(v.triggers.length, c.text).toBeGreaterThan(0);
  expect(v.ruleText).toMatch(CHINESE);
  expect(SEED_FILES.some((f) => v.source?.startsWith(f)), `${v.source}`).toBe(true);
  expect(v.reason).toMatch(CHINESE);
  const rewording = v.rewording ?? '';
  expect(rewording, c.text).toMatch(CHINESE);
  expect(rewording, c.text).not.toContain(c.ask);
  // The rewording is itself a message the bot would let through.
  expect(judge(rewording, c.grade).verdict, rewording).toBe('allow');
  if (c.keep) expect(rewording, c.text).toContain(c.keep);
}

function expectAllow(v: GuardVerdict, text: string) {
  expect(v.verdict, text).toBe('allow');
  expect(v.rule, text).toBeNull();
  expect(v.rewording, text).toBeNull();
  expect(v.reason, text).toMatch(CHINESE);
}

const CASES: Record<GuardRule, RuleCases> = {
  parent_grading: {
    positive: [
      { text: '今晚数学练习册第21页，答案已发群文件，请各位家长对好答案后帮孩子批改一下。', ask: '帮孩子批改' },
      { text: '麻烦家长们把孩子今天的口算卡判一判，错的圈出来。', ask: '判一判' },
      { text: '家长朋友们，英语单词默写本请帮忙批阅，明天带回学校。', ask: '批阅' },
      { text: '口算本请家长每天判对错。', ask: '判对错' },
    ],
    euphemistic: [
      { text: '辛苦家长把孩子作文里的错别字圈出来，再给孩子提提修改意见。', ask: '圈出来' },
      { text: '请家长协助孩子订正错题。', ask: '协助孩子订正' },
      { text: '周末请家长陪孩子完成一套数学练习卷，并把分数写在卷首。', ask: '分数写在卷首' },
    ],
    mixed: [
      { text: '周五家长会下午3点开始。数学作业：口算第8页，写完请家长批改。', ask: '请家长批改', keep: '周五家长会下午3点开始' },
      { text: '明天带彩笔。今天的语文试卷家长先改一改，把错的地方标出来。', ask: '改一改', keep: '明天带彩笔' },
    ],
    negative: [
      '孩子们的作文我已经批改完了，明天发下去订正。',
      '同学们写完后自己对照答案订正错题。',
      '请家长督促孩子把错题订正好。',
      '请家长把孩子的作息时间改一下，晚上九点前睡觉。',
    ],
    negated: ['数学作业由老师在学校批改，家长不用批改。', '按照双减规定，老师不会让家长批改作业，请大家放心。', '家长不必判对错，孩子写完就可以休息。'],
  },
  parent_checking_signing: {
    positive: [
      { text: '请家长每晚检查孩子的作业本，检查完请在右上角签名。', ask: '签名' },
      { text: '本周起背诵作业需家长签字确认。', ask: '签字' },
      { text: '单元测试卷已发回，请家长看一下孩子的错题，签字后明天交回。', ask: '签字' },
      { text: '每天读书20分钟，读完家长在读书卡上签字。', ask: '在读书卡上签字' },
    ],
    euphemistic: [
      { text: '温馨提示：孩子的作业请家长协助检查，发现错误及时让孩子改正。', ask: '协助检查' },
      { text: '请家长做好孩子学习的见证人，每天在作业本上留下您的签名。', ask: '签名' },
      { text: '辛苦家长每天把一下关，作业质量上去了孩子自然进步。', ask: '把一下关' },
      { text: '请家长配合：孩子的练习册请过目后签上“已阅”。', ask: '已阅' },
    ],
    mixed: [
      { text: '明天春游，记得带水和零食。另外今天的练习卷写完请家长签字。', ask: '签字', keep: '明天春游' },
      { text: '各位家长好：\n1.明天穿校服；\n2.今天的作业是数学练习册P25-26；\n3.作业完成后请家长仔细检查，并在练习册上签名。', ask: '签名', keep: '明天穿校服' },
    ],
    negative: [
      '请家长在《致家长的一封信》回执上签字，明天交给班主任。',
      '寒假安全责任书请家长签名后让孩子带回学校。',
      '明晚家长会请到教室门口签到。',
      '如果晚上九点作业还没写完，家长签字说明情况，孩子可以先睡觉，老师不批评。',
      '请家长检查孩子书包里的文具是否带齐。',
      '请家长检查一下孩子自行车的车铃和刹车。',
      '明天课上老师检查古诗背诵。',
      '写完后请同学们认真检查，书写要工整。',
    ],
    negated: ['从本学期开始，作业不再需要家长签字。', '家长不用检查作业对错，孩子写完就可以休息了。', '能不能让家长检查作业？不需要，老师在校全批全改。'],
  },
  parent_printing: {
    positive: [
      { text: '下周一的英语练习纸已上传到群文件，请家长自行打印。', ask: '打印' },
      { text: '附件是期末复习提纲，麻烦家长打印两份。', ask: '打印' },
      { text: '请家长下载附件中的练习题，让孩子做完。', ask: '下载' },
    ],
    euphemistic: [
      { text: '数学学习单需要彩印，请家长自行准备。', ask: '彩印' },
      { text: '没有打印机的家长可以去打印店把练习题印出来。', ask: '印出来' },
    ],
    mixed: [{ text: '周五大扫除，请带抹布。请家长把复习资料打印两份。', ask: '打印', keep: '周五大扫除' }],
    negative: ['请家长打印研学报名表，填好后交回。', '练习卷老师已经打印好了，明天发给孩子。', '打印机坏了，明天再发学习单。'],
    negated: ['复习资料学校统一打印，家长不用打印。', '学习单不需要家长打印，老师在课上发。'],
  },
  parent_checkin_upload: {
    positive: [
      { text: '每天背诵完古诗，请家长录个视频发到班级群。', ask: '录个视频' },
      { text: '今天的口算练习写完拍照上传到钉钉家校本。', ask: '拍照上传' },
      { text: '作业完成的请在群里接龙，写上孩子名字和完成时间。', ask: '接龙' },
      { text: '请家长每天在群里报一下孩子的阅读时间。', ask: '报一下' },
    ],
    euphemistic: [
      { text: '为了培养好习惯，请家长每天在群里发一张孩子读书的照片。', ask: '照片' },
      { text: '学习见证：寒假每日阅读打卡，在小程序里上传读书视频。', ask: '学习见证' },
      { text: '每天跳绳200个，家长拍视频发群里。', ask: '拍视频' },
    ],
    mixed: [{ text: '收到请回复。练字作业每天拍照发群里。', ask: '拍照发群里', keep: '收到请回复' }],
    negative: [
      '老师把今天运动会的照片发群里了，大家可以看看。',
      '秋游报名请接龙，自愿参加。',
      '请家长每天进行健康打卡，上报孩子体温。',
      '缴费成功后请截图发给我。',
      '请家长把孩子的疫苗接种证拍照发给我，学校统计要用。',
      '孩子作业如果超过一个小时还没写完，请反馈给我，我来调整。',
    ],
    negated: ['本周阅读不打卡，孩子读完和家长聊一聊就好。', '请不要在群里发孩子的作业照片，谢谢配合。', '英语朗读不需要录音上传，课上老师听。'],
  },
  homework_for_parents: {
    positive: [
      { text: '请家长读完《好妈妈胜过好老师》并写一篇读后感。', ask: '读后感' },
      { text: '本周家长作业：给孩子写一封信，周五交给班主任。', ask: '家长作业' },
      { text: '请各位家长观看家庭教育公开课，并提交观后感。', ask: '观后感' },
    ],
    euphemistic: [
      { text: '为了提高孩子的计算能力，请家长每天给孩子出10道口算题。', ask: '出10道口算题' },
      { text: '本周请各位家长写一篇“我和孩子的故事”，不少于500字。', ask: '写一篇' },
      { text: '家长们，本周请完成家庭教育网课学习并截图发群。', ask: '截图' },
    ],
    mixed: [{ text: '本周五停水，请自带水杯。请家长每天给孩子报听写。', ask: '报听写', keep: '本周五停水' }],
    negative: ['请孩子写一篇读后感，家长督促按时完成。', '周六上午家长学校有讲座，欢迎自愿参加。', '请家长填写本学期家校满意度问卷。'],
    negated: ['家长不用给孩子听写，孩子会在课上完成。', '这学期没有家长作业，陪孩子多聊聊天就好。'],
  },
  parent_does_homework: {
    positive: [
      { text: '手抄报请家长帮孩子画好，周一评比。', ask: '帮孩子画' },
      { text: '调查表请家长替孩子填写完整。', ask: '替孩子填写' },
      { text: '亲子手工作业：用废旧纸盒做一个笔筒。', ask: '亲子手工' },
    ],
    euphemistic: [
      { text: '这次科技小制作需要家长和孩子一起完成，做一个太阳能小车模型。', ask: '和孩子一起完成' },
      { text: '手工作业比较难，需要家长帮忙一起做。', ask: '帮忙一起做' },
      { text: '手工作业：和爸爸妈妈一起做一个灯笼。', ask: '和爸爸妈妈一起做' },
    ],
    mixed: [{ text: '下周一交手工。小组作品请家长帮孩子做好。', ask: '帮孩子做好', keep: '下周一交手工' }],
    negative: ['请家长帮孩子准备好彩纸和剪刀，明天手工课用。', '周末请家长和孩子一起做一次家务。', '下周开始使用新的作业本，请家长帮孩子写好名字。'],
    negated: ['手工作品请孩子独立完成，家长不要代劳。', '切记不要替孩子做手工。'],
  },
  electronic_homework_primary: {
    positive: [
      { text: '三年级：今晚英语作业在APP上完成跟读。', ask: 'APP上完成' },
      { text: '请孩子用平板完成今天的口算闯关。', ask: '用平板完成' },
      { text: '本周数学作业改为线上测试，请在周日前完成。', ask: '线上测试', grade: 4 },
    ],
    euphemistic: [
      { text: '每天一练：请家长用手机扫码，让孩子完成线上练习。', ask: '线上练习' },
      { text: '小朋友们今晚登录出口成章APP完成朗读作业。', ask: 'APP完成' },
    ],
    mixed: [{ text: '周三带彩笔。二年级英语作业在平板上完成配音。', ask: '平板上完成', keep: '周三带彩笔' }],
    negative: ['周四晚7点线上家长会，链接稍后发群里。', '课后服务费请在小程序上缴纳。', '请家长控制孩子使用手机的时间，保护视力。'],
    negated: ['考虑到孩子年龄小，我们不布置电子作业。', '二年级作业不需要用手机完成，孩子读一读课文就好。'],
  },
  scores_ranking: {
    positive: [
      { text: '本次数学单元测试成绩如下：', ask: '成绩如下' },
      { text: '期中考试全班前十名：张明、李华、王芳。', ask: '前十名' },
      { text: '语文测验最高分98分，最低分62分，请家长督促孩子复习。', ask: '最高分' },
    ],
    euphemistic: [
      { text: '恭喜以下同学英语考了100分：刘洋、陈静。', ask: '考了100分' },
      { text: '本次单元测验的分数我已整理成表格，发在群文件里了，请家长查看。', ask: '群文件' },
    ],
    mixed: [{ text: '明天穿运动服。\n期中测试成绩如下：\n王明 98\n李华 95\n请家长督促孩子复习。', ask: '王明', keep: '明天穿运动服' }],
    negative: ['想了解孩子考试情况的家长可以私信我。', '本次测验成绩已经以A、B、C、D等级写在试卷上。', '我班在学校拔河比赛中获得第一名！'],
    negated: ['期末成绩按等级呈现，不公布分数和排名。', '期中考试成绩不排名，只反馈等级。'],
  },
  punitive_homework: {
    positive: [
      { text: '今天听写错的字，每个罚抄二十遍。', ask: '罚抄' },
      { text: '作业没交的同学，明天课文抄写三遍。', ask: '抄写三遍' },
      { text: '没完成作业的同学作业量加倍。', ask: '加倍' },
    ],
    euphemistic: [
      { text: '错一个字抄十遍，长长记性。', ask: '抄十遍' },
      { text: '上课说话的同学回家把这篇课文抄五遍。', ask: '抄五遍' },
    ],
    mixed: [{ text: '今晚早点睡。听写错一个字罚抄十遍。', ask: '罚抄', keep: '今晚早点睡' }],
    negative: ['生字每个写两遍，组两个词。', '错题请孩子订正一遍，明天交。', '抄写本课生字，每个字写三遍。'],
    negated: ['不要让孩子罚抄，订正一遍就好。', '老师不会用增加作业量的方式惩罚孩子。'],
  },
  exemption_refused: {
    positive: [
      { text: '作业写不完就不许睡觉，明天我要检查。', ask: '写不完就不许睡' },
      { text: '家长签字免写的条子一律不认，没写完的第二天补。', ask: '一律不认' },
    ],
    euphemistic: [
      { text: '再晚也要写完，态度要端正。', ask: '再晚也要写完' },
      { text: '必须写完才能睡，请家长监督。', ask: '必须写完才能睡' },
    ],
    mixed: [{ text: '明天带好跳绳。今晚的练习多晚都要做完。', ask: '多晚都要做完', keep: '明天带好跳绳' }],
    negative: ['超过九点还没写完的，家长签字后就可以睡觉。', '免写的条子请夹在作业本里，老师会了解情况。', '作业写完就早点睡。'],
    negated: ['写不完不用熬夜，不需要多晚都要写完。', '多晚都要写完的做法我们班不提倡，到点就睡。'],
  },
};

describe('the guard, rule by rule', () => {
  for (const [rule, cases] of Object.entries(CASES) as [GuardRule, RuleCases][]) {
    describe(rule, () => {
      it('refuses the plain ask and rewords it', () => {
        for (const c of cases.positive) expectRefusal(judge(c.text, c.grade), rule, c);
      });
      it('refuses the ask said politely or in other words', () => {
        for (const c of cases.euphemistic) expectRefusal(judge(c.text, c.grade), rule, c);
      });
      it('refuses a notice with the ask inside, and keeps the notice', () => {
        for (const c of cases.mixed) expectRefusal(judge(c.text, c.grade), rule, c);
      });
      it('lets near misses through', () => {
        for (const t of cases.negative) expectAllow(judge(t), t);
      });
      it('lets the ask through when it is denied', () => {
        for (const t of cases.negated) {
          const v = judge(t);
          expectAllow(v, t);
          expect(v.triggers.length, t).toBeGreaterThan(0);
        }
      });
    });
  }
});

describe('what parents may rightly be asked', () => {
  it('lets ordinary notices and pupil homework through', () => {
    for (const t of [
      '今天的数学作业：课本第45页第3、4题，约20分钟。',
      '请家长保证孩子晚上九点半前睡觉。',
      '请家长每天陪孩子阅读二十分钟。',
      '请督促孩子每天运动一小时。',
      '下周二下午2点召开家长会，地点在学校报告厅。',
      '课后服务第二学期费用600元，特困家庭可申请减免。',
      '冬季路面结冰，上下学请注意安全。',
      '请家长给孩子准备一双雨鞋，周一带来。',
      '回家先写作业再玩，写完早点休息。',
      '英语作业：听录音跟读第三单元，明天课上检查。',
    ]) {
      expectAllow(judge(t), t);
    }
  });

  it('reads reading and sport tied to proof as a refusal, and without proof as fine', () => {
    expect(judge('每天亲子阅读后，家长在小程序上打卡记录。').rule).toBe('parent_checkin_upload');
    expect(judge('阅读完成后请家长在阅读记录单上签字。').rule).toBe('parent_checking_signing');
    expect(judge('寒假每天跳绳，请家长拍视频发到钉钉。').verdict).toBe('refuse');
    expect(judge('家长可以陪孩子练习跳绳，不用拍视频。').verdict).toBe('allow');
    expect(judge('周末和孩子一起读一本书，聊聊书里的故事。').verdict).toBe('allow');
  });

  it('gives the reading alternative for a reading check-in', () => {
    const v = judge('寒假阅读打卡：每天读30分钟，读完在群里打卡。');
    expect(v.verdict).toBe('refuse');
    expect(v.rewording).toContain('阅读');
    expect(v.rewording).not.toContain('在群里打卡');
  });
});

describe('electronic homework and the school stage', () => {
  const text = '英语作业今晚在APP上完成听读。';
  it('refuses for a primary class and allows for a junior middle class', () => {
    expect(judge(text, 3).verdict).toBe('refuse');
    expect(judge(text, 3).rule).toBe('electronic_homework_primary');
    expect(judge(text, 8).verdict).toBe('allow');
    expect(judge(text, 8).reason).toContain('小学');
  });
  it('allows when nothing says the pupils are young', () => {
    expect(judge(text).verdict).toBe('allow');
  });
  it('takes the stage the text names over the class grade', () => {
    expect(judge(`小学部：${text}`).verdict).toBe('refuse');
    expect(judge(`初二：${text}`, 3).verdict).toBe('allow');
    expect(judge(`三年级：${text}`, 8).verdict).toBe('refuse');
  });
  it('reads the parent’s phone and primary subjects as young pupils', () => {
    expect(judge('今晚用家长手机在APP上完成口算练习。').verdict).toBe('refuse');
  });
});

describe('questions, quotes and the past', () => {
  it('does not refuse a question about the rules or a reported question', () => {
    for (const t of [
      '家长需要签字吗？不需要，孩子完成就好。',
      '有家长问为什么作业不需要签字了，因为双减规定家长签字不作为完成作业的依据。',
      '以前要求家长签字，现在取消了。',
      '双减后，家长的任务是陪伴，不是检查作业。',
    ]) {
      expectAllow(judge(t), t);
    }
  });
  it('refuses a request dressed as a question', () => {
    expect(judge('能不能麻烦家长每天检查一下孩子的作业？').verdict).toBe('refuse');
  });
  it('reads a book title as a title, not an actor', () => {
    expect(judge('请家长读完《好妈妈胜过好老师》并写一篇读后感。').rule).toBe('homework_for_parents');
  });
});

describe('the verdict explains itself', () => {
  it('names the rule, the seed, the trigger words and a short reason', () => {
    const v = judge('请家长检查孩子的作业并签字。');
    expect(v.rule).toBe('parent_checking_signing');
    expect(v.source).toContain('002_0f47ff1c24227790.txt');
    expect(v.triggers).toEqual(expect.arrayContaining(['检查', '签字']));
    expect(v.reason.length).toBeLessThan(60);
  });
  it('says why an allowed message with a denied ask is allowed', () => {
    const v = judge('以后作业不用家长签字了。');
    expect(v.triggers).toEqual(expect.arrayContaining(['不用', '签字']));
    expect(v.reason).toContain('不需要');
  });
  it('cites every rule from a seed that exists', () => {
    for (const rule of Object.keys(CASES) as GuardRule[]) {
      const c = CASES[rule].positive[0]!;
      const v = judge(c.text, c.grade);
      const files = (v.source ?? '').split('；').map((part) => part.split('（')[0]);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(SEED_FILES).toContain(f);
    }
  });
  it('strips the request to the bot before judging', () => {
    const v = judge('小助手，帮我发：请家长把明天要用的口算卡打印好。');
    expect(v.rule).toBe('parent_printing');
    expect(v.rewording).not.toContain('小助手');
    // Only the address to the bot goes; the notice itself is judged whole.
    expect(judge('小助手，请家长检查作业，并签字。').verdict).toBe('refuse');
  });
});

describe('normalizeForGuard', () => {
  it('makes full-width text half-width and lower case', () => {
    expect(normalizeForGuard('ＡＰＰ，１２３')).toBe('app,123');
  });
  it('drops emoji, WeChat emoji codes and control characters', () => {
    expect(normalizeForGuard('请家长👍签字[抱拳]\u0007')).toBe('请家长签字');
  });
  it('joins Chinese split by spaces', () => {
    expect(normalizeForGuard('家 长  签 字')).toBe('家长签字');
    expect(judge('家 长 检 查 作 业 并 签 字').verdict).toBe('refuse');
  });
});

describe('a total function', () => {
  it('allows empty, blank, emoji-only, English and control-character input', () => {
    for (const t of ['', '   ', '\n\n', '😀😀👍', '[微笑][玫瑰]', 'Parents please remember to bring the form.', '\u0000\u0001\u001f', '\uD800', '12345']) {
      const v = judge(t);
      expect(v.verdict, JSON.stringify(t)).toBe('allow');
      expect(v.reason).toMatch(CHINESE);
    }
  });
  it('does not throw on values a JavaScript caller might pass', () => {
    for (const t of [null, undefined, 42, {}] as unknown as string[]) expect(judge(t).verdict).toBe('allow');
  });
  it('judges mixed scripts', () => {
    expect(judge('请家长ＣＨＥＣＫ一下孩子的作业本并签字').verdict).toBe('refuse');
    expect(judge('Today 作业 is done at school，家长 relax 就好').verdict).toBe('allow');
  });
  it('handles 10,000 characters, a forbidden ask at the very end included', () => {
    const filler = '今天天气很好，孩子们在操场上做游戏。'.repeat(600).slice(0, 9_980);
    expect(judge(filler).verdict).toBe('allow');
    expect(judge(`${filler}请家长检查作业并签字。`).verdict).toBe('refuse');
    expect(judge('家长'.repeat(5_000)).verdict).toBe('allow');
    expect(judge('签'.repeat(10_000)).verdict).toBeDefined();
  });
  it('never throws and always answers in the verdict’s shape', () => {
    const pieces = ['家长', '孩子', '老师', '不用', '请', '检查', '签字', '打卡', '作业', '批改', '打印', '，', '。', '？', '\n', '《', '》', '😀', 'app', '3', '遍', '罚抄', '排名'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''))), fc.option(fc.integer({ min: -3, max: 15 }), { nil: undefined }), (text, grade) => {
        const v = judge(text, grade);
        expect(['refuse', 'allow']).toContain(v.verdict);
        if (v.verdict === 'refuse') {
          expect(v.rule).not.toBeNull();
          expect(v.triggers.length).toBeGreaterThan(0);
          expect(v.rewording).toMatch(CHINESE);
        } else {
          expect(v.rule).toBeNull();
          expect(v.rewording).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });
});
