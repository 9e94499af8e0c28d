export { TextSheet, type TextSheetProps } from './text-sheet'
