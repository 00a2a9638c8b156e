export { aDeclaration, anItem, aThreeItemDeclaration, validDeclaration } from './declaration.builder';
export { validAlert, validScreeningResult } from './alert.fixture';
