// The 用工数据库 export formats the client repeats as plain data (src/constants/labour-demand.ts) equal the contract's.
import { LabourDemandExportQuerySchema } from '../../contract'
import * as demand from '../../src/constants/labour-demand'

describe('client 用工数据库 options match the contract', () => {
  it('export formats', () => {
    expect(LabourDemandExportQuerySchema.shape.format.unwrap().options).toEqual(demand.DEMAND_EXPORT_FORMATS)
    expect(Object.keys(demand.DEMAND_EXPORT_LABEL).sort()).toEqual([...demand.DEMAND_EXPORT_FORMATS].sort())
  })
})
