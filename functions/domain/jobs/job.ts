import type { JobCard, JobTag, JobType, PayUnit } from '@contract';
import { walkMinutes } from '../divisions/service-circle';

/** A job as stored (the fields the feed and matching read). */
export interface Job {
  id: string;
  title: string;
  type: JobType;
  payAmount: number;
  payUnit: PayUnit;
  orgName: string;
  orgVerified: boolean;
  startsAt: string;
  endsAt: string;
  headcount: number;
  headcountLeft: number;
  tags: JobTag[];
  skills: string[];
  communityCode: string;
  lat: number;
  lng: number;
  description: string;
  createdAt: string;
  status: 'open' | 'closed' | 'draft' | 'hidden';
}

export function jobCard(job: Job, distanceMeters: number): JobCard {
  const distance = Math.round(distanceMeters);
  return {
    id: job.id,
    title: job.title,
    type: job.type,
    payAmount: job.payAmount,
    payUnit: job.payUnit,
    orgName: job.orgName,
    orgVerified: job.orgVerified,
    startsAt: job.startsAt,
    endsAt: job.endsAt,
    headcount: job.headcount,
    headcountLeft: job.headcountLeft,
    tags: job.tags,
    communityCode: job.communityCode,
    distanceMeters: distance,
    walkMinutes: walkMinutes(distance),
    createdAt: job.createdAt,
  };
}
