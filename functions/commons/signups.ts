import type { Applicant, MySignup, StaffSignup } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { maskPhone } from '#domain/privacy/mask';
import type { SignupRow } from '#domain/signups/signup-row';
import { applicantView, contactRevealed, mySignupView, staffSignupView, type WorkerFacts } from '#domain/signups/views';
import { getOrg } from '#adapters/dynamo/orgs';
import { positionInWaitlist, requireSignup } from '#adapters/dynamo/signups';
import { getUsers, type UserRow } from '#adapters/dynamo/users';
import { AppError } from './errors';
import { decryptPii } from './pii';

/** Each role reaches a sign-up only through its own tie to it: the worker, the employer's org, or staff over the worker's community. */
export async function signupOfResident(signupId: string, principal: Principal): Promise<SignupRow> {
  const row = await requireSignup(signupId);
  if (row.userId !== principal.userId) throw new AppError('NOT_YOUR_SIGNUP');
  return row;
}

export async function signupInStaffScope(signupId: string, principal: Principal): Promise<SignupRow> {
  const row = await requireSignup(signupId);
  if (!staffCovers(principal, row.residentCommunityCode)) throw new AppError('OUT_OF_SCOPE');
  return row;
}

export async function signupOfEmployer(signupId: string, principal: Principal): Promise<SignupRow> {
  const row = await requireSignup(signupId);
  if (!principal.orgId || row.orgId !== principal.orgId) throw new AppError('NOT_YOUR_JOB');
  return row;
}

function ageOf(user: UserRow | undefined, now: number): number | null {
  return user?.birthYear ? new Date(now).getUTCFullYear() - user.birthYear : null;
}

/** Staff get a masked phone; an employer gets the full number only for an approved sign-up. Never the 身份证号. */
export function workerFacts(user: UserRow | undefined, userId: string, revealPhone: boolean, now: number): WorkerFacts {
  const phone = user?.phoneEnc ? decryptPii(user.phoneEnc) : undefined;
  return {
    id: userId,
    name: user?.name ?? '（已注销）',
    phone: phone ? (revealPhone ? phone : maskPhone(phone)) : null,
    age: ageOf(user, now),
    homeCommunityCode: user?.homeCommunityCode ?? null,
    skills: user?.skills ?? [],
    noShowCount: user?.noShowCount ?? 0,
    completedCount: user?.completedCount ?? 0,
  };
}

export async function mySignupResponse(row: SignupRow, now = Date.now()): Promise<MySignup> {
  const [position, org] = await Promise.all([positionInWaitlist(row), contactRevealed(row) ? getOrg(row.orgId) : undefined]);
  const employerContact = org?.contactPhoneEnc ? { name: org.contactName ?? org.name, phone: decryptPii(org.contactPhoneEnc) } : null;
  return mySignupView(row, { now, waitlistPosition: position, employerContact });
}

export async function staffSignupResponses(rows: SignupRow[], now = Date.now()): Promise<StaffSignup[]> {
  const users = await getUsers(rows.map((row) => row.userId));
  const positions = await Promise.all(rows.map(positionInWaitlist));
  return rows.map((row, i) => staffSignupView(row, workerFacts(users.get(row.userId), row.userId, false, now), positions[i]));
}

export async function applicantResponses(rows: SignupRow[], now = Date.now()): Promise<Applicant[]> {
  const users = await getUsers(rows.map((row) => row.userId));
  // All of the job's sign-ups are here, and ids sort in arrival order: the queue position is the rank among the waiting.
  const queue = rows.filter((row) => row.status === 'waitlisted').map((row) => row.id).sort();
  const position = (row: SignupRow) => (row.status === 'waitlisted' ? queue.indexOf(row.id) + 1 : null);
  return rows.map((row) => applicantView(row, workerFacts(users.get(row.userId), row.userId, contactRevealed(row), now), { now, waitlistPosition: position(row) }));
}

/** A sign-up as staff see it right after their action: read again, so the answer shows the committed state. */
export async function staffViewAfterChange(signupId: string): Promise<StaffSignup> {
  const [view] = await staffSignupResponses([await requireSignup(signupId)]);
  return view;
}

/** The same for the employer's applicant row. */
export async function applicantViewAfterChange(signupId: string, now = Date.now()): Promise<Applicant> {
  const [view] = await applicantResponses([await requireSignup(signupId)], now);
  return view;
}
