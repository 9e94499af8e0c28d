export { startE2eStack as default } from './stack';
