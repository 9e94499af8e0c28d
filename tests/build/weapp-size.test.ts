// Runs after `npm run build:weapp`. WeChat refuses packages over 2 MB; our own budget is much tighter so the
// app stays quick to open on weak networks: main package < 600 KB, each sub-package < 500 KB.
import fs from 'node:fs'
import path from 'node:path'

const DIST = path.resolve(__dirname, '../../dist/weapp')
const KB = 1024
const MAIN_BUDGET = 600 * KB
const SUB_BUDGET = 500 * KB

interface AppJson {
  pages: string[]
  subPackages?: { root: string; name?: string; pages: string[] }[]
  subpackages?: { root: string; name?: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
  __usePrivacyCheck__?: boolean
  requiredPrivateInfos?: string[]
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? listFiles(p) : [p]
  })
}

function size(files: string[]): number {
  return files.reduce((sum, f) => sum + fs.statSync(f).size, 0)
}

const rel = (f: string) => path.relative(DIST, f).split(path.sep).join('/')
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`

function top(files: string[], n = 8): string {
  return files
    .map((f) => ({ f: rel(f), s: fs.statSync(f).size }))
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map((x) => `  ${kb(x.s).padStart(10)}  ${x.f}`)
    .join('\n')
}

function readAppJson(): AppJson {
  const file = path.join(DIST, 'app.json')
  if (!fs.existsSync(file)) {
    throw new Error(`dist/weapp/app.json is missing. Run \`npm run build:weapp\` before the build tests (looked in ${DIST}).`)
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson
}

describe('weapp build output', () => {
  beforeAll(() => {
    if (!fs.existsSync(DIST)) {
      throw new Error(`dist/weapp does not exist. Run \`npm run build:weapp\` before the build tests (looked in ${DIST}).`)
    }
  })

  it('app.json declares the three tabs, the privacy check and the sub-packages', () => {
    const app = readAppJson()
    expect(app.tabBar?.list.map((t) => t.pagePath)).toEqual(['pages/index/index', 'pages/training/index', 'pages/me/index'])
    expect(app.tabBar?.list.map((t) => t.text)).toEqual(['首页', '培训', '我的'])
    expect(app.__usePrivacyCheck__).toBe(true)
    expect(app.requiredPrivateInfos).toContain('getFuzzyLocation')
    const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root).sort()
    expect(roots).toEqual(['packages/account', 'packages/employer', 'packages/events', 'packages/jobs', 'packages/signups', 'packages/staff', 'packages/stats', 'packages/subsidy', 'packages/training'])
  })

  it('every page listed in app.json was emitted', () => {
    const app = readAppJson()
    const pages = [
      ...app.pages,
      ...(app.subPackages ?? app.subpackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`)),
    ]
    const missing = pages.flatMap((p) =>
      ['.js', '.json', '.wxml'].map((ext) => `${p}${ext}`).filter((f) => !fs.existsSync(path.join(DIST, f))),
    )
    expect(missing).toEqual([])
  })

  it(`main package stays under ${kb(MAIN_BUDGET)} and each sub-package under ${kb(SUB_BUDGET)}`, () => {
    const app = readAppJson()
    const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/+$/, ''))
    const all = listFiles(DIST)
    const inRoot = (f: string, root: string) => rel(f) === root || rel(f).startsWith(`${root}/`)

    const main = all.filter((f) => !roots.some((r) => inRoot(f, r)))
    const mainSize = size(main)
    if (mainSize >= MAIN_BUDGET) {
      throw new Error(`weapp main package is ${kb(mainSize)}, over the ${kb(MAIN_BUDGET)} budget. Largest files:\n${top(main)}`)
    }

    for (const root of roots) {
      const files = all.filter((f) => inRoot(f, root))
      const subSize = size(files)
      if (subSize >= SUB_BUDGET) {
        throw new Error(`weapp sub-package ${root} is ${kb(subSize)}, over the ${kb(SUB_BUDGET)} budget. Largest files:\n${top(files)}`)
      }
    }
    expect(mainSize).toBeLessThan(MAIN_BUDGET)
  })

  it('does not bundle zod (the client imports contract types only)', () => {
    const js = listFiles(DIST).filter((f) => f.endsWith('.js'))
    const withZod = js.filter((f) => /ZodError|\$ZodType/.test(fs.readFileSync(f, 'utf8'))).map(rel)
    expect(withZod).toEqual([])
  })
})
