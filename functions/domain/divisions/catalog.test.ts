import { COMMUNITIES, DISTRICTS, STREETS, communityPath, findCommunity, searchCommunities, SEARCH_LIMIT } from './catalog';

describe('Weihai division catalog', () => {
  it('holds the real counts: 7 districts, 73 streets, 2,768 communities (394 urban, 2,374 rural)', () => {
    expect(DISTRICTS).toHaveLength(7);
    expect(STREETS).toHaveLength(73);
    expect(COMMUNITIES).toHaveLength(2768);
    expect(COMMUNITIES.filter((c) => c.kind === 'urban')).toHaveLength(394);
  });
  it('nests every community under its street and district by code prefix', () => {
    for (const c of COMMUNITIES) {
      expect(c.code.startsWith(c.streetCode)).toBe(true);
      expect(c.streetCode.startsWith(c.districtCode)).toBe(true);
    }
  });
  it('names the path with the short district name people use', () => {
    const inHighTech = COMMUNITIES.find((c) => c.districtCode === '371071')!;
    expect(communityPath(inHighTech)).toMatch(/^高区 · /);
  });
});

describe('searchCommunities', () => {
  it('finds communities by part of their name, name matches first', () => {
    const results = searchCommunities('东北村');
    expect(results[0].name).toContain('东北村');
    expect(results.every((r) => r.level === 'community' && r.path)).toBe(true);
  });
  it('finds a street’s communities by the street name', () => {
    const results = searchCommunities('鲸园');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => findCommunity(r.code)!.streetCode === '371002002' || r.name.includes('鲸园'))).toBe(true);
  });
  it('respects the parent scope and the result limit', () => {
    expect(searchCommunities('村', '371083').every((r) => r.code.startsWith('371083'))).toBe(true);
    expect(searchCommunities('村')).toHaveLength(SEARCH_LIMIT);
  });
  it('returns nothing for a name that is not in Weihai', () => {
    expect(searchCommunities('不存在的社区名字')).toEqual([]);
  });
});
