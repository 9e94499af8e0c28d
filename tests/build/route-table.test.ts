// The client keeps method + path of each route as plain data (src/services/route-table.ts) so zod stays out of
// the mini-program bundle. This keeps that table identical to the contract.
import { routes } from '../../contract/routes'
import { routeTable } from '../../src/services/route-table'

describe('client route table', () => {
  it('has exactly the contract routes, with the same method and path', () => {
    const fromContract = Object.fromEntries(Object.entries(routes).map(([id, r]) => [id, { method: r.method, path: r.path }]))
    expect(routeTable).toEqual(fromContract)
  })
})
