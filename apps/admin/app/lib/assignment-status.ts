/** Labels of an assignment's status per person (client-safe: used by route components). */
export const ASSIGNMENT_STATUS_LABELS: Record<string, string> = {
  "not-started": "未开始",
  active: "进行中",
  completed: "已完成",
  overdue: "已逾期",
};

export const ASSIGNMENT_STATUS_BADGE: Record<string, string> = {
  "not-started": "",
  active: "info",
  completed: "good",
  overdue: "bad",
};
