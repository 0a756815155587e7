/** Error messages in two languages: English-ish for the CLI, Chinese for the admin editor. */
export interface ValidationError {
  path: string;
  message: string;
  messageZh: string;
}

export const msg = {
  required: () => ["is required", "必填"],
  string: () => ["expected a non-empty string", "应为非空文本"],
  number: () => ["expected a number", "应为数字"],
  positive: () => ["expected a positive number", "应为正数"],
  nonNegative: () => ["expected a number ≥ 0", "应为不小于 0 的数"],
  integer: () => ["expected a positive integer", "应为正整数"],
  boolean: () => ["expected true or false", "应为 true 或 false"],
  array: () => ["expected an array", "应为数组"],
  nonEmptyArray: () => ["expected a non-empty array", "应为非空数组"],
  object: () => ["expected an object", "应为对象"],
  oneOf: (values: readonly (string | number)[]) => [
    `expected one of ${values.join(", ")}`,
    `应为以下之一：${values.join("、")}`,
  ],
  unknownField: () => ["unknown field", "未知字段（可能拼写有误）"],
  schemaVersion: (v: number) => [`expected schemaVersion ${v}`, `格式版本 schemaVersion 应为 ${v}`],
  idFormat: () => [
    'ids must be non-empty, without spaces, ".", "#", and must not start with "@"',
    "编号不能为空，不能包含空格、“.”、“#”，也不能以“@”开头",
  ],
  duplicate: (kind: string, kindZh: string, id: string, other: string) => [
    `duplicate ${kind} id "${id}" (also at ${other})`,
    `${kindZh}编号“${id}”重复（另见 ${other}）`,
  ],
  unknownRef: (kind: string, kindZh: string, id: string) => [
    `unknown ${kind} "${id}"`,
    `引用了不存在的${kindZh}“${id}”`,
  ],
  timerWhen: () => [
    "a timer needs exactly one of at or afterEntry",
    "计时器必须且只能设置 at 或 afterEntry 之一",
  ],
  range: () => [
    "expected [min, max] with 0 ≤ min ≤ max ≤ 100",
    "应为 [最小, 最大]，且 0 ≤ 最小 ≤ 最大 ≤ 100",
  ],
  notFinal: (id: string) => [`stage "${id}" is not a final stage`, `阶段“${id}”不是结束阶段`],
  seedsTooMany: () => ["expected seeds ≤ population", "初始传播者不能多于总人数"],
  idClash: (id: string) => [`"${id}" is both an action and a task id`, `“${id}”同时被用作操作编号和任务编号`],
  notJson: () => ["expected a JSON object", "应为 JSON 对象"],
} satisfies Record<string, (...args: never[]) => string[]>;
