import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/*
 * An append-only file of JSON lines, for data that changes on every message
 * (the day's records, the outbox). lowdb rewrites its whole file per write, so
 * a queue of n waiting messages would cost O(n) per enqueue exactly when a
 * burst makes n large; an append costs the same at any length.
 *
 * Appends are synchronous writes to a file descriptor kept open: a line
 * reaches the kernel in microseconds, while an async append (open, write,
 * close on libuv's thread pool) measured 1–13 ms at its tail on this kind of
 * disk. Once write(2) returns, the line survives the process being killed.
 * A crash can leave at most a torn last line, which reading drops; `rewrite`
 * compacts through a temp file and a rename, so a crash then leaves the old
 * or the new file, never half of one.
 */

/** Items as a journal holds them: one JSON document per line. */
export const journalLines = (items: readonly unknown[]): string => items.map((i) => `${JSON.stringify(i)}\n`).join('');

export class Journal<T> {
  private fd: number | null = null;
  private lines = 0;

  private constructor(
    readonly file: string,
    private readonly readOnly: boolean,
  ) {}

  /** Opens (or creates) the file and returns what it holds; lines that do not parse are passed to `onBad`. */
  static open<T>(file: string, parse: (raw: unknown) => T | null, o: { readOnly?: boolean; onBad?: (line: string) => void } = {}): { journal: Journal<T>; items: T[] } {
    const journal = new Journal<T>(file, !!o.readOnly);
    const items: T[] = [];
    if (!existsSync(file)) return { journal, items };
    const bytes = readFileSync(file);
    // Anything after the last newline is a write the process did not finish:
    // cut it off, or the next append would be glued to it.
    const end = bytes.lastIndexOf(0x0a) + 1;
    if (end < bytes.length && !o.readOnly) truncateSync(file, end);
    const complete = bytes.subarray(0, end).toString('utf8').split('\n').slice(0, -1);
    for (const line of complete) {
      if (!line.trim()) continue;
      let item: T | null = null;
      try {
        item = parse(JSON.parse(line));
      } catch {
        item = null;
      }
      if (item === null) o.onBad?.(line);
      else items.push(item);
    }
    journal.lines = complete.length;
    return { journal, items };
  }

  /** Lines in the file, for deciding when to compact. */
  get length(): number {
    return this.lines;
  }

  append(items: readonly T[]): void {
    if (!items.length) return;
    if (this.readOnly) throw new Error('只读打开的数据目录不能写入');
    if (this.fd === null) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      this.fd = openSync(this.file, 'a');
    }
    const buf = Buffer.from(journalLines(items));
    for (let done = 0; done < buf.length; ) done += writeSync(this.fd, buf, done);
    this.lines += items.length;
  }

  rewrite(items: readonly T[]): void {
    if (this.readOnly) throw new Error('只读打开的数据目录不能写入');
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, journalLines(items));
    this.close();
    renameSync(tmp, this.file);
    this.lines = items.length;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** Moves a file aside once it has been converted, keeping it for a human to inspect. */
export function retire(file: string): void {
  if (existsSync(file)) renameSync(file, `${file}.migrated-${Date.now()}`);
}
