import type { SIGNUP_NOTICE_KINDS } from '@contract';
import { scheduleText } from '../jobs/schedule';
import type { SignupRow } from './signup-row';

export type NoticeKind = (typeof SIGNUP_NOTICE_KINDS)[number];

/** The Chinese text of each inbox message, written for someone reading it on a small screen. */
export function noticeFor(kind: NoticeKind, row: Pick<SignupRow, 'job'>, detail?: string): { title: string; body: string } {
  const gig = `「${row.job.title}」（${scheduleText(row.job.startsAt, row.job.endsAt)}）`;
  switch (kind) {
    case 'approved':
      return { title: '报名审核通过', body: `${gig}审核通过了。到岗时请打开「我的报名」出示签到码。用工单位的联系方式已显示在报名详情里。` };
    case 'rejected':
      return { title: '报名未通过', body: `${gig}未通过审核。原因：${detail ?? '未说明'}。可以看看附近的其他岗位。` };
    case 'promoted':
      return { title: '候补递补成功', body: `有人让出了名额，您候补的${gig}已递补为「待审核」，社区审核后会再通知您。` };
    case 'reminder':
      return { title: '开工提醒', body: `${gig}快开始了，地址：${detail ?? ''}。到岗后请出示签到码。` };
    case 'checked_in':
      return { title: '已签到', body: `${gig}已签到。完工后请在「我的报名」确认完工。` };
    case 'completed':
      return { title: '已完工', body: `${gig}双方都已确认完工。如工资没有结清，可在「我的报名」里反映。` };
    case 'no_show':
      return { title: '记为缺勤', body: `${gig}没有签到，已记为缺勤。如有误会请联系社区工作人员。` };
    case 'expired':
      return { title: '报名已过期', body: `${gig}已经结束，您的报名没有等到审核或递补，已自动关闭。` };
    case 'dispute_resolved':
      return { title: '工资问题处理结果', body: `您反映的${gig}工资问题，社区的处理结果：${detail ?? ''}` };
  }
}
