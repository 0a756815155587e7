import type { ChartConfiguration } from "chart.js";
import { useEffect, useRef } from "react";

/**
 * A Chart.js canvas. Chart.js is imported when the chart mounts, so it is bundled only into
 * the routes that draw charts and never runs on the server. The canvas gets
 * data-rendered="true" once drawn (the end-to-end tests wait for it).
 */
export function Chart({
  config,
  label,
  height = 280,
}: {
  config: ChartConfiguration;
  label: string;
  height?: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let cancelled = false;
    void import("chart.js/auto").then(({ default: ChartJs }) => {
      if (cancelled || !ref.current) return;
      ChartJs.defaults.font.family = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
      chart = new ChartJs(ref.current, {
        ...config,
        options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options },
      });
      ref.current.dataset.rendered = "true";
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <div className="chart-box" style={{ height }}>
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}
