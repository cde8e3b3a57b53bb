import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** The lines of a labelled sample, each checked against its schema; a bad line stops the evaluation with its number. */
export async function readSample<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S>[]> {
  const raw = await readFile(file, 'utf8');
  const out: z.infer<S>[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file} 第 ${i + 1} 行不是合法的 JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new Error(`${file} 第 ${i + 1} 行格式不对：${parsed.error.issues[0]?.message ?? ''}`);
    out.push(parsed.data);
  });
  return out;
}
