import type { ServiceType } from '@contract';
import type { AutoSource } from '#domain/assistance/auto-sources';
import { weihaiDate } from '#domain/time/weihai-clock';
import { getPerson, linkedPersonId } from '#adapters/dynamo/assisted-persons';
import { getUser } from '#adapters/dynamo/users';
import { logger } from '../logger';
import { commitService } from './record-service';
import { consents } from './resident-link';

/**
 * When the system itself serves a resident who is linked to a 台账 entry (a recommended job opened, a training
 * notice delivered, a subsidy pre-check or application), that counts toward their 「12333」 as an automatic record.
 * Called as one line from those routes after their own work is done; it never fails them: any problem is logged
 * (source and error name only, never who or what) and the request goes on. Unlinked residents cost one GetItem.
 */
export async function recordAutomaticService(userId: string, type: ServiceType, source: AutoSource, refId: string, content: string, nowMs = Date.now()): Promise<void> {
  try {
    const personId = await linkedPersonId(userId);
    if (!personId) return;
    const [person, user] = await Promise.all([getPerson(personId, false), getUser(userId)]);
    // the link must still point both ways and the resident must still consent (commons/assistance/resident-link.ts)
    if (!person || person.linkedUserId !== userId || !consents(user)) return;
    await commitService(
      personId,
      { type, date: weihaiDate(nowMs), content: content.slice(0, 200), outcome: '', source: 'auto', autoSource: source, refId, recordedBy: null, jobId: type === '岗位推荐' ? refId : null },
      nowMs,
    );
  } catch (error) {
    logger.warn('automatic service record failed', { source, errorName: (error as Error)?.name });
  }
}
