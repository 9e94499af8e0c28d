import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { wechatSettings } from '#commons/config';
import { sessionFor } from '#commons/session';
import { code2Session } from '#adapters/wechat/code2session';
import { createWechatResident, getUser, getUserIdByOpenid } from '#adapters/dynamo/users';

/** A first WeChat login creates a resident account; the name can be changed later in 我的资料. */
export const handler = httpHandler('wechatLogin', async ({ body }) => {
  const settings = wechatSettings();
  if (!settings) throw new AppError('WECHAT_NOT_CONFIGURED');
  const { openid } = await code2Session(settings, body.code);
  let userId = await getUserIdByOpenid(openid);
  if (!userId) {
    const now = new Date().toISOString();
    userId = await createWechatResident(openid, { id: ulid(), role: 'resident', name: '微信用户', wechatOpenid: openid, createdAt: now, updatedAt: now });
  }
  const user = await getUser(userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  return sessionFor(user);
});
