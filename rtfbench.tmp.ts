import { rtfFigures } from './bench/rtf/rtfFigures';
console.log(JSON.stringify(await rtfFigures()));
