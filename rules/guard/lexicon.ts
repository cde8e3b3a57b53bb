/**
 * The words the parent-burden guard reads, and what it says back.
 *
 * Everything here is data: word families written from the rules in the seeds
 * and from the way teachers phrase requests in class groups, not from any one
 * message. The text they are matched against has been through
 * normalizeForGuard, so punctuation is half-width (, : ; ! ?) and Latin
 * letters are lower case.
 */
import type { GuardRule } from './classify.ts';

/** Longest first, so that 作业本 wins over 作业 and 签个名 over 签. */
export function alt(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

// ── Who is asked to act ────────────────────────────────────────────────────

export const PARENT_WORDS = [
  '家长们', '家长', '爸爸妈妈', '爸爸', '妈妈', '爸妈', '父母', '家人', '家里人', '大人', '监护人',
  '爷爷', '奶奶', '姥姥', '姥爷', '外公', '外婆', '宝爸', '宝妈', '各位', '大家', '您',
  // 家里有打印机的出两份: the families, named by what they have at home
  '家里有', '家中有',
  // 请家里先给孩子讲一遍: the family as the one who acts (在家里 is a place)
  '家里',
  // 你们在每个字下面打等级: the parents, addressed in their own group
  '你们', '您们',
  // 请各家自行印制: each family
  '各家', '各家庭', '每家', '每个家庭',
];
/** 大家 / 各位 address whoever reads; a recitation asked of them is the pupils' unless parents are named. */
export const ADDRESS_WORDS = ['大家', '各位', '你们'];
export const NAMED_PARENTS = /(家长|爸爸|妈妈|爸妈|父母|家人|监护人|爷爷|奶奶|姥姥|姥爷|外公|外婆)/;
export const RECITATION = /^(背诵|背下来|背熟|背会)$/;
/** 周一发下去大家订正: those the work is handed back to are the pupils. */
export const HANDED_BACK_BEFORE = /(发下去|发下来|发回去|发回|发还|下发后?)$/;
/** 在家里, 家里的书桌, 家里人: 家里 as a place or an owner. */
export const HOME_AS_PLACE_BEFORE = /(在|到|回|从|放|留|待|呆|去)$/;
export const HOME_AS_PLACE_AFTER = /^(的|面|边|头|没|没有|有|人|条件)/;
/** 家长会, 家长群 … name things, not the person who acts. */
export const PARENT_NOT_ACTOR_AFTER = /^(会|群|学校|委|开放日|课堂|讲座|须知|意见|评语栏|签字栏|手册)/;

export const PUPIL_WORDS = ['同桌们', '同桌', '孩子们', '孩子', '同学们', '同学', '学生们', '学生', '小朋友们', '小朋友', '宝贝们', '宝贝', '娃娃', '娃', '课代表', '小组长', '组长'];
/** Reflexives: the actor is whoever was named just before, else the pupil. */
export const SELF_WORDS = ['自己', '独立', '独自'];

export const TEACHER_WORDS = ['老师', '教师', '班主任', '科任', '任课', '学校', '校方', '我'];
/** 我们 / 我家 are not the teacher speaking of herself. */
export const TEACHER_NOT_ACTOR_AFTER = /^(们(?!在学校|在校|课上|课堂上|统一|负责|全部|老师|来批|来改)|家|的孩子)/;
/** 学校推送的讲座 / 老师发的资料: the teacher names a thing, not who acts next. */
export const TEACHER_MODIFIER_AFTER = /^(推送|发|发布|转发|提供|组织|推荐|分享|上传)的/;
/** 请…, 麻烦…: the polite forms of asking the reader. */
const POLITE_ASK = '(?<!问)请(?!问|假)|麻烦|辛苦|劳烦';
/** …我整理了一套题发在群里，请到打印店出一份: a new request after the teacher's report is the reader's to do. */
export const NEW_REQUEST = new RegExp(POLITE_ASK);
/** 老师要求… / 学校希望…: the teacher asks; someone else acts. */
export const TEACHER_REQUESTS_AFTER = /^(们)?(要求|希望|建议|请|让|需要|规定|统一要求|统一安排|安排如下|提醒)/;
/** 我校小学部、初中部统一安排：… the school heads what it asks of others. */
export const SCHOOL_ARRANGES_AFTER = /^(校|们)?[^,，。；;:：]{0,10}?(统一安排|统一要求|安排如下|要求如下)[:：]/;

/** 给孩子 / 帮孩子 / 和孩子: the pupil is not the one acting. */
export const NOT_AGENT_BEFORE = /(根据|按照|结合|针对|关于|(给|为|帮|替)(每位|每个|每一位|各位|全体|所有)|配合|协助|帮助|帮忙|帮|给|向|跟|和|与|同|替|为|代|陪|陪着|对|把|将|带|送|接|发给|交给|交|发|告诉|联系|转告|私信|找|问|请教|反馈给|汇报给|听|查看|翻看)$/;
/** 让孩子 / 督促孩子: the pupil is the one acting. */
export const CONTROL_BEFORE = /(让|督促|提醒|叮嘱|嘱咐|要求|鼓励|引导|指导|教育|监督|叫|带领|组织|安排|告诉|看着|盯着|教|由|请)$/;
/** 和孩子一起 / 陪孩子 …: the parent takes part. */
export const CO_AGENT = /(和|与|跟|同|陪|陪着)(孩子|宝贝|娃|小朋友)们?(一起|共同|一块)/;

/** 带着大家订正: those led are not the ones who act; whoever leads them is. */
export const LED_BEFORE = /(带着|带领|领着|组织)$/;
/** 反馈给家长 / 发给家长: the parent receives. */
export const PARENT_RECIPIENT_BEFORE = /(给|向|对|反馈给|汇报给|发给|交给)$/;
/** 在学校 / 到学校 / 家长学校: a place, not the school acting. */
export const PLACE_BEFORE = /(在|到|回|进|去|离开|来|从|家长)$/;
/** 给孩子听写 / 为孩子出题: the parent acts on the child. */
export const TO_CHILD_BEFORE = /(给|帮|为|对)(孩子|宝贝|娃|学生)们?\S{0,4}$/;
/** Between 家长 and the act, only time, place and willingness: 家长每晚负责听写. */
export const DIRECT_GAP = /^(朋友们|[,，:：]|请|各|在|利用(周末|假期|休息时间|晚上|课余时间)|也来学|来学|每人|每位|各自|人人|每天|每晚|今晚|晚上|在家|回家|都|也|再|先|一起|跟着|本周内?|这周内?|周末|今天|明天|尽快|近期|于?周[一二三四五六日]前?|本月|这个月|本学期|这学期|每周|每月|寒假|暑假|假期里?)*(负责|来|帮忙|亲自|要|需要|需)?$/;
/** 代孩子 / 替孩子: on the child's behalf even with no one named. */
export const ON_BEHALF = /^(代|替|代替|代为)/;
/** A request made of the reader, who in a class group is the parent. */
export const REQUEST_MARKERS = new RegExp(`${POLITE_ASK}|务必|记得|别忘|需要|需|要求|负责|配合|协助|帮忙`);
/** The pupil is spoken of in the third person: the reader is the parent. */
export const CHILD_REFERENCE = /(孩子|宝贝|娃|小朋友)(们)?(的|是否|有没有|写|做|读|背|完成|每天|每晚)/;
/** Where and when the teacher, not the parent, does the act. */
export const TEACHER_CONTEXT_BEFORE = /(交给老师|交老师|交由老师|由老师|交给班主任|交回学校|课上|课堂上|在校|在学校|到校后?|返校后?|学校里|明天|明早|明日|第二天|次日|隔天|下周|周一|面批|统一|收齐|收上来|逐一|亲自|稍后|一会儿?|待会儿?|晚些)\S{0,4}$/;
/** 已批改 / 照片都发了: a report of something already done. */
export const DONE_BEFORE = /(已|已经|都已)\S{0,2}$/;
/** 完成后拍照上传: the child's finished task is what is sent, whether or not it is called 作业. */
export const TASK_DONE_BEFORE = /(完成|写完|做完|背完|读完|练完|写好|做好|背好|背熟|画完|画好|读流利|读熟|背流利|读通顺)\S{0,3}(后|以后|之后|了)?\S{0,6}$/;
/** Routine wording that makes an act a daily duty. */
export const ROUTINE = /(每天|每晚|每日|天天|每周|每次|坚持)/;

// ── Negation, questions, reported speech ───────────────────────────────────

export const NEGATORS = [
  '不在群里', '不在群内', '不在班级群', '不在家长群', '不给', '不会给', '不向', '不由', '不再由', '不用由', '不需要由', '不会由',
  '不需要', '不需', '不用', '无需', '无须', '不必', '不要求', '没有要求', '没要求', '不要', '别再', '别', '勿', '请勿', '不再', '不须',
  '没必要', '用不着', '不能', '不可以', '不可', '不得', '严禁', '禁止', '杜绝', '不准', '不允许', '不让', '不应', '不该',
  '不会再', '不会让', '不会要求', '不会请', '不会布置', '不会公布', '不会', '不公布', '不公开', '不公示', '不张贴', '不进行', '不搞', '不设', '不提供', '免去', '免除', '取消', '并非', '而不是', '不是让', '不是要',
  '不布置', '不强制', '不强求', '可以不', '不必要求', '无需再', '不予', '不是', '不作',
  '不用app', '没有需要', '没有要', '没有让', '没有任何', '不以', '不把', '不将',
];
/** 别忘了签字, 不要漏签, 不用担心: the 不 belongs to something else. */
// 不会填的(家长替他填): those who cannot, a relative clause, not a denial
export const NEGATOR_IDIOM_AFTER = /^(了)?(就(?=\S{0,6}(帮|替|把|写|填|做))|[\u4e00-\u9fff]{1,2}的话(?=[,，\s]*(家长|爸爸|妈妈|爸妈|大人|就|可以))|忘|漏|落|缺|遗漏|担心|着急|紧张|焦虑|客气|怕|慌|紧|拖|迟到|错过|耽误|熬夜|只|仅|光|的|做的|写的|[\u4e00-\u9fff]{1,2}的(?!话))/;
/** 签字就不用了 / 打卡取消了. */
export const NEGATION_AFTER = /^\S{0,8}?的事(情)?\S{0,4}?(不会再有|不再有|没有了|取消了|作废|停了|不搞了)|^[^,，。]{0,8}?[”"」]\S{0,6}?(误发|发错了?|有误|口误|作废|撤回|不用|不需要|不必|无需|取消|停用|关闭|去掉|删掉|忽略|不用管|不用理会|无视|跳过|空着)|^\S{0,3}?(不搞了|不弄了|作废|撤销|撤回|取消了|误发|发错了?|有误|是口误)|^\S{0,8}?是别的班|^\S{0,2}?(栏|处|一栏|那栏|这栏|那一栏|位置|那里|那儿)\S{0,2}?(请|可以|直接)?(忽略|不用管|不用理会|无视|跳过|空着|不用填|不填|不用签)|^的?(做法|办法|方式|要求)\S{0,6}?(不提倡|不允许|不合规|违规|不对|不可取|不采用)|^\S{0,3}?(就|也|都)?(不用|不需要|不必|免了|取消|不要求|不强制|不作为|不算|不再|无效)(了)?|^(是|都是|由)(老师|教师|我们老师)的?(事|工作|任务|职责)|^(这种|这个|这类|这样的)(办法|做法|方式|方法|形式)\S{0,6}?(不用|不采用|不搞|不提倡|不允许|禁止|不要|杜绝)/;
/** How far back a negator can reach inside a clause. */
export const NEGATION_REACH = 16;
/** 家委会建议搞一个签字表，经学校研究，这个做法不符合规定: a proposal, turned down later in the sentence. */
/** 有家长在群里晒分数，请大家不要这样做: the act told, then asked not to be done. */
/** 刚才说请家长批改口算，是我说错了: the ask taken back as a slip. */
export const DISCOURAGED_AFTER = /^[^。!?！？]{0,24}?[,，]\s*\S{0,10}?(请|希望|麻烦)?(大家|各位|家长们?|各位家长|我们班|本班|我们)?(不要|别|勿|不必|不会)(再)?((这样|这么)(做|干|发)?|(发|晒|传)(?!错)了?)|^[^。!?！？]{0,12}?[,，]\s*(是我|我)?(说错了|写错了|发错了|打错了|口误了?)/;
/** 若发现要求家长批改作业的情况，可拨打…: how to report the act, not a request for it. */
export const HOW_TO_REPORT = /(发现|遇到|如有)\S{0,40}?(情况|现象|行为|问题)\S{0,8}?(举报|反映|拨打|投诉)/;
/** 让她跟我说一声: the child tells the teacher. */
export const CHILD_TELLS_BEFORE = /(让|叫|请)(她|他|孩子|娃)(自己)?(跟|和|给|对)?(我|老师)?$/;
export const PROPOSAL = /(建议|提议|提出|想搞|希望搞|想让|有家长说|有家长问)/;
export const PROPOSAL_REJECTED = /^\S{0,40}?(这种|这个|这类|这样的|该|此)(办法|做法|方式|方法|形式|建议|提议)\S{0,6}?(不符合|不合规|违反|违规|不采用|不采纳|不实行|不执行|不提倡|不允许|不可行)/;

/** 要不要签字 / 需不需要家长检查: asked, not asked for. */
/** 有家长反映每天检查作业压力大: what parents said, reported in the clause, is no request. */
export const PARENTS_REPORTED = /(有|有的|有些|几位|不少|很多|好多|部分|个别)(家长|爸妈|父母|人)(们)?((在群里|私下|私信|跟我|向我|给我)(反映|反馈|说|提到|表示|吐槽|抱怨|留言|发来|发了|发)?|(反映|反馈|说|提到|表示|吐槽|抱怨|留言|发来|发了))/;
export const NEED_QUESTION = /(要不要|需不需要|是否需要|用不用|是不是要|是否要)/;
/** 请问…能不能…？: asking someone, however politely the question is put. */
/** An asking form without a question mark. */
export const ASKING_FORM = /(能不能|可不可以|可以不可以|是不是|要不要|行不行|允不允许|合不合规|有没有|怎么说|怎么规定|什么规定|是否)/;
export const ASKING_OPENER = /(请问|想问|问一下|问问|咨询一下|想咨询|想确认|确认一下)/;
/** 能否麻烦家长…？: a request dressed as a question. */
export const POLITE_REQUEST = /(麻烦|能否|能不能|可否|可不可以|辛苦|劳烦|好吗|行吗|可以吗|好不好|ok|okay|(?<!问)请(?!问))/;
/** 有家长问为什么…: a parent's question reported, not a request. */
export const REPORTED_QUESTION = /(有|几位|不少|很多|好多)(家长|人)(在群里)?问|问(我|老师|你|过)?(:|为什么|要不要|是不是|能不能|可不可以|需不需要|是否|怎么)/;
/** 但/只需 after a negator starts a new ask: 不用讲题，只需签字. */
export const NEGATION_UNDONE = /(但|但是|只需|只要|只用|而是|还要|还需|仍需|仍要|就要|一定要)/;
/** 家长以第一人称写一篇: how the piece is written may stand between the parent and the verb. */
/** 家长把本单元的单词背熟: what the parent is to learn, held by 把. */
export const HOLD_GAP = /^(每天|每晚|今晚|晚上|周末|在家)*(自己|亲自)?(也|都|还)?(每人|每位|都)?把(?:(?!孩子|学生|宝贝|娃)[^,;:!?。，；：！？]){0,14}$/;
/** 家长根据…，自己编一段: 自己 is the parent unless someone else was told to act between. */
export const INSTRUCTS_OTHER = /(提醒|督促|让|叫|要求|鼓励|引导|教育|告诉|教|陪|带)/;
/** 孩子做完后，麻烦…: the pupil's clause only says when; the request after it is to the reader. */
/** 我发群里了，回家打出来: the teacher's clause reports what she did; the next one is addressed to the reader. */
export const TEACHER_REPORT_CLAUSE = /^[^,;。，；]{0,12}了[,，]/;
export const WHEN_CLAUSE_THEN_ASK = /^[^,;。，；]{0,16}(后|以后|之后|的时候)([,，]\s*(麻烦|请|辛苦|劳烦|烦请|帮忙)|(帮着|帮忙|帮|给|顺手|顺便|顺带)(?!孩子|学生))/;
export const COMPOSE_GAP = /^(?:(?!孩子|学生|宝贝|娃)[^,;:!?。，；：！？]){0,10}$/;
/** 家长作业 denied: 没有家长作业. */
export const NO_PARENT_HOMEWORK_BEFORE = /(没有|无|不布置|不留)$/;
/** 成绩不排名: a denial inside the matched words. */
export const NEGATION_INSIDE = /(不(?!及格|合格|达标)|没有|无|勿|禁止|严禁)/;
/** 能不能让家长检查？不需要。: the next sentence answers no. */
export const ANSWER_NO = /^(不需要|不用|不行|不能|不可以|不会|不必|没必要|当然不|不是)/;
/** 学习见证： / 见证人: a heading or a noun, not the act. */
export const NOT_A_VERB_AFTER = /^(:|人|者|[】\]」]|(孩子们?|宝贝们?|学生们?|大家)?的?(进步|成长|精彩|风采|蜕变|时刻|收获|闪光))/;
/** 订正认真的同学: the act named to praise how it was done, not asked for. */
export const PRAISED_MANNER_AFTER = /^(得)?(认真|工整|及时|很好|很认真|很及时|仔细|规范)/;
/** 如果孩子说要用APP做题: what a child might say, not what is asked. */
export const HYPOTHETICAL_REPORT = /^(如果|假如|要是|若是?|万一|一旦)\S{0,8}(说|讲|提到|告诉你)/;
/** Clause openers that put the act in the past. */
export const PAST_OPENERS = /^(以前|过去|原来|曾经|之前|以往|往年|上学期)/;

// ── What is acted on ──────────────────────────────────────────────────────

/** Homework, and the reading, sport and practice tasks teachers set. */
export const HOMEWORK_OBJECTS = [
  '暑假成长手册', '寒假成长手册', '假期成长手册', '研学报告', '研学手册', '研学单', '研学记录', '研学作业', '研学实践', '实践报告',
  '每日一练', '每天一练', '一练', '作业', '练习', '练习册', '习题', '题目', '试卷', '卷子', '考卷', '测试卷', '练习卷', '单元卷', '测评卷', '检测卷', '过关卷', '达标卷', '小测卷', '周测卷', '默写', '听写', '口算', '计算',
  '生字', '字词', '词语', '课文', '背诵', '背书', '朗读', '诵读', '朗诵', '阅读', '读书', '看书', '课外书', '绘本', '作文', '习作', '日记',
  '周记', '游记', '练笔', '小练笔', '政区图', '填图', '画作', '手绘图', '记录本', '周末卷', '周练卷', '复习卷', '模拟卷', '卷首', '物理', '化学', '生物', '口算卡', '计划表', '改错本', '单元练', '周练', '口诀', '口诀卡', '抄写本', '拼音', '识字卡', '生字卡', '抄写', '声调', '观后感', '心得体会', '读后感', '笔记', '错题', '订正', '作业本', '本子', '练习本', '听写本', '默写本', '学习单', '导学案', '预习', '复习', '单词',
  '古诗', '诗词', '字帖', '练字', '书法', '手抄报', '小报', '实验', '手工', '作品', '小制作', '试题', '答案', '测验', '测试', '课本',
  '书上', '书本', '跳绳', '运动', '锻炼', '仰卧起坐', '跑步', '口语', '听力', '跟读', '打卡表', '记录卡', '记录表', '阅读单', '计算题',
  '应用题', '数学', '语文', '英语', '科学', '学习任务', '实践作业', '劳动作业', '背完', '读完', '写完', '做完',
  '观察', '实践', '调查', '种植', '小实验', '练琴', '书法作品', '绘画', '家务', '劳动',
  '演唱', '唱歌', '歌曲', '演奏', '弹奏',
  // a drawing set by the art teacher
  '线描', '素描', '线描画', '画完', '涂色', '上色',
];
/** (?<!问)题: 题 on its own is homework, 问题/话题/主题 are not. */
export const BARE_TI = '(?<![问话主专标议难课命])题';

/** 用手机 / 通过平台: the means, not what is acted on. */
export const INSTRUMENT_BEFORE = /(用|拿|通过|借助|使用|借)(家长|爸爸|妈妈|大人|自己)?的?$/;
/** 订正的事交给老师: the act handed to the teacher. */
export const LEFT_TO_TEACHER_AFTER = /^(的事|这件事|这块|的工作|这一步)?(就)?(交给|留给|由)(老师|我|学校)|^\S{0,2}?(放在|留到|改在|在)(课上|课堂上?|学校|班上|校内)(进行|完成|做|讲)?/;
/** 有的家长改完…: what some parents did, told, not asked of the reader. */
export const SOME_PARENTS_BEFORE = /(有的|有些|个别|部分|不少|还有|总有|经常有|也有|有几位|有位|有个|好多|很多)(家长|爸妈|父母)\S{0,10}$/;
/** …真的不用这样: the reader told that what some parents do is not wanted. */
export const TOLD_TO_STOP = /(不用|不需要|不必|无需|别再|不要再)(这样|这么做|这么辛苦|再发|再拍|发了|拍了|发照片|拍照)/;
/** 节目视频由学校统一拍摄……之后会发到群里: the school's own posting, later. */
export const SCHOOL_POSTS_LATER = /(之后|稍后|随后|回头|到时|届时|过后)(会|将|再)?(统一)?$/;
/** 区里作业抽查: an inspection by the authorities, not a parent's check. */
export const INSPECTION_BEFORE = /(区里|区教育局|市里|上级|教育局|督导|学校|年级)(的)?(作业)?$/;
/** 检查一遍再装进书包: where the work goes afterwards, not what is checked. */
/** 交给小组长登记: a pupil officer or the teacher keeps the record at school. */
export const CLASS_RECORDS = /(小组长|组长|课代表|班长|学委|老师)(来|负责)?(登记|统计|记录|汇总)/;
/** 系统只记录完成情况: the app keeps the record itself; no one is asked to report. */
export const MACHINE_RECORDS_BEFORE = /(系统|平台|后台|软件|程序|app)(会|将|能)?(自动)?(只|会)?$/;
export const PACKED_INTO_BEFORE = /(装进|放进|放回|收进|装回|塞进|装到|放到|收到|装)(孩子|学生|宝贝|娃)?(们)?(的)?$/;
/** Things a parent may rightly check: bikes, bags, health, safety. */
export const NON_HOMEWORK_OBJECTS = [
  '生活照', '全家福', '个人照', '近照', '艺术照', '生活照片',
  '自行车', '电动车', '车辆', '刹车', '书包', '文具', '学习用品', '用品', '物品', '东西', '衣物', '衣服', '校服', '鞋', '红领巾', '帽子',
  '运动鞋', '球鞋', '跑鞋', '鞋带', '运动服', '护具', '仔细阅读', '详细阅读', '水杯', '水壶', '饭盒', '餐具', '身体', '体温', '健康', '视力', '眼睛', '牙齿', '门窗', '电器', '用电', '燃气', '煤气', '水电', '安全',
  '隐患', '头发', '指甲', '卫生', '零食', '玩具', '药', '证件', '口罩', '饮食', '作息', '睡眠', '手机', '电子产品', '上网', '插座',
  '交通', '路线', '情绪', '心理', '体重', '身高', '车子', '头盔', '症状', '发热', '发烧', '咳嗽', '伤口',
];
/** 道法课的调查表, 数学的记录单: a lesson names the form as its homework. */
/** 背诵登记表, 阅读记录卡: a form that logs the homework is the homework's. */
export const HOMEWORK_FORM_BEFORE = /(背诵|阅读|作业|口算|练字|朗读|听写|默写|复习|预习|练习|跳绳|运动)$/;
export const LESSON_BEFORE = /(课|语文|数学|英语|科学|道法|道德与法治|物理|化学|生物|历史|地理|美术|音乐)(课上)?的?$/;
/** Papers and forms that are not homework: signing or printing them is fine. */
export const ADMIN_DOCUMENTS = [
  '调查回执', '意愿调查', '意向调查', '调查问卷', '告知书', '告家长书', '致家长的一封信', '通知书', '通知单', '回执', '回执单', '责任书', '承诺书', '协议', '同意书', '知情书', '确认书',
  '报名表', '申请表', '申请书', '登记表', '信息表', '统计表', '请假条', '假条', '缴费', '收费', '费用', '发票', '收据', '保险', '体检',
  '接种', '疫苗', '健康码', '行程码', '核酸', '报告册', '报告单', '素质报告', '成长手册', '评价手册', '家长会', '签到表', '问卷',
  '调查表', '课后服务', '午餐', '订餐', '校车', '研学', '秋游', '春游', '军训', '准考证', '学籍', '户口', '身份证', '证件照', '一寸照',
  '会议号', '链接', '课表', '作息表', '名单', '放假', '防溺水', '奖状', '证书', '合影', '免写', '安全教育', '安全须知', '情况说明',
  '学生证', '借书证', '校园卡', '饭卡', '档案', '学籍卡', '运动会', '报名表', '申请', '书面申请',
];

// ── What a parent is asked to do, rule by rule ────────────────────────────

/** Grading words that mean grading whatever follows. */
export const GRADING_STRONG = ['帮孩子打分', '给孩子打分', '帮孩子评分', '给孩子评分', '判对错', '判下对错', '判一下对错', '判判对错', '批改', '批阅', '判作业', '判卷', '判试卷', '改卷', '改作业', '改试卷', '改作文', '改默写', '改听写', '改口算', '判分', '阅卷', '阅个卷', '阅阅卷', '改个卷', '判个卷', '改改卷'];
/** Grading words that need homework in sight: 改一下 the 默写, not the 作息. */
export const GRADING_WEAK = [
  '改掉', '改过来', '纠错', '逐词纠错', '纠正错误', '改出来', '红笔标', '红笔圈', '改一遍', '修改一遍', '批一遍', '打对错', '标对错', '画对错', '批对错', '批一下', '批一批', '批完', '批好', '批了', '判一下', '判一判', '判完', '判好', '判对错', '判断对错', '改一下', '改一改', '改完', '改好',
  '改改', '给改了', '给批了', '给判了', '顺手改', '顺便改', '顺带改', '帮着改', '帮忙改', '帮改', '挑出来', '把错的挑出来', '挑出错', '对一下', '对完', '对完答案', '对好答案', '改在旁边', '给个等级', '打个等级', '评个等级', '点个点', '用铅笔点', '对下答案', '对下答按', '标出来', '核一遍', '画个五角星', '画五角星', '画个星', '画个小三角', '画三角', '画个三角', '做个记号', '标个记号', '核一核', '核对一下', '对照一下', '逐题对照', '对答案', '对一下答案', '对照答案', '核对答案', '对完答案', '对好答案', '对过答案', '对了答案', '标出错题', '把错题号标出', '错题号标出', '对一对', '对一遍', '打分', '评分', '打勾', '打钩', '打对勾', '打对钩', '打叉', '画圈', '圈出',
  '打个圈', '打个小圈', '打小圈', '画个圈', '标出错', '改错', '订正', '打个勾', '打个钩', '画勾', '画钩', '修改', '修改意见', '提修改意见',
];
/** A tick on a reading log or a record card is proof of completion, not marking. */
export const LOG_SHEETS = /(联系本|家校本|阅读单|阅读卡|读书卡|记录单|记录卡|记录表|记录本|打卡表|登记表|完成表|统计表|阅读记录)/;
/** Correcting is the pupil's own job: these count only when a parent is named. */
export const GRADING_NEEDS_PARENT = ['改错', '订正', '改完', '改好', '改改', '修改', '修改意见', '提修改意见'];
/** 把分数写在卷首 / 给作文打个等级: marking by another name. */
export const GRADING_PHRASES = /(算出|算好|算一下)(总分|分数|得分)|(总分|分数|得分)\S{0,4}?(写在|标在|填在)卷首|(对照|照着|按照|根据|对着)\S{0,8}?答案\S{0,6}?(给孩子|帮孩子|给他|给她)?(打个?分|打分数|算个?分|评分|判分|打等级|打个等级)|(给|打|评)(个|出)?[a-d/、]{1,8}(等级|等第)|(旁边|后面|上面|下面)\S{0,4}?(写上|写出|标上|注上)(正确的|正确答案|对的|正确写法)|(?<=(家长|您|爸妈|大人))批(?![评准示复次量])|(批|标|打|画)\S{0,3}[✔✘✓✗√×]|[✔✘✓✗√×]{1,2}\S{0,2}(标|打|画)|(按|照)\S{0,6}标准\S{0,4}(给孩子)?打分|(写|打|标|算|给|填)(上|出|好|个)?\S{0,3}?(分数|得分|等级|正确率|对错率)|(?<=把)(正确率|得分|分数)\S{0,2}(填|写|标)|(数|算|统计)(一下|一数)?(做对|写对|算对|对了|错了)(几道|几个|多少)|(写|标|记)(上|下|出)?(对了|错了|做对了?|做错了?)(几个|几道|多少)|(对了|错了|做对了?|做错了?)(几个|几道|多少道?|多少个)\S{0,4}?(写|标|记)(在|上)|(用|拿)红笔\S{0,10}?(改出来|写出|写上|改正|改|订正|圈出|标出|划出|画出|看)|(不对|错)的地方\S{0,2}(打|画)(个)?(叉|×|✗)|(分数|得分)(写|标|打)(在|上)|(分数|得分|总分)(算|打|判|评)(好|出|一下)|(评|打|给)(个|一个)?(等级|等第|星级)|(评|打|给)(出|上)\S{0,6}?(等级|等第)|(判|打|评|给|算|估)(个|一个)分(?!钟)|(?<=(读错|背错|写错|做错|算错|错)的\S{0,8}?)(画圈|画个圈|圈出来|圈起来|打叉|打个叉|标出来)|(?<!老师|我)(讲|教)(一遍|一下|一讲|明白|懂|清楚|会)(?=\S{0,12}?(订正|改错|改正))|(?<=答案\S{0,8}?)(对一下|对一对|对对|对照一下|核对一下|对完|对好|对过)/g;

/** Checking words that are addressed to the parent even with no one named. */
export const CHECKING_EUPHEMISMS = /^(把关|把好关|把一下关|把把关|过目|过一遍|过一下|见证|验收)$/;
/** 认真检查 / 自己检查: the pupil's own care over his work. */
export const SELF_CHECK_BEFORE = /(认真|仔细|自己|自行)\S{0,2}$/;
export const CHECKING_VERBS = [
  '检查', '复查', '复核', '核查', '核对', '查一查', '查一下', '过一遍', '过一下', '过目', '把关', '把好关', '把一下关', '把把关', '抽查',
  '抽背', '验收', '见证', '督查', '看一遍', '翻一遍', '比对', '一个一个对', '初审', '家长初审', '确认没问题', '确认无误', '确认都对', '扫雷', '扫扫雷', '排雷', '找找错', '挑挑错', '查错', '挑错',
];
/** Looking over: checking only when a parent is named and the child's work is the topic. */
export const LOOK_OVER = /(看完|看过|看一下|看看|看一看|看一遍|瞧一瞧|瞅一眼|看一眼)/g;
export const CHILD_WORK = /(作业本|卷子|试卷|作文|错题|默写|听写|口算|练习册|本子|练习卷|作业)(?!安排|内容|公示|通知|要求|清单|量|时间|布置)/;
/** 看看对不对 / 确认全对 / 帮忙看一下卷子: checking said with ordinary verbs. */
export const CHECKING_PHRASES = /(看|瞧)(一下|看|一看|一遍|一眼)(孩子的?)?(作业本|卷子|试卷|作文|错题|默写|听写|口算|练习册|本子|作业(?!安排|内容|公示|通知|要求|清单|量|时间|布置))|(看|瞧|查)(一看|一下|看|一遍)?[^,，。;；!！?？]{0,8}?(对不对|有没有错|有无错误|对错|错在哪(里|儿)?|是否正确|是否全对|哪(几|些)?(道|个|处|题)\S{0,3}?(做|写|算)?错)|(看|瞧|查|翻)(一下|看|一看|一翻|一遍)?\S{0,6}?(是不是都写了|是否都写了|是否全部写完|是否都写完|有没有全部写完|有没有写完|写没写完|做没做|写没写|做了没|写了没|是否写完|都写完没|有没有漏写|有没有空着|是否做完|是否做对|有没有做完|做完没|做对没|有没有做对)|把\S{0,6}?(错的|写错的|做错的|错字|错题|错误)\S{0,3}(找出来|挑出来|圈出来|标出来|划出来|找一找)|确认\S{0,8}?(没有空题|没空题|无空题|没有漏题|全对|正确|无误|完成|写完|做完|背熟|背会)/g;
/** 检查书包里的作业本带齐没有: a supply check, not a homework check. */
export const SUPPLY_CHECK = /(带齐|带好|带上|带全|带没带|准备好|准备齐|装好|(?<!(再|然后|后|才))放进书包|收拾好|有没有带|是否带)/;

export const SIGNING_VERBS = ['落款', '落个款', '署名', '签一科', '签一门', '签一项', '签一页', '签一份', '按手印', '按个手印', '摁手印', '签全名', '签上全名', '签下全名', '签完名', '签完字', '签好名', '写上名字', '写上姓名', '签字', '签名', '签上', '签个字', '签个名', '签个', '签好字', '签好', '签下', '签一下', '签日期', '补签', '签字确认', '签名确认'];
/** 签上自己的名字: the pupil names his own paper. */
export const OWN_NAME_AFTER = /^(上)?(自己的)?(名字|姓名|学号)/;
/** Said outright: the signature is the proof. */
/** 孩子学习时家长拍一张: the child pictured at work is the work's proof. */
export const STUDY_SCENE = /(学习|写作业|做作业|读书|阅读|练字|背书|背诵|朗读|做题)(时|的时候|过程|场景|状态|的样子)/;
export const PROOF_WORDS = /(作为|证明|凭证|依据|确认完成|完成情况|就算完成|算完成|视为完成|当作完成)/;
/** 没有签字的按未完成处理: the signature is demanded as proof, whatever 未完成 says. */
/** A negator inside a matched signing field: 写本不用家长签名. */
export const FIELD_DENIED = /(不用|不需要|无需|不必|不要|不再|免)/;
export const UNSIGNED_PENALTY = /(空着|空白|没填|未填|不填)(的)?\S{0,4}(按|算|视为|当作|记为)\S{0,2}(未完成|没完成|没写|未交|没交)|(没有?|未|不|缺|漏)(家长|父母|爸妈)?(的)?(签(字|名)?|填写?)\S{0,12}(按|算|视为|当作|当成|记为)\S{0,2}(未完成|没完成|没写|未交|没交)/;
/** The field a parent fills on homework: 家长意见 / 家长评语. */
export const SIGNING_FIELDS = /(写|填|签|加|留|要有|有)(上|下|好|个)?\S{0,8}?(您的|自己的|家长的?)(名字|姓名|大名|签名|姓名缩写|名字缩写)|(?<=(您|家长)\S{0,20}?)留(个|下|上)?(名字|姓名|签名)|(写|签|留|填)(上|下|个)?(\S{0,8}?(和|及|与|加))?日期|(写|填|签)(上|下|好)?\S{0,3}?(家长)?(意见|评语|评价|点评)|家长意见栏?|家长评语栏|(写|签|标)(个|上|一个)?["“]阅["”]|(写|签|标|打)(个|上|一个)?["“](过关|已背|背熟|合格|通过|达标|已过关)["”]|(写|注明|标注|签|加|回复|回|发|点|点击|点一下|勾选|勾|选)(上|下)?\S{0,6}?["“]?(已检查|已阅|已完成|已背|已读|已订正|已讲评|已讲解|已辅导|已复习|已练|已听|已做|已写|已看|已默|已朗读|已练习|已背诵)/g;
/** The 家长签字免写作业 note: signing that lets the child stop (003). */
export const EXEMPTION_CUES = /(免写|免做|可以不写|可以不做|不写了|不做了|不用写了|不用再写|不再写|停笔|拒绝完成|剩余作业|没写完|没做完|还没完成|仍没完成|仍未完成|仍没写完|已到截止时间|(?<!(记为|视为|算作|算|按|当作|记作|作为|都是|就是))未完成|写不完|做不完|来不及完成|超过\S{0,6}点|[\d一二三四五六七八九十]{1,2}(:\d{2})?点(半)?(以后|之后|后|还没|仍未|还未))/;
export const MEETING_CONTEXT = /(家长会|会议|讲座|活动|开放日|报到|签到表|现场)/;
/** 接龙报名 / 收到请接龙: a roll call for an event, not proof of work. */
export const ROLL_CALL = /(报名|参加|收到|出席|参会|订购|征订|统计人数|人数|开放日|听课|来校|自愿|名额)/;

export const PRINTING_VERBS = ['弄出来', '彩色输出', '黑白输出', '双面输出', '下载输出', '自行输出', '自己印(?!象)', '自行印(?!象)', '在家印(?!象)', '回家印(?!象)', '输出到纸上', '输出成纸', '输出到纸', '输出纸质', '输出成纸质', '自行印制', '印制', '自行打印', 'print', '弄成纸的', '弄成纸质', '变成纸质', '转成纸质', '弄成纸', '纸质版', '纸版', '纸质的', '出一份', '出两份', '文印店', '图文店', '打印店', '复印店', '打印', '复印', '出纸质稿', '纸质稿', '印出来', '印一份', '印一张', '印几张', '印两张', '印好', '彩印', '彩打', '打出来', '装订', '影印', '下载', '打好', '打一份', '列印', '打一下(?=\\S{0,4}(黑白|彩色|双面|单面|a4|a3))', '(?:手抄|抄写|誊抄|抄)(?=(到|在)\\S{0,6}(本子|作业本|练习本|纸上|本上))', '打(?=(黑白|彩色)(的|版))'];
/** 打印机 / 打印店 / 复印件 name things, not the act. */
export const PRINTING_NOUN_AFTER = '机|店|纸|社|室|费|件';
/** Said without 打印, printing needs the sheet in sight: 出一份 练习纸, not 出一份力. */
export const PRINTING_WEAK = /^(弄出来|打好|打一份|出一份|出两份|纸质的|文印店|图文店|打印店|复印店)$/;
/** 准备好 prints only when the file's paper format is given: PDF, A4, 单面. */
export const PREPARE_COPY = /(准备好|准备一份|备好|弄好)/g;
// A4素描本, A4纸 to bring are supplies, not a copy of work.
export const PAPER_FORMAT = /(a4(?!纸|白纸|的白纸|的纸|卡纸|彩纸|本|素描|画|文件|夹|袋)|pdf|单面|双面|黑白|彩色打|彩打)/;
export const PRINTED_SHEET = /((?<![问话主专标议难课命])题|[\d一二两三四五六七八九十]+页|训练题|习题|网盘|云盘|打印机|默写纸|听写纸|pdf|单|卷|卷子|试卷|练习|题卡|资料|作业纸|练习纸|复习卷|a4|纸质|共享盘|群文件)/;
/** 下载 counts only with learning material after it, not an app. */
export const DOWNLOAD_MATERIAL = /^\S{0,6}?(练习|试卷|卷子|资料|学习单|题|讲义|作业|材料|课件|字帖)/;
/** 学校统一打印 / 老师已打印好. */
export const SCHOOL_PRINTS = /(学校|老师|年级|班级(?!群)|我)(会|已|已经|统一|负责|来)?\S{0,3}$/;

/** Acts that make a picture, a film or a recording. */
export const MEDIA_VERBS = ['拍两张', '拍三张', '拍几张', '留个影', '留影', '合个影', '照清楚', '照下来', '照一下', '照张', '拍清楚', '拍清晰', '录好', '录下', '录一下', '录个', '拍好', '拍照', '拍个照', '拍张照', '拍照片', '拍一张', '拍张', '拍下', '拍下来', '拍成', '拍摄', '拍视频', '拍个视频', '拍一段', '录视频', '录个视频', '录像', '录音', '录下来', '录一段', '录制', '截图', '截屏', '拍一下'];
/** 听录音 / 播放视频: a recording listened to, not made. */
export const LISTENING_BEFORE = /(听|放|播|收听)(课本|书本|教材|磁带|光盘|课文|[a-z0-9 .\-]{1,10}|第?[\d一二三四五六七八九十]+(课|单元))?的?$|(跟着|跟|照着)(课本|书|教材|磁带|光盘|点读笔)?的?$/;
/** Acts that send something somewhere. */
export const SENDING_VERBS = ['传上去', '扫码上传', '视频发', '照片发', '录音发', '图片发', '截图发', '传照片', '传图片', '传视频', '传录音', '发钉钉', '发班级群', '发微信群', '发qq群', '传班级群', '传钉钉', '传小管家', '传班级圈', '传家校本', '直接传', '贴到', '贴进', '上传', '发班级相册', '发相册', '传相册', '发到相册', '传到', '传至', '传给', '扫进', '扫描进', '扫描到', '扫描上传', '扫到', '发到', '发至', '发送到', '发群', '发在群', '发群里', '发到群里', '发给我', '发我', '晒', '晒到', '晒在', '晒进', '提交到', '交到', '发在', '分享到', '传群里', '传上来', '发上来', '群里发', '在群里发', '发到班级群'];
/** 在钉钉家校本提交: handing in through an app. */
export const SUBMIT = /(提交|上交)/g;
/** 发孩子读书的视频: sending named by what is sent. */
export const MEDIA_SEND = /((?<!分|批|下|颁|散)发|传(?!统|说|承|染|达|递|授)|附上?)(一张|一段|个|张|段|条)?(孩子)?\S{0,6}?(照片|视频|录音|语音|图片|截图|合影|合照)/g;
/** 答案发群里了: the teacher reporting her own posting. */
export const POSTED_ALREADY_AFTER = /^\S{0,8}?了/;
/** Sending words that name the group themselves. */
export const INHERENT_SENDING = /^(传上去|扫码上传|上传|发群|发在群|发群里|发到群里|传群里|传上来|发上来)$/;
/** The places a photo or a check-in lands. */
export const CHANNELS = /(群|微信|钉钉|qq|小程序|班级圈|家校本|晓黑板|小管家|平台|app|一起作业|优化大师|企业微信|朋友圈|空间|相册|网盘|邮箱)/;
export const MEDIA_WORDS = /(照片|图片|视频|录音|音频|截图|相片|小视频|语音|影像|合影|合照)/;

export const CHECKIN_VERBS = ['打卡', '签到', '接龙', '小打卡', '补卡'];
/** 打卡表 / 打卡本 name a paper sheet; the act on it is what counts. */
export const CHECKIN_NOUN_AFTER = /^(表|单|本|卡|纸|记录(表|单|本|卡))/;
/** 数字接龙 / 成语接龙的小游戏: a word game, not a roll call. */
export const GAME_CHAIN = /(数字|成语|词语|故事|单词|古诗|诗句|字词|口算)$/;
/** 健康打卡 / 体温打卡: not about homework. */
export const HEALTH_CHECKIN = /(健康|体温|平安|安全|晨检|午检|到校|出勤|疫情|防疫|行程)\S{0,4}$/;
/** 去博物馆打卡: sightseeing slang. */
export const PLACE_CHECKIN = /(去|到)\S{1,8}$/;
/** A completed task to be reported. */
export const COMPLETION_OBJECTS = /(读的书名|书名和页数|页数|阅读量|阅读时长|(背|读|写|练|做)\S{0,4}?(单词|课文|古诗|口算|题)?的?情况|读了哪本书|读了多少页|读了多少|读了多久|读了多长时间|读了几页|练了多久|完成\S{0,4}?的?(时间|情况)|用时|所用时间|做题时间|完成情况|是否完成|有没有完成|已完成|完成时间|完成了|写完了?|读完了?|做完了?|背完了?|阅读时长|阅读时间|阅读量|阅读页数|(晨读|早读|朗读|背诵|练字|练琴)(时长|时间)|学习时长|学习时间|(作业|做题|答题)?正确率|读书时间|运动时长|锻炼时长|运动时间|锻炼时间|跳绳(个数|次数|成绩|数量)|打卡情况|背诵情况|作业情况|作业时长)/;
export const REPORT_VERBS = /((?<![一两三四五六七八九十\d重难要])点(击|选|一下|个)?(?=\S{0,2}(已完成|已背|已读|已订正|完成))|勾选|填上|填好|填写|标记为?|记录(?!单|卡|表|本|册)|登记(?!表|册|本)|上报|报送|填报|汇报|反馈|回复|报一下|报给|说一声|统计|汇总|扣1|回1|接龙|记录并?(上报|发|汇总|提交))/;
/** 把口算成绩报给我: the parent marks at home and reports the result. */
export const RESULT_REPORT = /(成绩|正确率|得分|分数|对错情况)\S{0,4}?(提交到|提交给|交到|报给|发给|报一下|反馈给|上报|登记|发到|传到|传给|上传|传)/g;
/** Telling the teacher the load is too heavy is what the rules want. */
export const LOAD_FEEDBACK = /(超时|超过|太多|太难|困难|吃力|负担|来不及|写不完|调整|有问题|不会做)/;

/** Writing a parent is told to produce. */
/** 家长感悟栏请家长写满: the field named first, the parent told to fill it after. */
export const PARENT_WRITING_FIELD = /(反思表|心得表|感想表|反思|心得|感想)\S{0,3}?(需|要|必须|请)?(手写|亲笔写)|(感想|心得|体会|感悟|寄语|评语|心里话|读后感|家长意见)[”"」]?(栏|一栏|部分|一项)?\S{0,8}?(写满|填满|写够|撰写|填写|写)/g;
export const PARENT_WRITING = /(准备一份|准备一篇|填好|附上|附|谈|做一期|做一份|制作一份|填写|填一张|填一份|写|撰写|写下|写一|提交|上交|交一份|交|完成|分享|发|参加|说说|说一说|谈谈|谈一谈|聊聊|交流)[^\s,;.!?]{0,14}?(育儿故事|家教故事|发言稿|演讲稿|感想|心得|体会|感悟|感言|期望|期许|心里话|读后感|观后感|反思|评语|寄语|随笔|育儿经验|育儿日记|日记|学习笔记|读书笔记|征文|一封信|书信|家书|答题|知识竞赛|优点|缺点|改进计划|成长计划|教育计划|观察记录|观察日记|成长记录)/g;
export const PARENT_HOMEWORK_NOUN = /(家长|爸爸妈妈|爸妈|父母)们?\S{0,8}?给(孩子|娃|学生)们?(上|讲)(一节|一堂|一次|\d+节|[一二两三四五]节)\S{0,10}?课(?=\S{0,20}(教案|备课|记录|反馈|交|提交|上交|发群))|(每户|每家|每个家庭|每位家长|各位家长)(交|写|提交|上交)(一份|一篇)?\S{0,4}?(心得体会|心得|感想|体会|反思|总结)|家长(们)?(?:(?!没|不|无)\S){0,4}?(小任务|小作业)[:：]|(家长|每天|每晚|每周)(?:(?!不|无|免)\S){0,6}?填写《[^》]{0,12}(学习情况|学习|观察|作业|完成情况)[^》]{0,8}(表|单|册)》|(?<=(家长|每人|每位家长|各位家长)(?:(?!孩子|学生)\S){0,10}?)(完成|填写|写)(一份|一张)?\S{0,12}?(学习单|共学单|共读单|亲子单)|家长(卷|答卷|版试卷|作答卷)(?=\S{0,4}(交|上交|提交|带来|收))|(家长|爸爸妈妈|父母)(部分|那部分|那一栏|一栏)\S{0,4}?(由)?(家长)?(本人|自己|亲自)?(填写|完成|书写)|给家长们?(留|布置|派|安排)(了)?(一份|一个|一项|点|些)?|家长会(结束)?后的?作业|家长(的)?(读书笔记|学习笔记|读书心得|观后感|心得体会)(每周|每天|每月|每晚)?(一篇|一份|[\d两三]+篇)|家长作业|家长任务|家长学习任务|家长学习单|家长练习单|给家长布置|家长也要完成/g;
/** 老师会抽查家长的笔记: the parents' own work, collected or checked by the teacher. */
export const PARENT_WORK_CHECKED = /(检查|抽查|批阅|查看|评比|收|收取|批改|展示)(各位|每位)?(家长|爸妈|父母|家长们)(的|写的|做的)(笔记|作业|心得|记录|日记|读书笔记|学习笔记|任务|作品)/g;
/** 不少于800字: a length set for what the parent is to write. */
export const PARENT_LENGTH = /(不少于|至少|不低于|不得少于)\s*[\d一二两三四五六七八九十百千]+\s*字|[\d一二两三四五六七八九十百千]{2,}\s*字(?=[,，。;；!！]|$)|[\d一二两三四五六七八九十百千]+\s*字(左右|以上)/g;
/** What makes a long form a piece of writing about the child: 学习情况分析, 心得. */
export const PARENT_REFLECTION = /(分析|总结|心得|体会|感想|反思|眼中的孩子|我的孩子|孩子的成长)/;
/** 写一篇… / 写一份…: a piece of writing, whatever it is called. */
export const PARENT_COMPOSES = /准备(一份|一篇|一段)\S{0,12}?(讲稿|发言稿|演讲稿|稿子|故事稿|分享稿|心得|感想)|(?:写好?|撰写|准备)(?:一份|一篇|每节课的)?教案|教案本|(?:撰写|写)\S{2,8}?[一二两三\d](?:篇|封)|手写(一|1|[两三])?(个|页|张)|(写|撰写|完成|编|创作|设计|制定|整理)([一二两三四五六七八九十几\d]{1,2})?(篇|份|段|封|行|道|首)/g;
/** A course for parents, with proof that they took it. */
export const PARENT_STUDY = /(观看|收看|收听|看完|听完|学完|学习|参加|完成|听)\S{0,12}?(《家长[^》]{1,16}》|网课|课程|讲座|直播|直播课|公开课|家长课堂|家庭教育|家长学校)\S{0,24}?(截图|打卡|答题|答完|提交|发群|上传|拍照|小测|测验|考试|听课笔记|学习笔记|填写\S{0,4}?(笔记|心得|收获|感想))|(成长课堂|家长课堂|云课堂|家长学校|家庭教育课|学时|课时|线上学习)\S{0,20}?(截图|打卡|答题|测试题|测试|试题)/g;
/** A course that is for the parents themselves, named anywhere in the message. */
/** 每位家长需完成：1.… 2.…: a list whose items are the parents' tasks. */
export const PARENT_TASK_HEADER = /(家长|爸爸妈妈|父母|爸妈)(们)?(需|需要|要|必须|应|务必)(完成|做到|做好|落实|坚持)(以下|如下|下列)?(几项|几件事|任务|内容)?[:：]/;
/** 可以停止书写, 签字免写: the message explains the sign-off itself. */
export const EXEMPTION_EXPLAINED = /(已尽力|尽力了|不补不罚|不补也不罚|第二天不补|不用补写|免做|签字免|可以停止|停止书写|停止作业|可以不再写|不用再写|直接休息|先去睡|按时就寝)/;
export const PARENTS_COURSE = /(家庭教育知识竞赛|知识竞赛|知识问答|家庭教育课|家长课堂|家长学校|家庭教育讲座|家长专题|家长课程|家教课|家长必修课|安全教育平台)/;
/** …看完视频后在问卷星填写学习反馈: proof that the course was taken, once the message names one. */
export const COURSE_PROOF = /(看完|学完|听完|学习|观看|收看)\S{0,14}?(填写|提交|截图|答题|打卡|上传|发群|发我)|(线上|在线|网上)(答完|完成|做完|答)\S{0,4}?[\d一二两三四五六七八九十]+道(题)?/g;
/** A parent made to set or give a test. */
export const PARENT_ADMINISTERS = /(报[\d一二两三四五六七八九十几]+个\S{0,4}?(单词|生字|词语|词)|(给|帮|为)(孩子|娃)讲[\d一二两三四五六七八九十几]+(道|个|题)|出[\d一二两三四五六七八九十几]+道|准备[\d一二两三四五六七八九十几]+道\S{0,6}?题|报听写|报词语?|报单词|报生字|念词语?|出题(?!模板|人|老师|组|范围|思路|方向|依据|质量)|出(一|几|\d+|[两三四五六七八九十]+)?(份|套|张|些|道|组|个)\S{0,8}?(题|卷|测验|测试|练习|加减法|乘法|除法|口算|算式|计算)|考一考|考考|测一测)/g;
/** 听写 / 默写 name the pupil's task too: the parent gives it only when said so. */
export const PARENT_ADMINISTERS_WEAK = /(听写|默写|小测验?|测验)/g;
/** Copying or answering done by the parent. */
export const PARENT_COPIES = /((各)?做([一几两三四五六七八九十]|\d{1,2})?(张|套|份)\S{0,4}(卡片|字卡|词卡|卡)|跟着学\S{0,10}?(单词|课文|生字|古诗|知识点)|(?<=(家长|爸妈|父母)(们)?)(来|也)?(作答|答题|来答)(?=[,，。；;!！]|$)|做\S{0,4}?练习(题)?|(手抄|抄写|抄)(一遍|两遍|一份|[\d一二两三]+遍)?《[^》]{1,20}》|《[^》]{1,20}》(手抄|抄写|抄)(一遍|一份|两遍|[\d一二两三]+遍)?|学会|学熟|读完(《[^》]{1,20}》|\S{0,6}?(书|章))|(?<=题\S{0,6}?)做完|作答|答完|答好|梳理一遍|梳理好|复习一遍|学一遍|抄写|抄一遍|抄\S{0,4}遍|练字|抄\S{0,8}?[一二两三四五六七八九十\d]+(页|篇|首|行)|做题|答题|写答案|写出答案|做一份|做一遍|做一篇|背诵|背下来|背熟|背会|完成\S{0,20}?(练习题|习题|试题|测试题|答卷))/g;

/** 家长亲笔书写, 查好……写在一张纸上: the parent writes out what is handed in. */
export const PARENT_WRITES_OUT = /(亲笔|亲手|手写)(书写|写|抄写|誊写|抄)|(列出来|列好|找出来|圈出来|标出来|查好|查一查|查查|查找|上网查|网上查|搜集|收集|找好|了解好|查(?=\S{0,12}资料))[^。!?；;]{0,20}?(写在|写到|抄在|抄到|记在|记到|整理在|整理到|整理成|写成)/g;
/** Someone other than the child does the work. */
export const DOES_HOMEWORK_HELP = /给(孩子|学生|娃)(们)?(整理|汇总|归纳)(一份|一本|好)?|给(孩子|学生|娃)(们)?(做|制作|缝|搭)(个|一个|一只|一件|一幅|一套)|(帮|帮助|帮忙|协助|替|代|代替|代为|配合)着?(孩子|学生|宝贝|娃|他|她)?(们)?(先|提前)?(把\S{1,12}?|上网|在网上|去\S{0,6}?)?(一起|共同)?(算好|算出来|改写|测量|量一下|量|观察记录|记录数据|采访|访谈|补完|补写|补上|完成|誊写|誊抄|誊|上色|涂色|润色|修一修|修饰|做|制作|缝|织|编|画|写|剪|贴|粘|搭|拼|设计|排版|填|填写|录制|做好|完成好|美化|抄|抄写|整理|焊接|焊|组装|拼装|安装|连接|接线|查资料|查找资料|搜集资料|收集资料|找资料)/g;
export const DOES_HOMEWORK_TOGETHER = /(和|与|跟|同|陪|陪着|带着|领着)(孩子|宝贝|娃|小朋友)(们)?(一起|共同|一块)(用\S{1,6}?)?(完成|制作|做|画|写|设计|搭|拼|剪|贴|排版|捏|折|编|缝|刻)/g;
export const DOES_HOMEWORK_PARENT = /((制作|做|完成)\S{0,4}?(主要|全|都)(靠|由)(家长|爸妈|父母|大人)|(设计|插图|排版|画画|上色|数据收集|收集数据|成文|撰写|文字部分)\S{0,8}?(请)?(家长|爸妈|父母)(帮忙|帮着|负责)?(搞定|弄好|做好|画好)|(设计|插图|配图|排版|版面|画画|上色|美术字)\S{0,12}?(请|由)?(家长|爸爸妈妈|爸妈|父母|大人|您)们?(来)?(负责|操刀|包办|搞定)(?!\S{0,4}(监督|提醒|督促|安全|接送|签字))|以(家长|大人|爸妈|父母)为主(来)?(做|完成|制作|动手)|(家长|爸爸妈妈|爸妈|父母|大人)们?(动手|制作|操作)为主|代为记录|代为记|代记录|替(孩子|他|她)(记录|写)|(请|由|需要|要)?(家长|爸爸妈妈|爸妈|父母|大人)们?(先)?(画好|写好|设计好)\S{1,8}?(?=[,，。；;!！\s]|$)|(请|由|需要|要)?(家长|爸爸妈妈|爸妈|父母|大人)们?(在家|周末|今晚|先|商量着|一起|合力|直接)*(画好|写好|剪好|粘好|搭好|做好|设计好)(?=$|[,，。；;!！\s]|(后|了)?(让|叫)?(孩子|学生)?\S{0,4}?(带|交|送|拿|参加|展示))|主要(由|是|靠|请|让)?(家长|爸爸妈妈|爸妈|父母|大人)(来)?(动手|做|完成|制作)|(家长|爸爸妈妈|爸爸|妈妈|爸妈|父母|大人|家人)们?(来|负责|亲自)+(每天|每晚|周末|今晚|在家)?(翻译|抄写|抄|誊写|写|写好|做好|完成好|塑封|剪好|画好)|(家长|爸爸|妈妈|大人)们?(先|自己|亲自)*把\S{0,6}?(题|题目)\S{0,2}(解出来|做出来|算出来)|(靠|全靠|主要靠|还是靠)(家长|爸爸妈妈|大人|父母|爸妈)们?(来)?(动手|完成|制作|做)|(家长|爸爸妈妈|爸爸|妈妈|爸妈|父母|大人)们?(先)?把\S{0,6}?(做好|做出来|搭好|粘好|剪好|拼好|装好)|(由|需|需要|要|请|建议)?(家长|爸爸妈妈|爸爸|妈妈|爸妈|父母|大人|家人)们?(周末|今晚|晚上|这周|本周|假期里?|在家|(?:用|利用)[^，。,；;]{1,6}?)*(可以|来|就|亲自|直接|负责|帮忙|动手|主要)*(主做|主要做|组装好|组装|拼装好|拼装|安装好|誊写|誊抄|上手做|上手帮忙|全程操作|负责操作|动手操作|整理一份|接好|连好|装好|搭好|粘好|设计排版|设计版面|排版设计|完成|主刀|主厨|掌勺|包办|全权负责|画画和排版|画画|排版|上色|制作|动手做|动手制作|动手完成|动手搭|动手拼|动手装|动手粘|动手剪|亲手做|亲手制作|主笔|执笔|操刀|主导|牵头|主要负责|负责设计|设计和制作|设计制作|做(一|1)(个|份|件|幅))|(家长|爸爸妈妈|爸妈|父母|大人)们?(可以|来|就|亲自|直接|帮忙|帮着|负责)*把\S{0,10}?(答案|正确答案|步骤|正确步骤|解题过程|过程|订正|改正|正确的)\S{0,4}?(写在|写到|填在|填到|抄在|抄到|写上|填上)|代做|代写|代劳|代填|代为完成|代笔|代为\S{0,4}?(查|搜集|收集|找|整理|撰写|写|制作))/g;
/** 孩子做不了，家长直接动手做: the child's piece, whatever it is, handed to the parent because the child cannot. */
export const CHILD_CANNOT = /(孩子|娃|学生|小朋友|宝贝)(们)?(年纪|年龄|手|个子)?\S{0,3}?(写字慢|写得慢|写字太慢|年纪小|年龄小|年纪还小|不会查|查不了|做不了|做不来|不会做|写不了|写不来|弄不了|完成不了|剪不动|画不好|太小|力气小|够不着|能力有限|动手能力有限|能力不够|填不清楚?|填不好|填不来|填不了|不会填|不会的|不会算|算不出|很难做出来|做不出来|很难完成|难以完成|很难独立完成|写不清楚|写不好|搞不清楚?|弄不清楚?)/;
/** 家长多帮帮忙: pitching in on the piece, when the child cannot or it must look good. */
export const PARENT_PITCHES_IN = /(家长|爸爸妈妈|爸爸|妈妈|爸妈|父母|大人|家人)们?(这周末|周末|今晚|在家|这周|本周|这几天|这两天|假期里?)?(多|多多|就|要|得)?(动手协助|协助完成|动手帮忙|帮帮忙|帮着点|搭把手|出出力|出把力|多出力|多出点力|出点力|出份力|帮一把|大显身手|露一手|亲自上阵|费心|费费心|费点心|多费心|多费点心|上上心|多上心|操操心|多操心)(?=[,，。.!！~～…啦了吧哦]|$)/g;
/** 写不完的，家长把剩下的填上: what the child did not finish, completed by the parent. */
export const REST_FILLED_IN = /(写不完|做不完|没写完|没做完|来不及写)\S{0,12}?(剩下|剩余|没写|没做|空着)的?\S{0,4}?(填上|填好|填完|补上|补完|写上|写完)/g;
/** 不用孩子写: the parent does it instead of the child. */
export const INSTEAD_OF_CHILD = /(不用|不需要|无需|不必)(让)?(孩子|学生|娃)(自己)?(写|填|做|动手)|(孩子|学生|娃)(就)?(不用|不需要|无需|不必)(自己)?(写|填|动手)/;
/** 家长直接帮着填完: the child's sheet filled in by the parent, said when the child cannot fill it. */
export const PARENT_FILLS = /(家长|爸爸妈妈|爸爸|妈妈|爸妈|父母|大人|家人)们?(来|亲自|负责|帮忙|直接|帮着|代为|替孩子)*(把\S{0,10}?)?(都|全部|全)?(填写|填好|填完|填上|填)/g;
/** Records about the family and the child (学籍档案信息, 报名, 缴费): the family's to fill in. */
const FAMILY_RECORDS = '学籍|信息|报名|缴费|签到';
/** The family's own forms: filling them in is the family's part, whoever the child is. */
export const PARENTS_OWN_SHEET = new RegExp(`(${FAMILY_RECORDS}|回执|意向|征求意见|满意度|家长问卷|情况登记|体检|医保|保险)`);
/** 版面设计和插图部分: a part of the piece that makes it look good. */
export const PIECE_LOOKS = /(设计|插图|插画|配图|排版|版面|上色|美工|装饰|外观|造型)/;
/** 评比看的是整体效果, 尽量精致些: the piece is judged on its looks. */
export const MUST_LOOK_GOOD = /(尽量|务必|一定要?|争取)(做得?|弄得?)?(精致|精美|漂亮|好看|美观|出彩)|看的?是(整体)?(效果|颜值|做工)|整体效果|(做工|造型|外观|作品|模型)(要|得|须|必须|务必)?(做得?)?(精致|精细|精美|讲究|美观|好看|漂亮|新颖)/;
/** …周一带来参赛: what is made is handed in at school. */
export const HANDED_IN = /(带来|带到学校|带去学校|带回学校|交上来|交给老师|上交|交到学校|参赛|参展|展示|评比|穿来|拿来|拿到学校)/;
/** Making something with the hands, as opposed to 完成 a form. */
export const MAKING = /(动手|制作|亲手|做(一|1)?(个|份|件|幅)?$|排版|设计)/;
/** 把作品做得精致一些: the finish asked for is beyond the child, so the parent makes it. */
export const POLISHED_PRODUCT = /(做|弄|搞|制作|装饰|布置|完成|画|涂|写)得?(更|再|尽量|特别|十分|越)?(精致|精美|漂亮|好看|美观|出彩|高大上|有创意|专业)/g;
/** 帮孩子写好名字: labelling the child's things is no help with the work. */
export const LABELLING_AFTER = /^(好|上|下)?(名字|姓名|班级|学号|封面|书皮)/;
/** 和爸爸妈妈一起做: the same, said to the pupil. */
export const DOES_HOMEWORK_WITH_PARENT = /(和|与|跟|同|请)(爸爸妈妈|爸爸|妈妈|爸妈|家长|父母|家人|大人)(一起|共同|一块|帮忙)(用\S{1,6}?)?(完成|制作|做|画|写|设计|搭|拼|剪|贴|排版|捏|折|编|缝|刻)/g;
export const DOES_HOMEWORK_NOUN = /(家长|爸爸妈妈|爸妈|父母|大人)们?(?!\S{0,6}示范)\S{0,6}?(先)?(写|做|算|画)(一遍|好|出来)\S{0,4}?(让|叫|给)(孩子|学生|娃)\S{0,4}(照抄|照着抄|照着写|抄|誊)|(数据|调查|实践|观察|实验)\S{0,8}?(请)?(家长)\S{0,4}?(帮忙|帮着|负责)?(整理成|汇总成|做成)(统计表|表格|图表|报告)|(数据|调查|观察|实验)\S{0,8}?(请)?(家长)\S{0,4}?(帮忙|帮着|负责)?(收集整理|收集|统计|记录|整理)(好|完)?\S{0,4}?(填在|填到|填进|写在|记在)\S{0,4}?(表格|表|单|本)|(家长|爸爸妈妈|爸妈|父母)(们)?\S{0,6}?把\S{0,16}?(整理成|做成|制作成|汇编成|装订成)\S{0,4}?(成长册|册子|手册|档案|海报|小报|作品集|相册|纪念册)|(家长|爸爸妈妈|爸妈|父母)\S{0,24}?[,，]\s*(再)?(让)?(孩子|学生|娃)\S{0,4}(照抄|抄到|抄下来|誊写|誊抄|照着抄)|以家庭为单位\S{0,2}(撰写|完成|制作|提交)|(家长|爸爸妈妈|爸妈|父母)们?负责\S{0,8}?(排版|撰写|图表|数据|内容组织)|亲子(作业|手工|制作|小制作|手抄报|小报|作品|绘画|实验|模型)|以(孩子|学生|宝贝)的?名义(交|提交|上交|参加|参赛|报送)?|(奖|名次|成绩)\S{0,2}算(孩子|学生)的/g;
/** A parent's own forms: 家长完成问卷 is not doing the child's work. */
/** 孩子照抄到本子上: what the parent fills in becomes the child's work. */
export const CHILD_COPIES = /(孩子|学生|娃)\S{0,4}(照抄|抄到|抄下来|誊写|誊抄|照着抄)/;
export const PARENT_OWN_FORMS = new RegExp(`(问卷|调查(?!报告)|${FAMILY_RECORDS})`);
/** What a parent ends up producing: crafts, posters, forms for the child; a piece entered for 评比 is one whatever it is called. */
export const PRODUCT_OBJECTS = /(实践记录|记录表|记录单|视频作品|自我介绍视频|演讲稿|讲稿|稿子|字幕|成长档案|档案(?!馆)|纪念册|毕业册|成长册|自制|成品|板报|黑板报|小车|小汽车|太阳能车|书架|笔筒|鸟窝|鸟巢|花盆|航模|车模|船模|机器人|香囊|花灯|彩蛋|剪纸|泥塑|错题集|错题本|观察记录|实验记录|观察日记|做一(个|顶|只|件|幅|副|盏|架)(?!表率|榜样|好榜样|示范|有心人|好家长|好父母|好妈妈|好爸爸)|面具|帽子|头饰|风车|风向标|地球仪|小发明|发明|科技作品|创意作品|评比|参赛|展评|展出|作品展|手工|手抄报|小报|作品|小制作|制作|模型|海报|绘画|画|贺卡|书签|标本|ppt|课件|调查表|调查问卷|问卷|表格|实验|报告|手账|思维导图|展板|灯笼|风筝|作业|题|作文|日记|周记|习作|练习|试卷|卷子)/;
/** Reading, sport and chores done together are what parents are asked for. */
export const TOGETHER_ALLOWED = /(阅读|读书|看书|共读|运动|锻炼|跑步|跳绳|散步|家务|做饭|游戏|聊天|聊一聊)/;

/** Screens, apps and online answering. */
export const ELECTRONIC_PHRASES = /(线上小测|在线小测|线上测试|网上小测|平板|手机|app|电脑|小程序|网上|线上)(上)?的?[\d一二两三四五六七八九十]+道\S{0,3}?题|(电子作业|线上作业|网上作业|在线作业|网络作业|app作业|平板作业|手机作业|线上答题|在线答题|网上答题|线上练习|在线练习|网上练习|线上测试|在线测试|线上测验|在线测验|线上考试|在线考试|网上考试|线上闯关|在线闯关|线上听写|电子版作业)/g;
export const ELECTRONIC_DEVICES = /((?<=["“「][^"”」]{1,8}["”」]\s*)(上|里)(?=\S{0,4}(完成|做|答|练|刷|闯|打卡|提交|听读|跟读))|英语流利说|流利说|quizlet|abc\s?reading|raz(-kids)?|百词斩|扇贝|多邻国|duolingo|盒子鱼|口语100|洪恩|kahoot|小盒作业|作业盒子|学而思|猿辅导|小猿|斑马|叫叫|手机|平板|电脑|ipad|pad|app|小程序|网站|学习机|点读机|平台|线上|在线|网上|钉钉|一起作业|一起小学|作业帮|洋葱学园|智学网|优化大师|晓黑板|纳米盒|趣配音|出口成章|翼课|微课|网课|视频课)/g;
/** On a device, these are homework whatever follows. */
/** 用手机打开“口算天天练”，每天两页: an app opened on a device for a daily practice. */
export const OPENS_APP = /(手机|平板|电脑|ipad|学习机|pad)\S{0,2}打开["“「][^"”」]{1,10}["”」](?=\S{0,20}(练|题|页|口算|单词|听读|跟读|朗读|背诵|作业))/g;
export const ELECTRONIC_ACTS_STRONG = /(对着\S{0,4}?(摄像头|镜头|屏幕)|自动计数|ai(自动)?(计数|识别|评分|打分)|刷[\d一二两三四五六七八九十]+(道)?题|做[\d一二两三四五六七八九十]+(道)?题|练[\d一二两三四五六七八九十半]+(分钟|小时|题|道|关)|刷满|刷够|刷完|答题|刷题|做题|听读|跟读|配音|(闯|通|过)第[\d一二两三四五六七八九十几]+关|闯[\d一二两三四五六七八九十几]*关|通关|作答|答卷|考试|测验|测试)/;
/** On a device, these are homework when homework is named. */
/** 把手机给孩子用15分钟: the device handed over for the task the message sets, wherever the task is named. */
export const DEVICE_HANDED = /(手机|平板|电脑|ipad|pad|学习机)\S{0,2}(给|交给|借给|递给)(孩子|娃|宝贝|小朋友)(们)?(用|使用|操作|做|练)(?!\S{0,6}(游戏|电影|动画|视频|电视))/g;
// 用平板看个电影 is leisure, not a task.
export const ELECTRONIC_ACTS_WEAK = /(完成|做|提交|练习|学习|读(?!书会)|阅读|(观看|看)(?!\S{0,3}(电影|动画|电视|综艺|球赛|剧))|登录|打卡|听|(搞|弄|整)(一下|完|好|定))/;
export const ELECTRONIC_OBJECTS = /(绘本|测评|作业(?!安排|清单|公示|通知|要求|内容)|练习|单元练|周练|小测|听说训练|训练|阅读|(?<![问话主专标])题|口算|听写|测试|测验|单词|课文|试卷|任务|朗读|背诵|预习|复习|计算)/;
/** Not homework even online: meetings, fees, forms. */
/** 不在APP上做了: the device named only to be dropped. */
export const DEVICE_DROPPED_BEFORE = /(不在|不用|不再用|不再在|不再)$/;
export const ELECTRONIC_NOT_HOMEWORK = /(家长会|会议|缴费|报名|收费|填写信息|讲座|直播|问卷|投票|预约|登记信息)/;

/** 我校一至六年级……统一在平台完成: the school setting the pupils' work, not doing it. */
export const SCHOOL_SETS_FOR = /(我校|学校|本校|全校|我们学校)\S{0,4}?([一二三四五六1-6]至[一二三四五六1-6]|[一二三四五六1-6]、?[一二三四五六1-6]?)年级/;
/** Naming the school stage outright. */
export const STAGE_PRIMARY = /(grade\s?[1-6](?!\d)|小学|(?<![初高中])[一二三四五六1-6]\s*年级|(?<![初高])[一二三四五六]年[0-9一二三四五六七八九十]+班|(?<![初高\d])[一二三四五六1-6]\s*[（(]\s*\d{1,2}\s*[)）]\s*班|低年级|中年级|低段|中段)/;
export const STAGE_JUNIOR = /(grade\s?[7-9](?!\d)|初中|初[一二三](?!次)|中学生|(?<!小)中学|[七八九789]\s*年级|(?<!\d)[七八九789]\s*[（(]\s*\d{1,2}\s*[)）]\s*班|初[一二三]?\s*\d+\s*班)/;
/** Without a grade, these say the pupils are young. */
export const YOUNG_PUPIL_CUES = /(小朋友|宝贝|宝宝|拼音|识字|生字|口算|绘本|儿歌|看图写话|(家长|爸爸|妈妈|大人)(的)?手机|把手机给孩子|手机给孩子|(家长|大人)(帮|协助|陪)孩子登录|(家长|大人)用手机)/;

/** Results and rankings. */
export const RANKING = /((全班|全年级|年级|班级|班里|班上|全校)(第\s*[一二三四五六七八九十\d]+|前\s*[一二三四五六七八九十\d]+)|排名|名次|排行榜?|前\s*\d+\s*名|前[一二三四五六七八九十]+名|第\s*[一二三四五六七八九十\d]+\s*名|倒数(第\s*[一二三四五六七八九十\d]+\s*|前\s*[一二三四五六七八九十\d]+\s*|几)名|排序|从高到低|由高到低|榜单|红黑榜|黑榜|位次|(班里|班上|全班|年级里|年级)(处于|的|排在)?(什么|哪个|啥)?位置|排(在)?(什么|哪个|啥)位置|排(在)?第几)/g;
export const SCORE_PUBLISH = /((群文件|附件|表格|表里|表中|文档|里面)\S{0,10}?(每位|每个|全班|所有)(同学|学生|人)\S{0,8}?(得分|分数|成绩)|(分数|成绩|得分)\S{0,4}(都)?(看得清|看得到|能看到|清清楚楚|一目了然)|(全班|每个|每位|所有)(同学|学生|人)?(每人|每个同学|每位同学)?的?\S{0,8}?(分数|得分|成绩|总分)\S{0,10}?(做成|列成|整理成|汇成)?(表格|表|一览)\S{0,4}?(发|贴|附|放)|(名字|姓名|名单)(和|及|与|跟|加)(分数|成绩|得分)\S{0,8}?(群里|群内|发群|班级群)|(各位同学|全班同学|全班|同学们|每位同学|每个同学|大家)的?\S{0,4}?(成绩|分数|得分)(表|单|汇总|明细|一览)|附[:：]?\S{0,12}?(成绩|分数|得分)(表|单)|(公布|公示|张贴|发布|晒|通报|展示|贴出|公开|列出|附上|分享)\S{0,8}?(成绩|分数|得分|考分|分数段|排名|名次)|(成绩|分数|得分|考分|分数段)(单|表|条)?\S{0,4}?(如下|见下|见附件|见图|公布|公示|一览|汇总|统计|名单|张贴|排名|排序|排行)|(成绩|分数|得分|考分|总分|排名)\S{0,14}?(发群|发到群|发在群|已发群|群文件|群相册|班级群|贴在))/g;
export const SCORE_STATS = /((满分|一百分|100分|不及格|没及格|未及格|不合格)(的)?[:：]?(?=[\u4e00-\u9fff]{2,3}(、|,|等|和|及))|最高分|最低分|满分(的)?(同学|名单|有|是|人数)|(不及格|没及格|未及格|不合格|没达标|未达标|不达标|没过关|未过关|没考好)(的)?(同学|名单|有|是|人数|:)|\d{2,3}\s*分以(上|下)(?!的?(比|人数|同学人数|占|有[\d一二两三四五六七八九十几]+人|共[\d一二两三四五六七八九十几]+人|多了|少了|增加|减少))|\d{2,3}\s*分(的)?(同学|有|名单)|分数段|(全对|全部正确|满分|100分|一百分)(的)?(同学|名单)?(有|是|:|,)|[一二三四五六七八九十百]{2,4}分以(上|下)|错[\d一二三四五六七八九十]+个?(以上|以下)?(的)?(同学|名单)?(有|是))/g;
/** 恭喜以下同学考了100分：… names pupils with their marks. */
export const SCORE_LIST = /(以下|下列|下面|这些|如下)\S{0,4}?同学\S{0,16}?(\d{2,3}\s*分|满分|一百分|前\s*\d+\s*名)/g;
/** 王明98分: one pupil's score; two or more in a sentence make a list. */
/** 王梓涵（82→95）: a name with a mark before and after. */
export const NAMED_SCORE_CHANGE = /[\u4e00-\u9fff]{2,3}\s*[（(]\s*(\d{1,3}\s*(→|->|－>|到|升到|提到)\s*\d{1,3}\s*分?|(比上次|比上回|较上次)?(高了?|提高了?|进步了?|涨了?|多了?)\s*\d{1,3}\s*分)\s*[)）]/g;
export const NAMED_SCORE = /[\u4e00-\u9fff][\u4e00-\u9fff*＊×某]{1,2}\s*[:（(]?\s*[+＋]?\s*\d{1,3}(\.\d)?\s*分(?!钟)/g;
/** 王明98,李华95,张伟62: names with bare marks, three or more in a row, after a heading about a test. */
export const NAMED_SCORE_BARE = /[\u4e00-\u9fff]{2,3}(?<![班级组队年月号日周期第共约计有是为到至和于页题课元人个次])\s*:?\s*\d{2,3}(\.\d)?(?=\s*([,、;。!…]|\.\.\.|$))/g;
/** What makes such a run a list of marks: a test or its results. */
export const SCORE_CONTEXT = /(成绩|分数|得分|考试|测试|测验|小测|月考|期中|期末|单元测|听写|默写)/;
export const NAMED_SCORE_BARE_MIN = 3;
/** 座位号 / 考场 / 学号 lists pair names with numbers that are not marks. */
export const NOT_MARKS = /(座位|考场|考号|学号|编号|序号|号码|房间|电话|人数|名额|票数|身高|体重)/;
/** Exams, tests, marks: what makes a ranking academic. */
export const ACADEMIC_CONTEXT = /(考|测|[一二三]模|模拟|成绩|分数|得分|卷|听写|默写|口算|作业|语文|数学|英语|物理|化学|生物|历史|地理|政治|科学|单元|期中|期末|月考)/;
/** A result told to one family, not published. */
/** 只有等级和评语，没有分数和名次: what a report leaves out. */
/** 90分以上名单如下: the names follow, so an offer to talk privately about the rest takes nothing back. */
export const LIST_FOLLOWS = /名单\S{0,6}?(如下|见下|附后|附在下面|在下面|放在下面|贴在下面|见图|见附件|👇)|(排名表|成绩表|名次表|成绩单|排行榜)\S{0,8}?(见图|见附件|附后|如下|发群|群文件)|(前|第)\S{0,4}[:：]\s*(1|一)\s*[.、．]\s*[\u4e00-\u9fff]{2,3}/;
export const SCORE_ABSENT_BEFORE = /(没有|没|无|不含|不写|不标|不显示|不出现|不体现|不列)(任何)?\S{0,6}$/;
export const PRIVATE_CHANNEL = /(私信|私聊|单独|个别|一对一|私下)/;

/** Punishment named outright. */
export const PUNISH_EXPLICIT = /(罚抄|罚写|罚做|罚背|罚默|罚读|罚练|罚\s*\d+\s*遍|惩罚|处罚|惩戒|以示警告|以示惩戒|作为教训|长长?记性|以儆效尤)/g;
/** 惩罚 said of homework, not of conduct in general. */
export const PUNISHABLE_WORK = /(作业|抄|写|遍|题|背|练习|默写)/;
/** Repeating by copying, as opposed to reading or practice. */
export const COPYING = /^(抄写|抄|写|默写|默|重写|重抄)/;
/** Failings that set off extra work. */
export const MISCONDUCT = /(没有?(完成|写完|做完|交|带|背|订正|改)|未(完成|交|带|订正)|不交|漏交|缺交|忘(带|交|写|做|了)|不认真|潦草|马虎|说话|讲话|迟到|违纪|捣乱|不听话|不及格|不合格|没过关|不过关|没过|不达标|没考好|考砸|背不(出|下来|会)|缺卡|漏签|纪律(差|不好)|不守纪律|吵闹|打闹|不工整|不规范|乱写|漏做|漏写)/;
/** 错一个字抄N遍 / 每错一题: a penalty per mistake. */
export const PER_ERROR = /(错一(个|题|道|字|处|次)|每错一|错几个(就)?)/;
/** A penalty per mistake at or above this many repeats is punishment. */
export const PER_ERROR_REPEATS = 3;
export const ERROR_TRIGGER = /(错(了|的|一个|一道|一题|一处|字|题|几个)?|写错|算错|做错|拼错|默错|听写错)/;
/** The extra: N遍 of copying or writing. */
export const REPEAT_COUNT = /(抄写|抄|写|做|背|默写|默|练|重写|重做|重抄)\S{0,6}?(\d+|[一二两三四五六七八九十百]+)\s*(遍|次|页|份|篇|行)/g;
export const EXTRA_WORK = /(加倍|翻倍|双倍|多(写|做|抄|背|练)|加(写|做|抄|练|量)|加[一两二三\d](页|张|份|篇|倍)|增加[一两]?倍|额外(布置|加|多)|重抄|重写|重做)/;
/** At or above this, copying error-triggered words is punishment. */
export const PUNITIVE_ERROR_REPEATS = 5;
/** 家长签字免写的条子一律不认, 写不完不许睡, 多晚都要写完: the exemption refused. */
export const EXEMPTION_REFUSED = /(签字|签名)?免写\S{0,10}?(一律|统统|都)?(不认|不算数?|无效|不接受|不予认可|不承认|没用)|(写不完|没写完|做不完|没做完)\S{0,6}?(不许|不准|不能|别想)(睡|睡觉|上床)|(多晚|再晚|几点)(都|也)(要|得|必须)(写完|做完|完成)|(必须|一定要|都要)\S{0,4}(写完|做完)(才|再)(能|可以|准)?(睡|睡觉)/g;
/** 把这一单元的练习全部重做: everything done again, not the wrong ones. */
export const REDO_ALL_BEFORE = /(全部|全都|统统|整(个|张|本|单元)|所有|这一单元的\S{0,6}全部)\S{0,2}$/;
/** At or above this, copying is mechanical whatever the reason. */
export const MECHANICAL_REPEATS = 10;

/** How the teacher addresses the bot before the notice itself: 小助手，帮我发： */
export const BOT_PREFIX = /^@?(双减小助手|小助手|助手|机器人)\s*[,:]?\s*((帮我|请你?|麻烦你?|帮忙)?\s*(发一?下|发一条|发个|发布|发|通知一下|通知|转发|布置一下|布置)(一下|一条|个)?(今天|今晚|明天|本周|周末)?的?(作业|通知|消息|公告|内容)?\s*[:,]\s*)?/;
/** 小助手，帮我通知四年级家长：… asks the bot to post, whoever it is addressed to (the audience stays in the text). */
export const BOT_POST_REQUEST = /^@?(双减小助手|小助手|助手|机器人)\s*[,:]?\s*(帮我|请你?|麻烦你?|帮忙)?\s*(发|通知|转发|布置|发布)/;

// ── Rewording ─────────────────────────────────────────────────────────────

/** 请家长配合： / 学习见证： introduce the ask and go with it. */
export const INTRODUCTION_ONLY = /^((请|麻烦|辛苦|劳烦)(各位|每位)?(家长|大家|爸爸妈妈)们?(配合|协助|注意|帮忙)?(一下)?|\S{0,4}(见证|打卡)\S{0,4})$/;
/** Where the ask starts in 期中试卷请家长签字. */
export const REQUEST_OPENER = /(?<!问)请|麻烦|辛苦|劳烦/;
export const TOPIC_CONNECTIVE = /^(另外|还有|同时)/;
/** 练习卷写完后请家长…: the topic is the 练习卷, not the finishing. */
export const TOPIC_DONE_SUFFIX = /(写完|做完|读完|背完|完成|写好|做好|订正)(后|以后|之后)?的?$/;
/** 孩子的作业 adds nothing to a wording that starts with 作业. */
export const GENERIC_TOPIC = /^(孩子|今天|今晚|每天|明天)?的?(作业)$/;

// ── What the bot says ─────────────────────────────────────────────────────

export interface RuleInfo {
  /** the rule in Chinese; reads well after “按照双减规定，” */
  ruleText: string;
  source: string;
  /** why this message is refused, one short sentence */
  reason: string;
  /** what the teacher can say instead */
  alternative: string;
}

const F000 = '000_e3406e389f9fa788.txt';
const F001 = '001_4543060fc7b06172.txt';
const F002 = '002_0f47ff1c24227790.txt';
const F003 = '003_1b70e29bb7d0ff45.txt';

export const RULE_INFO: Record<GuardRule, RuleInfo> = {
  parent_grading: {
    ruleText: '严禁要求家长批改作业，作业由教师全批全改',
    source: `${F000}（第一篇·三、规范作业管理要求·四是加强作业监管）`,
    reason: '这条消息要求家长批改作业，按规定作业由老师批改。',
    alternative: '作业由老师在学校批改、讲评，家长只需提醒孩子按时完成、按时睡觉。',
  },
  parent_checking_signing: {
    ruleText: '不得要求家长对书面作业检查并签字，家长签字不作为完成作业的依据',
    source: `${F002}（四、工作基本要求·（四）作业布置的要求·第6条）；${F001}（五、（二）3.加强作业批改管理）`,
    reason: '这条消息要求家长检查作业或签字作为完成证明，按规定不能这样要求。',
    alternative: '作业由老师在学校批改、讲评，家长只需提醒孩子按时完成、按时睡觉。',
  },
  parent_printing: {
    ruleText: '不得要求家长通过网络下载并打印作业',
    source: `${F002}（四、工作基本要求·（四）作业布置的要求·第6条）`,
    reason: '这条消息要求家长打印学习材料，按规定不能让家长打印作业。',
    alternative: '需要用的学习材料由学校统一印好发给孩子，家里不用准备。',
  },
  parent_checkin_upload: {
    ruleText: '不得通过微信群、QQ、钉钉等要求家长打卡签到，不以拍照上传作为完成作业的证明',
    source: `${F002}（四、工作基本要求·（四）作业布置的要求·第7条）`,
    reason: '这条消息要求家长拍照、上传或打卡来证明孩子完成，按规定不能这样要求。',
    alternative: '孩子完成后带到学校交给老师就好，家里不需要拍照、上传或打卡。',
  },
  homework_for_parents: {
    ruleText: '严禁给家长布置或变相布置作业',
    source: `${F000}（第三篇·二、重点任务·（一）3.加强作业指导）`,
    reason: '这条消息给家长布置了任务，按规定不能给家长布置或变相布置作业。',
    alternative: '这项任务不需要家长完成；欢迎家长多陪伴孩子、多和孩子聊一聊。',
  },
  parent_does_homework: {
    ruleText: '不得布置要求家长完成或需要家长代劳的作业',
    source: `${F002}（四、工作基本要求·（四）作业布置的要求·第6条）；${F001}（五、（二）2.严控作业时间和总量）`,
    reason: '这条作业需要家长代做或替孩子完成，按规定不能这样布置。',
    alternative: '请孩子自己动手完成，做得简单一些也没关系，家长不需要代劳。',
  },
  electronic_homework_primary: {
    ruleText: '严禁给小学生布置电子作业',
    source: `${F002}（四、工作基本要求·（四）作业布置的要求·第8条）`,
    reason: '这是给小学生布置的手机、平板或线上作业，按规定小学不布置电子作业。',
    alternative: '这项作业改为用纸笔或口头完成（读一读、说一说），孩子不需要使用手机、平板或APP。',
  },
  scores_ranking: {
    ruleText: '考试成绩实行等级评价，严禁以任何方式公布学生成绩和排名',
    source: `${F000}（第四篇·四、重点任务·（三）提升教学质量）；${F002}（四、工作基本要求·（九）严格考试结果运用）`,
    reason: '这条消息在群里公布了成绩、分数或排名，按规定不能公布。',
    alternative: '考试结果按等级告知，群里不公布分数和名次；想了解孩子情况的家长可以私信老师。',
  },
  exemption_refused: {
    ruleText: '推行家长签字免写作业制度：超过规定时间仍未完成的作业，经家长签字确认可以不再完成，教师不得惩戒；完不成作业也应按时就寝',
    source: `${F003}（二、优化教育服务，全力减轻学生负担）；${F000}（第三篇·二、重点任务·（一）4.科学利用课余时间）`,
    reason: '这条消息要求孩子不管多晚都写完，或不认家长签字免写，按规定过了时间家长签字即可不再写，老师不得惩戒。',
    alternative: '到了规定时间还没写完的，孩子按时睡觉就好，老师第二天了解原因，不作惩戒。',
  },
  punitive_homework: {
    ruleText: '杜绝重复性、惩罚性作业，不得用增加作业量的方式惩罚学生',
    source: `${F000}（第三篇·二、重点任务·（一）1.压减作业总量）；${F002}（四、工作基本要求·（四）作业布置的要求·第3条）`,
    reason: '这条作业是罚抄或机械重复，按规定不能布置惩罚性、重复性作业。',
    alternative: '写错的地方请孩子认真订正一遍，老师会在课上讲解。',
  },
};

/** Reading and sport tied to proof get an alternative about the habit, not the proof. */
export const READING = /(阅读|读书|看书|共读|朗读|诵读|绘本|课外书)/;
export const READING_ALTERNATIVE = '鼓励孩子每天坚持阅读，家长可以陪着读、聊一聊，不需要签字、拍照或打卡。';
export const SPORT = /(跳绳|运动|锻炼|跑步|仰卧起坐|体育|跳远|拍球|踢毽)/;
export const SPORT_ALTERNATIVE = '鼓励孩子每天坚持锻炼，家长陪伴就好，不需要拍照、录视频或打卡。';
/** More than this many alternatives make a rewording nobody reads. */
export const MAX_ALTERNATIVES = 2;

export const ALLOW_REASONS = {
  empty: '消息没有文字内容，无需处理。',
  plain: '没有发现让家长批改、检查签字、打印、打卡或代做作业的要求，可以发送。',
  negated: '消息提到了相关事项，但说明了家长不需要做，可以发送。',
  exemption: '这是家长签字免写作业的说明，符合规定，可以发送。',
  notHomework: '这里的签字、检查或打印与作业无关，可以发送。',
  teacherOrPupil: '这些事由老师或孩子自己完成，不要求家长，可以发送。',
  notPrimary: '电子作业只对小学生禁止，这条消息不是发给小学生的，可以发送。',
  privateResult: '成绩按等级或私下告知，没有公开分数和排名，可以发送。',
  question: '这是在询问或说明规定，没有提出要求，可以发送。',
} as const;
export type AllowReason = keyof typeof ALLOW_REASONS;
