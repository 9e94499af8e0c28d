import { z } from 'zod';
import { CommunityCodeSchema } from './common';

/** 「六有标准」 of a community employment service station (威就办〔2023〕9号 二): target ≥ 90% of communities by 2025. */
export const STATION_STANDARDS = ['标识', '专兼职服务人员', '制度流程', '电子设备', '宣传专栏', '活动场所'] as const;
export const StationStandardSchema = z.enum(STATION_STANDARDS);
export type StationStandard = z.infer<typeof StationStandardSchema>;
export const STATION_STANDARD_LABEL: Record<StationStandard, string> = {
  标识: '有标识',
  专兼职服务人员: '有专兼职服务人员',
  制度流程: '有规范管理制度和服务流程',
  电子设备: '有便捷电子设备',
  宣传专栏: '有宣传专栏',
  活动场所: '有就业创业活动场所',
};
export const STATION_PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png'] as const;
export const STATION_PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export const CommunityCodeParamsOnlySchema = z.object({ communityCode: CommunityCodeSchema }).strict();

export const StationStandardEntrySchema = z
  .object({
    standard: StationStandardSchema,
    label: z.string(),
    met: z.boolean(),
    note: z.string(),
    photos: z.array(z.object({ key: z.string(), url: z.string().nullable().describe('15 分钟有效的查看链接') })),
  })
  .meta({ id: 'StationStandardEntry' });

export const StationChecklistSchema = z
  .object({
    communityCode: z.string(),
    communityName: z.string(),
    standards: z.array(StationStandardEntrySchema),
    metCount: z.number().int(),
    allMet: z.boolean(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'StationChecklist' });

export const PutStationBodySchema = z
  .object({
    standards: z
      .array(
        z.object({
          standard: StationStandardSchema,
          met: z.boolean(),
          note: z.string().trim().max(200, '说明最多 200 个字').default(''),
          photoKeys: z.array(z.string().max(200)).max(6, '每项最多 6 张照片').default([]),
        }).strict(),
      )
      .length(6, '请逐项填写「六有」的 6 项'),
    expectedVersion: z.number().int().nonnegative(),
  })
  .strict()
  .refine((b) => new Set(b.standards.map((s) => s.standard)).size === 6, { message: '「六有」每项只能填一次', path: ['standards'] })
  .refine((b) => b.standards.every((s) => !s.met || s.photoKeys.length > 0), { message: '标为达标的项请至少上传一张照片作为佐证', path: ['standards'] });

export const StationPhotoUploadBodySchema = z
  .object({
    contentType: z.enum(STATION_PHOTO_CONTENT_TYPES, '请上传 JPG 或 PNG 照片'),
    size: z.number().int().positive('文件是空的').max(STATION_PHOTO_MAX_BYTES, '照片太大了，请上传 5 MB 以内的照片'),
  })
  .strict();
