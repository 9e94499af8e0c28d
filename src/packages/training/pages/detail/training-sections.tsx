import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { MapLink } from '@/components/map-link'
import type { TrainingDetail } from '@/services/trainings'
import { go, PAGES } from '@/utils/routes'
import { hoursText, trainingDistance } from '@/utils/training-format'

/** Title, format, provider and place, with 导航 when it is held somewhere. */
export function TrainingHead({ training: t }: { training: TrainingDetail }) {
  const distance = trainingDistance(t)
  return (
    <View className='card training-head'>
      <View className='training-head__badges'>
        <Text className='training-head__format'>{t.format}</Text>
        <Text className='training-head__type'>
          {t.category} · {t.type}
        </Text>
      </View>
      <Text className='training-head__title'>{t.title}</Text>
      <Text className='training-head__line'>培训机构：{t.provider}</Text>
      <Text className='training-head__line'>
        上课地点：{t.address}（{t.community.name}）
      </Text>
      {distance && <Text className='training-head__distance'>{distance}</Text>}
      {t.format !== '线上' && <MapLink className='training-head__map' location={t.location} name={t.provider} address={t.address} text='导航到上课地点' />}
    </View>
  )
}

/** The four fields of the county list as clearly labelled sections, and the eligibility verdict. */
export function TrainingSections({ training: t }: { training: TrainingDetail }) {
  const e = t.eligibility
  return (
    <>
      <Section title='培训内容' testId='training-content'>
        <Text className='training-section__text'>{t.content}</Text>
      </Section>
      <Section title='培训学时' testId='training-hours'>
        <Text className='training-section__big'>{hoursText(t.hours)}</Text>
        <Text className='training-section__note'>学满学时即可结业，在「我的培训」里可以看到已学学时和结业证书。</Text>
      </Section>
      <Section title='参训要求' testId='training-requirements'>
        <Text className='training-section__text'>{t.requirements}</Text>
        <Text className='training-section__note'>
          年龄 {e.ageMin}–{e.ageMax} 岁；面向：{e.groups.join('、')}
        </Text>
        {t.myEligibility && <Verdict verdict={t.myEligibility} />}
      </Section>
      <Section title='补贴标准' testId='training-subsidy'>
        <Text className='training-section__text'>{t.subsidyStandard}</Text>
        {t.policy && <Text className='training-section__note'>政策依据：{t.policy}</Text>}
      </Section>
    </>
  )
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <View className='card training-section' data-testid={testId}>
      <Text className='training-section__title'>{title}</Text>
      {children}
    </View>
  )
}

/** 符合 in green with why; 不符合 with the reasons and where to correct the facts they rest on. */
function Verdict({ verdict }: { verdict: NonNullable<TrainingDetail['myEligibility']> }) {
  return (
    <View className={`training-verdict training-verdict--${verdict.eligible ? 'yes' : 'no'}`} data-testid='training-eligibility' data-eligible={verdict.eligible ? 'true' : 'false'}>
      <Text className='training-verdict__title'>{verdict.eligible ? '✓ 您符合参训要求' : '您暂不符合参训要求'}</Text>
      {verdict.reasons.map((r) => (
        <Text key={r} className='training-verdict__reason'>
          {verdict.eligible ? '· ' : '原因：'}
          {r}
        </Text>
      ))}
      {!verdict.eligible && <FixFacts />}
    </View>
  )
}

/** The verdict rests on 我的资料 (出生年份, 困难类别) and the 四清 survey: if they are wrong, correct them there. */
export function FixFacts() {
  return (
    <View className='training-fix'>
      <Text className='training-fix__hint'>如果您的情况填得不对，改正后再来预约：</Text>
      <View className='training-fix__links'>
        <Text className='training-fix__link' data-testid='training-fix-profile' onClick={() => go(PAGES.profile)}>
          改我的资料 ›
        </Text>
        <Text className='training-fix__link' data-testid='training-fix-needs' onClick={() => go(PAGES.trainingNeeds)}>
          改我的四清 ›
        </Text>
      </View>
    </View>
  )
}
