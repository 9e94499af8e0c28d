import type { PayUnit, SignupEvent, SignupStatus } from '@contract';

/** A gig sign-up as stored: the job's facts are copied at sign-up time so lists never need the job item. */
export interface SignupRow {
  id: string;
  jobId: string;
  orgId: string;
  userId: string;
  status: SignupStatus;
  residentCommunityCode: string;
  job: {
    title: string;
    orgName: string;
    startsAt: string;
    endsAt: string;
    address: string;
    payAmount: number;
    payUnit: PayUnit;
    communityCode: string;
  };
  history: SignupEvent[];
  checkInCode?: string;
  checkedInAt?: string;
  residentConfirmedAt?: string;
  employerConfirmedAt?: string;
  dispute?: { note: string; raisedAt: string; status: 'open' | 'resolved'; resolution?: string; resolvedAt?: string };
  createdAt: string;
  updatedAt: string;
}
