/**
 * `lure-lens list diff [--json] <a.json> <b.json>`: what changed from list A to list B.
 *
 * Compares raw documents (so a candidate that does not validate yet can still be diffed; a signed
 * envelope is compared by the list inside it):
 *   header      every top-level field other than indicators/channels/sites (listVersion, expires, thresholds…)
 *   indicators  by id: added, removed, changed (which fields; pattern languages added/removed and,
 *               per language kept, how many patterns were added/removed; example counts)
 *   channels    by id: added, removed, changed (which fields)
 *   sites       adapters whose selectors were added, removed or changed
 *
 * Output: a readable listing, or with --json one JSON object ({@link ListDiff}).
 * Exit codes: 0 the diff ran (whether or not the lists differ); 1 a file is not JSON or not a list
 * document (no `indicators` array of objects with ids); 2 unusable arguments.
 */
import { parseArgs } from 'node:util';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, processIO, warn, type CliIO } from './io';
import { readJsonFile } from './list-files';

type Obj = Record<string, unknown>;

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface IndicatorChange {
  id: string;
  name?: string;
  /** Names of the fields that differ (e.g. ["weight", "patterns"]). */
  fields: string[];
  /** Old and new values of the scalar fields (name, category, strength, weight, explanationKey). */
  values: FieldChange[];
  languagesAdded: string[];
  languagesRemoved: string[];
  /** Per language present in both: patterns added and removed. */
  patterns: Record<string, { added: string[]; removed: string[] }>;
}

export interface ListDiff {
  header: FieldChange[];
  indicators: { added: { id: string; name?: string }[]; removed: { id: string; name?: string }[]; changed: IndicatorChange[] };
  channels: { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] };
  sites: { added: string[]; removed: string[]; changed: string[] };
}

const BODY_KEYS = new Set(['indicators', 'channels', 'sites']);
const SCALAR_FIELDS = ['name', 'category', 'strength', 'weight', 'explanationKey'];

/** JSON with sorted keys, so key order never counts as a change. */
function canon(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val as Obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : val,
  );
}

const same = (a: unknown, b: unknown) => canon(a) === canon(b);

function byId(items: unknown): Map<string, Obj> {
  const m = new Map<string, Obj>();
  if (!Array.isArray(items)) return m;
  for (const it of items) if (it && typeof it === 'object' && typeof (it as Obj).id === 'string') m.set((it as Obj).id as string, it as Obj);
  return m;
}

function keysOf(v: unknown): string[] {
  return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v as Obj) : [];
}

function diffIndicator(id: string, a: Obj, b: Obj): IndicatorChange | undefined {
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k])).sort();
  if (fields.length === 0) return undefined;
  const values = SCALAR_FIELDS.filter((f) => fields.includes(f)).map((f) => ({ field: f, from: a[f], to: b[f] }));
  const pa = (a.patterns ?? {}) as Record<string, unknown>;
  const pb = (b.patterns ?? {}) as Record<string, unknown>;
  const la = keysOf(pa);
  const lb = keysOf(pb);
  const patterns: IndicatorChange['patterns'] = {};
  for (const lang of la.filter((l) => lb.includes(l))) {
    const sa = Array.isArray(pa[lang]) ? (pa[lang] as unknown[]).map(String) : [];
    const sb = Array.isArray(pb[lang]) ? (pb[lang] as unknown[]).map(String) : [];
    const added = sb.filter((p) => !sa.includes(p));
    const removed = sa.filter((p) => !sb.includes(p));
    if (added.length || removed.length) patterns[lang] = { added, removed };
  }
  return {
    id,
    name: typeof b.name === 'string' ? b.name : typeof a.name === 'string' ? a.name : undefined,
    fields,
    values,
    languagesAdded: lb.filter((l) => !la.includes(l)).sort(),
    languagesRemoved: la.filter((l) => !lb.includes(l)).sort(),
    patterns,
  };
}

/** Compute the difference between two list documents (see the module docs for what is compared). */
export function diffLists(a: Obj, b: Obj): ListDiff {
  const header = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !BODY_KEYS.has(k) && !same(a[k], b[k]))
    .sort()
    .map((field) => ({ field, from: a[field], to: b[field] }));

  const ia = byId(a.indicators);
  const ib = byId(b.indicators);
  const nameOf = (o: Obj) => (typeof o.name === 'string' ? o.name : undefined);
  const indicators: ListDiff['indicators'] = {
    added: [...ib].filter(([id]) => !ia.has(id)).map(([id, o]) => ({ id, name: nameOf(o) })),
    removed: [...ia].filter(([id]) => !ib.has(id)).map(([id, o]) => ({ id, name: nameOf(o) })),
    changed: [...ia].flatMap(([id, o]) => {
      const other = ib.get(id);
      const d = other ? diffIndicator(id, o, other) : undefined;
      return d ? [d] : [];
    }),
  };

  const ca = byId(a.channels);
  const cb = byId(b.channels);
  const channels: ListDiff['channels'] = {
    added: [...cb.keys()].filter((id) => !ca.has(id)),
    removed: [...ca.keys()].filter((id) => !cb.has(id)),
    changed: [...ca].flatMap(([id, o]) => {
      const other = cb.get(id);
      if (!other) return [];
      const fields = [...new Set([...Object.keys(o), ...Object.keys(other)])].filter((k) => !same(o[k], other[k])).sort();
      return fields.length ? [{ id, fields }] : [];
    }),
  };

  const sa = (a.sites ?? {}) as Obj;
  const sb = (b.sites ?? {}) as Obj;
  const sites: ListDiff['sites'] = {
    added: keysOf(sb).filter((k) => !(k in sa)).sort(),
    removed: keysOf(sa).filter((k) => !(k in sb)).sort(),
    changed: keysOf(sa).filter((k) => k in sb && !same(sa[k], sb[k])).sort(),
  };
  return { header, indicators, channels, sites };
}

/** Whether the diff found nothing. */
export function isEmptyDiff(d: ListDiff): boolean {
  return (
    d.header.length + d.indicators.added.length + d.indicators.removed.length + d.indicators.changed.length +
      d.channels.added.length + d.channels.removed.length + d.channels.changed.length +
      d.sites.added.length + d.sites.removed.length + d.sites.changed.length ===
    0
  );
}

const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));

/** Render a diff as readable lines: `+` added, `-` removed, `~` changed. */
export function formatDiff(d: ListDiff, aName: string, bName: string): string {
  const out: string[] = [`list diff: ${aName} → ${bName}`];
  if (isEmptyDiff(d)) return `${out[0]}\nno differences\n`;
  if (d.header.length) {
    out.push('header:');
    for (const h of d.header) out.push(`  ~ ${h.field}: ${show(h.from)} → ${show(h.to)}`);
  }
  const { added, removed, changed } = d.indicators;
  out.push(`indicators: ${added.length} added, ${removed.length} removed, ${changed.length} changed`);
  for (const i of added) out.push(`  + ${i.id}${i.name ? ` ${i.name}` : ''}`);
  for (const i of removed) out.push(`  - ${i.id}${i.name ? ` ${i.name}` : ''}`);
  for (const c of changed) {
    out.push(`  ~ ${c.id}${c.name ? ` ${c.name}` : ''}: ${c.fields.join(', ')}`);
    for (const v of c.values) out.push(`      ${v.field}: ${show(v.from)} → ${show(v.to)}`);
    if (c.languagesAdded.length) out.push(`      pattern languages added: ${c.languagesAdded.join(', ')}`);
    if (c.languagesRemoved.length) out.push(`      pattern languages removed: ${c.languagesRemoved.join(', ')}`);
    for (const [lang, p] of Object.entries(c.patterns)) {
      for (const s of p.added) out.push(`      + pattern [${lang}] ${s}`);
      for (const s of p.removed) out.push(`      - pattern [${lang}] ${s}`);
    }
  }
  const ch = d.channels;
  if (ch.added.length + ch.removed.length + ch.changed.length) {
    out.push(`channels: ${ch.added.length} added, ${ch.removed.length} removed, ${ch.changed.length} changed`);
    for (const id of ch.added) out.push(`  + ${id}`);
    for (const id of ch.removed) out.push(`  - ${id}`);
    for (const c of ch.changed) out.push(`  ~ ${c.id}: ${c.fields.join(', ')}`);
  }
  const s = d.sites;
  if (s.added.length + s.removed.length + s.changed.length) {
    out.push(`sites: ${s.added.length} added, ${s.removed.length} removed, ${s.changed.length} changed`);
    for (const id of s.added) out.push(`  + ${id}`);
    for (const id of s.removed) out.push(`  - ${id}`);
    for (const id of s.changed) out.push(`  ~ ${id}`);
  }
  return `${out.join('\n')}\n`;
}

export const DIFF_USAGE = 'usage: lure-lens list diff [--json] <a.json> <b.json>\n';

/** Run `lure-lens list diff`. @returns 0 ran, 1 a file is not a list document, 2 unusable arguments */
export async function diffCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  let values: { json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true }));
  } catch (err) {
    warn(io, `lure-lens list diff: ${(err as Error).message.split('.')[0]}\n${DIFF_USAGE}`);
    return EXIT_USAGE;
  }
  if (positionals.length !== 2) {
    warn(io, `lure-lens list diff: expected two list files, got ${positionals.length}\n${DIFF_USAGE}`);
    return EXIT_USAGE;
  }
  const docs: Obj[] = [];
  for (const path of positionals) {
    const r = await readJsonFile(path, true);
    if (!r.ok) {
      warn(io, `lure-lens list diff: ${r.reason}`);
      return EXIT_BAD_INPUT;
    }
    if (!r.value || typeof r.value !== 'object' || !Array.isArray((r.value as Obj).indicators)) {
      warn(io, `lure-lens list diff: ${path} is not an indicator list (no "indicators" array)`);
      return EXIT_BAD_INPUT;
    }
    docs.push(r.value as Obj);
  }
  const d = diffLists(docs[0]!, docs[1]!);
  io.stdout.write(values.json ? `${JSON.stringify(d, null, 2)}\n` : formatDiff(d, positionals[0]!, positionals[1]!));
  return EXIT_OK;
}
