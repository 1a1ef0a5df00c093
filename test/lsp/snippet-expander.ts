/**
 * Expands VS Code snippet syntax the way the editor does when every placeholder keeps its default:
 * tab stops, placeholders (nested), choices (the first), mirrors, variables and variable
 * transforms (`${CURRENT_DATE/^0//}`, `${1:+text}` conditionals). Enough to lint what a snippet
 * inserts; it throws on syntax it does not know, so a typo in a snippet fails the test.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function snippetVariables(date: Date): Record<string, string> {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    CURRENT_YEAR: String(date.getFullYear()),
    CURRENT_YEAR_SHORT: String(date.getFullYear()).slice(2),
    CURRENT_MONTH: pad(date.getMonth() + 1),
    CURRENT_MONTH_NAME: MONTHS[date.getMonth()],
    CURRENT_MONTH_NAME_SHORT: MONTHS[date.getMonth()].slice(0, 3),
    CURRENT_DATE: pad(date.getDate()),
    CURRENT_DAY_NAME: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][date.getDay()],
    TM_FILENAME: 'release.md',
  };
}

class Parser {
  private i = 0;
  readonly stops = new Map<number, string>();

  constructor(
    private readonly s: string,
    private readonly variables: Record<string, string>,
  ) {}

  parse(): string {
    const out = this.text(() => false);
    if (this.i < this.s.length) throw new Error(`unexpected "${this.s[this.i]}" at ${this.i}`);
    return out;
  }

  /** Text until `stop` says so (at the current position), expanding what it meets. */
  private text(stop: () => boolean, escapes = '$}\\'): string {
    let out = '';
    while (this.i < this.s.length && !stop()) {
      const c = this.s[this.i];
      if (c === '\\' && escapes.includes(this.s[this.i + 1] ?? '')) {
        out += this.s[this.i + 1];
        this.i += 2;
      } else if (c === '$') {
        out += this.dollar();
      } else {
        out += c;
        this.i++;
      }
    }
    return out;
  }

  private dollar(): string {
    const rest = this.s.slice(this.i);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return this.stops.get(Number(m[1])) ?? '';
    }
    m = /^\$([A-Z_]+)/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return this.variable(m[1]);
    }
    m = /^\$\{(\d+)/.exec(rest);
    if (m) {
      this.i += m[0].length;
      const n = Number(m[1]);
      const next = this.s[this.i];
      if (next === '}') {
        this.i++;
        return this.stops.get(n) ?? '';
      }
      if (next === ':') {
        this.i++;
        const value = this.text(() => this.s[this.i] === '}');
        this.expect('}');
        if (!this.stops.has(n)) this.stops.set(n, value);
        return value;
      }
      if (next === '|') {
        this.i++;
        const first = this.text(() => this.s[this.i] === ',' || this.s[this.i] === '|', '$}\\,|');
        while (this.s[this.i] === ',') {
          this.i++;
          this.text(() => this.s[this.i] === ',' || this.s[this.i] === '|', '$}\\,|');
        }
        this.expect('|');
        this.expect('}');
        if (!this.stops.has(n)) this.stops.set(n, first);
        return first;
      }
      throw new Error(`bad tab stop at ${this.i}`);
    }
    m = /^\$\{([A-Z_]+)/.exec(rest);
    if (m) {
      this.i += m[0].length;
      const name = m[1];
      const next = this.s[this.i];
      if (next === '}') {
        this.i++;
        return this.variable(name);
      }
      if (next === ':') {
        this.i++;
        const fallback = this.text(() => this.s[this.i] === '}');
        this.expect('}');
        return name in this.variables ? this.variables[name] : fallback;
      }
      if (next === '/') {
        this.i++;
        const regex = this.raw('/');
        const format = this.raw('/');
        const flags = this.raw('}');
        return this.transform(this.variable(name), new RegExp(regex, flags), format);
      }
      throw new Error(`bad variable at ${this.i}`);
    }
    throw new Error(`a lone "$" at ${this.i} (write \\$)`);
  }

  private raw(end: string): string {
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== end) {
      if (this.s[this.i] === '\\' && this.s[this.i + 1] === end) {
        out += end;
        this.i += 2;
      } else out += this.s[this.i++];
    }
    this.expect(end);
    return out;
  }

  private transform(value: string, regex: RegExp, format: string): string {
    return value.replace(regex, (...args: unknown[]) => {
      // (match, group 1 … group n, offset, whole string): no named groups in snippet regexes.
      const groups = args.slice(0, -2) as (string | undefined)[];
      return format.replace(/\$(\d+)|\$\{(\d+)(?::([+?-])([^:}]*)(?::([^}]*))?)?\}/g, (_m, plain: string, n: string, op: string, a: string, b: string) => {
        const group = groups[Number(plain ?? n)];
        if (plain !== undefined || !op) return group ?? '';
        if (op === '+') return group ? a : '';
        if (op === '-') return group ? group : a;
        return group ? a : (b ?? '');
      });
    });
  }

  private variable(name: string): string {
    if (!(name in this.variables)) throw new Error(`unknown variable ${name}`);
    return this.variables[name];
  }

  private expect(c: string): void {
    if (this.s[this.i] !== c) throw new Error(`expected "${c}" at ${this.i}, found "${this.s[this.i] ?? 'the end'}"`);
    this.i++;
  }
}

export function expandSnippet(body: string | string[], date: Date): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  return new Parser(text, snippetVariables(date)).parse();
}
