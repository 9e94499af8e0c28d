import { admitted } from './admission';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('admission gate', () => {
  it('lets at most `limit` work at once and admits the rest in arrival order', async () => {
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        admitted('job-a', 3, 5000, async () => {
          running++;
          peak = Math.max(peak, running);
          order.push(i);
          await sleep(5);
          running--;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('tells a request that waited too long to try again (BUSY), and keys do not block each other', async () => {
    const slow = admitted('job-b', 1, 1000, () => sleep(200));
    await expect(admitted('job-b', 1, 20, async () => 'late')).rejects.toMatchObject({ code: 'BUSY' });
    await expect(admitted('job-c', 1, 20, async () => 'other key')).resolves.toBe('other key');
    await slow;
    await expect(admitted('job-b', 1, 20, async () => 'free again')).resolves.toBe('free again');
  });
});
