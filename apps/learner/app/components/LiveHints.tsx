import { DIMENSION_LABELS, type ScoreResult, scoreResponse, type TaskType } from "@k2k/scoring";
import { HighlightedText } from "@k2k/web/ui";
import { useEffect, useState } from "react";

/**
 * Scores the draft in the browser as the learner types (debounced) with the same code the
 * server uses. The server's score is the one that counts; this is a hint.
 */
export function LiveHints({
  text,
  taskType,
  message,
}: {
  text: string;
  taskType: TaskType;
  message: string;
}) {
  const [result, setResult] = useState<ScoreResult | null>(null);
  useEffect(() => {
    if (!text.trim()) {
      setResult(null);
      return;
    }
    const t = setTimeout(() => setResult(scoreResponse({ task: taskType, message, reply: text })), 350);
    return () => clearTimeout(t);
  }, [text, taskType, message]);

  if (!result)
    return <div className="hints muted small">开始输入后，这里会实时提示哪些措辞加分、哪些扣分。</div>;
  const findings = [...result.findings].sort((a, b) => b.severity - a.severity).slice(0, 6);
  return (
    <div className="hints" aria-live="polite" data-testid="live-hints">
      <div>
        实时评估：<strong data-testid="live-total">{Math.round(result.total)}</strong> 分
      </div>
      <div className="preview small" style={{ marginTop: 6 }}>
        <HighlightedText text={text} findings={result.findings} />
      </div>
      <ul>
        {findings.map((f) => (
          <li key={`${f.code}-${f.start}`} className={f.effect === "+" ? "hint-plus" : "hint-minus"}>
            {f.effect === "+" ? "＋" : "－"}「{f.text}」{f.message}
          </li>
        ))}
      </ul>
      <div className="dim-bars">
        {Object.entries(result.dimensions).map(([dim, value]) => (
          <DimBar
            key={dim}
            label={DIMENSION_LABELS[dim as keyof typeof DIMENSION_LABELS] ?? dim}
            value={value}
          />
        ))}
      </div>
    </div>
  );
}

function DimBar({ label, value }: { label: string; value: number }) {
  return (
    <>
      <span>{label}</span>
      <span className="bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
      <span>{Math.round(value)}</span>
    </>
  );
}
