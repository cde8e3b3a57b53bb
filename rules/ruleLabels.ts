/** Chinese names of every rule a refusal or nudge can record, for summaries. */
export const RULE_LABELS: Record<string, string> = {
  parent_grading: '要求家长批改作业',
  parent_checking_signing: '要求家长检查、签字',
  parent_printing: '要求家长打印',
  parent_checkin_upload: '要求拍照上传或打卡',
  homework_for_parents: '给家长布置作业',
  parent_does_homework: '需要家长代做',
  electronic_homework_primary: '小学生电子作业',
  scores_ranking: '公布成绩或排名',
  punitive_homework: '惩罚性、重复性作业',
  exemption_refused: '不认家长签字免写',
  no_written_homework: '一二年级书面作业',
  over_cap: '超过每日总量',
  item_over_cap: '单项超过每日上限',
};

export const ruleLabel = (rule: string) => RULE_LABELS[rule] ?? rule;
