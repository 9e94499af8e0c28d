export { DistrictChips, picksDistrict } from './district-chips'
