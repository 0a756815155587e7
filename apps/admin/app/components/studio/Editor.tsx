import { CHANNEL_LABELS, CHANNELS, COMPETENCY_LABELS } from "@k2k/scenarios";
import { DEADLINE_RULES, DIMENSION_LABELS, DIMENSIONS, TASK_TYPES } from "@k2k/scoring";
import { Form } from "@remix-run/react";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  type Analysis,
  analyseDraft,
  COMPETENCY_KEYS,
  fieldId,
  type Issue,
  issuesByPath,
  layoutGraph,
  OUTCOME_LABELS,
  PUBLISH_KIND_LABELS,
  stageIndexOf,
  TASK_TYPE_LABELS,
} from "../../lib/studio.ts";
import {
  CheckField,
  Ctx,
  type EditorCtx,
  getIn,
  IssueLines,
  JsonField,
  MultiCheck,
  NumField,
  type Path,
  pathString,
  SelectField,
  setIn,
  TextField,
  useEditor,
} from "./fields.tsx";
import { StateGraph } from "./Graph.tsx";

type Obj = Record<string, unknown>;
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const str = (v: unknown) => (typeof v === "string" ? v : "");

function nextId(prefix: string, taken: string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function ScenarioEditor({
  initialText,
  readOnly,
  busy,
}: {
  initialText: string;
  readOnly: boolean;
  busy: boolean;
}) {
  const [text, setText] = useState(initialText);
  const [draft, setDraft] = useState<Obj>(() => {
    try {
      const d = JSON.parse(initialText);
      return d && typeof d === "object" && !Array.isArray(d) ? d : {};
    } catch {
      return {};
    }
  });
  const [parseOk, setParseOk] = useState(true);
  const [analysis, setAnalysis] = useState<Analysis>(() => analyseDraft(initialText));
  const [open, setOpen] = useState<Set<number>>(() => new Set([0]));
  const [dirty, setDirty] = useState(false);

  // re-sync when the server sends a new draft (after save)
  const lastInitial = useRef(initialText);
  useEffect(() => {
    if (lastInitial.current === initialText) return;
    lastInitial.current = initialText;
    setText(initialText);
    try {
      setDraft(JSON.parse(initialText));
      setParseOk(true);
    } catch {
      setParseOk(false);
    }
    setDirty(false);
  }, [initialText]);

  // validation as the author works, debounced
  useEffect(() => {
    const t = setTimeout(() => setAnalysis(analyseDraft(text)), 250);
    return () => clearTimeout(t);
  }, [text]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const update = useCallback((path: Path, value: unknown) => {
    setDraft((d) => {
      const next = setIn(d, path, value) as Obj;
      setText(JSON.stringify(next, null, 2));
      return next;
    });
    setParseOk(true);
    setDirty(true);
  }, []);

  const onJson = (v: string) => {
    setText(v);
    setDirty(true);
    try {
      const d = JSON.parse(v);
      if (d && typeof d === "object" && !Array.isArray(d)) {
        setDraft(d);
        setParseOk(true);
        return;
      }
    } catch {
      // the forms keep the last parsed draft until the JSON is valid again
    }
    setParseOk(false);
  };

  const byPath = useMemo(() => issuesByPath(analysis.issues), [analysis.issues]);
  const ctx: EditorCtx = useMemo(
    () => ({ draft, update, issues: byPath, readOnly: readOnly || !parseOk }),
    [draft, update, byPath, readOnly, parseOk],
  );
  const errorStages = useMemo(() => {
    const s = new Set<number>();
    for (const i of analysis.issues) {
      const k = stageIndexOf(i.path);
      if (k !== null && i.severity === "error") s.add(k);
    }
    return s;
  }, [analysis.issues]);
  const graph = useMemo(
    () =>
      layoutGraph(
        {
          stages: arr(draft.stages).filter((s) => typeof s.id === "string") as never,
          startStage: str(draft.startStage),
        },
        errorStages,
      ),
    [draft.stages, draft.startStage, errorStages],
  );

  const jump = useCallback((path: string) => {
    const si = stageIndexOf(path);
    if (si !== null) setOpen((o) => new Set(o).add(si));
    requestAnimationFrame(() => {
      let p = path;
      for (;;) {
        const el =
          document.getElementById(fieldId(p)) ??
          document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
        if (el) {
          el.scrollIntoView({ block: "center" });
          (el as HTMLElement).focus?.();
          return;
        }
        const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
        if (cut <= 0) break;
        p = p.slice(0, cut);
      }
      document.getElementById("json-view")?.focus();
    });
  }, []);

  const jumpStage = useCallback((index: number) => {
    setOpen((o) => new Set(o).add(index));
    requestAnimationFrame(() => {
      const el = document.getElementById(`stage-card-${index}`);
      el?.scrollIntoView({ block: "start" });
      el?.querySelector("summary")?.focus();
    });
  }, []);

  return (
    <Ctx.Provider value={ctx}>
      <Form method="post" className="studio" aria-label="场景编辑">
        <div className="studio-bar card">
          <Summary analysis={analysis} onJump={jump} />
          {!readOnly ? (
            <div className="studio-actions">
              {dirty ? <span className="badge warn">有未保存的修改</span> : null}
              <button className="btn secondary" type="submit" name="intent" value="save" disabled={busy}>
                保存草稿
              </button>
              <button
                className="btn primary"
                type="submit"
                name="intent"
                value="publish"
                disabled={busy || analysis.errorCount > 0}
                title={analysis.errorCount > 0 ? "请先修正全部错误再发布" : "发布为新版本"}
              >
                保存并发布
              </button>
            </div>
          ) : null}
        </div>

        {!parseOk ? (
          <div className="alert warn" role="status">
            JSON 视图中有语法错误，表单暂时只读；修正 JSON 后表单会恢复同步。
          </div>
        ) : null}

        <section className="card" aria-labelledby="graph-h">
          <h2 id="graph-h">流程图</h2>
          <StateGraph graph={graph} onSelect={jumpStage} />
        </section>

        <Basics />
        <Deadlines />
        <Facts />
        <Injects />
        <section className="card" aria-labelledby="stages-h">
          <h2 id="stages-h">阶段（{arr(draft.stages).length}）</h2>
          <IssueLines path="stages" />
          {arr(draft.stages).map((_s, i) => (
            <StageCard
              key={i}
              index={i}
              open={open.has(i)}
              onToggle={(v) =>
                setOpen((o) => {
                  const n = new Set(o);
                  if (v) n.add(i);
                  else n.delete(i);
                  return n;
                })
              }
              hasError={errorStages.has(i)}
            />
          ))}
          {!ctx.readOnly ? (
            <button
              type="button"
              className="btn small"
              onClick={() => {
                const stages = arr(draft.stages);
                const id = nextId(
                  "stage",
                  stages.map((s) => str(s.id)),
                );
                update(["stages", stages.length], {
                  id,
                  title: "新阶段",
                  description: "请描述此阶段的情况。",
                });
                setOpen((o) => new Set(o).add(stages.length));
              }}
            >
              ＋ 添加阶段
            </button>
          ) : null}
        </section>
        <Spread />

        <section className="card" aria-labelledby="json-h">
          <h2 id="json-h">JSON 视图</h2>
          <p className="muted small">
            与上方表单同步；高级用户可直接编辑。未启用脚本时，在此编辑后点击“保存草稿”。
          </p>
          <label htmlFor="json-view" className="sr-only">
            场景 JSON
          </label>
          <textarea
            id="json-view"
            name="draft"
            className="json-view"
            spellCheck={false}
            value={text}
            readOnly={readOnly}
            onChange={(e) => onJson(e.target.value)}
            aria-invalid={!parseOk || undefined}
          />
        </section>
      </Form>
    </Ctx.Provider>
  );
}

function Summary({ analysis, onJump }: { analysis: Analysis; onJump: (path: string) => void }) {
  const { issues, errorCount, warningCount } = analysis;
  return (
    <div className="studio-summary" aria-live="polite">
      {issues.length === 0 ? (
        <span className="badge good" data-testid="validation-ok">
          校验通过，可以发布
        </span>
      ) : (
        <details open={errorCount > 0}>
          <summary>
            {errorCount > 0 ? <span className="badge bad">{errorCount} 个错误</span> : null}{" "}
            {warningCount > 0 ? <span className="badge warn">{warningCount} 个提示</span> : null}
            {errorCount === 0 ? <span className="badge good">可以发布</span> : null}
          </summary>
          <ul className="issue-list" data-testid="issue-list">
            {issues.slice(0, 40).map((i: Issue, k) => (
              <li key={k} className={i.severity}>
                <a
                  href={`#${fieldId(i.path)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onJump(i.path);
                  }}
                >
                  <code>{i.path || "（整体）"}</code>
                </a>{" "}
                {i.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function ListControls({ path, index, label }: { path: Path; index: number; label: string }) {
  const { draft, update, readOnly } = useEditor();
  if (readOnly) return null;
  const list = arr(getIn(draft, path));
  const move = (to: number) => {
    const next = [...list];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item as Obj);
    update(path, next);
  };
  return (
    <div className="list-controls">
      <button
        type="button"
        className="btn small"
        disabled={index === 0}
        onClick={() => move(index - 1)}
        aria-label={`上移${label}`}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn small"
        disabled={index === list.length - 1}
        onClick={() => move(index + 1)}
        aria-label={`下移${label}`}
      >
        ↓
      </button>
      <button
        type="button"
        className="btn small danger"
        onClick={() =>
          update(
            path,
            list.filter((_, i) => i !== index),
          )
        }
        aria-label={`删除${label}`}
      >
        删除
      </button>
    </div>
  );
}

function AddButton({ path, label, make }: { path: Path; label: string; make: (taken: string[]) => Obj }) {
  const { draft, update, readOnly } = useEditor();
  if (readOnly) return null;
  const list = arr(getIn(draft, path));
  return (
    <button
      type="button"
      className="btn small"
      onClick={() => update([...path, list.length], make(list.map((x) => str(x.id))))}
    >
      ＋ {label}
    </button>
  );
}

function Item({ path, title, children }: { path: Path; title: string; children: ReactNode }) {
  const p = pathString(path);
  const idx = path[path.length - 1] as number;
  return (
    <div className="item-card" data-path={p}>
      <div className="item-head">
        <strong>{title}</strong>
        <ListControls path={path.slice(0, -1)} index={idx} label={title} />
      </div>
      <IssueLines path={p} />
      {children}
    </div>
  );
}

function useOptions() {
  const { draft } = useEditor();
  const stages = arr(draft.stages).map((s) => ({
    value: str(s.id),
    label: `${str(s.title) || str(s.id)}（${str(s.id)}）`,
  }));
  const finals = arr(draft.stages)
    .filter((s) => s.final)
    .map((s) => ({ value: str(s.id), label: `${str(s.title) || str(s.id)}（${str(s.id)}）` }));
  const facts = arr(draft.facts).map((f) => ({
    value: str(f.id),
    label: `${str(f.id)}：${str(f.text).slice(0, 24)}`,
  }));
  const injects = arr(draft.injects).map((f) => ({
    value: str(f.id),
    label: `${str(f.id)}：${(str(f.title) || str(f.text)).slice(0, 20)}`,
  }));
  const rules = DEADLINE_RULES.map((r) => ({ value: r.ruleId, label: `${r.label}（${r.ruleId}）` }));
  return { stages, finals, facts, injects, rules };
}

function Basics() {
  const { stages, finals } = useOptions();
  return (
    <section className="card" aria-labelledby="basics-h">
      <h2 id="basics-h">基本信息</h2>
      <div className="form-grid">
        <TextField path={["title"]} label="场景名称" className="span-2" />
        <TextField path={["id"]} label="场景编号（保存时与场景库一致）" />
        <TextField path={["summary"]} label="简介" multiline className="span-3" />
        <SelectField
          path={["category"]}
          label="类别"
          options={COMPETENCY_KEYS.map((c) => ({ value: c, label: COMPETENCY_LABELS[c] }))}
        />
        <SelectField
          path={["difficulty"]}
          label="难度"
          numeric
          options={[
            { value: "1", label: "1 基础" },
            { value: "2", label: "2 进阶" },
            { value: "3", label: "3 挑战" },
          ]}
        />
        <TextField path={["setting"]} label="地点（虚构）" optional />
        <NumField path={["estimatedMinutes"]} label="预计用时（现实分钟）" />
        <NumField path={["maxSimMinutes"]} label="最长模拟时长（分钟）" />
        <NumField path={["version"]} label="内容版本号" />
        <SelectField path={["startStage"]} label="起始阶段" options={stages} />
        <SelectField
          path={["timeoutStage"]}
          label="超时结束阶段"
          options={finals}
          optional
          emptyLabel="（通用超时结局）"
        />
      </div>
      <MultiCheck
        path={["competencies"]}
        label="训练的能力项"
        options={COMPETENCY_KEYS.map((c) => ({ value: c, label: COMPETENCY_LABELS[c] }))}
      />
      <IssueLines path="" />
      <IssueLines path="schemaVersion" />
    </section>
  );
}

function Deadlines() {
  const { draft } = useEditor();
  const { rules } = useOptions();
  const list = arr(draft.deadlines);
  return (
    <section className="card" aria-labelledby="deadlines-h">
      <h2 id="deadlines-h">时限规则（{list.length}）</h2>
      <IssueLines path="deadlines" />
      {list.map((_, i) => (
        <Item key={i} path={["deadlines", i]} title={`时限 ${i + 1}`}>
          <div className="form-grid">
            <SelectField path={["deadlines", i, "ruleId"]} label="规则" options={rules} className="span-2" />
            <NumField path={["deadlines", i, "from"]} label="起算时间（模拟分钟）" optional />
          </div>
        </Item>
      ))}
      <AddButton path={["deadlines"]} label="添加时限" make={() => ({ ruleId: "GOLDEN-4H" })} />
    </section>
  );
}

function Facts() {
  const { draft } = useEditor();
  const list = arr(draft.facts);
  return (
    <section className="card" aria-labelledby="facts-h">
      <h2 id="facts-h">事实与传言（{list.length}）</h2>
      <IssueLines path="facts" />
      {list.map((f, i) => (
        <Item key={i} path={["facts", i]} title={`事实 ${str(f.id) || i + 1}`}>
          <div className="form-grid">
            <TextField path={["facts", i, "id"]} label="编号" />
            <CheckField path={["facts", i, "verified"]} label="属实（已核实可说）" />
            <CheckField path={["facts", i, "initiallyKnown"]} label="开始时已知" />
            <TextField path={["facts", i, "text"]} label="内容" multiline className="span-3" />
          </div>
        </Item>
      ))}
      <AddButton
        path={["facts"]}
        label="添加事实"
        make={(t) => ({ id: nextId("f", t), text: "请填写事实内容。", verified: true })}
      />
    </section>
  );
}

function Injects() {
  const { draft } = useEditor();
  const list = arr(draft.injects);
  return (
    <section className="card" aria-labelledby="injects-h">
      <h2 id="injects-h">信息投放（{list.length}）</h2>
      <IssueLines path="injects" />
      {list.map((inj, i) => (
        <Item key={i} path={["injects", i]} title={`投放 ${str(inj.id) || i + 1}`}>
          <div className="form-grid">
            <TextField path={["injects", i, "id"]} label="编号" />
            <SelectField
              path={["injects", i, "channel"]}
              label="渠道"
              options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
            />
            <NumField path={["injects", i, "at"]} label="投放时间（模拟分钟）" optional />
            <TextField path={["injects", i, "author"]} label="发布者" />
            <TextField path={["injects", i, "authorNote"]} label="发布者说明" optional />
            <TextField path={["injects", i, "title"]} label="标题" optional />
            <TextField path={["injects", i, "text"]} label="正文" multiline className="span-3" />
            <CheckField path={["injects", i, "rumour"]} label="含被模拟传播的谣言" />
            <NumField path={["injects", i, "metrics", "reposts"]} label="转发数" optional />
            <NumField path={["injects", i, "metrics", "comments"]} label="评论数" optional />
            <NumField path={["injects", i, "metrics", "likes"]} label="点赞数" optional />
          </div>
          {inj.channel === "ticket" ? (
            <div className="form-grid">
              <TextField path={["injects", i, "ticket", "ticketNo"]} label="工单编号" />
              <TextField path={["injects", i, "ticket", "caller"]} label="来电人" optional />
              <TextField path={["injects", i, "ticket", "category"]} label="诉求类别" optional />
              <TextField path={["injects", i, "ticket", "address"]} label="地址" optional />
              <TextField path={["injects", i, "ticket", "timeLimit"]} label="办理时限" optional />
            </div>
          ) : null}
          <JsonField
            path={["injects", i, "when"]}
            label="条件投放（守卫，JSON，可留空）"
            hint='例如 {"actionDone":"a1"} 或 {"all":[{"timeAtLeast":60},{"heatAtLeast":50}]}'
          />
        </Item>
      ))}
      <AddButton
        path={["injects"]}
        label="添加信息"
        make={(t) => ({ id: nextId("i", t), channel: "feed", at: 0, author: "网友", text: "请填写内容。" })}
      />
    </section>
  );
}

function StageCard({
  index,
  open,
  onToggle,
  hasError,
}: {
  index: number;
  open: boolean;
  onToggle: (open: boolean) => void;
  hasError: boolean;
}) {
  const { draft, update, readOnly } = useEditor();
  const { stages, facts, injects, rules } = useOptions();
  const s = arr(draft.stages)[index] ?? {};
  const base: Path = ["stages", index];
  const actions = arr(s.actions);
  const tasks = arr(s.tasks);
  const timers = arr(s.timers);
  const final = s.final as Obj | undefined;
  const ruleOptions = rules;
  return (
    <details
      className={`stage-card${hasError ? " has-error" : ""}`}
      id={`stage-card-${index}`}
      open={open}
      onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
      data-path={pathString(base)}
    >
      <summary>
        <span className="stage-title">
          {str(s.title) || "（未命名阶段）"} <code>{str(s.id)}</code>
        </span>
        {final ? (
          <span className="badge info">结束：{OUTCOME_LABELS[str(final.outcome)] ?? str(final.outcome)}</span>
        ) : null}
        {str(draft.startStage) === str(s.id) ? <span className="badge good">起始</span> : null}
        {hasError ? <span className="badge bad">有错误</span> : null}
        <span className="muted small">
          操作 {actions.length} · 写作 {tasks.length} · 计时器 {timers.length}
        </span>
      </summary>
      <div className="stage-body">
        <div className="item-head">
          <span />
          <ListControls path={["stages"]} index={index} label={`阶段 ${str(s.id)}`} />
        </div>
        <IssueLines path={pathString(base)} />
        <div className="form-grid">
          <TextField path={[...base, "id"]} label="阶段编号" />
          <TextField path={[...base, "title"]} label="阶段名称" className="span-2" />
          <TextField path={[...base, "description"]} label="情况描述" multiline className="span-3" />
        </div>
        <label className="inline">
          <input
            type="checkbox"
            checked={!!final}
            disabled={readOnly}
            onChange={(e) =>
              update(
                [...base, "final"],
                e.target.checked ? { outcome: "success", narrative: "请填写结局说明。" } : undefined,
              )
            }
          />
          这是结束阶段
        </label>
        {final ? (
          <div className="form-grid">
            <SelectField
              path={[...base, "final", "outcome"]}
              label="结局"
              options={["success", "partial", "failure"].map((o) => ({
                value: o,
                label: OUTCOME_LABELS[o] ?? o,
              }))}
            />
            <TextField path={[...base, "final", "narrative"]} label="结局说明" multiline className="span-2" />
          </div>
        ) : null}

        <h3>操作（{actions.length}）</h3>
        {actions.map((a, i) => {
          const p: Path = [...base, "actions", i];
          return (
            <Item key={i} path={p} title={`操作：${str(a.label) || str(a.id)}`}>
              <div className="form-grid">
                <TextField path={[...p, "id"]} label="编号" />
                <TextField path={[...p, "label"]} label="名称" />
                <NumField path={[...p, "cost"]} label="耗时（模拟分钟）" />
                <TextField path={[...p, "description"]} label="说明" optional className="span-2" />
                <SelectField
                  path={[...p, "target"]}
                  label="完成后进入阶段"
                  options={stages}
                  optional
                  emptyLabel="（停留在本阶段）"
                />
                <NumField path={[...p, "effects", "heat"]} label="热度变化" optional />
                <SelectField
                  path={[...p, "effects", "publishes"]}
                  label="对外发布类型"
                  optional
                  emptyLabel="（不对外发布）"
                  options={Object.entries(PUBLISH_KIND_LABELS).map(([value, label]) => ({ value, label }))}
                />
                <RepeatField path={[...p, "once"]} />
                <TextField
                  path={[...p, "feedback"]}
                  label="执行后反馈"
                  multiline
                  optional
                  className="span-3"
                />
              </div>
              <MultiCheck path={[...p, "reveals"]} label="揭示的事实" options={facts} optional />
              <MultiCheck path={[...p, "satisfies"]} label="满足的时限规则" options={ruleOptions} optional />
              <JsonField path={[...p, "guard"]} label="可用条件（守卫，JSON）" />
              <JsonField
                path={[...p, "branches"]}
                label="条件跳转（JSON 数组）"
                hint='例如 [{"guard":{"factKnown":"f1"},"target":"stage2"}]'
              />
            </Item>
          );
        })}
        <AddButton
          path={[...base, "actions"]}
          label="添加操作"
          make={() => ({
            id: nextId(
              `${str(s.id)}-a`,
              arr(draft.stages).flatMap((x) => arr(x.actions).map((y) => str(y.id))),
            ),
            label: "新操作",
            cost: 30,
          })}
        />

        <h3>写作任务（{tasks.length}）</h3>
        {tasks.map((t, i) => {
          const p: Path = [...base, "tasks", i];
          return (
            <Item key={i} path={p} title={`写作：${str(t.label) || str(t.id)}`}>
              <div className="form-grid">
                <TextField path={[...p, "id"]} label="编号" />
                <TextField path={[...p, "label"]} label="名称" />
                <SelectField
                  path={[...p, "taskType"]}
                  label="文稿类型"
                  options={TASK_TYPES.map((x) => ({ value: x, label: TASK_TYPE_LABELS[x] }))}
                />
                <TextField path={[...p, "prompt"]} label="写作要求" multiline className="span-3" />
                <TextField path={[...p, "message"]} label="所回应的留言/情况" multiline className="span-3" />
                <SelectField path={[...p, "respondsTo"]} label="回应的信息" options={injects} optional />
                <NumField path={[...p, "cost"]} label="耗时（模拟分钟）" />
                <SelectField
                  path={[...p, "target"]}
                  label="提交后进入阶段"
                  options={stages}
                  optional
                  emptyLabel="（停留在本阶段）"
                />
                <CheckField path={[...p, "publishes"]} label="文稿对外发布" />
                <TextField
                  path={[...p, "exemplar"]}
                  label="参考范文（复盘展示）"
                  multiline
                  optional
                  className="span-3"
                />
              </div>
              <MultiCheck path={[...p, "deadlineRules"]} label="适用时限规则" options={ruleOptions} />
              <fieldset className="field">
                <legend>评分权重（留空用默认）</legend>
                <div className="weights-grid">
                  {DIMENSIONS.map((d) => (
                    <NumField key={d} path={[...p, "weights", d]} label={DIMENSION_LABELS[d]} optional />
                  ))}
                </div>
              </fieldset>
              <JsonField path={[...p, "guard"]} label="可用条件（守卫，JSON）" />
              <JsonField path={[...p, "branches"]} label="条件跳转（JSON 数组）" />
            </Item>
          );
        })}
        <AddButton
          path={[...base, "tasks"]}
          label="添加写作任务"
          make={() => ({
            id: nextId(
              `${str(s.id)}-t`,
              arr(draft.stages).flatMap((x) => arr(x.tasks).map((y) => str(y.id))),
            ),
            label: "回复网民",
            taskType: "netizen-reply",
            prompt: "请撰写回复。",
            message: "请填写网民留言。",
            cost: 20,
            deadlineRules: [],
          })}
        />

        <h3>计时器（{timers.length}）</h3>
        {timers.map((t, i) => {
          const p: Path = [...base, "timers", i];
          return (
            <Item key={i} path={p} title={`计时器：${str(t.label) || str(t.id)}`}>
              <div className="form-grid">
                <TextField path={[...p, "id"]} label="编号" />
                <TextField path={[...p, "label"]} label="名称" />
                <SelectField path={[...p, "target"]} label="触发后进入阶段" options={stages} />
                <NumField path={[...p, "at"]} label="绝对时间（模拟分钟）" optional />
                <NumField path={[...p, "afterEntry"]} label="或进入本阶段后（分钟）" optional />
                <NumField path={[...p, "effects", "heat"]} label="热度变化" optional />
              </div>
              <JsonField path={[...p, "guard"]} label="触发条件（守卫，JSON）" />
            </Item>
          );
        })}
        <AddButton
          path={[...base, "timers"]}
          label="添加计时器"
          make={(taken) => ({
            id: nextId(`${str(s.id)}-timer`, taken),
            label: "事态升级",
            afterEntry: 120,
            target: str(s.id),
          })}
        />
      </div>
    </details>
  );
}

function Spread() {
  return (
    <section className="card" aria-labelledby="spread-h">
      <h2 id="spread-h">传播模型与网友反应</h2>
      <div className="form-grid">
        <NumField path={["spread", "population"]} label="可能接触传言的人数" optional />
        <NumField path={["spread", "seeds"]} label="初始传播者" optional />
        <NumField path={["spread", "beta"]} label="接触率（每小时）" optional />
        <NumField path={["spread", "gamma"]} label="抑制率（每小时）" optional />
      </div>
      <IssueLines path="spread" />
      <JsonField
        path={["reactions"]}
        label="网友反应池（JSON 数组）"
        hint='例如 [{"id":"r1","scoreBetween":[0,59],"comments":[{"author":"网友","text":"……"}]}]'
      />
    </section>
  );
}

/** once defaults to true; the checkbox stores false only when the action may be repeated. */
function RepeatField({ path }: { path: Path }) {
  const { draft, update, readOnly } = useEditor();
  const id = fieldId(pathString(path));
  return (
    <div className="field check">
      <label className="inline" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={getIn(draft, path) === false}
          disabled={readOnly}
          onChange={(e) => update(path, e.target.checked ? false : undefined)}
        />
        可重复执行
      </label>
      <IssueLines path={pathString(path)} />
    </div>
  );
}
