import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { ConfigError, EXAMPLE_CONFIG_PATH, loadSchoolConfig, parseSchoolConfig } from '../bot/config/load.ts';
import { tempDir } from './helpers.ts';

const example = readFileSync(EXAMPLE_CONFIG_PATH, 'utf8');

function problems(text: string) {
  try {
    parseSchoolConfig(text, 'test.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('school configuration', () => {
  it('ships the example school exactly as DESIGN.md lists it', () => {
    const c = loadSchoolConfig();
    expect(c.school.timezone).toBe('Asia/Shanghai');
    expect(c.times.exemptionCutoff).toEqual({ primary: '21:00', junior: '22:00' });
    expect(c.times.publish).toBe('17:30');
    expect(c.times.weeklySummary).toEqual({ weekday: 5, time: '17:00' });
    expect(c.lark.schoolChatId).toBe('oc_school_office');
    const summary = c.classes.map((k) => ({
      id: k.id,
      name: k.name,
      grade: k.grade,
      group: k.group,
      teachers: k.teachers.map((t) => `${t.id}:${t.subjects.join('')}${t.head ? '★' : ''}`),
      parents: k.parents.map((p) => `${p.id}→${p.pupil}`),
    }));
    expect(summary).toEqual([
      { id: 'c1-1', name: '一年级1班', grade: 1, group: 'room-1-1', teachers: ['t11:语文★', 't11m:数学'], parents: ['p11a→陈晨'] },
      { id: 'c3-2', name: '三年级2班', grade: 3, group: 'room-3-2', teachers: ['t32:语文★', 't32m:数学', 't32e:英语'], parents: ['p32a→李明', 'p32b→王芳'] },
      { id: 'c8-1', name: '八年级1班', grade: 8, group: 'room-8-1', teachers: ['t81:数学★', 't81y:语文', 't81e:英语', 't81p:物理'], parents: ['p81a→张伟'] },
    ]);
  });

  it('names the field, the line and the reason in Chinese for a wrong value', () => {
    const bad = example.replace('grade: 8', 'grade: 12');
    const p = problems(bad);
    expect(p).toHaveLength(1);
    expect(p[0]!.field).toBe('classes[2].grade');
    expect(p[0]!.message).toMatch(/年级应在 1–9 之间/);
    const line = bad.split('\n').findIndex((l) => l.includes('grade: 12')) + 1;
    expect(p[0]!.line).toBe(line);
  });

  it('reports a malformed time, a missing head teacher and a duplicate group together', () => {
    const bad = example.replace('publish: "17:30"', 'publish: "25:00"').replace('{ id: t81, subjects: [数学], head: true }', '{ id: t81, subjects: [数学] }').replace('group: room-8-1', 'group: room-3-2');
    const p = problems(bad);
    const fields = p.map((x) => x.field).sort();
    expect(fields).toEqual(['classes[2].group', 'classes[2].teachers', 'times.publish']);
    expect(p.find((x) => x.field === 'times.publish')!.message).toContain('HH:mm');
    expect(p.find((x) => x.field === 'classes[2].teachers')!.message).toContain('班主任');
    expect(p.find((x) => x.field === 'classes[2].group')!.message).toContain('重复');
    for (const x of p) expect(x.line).toBeGreaterThan(0);
  });

  it('points a missing required field at its parent line', () => {
    const bad = example.replace('    name: 三年级2班\n', '');
    const p = problems(bad);
    expect(p[0]!.field).toBe('classes[1].name');
    expect(p[0]!.line).toBeGreaterThan(0);
    expect(p[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('turns broken YAML, an empty file and a wrong type into Chinese messages', () => {
    const broken = problems('school:\n  id: x\n   name: y\n');
    expect(broken[0]!.message).toContain('YAML 格式错误');
    expect(broken[0]!.line).toBeGreaterThan(0);
    expect(problems('')[0]!.message).toContain('空');
    expect(problems('- 1\n- 2\n')[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says in Chinese when the file is missing, and the whole message names the file', () => {
    const dir = tempDir();
    const f = path.join(dir, 'none.yaml');
    expect(() => loadSchoolConfig(f)).toThrow(/找不到这个文件/);
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, example.replace('timezone: Asia/Shanghai', 'timezone: Mars/Base'));
    expect(() => loadSchoolConfig(bad)).toThrow(/school\.timezone.*时区/);
    try {
      loadSchoolConfig(bad);
    } catch (e) {
      expect((e as Error).message).toContain(bad);
      expect((e as Error).message).toContain('doctor');
    }
  });
});
