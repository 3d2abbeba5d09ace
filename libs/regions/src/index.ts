export { isGemeentecode, type Gemeente, type Gemeentecode } from './gemeente';
export { gemeente, huidigeGemeente, huidigeGemeentecode, regioVoorGemeente } from './gemeenten';
export { GEMEENTEN } from './gemeenten.data';
export { REGIOS, REGIO_CODES, isRegioCode, regio, type Regio, type RegioCode } from './regios';
export { VERVALLEN_GEMEENTEN, type VervallenGemeente } from './vervallen-gemeenten';
