// Regional wording and typing slips are read as standard Mandarin, and nothing else is touched.
import { describe, it, expect } from 'vitest';
import { standardizeWording } from '../../rules/spokenForms.ts';

describe('standardizeWording', () => {
  it('reads Cantonese, Wu, south-western and northern forms', () => {
    expect(standardizeWording('托管系唔系要交钱？唔交得唔得？')).toBe('托管是不是要交钱？不交行不行？');
    expect(standardizeWording('我仔做功课做咗三个钟')).toBe('我儿子做功课做了三个小时');
    expect(standardizeWording('阿拉囡囡作业要做多少辰光伐？')).toBe('我们囡囡作业要做多少时间吗？');
    expect(standardizeWording('娃儿作业多得很，咋整嘛')).toBe('孩子作业多得很，怎么办嘛');
    expect(standardizeWording('老师在学校头讲的要得不')).toBe('老师在学校里讲的行不行');
  });

  it('mends common input slips and short names', () => {
    expect(standardizeWording('班主说课服要交钱')).toBe('班主任说课后服务要交钱');
    expect(standardizeWording('电子做业以经不让留了')).toBe('电子作业已经不让留了');
    expect(standardizeWording('眼保建操一天几次')).toBe('眼保健操一天几次');
  });

  it('leaves ordinary Mandarin alone', () => {
    for (const s of ['班主任说阿拉伯数字要写规范', '我仔细看了作业', '这和成绩没有关系', '主题班会在周五', '他做业务员的', '钟点工几点来']) {
      expect(standardizeWording(s)).toBe(s);
    }
  });
});
