import { factivaFigures } from './bench/factiva/factivaFigures';
console.log(JSON.stringify(await factivaFigures(), null, 1));
