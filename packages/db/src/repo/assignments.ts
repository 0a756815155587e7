import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Assignment, Attempt, Database, TimeMode } from "../schema.ts";

export type AssignmentStatus = "not-started" | "active" | "completed" | "overdue";

export interface NewAssignment {
  scenarioVersionId: string;
  title: string;
  dueAt: string;
  timeMode: TimeMode;
  timeScale: number;
  createdBy: string;
  unitIds: string[];
  userIds: string[];
}

/** Creates an assignment and its targets (units with their subtrees, or single people). */
export async function createAssignment(db: Kysely<Database>, a: NewAssignment): Promise<Assignment> {
  const row: Assignment = {
    id: newId(),
    scenario_version_id: a.scenarioVersionId,
    title: a.title,
    due_at: a.dueAt,
    time_mode: a.timeMode,
    time_scale: a.timeScale,
    created_by: a.createdBy,
    created_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("assignments").values(row).execute();
    const targets = [
      ...[...new Set(a.unitIds)].map((unitId) => ({
        id: newId(),
        assignment_id: row.id,
        unit_id: unitId,
        user_id: null,
      })),
      ...[...new Set(a.userIds)].map((userId) => ({
        id: newId(),
        assignment_id: row.id,
        unit_id: null,
        user_id: userId,
      })),
    ];
    if (targets.length) await trx.insertInto("assignment_targets").values(targets).execute();
  });
  return row;
}

export async function getAssignment(db: Kysely<Database>, id: string) {
  const a = await db
    .selectFrom("assignments as a")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .leftJoin("users as cu", "cu.id", "a.created_by")
    .selectAll("a")
    .select(["v.title as scenario_title", "v.version", "v.scenario_id", "cu.display_name as created_by_name"])
    .where("a.id", "=", id)
    .executeTakeFirst();
  if (!a) return undefined;
  const targets = await listAssignmentTargets(db, id);
  return { ...a, targets };
}

export async function listAssignmentTargets(db: Kysely<Database>, assignmentId: string) {
  return db
    .selectFrom("assignment_targets as t")
    .leftJoin("units as un", "un.id", "t.unit_id")
    .leftJoin("users as u", "u.id", "t.user_id")
    .select([
      "t.id",
      "t.unit_id",
      "t.user_id",
      "un.name as unit_name",
      "un.path as unit_path",
      "u.display_name",
    ])
    .where("t.assignment_id", "=", assignmentId)
    .execute();
}

/** Ids of a unit and all its ancestors, from its materialised path "/a/b/c/". */
export function ancestorIdsOfPath(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** The status of one person's assignment from their attempts made for it (best first). */
export function statusOf(
  attempts: Pick<Attempt, "id" | "status" | "started_at">[],
  dueAt: string,
  now: string = nowIso(),
): { status: AssignmentStatus; attemptId: string | null } {
  const completed = attempts.find((a) => a.status === "completed");
  if (completed) return { status: "completed", attemptId: completed.id };
  const active = attempts.find((a) => a.status === "active");
  if (now > dueAt) return { status: "overdue", attemptId: active?.id ?? null };
  if (active) return { status: "active", attemptId: active.id };
  return { status: "not-started", attemptId: null };
}

export interface UserAssignment {
  assignmentId: string;
  title: string;
  scenarioVersionId: string;
  scenarioTitle: string;
  dueAt: string;
  timeMode: TimeMode;
  timeScale: number;
  status: AssignmentStatus;
  attemptId: string | null;
}

/**
 * The assignments of one person: targeted directly or through their unit or any unit above it.
 * Sorted by due date, the nearest first.
 */
export async function listAssignmentsForUser(
  db: Kysely<Database>,
  userId: string,
  now: string = nowIso(),
): Promise<UserAssignment[]> {
  const user = await db
    .selectFrom("users as u")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select(["u.id", "un.path"])
    .where("u.id", "=", userId)
    .executeTakeFirst();
  if (!user) return [];
  const unitIds = ancestorIdsOfPath(user.path);
  const rows = await db
    .selectFrom("assignments as a")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .select([
      "a.id",
      "a.title",
      "a.scenario_version_id",
      "a.due_at",
      "a.time_mode",
      "a.time_scale",
      "v.title as scenario_title",
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("assignment_targets as t")
          .select("t.id")
          .whereRef("t.assignment_id", "=", "a.id")
          .where((e2) =>
            e2.or([
              e2("t.user_id", "=", userId),
              ...(unitIds.length ? [e2("t.unit_id", "in", unitIds)] : []),
            ]),
          ),
      ),
    )
    .orderBy("a.due_at")
    .execute();
  if (rows.length === 0) return [];
  const attempts = await db
    .selectFrom("attempts")
    .select(["id", "status", "started_at", "assignment_id"])
    .where("user_id", "=", userId)
    .where(
      "assignment_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("started_at", "desc")
    .execute();
  return rows.map((r) => {
    const s = statusOf(
      attempts.filter((a) => a.assignment_id === r.id),
      r.due_at,
      now,
    );
    return {
      assignmentId: r.id,
      title: r.title,
      scenarioVersionId: r.scenario_version_id,
      scenarioTitle: r.scenario_title,
      dueAt: r.due_at,
      timeMode: r.time_mode,
      timeScale: r.time_scale,
      status: s.status,
      attemptId: s.attemptId,
    };
  });
}

export interface AssignmentPerson {
  userId: string;
  displayName: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  status: AssignmentStatus;
  attemptId: string | null;
  totalScore: number | null;
}

/**
 * Everyone an assignment targets (learners only) inside `scopePath`, with their status.
 */
export async function listAssignmentPeople(
  db: Kysely<Database>,
  assignmentId: string,
  scopePath = "/",
  now: string = nowIso(),
): Promise<AssignmentPerson[]> {
  const a = await db.selectFrom("assignments").selectAll().where("id", "=", assignmentId).executeTakeFirst();
  if (!a) return [];
  const targets = await listAssignmentTargets(db, assignmentId);
  const unitPaths = targets.map((t) => t.unit_path).filter((p): p is string => !!p);
  const userIds = targets.map((t) => t.user_id).filter((p): p is string => !!p);
  if (unitPaths.length === 0 && userIds.length === 0) return [];
  const people = await db
    .selectFrom("users as u")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .innerJoin("user_roles as r", (j) => j.onRef("r.user_id", "=", "u.id").on("r.role", "=", "learner"))
    .select(["u.id", "u.display_name", "un.id as unit_id", "un.name as unit_name", "un.path as unit_path"])
    .where("u.disabled", "=", 0)
    .where("un.path", "like", `${scopePath}%`)
    .where((eb) =>
      eb.or([
        ...unitPaths.map((p) => eb("un.path", "like", `${p}%`)),
        ...(userIds.length ? [eb("u.id", "in", userIds)] : []),
      ]),
    )
    .orderBy("un.path")
    .orderBy("u.display_name")
    .execute();
  if (people.length === 0) return [];
  const attempts = await db
    .selectFrom("attempts")
    .select(["id", "status", "started_at", "user_id", "total_score"])
    .where("assignment_id", "=", assignmentId)
    .orderBy("started_at", "desc")
    .execute();
  return people.map((p) => {
    const own = attempts.filter((x) => x.user_id === p.id);
    const s = statusOf(own, a.due_at, now);
    return {
      userId: p.id,
      displayName: p.display_name,
      unitId: p.unit_id,
      unitName: p.unit_name,
      unitPath: p.unit_path,
      status: s.status,
      attemptId: s.attemptId,
      totalScore: own.find((x) => x.id === s.attemptId)?.total_score ?? null,
    };
  });
}

export interface UnitCompletion {
  unitId: string;
  unitName: string;
  total: number;
  completed: number;
  active: number;
  notStarted: number;
  overdue: number;
}

/** Completion per unit (each person counted in their own unit). */
export function completionByUnit(people: AssignmentPerson[]): UnitCompletion[] {
  const map = new Map<string, UnitCompletion>();
  for (const p of people) {
    let u = map.get(p.unitId);
    if (!u) {
      u = {
        unitId: p.unitId,
        unitName: p.unitName,
        total: 0,
        completed: 0,
        active: 0,
        notStarted: 0,
        overdue: 0,
      };
      map.set(p.unitId, u);
    }
    u.total++;
    if (p.status === "completed") u.completed++;
    else if (p.status === "active") u.active++;
    else if (p.status === "overdue") u.overdue++;
    else u.notStarted++;
  }
  return [...map.values()];
}

export interface AssignmentSummary {
  id: string;
  title: string;
  due_at: string;
  time_mode: TimeMode;
  time_scale: number;
  created_at: string;
  scenario_title: string;
  version: number;
  scenario_id: string;
  scenario_version_id: string;
}

/** All assignments, newest first. */
export async function listAssignments(db: Kysely<Database>): Promise<AssignmentSummary[]> {
  return db
    .selectFrom("assignments as a")
    .innerJoin("scenario_versions as v", "v.id", "a.scenario_version_id")
    .select([
      "a.id",
      "a.title",
      "a.due_at",
      "a.time_mode",
      "a.time_scale",
      "a.created_at",
      "a.scenario_version_id",
      "v.title as scenario_title",
      "v.version",
      "v.scenario_id",
    ])
    .orderBy("a.created_at", "desc")
    .execute();
}
