import { z } from 'zod';
import { CommunityCodeSchema, GeoPointSchema, LatitudeSchema, LongitudeSchema } from './common';

/** 供需见面会 / 招聘会 near home, optionally with 直播带岗 or 在线面试 (威就办〔2023〕9号 三、7). */
export const ONLINE_MODES = ['直播带岗', '在线面试'] as const;
export const OnlineModeSchema = z.enum(ONLINE_MODES);

export const EVENT_REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export const EventRegistrationStatusSchema = z.enum(EVENT_REGISTRATION_STATUSES);
export const EVENT_REGISTRATION_LABEL: Record<z.infer<typeof EventRegistrationStatusSchema>, string> = { registered: '已报名', waitlisted: '候补中', cancelled: '已取消' };

export const CreateEventBodySchema = z
  .object({
    title: z.string().trim().min(4, '活动名称至少 4 个字').max(40, '活动名称最多 40 个字'),
    startsAt: z.iso.datetime({ offset: true, message: '请选择开始时间' }),
    endsAt: z.iso.datetime({ offset: true, message: '请选择结束时间' }),
    address: z.string().trim().min(4, '请填写活动地点').max(100, '地点最多 100 个字'),
    communityCode: CommunityCodeSchema,
    capacity: z.number().int().min(1, '名额至少 1 人').max(5000, '名额最多 5000 人'),
    orgIds: z.array(z.string().min(1).max(64)).max(50, '参会单位最多 50 家').default([]),
    onlineMode: OnlineModeSchema.nullable().default(null),
    onlineUrl: z.url({ protocol: /^https$/, message: '直播或面试链接应以 https:// 开头' }).max(300).nullable().default(null),
    description: z.string().trim().max(500, '活动介绍最多 500 个字').default(''),
  })
  .strict()
  .refine((e) => Date.parse(e.endsAt) > Date.parse(e.startsAt), { message: '结束时间要晚于开始时间', path: ['endsAt'] })
  .refine((e) => (e.onlineMode === null) === (e.onlineUrl === null), { message: '选择了直播带岗或在线面试，请同时填写链接', path: ['onlineUrl'] });
export type CreateEventBody = z.input<typeof CreateEventBodySchema>;

export const EventRegistrationSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    status: EventRegistrationStatusSchema,
    statusLabel: z.string(),
    waitlistPosition: z.number().int().positive().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'EventRegistration' });
export type EventRegistration = z.infer<typeof EventRegistrationSchema>;

export const JobEventSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    scheduleText: z.string(),
    address: z.string(),
    community: z.object({ code: CommunityCodeSchema, name: z.string() }),
    location: GeoPointSchema,
    capacity: z.number().int(),
    seatsLeft: z.number().int().nonnegative(),
    waitlistCount: z.number().int().nonnegative(),
    employers: z.array(z.object({ id: z.string(), name: z.string(), verifiedBadge: z.boolean() })),
    onlineMode: OnlineModeSchema.nullable(),
    onlineUrl: z.string().nullable(),
    description: z.string(),
    status: z.enum(['open', 'ended']),
    distanceMeters: z.number().int().nonnegative().nullable(),
    walkMinutes: z.number().int().positive().nullable(),
    myRegistration: EventRegistrationSchema.nullable(),
  })
  .meta({ id: 'JobEvent' });
export type JobEvent = z.infer<typeof JobEventSchema>;

export const NearbyEventsQuerySchema = z
  .object({ lat: LatitudeSchema.optional(), lng: LongitudeSchema.optional() })
  .strict()
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), { message: '经纬度需要同时提供', path: ['lng'] });

export const EventsResponseSchema = z.object({ items: z.array(JobEventSchema) }).meta({ id: 'JobEvents' });

export const EventIdParamsSchema = z.object({ eventId: z.string().min(1).max(64) }).strict();
export const EventRegistrationIdParamsSchema = z.object({ registrationId: z.string().min(1).max(64) }).strict();

export const EventRosterSchema = z
  .object({
    event: JobEventSchema,
    items: z.array(
      z.object({
        registrationId: z.string(),
        name: z.string(),
        phoneMasked: z.string().nullable(),
        homeCommunityName: z.string().nullable(),
        status: EventRegistrationStatusSchema,
        statusLabel: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'EventRoster' });
export type EventRoster = z.infer<typeof EventRosterSchema>;
