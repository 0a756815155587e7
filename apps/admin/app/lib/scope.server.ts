import type { UserWithRoles } from "@k2k/db";

/**
 * The unit subtree whose people and attempts this user may see. Instructors and admins serve
 * the whole organisation; a reviewer sees only their scope unit and what lies below it.
 * Every query of the admin app filters on this prefix, not only the menu.
 */
export function visiblePath(user: UserWithRoles): string {
  if (user.roles.includes("admin") || user.roles.includes("instructor")) return "/";
  return user.scope_path;
}
