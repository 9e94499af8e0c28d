import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { StaffScope } from '@contract'
import { EmptyState } from '@/components/empty-state'
import { Button } from '@/components/nut'
import { PageLoading } from '@/components/page-loading'
import { CREDIT_CODE_BAD_CHARS, CREDIT_CODE_LENGTH, CREDIT_CODE_PATTERN } from '@/constants/employer'
import { SUBSIDY_LIMITS } from '@/constants/subsidies'
import { errorMessage, isApiError } from '@/services/api-error'
import { subsidyClaims, voidSubsidyApplication, type SubsidyApplication, type SubsidyClaim } from '@/services/subsidies'
import { LEVEL_LABEL } from '@/utils/format'
import { go, PAGES } from '@/utils/routes'
import { idNumberProblem, normaliseIdNumber } from '../../../subsidy/utils/id-number'
import { StaffGate } from '../../components/staff-gate'
import { TextSheet } from '../../components/text-sheet'
import { ClaimCard } from './claim-card'
import './index.scss'

type Kind = 'id' | 'credit'

const KIND_LABEL: Record<Kind, string> = { id: '身份证号', credit: '统一社会信用代码' }
const KIND_HINT: Record<Kind, string> = {
  id: '查这个人作为创业者、被招用人员和社会保险补贴占用的名额',
  credit: '查这个单位（营业执照）的一次性创业补贴名额',
}

const VOID_SUGGESTIONS = ['经核实，身份证号不是申请人本人的', '经核实，统一社会信用代码不是申请人的单位', '本人到窗口反映号码被他人冒用']

/** As typed on a phone: spaces (and dashes in a credit code) dropped, capitals, at most 18. */
const normalise = (kind: Kind, raw: string) => (kind === 'id' ? normaliseIdNumber(raw) : raw.replace(/[\s-]/g, '').toUpperCase().slice(0, CREDIT_CODE_LENGTH))

function creditCodeProblem(code: string): string | null {
  if (code.length !== CREDIT_CODE_LENGTH) return `统一社会信用代码应为 18 位${code ? `，现在是 ${code.length} 位` : ''}`
  if (CREDIT_CODE_PATTERN.test(code)) return null
  const bad = code.match(CREDIT_CODE_BAD_CHARS)
  if (bad) return `统一社会信用代码不使用字母 ${[...new Set(bad)].join('、')}，请核对营业执照（可能是数字 0、1、5、2）`
  return '统一社会信用代码只能包含数字和大写字母'
}

/** What is wrong with the number before anything is sent, in Chinese; null when it may be looked up. */
function numberProblem(kind: Kind, value: string): string | null {
  if (!value) return `请填写${KIND_LABEL[kind]}`
  return kind === 'id' ? idNumberProblem(value) : creditCodeProblem(value)
}

/** 371002********123X: enough to recognise the number on screen, not to copy it. */
const masked = (n: string) => (n.length > 10 ? `${n.slice(0, 6)}${'*'.repeat(n.length - 10)}${n.slice(-4)}` : n)

/** The application changed since the look-up (or cannot be voided any more): look again rather than guess. */
function isStale(e: unknown): boolean {
  return isApiError(e) && ['SUBSIDY_STATE_CHANGED', 'SUBSIDY_NOT_VOIDABLE', 'CONFLICT', 'SUBSIDY_APPLICATION_NOT_FOUND'].includes(e.code)
}

/**
 * 名额核查: someone else typed a person's 身份证号 (or a business's credit code) into a subsidy application first, and
 * that application holds the one-time place. 区市 and 市 staff look the number up, see which application holds each
 * place and void it (作废) with a reason: it becomes 不予批准, the place is freed, and the applicant is told.
 */
export default function StaffSubsidyClaimsPage() {
  return (
    <StaffGate
      className='subsidy-claims-page'
      loginText='请用区市或市级工作人员账号登录后核查补贴名额。'
      deniedTitle='仅工作人员可以核查补贴名额'
      deniedText='这个页面用于区市、市级工作人员核查一次性补贴名额被哪份申请占用，核实后作废冒用号码的申请。'
    >
      {(me) => (me.staff!.level === 'district' || me.staff!.level === 'city' ? <ClaimsDesk scope={me.staff!} /> : <NotClaimsDesk scope={me.staff!} />)}
    </StaffGate>
  )
}

/** 社区 and 街道 staff: who does this, and what to do for the person in front of them. */
function NotClaimsDesk({ scope }: { scope: StaffScope }) {
  return (
    <View className='page subsidy-claims-page' data-testid='claims-not-desk'>
      <EmptyState
        icon='核'
        title='名额核查由区市或市级工作人员办理'
        description={
          <Text>
            您是{scope.divisionName}的{LEVEL_LABEL[scope.level]}级工作人员。居民反映自己的身份证号（或单位的统一社会信用代码）被别人先填进了补贴申请时，请记下号码和联系电话，交区市人社局核查。区市核实后作废占用的申请，名额随即释放，居民就可以自己申请了。
          </Text>
        }
        action={{ text: '回到补贴审核', onClick: () => go(PAGES.staffSubsidies) }}
        secondary={{ text: '返回我的', onClick: () => go(PAGES.me) }}
      />
    </View>
  )
}

interface Result {
  kind: Kind
  number: string
  claims: SubsidyClaim[]
}

function ClaimsDesk({ scope }: { scope: StaffScope }) {
  const [kind, setKind] = useState<Kind>('id')
  const [values, setValues] = useState<Record<Kind, string>>({ id: '', credit: '' })
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [searching, setSearching] = useState(false)
  const [searchError, setSearchError] = useState<unknown>(null)
  const [result, setResult] = useState<Result | null>(null)
  /** Applications voided on this page, by id: their cards say the place is free. */
  const [voided, setVoided] = useState<Record<string, string>>({})
  const [sheet, setSheet] = useState<{ claim: SubsidyClaim; app: SubsidyApplication } | null>(null)
  const [sheetBusy, setSheetBusy] = useState(false)
  const [sheetError, setSheetError] = useState<string | null>(null)
  /** Bumped by each answer of a new look-up: the result (or the error) is below the form, so bring it into view. */
  const [answered, setAnswered] = useState(0)

  useEffect(() => {
    if (!answered) return
    const timer = setTimeout(() => {
      Taro.pageScrollTo({ selector: searchError ? '.claims-error' : '.claims-result', offsetTop: -8, duration: 300 }).catch(() => undefined)
    }, 100)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answered])

  const value = values[kind]

  const search = async (again?: Result) => {
    const k = again?.kind ?? kind
    const number = again?.number ?? normalise(k, values[k])
    const problem = numberProblem(k, number)
    setFieldError(problem)
    if (problem || searching) return
    setSearching(true)
    setSearchError(null)
    try {
      const claims = await subsidyClaims(k === 'id' ? { idNumber: number } : { creditCode: number })
      setResult({ kind: k, number, claims })
      if (!again) {
        setVoided({})
        setAnswered((n) => n + 1)
      }
    } catch (e) {
      // the number stays in the box; a field message goes under it, anything else below the form
      if (isApiError(e) && e.status === 400) setFieldError(errorMessage(e))
      else {
        setSearchError(e)
        setAnswered((n) => n + 1)
      }
    } finally {
      setSearching(false)
    }
  }

  const switchKind = (k: Kind) => {
    if (k === kind) return
    setKind(k)
    setFieldError(null)
  }

  /** Put the voided application in place of the one the look-up showed. */
  const replace = (app: SubsidyApplication) =>
    setResult((r) => (r ? { ...r, claims: r.claims.map((c) => (c.application?.id === app.id ? { ...c, application: app, canVoid: false } : c)) } : r))

  const submitVoid = async (reason: string) => {
    if (!sheet || sheetBusy) return
    const { app } = sheet
    const { confirm } = await Taro.showModal({
      title: '确认作废',
      content: `作废后，${app.applicant.name}的这份申请记为「不予批准」，名额立即释放，不能撤销。申请人会看到原因：${reason}`,
      confirmText: '确认作废',
      confirmColor: '#b3261e',
      cancelText: '再想想',
    })
    if (!confirm) return
    setSheetBusy(true)
    setSheetError(null)
    try {
      const updated = await voidSubsidyApplication(app.id, { reason, expectedVersion: app.version })
      replace(updated)
      setVoided((v) => ({ ...v, [app.id]: reason }))
      setSheet(null)
      Taro.showToast({ title: '已作废，名额已释放', icon: 'none' })
    } catch (e) {
      if (isStale(e)) {
        setSheet(null)
        const current = result
        Taro.showModal({ title: '没有作废成功', content: errorMessage(e), showCancel: false, confirmText: '重新查询' }).then(() => {
          if (current) search(current)
        })
      } else setSheetError(errorMessage(e))
    } finally {
      setSheetBusy(false)
    }
  }

  return (
    <View className='page subsidy-claims-page'>
      <Text className='claims-intro'>
        居民反映自己的身份证号或单位的统一社会信用代码被别人先填进了补贴申请，可在这里查出占用名额的申请；核实后作废，名额即释放。
      </Text>
      <Text className='claims-scope'>
        辖区：{scope.divisionName}（{LEVEL_LABEL[scope.level]}级）{scope.level === 'district' ? '，可作废本区市的申请' : '，可作废全市的申请'}
      </Text>

      <View className='card claims-form'>
        <Text className='claims-form__label'>按什么查</Text>
        <View className='claims-kinds' ariaRole='radiogroup'>
          {(['id', 'credit'] as const).map((k) => (
            <View
              key={k}
              className={`claims-kind${kind === k ? ' claims-kind--on' : ''}`}
              data-testid={`claims-kind-${k}`}
              data-selected={kind === k ? 'true' : 'false'}
              onClick={() => switchKind(k)}
              ariaRole='radio'
              ariaLabel={`${KIND_LABEL[k]}${kind === k ? '，已选' : ''}`}
            >
              <Text>{KIND_LABEL[k]}</Text>
            </View>
          ))}
        </View>

        <Text className='claims-form__label'>{KIND_LABEL[kind]}</Text>
        <Input
          key={kind}
          className={`claims-input${fieldError ? ' claims-input--error' : ''}`}
          data-testid='claims-number'
          type={kind === 'id' ? 'idcard' : 'text'}
          value={value}
          maxlength={kind === 'id' ? 20 : 22}
          placeholder={kind === 'id' ? '18 位，最后一位可以是 X' : '营业执照上的 18 位代码'}
          placeholderClass='claims-input__placeholder'
          confirmType='search'
          onInput={(e) => {
            setValues((v) => ({ ...v, [kind]: e.detail.value }))
            if (fieldError) setFieldError(null)
          }}
          onConfirm={() => search()}
        />
        {fieldError ? (
          <View className='claims-form__error' data-testid='claims-number-error' ariaRole='alert'>
            <Text>{fieldError}</Text>
          </View>
        ) : (
          <Text className='claims-form__hint'>{KIND_HINT[kind]}</Text>
        )}
        <Button type='primary' size='large' block className='claims-form__submit' data-testid='claims-search' loading={searching} disabled={searching} onClick={() => search()}>
          查询
        </Button>
      </View>

      {searchError ? (
        <View className='card claims-error' data-testid='claims-error' ariaRole='alert'>
          <Text className='claims-error__title'>没有查询成功</Text>
          <Text className='claims-error__message'>{errorMessage(searchError)}</Text>
          <Button size='large' block fill='outline' onClick={() => search()}>
            重试
          </Button>
        </View>
      ) : searching && !result ? (
        <PageLoading inline text='正在查询名额…' />
      ) : result ? (
        <View className='claims-result' data-testid='claims-result' data-count={result.claims.length}>
          <Text className='claims-result__title'>
            {KIND_LABEL[result.kind]} {masked(result.number)}
          </Text>
          {result.claims.length === 0 ? (
            <View className='card claims-none' data-testid='claims-none'>
              <Text className='claims-none__title'>这个号码没有占用任何一次性补贴名额</Text>
              <Text className='claims-none__text'>
                {result.kind === 'id' ? '这个人现在可以自己申请。' : '这个单位现在可以申请一次性创业补贴。'}已撤回和未批准的申请不占名额。
              </Text>
            </View>
          ) : (
            <>
              <Text className='claims-result__count'>占用了 {result.claims.length} 个名额：</Text>
              {result.claims.map((claim) => (
                <ClaimCard
                  key={`${claim.place}-${claim.application?.id ?? claim.districtName}`}
                  claim={claim}
                  voidedReason={claim.application ? (voided[claim.application.id] ?? null) : null}
                  disabled={sheetBusy}
                  onVoid={(app) => {
                    setSheetError(null)
                    setSheet({ claim, app })
                  }}
                />
              ))}
            </>
          )}
        </View>
      ) : null}

      <TextSheet
        open={!!sheet}
        title='作废这份申请'
        lead={sheet ? `${sheet.app.applicant.name}的${sheet.app.policyName}，占用「${sheet.claim.place}」名额` : undefined}
        label='作废原因（申请人会看到）'
        placeholder='例如：经核实，身份证号不是申请人本人的'
        suggestions={VOID_SUGGESTIONS}
        min={SUBSIDY_LIMITS.voidReasonMin}
        max={SUBSIDY_LIMITS.voidReasonMax}
        tooShort={`请写明作废原因（至少 ${SUBSIDY_LIMITS.voidReasonMin} 个字），申请人会看到`}
        submitText='作废并释放名额'
        submitting={sheetBusy}
        error={sheetError}
        onSubmit={submitVoid}
        onClose={() => setSheet(null)}
        testIds={{ input: 'claims-void-reason', submit: 'claims-void-submit', error: 'claims-void-error' }}
      />
    </View>
  )
}
