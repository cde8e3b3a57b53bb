/** The five policy documents (../shared/seeds): every fact the bot states cites one of these. */
export const SEEDS = {
  plans000: '000_e3406e389f9fa788.txt',
  district001: '001_4543060fc7b06172.txt',
  homework002: '002_0f47ff1c24227790.txt',
  county003: '003_1b70e29bb7d0ff45.txt',
  reports004: '004_fdbe19d9b6f6f709.txt',
} as const;

export interface Citation {
  file: string;
  section: string;
}

/** "（依据：000_….txt 第一篇·二）" as shown in messages. */
export function citeText(c: Citation): string {
  return `（依据：${c.file}「${c.section}」）`;
}

/** Policy facts the handlers quote, each with where it stands in the seeds. */
export const POLICY = {
  homeworkCaps: {
    text: '小学一、二年级不布置家庭书面作业；三至六年级每天书面作业不超过60分钟；初中每天不超过90分钟；班主任统筹各学科',
    cite: { file: SEEDS.plans000, section: '第一篇·统筹作业布置；压减作业总量' },
  },
  teacherGrades: {
    text: '教师全批全改，严禁让家长、学生代批',
    cite: { file: SEEDS.plans000, section: '建立作业校内公示制度…坚持教师全批全改作业' },
  },
  exemption: {
    text: '超过规定时间仍未完成的作业，经家长签字确认后可不再完成，教师不得惩戒',
    cite: { file: SEEDS.county003, section: '二、推行家长签字免写作业制度' },
  },
  sleep: {
    text: '小学生每天睡眠不少于10小时，初中生不少于9小时；经努力仍完不成书面作业的，也应按时就寝',
    cite: { file: SEEDS.district001, section: '五、优化学生管理；B21科学利用课余时间' },
  },
  noPunitive: {
    text: '不得布置机械性、无效性、重复性、惩罚性作业',
    cite: { file: SEEDS.plans000, section: '压减作业总量；建立作业校内公示制度' },
  },
  publication: {
    text: '建立作业公示制度，作业公示只是告知，不要求家长回复或打卡',
    cite: { file: SEEDS.plans000, section: '探索建立作业校内公示制度' },
  },
  noParentTasks: {
    text: '不得布置需要家长完成或代劳的作业，不得要求家长批改、检查签字、打印作业，不得要求家长打卡',
    cite: { file: SEEDS.homework002, section: '作业布置要求 第6、7条' },
  },
} as const satisfies Record<string, { text: string; cite: Citation }>;
