import { httpHandler } from '#commons/http';
import { loadLabourDemand } from '#commons/labour-demand';

/** 社区用工数据库: 用工数量, 缺工情况, 用工条件 of the employers in a division (鲁就办〔2023〕13号 三、15). */
export const handler = httpHandler('labourDemand', async ({ query, principal }) => loadLabourDemand(principal, query.division));
