import { httpHandler } from '#commons/http';
import { loadDashboard } from '#commons/dashboard';

/** 四级数据看板 (威就办〔2023〕9号 四、1、四、4): figures of a division and its next level down, from pre-aggregated counters. */
export const handler = httpHandler('dashboard', async ({ query, principal }) => loadDashboard(principal, query));
