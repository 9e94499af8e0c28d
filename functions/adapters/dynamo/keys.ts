import { invalidCursor } from '#commons/errors';

/**
 * Key templates of the single MainTable, one place for every prefix. The access pattern each serves is in functions/MODEL.md.
 */
export const keys = {
  division: (parentCode: string, code: string) => ({ PK: `DIV#${parentCode}`, SK: `DIV#${code}` }),
  divisionChildren: (parentCode: string) => `DIV#${parentCode}`,
  /**
   * One sparse geo index, two grid sizes: the partition is the ~4.9 km cell (geohash 5), the sort key starts with
   * the ~1.2 km cell (geohash 6), so a fine cell is a begins_with inside its coarse partition.
   */
  communityGeo: (geohash6: string, code: string) => ({ GSI3PK: `GEO5#${geohash6.slice(0, 5)}`, GSI3SK: `${geohash6}#${code}` }),
  geoPartition: (cell: string) => `GEO5#${cell.slice(0, 5)}`,

  user: (userId: string) => ({ PK: `USER#${userId}`, SK: 'PROFILE' }),
  residentsOfCommunity: (communityCode: string) => `HOME#${communityCode}`,
  residentHome: (communityCode: string, createdAt: string, userId: string) => ({ GSI1PK: `HOME#${communityCode}`, GSI1SK: `USER#${createdAt}#${userId}` }),

  persona: (persona: string) => ({ PK: 'PERSONAS', SK: `PERSONA#${persona}` }),
  personas: () => 'PERSONAS',
  wechatIdentity: (openid: string) => ({ PK: `WX#${openid}`, SK: 'IDENTITY' }),

  org: (orgId: string) => ({ PK: `ORG#${orgId}`, SK: 'PROFILE' }),
  /** Every organisation, partitioned by district and sorted by community, so any level reads a key range (用工数据库). */
  orgInDivision: (communityCode: string, orgId: string) => ({ GSI1PK: `ORGS#${communityCode.slice(0, 6)}`, GSI1SK: `${communityCode}#${orgId}` }),
  orgsPartition: (districtCode: string) => `ORGS#${districtCode}`,
  /** Verification queue by status, laid out like the sign-up queues. */
  orgQueue: (status: string, communityCode: string, orgId: string) => ({ GSI2PK: `ORGQ#${status}#${communityCode.slice(0, 6)}`, GSI2SK: `${communityCode}#${orgId}` }),
  orgQueuePartition: (status: string, districtCode: string) => `ORGQ#${status}#${districtCode}`,
  /** One organisation per 统一社会信用代码: the uniqueness item registration puts with attribute_not_exists. */
  creditCode: (code: string) => ({ PK: `USCC#${code}`, SK: 'ORG' }),

  job: (jobId: string) => ({ PK: `JOB#${jobId}`, SK: 'PROFILE' }),
  /**
   * Open jobs only (sparse): partitions of ~1.2 km cells on GSI1 and ~4.9 km cells on GSI2, sorted by the job's
   * precision-9 geohash, so any finer cell inside a partition is a begins_with range the feed can read on its own.
   */
  openJobGeo: (geohash9: string, jobId: string) => ({
    GSI1PK: `JOB6#${geohash9.slice(0, 6)}`, GSI1SK: `${geohash9}#${jobId}`,
    GSI2PK: `JOB5#${geohash9.slice(0, 5)}`, GSI2SK: `${geohash9}#${jobId}`,
  }),

  /** The employer's jobs sorted by end time, so "still running or just finished" is one key range. */
  jobOfOrg: (orgId: string, endsAt: string, jobId: string) => ({ GSI4PK: `ORGJOBS#${orgId}`, GSI4SK: `${endsAt}#${jobId}` }),
  jobsOfOrg: (orgId: string) => `ORGJOBS#${orgId}`,

  /**
   * Booking engine. A bookable (job, training session, fair) keeps its seat counter on its own item; its waitlist
   * lives in the same partition as `WAIT#<bookingId>` items (bookingIds are ULIDs, so the sort order is arrival
   * order), which a strongly consistent Query reads head-first.
   */
  waitlistEntry: (bookablePK: string, bookingId: string) => ({ PK: bookablePK, SK: `WAIT#${bookingId}` }),
  /** One active booking per person per bookable: the uniqueness item every join puts with attribute_not_exists. */
  activeBooking: (userId: string, bookablePK: string) => ({ PK: `USER#${userId}`, SK: `ACTIVE#${bookablePK}` }),
  /** The person's booked shifts, versioned, so a time-conflict check and the join commit atomically. */
  calendar: (userId: string) => ({ PK: `USER#${userId}`, SK: 'CALENDAR' }),

  signup: (signupId: string) => ({ PK: `SIGNUP#${signupId}`, SK: 'SIGNUP' }),
  signupOfUser: (userId: string, signupId: string) => ({ GSI1PK: `MYSIGNUPS#${userId}`, GSI1SK: signupId }),
  signupsOfUser: (userId: string) => `MYSIGNUPS#${userId}`,
  signupOfJob: (jobId: string, signupId: string) => ({ GSI2PK: `JOBSIGNUPS#${jobId}`, GSI2SK: signupId }),
  signupsOfJob: (jobId: string) => `JOBSIGNUPS#${jobId}`,
  /** Staff queues by status, partitioned by district and sorted by community, so any level reads a key range. */
  staffQueue: (queue: string, communityCode: string, signupId: string) => ({ GSI4PK: `SQ#${queue}#${communityCode.slice(0, 6)}`, GSI4SK: `${communityCode}#${signupId}` }),
  staffQueuePartition: (queue: string, districtCode: string) => `SQ#${queue}#${districtCode}`,
  /** An open 未结清工资 report; its own item so the sign-up's status queue and the dispute queue never overwrite each other. */
  wageDispute: (signupId: string) => ({ PK: `SIGNUP#${signupId}`, SK: 'DISPUTE' }),

  notification: (userId: string, notificationId: string) => ({ PK: `USER#${userId}`, SK: `NOTE#${notificationId}` }),
  notificationsOf: (userId: string) => `USER#${userId}`,

  /** Due work (reminders, no-shows, expiry), one partition per UTC day of the due time, sorted by due time. */
  timer: (dueIso: string, kind: string, signupId: string) => ({ PK: `TIMER#${dueIso.slice(0, 10)}`, SK: `${dueIso}#${kind}#${signupId}` }),
  timerDay: (day: string) => `TIMER#${day}`,

  /** Job fairs (供需见面会): the event carries its seat counter `seatsLeft`; listed by district and start time. */
  event: (eventId: string) => ({ PK: `EVENT#${eventId}`, SK: 'PROFILE' }),
  eventInDistrict: (districtCode: string, startsAt: string, eventId: string) => ({ GSI1PK: `EVENTS#${districtCode}`, GSI1SK: `${startsAt}#${eventId}` }),
  eventsPartition: (districtCode: string) => `EVENTS#${districtCode}`,
  eventRegistration: (registrationId: string) => ({ PK: `EVREG#${registrationId}`, SK: 'EVREG' }),
  registrationOfUser: (userId: string, registrationId: string) => ({ GSI1PK: `MYEVREGS#${userId}`, GSI1SK: registrationId }),
  registrationsOfUser: (userId: string) => `MYEVREGS#${userId}`,
  registrationOfEvent: (eventId: string, registrationId: string) => ({ GSI2PK: `EVENTREGS#${eventId}`, GSI2SK: registrationId }),
  registrationsOfEvent: (eventId: string) => `EVENTREGS#${eventId}`,

  /** 劳动维权 reports, queued for staff by status like the sign-up queues; one open report per person per job. */
  report: (reportId: string) => ({ PK: `REPORT#${reportId}`, SK: 'REPORT' }),
  reportQueue: (status: string, communityCode: string, reportId: string) => ({ GSI4PK: `RQ#${status}#${communityCode.slice(0, 6)}`, GSI4SK: `${communityCode}#${reportId}` }),
  reportQueuePartition: (status: string, districtCode: string) => `RQ#${status}#${districtCode}`,
  reportedBy: (userId: string, jobId: string) => ({ PK: `USER#${userId}`, SK: `REPORTED#${jobId}` }),

  training: (trainingId: string) => ({ PK: `TRAINING#${trainingId}`, SK: 'PROFILE' }),
  trainingsOfDistrict: (districtCode: string, trainingId: string) => ({ GSI1PK: `TRAININGS#${districtCode}`, GSI1SK: `TRAINING#${trainingId}` }),
  trainingsPartition: (districtCode: string) => `TRAININGS#${districtCode}`,
  /** Trainings an employer's organisation runs as provider (sparse: only trainings with a `providerOrgId`). */
  trainingOfProvider: (orgId: string, trainingId: string) => ({ GSI2PK: `TPROVIDER#${orgId}`, GSI2SK: `TRAINING#${trainingId}` }),
  trainingsOfProvider: (orgId: string) => `TPROVIDER#${orgId}`,
  /** A session is a bookable of its own (seat counter `seatsLeft`, its waitlist in its own partition), listed under its training by start. */
  trainingSession: (sessionId: string) => ({ PK: `TSESSION#${sessionId}`, SK: 'PROFILE' }),
  sessionOfTraining: (trainingId: string, startsAt: string, sessionId: string) => ({ GSI1PK: `TSESSIONS#${trainingId}`, GSI1SK: `${startsAt}#${sessionId}` }),
  sessionsOfTraining: (trainingId: string) => `TSESSIONS#${trainingId}`,
  trainingBooking: (bookingId: string) => ({ PK: `TBOOK#${bookingId}`, SK: 'TBOOK' }),
  trainingBookingOfUser: (userId: string, bookingId: string) => ({ GSI1PK: `MYTBOOKS#${userId}`, GSI1SK: bookingId }),
  trainingBookingsOfUser: (userId: string) => `MYTBOOKS#${userId}`,
  trainingBookingOfSession: (sessionId: string, bookingId: string) => ({ GSI2PK: `SESSIONBOOKS#${sessionId}`, GSI2SK: bookingId }),
  trainingBookingsOfSession: (sessionId: string) => `SESSIONBOOKS#${sessionId}`,
  /** Hours attended per training and, once complete, the certificate (one per person per training). */
  trainingProgress: (userId: string, trainingId: string) => ({ PK: `USER#${userId}`, SK: `TPROGRESS#${trainingId}` }),
  trainingProgressPrefix: () => 'TPROGRESS#',
  /** The 四清 survey, indexed by district and community for the staff's needs-versus-supply view. */
  trainingNeeds: (userId: string) => ({ PK: `USER#${userId}`, SK: 'TNEEDS' }),
  trainingNeedsInDivision: (communityCode: string, userId: string) => ({ GSI1PK: `TNEEDS#${communityCode.slice(0, 6)}`, GSI1SK: `${communityCode}#${userId}` }),
  trainingNeedsPartition: (districtCode: string) => `TNEEDS#${districtCode}`,

  /** Subsidy applications (access patterns 55–61): drafts have no GSI4 keys; submitted ones queue by status like sign-ups. */
  subsidyApplication: (applicationId: string) => ({ PK: `SUBAPP#${applicationId}`, SK: 'SUBAPP' }),
  subsidyApplicationOfUser: (userId: string, applicationId: string) => ({ GSI1PK: `MYSUBS#${userId}`, GSI1SK: applicationId }),
  subsidyApplicationsOfUser: (userId: string) => `MYSUBS#${userId}`,
  subsidyQueue: (status: string, communityCode: string, applicationId: string) => ({ GSI4PK: `SUBQ#${status}#${communityCode.slice(0, 6)}`, GSI4SK: `${communityCode}#${applicationId}` }),
  subsidyQueuePartition: (status: string, districtCode: string) => `SUBQ#${status}#${districtCode}`,
  /**
   * One application per one-time policy and subject (`PERSON#<idHash>`, `ENTITY#<creditCode>`, `HIRE#<idHash>`,
   * social insurance `PERSON#<idHash>#<year>`): the uniqueness item an application puts with attribute_not_exists.
   */
  subsidyOnce: (policyId: string, subject: string) => ({ PK: `SUBONCE#${policyId}#${subject}`, SK: 'SUBONCE' }),

  /** 创业提振贷 referrals, listed per applicant and queued for the partner bank by status and district. */
  loanReferral: (referralId: string) => ({ PK: `LOAN#${referralId}`, SK: 'LOAN' }),
  loanReferralOfUser: (userId: string, referralId: string) => ({ GSI1PK: `MYLOANS#${userId}`, GSI1SK: referralId }),
  loanReferralsOfUser: (userId: string) => `MYLOANS#${userId}`,
  loanQueue: (status: string, communityCode: string, referralId: string) => ({ GSI4PK: `LQ#${status}#${communityCode.slice(0, 6)}`, GSI4SK: `${communityCode}#${referralId}` }),
  loanQueuePartition: (status: string, districtCode: string) => `LQ#${status}#${districtCode}`,

  /** 就业援助台账 (#63–67): a person, listed by district and sorted by community like the staff queues. */
  assistedPerson: (personId: string) => ({ PK: `APERSON#${personId}`, SK: 'APERSON' }),
  assistedPersonInDivision: (communityCode: string, personId: string) => ({ GSI1PK: `APERSONS#${communityCode.slice(0, 6)}`, GSI1SK: `${communityCode}#${personId}` }),
  assistedPersonsPartition: (districtCode: string) => `APERSONS#${districtCode}`,
  /** One ledger entry per 身份证号 city-wide: the uniqueness item registration puts with attribute_not_exists. */
  assistedIdNumber: (idHash: string) => ({ PK: `APERSONID#${idHash}`, SK: 'APERSONID' }),
  /** Service records in the person's partition, by date, so "the last 12 months" is one key range. */
  serviceRecord: (personId: string, date: string, recordId: string) => ({ PK: `APERSON#${personId}`, SK: `SVC#${date}#${recordId}` }),
  servicesFrom: (date: string) => `SVC#${date}`,
  /** An automatic record counts once per (source, refId), ever: this marker is put with attribute_not_exists beside it. */
  autoServiceOnce: (personId: string, source: string, refId: string) => ({ PK: `APERSON#${personId}`, SK: `AUTOREF#${source}#${refId}` }),
  /** The resident's link to their ledger entry (only with the sensitive-information consent). */
  residentAssisted: (userId: string) => ({ PK: `USER#${userId}`, SK: 'ASSISTED' }),

  /** 「六有」 checklist of a community's station (#70), versioned. */
  station: (communityCode: string) => ({ PK: `STATION#${communityCode}`, SK: 'STATION' }),
  /** One satisfaction survey per subject (#71): the key itself is the uniqueness check; listed per resident. */
  survey: (subject: string, subjectId: string) => ({ PK: `SURVEY#${subject}#${subjectId}`, SK: 'SURVEY' }),
  surveyOfUser: (userId: string, createdAt: string) => ({ GSI1PK: `MYSURVEYS#${userId}`, GSI1SK: createdAt }),
  /** The brand-community selection of a year (#72), versioned. */
  brandSelection: (year: number) => ({ PK: `BRAND#${year}`, SK: 'SELECTION' }),

  rateWindow: (key: string, minute: number) => ({ PK: `RATE#${key}`, SK: `MINUTE#${minute}` }),

  seedMarker: () => ({ PK: 'META', SK: 'SEED' }),
};

/** Opaque cursors: the LastEvaluatedKey, base64url-encoded. A tampered cursor is a 400, never a 500. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

export function decodeCursor(cursor: string | undefined, expectedKeys: readonly string[]): Record<string, string> | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const isValid =
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === expectedKeys.length &&
    expectedKeys.every((name) => typeof (value as Record<string, unknown>)[name] === 'string');
  if (!isValid) throw invalidCursor();
  return value as Record<string, string>;
}
