export { CommunityCard } from './community-card'
