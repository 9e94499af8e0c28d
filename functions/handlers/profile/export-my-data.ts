import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { profileOf } from '#commons/profile';
import { getUser } from '#adapters/dynamo/users';

export const handler = httpHandler('exportMyData', async ({ principal }) => {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  return {
    exportedAt: new Date().toISOString(),
    account: { id: user.id, role: user.role, createdAt: user.createdAt },
    profile: profileOf(user),
    notice: '这是本平台保存的您的全部个人资料。手机号、身份证号以加密方式保存，导出时做了脱敏；如需完整信息，请携带身份证件到社区就业服务站查询。',
  };
});
