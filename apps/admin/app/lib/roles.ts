import type { Role } from "@k2k/db";

/** Who may use the admin app at all; each route narrows further. */
export const ADMIN_ROLES: readonly Role[] = ["instructor", "reviewer", "admin"];
/** Who may author, publish and assign scenarios, and override scores. */
export const EDITOR_ROLES: readonly Role[] = ["instructor", "admin"];
