import type { Profile } from '@contract';
import { maskIdNumber, maskPhone } from '../privacy/mask';

export interface ProfileFacts {
  name: string;
  phone?: string;
  idNumber?: string;
  birthYear?: number;
  homeCommunityCode?: string;
  skills?: Profile['skills'];
  availability?: Profile['availability'];
  intentions?: Profile['intentions'];
  assistedCategories?: Profile['assistedCategories'];
  consents?: Record<string, { version: string; grantedAt: string }>;
  updatedAt: string;
}

/** The resident's own profile as shown to them: identifiers masked, sensitive categories only under consent. */
export function profileView(facts: ProfileFacts): Profile {
  const consents = Object.entries(facts.consents ?? {}).map(([kind, c]) => ({ kind: kind as Profile['consents'][number]['kind'], version: c.version, grantedAt: c.grantedAt }));
  const consented = consents.some((c) => c.kind === 'sensitive-personal-info');
  return {
    name: facts.name,
    phoneMasked: facts.phone ? maskPhone(facts.phone) : null,
    idNumberMasked: facts.idNumber ? maskIdNumber(facts.idNumber) : null,
    birthYear: facts.birthYear ?? null,
    homeCommunityCode: facts.homeCommunityCode ?? null,
    skills: facts.skills ?? [],
    availability: facts.availability ?? [],
    intentions: facts.intentions ?? [],
    assistedCategories: consented ? (facts.assistedCategories ?? []) : [],
    consents,
    updatedAt: facts.updatedAt,
  };
}
