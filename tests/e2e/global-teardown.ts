export { stopE2eStack as default } from './stack';
