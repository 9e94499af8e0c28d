import { firstHistory, nextHistory, type StatusEntry } from './status-history';

const today = '2026-11-23';
const at = '2026-11-23T02:00:00.000Z';
const start: StatusEntry[] = [{ status: '待业', since: '2026-03-01', employerName: '', recordedAt: '2026-03-01T00:00:00.000Z' }];

describe('employment status history', () => {
  it('a first status is the first entry; 待业 never carries an employer', () => {
    expect(firstHistory({ status: '待业', since: '2026-03-01', employerName: '某单位' }, today, at)).toEqual({
      ok: true, history: [{ status: '待业', since: '2026-03-01', employerName: '', recordedAt: at }],
    });
  });

  it('a change of status appends', () => {
    const result = nextHistory(start, { status: '已就业', since: '2026-11-01', employerName: '海悦家政' }, today, at);
    expect(result).toEqual({ ok: true, changed: true, history: [...start, { status: '已就业', since: '2026-11-01', employerName: '海悦家政', recordedAt: at }] });
  });

  it('correcting the date or employer of the current status replaces its entry; no edit is no change', () => {
    const result = nextHistory(start, { status: '待业', since: '2026-02-15', employerName: '' }, today, at);
    expect(result).toEqual({ ok: true, changed: true, history: [{ status: '待业', since: '2026-02-15', employerName: '', recordedAt: at }] });
    expect(nextHistory(start, { status: '待业', since: '2026-03-01', employerName: '' }, today, at)).toEqual({ ok: true, changed: false, history: start });
  });

  it('已就业 and 公益性岗位安置 need the employer', () => {
    for (const status of ['已就业', '公益性岗位安置'] as const) {
      expect(nextHistory(start, { status, since: '2026-11-01', employerName: ' ' }, today, at)).toEqual({
        ok: false, problem: { field: 'employerName', message: `「${status}」请填写就业单位` },
      });
    }
    expect(nextHistory(start, { status: '灵活就业', since: '2026-11-01', employerName: '' }, today, at)).toMatchObject({ ok: true });
  });

  it('nothing starts after today, nor before the status it replaces', () => {
    expect(nextHistory(start, { status: '灵活就业', since: '2026-11-24', employerName: '' }, today, at)).toMatchObject({ ok: false, problem: { field: 'statusSince' } });
    expect(nextHistory(start, { status: '灵活就业', since: '2026-02-28', employerName: '' }, today, at)).toMatchObject({
      ok: false, problem: { field: 'statusSince', message: '不能早于当前状态「待业」的开始日期 2026-03-01' },
    });
    expect(nextHistory(start, { status: '灵活就业', since: '2026-03-01', employerName: '' }, today, at)).toMatchObject({ ok: true });
  });
});
