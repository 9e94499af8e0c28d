export { LoginPrompt, PickCommunityPrompt } from './prompts'
