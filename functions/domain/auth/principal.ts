import type { DivisionLevel, Role } from '@contract';

/** Who is calling, as carried in the session token. */
export interface Principal {
  userId: string;
  role: Role;
  staff?: { level: DivisionLevel; divisionCode: string };
  orgId?: string;
}
