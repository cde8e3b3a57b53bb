import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { schoolConfigSchema, type SchoolConfig } from './schema.ts';

export const EXAMPLE_CONFIG_PATH = fileURLToPath(new URL('../../config/school.example.yaml', import.meta.url));

export interface ConfigProblem {
  /** dotted path of the field, e.g. classes[1].grade */
  field: string;
  /** 1-based line in the file, when known */
  line?: number;
  message: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(formatProblems(file, problems));
    this.name = 'ConfigError';
  }
}

export function formatProblems(file: string, problems: ConfigProblem[]): string {
  const lines = problems.map((p) => `  - ${p.line ? `第 ${p.line} 行 ` : ''}${p.field || '(整个文件)'}：${p.message}`);
  return `配置文件 ${file} 有 ${problems.length} 处问题：\n${lines.join('\n')}\n改正后可运行 npx shuangjian doctor --config ${file} 再检查。`;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

/** Parses YAML text into a validated config; throws ConfigError with Chinese, line-numbered problems. */
export function parseSchoolConfig(text: string, file = '(配置)'): SchoolConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => ({
        field: '',
        line: lineCounter.linePos(e.pos[0]).line,
        message: `YAML 格式错误（${e.code}）：请检查缩进、冒号和引号`,
      })),
    );
  }
  const raw = doc.toJS() as unknown;
  if (raw === null || typeof raw !== 'object') {
    throw new ConfigError(file, [{ field: '', message: '文件是空的或不是键值结构，请参照 config/school.example.yaml' }]);
  }
  const result = schoolConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    // Point at the deepest node that exists: a missing field is reported at its parent.
    let line: number | undefined;
    for (let n = issue.path.length; n >= 0 && line === undefined; n--) {
      const node = doc.getIn(issue.path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    return { field: fieldName(issue.path), line, message: issue.message };
  });
  throw new ConfigError(file, problems);
}

export function loadSchoolConfig(file: string = EXAMPLE_CONFIG_PATH): SchoolConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(file, [{ field: '', message: code === 'ENOENT' ? '找不到这个文件，请检查路径或 SCHOOL_CONFIG 环境变量' : `无法读取（${code ?? String(e)}）` }]);
  }
  return parseSchoolConfig(text, file);
}
