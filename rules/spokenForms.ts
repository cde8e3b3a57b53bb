/**
 * Regional wording and phone-typing slips, rewritten to the standard forms
 * the lexicons know, before anything else reads a message. Kept as data:
 * each row is a pattern and what it means in standard Mandarin.
 *
 * Only forms that cannot mean anything else in a class group are listed:
 * 唔 and 咗 are Cantonese wherever they stand, but 系 alone is also 关系 and
 * 系统, so only 系唔系 / 系咪 are read; 好久 ("how long" in the south-west,
 * "a long time" elsewhere) is left alone.
 */
const REGIONAL: readonly [RegExp, string][] = [
  // Cantonese written the way it is spoken
  [/系唔系|系咪|係唔係|係咪/g, '是不是'],
  [/得唔得/g, '行不行'],
  [/唔系|唔係/g, '不是'],
  [/唔/g, '不'],
  [/咗/g, '了'],
  [/冇/g, '没有'],
  [/嘅/g, '的'],
  [/咁样|咁樣/g, '这样'],
  [/佢哋/g, '他们'],
  [/佢/g, '他'],
  [/细路仔?|細路仔?/g, '孩子'],
  [/(?<=我|我个|我嘅|我的)仔(?!细)/g, '儿子'],
  [/([\d一二两三四五六七八九十半几]+)\s*个钟(?!头|点|表)/g, '$1个小时'],
  // Wu
  [/阿拉(?!伯|丁|斯加)/g, '我们'],
  [/侬/g, '你'],
  [/啥辰光/g, '什么时候'],
  [/辰光/g, '时间'],
  [/伐(?=\s*([?？!！。]|$))/g, '吗'],
  // South-west
  [/啥子/g, '什么'],
  [/要得不|要不要得/g, '行不行'],
  [/晓不晓得/g, '知不知道'],
  [/晓得/g, '知道'],
  [/娃儿/g, '孩子'],
  // Hubei and Hunan
  [/伢(?!齿|膏)/g, '孩子'],
  [/(?<=学校|屋)头(?!条|号|像|发|疼|痛|顶|版)/g, '里'],
  // North
  [/咋整/g, '怎么办'],
  [/嘎哈|干哈/g, '干什么'],
  [/咋/g, '怎么'],
];

/** Pinyin-input slips seen in class groups: a homophone for a policy word, or its short name. */
const SLIPS: readonly [RegExp, string][] = [
  [/(?<![叫])做业(?!务|主)/g, '作业'],
  // 作页 for 作业 (an English 工作页, a worksheet, stays; 制作叶脉 stays)
  [/坐业|(?<!工)作页|作叶(?=[写做交多该能太还留是要都])/g, '作业'],
  [/服物/g, '服务'],
  [/煅炼|锻练|煅练/g, '锻炼'],
  // a word typed in English
  [/home\s?work/gi, '作业'],
  [/bed\s?time/gi, '就寝时间'],
  [/眼保建操/g, '眼保健操'],
  [/以经/g, '已经'],
  [/睡叫/g, '睡觉'],
  [/班主(?!任|题)/g, '班主任'],
  [/课服/g, '课后服务'],
  // 三年纪 for 三年级 (这个年纪, an age, stays)
  [/(?<=([一二三四五六七八九]|初[一二三]|高[一二三]))年纪/g, '年级'],
  [/几点种/g, '几点钟'],
  // 去哪反应: complaining is 反映 (孩子反应慢 stays)
  [/(?<=(去哪|去哪儿|去哪里|找谁|向\S{1,6}|跟\S{1,6}|往哪|到哪|能不能|可以|怎么|如何))反应(?=$|[?？。，,!！吗呢])/g, '反映'],
];

/** The message with regional forms and typing slips in standard Mandarin. */
export function standardizeWording(s: string): string {
  for (const [re, to] of REGIONAL) s = s.replace(re, to);
  for (const [re, to] of SLIPS) s = s.replace(re, to);
  return s;
}
