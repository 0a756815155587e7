import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { fieldId, type Issue } from "../../lib/studio.ts";

export type Path = (string | number)[];

export function pathString(path: Path): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

/** An immutable update of a nested value; `undefined` removes an object key. */
export function setIn(obj: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === "number") {
    const arr = Array.isArray(obj) ? [...obj] : [];
    arr[head] = setIn(arr[head], rest, value);
    return arr;
  }
  const o =
    obj && typeof obj === "object" && !Array.isArray(obj) ? { ...(obj as Record<string, unknown>) } : {};
  const next = setIn(o[head as string], rest, value);
  if (next === undefined) delete o[head as string];
  else o[head as string] = next;
  return o;
}

export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

export interface EditorCtx {
  draft: Record<string, unknown>;
  update: (path: Path, value: unknown) => void;
  issues: Map<string, Issue[]>;
  readOnly: boolean;
}

export const Ctx = createContext<EditorCtx | null>(null);

export function useEditor(): EditorCtx {
  const c = useContext(Ctx);
  if (!c) throw new Error("editor context missing");
  return c;
}

export function IssueLines({ path, id }: { path: string; id?: string }) {
  const { issues } = useEditor();
  const list = issues.get(path) ?? [];
  if (list.length === 0) return null;
  return (
    <div id={id}>
      {list.map((i, k) => (
        <div key={k} className={i.severity === "error" ? "field-error" : "field-warning"} data-path={path}>
          {i.severity === "error" ? "错误：" : "提示："}
          {i.message}
        </div>
      ))}
    </div>
  );
}

function useFieldMeta(path: Path) {
  const ctx = useEditor();
  const p = pathString(path);
  const id = fieldId(p);
  const list = ctx.issues.get(p) ?? [];
  const invalid = list.some((i) => i.severity === "error");
  return { ctx, p, id, list, invalid, errId: list.length ? `${id}-err` : undefined };
}

function Wrap({
  id,
  label,
  children,
  p,
  errId,
  hint,
  className,
}: {
  id: string;
  label: string;
  children: ReactNode;
  p: string;
  errId?: string;
  hint?: string;
  className?: string;
}) {
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <div className="hint">{hint}</div> : null}
      <IssueLines path={p} id={errId} />
    </div>
  );
}

export function TextField({
  path,
  label,
  multiline,
  hint,
  optional,
  className,
}: {
  path: Path;
  label: string;
  multiline?: boolean;
  hint?: string;
  optional?: boolean;
  className?: string;
}) {
  const { ctx, p, id, invalid, errId } = useFieldMeta(path);
  const raw = getIn(ctx.draft, path);
  const value = typeof raw === "string" ? raw : raw === undefined ? "" : String(raw);
  const onChange = (v: string) => ctx.update(path, optional && v === "" ? undefined : v);
  const common = {
    id,
    value,
    readOnly: ctx.readOnly,
    "aria-invalid": invalid || undefined,
    "aria-describedby": errId,
    "data-path": p,
  };
  return (
    <Wrap id={id} label={label} p={p} errId={errId} hint={hint} className={className}>
      {multiline ? (
        <textarea {...common} rows={3} className="short" onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </Wrap>
  );
}

export function NumField({
  path,
  label,
  optional,
  hint,
  className,
}: {
  path: Path;
  label: string;
  optional?: boolean;
  hint?: string;
  className?: string;
}) {
  const { ctx, p, id, invalid, errId } = useFieldMeta(path);
  const raw = getIn(ctx.draft, path);
  const [text, setText] = useState(raw === undefined ? "" : String(raw));
  useEffect(() => {
    setText((t) =>
      Number(t) === raw || (t === "" && raw === undefined) ? t : raw === undefined ? "" : String(raw),
    );
  }, [raw]);
  return (
    <Wrap id={id} label={label} p={p} errId={errId} hint={hint} className={className}>
      <input
        id={id}
        type="number"
        step="any"
        value={text}
        readOnly={ctx.readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={errId}
        data-path={p}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          if (v === "") ctx.update(path, optional ? undefined : "");
          else if (Number.isFinite(Number(v))) ctx.update(path, Number(v));
        }}
      />
    </Wrap>
  );
}

export function SelectField({
  path,
  label,
  options,
  optional,
  emptyLabel = "（无）",
  numeric,
  className,
}: {
  path: Path;
  label: string;
  options: { value: string; label: string }[];
  optional?: boolean;
  emptyLabel?: string;
  numeric?: boolean;
  className?: string;
}) {
  const { ctx, p, id, invalid, errId } = useFieldMeta(path);
  const raw = getIn(ctx.draft, path);
  const value = raw === undefined || raw === null ? "" : String(raw);
  const known = options.some((o) => o.value === value);
  return (
    <Wrap id={id} label={label} p={p} errId={errId} className={className}>
      <select
        id={id}
        value={value}
        disabled={ctx.readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={errId}
        data-path={p}
        onChange={(e) => {
          const v = e.target.value;
          ctx.update(path, v === "" && optional ? undefined : numeric ? Number(v) : v);
        }}
      >
        {optional || !known ? <option value="">{optional ? emptyLabel : "请选择"}</option> : null}
        {!known && value ? <option value={value}>{value}（不存在）</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function CheckField({ path, label }: { path: Path; label: string }) {
  const { ctx, p, id, errId } = useFieldMeta(path);
  const raw = getIn(ctx.draft, path);
  return (
    <div className="field check">
      <label className="inline" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={raw === true}
          disabled={ctx.readOnly}
          data-path={p}
          onChange={(e) => ctx.update(path, e.target.checked ? true : undefined)}
        />
        {label}
      </label>
      <IssueLines path={p} id={errId} />
    </div>
  );
}

export function MultiCheck({
  path,
  label,
  options,
  optional,
}: {
  path: Path;
  label: string;
  options: { value: string; label: string }[];
  optional?: boolean;
}) {
  const { ctx, p, id, errId } = useFieldMeta(path);
  const raw = getIn(ctx.draft, path);
  const value = Array.isArray(raw) ? raw.map(String) : [];
  return (
    <fieldset className="field multi" id={id} aria-describedby={errId}>
      <legend>{label}</legend>
      {options.length === 0 ? <span className="muted small">（暂无可选项）</span> : null}
      <div className="multi-options">
        {options.map((o) => (
          <label key={o.value} className="inline">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              disabled={ctx.readOnly}
              onChange={(e) => {
                const next = e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value);
                ctx.update(path, next.length === 0 && optional ? undefined : next);
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
      {value
        .filter((v) => !options.some((o) => o.value === v))
        .map((v) => (
          <div key={v} className="field-error">
            引用了不存在的编号“{v}”
          </div>
        ))}
      <IssueLines path={p} id={errId} />
      {value.map((_, i) => (
        <IssueLines key={i} path={`${p}[${i}]`} />
      ))}
    </fieldset>
  );
}

/** A small JSON editor for nested structures (guards, branches, reactions). */
export function JsonField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { ctx, p, id, invalid, errId } = useFieldMeta(path);
  const raw = getIn(ctx.draft, path);
  const serial = raw === undefined ? "" : JSON.stringify(raw);
  const [text, setText] = useState(serial);
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setText((t) => {
      try {
        return JSON.stringify(t.trim() ? JSON.parse(t) : undefined) === JSON.stringify(raw) ? t : serial;
      } catch {
        return t;
      }
    });
  }, [raw, serial]);
  const nested = [...ctx.issues.entries()].filter(([k]) => k.startsWith(`${p}.`) || k.startsWith(`${p}[`));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="json-small"
        rows={2}
        value={text}
        readOnly={ctx.readOnly}
        spellCheck={false}
        aria-invalid={invalid || bad || nested.length > 0 || undefined}
        aria-describedby={errId}
        data-path={p}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          if (v.trim() === "") {
            setBad(false);
            ctx.update(path, undefined);
            return;
          }
          try {
            ctx.update(path, JSON.parse(v));
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
      {hint ? <div className="hint">{hint}</div> : null}
      {bad ? <div className="field-error">JSON 格式有误，修改未生效</div> : null}
      <IssueLines path={p} id={errId} />
      {nested.map(([k, list]) =>
        list.map((i, n) => (
          <div
            key={`${k}-${n}`}
            className={i.severity === "error" ? "field-error" : "field-warning"}
            data-path={k}
          >
            {k.slice(p.length)}：{i.message}
          </div>
        )),
      )}
    </div>
  );
}
