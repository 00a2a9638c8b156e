export { aDeclaration, anItem, aThreeItemDeclaration, validDeclaration } from './declaration.builder';
