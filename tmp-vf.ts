import { vendorFigures } from './bench/vendors/vendorFigures';
const f = await vendorFigures();
console.log(JSON.stringify({ mb: f.mbPerSecondByFormat, ratio: f.baselineRatioByFormat }));
